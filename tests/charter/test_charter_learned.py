"""The case model (``worker.charter.learned``): trained on a small part of the dev cases, it
saves and loads to the same probabilities, explains every flag with exact spans, never lowers
the rules' severity, and is picked up by the runtime only when saved in the data folder.

Dev cases only: the held-out part is never read here.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
import pytest

from worker.case_model import METRICS_FILE, load_case_model, save_case_model
from worker.charter.classify import classify, classify_with
from worker.charter.learned import (
    HEADS,
    CaseModel,
    CaseModelReport,
    LearnedScorer,
    pick_threshold,
    train_case_model,
)
from worker.charter.lexicon import Charter
from worker.charter.rules import RuleScorer
from worker.eval import Case, parse_cases
from worker.runtime import case_scorers
from worker.settings import load_settings

CASES = Path(__file__).resolve().parents[1] / "data" / "charter_cases.jsonl"


def dev_cases() -> list[Case]:
    cases = parse_cases(CASES.read_text(encoding="utf-8").splitlines(), str(CASES))
    return [c for c in cases if c.split == "dev"]


@pytest.fixture(scope="module")
def sample() -> list[Case]:
    return dev_cases()[::6]  # ~140 cases: every category, quick to fit


@pytest.fixture(scope="module")
def trained(sample: list[Case]) -> tuple[CaseModel, CaseModelReport]:
    return train_case_model(sample, folds=3, max_iter=300)


def test_training_reports_cross_validated_figures_per_head(
        trained: tuple[CaseModel, CaseModelReport]) -> None:
    model, report = trained
    assert set(report.heads) == set(model.heads) == set(model.thresholds)
    assert {"spam", "breach"} <= set(report.heads) <= set(HEADS)
    for figures in report.heads.values():
        assert 0.0 < figures.threshold < 1.0 and 0.0 <= figures.precision <= 1.0
    assert "validation croisée en 3 parts" in report.describe()


def test_saved_model_loads_to_the_same_probabilities(
        tmp_path: Path, trained: tuple[CaseModel, CaseModelReport], sample: list[Case]) -> None:
    model, report = trained
    save_case_model(tmp_path, model, report, "2026-01-01T00:00:00+00:00")
    loaded = load_case_model(tmp_path)
    assert loaded is not None
    texts = [c.document.full_text for c in sample[:30]]
    assert loaded.probability_of(texts) == model.probability_of(texts)
    assert loaded.thresholds == model.thresholds


def test_every_learned_flag_is_explained_by_exact_spans(
        trained: tuple[CaseModel, CaseModelReport], sample: list[Case]) -> None:
    scorer = LearnedScorer(trained[0])
    flags = [(c, f) for c in sample for f in scorer.score(c.document)]
    assert len(flags) > 20
    for case, flag in flags:
        text = case.document.full_text
        assert 1 <= len(flag.evidence) <= 3 and 0.0 <= flag.score <= 1.0
        for evidence in flag.evidence:
            assert text[evidence.start:evidence.end] == evidence.text
        assert flag.reasons[0].startswith("modèle appris : p = ")


def test_the_model_never_lowers_a_rule_flag(
        trained: tuple[CaseModel, CaseModelReport], sample: list[Case], charter: Charter
        ) -> None:
    scorers = [RuleScorer(charter), LearnedScorer(trained[0])]
    for case in sample:
        rules = classify(case.document, charter)
        both = {f.category: f for f in classify_with(case.document, scorers).flags}
        for flag in rules.flags:
            assert flag.category in both
            assert both[flag.category].severity.rank <= flag.severity.rank
            assert set(flag.evidence) <= set(both[flag.category].evidence)


def test_runtime_adds_the_saved_model_and_runs_without_one(
        tmp_path: Path, trained: tuple[CaseModel, CaseModelReport]) -> None:
    settings = load_settings({"VEILLE_DATA_DIR": str(tmp_path)})
    assert case_scorers(settings) == ()
    save_case_model(tmp_path / "model", *trained, "2026-01-01T00:00:00+00:00")
    [scorer] = case_scorers(settings)
    assert isinstance(scorer, LearnedScorer)


def test_a_model_from_another_scikit_learn_is_not_used(
        tmp_path: Path, trained: tuple[CaseModel, CaseModelReport],
        caplog: pytest.LogCaptureFixture) -> None:
    save_case_model(tmp_path / "model", *trained, "2026-01-01T00:00:00+00:00")
    figures = tmp_path / "model" / METRICS_FILE
    data = json.loads(figures.read_text("utf-8"))
    figures.write_text(json.dumps({**data, "sklearn_version": "0.0.1"}), "utf-8")
    with caplog.at_level(logging.WARNING):
        assert case_scorers(load_settings({"VEILLE_DATA_DIR": str(tmp_path)})) == ()
    assert "scikit-learn 0.0.1" in caplog.text


def test_the_critical_head_picks_its_threshold_for_recall() -> None:
    truth = np.array([True, True, True, True, False, False, False, False])
    probabilities = np.array([0.9, 0.8, 0.35, 0.3, 0.6, 0.4, 0.2, 0.1])
    # For precision (other heads): 0.8, both flagged right, half the positives found.
    assert pick_threshold(truth, probabilities).threshold == 0.8
    # For recall (critical): among thresholds finding 3 of 4 or more, the most precise
    # (0.3 finds all four, 4 right of 6; 0.35 finds three, 3 of 5).
    chosen = pick_threshold(truth, probabilities, min_recall=0.75)
    assert (chosen.threshold, chosen.recall, chosen.precision) == (0.3, 1.0, 0.6667)
