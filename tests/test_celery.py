"""The scheduled service for real: a Celery worker (and beat) in subprocesses, on the local
Redis, polling feeds from a local HTTP server and mailing the digest to a local SMTP server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
import redis
from celery import Celery
from sqlalchemy import select

from tests.conftest import base_config, write_config
from tests.pipeline_support import publish, source
from tests.support.feedserver import FeedServer, serve_folder
from tests.support.smtpserver import SmtpSink
from worker.celery_app import make_celery
from worker.settings import Settings
from worker.store.db import make_engine, make_session_factory, upgrade
from worker.store.models import DigestRun, Item

pytestmark = pytest.mark.slow

REDIS_DB = 11
BROKER = f"redis://127.0.0.1:6379/{REDIS_DB}"


def wait_for(check: Callable[[], object], timeout: float = 60, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


class Service:
    """Worker (and optionally beat) subprocesses sharing one environment."""

    def __init__(self, env: dict[str, str], logs: Path) -> None:
        self.env, self.logs, self.procs = env, logs, []  # type: ignore[var-annotated]

    def start(self, *args: str) -> subprocess.Popen[bytes]:
        log = (self.logs / f"{args[0]}-{len(self.procs)}.log").open("wb")
        proc = subprocess.Popen([sys.executable, "-m", "celery", "-A", "worker.celery_app", *args,
                                 "--loglevel=INFO"], env=self.env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append(proc)
        return proc

    def stop(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)

    def log_text(self) -> str:
        return "\n".join(p.read_text("utf-8", "replace") for p in sorted(self.logs.glob("*.log")))


@pytest.fixture
def feeds(tmp_path: Path) -> Iterator[FeedServer]:
    root = tmp_path / "feeds"
    root.mkdir()
    with serve_folder(root) as server:
        yield server


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    sink.start()
    yield sink
    sink.stop()


@pytest.fixture
def service_env(tmp_path: Path, database_url: str, smtp: SmtpSink) -> dict[str, str]:
    redis.Redis.from_url(BROKER).flushdb()
    engine = make_engine(database_url)
    upgrade(engine)  # the tests read the database before the worker first touches it
    engine.dispose()
    return {**os.environ, "VEILLE_CONFIG": str(tmp_path / "veille.yaml"),
            "VEILLE_DATABASE_URL": database_url, "VEILLE_BROKER_URL": BROKER,
            "VEILLE_SMTP_URL": smtp.url, "VEILLE_DATA_DIR": str(tmp_path / "var"),
            "VEILLE_BEAT_TICK": "2"}


@pytest.fixture
def client(service_env: dict[str, str]) -> Celery:
    settings = Settings(Path(service_env["VEILLE_CONFIG"]), Path(service_env["VEILLE_DATA_DIR"]),
                        service_env["VEILLE_DATABASE_URL"], BROKER, None)
    return make_celery(settings)


@pytest.fixture
def service(tmp_path: Path, service_env: dict[str, str]) -> Iterator[Service]:
    svc = Service(service_env, tmp_path)
    yield svc
    svc.stop()


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


def test_worker_polls_classifies_and_mails_one_digest(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink, client: Celery,
    service: Service,
) -> None:
    write_config(tmp_path / "veille.yaml",
                 base_config(sources=[source("echos", publish(feeds, "ecoles.xml"))]))
    service.start("worker", "--concurrency=2")
    client.send_task("veille.enqueue_due_sources")
    wait_for(lambda: len(items(database_url)) == 4, what="4 stored items\n" + service.log_text())
    assert any(i.flagged and i.severity == "critical" for i in items(database_url))

    client.send_task("veille.send_digest")
    wait_for(lambda: smtp.messages, what="the digest email")
    message: EmailMessage = smtp.messages[0]
    assert message["To"] == "communications@example.org"
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Hormisdas-Gamelin" in html and "<script>" not in html

    client.send_task("veille.send_digest")  # the same period again: nothing more is sent
    wait_for(lambda: [r for r in digest_runs(database_url) if r.status == "sent"])
    time.sleep(3)
    assert len(smtp.messages) == 1


def test_digest_survives_an_smtp_outage_and_is_delivered_once(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink, client: Celery,
    service: Service,
) -> None:
    write_config(tmp_path / "veille.yaml", base_config(sources=[]))
    smtp.refuse_next(2)
    service.start("worker", "--concurrency=1")
    client.send_task("veille.send_digest")
    # Two refusals, retried after 30 s then 60 s would be slow; the task's own retry path is
    # what matters, so the test re-sends the task as beat would, each minute, and checks the
    # claim keeps it to one delivery.
    for _ in range(4):
        time.sleep(1.5)
        client.send_task("veille.send_digest")
    wait_for(lambda: smtp.messages, timeout=90, what="the digest after the outage")
    time.sleep(3)
    assert len(smtp.messages) == 1
    [run] = digest_runs(database_url)
    assert run.status == "sent" and run.attempts >= 3


def test_beat_schedules_polls_and_picks_up_config_edits_without_restart(
    tmp_path: Path, database_url: str, feeds: FeedServer, service: Service,
) -> None:
    config = tmp_path / "veille.yaml"
    write_config(config, base_config(sources=[source("echos", publish(feeds, "ecoles.xml"))]))
    service.start("worker", "--concurrency=1")
    service.start("beat", f"--schedule={tmp_path / 'beat-schedule'}")
    wait_for(lambda: len(items(database_url)) == 4, what="beat-driven poll\n" + service.log_text())
    second = publish(feeds, "autre.xml", (feeds.root / "ecoles.xml").read_bytes().replace(
        b"echos-", b"autre-").replace(b"http://echos.example/", b"http://autre.example/"))
    write_config(config, base_config(sources=[source("echos", feeds.url("ecoles.xml")),
                                              source("autre", second)]))
    wait_for(lambda: len(items(database_url)) == 8, what="the new source, polled\n"
             + service.log_text())
    assert feeds.statuses("ecoles.xml") == [200]  # not due again for 15 min
