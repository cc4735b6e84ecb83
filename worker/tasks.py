"""Thin Celery tasks: take ids, read the current config, call one pipeline/digest function."""

from __future__ import annotations

import logging
import os
import secrets
import time
from contextlib import suppress
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any

from celery import Task
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from worker import alerts, metrics, pipeline
from worker.celery_app import TICK_SECONDS, app
from worker.config import SourceConfig
from worker.digest import service as digest_service
from worker.errors import DeliveryError
from worker.review.exceptions import ExceptionSpec
from worker.runtime import Runtime, get_runtime
from worker.store import repository as repo
from worker.store import reviews
from worker.store.db import one_connection

log = logging.getLogger(__name__)

# Seconds before the first retry; each retry waits twice as long as the one before, up to an
# hour. Tests shorten it to live through an hour of SMTP or database outage in seconds.
RETRY_BASE_SECONDS = int(os.environ.get("VEILLE_RETRY_BASE_SECONDS", "30"))
RETRY_MAX_SECONDS = 3600
# The database restarted or is out of reach: the whole task runs again later, which is safe
# because every write is idempotent (the same guarantee late acks already rely on).
DATABASE_DOWN = (OperationalError, InterfaceError)
# A poll records its next slot a moment after the tick that queued it, so that slot falls just
# after a later tick: a source due within half a tick is taken as due, or a source polled
# every minute with a one-minute tick would be polled every other tick.
DUE_SLACK = timedelta(seconds=TICK_SECONDS / 2)
# Sources per poll message. A message costs the worker about a millisecond of CPU (receive,
# decode, trace, ack through Redis), as much as the rest of a 304 poll; one per source was a
# fifth of a cycle's CPU. A batch's sources are polled one after another, so a slow source
# delays the rest of its batch (by the HTTP deadline at worst), and a source whose host
# another thread has just asked holds its thread for the pacing interval while the batch's
# other hosts wait: kept small. On the poll benchmark, 4 against 8: changed cycle 4.77 s
# against 5.1 s, unchanged 3.98 s against 4.47 s (medians of 8 and 6 alternating runs); 2
# and 6 were no better than 4.
POLL_BATCH = int(os.environ.get("VEILLE_POLL_BATCH", "4"))


def backoff(retries: int, cap: int = RETRY_MAX_SECONDS) -> int:
    """Seconds before retry number ``retries + 1``: doubling from the base, capped."""
    return int(min(RETRY_BASE_SECONDS * 2**retries, cap))


def _now() -> datetime:
    return datetime.now(UTC)


@app.task(name="veille.enqueue_due_sources")
def enqueue_due_sources() -> list[str]:
    """Sync the sources with the config and queue a poll of each one that is due, in
    batches of ``POLL_BATCH`` sources per message."""
    runtime = get_runtime()
    config, now = runtime.config, _now()
    intervals = {s.id: s.every for s in config.sources if s.enabled}
    with runtime.sessions() as session:
        repo.sync_sources(session, config.sources, now)
        due = repo.reserve_due_sources(session, now + DUE_SLACK, intervals)
    # One producer (one broker connection) for the whole fan-out, not one per message.
    with poll_sources.app.producer_or_acquire() as producer:
        for batch in batches(due, POLL_BATCH):
            expires = min(intervals[source_id] for source_id in batch).total_seconds()
            poll_sources.apply_async((batch,), expires=expires, producer=producer)
    return due


def batches(source_ids: list[str], size: int) -> list[list[str]]:
    """``source_ids`` cut into lists of at most ``size``, in order."""
    return [source_ids[start:start + size] for start in range(0, len(source_ids), size)]


@app.task(name="veille.poll_sources", bind=True, max_retries=8, autoretry_for=DATABASE_DOWN,
          retry_backoff=RETRY_BASE_SECONDS, retry_backoff_max=RETRY_MAX_SECONDS)
