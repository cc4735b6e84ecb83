"""Deciding what an item is: which entities it mentions and what the charter says of it.

Pure: the matcher and the charter are built once per config and passed in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from connectors.base import RawItem
from worker.charter.classify import classify_with
from worker.charter.lexicon import Charter
from worker.charter.model import Document, Scorer, Verdict
from worker.charter.rules import RuleScorer
from worker.matching import Matcher
from worker.review.exceptions import ExceptionSpec, apply_exceptions


@dataclass(frozen=True)
class Analyser:
    """What analysing needs, built once per config."""

    matcher: Matcher
    charter: Charter
    min_score: float = 0.5
    thresholds: Mapping[str, float] = field(default_factory=dict)
    # What classifies, combined (``combine`` keeps each category's highest score and most
    # severe severity): the rules, possibly wrapped by the model trained on the team's
    # decisions, and the case model of ``veille train --cases`` beside them. Empty: the rules.
    scorers: tuple[Scorer, ...] = ()
    # What reviewers said never to flag again (terms in context, authors, sources).
    exceptions: tuple[ExceptionSpec, ...] = ()


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


def analyse(
    document: Document, analyser: Analyser, author: str | None = None,
    source_id: str | None = None, local: bool = False,
) -> Analysis:
    """Match, then classify only what mentions a watched entity, less the exceptions.
    ``local``: the document comes from a local source (``SourceConfig.local``)."""
    mentions = tuple(analyser.matcher.entities(document.full_text, local))
    if not mentions:
        return Analysis((), None)
    scorers = analyser.scorers or (RuleScorer(analyser.charter),)
    verdict = classify_with(document, scorers, analyser.min_score, analyser.thresholds)
    if analyser.exceptions:
        verdict = apply_exceptions(verdict, document, analyser.exceptions, author, source_id)
    return Analysis(mentions, verdict)


def analyse_item(raw: RawItem, analyser: Analyser, source_id: str | None = None,
                 local: bool = False) -> AnalysedItem:
    document = Document(raw.text, raw.title, raw.kind)
    return AnalysedItem(raw, analyse(document, analyser, raw.author, source_id, local))
