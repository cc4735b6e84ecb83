"""Faults the service survives, each caused for real: a Redis server killed and restarted, a
worker (or one of its pool processes) killed with SIGKILL mid-task, PostgreSQL cut off by a
TCP proxy, an SMTP server refusing connections, a config edited into an invalid state, and
the two daylight-saving changes of the digest's time zone.

The hours of the issue become seconds through the environment the worker reads at start:

===========================  ==========  =======  ==================================================
variable                     production  here     so that
===========================  ==========  =======  ==================================================
VEILLE_RETRY_BASE_SECONDS    30          1        retries wait 1, 2, 4, 8 s instead of 30 s, 1, 2,
                                                  4 min: "refusing for an hour" (7 retries at the
                                                  real base) becomes "refusing for 4 attempts"
VEILLE_VISIBILITY_TIMEOUT    3600        4        the message of a worker killed outright comes
                                                  back after 4 s instead of an hour
VEILLE_LEASE_SECONDS         600         3        the lease of a poll killed with its worker
                                                  expires after 3 s instead of 10 min
VEILLE_BEAT_TICK             60          1        beat ticks every second
VEILLE_MIN_HOST_INTERVAL     1           0        every feed here is on 127.0.0.1
===========================  ==========  =======  ==================================================

The digest claim (15 min, ``worker.digest.service.CLAIM_TTL``) is not configurable: the one
test that needs a dead worker's claim to expire moves ``claimed_until`` into the past, which
is what the clock would do.

Faults are only ever caused on servers the tests start: their own ``redis-server`` (one for
this file, so that two runs at once, or other test files, never share a queue), a proxy in
front of the shared PostgreSQL, their own SMTP server. The shared Redis and PostgreSQL are
never stopped, flushed or reconfigured: others' tests use them.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import re
import shutil
import signal
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml
from sqlalchemy import update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import REPO, base_config, write_config
from tests.pipeline_support import make_runtime, source
from tests.support.celeryservice import (
    Service,
    alert_runs,
    child_pids,
    digest_runs,
    items,
    make_client,
    service_environment,
    wait_for,
)
from tests.support.httpserver import LocalHttpServer, RecordedRequest, Response
from tests.support.redisserver import RedisServer
from tests.support.smtpserver import SmtpSink
from tests.support.tcpproxy import TcpProxy
from worker import runtime as runtime_module
from worker.analyse import analyse
from worker.charter.model import Document
from worker.config import VeilleConfig, parse_config
from worker.digest import service as digest_service
from worker.errors import ConfigError
from worker.runtime import Runtime, set_runtime
from worker.store import repository as repo
from worker.store.db import make_engine, make_session_factory
from worker.store.models import DigestRun

FAST = {"VEILLE_RETRY_BASE_SECONDS": "1", "VEILLE_VISIBILITY_TIMEOUT": "4",
        "VEILLE_LEASE_SECONDS": "3", "VEILLE_BEAT_TICK": "1", "VEILLE_MIN_HOST_INTERVAL": "0"}
VISIBILITY_TIMEOUT = float(FAST["VEILLE_VISIBILITY_TIMEOUT"])
FEED = (REPO / "tests" / "fixtures" / "pipeline" / "ecoles.xml").read_bytes()
FEED_ITEMS = 4
RSS = {"Content-Type": "application/rss+xml"}
# A held answer is let go before the HTTP layer's 20 s read timeout would turn it into an error.
HOLD_SECONDS = 15.0
TORONTO = ZoneInfo("America/Toronto")
SPRING_FORWARD = date(2026, 3, 8)  # 02:00 EST -> 03:00 EDT: a 23-hour day
FALL_BACK = date(2026, 11, 1)  # 02:00 EDT -> 01:00 EST: a 25-hour day


# --- servers and services --------------------------------------------------------------------

class HeldFeed:
    """A feed whose answers wait until ``release()``: while held, a poll is *running*."""

    def __init__(self, server: LocalHttpServer, path: str) -> None:
        self.url = server.url(path)
        self.requests = 0
        self._lock = threading.Lock()  # the server answers each request on its own thread
        self._arrived = threading.Event()
        self._released = threading.Event()
        server.handle(path, self._answer)

    def release(self) -> None:
        self._released.set()

    def arrived(self) -> bool:
        return self._arrived.is_set()

    def _answer(self, _request: RecordedRequest) -> Response:
        with self._lock:
            self.requests += 1
        self._arrived.set()
        self._released.wait(HOLD_SECONDS)
        return Response(200, FEED, RSS)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """Faults of Redis, workers and SMTP do not depend on the database: SQLite is enough."""
    return f"sqlite:///{tmp_path / 'veille.sqlite3'}"


@pytest.fixture
def http() -> Iterator[LocalHttpServer]:
    with LocalHttpServer() as server:
        yield server


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """This file's own Redis (flushed before each test), never killed: the restart test
    starts one more."""
    with RedisServer(tmp_path_factory.mktemp("redis"), durable=False) as server:
        yield server.url(0)


@pytest.fixture
def services(tmp_path: Path, redis_url: str) -> Iterator[Callable[..., Service]]:
    """``services(database_url, broker=..., smtp_url=..., **env)``: a Service with the fast
    timings above; every process started is stopped at the end of the test."""
    started: list[Service] = []

    def make(database_url: str, broker: str = redis_url, smtp_url: str | None = None,
             **env: str) -> Service:
        service = Service(service_environment(tmp_path, database_url, broker, smtp_url,
                                              **{**FAST, **env}), tmp_path)
        started.append(service)
        return service

    yield make
    for service in started:
        service.stop()


def configure(tmp_path: Path, *feeds: dict[str, Any], **overrides: Any) -> Path:
    """Write ``veille.yaml`` with these sources; the digest is due from midnight on, so
    that a test can send it at any hour."""
    digest = {**base_config()["digest"], "send_at": "00:00"}
    return write_config(tmp_path / "veille.yaml",
                        base_config(sources=list(feeds), **{"digest": digest, **overrides}))


def serve_feed(server: LocalHttpServer, path: str) -> str:
    server.route(path, FEED, headers=RSS)
    return server.url(path)


def stored(database_url: str) -> dict[str, int]:
    """Items per source, after checking none is stored twice."""
    rows = [(i.source_id, i.guid) for i in items(database_url)]
    assert len(rows) == len(set(rows)), f"an item was stored twice: {sorted(rows)}"
    counts: dict[str, int] = {}
    for source_id, _ in rows:
        counts[source_id] = counts.get(source_id, 0) + 1
    return counts


def queued_polls(server: RedisServer) -> list[str]:
    """Source ids of the polls waiting in the Redis queue."""
    raw = server.client().lrange("celery", 0, -1)
    messages = [json.loads(m) for m in raw]
    return [source_id for m in messages if m["headers"]["task"] == "veille.poll_sources"
            for source_id in json.loads(base64.b64decode(m["body"]))[0][0]]


def digests(smtp: SmtpSink) -> list[EmailMessage]:
    return [m for m in smtp.messages if str(m["Message-ID"]).startswith("<digest-")]


def retries(log: str, task: str) -> list[str]:
    """The "retry: Retry in Ns: <error>" lines of ``veille.<task>`` in a worker's log."""
    return re.findall(rf"veille\.{task}\[\S+\] retry: (Retry in \d+s: .*)", log)


