"""Soak test: many sources polled every minute by two workers and beat, for minutes on end.
Not part of the test run: it takes as long as you ask.

Run::

    .venv/bin/python bench/soak.py --sources 1000 --minutes 10     # the figures of the issue
    .venv/bin/python bench/soak.py --sources 200 --minutes 3       # a quick run
    .venv/bin/python bench/soak.py --postgres                      # a fresh PostgreSQL schema

It starts, and stops at the end: a local HTTP server with one RSS feed per source (each feed
publishes one new item a minute and keeps the last five), a config with those sources
(``every: 1m``, ``allow_private_network: true``), its own ``redis-server`` (or
``--broker-url redis://127.0.0.1:6379/13``, which must be empty: the shared Redis is never
flushed), a temporary SQLite database (or a PostgreSQL schema, dropped afterwards), two
workers and beat with a short tick. Every ``--sample`` seconds it reads the queue depth
(``LLEN celery``) and the resident memory of each worker (main process and pool processes).

At the end it stops beat, lets the workers drain the queue, and prints: polls done (feed
requests) against one a minute per source, the gap between two polls of a source, items
stored against the items the feeds served (lost = served but not stored), duplicates (must
be 0), queue depth (max, last, first third against last third: a growing backlog shows
there), and worker memory (first sample after warm-up, last, max). The exit status is 1 when
an item was lost or stored twice, the backlog grew, or the workers fell behind (a source
waited more than 90 s between two polls, at the 95th percentile).

All feeds are on 127.0.0.1 by default, so per-host pacing is off (``--host-interval 0``):
in production the sources are spread over many hosts. ``--hosts N`` serves the feeds from
127.0.0.1 .. 127.0.0.N to try pacing for real.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import redis
import yaml
from sqlalchemy import create_engine, func, select, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run as a script: the repository's packages come first

from tests.support.redisserver import RedisServer  # noqa: E402
from worker.store.db import make_engine, make_session_factory, upgrade  # noqa: E402
from worker.store.models import Item  # noqa: E402

WINDOW = 5  # items a feed keeps: a poll missed for up to 4 minutes loses nothing
WARM_UP = 60.0  # seconds before memory is taken as the baseline (imports, first polls)
DRAIN_SECONDS = 120.0
KEEP_UP_GAP = 90.0  # seconds: a source of "every: 1m" polled at least every minute and a half
PG_URL = os.environ.get("VEILLE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


# --- the feeds ----------------------------------------------------------------------------

@dataclass
class FeedLog:
    """What the feeds served, read back at the end to say what should have been stored."""

    started: float
    served: dict[int, set[int]] = field(default_factory=dict)  # source -> item numbers
    polls: dict[int, list[float]] = field(default_factory=dict)  # source -> request times
    lock: threading.Lock = field(default_factory=threading.Lock)

    def minute(self) -> int:
        return int((time.time() - self.started) // 60)

    def record(self, source: int, items: range | None) -> None:
        with self.lock:
            self.polls.setdefault(source, []).append(time.time())
            if items is not None:
                self.served.setdefault(source, set()).update(items)


def feed_xml(source: int, items: range, started: float) -> bytes:
    """An RSS feed; every seventh item names a watched school, so matching runs too."""
    entries = []
    for k in items:
        school = " à l'École secondaire Hormisdas-Gamelin" if k % 7 == 0 else ""
        entries.append(
            f"<item><guid>s{source}-{k}</guid><title>Nouvelle {source}-{k}{school}</title>"
            f"<link>http://soak.example/{source}/{k}</link>"
            f"<pubDate>{formatdate(started + 60 * k, usegmt=True)}</pubDate>"
            f"<description>Conseil d'établissement, point {k}{school}.</description></item>")
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>Source {source}</title><link>http://soak.example/{source}/</link>"
            f"<description>soak</description>{''.join(entries)}</channel></rss>").encode()


def make_handler(log: FeedLog) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            try:
                source = int(self.path.removeprefix("/feed/").removesuffix(".xml"))
            except ValueError:
                self.send_error(404)
                return
            minute = log.minute()
            etag = f'"{source}-{minute}"'
            if self.headers.get("If-None-Match") == etag:
                log.record(source, None)
                self.send_response(304)
                self.end_headers()
                return
            items = range(max(0, minute - WINDOW + 1), minute + 1)
            body = feed_xml(source, items, log.started)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)
            log.record(source, items)  # served: from now on the worker must store them

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def serve_feeds(hosts: int, log: FeedLog) -> Iterator[list[str]]:
    """One HTTP server per host address; yields their base URLs."""
    servers = [ThreadingHTTPServer((f"127.0.0.{h + 1}", 0), make_handler(log))
               for h in range(hosts)]
    for server in servers:
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield [f"http://127.0.0.{h + 1}:{s.server_address[1]}" for h, s in enumerate(servers)]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def write_config(path: Path, bases: list[str], sources: int) -> None:
    data = {
        "organisation": {"id": "csscv", "name": "Centre de services scolaire au Cœur-des-Vallées",
                         "short_name": "CSSCV", "aliases": ["CSSCV"]},
        "entities": [{"id": "eshg", "name": "École secondaire Hormisdas-Gamelin",
                      "aliases": ["Hormisdas-Gamelin"]}],
        "sources": [{"id": f"s{n}", "connector": "rss", "every": "1m",
                     "url": f"{bases[n % len(bases)]}/feed/{n}.xml",
                     "allow_private_network": True} for n in range(sources)],
        "digest": {"recipients": ["communications@example.org"],
                   "sender": "veille@example.org", "timezone": "America/Toronto"},
        "classification": {"lexicons": str(ROOT / "config" / "charter")},
    }
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


# --- the services ------------------------------------------------------------------------

@contextmanager
def broker(url: str | None, folder: Path) -> Iterator[str]:
    """The soak's own redis-server, or a given Redis database that must be empty."""
    if url:
        client = redis.Redis.from_url(url)
        if client.dbsize():
            raise SystemExit(f"{url} is not empty: the soak never flushes a shared Redis")
        yield url
        return
    with RedisServer(folder, durable=False) as server:
        yield server.url(0)


