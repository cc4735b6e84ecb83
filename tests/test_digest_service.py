"""The digest end to end without Celery: store -> select -> build -> a real SMTP server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.pipeline_support import make_runtime, publish, source
from tests.support.feedserver import serve_folder
from tests.support.smtpserver import SmtpSink
from worker.digest import service
from worker.errors import DeliveryError
from worker.run_once import run_once
from worker.runtime import Runtime

TORONTO = ZoneInfo("America/Toronto")


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    sink = SmtpSink()
    sink.start()
    yield sink
    sink.stop()


@pytest.fixture
def polled(tmp_path: Path, database_url: str, smtp: SmtpSink) -> Iterator[Runtime]:
    root = tmp_path / "feeds"
    root.mkdir()
    with serve_folder(root) as feeds:
        runtime = make_runtime(tmp_path, database_url,
                               [source("echos", publish(feeds, "ecoles.xml")),
                                source("cassee", feeds.url("absente.xml"), name="Source cassée")],
                               smtp_url=smtp.url)
        run_once(runtime, progress=lambda _: None)
        yield runtime


def send(runtime: Runtime, later: timedelta = timedelta()) -> service.DigestOutcome:
    # Items were flagged at the real time of the poll; the digest comes after.
    now = datetime.now(UTC) + later
    return service.send_digest(runtime.sessions, runtime.config, runtime.settings.smtp_url,
                               runtime.settings.outbox, now)


def test_digest_is_sent_once_per_local_day(polled: Runtime, smtp: SmtpSink) -> None:
    first = send(polled)
    today = datetime.now(TORONTO).date()
    assert (first.status, first.period) == ("sent", today)
    assert send(polled, timedelta(minutes=3)).status == "already_done"
    assert len(smtp.messages) == 1
    message = smtp.messages[0]
    assert message["Message-ID"] == f"<digest-main-{today.isoformat()}@example.org>"
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Hormisdas-Gamelin" in text
    assert "Source cassée" in text  # the failing source, in the health section
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "<script" not in html and "<img" not in html  # hostile markup arrives as text


def test_smtp_outage_then_recovery_delivers_exactly_one(polled: Runtime, smtp: SmtpSink) -> None:
    smtp.refuse_next(2)
    for attempt in range(2):
        with pytest.raises(DeliveryError) as caught:
            send(polled, timedelta(seconds=attempt))
        assert not caught.value.permanent
    assert send(polled, timedelta(seconds=5)).status == "sent"
    assert send(polled, timedelta(seconds=6)).status == "already_done"
    assert len(smtp.messages) == 1


def test_the_next_day_covers_only_what_is_new(polled: Runtime, smtp: SmtpSink) -> None:
    assert send(polled).entries > 0
    tomorrow = send(polled, timedelta(days=1))
    assert (tomorrow.status, tomorrow.entries) == ("sent", 0)  # send_when_empty: true
    assert len(smtp.messages) == 2


def test_late_evening_utc_belongs_to_the_local_day(tmp_path: Path) -> None:
    runtime = make_runtime(tmp_path, "sqlite://", [])
    # 03:00 UTC on the 26th is still the 25th in Toronto.
    late = datetime(2026, 11, 26, 3, 0, tzinfo=UTC)
    assert service.local_period(runtime.config, late) == date(2026, 11, 25)


def test_nothing_is_sent_when_empty_if_configured(tmp_path: Path, database_url: str,
                                                  smtp: SmtpSink) -> None:
    runtime = make_runtime(tmp_path, database_url, [], smtp_url=smtp.url)
    config = runtime.config.model_copy(update={"digest": runtime.config.digest.model_copy(
        update={"send_when_empty": False})})
    now = datetime.now(UTC)
    outcome = service.send_digest(runtime.sessions, config, smtp.url, runtime.settings.outbox,
                                  now)
    assert outcome.status == "empty" and smtp.messages == []
    assert service.send_digest(runtime.sessions, config, smtp.url, runtime.settings.outbox,
                               now).status == "already_done"


@pytest.mark.parametrize(
    ("utc", "due"),
    [(datetime(2026, 11, 25, 11, 59, tzinfo=UTC), False),  # 06:59 EST
     (datetime(2026, 11, 25, 12, 0, tzinfo=UTC), True),  # 07:00 EST
     (datetime(2026, 7, 1, 10, 59, tzinfo=UTC), False),  # 06:59 EDT
     (datetime(2026, 7, 1, 11, 0, tzinfo=UTC), True)],  # 07:00 EDT
)
def test_send_time_is_local(tmp_path: Path, utc: datetime, due: bool) -> None:
    runtime = make_runtime(tmp_path, "sqlite://", [])
    assert service.is_due(runtime.config, utc) is due