def expire_digest_claims(database_url: str) -> None:
    """What 15 minutes would do to the claim of a worker that died while sending."""
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            session.execute(update(DigestRun).where(DigestRun.status == "claimed")
                            .values(claimed_until=datetime.now(UTC) - timedelta(seconds=1)))
            session.commit()
    finally:
        engine.dispose()


# --- a worker killed mid-task ----------------------------------------------------------------

@pytest.mark.slow
def test_a_pool_process_killed_mid_poll_is_polled_again_and_stored_once(
    tmp_path: Path, sqlite_url: str, http: LocalHttpServer, services: Callable[..., Service],
) -> None:
    held = HeldFeed(http, "/held.xml")
    configure(tmp_path, source("held", held.url))
    # The production lease (10 min): the redelivered message must take over its dead run's
    # lease (same task id) rather than wait for it to expire.
    service = services(sqlite_url, VEILLE_LEASE_SECONDS="600")
    worker = service.start("worker", "--concurrency=1")
    make_client(service.env).send_task("veille.poll_sources", (["held"],))
    service.wait_for(held.arrived, 30, "the poll to reach the feed")

    [child] = child_pids(worker.pid)
    os.kill(child, signal.SIGKILL)  # the pool process, holding the source's lease
    held.release()

    # The parent requeues the message (reject on worker lost); the new pool process finds the
    # lease held under the message's own task id, takes it over and polls.
    service.wait_for(lambda: stored(sqlite_url) == {"held": FEED_ITEMS}, 30,
                     "the items, polled again by a new pool process")
    assert held.requests == 2
    assert worker.poll() is None, "the worker itself lives on"
    assert "WorkerLostError" in service.log_text()


