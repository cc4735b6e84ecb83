"""Thin Celery tasks: take ids, read the current config, call one pipeline/digest function."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Any

from celery import Task

from worker import pipeline
from worker.celery_app import app
from worker.digest import service as digest_service
from worker.errors import DeliveryError
from worker.runtime import get_runtime
from worker.store import repository as repo

log = logging.getLogger(__name__)


def _now() -> datetime:
    return datetime.now(UTC)


@app.task(name="veille.enqueue_due_sources")
def enqueue_due_sources() -> list[str]:
    """Sync the sources with the config and queue a poll of each one that is due."""
    runtime = get_runtime()
    config, now = runtime.config, _now()
    intervals = {s.id: s.every for s in config.sources if s.enabled}
    with runtime.sessions() as session:
        repo.sync_sources(session, config.sources, now)
        due = repo.reserve_due_sources(session, now, intervals)
    for source_id in due:
        poll_source.apply_async((source_id,), expires=intervals[source_id].total_seconds())
    return due


@app.task(name="veille.poll_source")
def poll_source(source_id: str) -> dict[str, Any]:
    """Poll one source; its failures are recorded on it, never raised."""
    runtime = get_runtime()
    try:
        source = runtime.config.source(source_id)
    except KeyError:
        log.info("source %s is no longer in the config, skipped", source_id)
        return {"source_id": source_id, "status": "removed"}
    with runtime.sessions() as session:
        repo.sync_sources(session, runtime.config.sources, _now())
    result = pipeline.poll_source(source, sessions=runtime.sessions, analyser=runtime.analyser,
                                  http=runtime.http, now=_now())
    return {"source_id": source_id, "status": result.status, "new": result.new,
            "flagged": len(result.flagged_ids)}


@app.task(name="veille.send_due_digests")
def send_due_digests() -> str | None:
    """Queue today's digest once the local send time has passed and it is not done yet."""
    runtime = get_runtime()
    config, now = runtime.config, _now()
    if not digest_service.is_due(config, now):
        return None
    period = digest_service.local_period(config, now)
    with runtime.sessions() as session:
        if not repo.digest_needs_sending(session, digest_service.MAIN_LIST, period, now):
            return None
    send_digest.delay(period.isoformat())
    return period.isoformat()


@app.task(name="veille.send_digest", bind=True, max_retries=16)
def send_digest(self: Task, period: str | None = None) -> str:
    """Send one day's digest exactly once; SMTP failures retry with backoff (up to ~1 h)."""
    runtime = get_runtime()
    settings = runtime.settings
    day = date.fromisoformat(period) if period else None
    try:
        outcome = digest_service.send_digest(runtime.sessions, runtime.config, settings.smtp_url,
                                             settings.outbox, _now(), period=day)
    except DeliveryError as exc:
        if exc.permanent:
            raise
        raise self.retry(exc=exc, countdown=min(30 * 2**self.request.retries, 3600)) from exc
    return outcome.status


@app.task(name="veille.purge_expired_texts")
def purge_expired_texts() -> int:
    """Law 25 retention: forget the texts of items older than the configured number of days."""
    runtime = get_runtime()
    now = _now()
    cutoff = now - runtime.config.retention.item_text_timedelta
    with runtime.sessions() as session:
        return repo.purge_texts(session, cutoff, now)
