"""``veille run --once``: every enabled source polled once, with progress and a summary."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime

from worker import alerts, metrics, pipeline
from worker.config import SourceConfig
from worker.errors import DeliveryError
from worker.pipeline import PollResult
from worker.runtime import Runtime
from worker.store import repository as repo

# Polling is network-bound; a few threads hide latency without hammering anyone (the HTTP
# layer still paces each host).
POLL_THREADS = 4


@dataclass
class RunSummary:
    results: list[PollResult] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(r.status == "failed" for r in self.results)

    def describe(self) -> str:
        ok = len(self.results) - self.failed
        new = sum(r.new for r in self.results)
        mentions = sum(r.mentions for r in self.results)
        flagged = sum(len(r.flagged_ids) for r in self.results)
        return (f"Terminé : {ok} source(s) OK, {self.failed} en échec ; {new} nouvel(s) "
                f"élément(s), {mentions} mention(s), {flagged} signalé(s).")


def run_once(runtime: Runtime, progress: Callable[[str], None]) -> RunSummary:
    config = runtime.config
    now = datetime.now(UTC)
    with runtime.sessions() as session:
        repo.sync_sources(session, config.sources, now)
    sources = [s for s in config.sources if s.enabled]
    summary = RunSummary()
    if not sources:
        progress("Aucune source active dans la configuration.")
        return summary
    with ThreadPoolExecutor(POLL_THREADS) as pool:
        futures = [pool.submit(_timed_poll, runtime, s, now) for s in sources]
        for done, future in enumerate(as_completed(futures), 1):
            result = future.result()
            summary.results.append(result)
            progress(f"[{done}/{len(sources)}] {result.source_id} : {_describe(result)}")
    _send_alerts(runtime, progress)
    return summary


def _send_alerts(runtime: Runtime, progress: Callable[[str], None]) -> None:
    """Alerts for the critical items just found. A failure is reported, not raised: the
    polls are done, and the items reach the digest (and the worker's sweep) anyway."""
    settings = runtime.settings
    try:
        outcome = alerts.send_alerts(runtime.sessions, runtime.config, settings.smtp_url,
                                     settings.outbox, datetime.now(UTC))
    except DeliveryError as exc:
        progress(f"Alertes non envoyées : {exc}")
        return
    if outcome.sent:
        progress(f"Alertes envoyées : {len(outcome.sent)} élément(s) critique(s).")


def _timed_poll(runtime: Runtime, source: SourceConfig, now: datetime) -> PollResult:
    started = time.monotonic()
    result = pipeline.poll_source(source, sessions=runtime.sessions, analyser=runtime.analyser,
                                  http=runtime.http, now=now)
    metrics.record_poll(result, time.monotonic() - started)
    return result


def _describe(result: PollResult) -> str:
    if result.status == "failed":
        return f"ÉCHEC — {result.error}"
    if result.status == "not_modified":
        return "inchangée (304)"
    if result.status == "busy":
        return "déjà en cours ailleurs, ignorée"
    return (f"{result.fetched} élément(s), {result.new} nouveau(x), {result.mentions} "
            f"mention(s), {len(result.flagged_ids)} signalé(s)")
