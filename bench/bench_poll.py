"""Poll cycle: 1,000 feeds behind 100 ms of latency, polled by two real Celery workers.

Run alone: ``.venv/bin/python -m bench.bench_poll [--quick]``

- The feeds are spread over 100 loopback hosts (``127.0.0.2`` …), ten per host, so per-host
  pacing (``VEILLE_MIN_HOST_INTERVAL``, shared through Redis) still allows parallel work.
- Baseline: the same ``Http`` fetching a sample of the feeds one after another (one per
  host, so pacing never waits), scaled to all of them. It only fetches (no parsing, no
  storing), which flatters the baseline, not the cycle.
- Cycle 1, cold start: ``enqueue_due_sources`` fans out ``poll_sources`` messages (8 feeds
  each) to two worker processes (``--pool threads``); it ends when every source has recorded
  its poll.
  Every item is new: fetched, parsed, matched, classified when it names a school, stored.
- Cycle 2, a day's ordinary cycle: every feed has changed since (one new item on top, the
  oldest dropped), so each is fetched in full and parsed, its known items are recognised
  and only the new one is analysed and stored. This is the cycle the target is for: a
  server spends its days on it, while cycle 1 happens once, when a source is added.
- Cycle 3: nothing changed, so every poll is a conditional GET answered 304; the bytes
  the workers received are compared with cycle 1's (counted by the server, headers included).
- Pacing is checked server-side: the request times of each host, from the server's log.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import time
from collections import defaultdict
from dataclasses import dataclass, replace

from sqlalchemy import Engine, func, select, update

from bench.feedhost import FeedHost, Hit, loopback_hosts, serve_feeds
from bench.report import Result, Row, print_result, ratio, si
from bench.services import (
    BROKER_URL,
    Workers,
    cpu_seconds,
    fresh_broker,
    machine_busy_seconds,
    pg_schema,
    program_cpu_seconds,
    scratch_folder,
)
from bench.workload import (
    charter_cases,
    config_data,
    make_items,
    rss,
    seed_learned_model,
    source,
    write_config,
)
from connectors.base import SourceState
from connectors.http import Http, LocalPacer
from worker.store.db import make_engine, upgrade
from worker.store.models import Item, Source

LATENCY = 0.1


@dataclass(frozen=True)
class Params:
    feeds: int = 1000
    hosts: int = 100
    items_per_feed: int = 10
    item_chars: int = 1500
    mention_share: float = 0.1
    min_host_interval: float = 0.25
    workers: int = 2
    threads: int = 32
    batch: int = 4  # VEILLE_POLL_BATCH (its default)
    baseline_sample: int = 100

    @classmethod
    def quick(cls) -> Params:
        return cls(feeds=300, hosts=50, baseline_sample=50)


def publish_feeds(server: FeedHost, params: Params, version: int = 1
                  ) -> list[dict[str, object]]:
    """Serve the feeds; feed ``n`` is on host ``n % hosts``, so consecutive sources (the
    order the fan-out queues them in) are on different hosts. Each new ``version`` puts
    ``version - 1`` new items on top and drops as many of the oldest."""
    rng, cases = random.Random(3), charter_cases()
    sources = []
    for n in range(params.feeds):
        feed_id = f"feed{n:04d}"
        host = server.hosts[n % len(server.hosts)]
        items = make_items(rng, feed_id, params.items_per_feed + version - 1,
                           params.item_chars, params.mention_share, cases)
        body = rss(feed_id, items[::-1][:params.items_per_feed])  # newest first
        sources.append(source(feed_id, server.publish(host, f"/{feed_id}.xml", body, version)))
    return sources


def sequential_baseline(server: FeedHost, sources: list[dict[str, object]], params: Params,
                        ) -> float:
    """Seconds to fetch every feed one after another, from a timed sample."""
    sample = sources[: min(params.baseline_sample, len(server.hosts))]  # one per host
    with Http(pacer=LocalPacer(params.min_host_interval)) as http:
        started = time.perf_counter()
        for entry in sample:
            http.get(str(entry["url"]), SourceState(str(entry["id"]),
                                                    allow_private_network=True))
        elapsed = time.perf_counter() - started
    return elapsed / len(sample) * len(sources)


@dataclass(frozen=True)
class CpuSplit:
    """CPU seconds spent during a cycle, by whom."""

    workers: float
    postgres: float
    redis: float
    feed_server: float  # this process: the feed server's thread, mostly
    machine: float  # every core, everything (the above, and any other load)

    @classmethod
    def now(cls, workers: Workers) -> CpuSplit:
        return cls(sum(cpu_seconds(pid) for pid in workers.pids()),
                   program_cpu_seconds("postgres"), program_cpu_seconds("redis-server"),
                   time.process_time(), machine_busy_seconds())

    def since(self, start: CpuSplit) -> CpuSplit:
        return CpuSplit(self.workers - start.workers, self.postgres - start.postgres,
                        self.redis - start.redis, self.feed_server - start.feed_server,
                        self.machine - start.machine)

    def per_poll(self, polls: int) -> str:
        ms = [1000 * v / polls for v in (self.workers, self.postgres, self.redis,
                                         self.feed_server, self.machine)]
        return ("workers {:.1f}, PostgreSQL {:.1f}, Redis {:.1f}, feed server {:.1f}; "
                "machine {:.1f} ms".format(*ms))


@dataclass(frozen=True)
class Cycle:
    """One cycle: when it started (monotonic), how long it took, the requests it made."""

    started: float
    seconds: float
    hits: list[Hit]
    cpu: CpuSplit | None = None

    def timeline(self) -> str:
        """When the first and the last request reached the server, and the end."""
        if not self.hits:
            return f"no request, done at {self.seconds:.2f} s"
        first = min(h.at for h in self.hits) - self.started
        last = max(h.at for h in self.hits) - self.started
        return (f"first request at {first:.2f} s, last at {last:.2f} s, done at "
                f"{self.seconds:.2f} s")


def run_cycle(engine: Engine, workers: Workers, server: FeedHost, count: int,
              timeout: float = 600) -> Cycle:
    """Make every source due, fan out one poll each, and wait until all have recorded
    their poll (the time is from the fan-out to the last poll recorded)."""
    with engine.begin() as connection:
        connection.execute(update(Source).values(next_poll_after=None, last_polled_at=None))
    client = workers.client()
    cpu = CpuSplit.now(workers)
    started = time.monotonic()
    client.send_task("veille.enqueue_due_sources")
    query = select(func.count()).select_from(Source).where(Source.last_polled_at.is_not(None))
    while time.monotonic() - started < timeout:
        with engine.connect() as connection:
            if connection.execute(query).scalar() == count:
                seconds = time.monotonic() - started
                return Cycle(started, seconds, server.hits_since(started),
                             CpuSplit.now(workers).since(cpu))
        time.sleep(0.05)
    raise TimeoutError(f"cycle not done after {timeout:g} s; see the worker logs")


def pacing(hits: list[Hit]) -> tuple[float, int]:
    """Per host, from the server's clock: the smallest gap between two requests, and the
    most requests seen in any window of one second."""
    times: dict[str, list[float]] = defaultdict(list)
    for hit in hits:
        times[hit.host].append(hit.at)
    min_gap, busiest = float("inf"), 0
    for stamps in times.values():
        stamps.sort()
        min_gap = min([min_gap, *(b - a for a, b in itertools.pairwise(stamps))])
        start = 0
        for end, stamp in enumerate(stamps):
            while stamp - stamps[start] >= 1.0:
                start += 1
            busiest = max(busiest, end - start + 1)
    return min_gap, busiest


def failures(engine: Engine) -> int:
    query = select(func.count()).select_from(Source).where(Source.consecutive_failures > 0)
    with engine.connect() as connection:
        return int(connection.execute(query).scalar() or 0)


def stored_items(engine: Engine) -> int:
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(Item)).scalar() or 0)


def run(quick: bool = False, params: Params | None = None) -> Result:
    """The poll-cycle benchmark; see the module docstring."""
    params = params or (Params.quick() if quick else Params())
    with (scratch_folder("poll") as folder,
          serve_feeds(loopback_hosts(params.hosts), LATENCY) as server,
          pg_schema() as database_url):
        sources = publish_feeds(server, params)
        baseline = sequential_baseline(server, sources, params)
        config = write_config(folder / "veille.yaml", config_data(sources))
        seed_learned_model(folder / "var")
        engine = make_engine(database_url)
        upgrade(engine)  # before the workers, so they do not both migrate
        fresh_broker()
        env = {**os.environ, "VEILLE_CONFIG": str(config), "VEILLE_DATABASE_URL": database_url,
               "VEILLE_BROKER_URL": BROKER_URL, "VEILLE_DATA_DIR": str(folder / "var"),
               "VEILLE_MIN_HOST_INTERVAL": str(params.min_host_interval),
               "VEILLE_POLL_BATCH": str(params.batch)}
        try:
            with Workers(env, folder, params.workers, params.threads) as workers:
                cold = run_cycle(engine, workers, server, params.feeds)
                items, failed_cold = stored_items(engine), failures(engine)
                publish_feeds(server, params, version=2)
                changed = run_cycle(engine, workers, server, params.feeds)
                items_changed = stored_items(engine) - items
                unchanged = run_cycle(engine, workers, server, params.feeds)
                failed = failed_cold + failures(engine)
            if os.environ.get("VEILLE_BENCH_KEEP") == "1":
                (folder / "hits.tsv").write_text("".join(
                    f"{h.at:.4f}\t{h.host}\t{h.path}\t{h.status}\t{h.bytes_out}\n"
                    for h in server.hits))
        finally:
            engine.dispose()
    return _report(params, baseline, Cycles(cold, changed, unchanged),
                   (items, items_changed), failed)


@dataclass(frozen=True)
class Cycles:
    cold: Cycle  # every item new
    changed: Cycle  # every feed changed, one new item each
    unchanged: Cycle  # nothing changed: 304s


def _report(params: Params, baseline: float, cycles: Cycles, stored: tuple[int, int],
            failed: int) -> Result:
    cold, changed, unchanged = cycles.cold, cycles.changed, cycles.unchanged
    bytes_first = sum(h.bytes_out for h in cold.hits)
    bytes_unchanged = sum(h.bytes_out for h in unchanged.hits)
    not_modified = sum(h.status == 304 for h in unchanged.hits)
    min_gap, busiest = pacing(cold.hits + changed.hits + unchanged.hits)
    allowed = round(1 / params.min_host_interval)
    every_item = stored == (params.feeds * params.items_per_feed, params.feeds)
    speedup = baseline / changed.seconds
    sequential = f"{baseline:.1f} s sequential"
    rows = [
        Row(f"poll cycle, {params.feeds} feeds changed (1 new item each)",
            f"{changed.seconds:.2f} s ({params.feeds / changed.seconds:.0f} feeds/s)",
            sequential, ratio(speedup), "≥ 20×", speedup >= 20 and failed == 0 and every_item),
        Row(f"poll cycle, cold start ({params.feeds * params.items_per_feed} items new)",
            f"{cold.seconds:.2f} s ({params.feeds / cold.seconds:.0f} feeds/s)",
            sequential, ratio(baseline / cold.seconds), "", None),
        Row("poll cycle, nothing changed: bytes",
            f"{si(bytes_unchanged, 'B')} ({not_modified}×304)",
            f"{si(bytes_first, 'B')} cycle 1", f"{100 * bytes_unchanged / bytes_first:.2f} %",
            "≤ 1 %", bytes_unchanged <= bytes_first / 100 and not_modified == params.feeds),
        Row("poll cycle, nothing changed: time", f"{unchanged.seconds:.2f} s",
            sequential, ratio(baseline / unchanged.seconds), "", None),
        Row("poll cycle, per-host pacing",
            f"≤ {busiest} req/s per host, min gap {min_gap * 1000:.0f} ms",
            f"{params.min_host_interval * 1000:.0f} ms interval", "",
            f"≤ {allowed} req/s, gap ≥ interval",
            busiest <= allowed and min_gap >= params.min_host_interval),
    ]
    notes = [
        f"poll cycle: {params.feeds} feeds on {params.hosts} loopback hosts, "
        f"{params.items_per_feed} items of ~{params.item_chars} chars each "
        f"({int(params.mention_share * 100)} % name a school and are classified), "
        f"{LATENCY * 1000:.0f} ms latency per response; {params.workers} workers × "
        f"{params.threads} threads, {params.batch} sources per poll message; {stored[0]} items "
        f"stored cold, {stored[1]} in the changed cycle, {failed} failed polls.",
        f"poll cycle baseline: {params.baseline_sample} feeds fetched one after another with "
        f"the same Http (fetch only), scaled ×{params.feeds / params.baseline_sample:g}.",
        f"poll cycle timelines: cold {cold.timeline()}; changed {changed.timeline()}; "
        f"unchanged {unchanged.timeline()}.",
        *(f"poll cycle CPU per poll, {name}: {cycle.cpu.per_poll(params.feeds)}"
          for name, cycle in (("cold", cold), ("changed", changed), ("304", unchanged))
          if cycle.cpu),
        "poll cycle CPU: the machine figure includes any other load; the cycles are "
        "CPU-bound, and on 2 cores a cycle cannot be shorter than machine CPU × feeds / 2.",
        "poll cycle pacing: request arrival times per host on the server's clock. The "
        "shared pacer (Redis) lets one request at a time through to a host, an interval "
        "after the previous one was answered.",
    ]
    return Result(rows, notes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer feeds and hosts")
    parser.add_argument("--threads", type=int, help="threads per worker process")
    parser.add_argument("--batch", type=int, help="sources per poll message")
    args = parser.parse_args()
    params = Params.quick() if args.quick else Params()
    if args.threads:
        params = replace(params, threads=args.threads)
    if args.batch:
        params = replace(params, batch=args.batch)
    result = run(args.quick, params)
    print_result(result)


if __name__ == "__main__":
    main()
