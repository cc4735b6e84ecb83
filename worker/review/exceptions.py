"""Exceptions the team made from a false positive's evidence, applied to the classifier's
flags. Pure: the exceptions are read once (``store.reviews.active_exceptions``) and passed in.

Three kinds:

- ``term``: a flag whose every evidence span contains the term (whole words, case and accents
  aside) is dropped; with a ``context`` (« tuer le temps », or just « le temps », for the
  term « tuer »), only where that phrase covers or touches the span (nothing but spaces and
  punctuation between them).
- ``author``: every flag of an item by this author is dropped.
- ``source``: every flag of an item from this source (its id in ``veille.yaml``) is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from worker.charter.model import CategoryFlag, Document, Scorer, Verdict
from worker.normalise import fold, fold_term

KINDS: dict[str, str] = {
    "term": "terme",
    "author": "auteur",
    "source": "source",
}


@dataclass(frozen=True)
class ExceptionSpec:
    """One active exception, as the classifier needs it."""

    id: int
    kind: str  # term | author | source
    value: str
    context: str | None = None

    @property
    def kind_fr(self) -> str:
        return KINDS.get(self.kind, self.kind)


class Span(Protocol):
    """A piece of evidence: ``full_text[start:end] == text``."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def text(self) -> str: ...


def span_excepted(full_text: str, span: Span, spec: ExceptionSpec) -> bool:
    """Whether the term exception ``spec`` covers this evidence span."""
    if spec.kind != "term" or not fold(spec.value).text.strip():
        return False
    if fold_term(spec.value) not in fold(span.text).text:
        return False
    return spec.context is None or _context_over(full_text, span, spec.context)


def _context_over(full_text: str, span: Span, context: str) -> bool:
    """Whether ``context`` occurs (folded, whole words) over the span or right beside it."""
    folded, needle = fold(full_text), fold_term(context)
    if not needle.strip():
        return True  # an empty context restricts nothing
    at = folded.text.find(needle)
    while at != -1:
        start, end = folded.span(at + 1, at + len(needle) - 1)
        if _touching(full_text, (start, end), (span.start, span.end)):
            return True
        at = folded.text.find(needle, at + 1)
    return False


def _touching(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two ranges of ``text`` overlap or are separated by no letter or digit."""
    gap = text[min(a[1], b[1]):max(a[0], b[0])]
    return not any(char.isalnum() for char in gap)


def item_excepted(
    author: str | None, source_id: str | None, exceptions: Iterable[ExceptionSpec]
) -> bool:
    """Whether an author or source exception silences the whole item."""
    folded_author = fold(author).text if author else None
    for spec in exceptions:
        if spec.kind == "author" and folded_author and fold(spec.value).text == folded_author:
            return True
        if spec.kind == "source" and source_id is not None and spec.value == source_id:
            return True
    return False


def flag_excepted(flag_evidence: Sequence[Span], full_text: str,
                  exceptions: Iterable[ExceptionSpec]) -> bool:
    """Whether term exceptions cover every evidence span of a flag (a flag without evidence
    is never covered: nothing says which words caused it)."""
    specs = [s for s in exceptions if s.kind == "term"]
    return bool(flag_evidence) and bool(specs) and all(
        any(span_excepted(full_text, span, spec) for spec in specs) for span in flag_evidence)


def filter_flags(flags: Iterable[CategoryFlag], full_text: str,
                 exceptions: Sequence[ExceptionSpec]) -> list[CategoryFlag]:
    """The flags no term exception covers."""
    return [f for f in flags if not flag_excepted(f.evidence, full_text, exceptions)]


def apply_exceptions(
    verdict: Verdict, document: Document, exceptions: Sequence[ExceptionSpec],
    author: str | None = None, source_id: str | None = None,
) -> Verdict:
    """The verdict less what the exceptions silence (order kept)."""
    if item_excepted(author, source_id, exceptions):
        return Verdict(())
    return Verdict(tuple(filter_flags(verdict.flags, document.full_text, exceptions)))


@dataclass(frozen=True)
class ExceptingScorer:
    """A ``Scorer`` that drops its inner scorer's flags covered by term exceptions. Author
    and source exceptions need the item, not just its text: apply them with
    ``apply_exceptions`` (or ``item_excepted``) where the item is known."""

    inner: Scorer
    exceptions: tuple[ExceptionSpec, ...]

    def score(self, document: Document) -> list[CategoryFlag]:
        return filter_flags(self.inner.score(document), document.full_text, self.exceptions)
