"""The real services the benchmarks run on: a throw-away PostgreSQL schema, Redis database 14
(the benchmarks' own; no other database is ever flushed), and Celery worker processes whose
memory is read from ``/proc``.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis
from celery import Celery
from sqlalchemy import create_engine, text

from worker.celery_app import make_celery
from worker.settings import Settings

__all__ = ["BROKER_URL", "PG_URL", "Workers", "cpu_seconds", "fresh_broker",
           "machine_busy_seconds", "pg_schema", "program_cpu_seconds", "rss_bytes",
           "scratch_folder", "server_versions"]

PG_URL = os.environ.get("VEILLE_BENCH_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BROKER_URL = os.environ.get("VEILLE_BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")


@contextmanager
def scratch_folder(name: str) -> Iterator[Path]:
    """A temporary folder for configs and worker logs; kept (and named on stderr) when
    ``VEILLE_BENCH_KEEP=1``, to read the logs of a run that went wrong."""
    folder = Path(tempfile.mkdtemp(prefix=f"veille-bench-{name}-"))
    try:
        yield folder
    finally:
        if os.environ.get("VEILLE_BENCH_KEEP") == "1":
            print(f"kept {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def pg_schema() -> Iterator[str]:
    """A database URL whose tables live in a new schema, dropped afterwards."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def fresh_broker() -> redis.Redis:
    """A client on the benchmarks' Redis database, emptied (queues and pacing keys)."""
    client = redis.Redis.from_url(BROKER_URL)
    client.flushdb()
    return client


def server_versions() -> str:
    """PostgreSQL and Redis versions, for the machine line."""
    engine = create_engine(PG_URL)
    try:
        with engine.connect() as connection:
            pg = str(connection.execute(text("SHOW server_version")).scalar()).split()[0]
    finally:
        engine.dispose()
    info = redis.Redis.from_url(BROKER_URL).info("server")
    return f"PostgreSQL {pg}, Redis {info['redis_version']}"


def rss_bytes(pid: int) -> int:
    """Resident memory of ``pid`` (0 once it has exited)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class Workers:
    """``count`` Celery worker processes (``--pool threads``) on the benchmark broker.

    Args:
        env: the environment of the workers (``VEILLE_*``).
        logs: folder for one log file per worker.
        count: worker processes.
        concurrency: threads per process.
    """

    def __init__(self, env: dict[str, str], logs: Path, count: int, concurrency: int) -> None:
        self.env, self.logs = env, logs
        self.count, self.concurrency = count, concurrency
        self.procs: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> Workers:
        for n in range(self.count):
            log = (self.logs / f"worker-{n}.log").open("wb")
            self.procs.append(subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "worker.celery_app", "worker",
                 "--pool", "threads", f"--concurrency={self.concurrency}",
                 "-n", f"bench{n}@%h", "--loglevel=INFO", "--without-gossip",
                 "--without-mingle"],
                env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True))
        self._wait_ready()
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def client(self) -> Celery:
        settings = Settings(Path(self.env["VEILLE_CONFIG"]), Path(self.env["VEILLE_DATA_DIR"]),
                            self.env["VEILLE_DATABASE_URL"], BROKER_URL, None)
        return make_celery(settings)

    def _wait_ready(self, timeout: float = 60) -> None:
        app = self.client()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(app.control.ping(timeout=0.5)) >= self.count:
                return
            if any(p.poll() is not None for p in self.procs):
                break
        raise RuntimeError(f"Celery workers did not start; see {self.logs}/worker-*.log")

    def pids(self) -> list[int]:
        return [p.pid for p in self.procs]

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` (all its threads) so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def program_cpu_seconds(name: str) -> float:
    """User + system CPU time so far of every process whose command name is ``name``
    (``postgres``, ``redis-server``): the services a benchmark shares the machine with."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            head, tail = stat.read_text().rsplit(")", 1)
        except OSError:
            continue  # the process ended meanwhile
        if head.split("(", 1)[1] == name:
            # With its reaped children's: PostgreSQL's backends end, and their time then
            # moves to the postmaster's children fields.
            total += sum(int(field) for field in tail.split()[11:15])
    return total / os.sysconf("SC_CLK_TCK")


def machine_busy_seconds() -> float:
    """CPU seconds spent busy by the whole machine so far, all cores summed."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")