@pytest.mark.slow
def test_a_worker_killed_mid_poll_is_taken_over_by_a_new_worker(
    tmp_path: Path, sqlite_url: str, http: LocalHttpServer, services: Callable[..., Service],
) -> None:
    held = HeldFeed(http, "/held.xml")
    configure(tmp_path, source("held", held.url))
    service = services(sqlite_url)
    first = service.start("worker", "--concurrency=1")
    make_client(service.env).send_task("veille.poll_sources", (["held"],))
    service.wait_for(held.arrived, 30, "the poll to reach the feed")

    service.kill(first)  # the whole worker: nobody is left to ack or requeue the message
    held.release()
    # A replacement worker (a container restarted) sweeps unacked messages at start; the
    # message is given out again once its visibility timeout has passed.
    time.sleep(VISIBILITY_TIMEOUT + 0.5)
    service.start("worker", "--concurrency=1")

    service.wait_for(lambda: stored(sqlite_url) == {"held": FEED_ITEMS}, 30,
                     "the items, polled by the new worker")
    assert held.requests == 2


# --- Redis restarted -------------------------------------------------------------------------

@pytest.mark.slow
def test_polls_running_and_queued_survive_a_redis_restart_and_beat_carries_on(
    tmp_path: Path, sqlite_url: str, http: LocalHttpServer, services: Callable[..., Service],
) -> None:
    held = HeldFeed(http, "/held.xml")
    # Named so that both databases list them in this order: the held poll runs first, the
    # other waits in the queue behind it (one pool process).
    feeds = [source("a-held", held.url), source("b-queued", serve_feed(http, "/b.xml"))]
    configure(tmp_path, *feeds)
    with RedisServer(tmp_path / "redis") as broker:
        # One source per message, so that one poll runs while the other's message waits.
        service = services(sqlite_url, broker.url(0), VEILLE_POLL_BATCH="1")
        service.start("worker", "--concurrency=1")
        service.start("beat", f"--schedule={tmp_path / 'beat-schedule'}")
        service.wait_for(held.arrived, 30, "the first poll to reach its feed")
        service.wait_for(lambda: "b-queued" in queued_polls(broker), 10, "the second poll queued")

        broker.kill()
        # The running poll finishes while Redis is away, so its ack is lost: Redis still holds
        # the message as delivered-unacked, and gives it out again after the restart.
        held.release()
        wait_for(lambda: stored(sqlite_url) == {"a-held": FEED_ITEMS}, 20,
                 "the running poll to finish", service.log_text)
        time.sleep(VISIBILITY_TIMEOUT)
        broker.start()

        service.wait_for(lambda: stored(sqlite_url).get("b-queued") == FEED_ITEMS, 30,
                         "the queued poll, run after the restart")
        service.wait_for(lambda: held.requests == 2, 30, "the interrupted poll, redelivered")
        # Beat still ticks: a source added now is polled without anyone touching the service.
        configure(tmp_path, *feeds, source("c-after", serve_feed(http, "/c.xml")))
        service.wait_for(lambda: stored(sqlite_url).get("c-after") == FEED_ITEMS, 30,
                         "a source added after the restart, polled")
        assert stored(sqlite_url) == {"a-held": FEED_ITEMS, "b-queued": FEED_ITEMS,
                                      "c-after": FEED_ITEMS}


