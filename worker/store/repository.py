"""Intent-shaped storage operations. Every write is idempotent, because with late acks a task
may run twice: items are inserted with ON CONFLICT DO NOTHING, leases and digest claims are
conditional UPDATEs that only one caller can win."""

from __future__ import annotations

import secrets
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol, TypeVar, cast

from sqlalchemy import (
    Insert,
    Select,
    Table,
    and_,
    bindparam,
    case,
    func,
    insert,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from worker.analyse import AnalysedItem
from worker.canonical import canonical_url
from worker.charter.model import CategoryFlag
from worker.config import SourceConfig
from worker.dedupe import StoryMarks, story_marks
from worker.store.models import AlertRun, Base, DigestRun, Flag, Item, Mention, Review, Source

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


# --- sources -----------------------------------------------------------------------------

def sync_sources(session: Session, sources: Sequence[SourceConfig], now: datetime) -> None:
    """Make the sources table match the config: new sources are due now, removed ones idle."""
    existing = {s.id: s for s in session.scalars(select(Source))}
    for config in sources:
        row = existing.pop(config.id, None)
        if row is None:
            session.add(
                Source(id=config.id, connector=config.connector, name=config.label,
                       active=config.enabled, next_poll_after=now, consecutive_failures=0)
            )
        else:
            row.connector, row.name, row.active = config.connector, config.label, config.enabled
    for row in existing.values():
        row.active = False
    session.commit()


def reserve_due_sources(
    session: Session, now: datetime, intervals: dict[str, timedelta]
) -> list[str]:
    """Ids of active sources whose poll is due, pushed to their next slot so that a queue
    backlog never holds two polls of one source. ``intervals`` maps id -> poll interval;
    the ids come back in its order.

    One ``UPDATE … RETURNING`` per distinct interval (a handful), not one per source: the
    check and the push are one statement, so two ticks racing cannot both reserve a source.
    """
    by_interval: dict[timedelta, list[str]] = defaultdict(list)
    for source_id, interval in intervals.items():
        by_interval[interval].append(source_id)
    reserved: set[str] = set()
    for interval, ids in by_interval.items():
        reserved.update(session.scalars(
            update(Source)
            .where(Source.active.is_(True), Source.id.in_(ids),
                   or_(Source.next_poll_after.is_(None), Source.next_poll_after <= now),
                   or_(Source.lease_until.is_(None), Source.lease_until < now))
            .values(next_poll_after=now + interval)
            .returning(Source.id)
        ))
    session.commit()
    return [source_id for source_id in intervals if source_id in reserved]


@dataclass(frozen=True)
class Lease:
    """A poll's hold on its source, with what the poll needs of the source's row."""

    token: str
    etag: str | None
    last_modified: str | None
    consecutive_failures: int


def acquire_lease(session: Session, source_id: str, now: datetime, ttl: timedelta,
                  token: str | None = None) -> Lease | None:
    """The lease if this caller may poll the source now; None if another poll holds it, or
    the source is not in the table. One statement: it takes the lease and reads the row.

    Args:
        token: who polls (the Celery task id). A lease held under the same token is taken
            over: a message redelivered after its worker died polls at once instead of
            waiting for the dead run's lease to expire.
    """
    token = token or secrets.token_hex(16)
    return acquire_leases(session, [source_id], now, ttl, token).get(source_id)


def acquire_leases(session: Session, source_ids: Sequence[str], now: datetime,
                   ttl: timedelta, token: str) -> dict[str, Lease]:
    """``acquire_lease`` for many sources in one statement (a batch of polls): the leases
    taken, by source id. A source left out is held by another poll, or not in the table."""
    if not source_ids:
        return {}
    rows = session.execute(_ACQUIRE_LEASES, {"source_ids": list(source_ids), "now": now,
                                             "until": now + ttl, "token": token}).all()
    session.commit()
    return {row.id: Lease(token, row.etag, row.last_modified, row.consecutive_failures)
            for row in rows}


def release_lease(session: Session, source_id: str, token: str) -> None:
    session.execute(_RELEASE_LEASE, {"source_id": source_id, "token": token})
    session.commit()


# The statements run on every poll, built once with bind parameters, on the table rather than
# the mapped class: building them and the ORM's bulk-update path cost more than the round trip.
_SOURCES = cast(Table, Source.__table__)
_OUR_LEASE = _SOURCES.c.lease_token == bindparam("token")
# Ends the lease ``token`` holds and leaves anyone else's alone (a poll that outlived its lease
# must not end the next poll's).
_LEASE_ENDED = {"lease_until": case((_OUR_LEASE, None), else_=_SOURCES.c.lease_until),
                "lease_token": case((_OUR_LEASE, None), else_=_SOURCES.c.lease_token)}
_THIS_SOURCE = _SOURCES.c.id == bindparam("source_id")
_LEASE_FREE = or_(_SOURCES.c.lease_until.is_(None), _SOURCES.c.lease_until < bindparam("now"),
                  _OUR_LEASE)
_ACQUIRE_LEASES = (
    update(_SOURCES)
    .where(_SOURCES.c.id.in_(bindparam("source_ids", expanding=True)), _LEASE_FREE)
    .values(lease_until=bindparam("until"), lease_token=bindparam("token"))
    .returning(_SOURCES.c.id, _SOURCES.c.etag, _SOURCES.c.last_modified,
               _SOURCES.c.consecutive_failures)
)
_RELEASE_LEASE = update(_SOURCES).where(_THIS_SOURCE, _OUR_LEASE).values(_LEASE_ENDED)
_SUCCESS: dict[str, Any] = {
    "last_polled_at": bindparam("now"), "last_success_at": bindparam("now"),
    "next_poll_after": bindparam("next_poll"), "etag": bindparam("new_etag"),
    "last_modified": bindparam("new_last_modified"), "failing_since": None, "last_error": None,
    "consecutive_failures": 0}
_RECORD_SUCCESS = update(_SOURCES).where(_THIS_SOURCE).values({**_SUCCESS, **_LEASE_ENDED})
_RECORD_SUCCESS_WITH_WARNING = update(_SOURCES).where(_THIS_SOURCE).values(
    {**_SUCCESS, **_LEASE_ENDED, "last_warning": bindparam("warning")})
_RECORD_FAILURE = update(_SOURCES).where(_THIS_SOURCE).values(
    last_polled_at=bindparam("now"), next_poll_after=bindparam("next_poll"),
    last_error=bindparam("error"),
    failing_since=func.coalesce(_SOURCES.c.failing_since,
                                bindparam("now", type_=_SOURCES.c.failing_since.type)),
    consecutive_failures=_SOURCES.c.consecutive_failures + 1, **_LEASE_ENDED)


def get_source(session: Session, source_id: str) -> Source | None:
    return session.get(Source, source_id)


def record_success(
    session: Session, source_id: str, now: datetime, next_poll_after: datetime,
    etag: str | None, last_modified: str | None, *, warnings: Sequence[str] | None = None,
    lease_token: str | None = None,
) -> None:
    """A poll went through; ``lease_token``, if given, is released in the same statement.

    Args:
        warnings: what a full read of the source had to work around (French), shown to IT
            in the digest; ``[]`` clears them, None (nothing read: 304) keeps them.
    """
    values = {"source_id": source_id, "now": now, "next_poll": next_poll_after,
              "new_etag": etag, "new_last_modified": last_modified, "token": lease_token}
    if warnings is None:
        session.execute(_RECORD_SUCCESS, values)
    else:
        warning = " ; ".join(warnings)[:2000] or None
        session.execute(_RECORD_SUCCESS_WITH_WARNING, {**values, "warning": warning})
    session.commit()


def record_failure(
    session: Session, source_id: str, now: datetime, error: str, next_poll_after: datetime,
    *, lease_token: str | None = None,
) -> None:
    session.execute(_RECORD_FAILURE, {"source_id": source_id, "now": now,
                                      "next_poll": next_poll_after,
                                      "error": error[:2000], "token": lease_token})
    session.commit()


def troubled_sources(session: Session) -> list[Source]:
    """Sources failing, or read only in part at their last poll: IT's list in the digest."""
    return list(session.scalars(
        select(Source).where(Source.active.is_(True), or_(Source.consecutive_failures > 0,
                                                           Source.last_warning.is_not(None)))
        .order_by(Source.failing_since, Source.id)
    ))


def failing_sources(session: Session) -> list[Source]:
    return list(session.scalars(
        select(Source).where(Source.active.is_(True), Source.consecutive_failures > 0)
        .order_by(Source.failing_since, Source.id)
    ))


# --- items ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SavedItems:
    new_ids: list[int]
    mentions: int  # among the new items
    flagged_ids: list[int]


def _insert_ignoring_duplicates(session: Session, model: type[Base]) -> Insert:
    """INSERT … ON CONFLICT DO NOTHING: the database settles races between duplicate tasks."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement: Insert = dialect.insert(model).on_conflict_do_nothing()
    return statement


def save_items(
    session: Session, source_id: str, items: Iterable[AnalysedItem], now: datetime, *,
    commit: bool = True,
) -> SavedItems:
    """Store each item once per source (by guid, and by canonical URL). Items already stored
    are left as they are, so a poll that runs twice stores nothing twice: the unique indexes
    decide (INSERT … ON CONFLICT DO NOTHING), which also settles two polls racing. Callers
    drop known items first (``unseen_items``) so as not to analyse them for nothing.

    Three statements per batch, whatever its size: the new items, their mentions and their
    flags each in one multi-row INSERT (a row at a time, a 500-item feed cost 1,500 round
    trips). ``commit=False`` leaves the transaction open for the caller's next statement.
    """
    batch = list(items)
    ids = _insert_items(session, [_item_values(source_id, a, now) for a in batch])
    new_ids: list[int] = []
    flagged_ids: list[int] = []
    mentions = 0
    mention_rows: list[dict[str, object]] = []
    flag_rows: list[dict[str, object]] = []
    for analysed in batch:
        # pop: two guids that differ only past the stored 1,024 characters are one row.
        item_id = ids.pop(analysed.raw.guid[:1024], None)
        if item_id is None:
            continue  # a concurrent poll stored it first
        new_ids.append(item_id)
        analysis = analysed.analysis
        mentions += bool(analysis.mentions)
        mention_rows.extend({"item_id": item_id, "entity_id": e} for e in analysis.mentions)
        if analysis.verdict is not None:
            flag_rows.extend(_flag_rows(item_id, analysis.verdict.flags))
        if analysis.flagged:
            flagged_ids.append(item_id)
    if mention_rows:
        session.execute(_INSERT_MENTIONS, mention_rows)
    if flag_rows:
        session.execute(_INSERT_FLAGS, flag_rows)
    if commit:
        session.commit()
    return SavedItems(new_ids, mentions, flagged_ids)


def _insert_items(session: Session, rows: list[dict[str, object]]) -> dict[str, int]:
    """Insert ``rows`` (one source's) ignoring those already stored; guid -> id of each row
    inserted. SQLAlchemy sends them as multi-row INSERTs ("insertmanyvalues")."""
    if not rows:
        return {}
    statement = _INSERT_ITEMS[session.get_bind().dialect.name == "postgresql"]
    return {guid: item_id for item_id, guid in session.execute(statement, rows)}


class Keyed(Protocol):
    """What tells whether an item is stored already: a ``RawItem`` or an ``ItemDraft``."""

    @property
    def guid(self) -> str: ...
    @property
    def url(self) -> str | None: ...


KeyedT = TypeVar("KeyedT", bound=Keyed)

_ITEMS = cast(Table, Item.__table__)
# Built once, on the tables: every changed poll stores its new items, and building the
# statements and the ORM's bulk path cost more than sending them.
_INSERT_ITEMS = {
    on_postgresql: (postgresql if on_postgresql else sqlite).insert(_ITEMS)
    .on_conflict_do_nothing().returning(_ITEMS.c.id, _ITEMS.c.guid)
    for on_postgresql in (True, False)}
_INSERT_MENTIONS = insert(cast(Table, Mention.__table__))
_INSERT_FLAGS = insert(cast(Table, Flag.__table__))
# One round trip, one lookup in each unique index. (A single WHERE guid IN … OR
# canonical_url IN … let PostgreSQL's planner leave the indexes at 100k rows: ×2.5.) Built
# once: building it per poll cost as much as running it.
_KNOWN_ITEMS = union_all(
    select(_ITEMS.c.guid, _ITEMS.c.canonical_url).where(
        _ITEMS.c.source_id == bindparam("source_id"),
        _ITEMS.c.guid.in_(bindparam("guids", expanding=True))),
    select(_ITEMS.c.guid, _ITEMS.c.canonical_url).where(
        _ITEMS.c.source_id == bindparam("source_id"),
        _ITEMS.c.canonical_url.in_(bindparam("urls", expanding=True))))


def unseen_items(session: Session, source_id: str, items: Sequence[KeyedT]) -> list[KeyedT]:
    """``items`` less those already stored for the source (by guid or canonical URL) and
    repeats inside the batch, in one indexed query. Checked before analysing: most items of a
    busy feed are known."""
    if not items:
        return []
    urls = [canonical_url(i.url) for i in items]  # once each: it is most of the cost
    guids = [i.guid[:1024] for i in items]  # as stored
    known = session.execute(_KNOWN_ITEMS, {"source_id": source_id, "guids": list(set(guids)),
                                           "urls": list({u for u in urls if u})})
    seen_guids: set[str] = set()
    seen_urls: set[str | None] = set()
    for guid, url in known:
        seen_guids.add(guid)
        seen_urls.add(url)
    unseen = []
    for item, guid, url in zip(items, guids, urls, strict=True):
        if guid in seen_guids or (url and url in seen_urls):
            continue
        seen_guids.add(guid)
        if url:
            seen_urls.add(url)
        unseen.append(item)
    return unseen


def _item_values(source_id: str, analysed: AnalysedItem, now: datetime) -> dict[str, object]:
    raw, analysis = analysed.raw, analysed.analysis
    keep_text = bool(analysis.mentions)  # Law 25: no text for items about no one we watch
    severity = analysis.verdict.severity if analysis.verdict else None
    # Only the digest merges stories, and it shows only flagged items.
    marks = (story_marks(raw.url, raw.title, raw.text) if analysis.flagged
             else StoryMarks(canonical_url(raw.url), None, None))
    return {
        "source_id": source_id, "guid": raw.guid[:1024], "url": raw.url,
        "canonical_url": marks.canonical_url, "title_key": marks.title_key,
        "text_fingerprint": signed64(marks.fingerprint), "kind": raw.kind, "fetched_at": now,
        "published_at": raw.published_at, "matched": keep_text,
        "title": raw.title if keep_text else None, "text": raw.text if keep_text else None,
        "author": (raw.author or "")[:300] or None if keep_text else None,
        "flagged": analysis.flagged, "severity": severity.value if severity else None,
        "flagged_at": now if analysis.flagged else None,
    }


def signed64(value: int | None) -> int | None:
    """An unsigned 64-bit fingerprint as the signed BIGINT both databases store."""
    return value - (1 << 64) if value is not None and value >= 1 << 63 else value


def unsigned64(value: int | None) -> int | None:
    """The fingerprint ``signed64`` stored."""
    return value + (1 << 64) if value is not None and value < 0 else value


def _flag_rows(item_id: int, flags: Iterable[CategoryFlag]) -> list[dict[str, object]]:
    return [
        {"item_id": item_id, "category": flag.category, "score": flag.score,
         "severity": flag.severity.value, "reasons": list(flag.reasons),
         "evidence": [{"start": e.start, "end": e.end, "text": e.text} for e in flag.evidence]}
        for flag in flags
    ]


def flagged_items(session: Session, start: datetime, end: datetime) -> list[Item]:
    """Items flagged in ``[start, end)``, text still present."""
    return list(session.scalars(
        select(Item).where(Item.flagged.is_(True), Item.flagged_at >= start,
                           Item.flagged_at < end)
    ))


@dataclass(frozen=True)
class StoredFlag:
    """A stored flag as plain values; ``evidence`` holds ``(start, end, text)`` spans."""

    category: str
    score: float
    severity: str
    evidence: tuple[tuple[int, int, str], ...]


@dataclass(frozen=True)
class FlaggedItem:
    """A flagged item as plain values: what the digest and the alerts show of it."""

    id: int
    source_id: str
    url: str | None
    title: str | None
    text: str | None
    author: str | None
    severity: str | None
    published_at: datetime | None
    fetched_at: datetime
    entity_ids: tuple[str, ...]  # in the order the store returns them, as ``Item.mentions``
    flags: tuple[StoredFlag, ...]  # in the order the store returns them, as ``Item.flags``
    marks: StoryMarks


def flagged_item_values(session: Session, start: datetime, end: datetime, *,
                        evidence: bool = True) -> list[FlaggedItem]:
    """Items flagged in ``[start, end)`` with their mentions and flags, as values.

    What ``flagged_items`` returns, read in three plain queries instead of through the ORM:
    building 10,000 ``Item`` objects with their flags and mentions took a second.

    Args:
        evidence: False leaves the flags' evidence out (empty): decoding it is most of the
            load, and a digest shows it for its first 50 entries only (``item_flags``).
    """
    in_window = (Item.flagged.is_(True), Item.flagged_at >= start, Item.flagged_at < end)
    window = select(Item.id).where(*in_window)
    mentions: dict[int, list[str]] = {}
    for item_id, entity_id in session.execute(
            select(Mention.item_id, Mention.entity_id).where(Mention.item_id.in_(window))):
        mentions.setdefault(item_id, []).append(entity_id)
    flags = _flags_of(session, window, evidence)
    rows = session.execute(
        select(Item.id, Item.source_id, Item.url, Item.title, Item.text, Item.author,
               Item.severity, Item.published_at, Item.fetched_at, Item.canonical_url,
               Item.title_key, Item.text_fingerprint)
        .where(*in_window).order_by(Item.id))  # ties in the digest's sort keep one order
    return [FlaggedItem(*row[:9], tuple(mentions.get(row.id, ())), tuple(flags.get(row.id, ())),
                        StoryMarks(row[9], row[10], unsigned64(row[11])))
            for row in rows]


def item_flags(session: Session, item_ids: Collection[int]) -> dict[int, tuple[StoredFlag, ...]]:
    """The flags of these items, evidence included, in ``flagged_item_values``' order."""
    if not item_ids:
        return {}
    flags = _flags_of(session, list(item_ids), evidence=True)
    return {item_id: tuple(item_flags) for item_id, item_flags in flags.items()}


def _flags_of(session: Session, items: Select[tuple[int]] | Select[int] | list[int],
              evidence: bool) -> dict[int, list[StoredFlag]]:
    columns = (Flag.item_id, Flag.category, Flag.score, Flag.severity)
    flags: dict[int, list[StoredFlag]] = {}
    if evidence:
        for item_id, *values in session.execute(
                select(*columns, Flag.evidence).where(Flag.item_id.in_(items))
                .order_by(Flag.id)):
            flags.setdefault(item_id, []).append(_stored_flag(*values))
    else:
        for item_id, category, score, severity in session.execute(
                select(*columns).where(Flag.item_id.in_(items)).order_by(Flag.id)):
            flags.setdefault(item_id, []).append(StoredFlag(category, score, severity, ()))
    return flags


def item_values(item: Item) -> FlaggedItem:
    """An ``Item`` loaded through the ORM as the same values ``flagged_item_values`` gives."""
    return FlaggedItem(
        item.id, item.source_id, item.url, item.title, item.text, item.author, item.severity,
        item.published_at, item.fetched_at, tuple(m.entity_id for m in item.mentions),
        tuple(_stored_flag(f.category, f.score, f.severity, f.evidence) for f in item.flags),
        StoryMarks(item.canonical_url, item.title_key, unsigned64(item.text_fingerprint)))


def _stored_flag(category: str, score: float, severity: str,
                 evidence: list[dict[str, Any]]) -> StoredFlag:
    spans = tuple((int(e["start"]), int(e["end"]), str(e["text"])) for e in evidence)
    return StoredFlag(category, score, severity, spans)


def count_quiet_mentions(session: Session, start: datetime, end: datetime) -> int:
    """Items that mention a watched entity, fetched in ``[start, end)``, and raised no flag."""
    return session.scalar(
        select(func.count()).select_from(Item).where(
            Item.matched.is_(True), Item.flagged.is_(False),
            Item.fetched_at >= start, Item.fetched_at < end)
    ) or 0


def purge_texts(session: Session, older_than: datetime, now: datetime) -> int:
    """Law 25 retention: drop titles, texts and authors of items fetched before the cutoff,
    their evidence, and the reviewers' notes on them (notes quote and name people)."""
    result = session.execute(
        update(Item).where(Item.fetched_at < older_than, Item.text_purged_at.is_(None))
        .values(title=None, text=None, author=None, title_key=None, text_fingerprint=None,
                text_purged_at=now)
    )
    purged_now = select(Item.id).where(Item.text_purged_at == now)
    session.execute(update(Flag).where(Flag.item_id.in_(purged_now)).values(evidence=[]))
    session.execute(update(Review).where(Review.item_id.in_(purged_now), Review.note.is_not(None))
                    .values(note=None))
    session.commit()
    return int(result.rowcount)  # type: ignore[attr-defined]


# --- digests ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class DigestClaim:
    run_id: int
    token: str
    window_start: datetime
    window_end: datetime
    message_id: str


def last_digest_end(session: Session, list_key: str) -> datetime | None:
    return session.scalar(
        select(func.max(DigestRun.window_end)).where(
            DigestRun.list_key == list_key, DigestRun.status.in_(("sent", "empty")))
    )


def claim_digest(
    session: Session, list_key: str, period: date, now: datetime, ttl: timedelta,
    message_id: str, first_start: datetime = EPOCH,
) -> DigestClaim | None:
    """The right to send the digest of ``period``; None if it was sent or is being sent.

    The first claim fixes the window (since the last digest of the list, or ``first_start``
    for its first one, until now), so a retry sends the same content. A claim whose holder
    died expires after ``ttl`` and can be taken over.
    """
    token = secrets.token_hex(16)
    start = last_digest_end(session, list_key) or first_start
    session.execute(
        _insert_ignoring_duplicates(session, DigestRun).values(
            list_key=list_key, period=period, status="claimed", window_start=start,
            window_end=now, message_id=message_id, attempts=0, entry_count=0)
    )
    taken = session.execute(
        update(DigestRun)
        .where(DigestRun.list_key == list_key, DigestRun.period == period,
               DigestRun.status == "claimed",
               or_(DigestRun.claimed_until.is_(None), DigestRun.claimed_until < now))
        .values(claimed_until=now + ttl, claim_token=token, attempts=DigestRun.attempts + 1)
    ).rowcount  # type: ignore[attr-defined]
    session.commit()
    if not taken:
        return None
    run = session.scalars(select(DigestRun).where(
        DigestRun.list_key == list_key, DigestRun.period == period)).one()
    return DigestClaim(run.id, token, run.window_start, run.window_end, run.message_id)


def digest_window_end(session: Session, list_key: str, period: date) -> datetime | None:
    """Where the window of the list's digest of ``period`` ends; None if not claimed yet."""
    return session.scalar(select(DigestRun.window_end).where(
        DigestRun.list_key == list_key, DigestRun.period == period))


def digest_needs_sending(session: Session, list_key: str, period: date, now: datetime) -> bool:
    """No run for the period yet, or one whose claim was released or expired."""
    run = session.scalars(select(DigestRun).where(
        DigestRun.list_key == list_key, DigestRun.period == period)).first()
    if run is None:
        return True
    return run.status == "claimed" and (run.claimed_until is None or run.claimed_until < now)


def release_digest(session: Session, claim: DigestClaim, error: str,
                   retry_at: datetime | None = None) -> None:
    """Give the claim back after a failed send: at once, or at ``retry_at`` when a retry is
    scheduled then (until then the digest is not due, so nothing else queues it)."""
    session.execute(
        update(DigestRun).where(DigestRun.id == claim.run_id, DigestRun.claim_token == claim.token)
        .values(claimed_until=retry_at, claim_token=None, last_error=error[:2000])
    )
    session.commit()


def finish_digest(
    session: Session, claim: DigestClaim, now: datetime, entry_count: int, sent: bool
) -> None:
    session.execute(
        update(DigestRun).where(DigestRun.id == claim.run_id)
        .values(status="sent" if sent else "empty", sent_at=now, claimed_until=None,
                entry_count=entry_count, last_error=None)
    )
    session.commit()


def digest_runs(session: Session, list_key: str) -> list[DigestRun]:
    return list(session.scalars(
        select(DigestRun).where(DigestRun.list_key == list_key).order_by(DigestRun.period)))


# --- alerts ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class AlertClaim:
    run_id: int
    item_id: int
    token: str


def has_critical(session: Session, item_ids: Sequence[int]) -> bool:
    """Whether any of ``item_ids`` is flagged critical (worth an immediate alert)."""
    if not item_ids:
        return False
    critical = session.scalar(
        select(func.count()).select_from(Item).where(
            Item.id.in_(list(item_ids)), Item.flagged.is_(True), Item.severity == "critical")
    )
    return bool(critical)


def alert_candidates(session: Session, since: datetime, now: datetime) -> list[Item]:
    """Critical items flagged since ``since`` whose alert was never sent, failed, or is held
    by a live claim; oldest first."""
    open_claim = and_(AlertRun.status == "claimed",
                      or_(AlertRun.claimed_until.is_(None), AlertRun.claimed_until < now))
    return list(session.scalars(
        select(Item).outerjoin(AlertRun, AlertRun.item_id == Item.id)
        .where(Item.flagged.is_(True), Item.severity == "critical", Item.flagged_at >= since,
               or_(AlertRun.id.is_(None), open_claim))
        .order_by(Item.flagged_at, Item.id)
    ))


def claim_alert(
    session: Session, item_id: int, now: datetime, ttl: timedelta
) -> AlertClaim | None:
    """The right to send the alert about ``item_id``; None if it was sent, failed for good,
    or is being sent. A claim whose holder died expires after ``ttl``."""
    token = secrets.token_hex(16)
    session.execute(
        _insert_ignoring_duplicates(session, AlertRun).values(
            item_id=item_id, status="claimed", attempts=0, recipients=0)
    )
    taken = session.execute(
        update(AlertRun)
        .where(AlertRun.item_id == item_id, AlertRun.status == "claimed",
               or_(AlertRun.claimed_until.is_(None), AlertRun.claimed_until < now))
        .values(claimed_until=now + ttl, claim_token=token, attempts=AlertRun.attempts + 1)
    ).rowcount  # type: ignore[attr-defined]
    session.commit()
    if not taken:
        return None
    run_id = session.scalars(select(AlertRun.id).where(AlertRun.item_id == item_id)).one()
    return AlertClaim(run_id, item_id, token)


def release_alert(session: Session, claim: AlertClaim, error: str, give_up: bool) -> None:
    """After a failed send: give the claim back for a retry, or (``give_up``) mark it failed
    so that no sweep tries again (the item still reaches the digest)."""
    session.execute(
        update(AlertRun).where(AlertRun.id == claim.run_id, AlertRun.claim_token == claim.token)
        .values(status="failed" if give_up else "claimed", claimed_until=None,
                claim_token=None, last_error=error[:2000])
    )
    session.commit()


def finish_alert(session: Session, claim: AlertClaim, now: datetime, recipients: int) -> None:
    session.execute(
        update(AlertRun).where(AlertRun.id == claim.run_id)
        .values(status="sent", sent_at=now, claimed_until=None, recipients=recipients,
                last_error=None)
    )
    session.commit()


def alert_runs(session: Session) -> list[AlertRun]:
    return list(session.scalars(select(AlertRun).order_by(AlertRun.id)))
