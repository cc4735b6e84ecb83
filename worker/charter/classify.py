"""Classifying a document against the charter: score with every scorer, keep what passes.

The rules stand alone; a model (local, or trained on the team's review decisions) joins them
later as another ``Scorer`` through ``classify_with``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from worker.charter.lexicon import Charter
from worker.charter.model import CategoryFlag, Document, Scorer, Verdict
from worker.charter.rules import RuleScorer

NO_OVERRIDES: Mapping[str, float] = MappingProxyType({})


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
    """
    merged: dict[str, CategoryFlag] = {}
    for flags in flag_lists:
        for flag in flags:
            merged[flag.category] = _merge(merged[flag.category], flag) \
                if flag.category in merged else flag
    return list(merged.values())


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
