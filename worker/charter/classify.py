"""Classifying a document against the charter: score with every scorer, keep what passes.

The rules stand alone; a model (local, or trained on the team's review decisions) joins them
later as another ``Scorer`` through ``classify_with``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType

from worker.charter.lexicon import Charter
from worker.charter.model import CategoryFlag, Document, Scorer, Verdict
from worker.charter.rules import CLEARED, RuleScorer

NO_OVERRIDES: Mapping[str, float] = MappingProxyType({})
# A flag in a category whose only term the rules set aside ("je dis pas qu'elle est conne")
# keeps this share of its score: a model that reads "conne" without the "je dis pas que"
# must be much surer than its threshold (a model flag at 0.5 needs 0.84 then).
CLEARED_FACTOR = 0.6


def classify(
    document: Document,
    charter: Charter,
    min_score: float = 0.5,
    thresholds: Mapping[str, float] = NO_OVERRIDES,
) -> Verdict:
    """The charter's verdict on a document, with the rules alone.

    Args:
        document: what to classify; evidence offsets point into ``document.full_text``.
        charter: from ``load_charter``.
        min_score: the threshold of every category without an override.
        thresholds: per-category thresholds (``classification.thresholds``).

    Returns:
        Flags at or above their threshold, most severe first, then highest score.
    """
    return classify_with(document, [RuleScorer(charter)], min_score, thresholds)


def classify_with(
    document: Document,
    scorers: Sequence[Scorer],
    min_score: float = 0.5,
    thresholds: Mapping[str, float] = NO_OVERRIDES,
) -> Verdict:
    """The verdict of several scorers combined (see ``combine``)."""
    return decide(combine(s.score(document) for s in scorers), min_score, thresholds)


def combine(flag_lists: Iterable[list[CategoryFlag]]) -> list[CategoryFlag]:
    """One flag per category: the highest score, the most severe severity, all evidence.

    The maximum, not a sum: a model that agrees with the rules should not double a score.
    A category the rules set aside (a score of 0 saying ``CLEARED``: a negated or praised
    term) discounts the other scorers' flags in it by ``CLEARED_FACTOR``, and they are no
    more critical than the category is by default.
    """
    merged: dict[str, CategoryFlag] = {}
    cleared: dict[str, CategoryFlag] = {}
    for flags in flag_lists:
        for flag in flags:
            if flag.score == 0.0 and flag.reasons[:1] and flag.reasons[0].startswith(CLEARED):
                cleared.setdefault(flag.category, flag)
                continue
            merged[flag.category] = _merge(merged[flag.category], flag) \
                if flag.category in merged else flag
    for category, aside in cleared.items():
        other = merged.get(category)
        merged[category] = aside if other is None else _discounted(other, aside)
    return list(merged.values())


def _discounted(flag: CategoryFlag, aside: CategoryFlag) -> CategoryFlag:
    # Nor critical: the words that would make it a threat were read and set aside ("on va
    # les tuer samedi" at a tournament, "ce cours va me tuer"); an alert needs more.
    return replace(flag, score=round(flag.score * CLEARED_FACTOR, 4), severity=aside.severity,
                   reasons=(*flag.reasons, *aside.reasons))


def decide(
    flags: Iterable[CategoryFlag], min_score: float, thresholds: Mapping[str, float]
) -> Verdict:
    """Keep the flags at or above their threshold, sorted most severe then highest first."""
    kept = [f for f in flags if f.score >= thresholds.get(f.category, min_score)]
    kept.sort(key=lambda f: (f.severity.rank, -f.score, f.category))
    return Verdict(tuple(kept))


def _merge(a: CategoryFlag, b: CategoryFlag) -> CategoryFlag:
    return CategoryFlag(
        a.category,
        max(a.score, b.score),
        min(a.severity, b.severity, key=lambda s: s.rank),
        tuple(sorted(set(a.evidence) | set(b.evidence), key=lambda e: (e.start, e.end))),
        tuple(dict.fromkeys(a.reasons + b.reasons)),
    )
