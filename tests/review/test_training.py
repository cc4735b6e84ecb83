"""``veille train`` on synthetic decisions: a model that beats the rules is used, one that
does not is left aside."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from worker.charter.categories import Severity
from worker.charter.classify import classify_with
from worker.charter.model import CategoryFlag, Document, Evidence
from worker.training import (
    METRICS_FILE,
    Decision,
    ModelScorer,
    TrainingError,
    load_model_scorer,
    read_report,
    save_model,
    scores,
    train,
)

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
PEOPLE = ["le directeur", "la prof de maths", "le concierge", "l'entraîneur", "la secrétaire",
          "le surveillant", "la directrice adjointe", "le chauffeur"]
PLACES = ["à Hormisdas-Gamelin", "à l'ESHG", "à Sainte-Famille", "au CSSCV", "à la polyvalente"]
THREATS = ["je vais tuer {who} {where}", "{who} {where} est un imbécile, je vais le tuer",
           "on devrait tuer {who} {where}", "{who} {where} mérite qu'on le tue"]
HARMLESS = ["on va tuer le temps {where} avec {who}", "{who} {where} nous a fait tuer le temps",
            "pour tuer le temps {where}, {who} lit", "tuer le temps {where} : {who} a une idée"]


def synthetic(seed: int, shuffle_labels: bool = False) -> list[Decision]:
    """120 decisions: threats are confirmed, « tuer le temps » are false positives (or the
    labels are shuffled, so there is nothing to learn)."""
    rng = random.Random(seed)
    rows = []
    for index in range(120):
        breach = index % 2 == 0
        template = rng.choice(THREATS if breach else HARMLESS)
        text = template.format(who=rng.choice(PEOPLE), where=rng.choice(PLACES))
        rows.append((f"Message {index}", f"{text.capitalize()}. Signé : élève {index}.", breach))
    if shuffle_labels:
        labels = [breach for _t, _x, breach in rows]
        rng.shuffle(labels)
        rows = [(t, x, b) for (t, x, _old), b in zip(rows, labels, strict=True)]
    return [Decision(i, title, text, "post", breach) for i, (title, text, breach)
            in enumerate(rows)]


def rules_flag(document: Document) -> bool:
    """The rules as the team met them: every « tuer » is flagged."""
    return "tue" in document.full_text.lower()


class TuerRule:
    """A rule scorer flagging « tuer », like the synthetic rules."""

    def score(self, document: Document) -> list[CategoryFlag]:
        at = document.full_text.find("tuer")
        if at < 0:
            return []
        return [CategoryFlag("defamation", 0.9, Severity.HIGH,
                             (Evidence(at, at + 4, "tuer"),))]


def test_scores() -> None:
    assert scores([True, True, False, False], [True, False, True, False]).f1 == 0.5
    assert scores([True], [False]) == scores([False], [False])


def test_a_model_that_learns_the_false_positives_beats_the_rules(tmp_path: Path) -> None:
    pipeline, report = train(synthetic(1), rules_flag, NOW)
    assert report.heldout == 30 and report.decisions == 120 and report.positives == 60
    assert report.rules.recall == 1.0 and report.rules.precision == 0.5
    assert report.with_model.precision > 0.9 and report.with_model.recall > 0.9
    assert report.better
    text = report.describe()
    assert "Règles seules" in text and "Modèle retenu : oui" in text
    save_model(tmp_path, pipeline, report)
    assert read_report(tmp_path) == report
    scorer = load_model_scorer(tmp_path, TuerRule())
    assert isinstance(scorer, ModelScorer)
    harmless = Document("Pour tuer le temps à l'ESHG, le concierge lit.", "Message")
    threat = Document("Je vais tuer le directeur à l'ESHG.", "Message")
    [dropped] = scorer.score(harmless)
    assert dropped.score == 0.0 and "faux positif probable" in dropped.reasons[-1]
    assert classify_with(harmless, [scorer]).flags == ()
    assert classify_with(threat, [scorer]).flagged


def test_a_model_with_nothing_to_learn_is_not_used(tmp_path: Path) -> None:
    pipeline, report = train(synthetic(2, shuffle_labels=True), rules_flag, NOW)
    assert not report.better
    assert "Modèle retenu : non" in report.describe()
    save_model(tmp_path, pipeline, report)
    inner = TuerRule()
    assert load_model_scorer(tmp_path, inner) is inner


def test_a_model_from_another_scikit_learn_or_none_at_all_is_not_used(tmp_path: Path) -> None:
    inner = TuerRule()
    assert load_model_scorer(tmp_path, inner) is inner
    pipeline, report = train(synthetic(1), rules_flag, NOW)
    save_model(tmp_path, pipeline, report)
    data = json.loads((tmp_path / METRICS_FILE).read_text())
    (tmp_path / METRICS_FILE).write_text(json.dumps({**data, "sklearn_version": "0.1"}))
    assert load_model_scorer(tmp_path, inner) is inner


@pytest.mark.parametrize("count", [10, 40])
def test_too_few_decisions_or_of_one_kind_refuse_to_train(count: int) -> None:
    decisions = synthetic(3)[:count]
    if count == 40:
        decisions = [d for d in synthetic(3) if d.breach][:40]
    with pytest.raises(TrainingError, match="Pas assez de décisions"):
        train(decisions, rules_flag, NOW)