def poll_sources(self: Task, source_ids: list[str]) -> list[dict[str, Any]]:
    """Poll each source of the batch in turn. A source's failures are recorded on it, never
    raised, and a bug in one source's poll does not stop the others (it is raised once they
    are done). A database outage retries the whole batch with backoff: every write is
    idempotent, so the sources already polled are only polled again."""
    runtime = get_runtime()
    with one_connection(runtime.sessions) as sessions:
        outcomes, flagged, bugs = _poll_each(self, runtime, sessions, source_ids)
        if flagged:
            with sessions() as session:
                critical = repo.has_critical(session, flagged)
            if critical:
                send_alerts.delay()  # within seconds, not at the next sweep
    busy = [o["source_id"] for o in outcomes if o["status"] == "busy"]
    if bugs:
        raise bugs[0]
    if busy and (self.request.retries or _redelivered(self)):
        # Another poll of these sources holds their lease, and this message ran before:
        # poll them again once that lease has expired, in case its holder is dead.
        raise self.retry(args=(busy,), countdown=pipeline.LEASE_TTL.total_seconds())
    return outcomes


def _poll_each(task: Task, runtime: Runtime, sessions: sessionmaker[Session],
               source_ids: list[str]) -> tuple[list[dict[str, Any]], list[int], list[Exception]]:
    """Each source polled in turn: what happened to it, the ids flagged, the bugs met."""
    outcomes: list[dict[str, Any]] = []
    bugs: list[Exception] = []
    synced = False
    flagged: list[int] = []
    # The task id is the lease token: a message redelivered after its worker died takes
    # over the leases that run left, instead of waiting out their ten minutes.
    poll_id = task.request.id or secrets.token_hex(16)
    # One config and analyser for the whole batch: checking the files for an edit costs
    # some 100 µs, and a batch is over in seconds.
    loaded = runtime.current()
    configured: dict[str, SourceConfig] = {}
    for source_id in source_ids:
        with suppress(KeyError):
            configured[source_id] = loaded.config.source(source_id)
    # Leases for the whole batch in one statement (one each cost a round trip and a commit,
    # a tenth of a changed poll). A source without one is tried alone below.
    leases = pipeline.lease_sources(sessions, list(configured), _now(), poll_id)
    # Read once for the batch: it lasts seconds, and what the digest and the alerts send is
    # checked against the exceptions of that moment anyway.
    exceptions = _read_once(reviews.active_exceptions)
    for source_id in source_ids:
        source = configured.get(source_id)
        if source is None:
            log.info("source %s is no longer in the config, skipped", source_id)
            outcomes.append({"source_id": source_id, "status": "removed"})
            continue
        started = time.monotonic()
        poll = partial(pipeline.poll_source, source,
                       sessions=sessions, analyser=loaded.analyser, http=runtime.http,
                       poll_id=poll_id, exceptions=exceptions)
        try:
            result = poll(now=_now(), lease=leases.get(source_id))
            if result.status == "unknown" and not synced:
                # Beat's tick keeps the table in step with the config; a poll sent before
                # any tick (by hand, or right after the source was added) syncs it first.
                with sessions() as session:
                    repo.sync_sources(session, runtime.config.sources, _now())
                synced = True
                result = poll(now=_now())
        except DATABASE_DOWN:
            raise
        except Exception as exc:  # a bug, already logged and recorded on the source
            bugs.append(exc)
            outcomes.append({"source_id": source_id, "status": "bug"})
            continue
        metrics.record_poll(result, time.monotonic() - started)
        flagged.extend(result.flagged_ids)
        outcomes.append({"source_id": source_id, "status": result.status, "new": result.new,
                         "flagged": len(result.flagged_ids)})
    return outcomes, flagged, bugs