@pytest.mark.slow
def test_a_worker_killed_while_sending_the_digest_still_sends_it_exactly_once(
    tmp_path: Path, sqlite_url: str, smtp: SmtpSink, services: Callable[..., Service],
) -> None:
    configure(tmp_path)
    with TcpProxy((smtp.host, smtp.port)) as network:
        service = services(sqlite_url, smtp_url=f"smtp://127.0.0.1:{network.port}")
        first = service.start("worker", "--concurrency=1")
        network.pause()  # the SMTP greeting never arrives: the send is under way, and stuck
        make_client(service.env).send_task("veille.send_digest")
        service.wait_for(lambda: network.connections, 30, "the worker to connect to SMTP")
        service.kill(first)
        network.resume()

        time.sleep(VISIBILITY_TIMEOUT + 0.5)
        service.start("worker", "--concurrency=1")
        service.start("beat", f"--schedule={tmp_path / 'beat-schedule'}")
        # The redelivered task and beat both find the dead worker's claim still valid (15 min)
        # and send nothing: the claim is what keeps a digest from going out twice.
        service.wait_for(lambda: "already_done" in service.log_text(), 30,
                         "the redelivered send to find the claim")
        time.sleep(2)
        assert smtp.messages == []
        [run] = digest_runs(sqlite_url)
        assert run.status == "claimed"

        expire_digest_claims(sqlite_url)  # the 15 minutes pass
        service.wait_for(lambda: smtp.messages, 30, "beat to send the digest again")
        time.sleep(3)  # more beat ticks, and nothing more
        assert len(smtp.messages) == 1
        [run] = digest_runs(sqlite_url)
        assert (run.status, run.attempts) == ("sent", 2)



# --- SMTP refusing connections ---------------------------------------------------------------

@pytest.mark.slow
def test_digest_and_alerts_retry_while_smtp_refuses_connections_then_go_out_once(
    tmp_path: Path, sqlite_url: str, http: LocalHttpServer, smtp: SmtpSink,
    services: Callable[..., Service],
) -> None:
    """An hour of refusals is 7 retries at the production base (30 s, doubling); here the
    server refuses until the digest has failed 4 times at a 1 s base, then comes back."""
    configure(tmp_path, source("echos", serve_feed(http, "/echos.xml")))
    with TcpProxy((smtp.host, smtp.port)) as network:
        network.cut()  # nothing listens: every connection is refused
        service = services(sqlite_url, smtp_url=f"smtp://127.0.0.1:{network.port}")
        # One pool process: alerts retrying must not keep the digest from its turn.
        service.start("worker", "--concurrency=1")
        client = make_client(service.env)
        client.send_task("veille.poll_sources", (["echos"],))  # flags a critical item: an alert
        service.wait_for(lambda: alert_runs(sqlite_url), 30, "the alert's first attempt")
        client.send_task("veille.send_digest")
        service.wait_for(lambda: [r for r in digest_runs(sqlite_url) if r.attempts >= 4], 60,
                         "4 refused digest attempts")
        assert smtp.messages == []
        assert all(r.status == "claimed" and r.attempts >= 2 for r in alert_runs(sqlite_url))

        network.restore()
        # The feed has several critical items: more alerts may be claimed after this point,
        # so the count is read again each time.
        service.wait_for(lambda: len(smtp.messages) == 1 + len(alert_runs(sqlite_url))
                         and {r.status for r in alert_runs(sqlite_url)} == {"sent"}, 60,
                         "the digest and the alerts, once the server is back")
        time.sleep(3)  # retries still queued find their claims done and send nothing
    alerted = {r.item_id for r in alert_runs(sqlite_url)}
    [run] = digest_runs(sqlite_url)
    assert run.status == "sent"
    ids = sorted(str(m["Message-ID"]) for m in smtp.messages)
    # The period is the service centre's local day (UTC's date differs in the evening).
    assert ids == sorted([f"<alert-{i}@example.org>" for i in alerted]
                         + [f"<digest-main-{run.period.isoformat()}@example.org>"])
    assert {r.status for r in alert_runs(sqlite_url)} == {"sent"}
    log = service.log_text()
    for task in ("send_digest", "send_alerts"):
        waits = [line.split(":")[0] for line in retries(log, task)]
        # Retried with backoff, doubling from the base as production does from 30 s.
        assert waits[:3] == ["Retry in 1s", "Retry in 2s", "Retry in 4s"], log


