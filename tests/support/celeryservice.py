"""Real Celery worker and beat processes for integration tests, and what the tests read back.

::

    env = service_environment(tmp_path, database_url, broker_url, smtp.url)
    service = Service(env, tmp_path)
    worker = service.start("worker", "--concurrency=1")
    service.start("beat", f"--schedule={tmp_path / 'beat-schedule'}")
    make_client(env).send_task("veille.enqueue_due_sources")
    service.wait_for(lambda: len(items(database_url)) == 4, what="4 stored items")
    service.kill(worker)                       # SIGKILL, the whole process group
    service.stop()

Every wait is bounded and, when it times out, says what it waited for with the logs of every
process of the service, so a failure on CI can be read without running it again.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import redis
from celery import Celery
from sqlalchemy import select

from worker.celery_app import make_celery
from worker.settings import Settings
from worker.store.db import make_engine, make_session_factory, upgrade
from worker.store.models import AlertRun, DigestRun, Item, Source


def wait_for(check: Callable[[], object], timeout: float = 60, what: str = "condition",
             logs: Callable[[], str] | None = None) -> None:
    """Poll ``check`` every 0.2 s until it is truthy.

    Raises:
        AssertionError: after ``timeout`` seconds, naming ``what`` and adding ``logs()``
            (read at that moment, so it holds what happened during the wait).
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    detail = f"\n--- logs ---\n{logs()}" if logs else ""
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}{detail}")


class Service:
    """Worker and beat subprocesses sharing one environment, each logging to its own file.

    Each process leads its own process group, so that ``kill`` takes a prefork worker's
    children down with it, as a container's OOM killer or a power cut would.
    """

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env, self.logs = env, logs
        self.procs: list[subprocess.Popen[bytes]] = []
        self._log_paths: dict[int, Path] = {}

    def start(self, *args: str, **env: str) -> subprocess.Popen[bytes]:
        """``celery -A worker.celery_app <args>`` with the service's environment (plus
        ``env``), logging to ``<logs>/<command>-<n>.log``."""
        path = self.logs / f"{args[0]}-{len(self.procs)}.log"
        log = path.open("wb")
        proc = subprocess.Popen([sys.executable, "-m", "celery", "-A", "worker.celery_app", *args,
                                 "--loglevel=INFO"], env={**self.env, **env}, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        self.procs.append(proc)
        self._log_paths[proc.pid] = path
        return proc

    def kill(self, proc: subprocess.Popen[bytes]) -> None:
        """SIGKILL the process and its children: no shutdown, no ack, no cleanup."""
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    def stop(self) -> None:
        """SIGTERM every process still running (warm shutdown), SIGKILL after 20 s."""
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)

    def log_of(self, proc: subprocess.Popen[bytes]) -> str:
        """What one process (and its pool processes) logged so far."""
        return self._log_paths[proc.pid].read_text("utf-8", "replace")

    def log_text(self) -> str:
        return "\n".join(f"=== {p.name}\n" + p.read_text("utf-8", "replace")
                         for p in sorted(self.logs.glob("*.log")))

    def wait_for(self, check: Callable[[], object], timeout: float = 60,
                 what: str = "condition") -> None:
        """``wait_for`` with this service's logs in the failure message."""
        wait_for(check, timeout, what, self.log_text)


def child_pids(pid: int) -> list[int]:
    """Pids whose parent is ``pid`` (a prefork worker's pool processes), from /proc."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue  # exited while we looked
        if int(fields[1]) == pid:
            children.append(int(stat.parent.name))
    return sorted(children)


def rss_kib(pid: int) -> int:
    """Resident memory of ``pid`` in KiB (0 once it has exited)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def service_environment(tmp_path: Path, database_url: str, broker_url: str,
                        smtp_url: str | None, **extra: str) -> dict[str, str]:
    """The environment of a worker on a fresh broker db and a migrated database.

    The broker db is flushed: it must belong to the test alone (never a shared db 0).
    ``extra`` adds or overrides ``VEILLE_*`` variables.
    """
    flush = redis.Redis.from_url(broker_url, socket_timeout=5)
    flush.flushdb()
    flush.close()
    engine = make_engine(database_url)
    upgrade(engine)  # the tests read the database before the worker first touches it
    engine.dispose()
    env = {**os.environ, "VEILLE_CONFIG": str(tmp_path / "veille.yaml"),
           "VEILLE_DATABASE_URL": database_url, "VEILLE_BROKER_URL": broker_url,
           "VEILLE_DATA_DIR": str(tmp_path / "var"), "VEILLE_BEAT_TICK": "2", **extra}
    if smtp_url:
        env["VEILLE_SMTP_URL"] = smtp_url
    return env


def make_client(env: dict[str, str]) -> Celery:
    """A Celery app configured as the service's, to send tasks to it."""
    settings = Settings(Path(env["VEILLE_CONFIG"]), Path(env["VEILLE_DATA_DIR"]),
                        env["VEILLE_DATABASE_URL"], env["VEILLE_BROKER_URL"], None)
    return make_celery(settings)


def items(database_url: str) -> list[Item]:
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            return list(session.scalars(select(Item)))
    finally:
        engine.dispose()


def digest_runs(database_url: str) -> list[DigestRun]:
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            return list(session.scalars(select(DigestRun)))
    finally:
        engine.dispose()


def sources(database_url: str) -> list[Source]:
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            return list(session.scalars(select(Source)))
    finally:
        engine.dispose()


def alert_runs(database_url: str) -> list[AlertRun]:
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            return list(session.scalars(select(AlertRun)))
    finally:
        engine.dispose()
