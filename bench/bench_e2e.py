"""End to end: 50,000 items through two real Celery workers on Redis into PostgreSQL.

Run alone: ``.venv/bin/python -m bench.bench_e2e [--quick]``

100 feeds of 500 items (~1 KB each, every one naming a school, so every item is matched,
classified and stored with its text and mentions: the dearest case; one in twenty is a
labelled charter breach, flagged, some critical enough to alert) are served locally;
``enqueue_due_sources`` fans the polls out to two worker processes (``--pool threads``).
Measured from the fan-out until the last item is stored: items/s, and the resident memory
of each worker, sampled every 0.2 s from ``/proc``.

Baseline: the same pipeline (``pipeline.poll_source``) in this process, one feed after
another, no Celery and no Redis, on a sample of the feeds. The ratio says what two workers
get out of two cores once the broker and the database take their share.

Memory is flat when the peak at the end is within 10 % of the peak at half-way: the first
half warms up (imports, caches, the allocator's arenas reach their high-water mark); a leak
per item or per poll would grow the second half as much as the first.
"""

from __future__ import annotations

import argparse
import os
import random
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, func, select

from bench.feedhost import FeedHost, loopback_hosts, serve_feeds
from bench.report import Result, Row, print_result, ratio
from bench.services import BROKER_URL, Workers, fresh_broker, pg_schema, rss_bytes, scratch_folder
from bench.workload import (
    charter_cases,
    config_data,
    make_items,
    rss,
    seed_learned_model,
    source,
    write_config,
)
from connectors.http import Http
from worker import pipeline
from worker.config import VeilleConfig
from worker.runtime import build_analyser
from worker.settings import Settings
from worker.store.db import make_engine, make_session_factory, upgrade
from worker.store.models import Item

SAMPLE_EVERY = 0.2
FLAT = 1.10


@dataclass(frozen=True)
class Params:
    feeds: int = 100
    items_per_feed: int = 500
    item_chars: int = 1000
    case_share: float = 0.05  # items that breach the charter (the rest is neutral news)
    workers: int = 2
    threads: int = 4
    baseline_feeds: int = 3

    @classmethod
    def quick(cls) -> Params:
        return cls(feeds=20, baseline_feeds=2)


@dataclass(frozen=True)
class Sample:
    at: float  # seconds since the fan-out
    items: int
    rss: tuple[int, ...]  # bytes, per worker


def publish(server: FeedHost, params: Params) -> list[dict[str, object]]:
    rng, cases = random.Random(9), charter_cases()
    sources = []
    for n in range(params.feeds):
        feed_id = f"big{n:03d}"
        body = rss(feed_id, make_items(rng, feed_id, params.items_per_feed, params.item_chars,
                                       1.0, cases, params.case_share))
        host = server.hosts[n % len(server.hosts)]
        sources.append(source(feed_id, server.publish(host, f"/{feed_id}.xml", body)))
    return sources


def in_process(settings: Settings, count: int) -> float:
    """Items/s of the pipeline in this process, polling the first ``count`` sources."""
    from worker.config import load_config

    config: VeilleConfig = load_config(settings.config_path)
    analyser = build_analyser(settings, config)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    sessions = make_session_factory(engine)
    from worker.store import repository as repo

    with sessions() as session:
        repo.sync_sources(session, config.sources, datetime.now(UTC))
    stored = 0
    try:
        with Http(min_interval=0) as http:
            started = time.perf_counter()
            for entry in config.sources[:count]:
                result = pipeline.poll_source(entry, sessions=sessions, analyser=analyser,
                                              http=http, now=datetime.now(UTC))
                stored += result.new
            return stored / (time.perf_counter() - started)
    finally:
        engine.dispose()


def count_items(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(Item)).scalar() or 0)


