"""Prometheus metrics.

Celery runs tasks in several processes, so counters use prometheus_client's multiprocess
mode: every process writes to ``PROMETHEUS_MULTIPROC_DIR`` (``<data dir>/metrics`` by default,
set before prometheus_client is imported) and ``veille metrics`` serves the sum, plus gauges
read at scrape time (queue depth, failing sources).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from worker.settings import Settings

if TYPE_CHECKING:
    from prometheus_client import CollectorRegistry
    from prometheus_client.metrics_core import Metric

    from worker.pipeline import PollResult
    from worker.runtime import Runtime

_BUCKETS = (0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


def use_metrics_dir(settings: Settings) -> Path:
    """Point prometheus_client at the shared folder; call before importing it."""
    folder = Path(os.environ.setdefault("PROMETHEUS_MULTIPROC_DIR",
                                        str((settings.data_dir / "metrics").resolve())))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class _Metrics:
    """Created on first use, so the multiprocess folder is chosen before the import."""

    def __init__(self) -> None:
        folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
        if folder:  # it may have been removed since it was chosen (a cleaned data dir)
            Path(folder).mkdir(parents=True, exist_ok=True)
        from prometheus_client import Counter, Histogram

        self.fetched = Counter("veille_items_fetched", "Items read from a source", ["source"])
        self.new = Counter("veille_items_new", "Items stored for the first time", ["source"])
        self.flagged = Counter("veille_items_flagged", "New items flagged", ["source"])
        self.polls = Counter("veille_polls", "Polls by outcome", ["source", "status"])
        self.errors = Counter("veille_poll_errors", "Failed polls", ["source"])
        self.latency = Histogram("veille_poll_duration_seconds", "Poll duration", ["source"],
                                 buckets=_BUCKETS)
        self.digests = Counter("veille_digests", "Digest runs by outcome", ["status"])


_metrics: _Metrics | None = None
_creating = threading.Lock()


def _get() -> _Metrics:
    # Threads (run --once) must not create the metrics twice: in multiprocess mode a second
    # set would map the same files again and one set's counts would be lost.
    global _metrics
    with _creating:
        if _metrics is None:
            _metrics = _Metrics()
        return _metrics


def record_poll(result: PollResult, seconds: float) -> None:
    metrics, source = _get(), result.source_id
    metrics.polls.labels(source, result.status).inc()
    metrics.latency.labels(source).observe(seconds)
    metrics.fetched.labels(source).inc(result.fetched)
    metrics.new.labels(source).inc(result.new)
    metrics.flagged.labels(source).inc(len(result.flagged_ids))
    if result.status == "failed":
        metrics.errors.labels(source).inc()


def record_digest(status: str) -> None:
    _get().digests.labels(status).inc()


class StateCollector:
    """Gauges read when Prometheus scrapes: queue depth and failing sources."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    def collect(self) -> Iterator[Metric]:
        from prometheus_client.core import GaugeMetricFamily

        from worker.store import repository as repo

        depth = GaugeMetricFamily("veille_queue_depth", "Tasks waiting in the broker queue")
        depth.add_metric([], self._queue_depth())
        yield depth
        failing = GaugeMetricFamily("veille_source_failing",
                                    "Consecutive failures of failing sources", labels=["source"])
        with self.runtime.sessions() as session:
            for source in repo.failing_sources(session):
                failing.add_metric([source.id], source.consecutive_failures)
        yield failing

    def _queue_depth(self) -> float:
        url = self.runtime.settings.broker_url
        if not url.startswith(("redis://", "rediss://")):
            return float("nan")
        import redis

        return float(redis.Redis.from_url(url, socket_timeout=5).llen("celery"))


def make_registry(runtime: Runtime) -> CollectorRegistry:
    """The registry ``veille metrics`` serves: every process's counters plus live gauges."""
    folder = use_metrics_dir(runtime.settings)
    from prometheus_client import CollectorRegistry
    from prometheus_client.multiprocess import MultiProcessCollector

    registry = CollectorRegistry()
    MultiProcessCollector(registry, path=str(folder))  # type: ignore[no-untyped-call]
    registry.register(StateCollector(runtime))
    return registry


def serve(runtime: Runtime, host: str, port: int) -> None:
    """Serve ``/metrics`` until interrupted."""
    from wsgiref.simple_server import make_server

    from prometheus_client import make_wsgi_app

    app = make_wsgi_app(make_registry(runtime))
    with make_server(host, port, app) as server:
        server.serve_forever()
