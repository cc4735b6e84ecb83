"""Polling one source: fetch -> parse -> analyse -> store. Never two polls of one source at
once (a lease in the database), and a failing source is recorded and backed off, never
raised to the caller: one bad source must not stop the others."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy.orm import Session, sessionmaker

from connectors import registry
from connectors.base import Connector, Fetched, ItemDraft, NotModified, SourceState
from connectors.http import Http
from worker.analyse import Analyser, analyse_item
from worker.config import SourceConfig, connector_options
from worker.errors import SourceError, TransientSourceError
from worker.review.exceptions import ExceptionSpec
from worker.store import repository as repo
from worker.store import reviews

log = logging.getLogger(__name__)

# A poll is bounded by the HTTP layer's 30 s deadline; the lease outlives it widely, and is
# how long a poll that died with its worker keeps others off the source. Tests shorten it.
LEASE_TTL = timedelta(seconds=float(os.environ.get("VEILLE_LEASE_SECONDS", "600")))
MAX_BACKOFF = timedelta(hours=6)

PollStatus = Literal["ok", "not_modified", "failed", "busy", "unknown"]


@dataclass(frozen=True)
class PollResult:
    source_id: str
    status: PollStatus
    fetched: int = 0
    new: int = 0
    mentions: int = 0
    flagged_ids: tuple[int, ...] = ()
    error: str | None = None


def next_delay(every: timedelta, failures: int, retry_after: float | None = None) -> timedelta:
    """When to try a source again: its interval, doubled per consecutive failure (capped),
    and never sooner than the server asked (Retry-After)."""
    backoff = min(every * (1 << min(max(failures - 1, 0), 20)), max(MAX_BACKOFF, every))
    if retry_after is not None:
        backoff = max(backoff, timedelta(seconds=retry_after))
    return backoff


# What the reviewers' exceptions are now; a batch of polls reads them once (see tasks).
ExceptionsReader = Callable[[Session], tuple[ExceptionSpec, ...]]


def poll_source(
    source: SourceConfig, *, sessions: sessionmaker[Session], analyser: Analyser, http: Http,
    now: datetime, poll_id: str | None = None, lease: repo.Lease | None = None,
    exceptions: ExceptionsReader = reviews.active_exceptions,
) -> PollResult:
    """Poll ``source`` once, if no other poll of it is running. ``poll_id`` (the task id)
    lets a redelivered task take over the lease its dead first run left behind.

    Args:
        lease: the source's lease, when the caller took it (``lease_sources``, for a batch).

    Returns:
        What happened; a failure of the source is a result (``status="failed"``), not an error.
    Raises:
        Exception: only bugs (anything that is not a ``VeilleError``), after recording them.
    """
    with sessions() as session:
        if lease is None:
            lease = repo.acquire_lease(session, source.id, now, LEASE_TTL, poll_id)
        if lease is None:
            if repo.get_source(session, source.id) is None:
                return PollResult(source.id, "unknown")
            log.info("source %s: a poll is already running, skipped", source.id)
            return PollResult(source.id, "busy")
        try:
            # Every way out of _poll_leased records the poll and ends the lease with it.
            return _poll_leased(session, source, lease, analyser, http, now, exceptions)
        except BaseException:
            # A statement that failed (the database went away mid-poll) leaves the transaction
            # unusable: without this rollback the release below would raise PendingRollbackError,
            # which hides the database error the task retries on.
            session.rollback()
            repo.release_lease(session, source.id, lease.token)
            raise


def lease_sources(sessions: sessionmaker[Session], source_ids: Sequence[str], now: datetime,
                  poll_id: str) -> dict[str, repo.Lease]:
    """The leases of a batch of polls, taken in one statement (``poll_source``'s ``lease``):
    a source left out is being polled by someone else, or is not in the table yet."""
    with sessions() as session:
        return repo.acquire_leases(session, source_ids, now, LEASE_TTL, poll_id)


def _poll_leased(
    session: Session, source: SourceConfig, lease: repo.Lease, analyser: Analyser, http: Http,
    now: datetime, exceptions: ExceptionsReader,
) -> PollResult:
    # No transaction is open here (acquire_lease committed): none is held through the fetch.
    state = SourceState(source.id, lease.etag, lease.last_modified, source.allow_private_network)
    connector = registry.get(source.connector)
    options = connector_options(source)
    try:
        fetched = connector.fetch(options, state, http)
        drafts, warnings = read_drafts(connector, options, fetched)
    except NotModified:
        repo.record_success(session, source.id, now, now + source.every, state.etag,
                            state.last_modified, lease_token=lease.token)
        return PollResult(source.id, "not_modified")
    except SourceError as exc:
        return _record_failure(session, source, lease, exc, now)
    except Exception as exc:
        _record_failure(session, source, lease, exc, now)
        raise
    # Only new items are analysed: most of a busy feed is already stored. Reviewers'
    # exceptions change between polls; read them once per poll, and only when needed.
    fresh = [item for item in (d.build() for d in repo.unseen_items(session, source.id, drafts))
             if item is not None]
    if fresh:
        analyser = replace(analyser, exceptions=exceptions(session))
    analysed = [analyse_item(r, analyser, source.id, source.local) for r in fresh]
    saved = repo.save_items(session, source.id, analysed, now, commit=False)
    # Committed with the items: they are stored if and only if the poll is recorded. A
    # connector that read around a problem says so (ParsedItems); IT sees it in the digest.
    repo.record_success(session, source.id, now, now + source.every, fetched.etag,
                        fetched.last_modified, warnings=warnings, lease_token=lease.token)
    log.info("source %s: %d items, %d new, %d mentions, %d flagged", source.id, len(drafts),
             len(saved.new_ids), saved.mentions, len(saved.flagged_ids))
    return PollResult(source.id, "ok", len(drafts), len(saved.new_ids), saved.mentions,
                      tuple(saved.flagged_ids))


def read_drafts(connector: Connector, options: Any, fetched: Fetched
                ) -> tuple[list[ItemDraft], Sequence[str]]:
    """The fetched items as drafts, and what the connector had to work around. A connector
    that can read keys before text (``drafts``, the feeds) lets the poll skip the text of
    the items it has already; any other is parsed in full."""
    drafts = getattr(connector, "drafts", None)
    if drafts is not None:
        found, warnings = drafts(options, fetched)
        return list(found), warnings
    parsed = connector.parse(options, fetched)
    return [ItemDraft.ready(item) for item in parsed], getattr(parsed, "warnings", ())


def _record_failure(
    session: Session, source: SourceConfig, lease: repo.Lease, exc: Exception, now: datetime
) -> PollResult:
    session.rollback()
    if isinstance(exc, SourceError):
        message = str(exc)
        log.warning("source %s failed: %s", source.id, message)
    else:
        message = f"erreur interne ({type(exc).__name__}) : voir les journaux du worker"
        log.exception("source %s: unexpected error (bug)", source.id)
    retry_after = exc.retry_after if isinstance(exc, TransientSourceError) else None
    delay = next_delay(source.every, lease.consecutive_failures + 1, retry_after)
    repo.record_failure(session, source.id, now, message, now + delay, lease_token=lease.token)
    return PollResult(source.id, "failed", error=message)