def run_workers(env: dict[str, str], folder: Path, engine: Engine, params: Params,
                ) -> list[Sample]:
    """Fan the polls out and sample progress and memory until every item is stored."""
    total = params.feeds * params.items_per_feed
    with Workers(env, folder, params.workers, params.threads) as workers:
        samples = [Sample(0.0, 0, tuple(rss_bytes(p) for p in workers.pids()))]
        started = time.monotonic()
        workers.client().send_task("veille.enqueue_due_sources")
        while samples[-1].items < total:
            if time.monotonic() - started > 1200:
                raise TimeoutError("end-to-end run not done after 20 min; see worker logs")
            time.sleep(SAMPLE_EVERY)
            samples.append(Sample(time.monotonic() - started, count_items(engine),
                                  tuple(rss_bytes(p) for p in workers.pids())))
    return samples


def run(quick: bool = False, params: Params | None = None) -> Result:
    """The end-to-end benchmark; see the module docstring."""
    params = params or (Params.quick() if quick else Params())
    with (scratch_folder("e2e") as folder, serve_feeds(loopback_hosts(10), 0.0) as server,
          pg_schema() as database_url, pg_schema() as baseline_url):
        sources = publish(server, params)
        config = write_config(folder / "veille.yaml", config_data(sources))
        seed_learned_model(folder / "var")
        baseline = in_process(Settings(config, folder / "base", baseline_url, "memory://",
                                       None, 0.0), params.baseline_feeds)
        engine = make_engine(database_url)
        upgrade(engine)
        fresh_broker()
        env = {**os.environ, "VEILLE_CONFIG": str(config), "VEILLE_DATABASE_URL": database_url,
               "VEILLE_BROKER_URL": BROKER_URL, "VEILLE_DATA_DIR": str(folder / "var"),
               "VEILLE_MIN_HOST_INTERVAL": "0"}
        try:
            samples = run_workers(env, folder, engine, params)
        finally:
            engine.dispose()
    return _report(params, baseline, samples)


def running_peaks(samples: list[Sample], total: int) -> list[list[int]]:
    """Per worker, the highest RSS seen by the time 25, 50, 75 and 100 % of the items were
    stored."""
    workers = range(len(samples[0].rss))
    return [[max(s.rss[w] for s in samples if s.items <= total * q / 4 or s is samples[0])
             for q in (1, 2, 3, 4)] for w in workers]


def _report(params: Params, baseline: float, samples: list[Sample]) -> Result:
    total = params.feeds * params.items_per_feed
    first_item = next(s.at for s in samples if s.items > 0)
    done = samples[-1].at
    per_second = total / done
    peaks = running_peaks(samples, total)
    growth = max(p[3] / p[1] for p in peaks)

    def mib(values: list[int]) -> str:
        return " / ".join(f"{v / 2**20:.0f}" for v in values) + " MiB"

    rows = [
        Row(f"end to end, {total:,} items", f"{per_second:,.0f} items/s ({done:.0f} s)",
            f"{baseline:,.0f} items/s in-process", ratio(per_second / baseline), "", None),
        Row("end to end, peak RSS per worker", mib([p[3] for p in peaks]),
            f"at half-way {mib([p[1] for p in peaks])}", f"×{growth:.2f} 2nd half",
            f"flat (≤ ×{FLAT})", growth <= FLAT),
    ]
    notes = [
        f"end to end: {params.feeds} feeds × {params.items_per_feed} items of "
        f"~{params.item_chars} chars, every item names a school (classified, text kept), "
        f"{params.case_share:.0%} are labelled charter cases (flagged, alerts sent to the "
        "outbox); "
        f"{params.workers} workers × {params.threads} threads; first item stored after "
        f"{first_item:.1f} s; baseline = pipeline.poll_source in one process, one thread, "
        f"{params.baseline_feeds} feeds.",
        "end to end RSS peak per worker at 25/50/75/100 % of the items: " + "; ".join(
            " → ".join(f"{v / 2**20:.0f}" for v in p) + " MiB" for p in peaks)
        + f" ({len(samples)} samples every {SAMPLE_EVERY:g} s).",
    ]
    return Result(rows, notes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10,000 items instead of 50,000")
    parser.add_argument("--threads", type=int, help="threads per worker process")
    args = parser.parse_args()
    params = Params.quick() if args.quick else Params()
    if args.threads:
        params = replace(params, threads=args.threads)
    result = run(args.quick, params)
    print_result(result)


if __name__ == "__main__":
    main()
