"""``veille run --once``: every enabled source polled once, with progress and a summary."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime

from worker import pipeline
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
        futures = [
            pool.submit(pipeline.poll_source, s, sessions=runtime.sessions,
                        analyser=runtime.analyser, http=runtime.http, now=now)
            for s in sources
        ]
        for done, future in enumerate(as_completed(futures), 1):
            result = future.result()
            summary.results.append(result)
            progress(f"[{done}/{len(sources)}] {result.source_id} : {_describe(result)}")
    return summary


def _describe(result: PollResult) -> str:
    if result.status == "failed":
        return f"ÉCHEC — {result.error}"
    if result.status == "not_modified":
        return "inchangée (304)"
    if result.status == "busy":
        return "déjà en cours ailleurs, ignorée"
    return (f"{result.fetched} élément(s), {result.new} nouveau(x), {result.mentions} "
            f"mention(s), {len(result.flagged_ids)} signalé(s)")
