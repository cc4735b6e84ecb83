"""Deciding what an item is: which entities it mentions and what the charter says of it.

Pure: the matcher and the charter are built once per config and passed in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from connectors.base import RawItem
from worker.charter.classify import classify
from worker.charter.lexicon import Charter
from worker.charter.model import Document, Verdict
from worker.matching import Matcher


@dataclass(frozen=True)
class Analyser:
    """What analysing needs, built once per config."""

    matcher: Matcher
    charter: Charter
    min_score: float = 0.5
    thresholds: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Analysis:
    """The decision about one text. ``verdict`` is None when no watched entity is mentioned:
    such items are not classified (and their text is not kept)."""

    mentions: tuple[str, ...]
    verdict: Verdict | None

    @property
    def flagged(self) -> bool:
        """Would be in the digest: mentions a watched entity and likely breaches the charter."""
        return self.verdict is not None and self.verdict.flagged


@dataclass(frozen=True)
class AnalysedItem:
    raw: RawItem
    analysis: Analysis


def analyse(document: Document, analyser: Analyser) -> Analysis:
    """Match, then classify only what mentions a watched entity."""
    mentions = tuple(analyser.matcher.entities(document.full_text))
    if not mentions:
        return Analysis((), None)
    verdict = classify(document, analyser.charter, analyser.min_score, analyser.thresholds)
    return Analysis(mentions, verdict)


def analyse_item(raw: RawItem, analyser: Analyser) -> AnalysedItem:
    return AnalysedItem(raw, analyse(Document(raw.text, raw.title, raw.kind), analyser))