# --- PostgreSQL out of reach -----------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_tasks_retry_through_a_postgresql_outage_and_complete(
    tmp_path: Path, database_url: str, http: LocalHttpServer, smtp: SmtpSink,
    services: Callable[..., Service],
) -> None:
    """"Unreachable for a minute" is a few retries at the production base (30 s, doubling):
    here the proxy stays cut until each task has failed at least twice at a 1 s base."""
    real = make_url(database_url)
    with TcpProxy((real.host or "127.0.0.1", real.port or 5432)) as network:
        proxied = real.set(host="127.0.0.1", port=network.port)
        held = HeldFeed(http, "/held.xml")
        configure(tmp_path, source("held", held.url), source("later", serve_feed(http, "/l.xml")))
        service = services(proxied.render_as_string(hide_password=False), smtp_url=smtp.url)
        service.start("worker", "--concurrency=2")
        client = make_client(service.env)
        client.send_task("veille.poll_sources", (["held"],))
        service.wait_for(held.arrived, 30, "the first poll to reach its feed")

        network.cut()  # as a restart does: open connections reset, new ones refused
        held.release()  # the held poll now tries to store its items: no database
        client.send_task("veille.poll_sources", (["later"],))
        client.send_task("veille.send_digest")
        service.wait_for(lambda: all(len(retries(service.log_text(), task)) >= 3
                                     for task in ("poll_sources", "send_digest")), 120,
                         "the tasks to fail a few times")
        assert stored(database_url) == {}
        network.restore()

        service.wait_for(lambda: stored(database_url) == {"held": FEED_ITEMS,
                                                          "later": FEED_ITEMS}, 120,
                         "both polls, done once the database is back")
        # The feeds' items may also raise critical alerts, which can arrive first.
        service.wait_for(lambda: digests(smtp), 120,
                         "the digest, sent once the database is back")
        time.sleep(2)
    assert len(digests(smtp)) == 1
    assert "PendingRollbackError" not in service.log_text()


# --- a config edited into an invalid state ----------------------------------------------------

