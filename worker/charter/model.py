"""The classifier's values: what goes in (``Document``) and what comes out (``Verdict``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from worker.charter.categories import CATEGORIES, Severity

# What a text is: a news or blog "article" quotes and reports people (a quoted insult is
# reporting); a "post", "comment" or "video" description speaks for its writer.
DOCUMENT_KINDS = ("article", "post", "comment", "video")


@dataclass(frozen=True)
class Document:
    """What is classified: the title and text joined as ``title + "\\n\\n" + text``."""

    text: str
    title: str = ""
    kind: str = "article"  # one of DOCUMENT_KINDS

    @property
    def full_text(self) -> str:
        return f"{self.title}\n\n{self.text}" if self.title else self.text


@dataclass(frozen=True)
class Evidence:
    """A span of ``Document.full_text`` that caused a flag: ``full_text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CategoryFlag:
    """One charter category the document may breach, and why."""

    category: str
    score: float  # in [0, 1]
    severity: Severity
    evidence: tuple[Evidence, ...] = ()
    reasons: tuple[str, ...] = ()  # short notes for people: "cible une personne", "menace"

    @property
    def clause(self) -> str:
        return CATEGORIES[self.category].clause


@dataclass(frozen=True)
class Verdict:
    """Every category flag at or above its threshold, most severe first."""

    flags: tuple[CategoryFlag, ...] = field(default=())

    @property
    def severity(self) -> Severity | None:
        return min((f.severity for f in self.flags), key=lambda s: s.rank, default=None)

    @property
    def flagged(self) -> bool:
        return bool(self.flags)


class Scorer(Protocol):
    """Anything that scores a document per category (rules today, a model tomorrow)."""

    def score(self, document: Document) -> list[CategoryFlag]:
        """Flags for every category this scorer has an opinion on (any score)."""
        ...