@contextmanager
def database(postgres: bool, folder: Path) -> Iterator[str]:
    """A migrated, empty database: a SQLite file, or a PostgreSQL schema of its own."""
    if not postgres:
        url = f"sqlite:///{folder / 'veille.sqlite3'}"
    else:
        schema = f"soak_{uuid.uuid4().hex[:10]}"
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f"CREATE SCHEMA {schema}"))
        url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    engine = make_engine(url)
    upgrade(engine)  # once, before the workers: their first tasks must not race migrations
    engine.dispose()
    try:
        yield url
    finally:
        if postgres:
            with admin.connect() as connection:
                connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
            admin.dispose()


class Processes:
    """Workers and beat, each in its own process group and log file."""

    def __init__(self, env: dict[str, str], folder: Path) -> None:
        self.env, self.folder = env, folder
        self.workers: list[subprocess.Popen[bytes]] = []
        self.beat: subprocess.Popen[bytes] | None = None

    def start(self, workers: int, concurrency: int) -> None:
        for n in range(workers):
            self.workers.append(self._celery(f"worker-{n}", "worker",
                                             f"--concurrency={concurrency}",
                                             f"--hostname=soak{n}@%h"))
        self.beat = self._celery("beat", "beat", f"--schedule={self.folder / 'beat-schedule'}")

    def stop_beat(self) -> None:
        if self.beat is not None:
            _stop(self.beat)

    def stop(self) -> None:
        self.stop_beat()
        for proc in self.workers:
            _stop(proc)

    def errors(self) -> int:
        return sum(path.read_text("utf-8", "replace").count(" ERROR ")
                   for path in self.folder.glob("*.log"))

    def _celery(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        with (self.folder / f"{name}.log").open("wb") as log:
            return subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "worker.celery_app", *args,
                 "--loglevel=WARNING"], cwd=ROOT, env=self.env, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


