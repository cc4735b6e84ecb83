"""What the round and family tests read of a verdict."""

from __future__ import annotations

from worker.charter.categories import Severity
from worker.charter.classify import classify
from worker.charter.lexicon import Charter
from worker.charter.model import Document
from worker.charter.rules import CLEARED, RuleScorer


def categories_and_critical(charter: Charter, text: str, kind: str = "post"
                            ) -> tuple[set[str], bool]:
    """The categories the rules flag in ``text``, and whether the verdict is critical."""
    verdict = classify(Document(text, kind=kind), charter)
    return {f.category for f in verdict.flags}, verdict.severity is Severity.CRITICAL


def assert_critical_in(charter: Charter, text: str, category: str) -> None:
    """The rules flag ``category`` in ``text`` and the verdict is critical."""
    categories, critical = categories_and_critical(charter, text)
    assert category in categories, (text, categories)
    assert critical, text


def set_aside(charter: Charter, text: str, category: str) -> bool:
    """The rules read a clue in ``category`` and set it aside (score 0, ``CLEARED``): the
    learned scorer's flag there is then discounted and not critical."""
    return any(f.category == category and f.score == 0.0 and f.reasons[0].startswith(CLEARED)
               for f in RuleScorer(charter).score(Document(text, kind="post")))