@pytest.mark.slow
def test_an_invalid_config_edit_keeps_the_last_valid_config_running_and_is_logged(
    tmp_path: Path, sqlite_url: str, http: LocalHttpServer, smtp: SmtpSink,
    services: Callable[..., Service],
) -> None:
    echos = source("echos", serve_feed(http, "/echos.xml"))
    configure(tmp_path, echos)
    service = services(sqlite_url, smtp_url=smtp.url)
    worker = service.start("worker", "--concurrency=1")
    make_client(service.env).send_task("veille.poll_sources", (["echos"],))
    service.wait_for(lambda: stored(sqlite_url) == {"echos": FEED_ITEMS}, 30, "the first poll")

    # A new source with a typo, and new recipients: none of it may be applied.
    broken = configure(tmp_path, echos, source("autre", serve_feed(http, "/autre.xml"),
                                               every="5x"))
    text = broken.read_text("utf-8").replace("communications@example.org", "nouveau@example.org")
    # Replaced in one step, as an editor saving it would: a worker reading the file between a
    # truncation and the write would first log the empty file's error.
    edited = broken.with_suffix(".edited")
    edited.write_text(text, "utf-8")
    os.replace(edited, broken)
    service.start("beat", f"--schedule={tmp_path / 'beat-schedule'}")
    service.wait_for(lambda: "config became invalid, keeping the last valid one"
                     in service.log_text(), 30, "the error in the worker's log")
    service.wait_for(lambda: "sources[1].every" in service.log_text(), 30,
                     "the typo named in the worker's log")

    service.wait_for(lambda: digests(smtp), 30, "today's digest, queued by beat")
    assert [d["To"] for d in digests(smtp)] == ["communications@example.org"]  # the valid list
    time.sleep(2)  # beat ticks on the last valid config
    assert http.requests_to("/autre.xml") == []
    assert "Traceback" not in service.log_text()

    # A pool process replacing a dead one reads the file for the first time and finds it
    # invalid: it runs the copy of the last valid config that the worker keeps.
    [dead] = child_pids(worker.pid)
    os.kill(dead, signal.SIGKILL)
    service.wait_for(lambda: child_pids(worker.pid) not in ([], [dead]), 30,
                     "a new pool process")
    before = len(service.log_of(worker))
    service.wait_for(lambda: re.search(r"enqueue_due_sources\[\S+\] succeeded",
                                       service.log_of(worker)[before:]), 30,
                     "a beat tick run by the new pool process")
    assert "raised unexpected" not in service.log_text()
    assert http.requests_to("/autre.xml") == []


def break_config(path: Path) -> None:
    """An admin's slip: a new source with a bad interval, saved with new recipients."""
    data = yaml.safe_load(path.read_text("utf-8"))
    data["sources"].append(source("autre", "http://127.0.0.1:9/autre.xml", every="5x"))
    data["digest"]["recipients"] = ["nouveau@example.org"]
    write_config(path, data)


def test_a_process_started_after_an_invalid_edit_runs_the_last_valid_config(
    tmp_path: Path, sqlite_url: str, caplog: pytest.LogCaptureFixture,
) -> None:
    settings = make_runtime(tmp_path, sqlite_url, [source("echos", "http://127.0.0.1:9/e.xml")]
                            ).settings
    copy = tmp_path / "var" / "last-valid-veille.yaml"
    running = Runtime(settings, copy)  # as the worker's processes build it
    valid = running.config

    break_config(settings.config_path)
    with caplog.at_level(logging.ERROR, logger="worker.runtime"):
        assert running.config == valid
    assert "config became invalid, keeping the last valid one" in caplog.text
    assert "sources[1].every" in str(running.config_error)

    started_later = Runtime(settings, copy)  # a pool process replacing a dead one, a restart
    assert started_later.config == valid
    assert "sources[1].every" in str(started_later.config_error)
    with pytest.raises(ConfigError):
        Runtime(settings).config  # noqa: B018  (the CLI keeps no copy: it says what is wrong)


def charter_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "charter"
    shutil.copytree(REPO / "config" / "charter", folder,
                    ignore=shutil.ignore_patterns("cases.jsonl"))
    return folder


def flagged(runtime: Runtime, text: str) -> bool:
    verdict = analyse(Document(title="", text=text), runtime.analyser).verdict
    return verdict is not None and verdict.flagged


def add_insult(lexicon: Path, term: str) -> None:
    """An admin's edit: one more insult, the config itself untouched."""
    data = yaml.safe_load(lexicon.read_text("utf-8"))
    [insults] = [g for g in data["groups"] if g["name"] == "insultes"]
    insults["terms"].append(term)
    lexicon.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def test_a_lexicon_edit_is_applied_without_touching_the_config(
    tmp_path: Path, sqlite_url: str,
) -> None:
    charter = charter_copy(tmp_path)
    runtime = make_runtime(tmp_path, sqlite_url, [],
                           classification={"min_score": 0.5, "lexicons": str(charter)})
    text = "La prof de l'ESHG est une vraie zigouillarde."
    assert not flagged(runtime, text)
    config_mtime = runtime.settings.config_path.stat().st_mtime_ns
    add_insult(charter / "defamation.yaml", "zigouillarde")
    assert flagged(runtime, text)
    assert runtime.settings.config_path.stat().st_mtime_ns == config_mtime


