"""The values a digest is built from. ``select`` fills them from the store; ``build`` renders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from worker.charter.categories import Severity
from worker.dedupe import StoryMarks


@dataclass(frozen=True)
class DigestEvidence:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class DigestFlag:
    category: str  # key, e.g. "defamation"; labels and clause come from charter.categories
    score: float
    severity: Severity
    evidence: tuple[DigestEvidence, ...]


@dataclass(frozen=True)
class DigestEntry:
    """One likely violation. All text fields are untrusted (fetched): escape when rendering."""

    item_id: int
    title: str
    url: str | None
    source_name: str
    author: str | None
    published_at: datetime | None  # aware UTC
    fetched_at: datetime  # aware UTC
    entities: tuple[str, ...]  # display names of the watched entities mentioned
    severity: Severity
    flags: tuple[DigestFlag, ...]  # most severe / highest score first
    text: str  # title + "\n\n" + text; evidence offsets point into it
    also_at: tuple[str, ...] = ()  # other sources carrying the same story
    review_url: str | None = None  # signed link to the item's page on the review site
    entity_ids: tuple[str, ...] = ()  # ids of the entities mentioned, for routing
    marks: StoryMarks | None = None  # as stored; None: worked out from the fields above

    @property
    def categories(self) -> tuple[str, ...]:
        """The category keys this entry was flagged in."""
        return tuple(flag.category for flag in self.flags)


@dataclass(frozen=True)
class SourceHealth:
    source_id: str
    name: str
    failing_since: datetime | None
    last_error: str | None
    consecutive_failures: int
    last_success_at: datetime | None
    warning: str | None = None  # read in part at the last poll (0 failures then)


@dataclass(frozen=True)
class DigestScope:
    """What a routed digest was narrowed to, so its readers know why they see only part."""

    entities: tuple[str, ...]  # display names
    categories: tuple[str, ...]  # category keys


@dataclass(frozen=True)
class Digest:
    """Everything one digest email says."""

    organisation_name: str
    period: date  # the local calendar day it covers
    generated_at: datetime  # aware UTC
    timezone: str
    entries: tuple[DigestEntry, ...]  # sorted: most severe first, newest first within
    quiet_mentions: int  # mentions in the window that raised no concern
    source_health: tuple[SourceHealth, ...]  # only sources that are failing
    language: str = "fr"
    max_items: int = 50
    organisation_short_name: str = ""  # for the subject line; the full name when empty
    scope: DigestScope | None = None  # None for the main list, which gets everything


@dataclass(frozen=True)
class Alert:
    """One critical item, emailed at once (it also appears in the next digest)."""

    entry: DigestEntry
    organisation_name: str
    generated_at: datetime  # aware UTC
    timezone: str
    period: date  # the day of the (main) digest it also appears in
    language: str = "fr"
    organisation_short_name: str = ""


@dataclass(frozen=True)
class RenderedDigest:
    """A rendered email (a digest or an alert): subject and both bodies."""

    subject: str
    html: str
    text: str