# --- sampling ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Sample:
    at: float  # seconds since start
    queue: int  # messages waiting (LLEN)
    reserved: int  # delivered, not yet acked (prefetched or running)
    rss_mib: tuple[float, ...]  # per worker, main and pool processes together


def tree_rss_mib(pid: int) -> float:
    """Resident memory of ``pid`` and its children, from /proc."""
    pids = [pid]
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rpartition(")")[2].split()[1]) == pid:
                pids.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            continue
    total_kib = 0
    for each in pids:
        try:
            status = Path(f"/proc/{each}/status").read_text()
        except OSError:
            continue
        total_kib += next((int(line.split()[1]) for line in status.splitlines()
                           if line.startswith("VmRSS:")), 0)
    return total_kib / 1024


def take_sample(client: redis.Redis, procs: Processes, started: float) -> Sample:
    return Sample(time.monotonic() - started, int(client.llen("celery")),
                  int(client.hlen("unacked")),
                  tuple(tree_rss_mib(p.pid) for p in procs.workers))


# --- the report --------------------------------------------------------------------------

def stored_items(url: str) -> tuple[dict[int, set[int]], int]:
    """Item numbers stored per source, and how many (source, guid) pairs appear twice."""
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as session:
            rows = session.execute(select(Item.source_id, Item.guid)).all()
            twice = session.execute(
                select(func.count()).select_from(
                    select(Item.source_id, Item.guid).group_by(Item.source_id, Item.guid)
                    .having(func.count() > 1).subquery())).scalar_one()
    finally:
        engine.dispose()
    stored: dict[int, set[int]] = {}
    for source_id, guid in rows:
        stored.setdefault(int(source_id[1:]), set()).add(int(guid.rpartition("-")[2]))
    return stored, int(twice)


