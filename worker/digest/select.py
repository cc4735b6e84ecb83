"""From the store to a ``Digest`` value: which items, in which order, with what health."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from worker.canonical import canonical_url
from worker.charter.categories import Severity
from worker.config import VeilleConfig
from worker.digest.model import Digest, DigestEntry, DigestEvidence, DigestFlag, SourceHealth
from worker.store import repository as repo
from worker.store.models import Item, Source


def select_digest(
    session: Session, config: VeilleConfig, start: datetime, end: datetime, now: datetime,
    period: date,
) -> Digest:
    """The digest of everything flagged in ``[start, end)``."""
    names = {e.id: e.name for e in config.watched}
    sources = {s.id: s.name for s in session.scalars(select(Source))}
    entries = [_entry(item, names, sources) for item in repo.flagged_items(session, start, end)]
    entries = merge_same_story(sort_entries(entries))
    return Digest(
        organisation_name=config.organisation.name,
        period=period,
        generated_at=now,
        timezone=config.digest.timezone,
        entries=tuple(entries),
        quiet_mentions=repo.count_quiet_mentions(session, start, end),
        source_health=tuple(_health(s) for s in repo.failing_sources(session)),
        language=config.digest.language,
        max_items=config.digest.max_items,
        organisation_short_name=config.organisation.display_short_name,
    )


def sort_entries(entries: list[DigestEntry]) -> list[DigestEntry]:
    """Critical first, then high, medium, low; newest first within a severity."""
    by_date = sorted(entries, key=lambda e: e.published_at or e.fetched_at, reverse=True)
    return sorted(by_date, key=lambda e: e.severity.rank)


def merge_same_story(entries: list[DigestEntry]) -> list[DigestEntry]:
    """One entry per canonical URL; the other sources carrying it go in ``also_at``."""
    kept: dict[str, int] = {}
    merged: list[DigestEntry] = []
    for entry in entries:
        key = canonical_url(entry.url) or f"item:{entry.item_id}"
        if key not in kept:
            kept[key] = len(merged)
            merged.append(entry)
            continue
        first = merged[kept[key]]
        if entry.source_name != first.source_name and entry.source_name not in first.also_at:
            merged[kept[key]] = _with_also_at(first, entry.source_name)
    return merged


def _with_also_at(entry: DigestEntry, source_name: str) -> DigestEntry:
    return replace(entry, also_at=(*entry.also_at, source_name))


def _entry(item: Item, names: dict[str, str], sources: dict[str, str]) -> DigestEntry:
    flags = sorted(item.flags, key=lambda f: (Severity(f.severity).rank, -f.score))
    title = item.title or ""
    return DigestEntry(
        item_id=item.id,
        title=title or "(sans titre)",
        url=item.url,
        source_name=sources.get(item.source_id, item.source_id),
        author=item.author,
        published_at=item.published_at,
        fetched_at=item.fetched_at,
        entities=tuple(names.get(m.entity_id, m.entity_id) for m in item.mentions),
        severity=Severity(item.severity or "low"),
        flags=tuple(
            DigestFlag(
                f.category,
                f.score,
                Severity(f.severity),
                tuple(DigestEvidence(e["start"], e["end"], e["text"]) for e in f.evidence),
            )
            for f in flags
        ),
        text=f"{title}\n\n{item.text or ''}" if title else (item.text or ""),
    )


def _health(source: Source) -> SourceHealth:
    return SourceHealth(
        source.id,
        source.name,
        source.failing_since,
        source.last_error,
        source.consecutive_failures,
        source.last_success_at,
    )
