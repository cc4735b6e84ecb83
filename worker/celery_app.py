"""The Celery app and its short beat table.

Beat does not hold one entry per source: every minute ``enqueue_due_sources`` reads the
config (so an admin's edit is picked up without a restart) and fans out the due sources,
a ``poll_sources`` message per batch of them; ``send_due_digests`` likewise checks the
configured local send time and fans out one ``send_digest`` per recipient list;
``sweep_alerts`` sends alerts left unsent.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from celery import Celery
from celery.signals import setup_logging, worker_process_init

from worker.metrics import use_metrics_dir
from worker.settings import Settings, load_settings

# Beat's tick; tests shorten it through the environment to see beat work in seconds.
TICK_SECONDS = float(os.environ.get("VEILLE_BEAT_TICK", "60"))
# How long a delivered, unacknowledged message waits before Redis gives it to another worker
# (a worker killed outright never acks). Longer than any task or retry countdown, or a slow
# task would run twice; tests shorten it to see a dead worker's message come back.
VISIBILITY_TIMEOUT = float(os.environ.get("VEILLE_VISIBILITY_TIMEOUT", "3600"))
# Polls mostly wait on the network: VEILLE_WORKER_POOL=threads with --concurrency 16 hides
# that wait in one process per core, for `veille worker` too (see README, "Performance").
WORKER_POOL = os.environ.get("VEILLE_WORKER_POOL", "prefork")


def beat_schedule() -> dict[str, dict[str, Any]]:
    # Each entry expires about when the next tick comes, so a stalled queue does not pile up
    # ticks; never under 5 s, which the embedded broker (polled each second) needs to deliver.
    expiring = {"expires": max(TICK_SECONDS - 5, 5.0)}
    return {
        "enqueue-due-sources": {
            "task": "veille.enqueue_due_sources", "schedule": TICK_SECONDS, "options": expiring,
        },
        "send-due-digests": {
            "task": "veille.send_due_digests", "schedule": TICK_SECONDS, "options": expiring,
        },
        # Polls queue their alerts at once; this catches what a crash or an outage left.
        "sweep-alerts": {
            "task": "veille.sweep_alerts", "schedule": TICK_SECONDS, "options": expiring,
        },
        "purge-expired-texts": {
            "task": "veille.purge_expired_texts", "schedule": 6 * 3600.0,
            "options": {"expires": 3600},
        },
    }


def transport_options(broker_url: str) -> dict[str, Any]:
    """Redis redelivers an unacked task after the visibility timeout; the embedded SQLAlchemy
    broker takes no such option (it would pass it to create_engine and fail)."""
    if broker_url.startswith(("redis://", "rediss://")):
        return {"visibility_timeout": VISIBILITY_TIMEOUT}
    return {}


def make_celery(settings: Settings) -> Celery:
    app = Celery("veille", broker=settings.broker_url, include=["worker.tasks"])
    app.conf.update(
        task_ignore_result=True,
        # A crash mid-task redelivers it; every write is idempotent, so running twice is safe.
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        worker_pool=WORKER_POOL,
        broker_transport_options=transport_options(settings.broker_url),
        broker_connection_retry_on_startup=True,
        task_serializer="json",
        accept_content=["json"],
        timezone="UTC",
        enable_utc=True,
        beat_schedule=beat_schedule(),
        beat_schedule_filename=str(settings.data_dir / "celerybeat-schedule"),
        worker_hijack_root_logger=False,
    )
    return app


_settings = load_settings()
use_metrics_dir(_settings)  # before any import of prometheus_client, in the parent process
app = make_celery(_settings)


@worker_process_init.connect
def _fresh_runtime_per_child(**_: Any) -> None:
    # Database connections must not be shared across fork(): each child builds its own.
    from worker.runtime import set_runtime

    set_runtime(None)


@setup_logging.connect
def _veille_logging(loglevel: int | str | None = None, **_: Any) -> None:
    # Connecting this signal stops Celery from installing its own handlers, so worker and
    # beat log in the same format as the CLI (plain, or JSON with VEILLE_LOG_FORMAT=json).
    from worker.logs import configure_logging

    level = logging.getLevelName(loglevel) if isinstance(loglevel, str) else loglevel
    configure_logging(level if isinstance(level, int) else logging.INFO)