def report(args: argparse.Namespace, log: FeedLog, samples: list[Sample], url: str,
           procs: Processes, elapsed: float) -> bool:
    """Print the figures; True when nothing was lost or stored twice and the service kept up."""
    stored, twice = stored_items(url)
    served = sum(len(v) for v in log.served.values())
    kept = sum(len(stored.get(s, set()) & items) for s, items in log.served.items())
    extra = sum(len(items - log.served.get(s, set())) for s, items in stored.items())
    gaps = sorted(b - a for times in log.polls.values() for a, b in itertools.pairwise(times))
    # The queue cannot show a service falling behind (a source is queued again only after
    # its poll ran): the gap between two polls of a source does.
    behind = bool(gaps) and _p95(gaps) > KEEP_UP_GAP
    third = max(len(samples) // 3, 1)
    early = statistics.mean(s.queue for s in samples[:third]) if samples else 0.0
    late = statistics.mean(s.queue for s in samples[-third:]) if samples else 0.0
    grew = late > max(2 * early, args.sources * 0.05)
    polls = sum(len(times) for times in log.polls.values())
    rows = [
        ("polls done (feed requests)", f"{polls}  (one a minute per source: "
                                       f"~{args.sources * elapsed / 60:.0f})"),
        ("gap between polls p50/p95/max", _gaps(gaps)),
        (f"keeps up (gap p95 <= {KEEP_UP_GAP:.0f} s)", "yes" if not behind else "NO"),
        ("items served by the feeds", str(served)),
        ("items stored", f"{kept}  (lost: {served - kept}, never served: {extra})"),
        ("duplicates (source, guid)", str(twice)),
        ("queue depth max / last", f"{max((s.queue for s in samples), default=0)} / "
                                    f"{samples[-1].queue if samples else 0}"),
        ("queue depth 1st third / last third", f"{early:.1f} / {late:.1f}"),
        ("errors in worker logs", str(procs.errors())),
        *((f"worker {n} RSS MiB first/last/max", _memory(samples, n))
          for n in range(args.workers)),
    ]
    print(f"\n== soak: {args.sources} sources, {elapsed / 60:.1f} min, {args.workers} workers "
          f"x {args.concurrency}, beat tick {args.tick:g} s, {args.hosts} host(s) ==")
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    return served == kept and twice == 0 and not grew and not behind


def _p95(ordered: list[float]) -> float:
    return ordered[int(len(ordered) * 0.95)]


def _gaps(gaps: list[float]) -> str:
    if not gaps:
        return "-"
    return f"{statistics.median(gaps):.0f} s / {_p95(gaps):.0f} s / {gaps[-1]:.0f} s"


def _memory(samples: list[Sample], worker: int) -> str:
    warm = [s.rss_mib[worker] for s in samples if s.at >= WARM_UP] or [
        s.rss_mib[worker] for s in samples]
    if not warm:
        return "-"
    return f"{warm[0]:.0f} / {warm[-1]:.0f} / {max(warm):.0f}"


# --- the run -----------------------------------------------------------------------------

def run(args: argparse.Namespace, folder: Path) -> bool:
    log = FeedLog(time.time())
    with serve_feeds(args.hosts, log) as bases, \
            broker(args.broker_url, folder / "redis") as broker_url, \
            database(args.postgres, folder) as url:
        write_config(folder / "veille.yaml", bases, args.sources)
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("VEILLE_", "PROMETHEUS_"))}
        env.update(VEILLE_CONFIG=str(folder / "veille.yaml"), VEILLE_DATABASE_URL=url,
                   VEILLE_BROKER_URL=broker_url, VEILLE_DATA_DIR=str(folder / "var"),
                   VEILLE_BEAT_TICK=str(args.tick),
                   VEILLE_MIN_HOST_INTERVAL=str(args.host_interval),
                   PROMETHEUS_MULTIPROC_DIR=str(folder / "metrics"))
        (folder / "metrics").mkdir()
        procs = Processes(env, folder)
        client = redis.Redis.from_url(broker_url)
        samples: list[Sample] = []
        started = time.monotonic()
        procs.start(args.workers, args.concurrency)
        try:
            while time.monotonic() - started < args.minutes * 60:
                time.sleep(args.sample)
                samples.append(take_sample(client, procs, started))
                _progress(samples[-1], log)
            procs.stop_beat()
            _drain(client)
            elapsed = time.monotonic() - started
        finally:
            procs.stop()
        return report(args, log, samples, url, procs, elapsed)


def _progress(sample: Sample, log: FeedLog) -> None:
    polls = sum(len(times) for times in log.polls.values())
    rss = " ".join(f"{m:.0f}" for m in sample.rss_mib)
    print(f"[{sample.at:5.0f} s] polls {polls:6d}  queue {sample.queue:5d}  "
          f"reserved {sample.reserved:3d}  RSS MiB {rss}", flush=True)


def _drain(client: redis.Redis) -> None:
    """Wait for the queue to empty, so that every poll queued has run before counting."""
    deadline = time.monotonic() + DRAIN_SECONDS
    while time.monotonic() < deadline:
        if client.llen("celery") == 0 and client.hlen("unacked") == 0:
            return
        time.sleep(1)
    print(f"warning: the queue did not drain within {DRAIN_SECONDS:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=4, help="pool processes per worker")
    parser.add_argument("--tick", type=float, default=10, help="beat tick, seconds")
    parser.add_argument("--sample", type=float, default=10, help="seconds between samples")
    parser.add_argument("--hosts", type=int, default=1, choices=range(1, 255),
                        metavar="1..254")
    parser.add_argument("--host-interval", type=float, default=0.0,
                        help="VEILLE_MIN_HOST_INTERVAL (per-host pacing), seconds")
    parser.add_argument("--broker-url", help="an empty Redis db instead of our own server")
    parser.add_argument("--postgres", action="store_true",
                        help=f"a fresh schema in {PG_URL} instead of SQLite")
    parser.add_argument("--keep", action="store_true", help="keep the folder (logs, database)")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="veille-soak-"))
    print(f"soak folder: {folder}")
    try:
        ok = run(args, folder)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print("OK: nothing lost, nothing twice, no growing backlog, kept up" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
