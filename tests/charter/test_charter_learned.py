"""The case model (``worker.charter.learned``): trained on a small part of the dev cases, it
saves and loads to the same probabilities, explains every flag with exact spans, never lowers
the rules' severity, and is picked up by the runtime only when saved in the data folder.

Dev cases only: the held-out part is never read here.
"""

from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import base_config, write_config
from worker.case_model import (
    METRICS_FILE,
    MODEL_FORMAT,
    case_model_for,
    cases_fingerprint,
    load_case_model,
    save_case_model,
)
from worker.charter.categories import Severity
from worker.charter.classify import classify, classify_with
from worker.charter.learned import (
    ALSO_NOTE,
    CALM_MIN_PRECISION,
    CRITICAL_CATEGORIES,
    CRITICAL_NOTE,
    HEADS,
    PASSAGE_NOTE,
    PASSAGE_SENTENCES,
    CaseModel,
    CaseModelReport,
    LearnedScorer,
    passages,
    pick_threshold,
    sentences,
    train_case_model,
)
from worker.charter.lexicon import Charter
from worker.charter.model import Document
from worker.charter.names import NAME_PLACEHOLDER, watched_names
from worker.charter.rules import RuleScorer
from worker.config import VeilleConfig, load_config
from worker.eval import Case, parse_cases
from worker.runtime import case_scorers
from worker.settings import load_settings

CASES = Path(__file__).resolve().parents[1] / "data" / "charter_cases.jsonl"


def dev_cases() -> list[Case]:
    cases = parse_cases(CASES.read_text(encoding="utf-8").splitlines(), str(CASES))
    return [c for c in cases if c.split == "dev"]


SAMPLE_SIZE = 300  # every category, seconds to fit; a share of the set would grow with it


