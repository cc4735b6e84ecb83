"""What the pages show, computed from stored values: pure, so it is tested without a browser.

The evidence highlighting, the list's filters read from the query string, dates in the
team's time zone, and the catalogue of schools the filters offer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from worker.charter.categories import CATEGORIES, Severity
from worker.config import VeilleConfig
from worker.review.exceptions import Span
from worker.store.models import Flag, Item
from worker.store.reviews import STATUSES, UNREVIEWED, ListFilters, evidence_of


@dataclass(frozen=True)
class Catalog:
    """What the site knows from the config: school names (by entity id), the time zone."""

    entities: Mapping[str, str] = field(default_factory=dict)
    timezone: str = "America/Toronto"

    @classmethod
    def from_config(cls, config: VeilleConfig) -> Catalog:
        return cls({e.id: e.name for e in config.watched}, config.digest.timezone)


@dataclass(frozen=True)
class Segment:
    """A piece of the item's text; ``marked`` pieces are evidence."""

    text: str
    marked: bool = False


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """``text`` cut into plain and evidence pieces; overlapping spans are merged, and spans
    that do not match the text (stale offsets) are left out rather than mis-highlighted."""
    ranges = sorted((s.start, s.end) for s in spans
                    if 0 <= s.start < s.end <= len(text) and text[s.start:s.end] == s.text)
    merged: list[list[int]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[Segment] = []
    position = 0
    for start, end in merged:
        if start > position:
            out.append(Segment(text[position:start]))
        out.append(Segment(text[start:end], marked=True))
        position = end
    if position < len(text) or not out:
        out.append(Segment(text[position:]))
    return out


def full_text(title: str | None, text: str | None) -> str:
    """What evidence offsets point into (``Document.full_text``)."""
    return f"{title}\n\n{text or ''}" if title else (text or "")


def local_datetime(value: datetime | None, timezone: str) -> str:
    """``24 nov. 2026 10 h 00``-style, in the team's time zone; a dash when unknown."""
    if value is None:
        return "—"
    return format_datetime(value, "d MMM y HH:mm", tzinfo=ZoneInfo(timezone), locale="fr_CA")


def parse_filters(args: Mapping[str, str], catalog: Catalog) -> ListFilters:
    """The list's filters from the query string; unknown or malformed values mean « any »."""
    status = args.get("statut") or None
    entity = args.get("ecole") or None
    category = args.get("categorie") or None
    zone = ZoneInfo(catalog.timezone)
    since, until = _day(args.get("du")), _day(args.get("au"))
    return ListFilters(
        status=status if status in STATUSES or status == UNREVIEWED else None,
        entity_id=entity if entity in catalog.entities else None,
        category=category if category in CATEGORIES else None,
        since=datetime.combine(since, time(), zone) if since else None,
        # « au » is inclusive: up to the end of that local day.
        until=datetime.combine(until + timedelta(days=1), time(), zone) if until else None,
    )


def _day(raw: str | None) -> date | None:
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def page_number(raw: str | None) -> int:
    try:
        return max(1, int(raw or 1))
    except ValueError:
        return 1


def safe_next(target: str | None, default: str) -> str:
    """A path on this site to go to after login; anything else (another host, ``//host``,
    a scheme) gives ``default``, so the login page cannot be used to send people away."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


@dataclass(frozen=True)
class FlagView:
    """One category an item was flagged in, as the item page shows it."""

    category: str
    label: str
    clause: str
    score: float
    severity: str  # French
    reasons: tuple[str, ...]
    evidence: tuple[str, ...]  # the distinct evidence texts


@dataclass(frozen=True)
class ItemView:
    """Everything the item page shows about one item."""

    id: int
    title: str
    url: str | None
    source_id: str
    source_name: str
    author: str | None
    published_at: datetime | None
    flagged_at: datetime | None
    severity: str
    schools: tuple[str, ...]
    flags: tuple[FlagView, ...]
    segments: tuple[Segment, ...]
    purged: bool


def item_view(item: Item, source_name: str, catalog: Catalog) -> ItemView:
    """The item page's values from a stored item (its text may have been purged)."""
    text = full_text(item.title, item.text)
    spans = [e for flag in item.flags for e in evidence_of(flag)]
    return ItemView(
        id=item.id, title=item.title or "(sans titre)", url=item.url, source_id=item.source_id,
        source_name=source_name, author=item.author, published_at=item.published_at,
        flagged_at=item.flagged_at, severity=_severity_fr(item.severity),
        schools=tuple(catalog.entities.get(m.entity_id, m.entity_id) for m in item.mentions),
        flags=tuple(_flag_view(f) for f in sorted(item.flags, key=lambda f: -f.score)),
        segments=tuple(segments(text, spans)), purged=item.text_purged_at is not None,
    )


def _flag_view(flag: Flag) -> FlagView:
    category = CATEGORIES.get(flag.category)
    return FlagView(
        category=flag.category, label=category.label_fr if category else flag.category,
        clause=category.clause if category else "", score=flag.score,
        severity=_severity_fr(flag.severity), reasons=tuple(flag.reasons or ()),
        evidence=tuple(dict.fromkeys(e.text for e in evidence_of(flag))),
    )


def _severity_fr(value: str | None) -> str:
    try:
        return Severity(value).label_fr if value else "—"
    except ValueError:
        return value or "—"
