"""From the store to ``Digest`` and ``Alert`` values: which items, in which order, for whom."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from worker import dedupe
from worker.charter.categories import severity_of
from worker.config import RouteConfig, VeilleConfig
from worker.digest.model import (
    Alert,
    Digest,
    DigestEntry,
    DigestEvidence,
    DigestFlag,
    DigestScope,
    SourceHealth,
)
from worker.review.exceptions import ExceptionSpec
from worker.review.links import digest_linker
from worker.store import repository as repo
from worker.store import reviews
from worker.store.models import Item, Source

StoryKeys = Callable[[DigestEntry], tuple[str, ...]]


def select_digest(
    session: Session, config: VeilleConfig, start: datetime, end: datetime, now: datetime,
    period: date, route: RouteConfig | None = None,
) -> Digest:
    """The digest of everything flagged in ``[start, end)``.

    Args:
        route: narrow to the items this route matches; its readers then get neither the
            quiet-mention count nor the source-health section (both are about everything).
    """
    exceptions = reviews.active_exceptions(session)
    # Evidence is most of what loading a day costs, and only the entries shown in full need
    # it; term exceptions need it for every item.
    evidence = any(spec.kind == "term" for spec in exceptions)
    items = repo.flagged_item_values(session, start, end, evidence=evidence)
    dropped = dismissed_ids(session, items, exceptions)
    entries = sort_entries(with_review_links(
        entries_of(session, config, [i for i in items if i.id not in dropped]),
        digest_linker(now)))
    entries = merge_same_story(entries, near_duplicate_keys(entries))
    if route is not None:
        entries = [e for e in entries if route_matches(route, e)]
    if not evidence:
        entries = with_evidence(session, entries, config.digest.max_items)
    return Digest(
        organisation_name=config.organisation.name,
        period=period,
        generated_at=now,
        timezone=config.digest.timezone,
        entries=tuple(entries),
        quiet_mentions=0 if route else repo.count_quiet_mentions(session, start, end),
        source_health=() if route else tuple(_health(s) for s in repo.troubled_sources(session)),
        language=config.digest.language,
        max_items=config.digest.max_items,
        organisation_short_name=config.organisation.display_short_name,
        scope=_scope(config, route) if route else None,
    )


def with_review_links(
    entries: list[DigestEntry], linker: Callable[[int], str] | None
) -> list[DigestEntry]:
    """Each entry with its signed review-site link, when the site is configured."""
    if linker is None:
        return entries
    return [replace(entry, review_url=linker(entry.item_id)) for entry in entries]


def without_dismissed(session: Session, items: list[Item]) -> list[Item]:
    """Drop what the team dismissed (see ``dismissed_ids``)."""
    dropped = dismissed_ids(session, [repo.item_values(item) for item in items],
                            reviews.active_exceptions(session))
    return [item for item in items if item.id not in dropped]


def dismissed_ids(session: Session, items: Sequence[repo.FlaggedItem],
                  exceptions: Sequence[ExceptionSpec]) -> set[int]:
    """Those of ``items`` the team dismissed: items marked faux positif (and the same story
    found elsewhere), and items whose every flag one of ``exceptions`` covers (their
    evidence must be loaded for term exceptions)."""
    if not items:
        return set()
    return reviews.suppressed_among(session, {item.id: item.marks for item in items}) | (
        reviews.excepted_among(items, exceptions))


def with_evidence(session: Session, entries: list[DigestEntry], shown: int) -> list[DigestEntry]:
    """``entries`` with the evidence of the first ``shown`` loaded (the others are counted,
    not shown)."""
    head = entries[:max(shown, 0)]
    flags = repo.item_flags(session, [entry.item_id for entry in head])
    return [replace(entry, flags=_digest_flags(flags.get(entry.item_id, ()))) for entry in head] + (
        entries[len(head):])


def select_alert(
    session: Session, config: VeilleConfig, item: Item, now: datetime, period: date
) -> Alert:
    """The alert about one stored ``item``."""
    [entry] = with_review_links(load_entries(session, config, [item]), digest_linker(now))
    return Alert(
        entry=entry,
        organisation_name=config.organisation.name,
        generated_at=now,
        timezone=config.digest.timezone,
        period=period,
        language=config.digest.language,
        organisation_short_name=config.organisation.display_short_name,
    )


def route_matches(route: RouteConfig, entry: DigestEntry) -> bool:
    """Whether ``entry`` is for ``route``: one of its entities (if it lists any) and one of
    its categories (if it lists any)."""
    entities_ok = not route.entities or bool(set(route.entities) & set(entry.entity_ids))
    categories_ok = not route.categories or bool(set(route.categories) & set(entry.categories))
    return entities_ok and categories_ok


def sort_entries(entries: list[DigestEntry]) -> list[DigestEntry]:
    """Critical first, then high, medium, low; newest first within a severity."""
    by_date = sorted(entries, key=lambda e: e.published_at or e.fetched_at, reverse=True)
    return sorted(by_date, key=lambda e: e.severity.rank)


def story_keys(entry: DigestEntry) -> tuple[str, ...]:
    """Every key under which ``entry``'s story is known; entries sharing one are one story.

    The canonical URL, and the folded title when it has enough words to be telling;
    ``near_duplicate_keys`` adds the text's likeness to others'.
    """
    marks = _marks(entry)
    keys = []
    if marks.canonical_url:
        keys.append(f"url:{marks.canonical_url}")
    if marks.title_key:
        keys.append(f"title:{marks.title_key}")
    return tuple(keys) or (f"item:{entry.item_id}",)


def near_duplicate_keys(
    entries: list[DigestEntry], max_distance: int = dedupe.MAX_DISTANCE
) -> StoryKeys:
    """``story_keys`` plus one key shared by entries whose texts are near-duplicates (the
    same article with another outlet's footer, or a few words changed).

    Only the body is compared: outlets retitle what they syndicate, and titles already
    have their own key.
    """
    prints = [_marks(entry).fingerprint for entry in entries]
    groups = dedupe.near_duplicate_groups(prints, max_distance)
    group_of = {entry.item_id: group for entry, group, printed in zip(
        entries, groups, prints, strict=True) if printed is not None}

    def keys(entry: DigestEntry) -> tuple[str, ...]:
        group = group_of.get(entry.item_id)
        near = () if group is None else (f"text:{entries[group].item_id}",)
        return (*story_keys(entry), *near)

    return keys


def _marks(entry: DigestEntry) -> dedupe.StoryMarks:
    if entry.marks is not None:
        return entry.marks
    # ``text`` is title + blank line + body when the item had a title (see ``_entry``).
    return dedupe.story_marks(entry.url, entry.title,
                              entry.text.removeprefix(f"{entry.title}\n\n"))


def merge_same_story(
    entries: list[DigestEntry], keys: StoryKeys = story_keys
) -> list[DigestEntry]:
    """One entry per story, the first one kept (sort first: it is the most severe, newest).

    The other sources carrying the story go in ``also_at``; the entities they mention are
    added, so a route for a school still gets a story that only one copy names it in.
    """
    index_of: dict[str, int] = {}
    merged: list[DigestEntry] = []
    for entry in entries:
        entry_keys = keys(entry)
        found = next((index_of[k] for k in entry_keys if k in index_of), None)
        if found is None:
            found = len(merged)
            merged.append(entry)
        else:
            merged[found] = _absorb(merged[found], entry)
        for key in entry_keys:
            index_of.setdefault(key, found)
    return merged


def _absorb(kept: DigestEntry, other: DigestEntry) -> DigestEntry:
    also_at = kept.also_at
    if other.source_name != kept.source_name and other.source_name not in also_at:
        also_at = (*also_at, other.source_name)
    return replace(
        kept,
        also_at=also_at,
        entities=_union(kept.entities, other.entities),
        entity_ids=_union(kept.entity_ids, other.entity_ids),
    )


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*first, *second)))


def load_entries(
    session: Session, config: VeilleConfig, items: Iterable[Item]
) -> list[DigestEntry]:
    """Stored items as entries, with display names for their entities and source."""
    return entries_of(session, config, [repo.item_values(item) for item in items])


def entries_of(
    session: Session, config: VeilleConfig, items: Iterable[repo.FlaggedItem]
) -> list[DigestEntry]:
    """Flagged items (as values) as entries, with display names for entities and source."""
    names = {e.id: e.name for e in config.watched}
    sources = {s.id: s.name for s in session.scalars(select(Source))}
    return [_entry(item, names, sources) for item in items]


def _entry(
    item: repo.FlaggedItem, names: dict[str, str], sources: dict[str, str]
) -> DigestEntry:
    title = item.title or ""
    entity_ids = item.entity_ids
    return DigestEntry(
        item_id=item.id,
        title=title or "(sans titre)",
        url=item.url,
        source_name=sources.get(item.source_id, item.source_id),
        author=item.author,
        published_at=item.published_at,
        fetched_at=item.fetched_at,
        entities=tuple(names.get(e, e) for e in entity_ids),
        severity=severity_of(item.severity or "low"),
        flags=_digest_flags(item.flags),
        text=f"{title}\n\n{item.text or ''}" if title else (item.text or ""),
        entity_ids=entity_ids,
        marks=item.marks,
    )


def _digest_flags(flags: Iterable[repo.StoredFlag]) -> tuple[DigestFlag, ...]:
    """Most severe first, then highest score."""
    return tuple(
        DigestFlag(f.category, f.score, severity_of(f.severity),
                   tuple(DigestEvidence(*span) for span in f.evidence))
        for f in sorted(flags, key=lambda f: (severity_of(f.severity).rank, -f.score)))


def _scope(config: VeilleConfig, route: RouteConfig) -> DigestScope:
    names = {e.id: e.name for e in config.watched}
    return DigestScope(tuple(names.get(e, e) for e in route.entities), tuple(route.categories))


def _health(source: Source) -> SourceHealth:
    return SourceHealth(
        source.id,
        source.name,
        source.failing_since,
        source.last_error,
        source.consecutive_failures,
        source.last_success_at,
        source.last_warning,
    )