@pytest.fixture(scope="module")
def sample() -> list[Case]:
    cases = dev_cases()
    return cases[::max(1, len(cases) // SAMPLE_SIZE)][:SAMPLE_SIZE]


@pytest.fixture(scope="module")
def trained(sample: list[Case]) -> tuple[CaseModel, CaseModelReport]:
    return train_case_model(sample, folds=3, max_iter=300)


SHIPPED_NAMES = watched_names(load_config(Path(__file__).resolve().parents[2] / "config"
                                          / "veille.yaml"))


@pytest.fixture(scope="module")
def masked(sample: list[Case]) -> CaseModel:
    """Trained as the worker trains it: the shipped config's watched names hidden."""
    return train_case_model(sample, folds=3, max_iter=300, masked_names=SHIPPED_NAMES)[0]


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
    assert loaded.calm_thresholds == model.calm_thresholds


def test_calm_thresholds_are_picked_for_more_precision(
        trained: tuple[CaseModel, CaseModelReport]) -> None:
    model, report = trained
    assert model.calm_thresholds and "critical" not in model.calm_thresholds
    assert set(model.calm_thresholds) <= set(model.thresholds)
    for head, calm in report.calm.items():
        # Stricter or equal where the cases allow it (each pick falls back to the best F1
        # when no threshold reaches its precision).
        assert calm.threshold == model.calm_thresholds[head]
        if calm.threshold < model.thresholds[head]:
            assert calm.precision < CALM_MIN_PRECISION
    assert "seuil calme" in report.describe()


def test_the_calm_thresholds_apply_where_the_critical_head_does_not_fire(
        trained: tuple[CaseModel, CaseModelReport], sample: list[Case]) -> None:
    model = trained[0]
    # Calm thresholds out of reach: only documents the critical head finds critical flag.
    out_of_reach = {h: 1.01 for h in model.thresholds if h != "critical"}
    strict = replace(model, calm_thresholds=out_of_reach)
    loose = replace(model, calm_thresholds={})
    flagged_loose = flagged_strict = 0
    for case in sample:
        p_critical = model.probability_of([case.document.full_text])[0]["critical"]
        calm_flags = LearnedScorer(strict).score(case.document)
        loose_flags = LearnedScorer(loose).score(case.document)
        if p_critical >= model.thresholds["critical"]:
            assert calm_flags == loose_flags
        else:  # a passage the critical head finds critical is read as a text of its own
            assert [f for f in calm_flags if PASSAGE_NOTE not in f.reasons] == []
        flagged_loose += bool(loose_flags)
        flagged_strict += bool(calm_flags)
    assert 0 < flagged_strict < flagged_loose


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


def _config(tmp_path: Path, training_cases: list[str] | None = None) -> VeilleConfig:
    data = base_config()
    if training_cases is not None:
        data["classification"]["training_cases"] = training_cases
    return load_config(write_config(tmp_path / "veille.yaml", data))


def test_runtime_adds_the_saved_model_and_runs_without_one(
        tmp_path: Path, trained: tuple[CaseModel, CaseModelReport], charter: Charter) -> None:
    settings = load_settings({"VEILLE_DATA_DIR": str(tmp_path)})
    config = _config(tmp_path)
    assert case_scorers(settings, config, charter) == ()
    save_case_model(tmp_path / "model", *trained, "2026-01-01T00:00:00+00:00")
    [scorer] = case_scorers(settings, config, charter)
    assert isinstance(scorer, LearnedScorer)


def _small_cases_file(path: Path, sample: list[Case]) -> Path:
    lines = CASES.read_text(encoding="utf-8").splitlines()
    wanted = {c.id for c in sample[::2]}  # half the sample: a worker's training in seconds
    path.write_text("\n".join(line for line in lines if json.loads(line)["id"] in wanted)
                    + "\n", "utf-8")
    return path


def test_the_worker_trains_on_the_configured_cases_once_and_again_when_they_change(
        tmp_path: Path, sample: list[Case], charter: Charter,
        caplog: pytest.LogCaptureFixture) -> None:
    cases = _small_cases_file(tmp_path / "cases.jsonl", sample)
    settings = load_settings({"VEILLE_DATA_DIR": str(tmp_path / "var"),
                              "VEILLE_CONFIG": str(tmp_path / "veille.yaml")})
    config = _config(tmp_path, ["cases.jsonl"])  # relative to the config file
    with caplog.at_level(logging.INFO, logger="worker.case_model"):
        [scorer] = case_scorers(settings, config, charter)
        assert isinstance(scorer, LearnedScorer)
        [again] = case_scorers(settings, config, charter)  # same cases: loaded, not trained
    trainings = [r for r in caplog.records if r.getMessage().startswith("training")]
    assert len(trainings) == 1
    assert again.model.thresholds == scorer.model.thresholds
    saved = json.loads((tmp_path / "var" / "model" / METRICS_FILE).read_text("utf-8"))
    assert saved["fingerprint"] == cases_fingerprint([cases], watched_names(config))
    cases.write_text(cases.read_text("utf-8") + cases.read_text("utf-8").splitlines()[0]
                     .replace('"id": "', '"id": "copy-') + "\n", "utf-8")
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="worker.case_model"):
        case_scorers(settings, config, charter)
    assert [r for r in caplog.records if r.getMessage().startswith("training")]


def test_processes_starting_together_train_the_model_once(
        tmp_path: Path, sample: list[Case], charter: Charter,
        caplog: pytest.LogCaptureFixture) -> None:
    # Threads stand in for worker processes: each opens the lock file itself, and flock
    # locks open files, so they exclude each other as processes would.
    cases = _small_cases_file(tmp_path / "cases.jsonl", sample)
    rules = [RuleScorer(charter)]

    def rules_flagged(document: Document) -> bool:
        return classify_with(document, rules).flagged

    with caplog.at_level(logging.INFO, logger="worker.case_model"), \
            ThreadPoolExecutor(3) as pool:
        scorers = list(pool.map(lambda _: case_model_for(tmp_path / "model", [cases],
                                                         rules_flagged), range(3)))
    assert all(isinstance(s, LearnedScorer) for s in scorers)
    assert len([r for r in caplog.records if r.getMessage().startswith("training")]) == 1


def test_unreadable_training_cases_leave_the_rules_alone(
        tmp_path: Path, charter: Charter, caplog: pytest.LogCaptureFixture) -> None:
    settings = load_settings({"VEILLE_DATA_DIR": str(tmp_path / "var"),
                              "VEILLE_CONFIG": str(tmp_path / "veille.yaml")})
    config = _config(tmp_path, ["missing.jsonl"])
    with caplog.at_level(logging.WARNING):
        assert case_scorers(settings, config, charter) == ()
    assert "labelled cases unreadable" in caplog.text


def test_the_breach_threshold_is_picked_with_what_the_rules_flag_anyway() -> None:
    truth = np.array([True, True, True, True, False, False, False, False])
    probabilities = np.array([0.9, 0.7, 0.6, 0.2, 0.65, 0.5, 0.1, 0.1])
    # Alone, 0.6 finds 3 of 4 with one wrong (P 0.75), the best F1 at P >= 0.75.
    assert pick_threshold(truth, probabilities, min_precision=0.75).threshold == 0.6
    # The rules already flag the fourth breach and a clean text: with them, only 0.7 keeps
    # what the digest shows at P >= 0.75 (4 right of 5, where 0.6 would give 4 of 6).
    rules = np.array([False, False, False, True, False, False, False, True])
    chosen = pick_threshold(truth, probabilities, also_flagged=rules, min_precision=0.75)
    assert chosen.threshold == 0.7
    assert (chosen.precision, chosen.recall) == (0.75, 0.75)


def test_a_flagged_document_gets_its_other_likely_categories(
        trained: tuple[CaseModel, CaseModelReport], sample: list[Case]) -> None:
    model = trained[0]
    assert set(model.also) <= set(model.thresholds)
    assert all(model.also[c] <= 1.0 for c in model.also)
    scorer = LearnedScorer(model)
    for case in sample:
        flags = scorer.score(case.document)
        added = [f for f in flags if ALSO_NOTE in f.reasons]
        if added:  # only beside a flag the model raised on its own
            assert len(flags) > len(added)
            assert all(f.score == 0.5 for f in added)


def test_a_model_from_another_scikit_learn_is_not_used(
        tmp_path: Path, trained: tuple[CaseModel, CaseModelReport], charter: Charter,
        caplog: pytest.LogCaptureFixture) -> None:
    save_case_model(tmp_path / "model", *trained, "2026-01-01T00:00:00+00:00")
    figures = tmp_path / "model" / METRICS_FILE
    data = json.loads(figures.read_text("utf-8"))
    figures.write_text(json.dumps({**data, "sklearn_version": "0.0.1"}), "utf-8")
    with caplog.at_level(logging.WARNING):
        assert case_scorers(load_settings({"VEILLE_DATA_DIR": str(tmp_path)}),
                            _config(tmp_path), charter) == ()
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


def test_one_row_gives_what_the_vectoriser_gives(
        trained: tuple[CaseModel, CaseModelReport], sample: list[Case]) -> None:
    model = trained[0]
    texts = [c.document.full_text for c in sample] + ["", "!!!", "ÉCOLE  école 🔫🔫"]
    for text in texts:
        expected, fast = model.features([text]), model.one_row(text)
        assert fast.shape == expected.shape
        assert np.allclose(fast.toarray(), expected.toarray(), rtol=0, atol=1e-12), text


def test_a_broken_line_in_the_training_cases_leaves_the_rules_alone(
        tmp_path: Path, sample: list[Case], charter: Charter,
        caplog: pytest.LogCaptureFixture) -> None:
    cases = _small_cases_file(tmp_path / "cases.jsonl", sample)
    cases.write_text(cases.read_text("utf-8") + '{"id": "broken", "text": \n', "utf-8")
    settings = load_settings({"VEILLE_DATA_DIR": str(tmp_path / "var"),
                              "VEILLE_CONFIG": str(tmp_path / "veille.yaml")})
    with caplog.at_level(logging.WARNING):
        assert case_scorers(settings, _config(tmp_path, ["cases.jsonl"]), charter) == ()
    assert "labelled cases unreadable" in caplog.text and "ligne" in caplog.text


def test_a_critical_document_flagged_elsewhere_gets_its_likeliest_critical_category(
        trained: tuple[CaseModel, CaseModelReport], sample: list[Case]) -> None:
    # One set of thresholds either way (the calm ones apply only where the critical head
    # does not fire: their own test), so that only the added category differs.
    model = replace(trained[0], calm_thresholds={})
    always = replace(model, thresholds={**model.thresholds, "critical": 0.0})
    never = replace(model, thresholds={**model.thresholds, "critical": 1.01})
    added = 0
    for case in sample:
        plain = {f.category for f in LearnedScorer(never).score(case.document)}
        flags = LearnedScorer(always).score(case.document)
        if not plain or not CRITICAL_CATEGORIES.isdisjoint(plain):
            assert not any(CRITICAL_NOTE in f.reasons for f in flags)
            continue
        extras = [f for f in flags if CRITICAL_NOTE in f.reasons]
        assert len(extras) <= 1  # one, unless its evidence cannot be shown
        for extra in extras:
            assert extra.category in CRITICAL_CATEGORIES and extra.score == 0.5
            assert extra.severity is Severity.CRITICAL
        added += len(extras)
    assert added > 0


def test_a_category_added_to_a_flagged_document_favours_recall() -> None:
    truth = np.array([True] * 4 + [False] * 6)
    probabilities = np.array([0.9, 0.8, 0.7, 0.2, 0.6, 0.5, 0.4, 0.3, 0.1, 0.05])
    # F1 stops at 0.7 (three of four, no error); F2 goes down to 0.2 (all four, four errors).
    assert pick_threshold(truth, probabilities, min_precision=0.0).threshold == 0.7
    assert pick_threshold(truth, probabilities, min_precision=0.0, beta=2.0).threshold == 0.2


SCHOOL_NAMES = ("ESLJP", "Hormisdas-Gamelin", "École Maria-Goretti", "poly LJP", "CSSCV")


@pytest.mark.parametrize("template", [
    "Go {}! 💙",
    "Prof à {} : « Sortez une feuille ». Moi : 🧍💀",
    "Ce prof de {} est un cave, je vais l'attendre après l'école.",
    "Bravo aux élèves de {} pour le spectacle de fin d'année!",
])
def test_which_school_is_named_changes_nothing_the_model_says(
        masked: CaseModel, template: str) -> None:
    texts = [template.format(name) for name in SCHOOL_NAMES]
    first, *others = masked.probability_of(texts)
    assert all(other == first for other in others)
    row = masked.one_row(texts[0])
    assert np.allclose(row.toarray(), masked.features([texts[1]]).toarray())


def test_a_watched_name_is_never_evidence(masked: CaseModel, sample: list[Case]) -> None:
    scorer = LearnedScorer(masked)
    names = {name.casefold() for name in SHIPPED_NAMES}
    flags = [(c, f) for c in sample for f in scorer.score(c.document)]
    assert len(flags) > 20
    for case, flag in flags:
        for evidence in flag.evidence:
            assert case.document.full_text[evidence.start:evidence.end] == evidence.text
            assert evidence.text.casefold() not in names
            assert NAME_PLACEHOLDER not in evidence.text


def test_a_text_with_no_known_word_shows_the_words_holding_its_strongest_letters(
        masked: CaseModel) -> None:
    # Leetspeak and SMS spelling: the words may be unknown to the model while their letters
    # weigh; the evidence is then the words holding the strongest character n-grams.
    text = "sec 1 grls at ESHG r so h0t dm me"
    evidence = masked.locate_words_holding(text, [" h0", "grls ", "eshg", " sec", "grls"])
    assert [e.text for e in evidence] == ["sec", "grls", "h0t"]
    for e in evidence:
        assert text[e.start:e.end] == e.text
    row = masked.one_row(text)
    grams = masked.strongest_letters(row, "sexual")
    assert grams and all(len(g.strip()) >= 3 for g in grams)
    assert all(g in masked.vectoriser.transformer_list[0][1].vocabulary_ for g in grams)


def test_the_names_are_saved_with_the_model(
        tmp_path: Path, masked: CaseModel, trained: tuple[CaseModel, CaseModelReport],
        sample: list[Case]) -> None:
    save_case_model(tmp_path, masked, trained[1], "2026-01-01T00:00:00+00:00")
    loaded = load_case_model(tmp_path)
    assert loaded is not None and loaded.masked_names == SHIPPED_NAMES
    texts = ["Go ESLJP! 💙", *(c.document.full_text for c in sample[:20])]
    assert loaded.probability_of(texts) == masked.probability_of(texts)
    figures = json.loads((tmp_path / METRICS_FILE).read_text("utf-8"))
    assert figures["format"] == MODEL_FORMAT and figures["masked_names"] == list(SHIPPED_NAMES)


def test_a_model_saved_before_names_were_hidden_is_not_used(
        tmp_path: Path, trained: tuple[CaseModel, CaseModelReport],
        caplog: pytest.LogCaptureFixture) -> None:
    save_case_model(tmp_path, *trained, "2026-01-01T00:00:00+00:00")
    figures = tmp_path / METRICS_FILE
    data = json.loads(figures.read_text("utf-8"))
    del data["format"]
    figures.write_text(json.dumps(data), "utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_case_model(tmp_path) is None
    assert "older Veille" in caplog.text


def test_the_worker_trains_again_when_a_school_is_added(
        tmp_path: Path, sample: list[Case], charter: Charter,
        caplog: pytest.LogCaptureFixture) -> None:
    _small_cases_file(tmp_path / "cases.jsonl", sample)
    settings = load_settings({"VEILLE_DATA_DIR": str(tmp_path / "var"),
                              "VEILLE_CONFIG": str(tmp_path / "veille.yaml")})
    config = _config(tmp_path, ["cases.jsonl"])
    [before] = case_scorers(settings, config, charter)
    assert isinstance(before, LearnedScorer) and "ESHG" in before.model.masked_names
    school = {"id": "versant", "name": "École secondaire du Versant", "aliases": ["du Versant"]}
    grown = config.model_copy(update={"entities": [*config.entities,
                                                    type(config.entities[0])(**school)]})
    with caplog.at_level(logging.INFO, logger="worker.case_model"):
        [after] = case_scorers(settings, grown, charter)
    assert [r for r in caplog.records if r.getMessage().startswith("training")]
    assert isinstance(after, LearnedScorer) and "du Versant" in after.model.masked_names
    assert after.model.probability_of(["Go du Versant!"]) == \
        after.model.probability_of(["Go ESHG!"])


def test_passages_run_three_sentences_from_each_sentence() -> None:
    text = "Un. Deux! Trois? Quatre.\nCinq"
    assert [text[a:b] for a, b in passages(text)] == [
        "Un. Deux! Trois?", " Deux! Trois? Quatre.\n", " Trois? Quatre.\nCinq"]
    assert passages("Un. Deux. Trois.") == []


def test_a_sentence_ends_where_a_space_follows_not_inside_a_link_a_time_or_initials() -> None:
    text = "Voir bit.ly/x3 ce soir à 7.30... L'E.S.H.G. ferme!Vraiment? Oui\nFin"
    assert [text[a:b] for a, b in sentences(text)] == [
        "Voir bit.ly/x3 ce soir à 7.30...", " L'E.S.H.G.", " ferme!Vraiment?", " Oui\n", "Fin"]


def test_each_passage_s_row_is_what_one_row_gives_its_text(masked: CaseModel,
                                                           sample: list[Case]) -> None:
    # Read once per sentence and summed (run_rows), a passage must read as its text does.
    texts = [" ".join(c.document.full_text for c in sample[i:i + 6]) for i in range(0, 60, 6)]
    texts.append("Va voir bit.ly/x3 à 7.30. L'ESHG ferme! Vraiment?? Oui.\nFin des cours. Ok")
    for text in texts:
        spans = sentences(text)
        rows = masked.run_rows([text[a:b] for a, b in spans], PASSAGE_SENTENCES)
        for index, (start, end) in enumerate(passages(text)):
            expected = masked.one_row(text[start:end]).toarray()
            assert np.allclose(rows[index].toarray(), expected, rtol=0, atol=1e-12), \
                text[start:end]


# Written here: a long, warm post with one line that sexualises a child deep inside it.
WARM_POST_WITH_ONE_LEER = (
    "Quelle belle fête de fin d'année à l'école Saint-Laurent! Les jeux gonflables étaient "
    "pleins toute la journée et le dîner hot-dog était parfait. Merci aux bénévoles qui ont "
    "maquillé les enfants pendant trois heures. La petite blonde de 2e année en maillot dans la "
    "glissade d'eau, j'aimerais ben la voir toute seule derrière le gymnase 😏. Le tirage a "
    "ramassé 1 800 $ pour la bibliothèque. On se revoit en août, bon été à toutes les familles!")


def test_a_critical_line_deep_in_a_long_warm_text_is_read_in_its_passage(
        shipped_case_model: Path) -> None:
    model = load_case_model(shipped_case_model)
    assert model is not None
    flags = LearnedScorer(model).score(Document(WARM_POST_WITH_ONE_LEER))
    passage = [f for f in flags if PASSAGE_NOTE in f.reasons]
    assert [(f.category, f.severity) for f in passage] == [("sexual", Severity.CRITICAL)]
    line = WARM_POST_WITH_ONE_LEER.index("La petite blonde")
    assert all(line <= e.start and WARM_POST_WITH_ONE_LEER[e.start:e.end] == e.text
               for e in passage[0].evidence)
    # The same post without the line: nothing to read in any passage.
    warm = WARM_POST_WITH_ONE_LEER.replace(
        "La petite blonde de 2e année en maillot dans la glissade d'eau, j'aimerais ben la voir "
        "toute seule derrière le gymnase 😏. ", "")
    assert not any(PASSAGE_NOTE in f.reasons for f in LearnedScorer(model).score(Document(warm)))