def _read_once(read: pipeline.ExceptionsReader) -> pipeline.ExceptionsReader:
    """``read``, run on the first call only; later calls return what it returned."""
    found: list[tuple[ExceptionSpec, ...]] = []

    def read_once(session: Session) -> tuple[ExceptionSpec, ...]:
        if not found:
            found.append(read(session))
        return found[0]

    return read_once


@app.task(name="veille.send_due_digests")
def send_due_digests() -> list[str]:
    """Queue today's digest of each recipient list once the local send time has passed and
    that list's digest is not done yet."""
    runtime = get_runtime()
    config, now = runtime.config, _now()
    if not digest_service.is_due(config, now):
        return []
    period = digest_service.local_period(config, now)
    with runtime.sessions() as session:
        due = [key for key in digest_service.list_keys(config)
               if repo.digest_needs_sending(session, key, period, now)]
    for key in due:
        send_digest.delay(period.isoformat(), key)
    return due


@app.task(name="veille.send_digest", bind=True, max_retries=16, autoretry_for=DATABASE_DOWN,
          retry_backoff=RETRY_BASE_SECONDS, retry_backoff_max=RETRY_MAX_SECONDS)
def send_digest(self: Task, period: str | None = None,
                list_key: str = digest_service.MAIN_LIST) -> str:
    """Send one list's digest of one day exactly once; SMTP failures retry with backoff
    (up to ~1 h)."""
    runtime = get_runtime()
    settings = runtime.settings
    day = date.fromisoformat(period) if period else None
    # Known before trying, so that a failed send keeps the digest claimed until the retry:
    # otherwise every beat tick of an SMTP outage would queue it again.
    countdown = backoff(self.request.retries)
    try:
        config = runtime.config  # reloads, and so sets config_error, if the file changed
        problem = runtime.config_error
        outcome = digest_service.send_digest(
            runtime.sessions, config, settings.smtp_url, settings.outbox, _now(),
            list_key, day, config_problem=" ; ".join(map(str, problem.problems)) if problem
            else None, retry_in=timedelta(seconds=countdown))
    except DeliveryError as exc:
        metrics.record_digest("failed")
        if exc.permanent:
            raise
        raise self.retry(exc=exc, countdown=countdown) from exc
    metrics.record_digest(outcome.status)
    return outcome.status


def _redelivered(task: Task) -> bool:
    """Whether the broker gave this message out before (its worker died, or Redis restarted
    before the ack)."""
    return bool((task.request.delivery_info or {}).get("redelivered"))


def _send_alerts_now() -> alerts.AlertsOutcome:
    runtime = get_runtime()
    settings = runtime.settings
    return alerts.send_alerts(runtime.sessions, runtime.config, settings.smtp_url,
                              settings.outbox, _now())


@app.task(name="veille.send_alerts", bind=True, max_retries=5)
def send_alerts(self: Task) -> list[int]:
    """Alert on every critical item not yet alerted (queued by a poll that flagged one).
    SMTP failures retry with backoff; past that, the minute sweep keeps trying."""
    try:
        outcome = _send_alerts_now()
    except DeliveryError as exc:
        if exc.permanent:
            raise
        raise self.retry(exc=exc, countdown=backoff(self.request.retries, 600)) from exc
    return list(outcome.sent)


@app.task(name="veille.sweep_alerts")
def sweep_alerts() -> list[int]:
    """Beat's minute sweep: alerts a crash or an outage left unsent. It does not retry on
    its own (the next sweep is the retry), so an outage cannot pile up retries."""
    try:
        outcome = _send_alerts_now()
    except DeliveryError as exc:
        log.warning("alert sweep stopped: %s", exc)
        return []
    return list(outcome.sent)


@app.task(name="veille.purge_expired_texts")
def purge_expired_texts() -> int:
    """Law 25 retention: forget the texts of items older than the configured number of days."""
    runtime = get_runtime()
    now = _now()
    cutoff = now - runtime.config.retention.item_text_timedelta
    with runtime.sessions() as session:
        return repo.purge_texts(session, cutoff, now)