def test_an_invalid_lexicon_edit_keeps_the_last_valid_charter_and_is_read_once(
    tmp_path: Path, sqlite_url: str, caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    charter = charter_copy(tmp_path)
    runtime = Runtime(make_runtime(tmp_path, sqlite_url, [], classification={
        "min_score": 0.5, "lexicons": str(charter)}).settings,
        tmp_path / "var" / "last-valid-veille.yaml")
    valid = runtime.analyser
    lexicon = charter / "spam.yaml"
    lexicon.write_text(lexicon.read_text("utf-8") + "\nunknown_key: 1\n", "utf-8")
    loads: list[Path] = []
    real_load = runtime_module.load_charter
    monkeypatch.setattr(runtime_module, "load_charter",
                        lambda *a, **k: loads.append(a[0]) or real_load(*a, **k))
    with caplog.at_level(logging.ERROR, logger="worker.runtime"):
        for _ in range(3):
            assert runtime.analyser is valid
    assert "config became invalid, keeping the last valid one" in caplog.text
    assert "spam.yaml" in str(runtime.config_error)
    assert len(loads) == 1  # not read again at every call while nothing changes

    lexicon.write_text(lexicon.read_text("utf-8").replace("unknown_key: 1", ""), "utf-8")
    assert runtime.analyser is not valid
    assert runtime.config_error is None


def test_the_next_digest_shows_the_config_error_in_its_source_health_section(
    tmp_path: Path, sqlite_url: str,
) -> None:
    from worker import tasks  # the task is where the runtime's error meets the digest

    runtime = make_runtime(tmp_path, sqlite_url, [source("echos", "http://127.0.0.1:9/e.xml")])
    runtime = Runtime(runtime.settings, tmp_path / "var" / "last-valid-veille.yaml")
    set_runtime(runtime)
    try:
        assert runtime.config
        break_config(runtime.settings.config_path)
        tasks.send_digest.run(None, digest_service.MAIN_LIST)
    finally:
        set_runtime(None)
    [eml] = runtime.settings.outbox.glob("*.eml")
    message = message_from_bytes(eml.read_bytes(), policy=policy.default)
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "sources[1].every" in text


# --- the clock: local days across daylight-saving changes ------------------------------------

def digest_config(send_at: str = "07:00") -> VeilleConfig:
    data = base_config()
    data["digest"]["send_at"] = send_at
    return parse_config(data)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(("instant", "period", "due"), [
    # Spring forward, 2026-03-08: 02:00 EST (UTC-5) becomes 03:00 EDT (UTC-4).
    ("2026-03-07T11:59", "2026-03-07", False),  # 06:59 EST
    ("2026-03-07T12:00", "2026-03-07", True),  # 07:00 EST
    ("2026-03-08T04:59", "2026-03-07", True),  # 23:59 EST, still the 7th
    ("2026-03-08T05:00", "2026-03-08", False),  # midnight
    ("2026-03-08T06:59", "2026-03-08", False),  # 01:59 EST
    ("2026-03-08T07:00", "2026-03-08", False),  # 03:00 EDT: 02:xx never happened
    ("2026-03-08T10:59", "2026-03-08", False),  # 06:59 EDT
    ("2026-03-08T11:00", "2026-03-08", True),  # 07:00 EDT, an hour earlier in UTC
    ("2026-03-09T03:59", "2026-03-08", True),  # 23:59 EDT, still the 8th
    ("2026-03-09T04:00", "2026-03-09", False),  # midnight
    ("2026-03-09T11:00", "2026-03-09", True),  # 07:00 EDT
    # Fall back, 2026-11-01: 02:00 EDT (UTC-4) becomes 01:00 EST (UTC-5).
    ("2026-10-31T11:00", "2026-10-31", True),  # 07:00 EDT
    ("2026-11-01T03:59", "2026-10-31", True),  # 23:59 EDT, still the 31st
    ("2026-11-01T04:00", "2026-11-01", False),  # midnight
    ("2026-11-01T05:30", "2026-11-01", False),  # 01:30 EDT, the first time
    ("2026-11-01T06:30", "2026-11-01", False),  # 01:30 EST, the second time
    ("2026-11-01T11:00", "2026-11-01", False),  # 06:00 EST: 07:00 EDT would have been due
    ("2026-11-01T11:59", "2026-11-01", False),  # 06:59 EST
    ("2026-11-01T12:00", "2026-11-01", True),  # 07:00 EST, an hour later in UTC
    ("2026-11-02T04:59", "2026-11-01", True),  # 23:59 EST, still the 1st
    ("2026-11-02T05:00", "2026-11-02", False),  # midnight
])
def test_local_day_and_send_time_follow_the_zone_across_dst(
    instant: str, period: str, due: bool,
) -> None:
    config = digest_config()
    assert digest_service.local_period(config, utc(instant)) == date.fromisoformat(period)
    assert digest_service.is_due(config, utc(instant)) is due


@pytest.mark.parametrize(("send_at", "instant", "due"), [
    ("02:30", "2026-03-08T06:59", False),  # 01:59 EST
    ("02:30", "2026-03-08T07:00", True),  # 03:00 EDT: a skipped send time is due at once
    ("01:30", "2026-11-01T05:29", False),  # 01:29 EDT
    ("01:30", "2026-11-01T05:30", True),  # 01:30 EDT, the first of the two
])
def test_a_send_time_inside_the_changed_hour_is_still_due_that_day(
    send_at: str, instant: str, due: bool,
) -> None:
    assert digest_service.is_due(digest_config(send_at), utc(instant)) is due


def tick(sessions: sessionmaker[Session], config: VeilleConfig, smtp_url: str, outbox: Path,
         now: datetime) -> None:
    """What beat's ``send_due_digests`` and the ``send_digest`` it queues do at ``now``."""
    if not digest_service.is_due(config, now):
        return
    period = digest_service.local_period(config, now)
    with sessions() as session:
        if not repo.digest_needs_sending(session, digest_service.MAIN_LIST, period, now):
            return
    digest_service.send_digest(sessions, config, smtp_url, outbox, now, period=period)


@pytest.mark.parametrize(("change", "hours"), [(SPRING_FORWARD, 23), (FALL_BACK, 25)])
def test_one_digest_per_local_day_across_a_dst_change(
    sessions: sessionmaker[Session], smtp: SmtpSink, tmp_path: Path, change: date, hours: int,
) -> None:
    """Beat ticks every 5 minutes from the day before the change to the day after: one
    digest a day, each at 07:00 local, and the day of the change spans 23 or 25 hours."""
    config, days = digest_config(), [change - timedelta(days=1), change,
                                     change + timedelta(days=1)]
    now = datetime.combine(days[0], clock(0), TORONTO).astimezone(UTC)
    end = datetime.combine(days[-1] + timedelta(days=1), clock(0), TORONTO).astimezone(UTC)
    while now < end:
        tick(sessions, config, smtp.url, tmp_path / "outbox", now)
        now += timedelta(minutes=5)

    with sessions() as session:
        runs = repo.digest_runs(session, digest_service.MAIN_LIST)
    assert [(r.period, r.status) for r in runs] == [(day, "sent") for day in days]
    sent = [r.sent_at.astimezone(TORONTO) for r in runs if r.sent_at]
    assert [(s.date(), s.time()) for s in sent] == [(day, clock(7, 0)) for day in days]
    assert [r.window_end - r.window_start for r in runs[1:]] == [
        timedelta(hours=hours), timedelta(hours=24)]
    assert sorted(str(m["Message-ID"]) for m in smtp.messages) == [
        f"<digest-main-{day.isoformat()}@example.org>" for day in days]
