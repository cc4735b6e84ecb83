"""The scheduled service for real: a Celery worker (and beat) in subprocesses, on the local
Redis, polling feeds from a local HTTP server and mailing the digest to a local SMTP server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest
from celery import Celery
from sqlalchemy.exc import OperationalError

from tests.conftest import base_config, write_config
from tests.pipeline_support import publish, source
from tests.support.celeryservice import (
    Service,
    digest_runs,
    items,
    make_client,
    service_environment,
    wait_for,
)
from tests.support.feedserver import FeedServer
from tests.support.sharedredis import CELERY_BROKER
from tests.support.smtpserver import SmtpSink

pytestmark = pytest.mark.slow


@pytest.fixture
def service_env(tmp_path: Path, database_url: str, smtp: SmtpSink) -> dict[str, str]:
    return service_environment(tmp_path, database_url, CELERY_BROKER, smtp.url)


@pytest.fixture
def client(service_env: dict[str, str]) -> Celery:
    return make_client(service_env)


@pytest.fixture
def service(tmp_path: Path, service_env: dict[str, str]) -> Iterator[Service]:
    svc = Service(service_env, tmp_path)
    yield svc
    svc.stop()


def digests(smtp: SmtpSink) -> list[EmailMessage]:
    """The digests received; the poll of a critical item also sends its alert."""
    return [m for m in smtp.messages if str(m["Message-ID"]).startswith("<digest-")]


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
    wait_for(lambda: digests(smtp), what="the digest email")
    message: EmailMessage = digests(smtp)[0]
    assert message["To"] == "communications@example.org"
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "Hormisdas-Gamelin" in html and "<script>" not in html

    client.send_task("veille.send_digest")  # the same period again: nothing more is sent
    wait_for(lambda: [r for r in digest_runs(database_url) if r.status == "sent"])
    time.sleep(3)
    assert len(digests(smtp)) == 1


def test_digest_survives_an_smtp_outage_and_is_delivered_once(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink, client: Celery,
    service: Service,
) -> None:
    write_config(tmp_path / "veille.yaml", base_config(sources=[]))
    smtp.refuse_next(2)
    # Retries after 1 s then 2 s instead of 30 s then 60 s.
    service.start("worker", "--concurrency=1", VEILLE_RETRY_BASE_SECONDS="1")
    client.send_task("veille.send_digest")
    # Meanwhile the task is sent again, as beat would each minute: while a retry is planned
    # the digest is kept claimed, and the claim keeps it to one delivery.
    for _ in range(4):
        time.sleep(1.5)
        client.send_task("veille.send_digest")
    wait_for(lambda: smtp.messages, timeout=60, what="the digest after the outage")
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


def test_the_embedded_broker_runs_worker_and_beat_with_no_server(
    tmp_path: Path, feeds: FeedServer,
) -> None:
    """What a newcomer gets from `veille run`: SQLite for the data and the broker, no Redis."""
    import os

    write_config(tmp_path / "veille.yaml",
                 base_config(sources=[source("echos", publish(feeds, "ecoles.xml"))]))
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env.update({"VEILLE_CONFIG": str(tmp_path / "veille.yaml"),
                "VEILLE_DATA_DIR": str(tmp_path / "var"), "VEILLE_BEAT_TICK": "2"})
    service = Service(env, tmp_path)
    service.start("worker", "--beat", "--concurrency=1",
                  f"--schedule={tmp_path / 'beat-schedule'}")
    database = f"sqlite:///{tmp_path / 'var' / 'veille.sqlite3'}"
    def polled() -> bool:
        try:
            return len(items(database)) == 4
        except OperationalError:  # the worker has not created the tables yet
            return False

    try:
        service.wait_for(polled, timeout=90, what="4 items polled through the embedded broker")
    finally:
        service.stop()
    assert "sqla+sqlite" in service.log_text()
