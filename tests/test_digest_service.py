"""The digest end to end without Celery: store -> select -> build -> a real SMTP server, on
SQLite and PostgreSQL; the main list and the routed lists."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import base_config
from tests.pipeline_support import FIXTURES, make_runtime, publish, source
from tests.support.feedserver import serve_folder
from tests.support.smtpserver import SmtpSink
from worker.digest import service
from worker.errors import DeliveryError
from worker.run_once import run_once
from worker.runtime import Runtime
from worker.store import repository as repo

TORONTO = ZoneInfo("America/Toronto")


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


def digests(smtp: SmtpSink) -> list[EmailMessage]:
    """The digests received (``run_once`` also sends alerts for critical items)."""
    return [m for m in smtp.messages if str(m["Message-ID"]).startswith("<digest-")]


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
    [message] = digests(smtp)
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
    assert len(digests(smtp)) == 1


def test_a_failed_send_stays_claimed_until_its_retry(polled: Runtime, smtp: SmtpSink) -> None:
    """The scheduler asks every minute whether the digest is due: while a retry is planned,
    it is not, so an SMTP outage does not pile up one more send per minute."""
    smtp.refuse_next(1)
    now = datetime.now(UTC)
    with pytest.raises(DeliveryError):
        service.send_digest(polled.sessions, polled.config, polled.settings.smtp_url,
                            polled.settings.outbox, now, retry_in=timedelta(minutes=2))
    today = service.local_period(polled.config, now)
    with polled.sessions() as session:
        assert not repo.digest_needs_sending(session, "main", today, now + timedelta(minutes=1))
        assert repo.digest_needs_sending(session, "main", today, now + timedelta(minutes=3))
    # The retry, when it comes, sends it (once).
    retried = service.send_digest(polled.sessions, polled.config, polled.settings.smtp_url,
                                  polled.settings.outbox, now + timedelta(minutes=2, seconds=1))
    assert retried.status == "sent" and len(digests(smtp)) == 1


def test_the_next_day_covers_only_what_is_new(polled: Runtime, smtp: SmtpSink) -> None:
    assert send(polled).entries > 0
    tomorrow = send(polled, timedelta(days=1))
    assert (tomorrow.status, tomorrow.entries) == ("sent", 0)  # send_when_empty: true
    assert len(digests(smtp)) == 2


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


# --- what arrives: headers, parts, escaping, dates ---------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


# The fixture's title, escaped once more: the connector then hands over, as plain text, a title
# that reads "<script>…<img onerror=…>" (what a post quoting markup, or an attacker, writes).
HOSTILE_TITLE = (b"&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;"
                 b"&amp;lt;img src=x onerror=alert(2)&amp;gt;")


@pytest.fixture
def hostile(tmp_path: Path, database_url: str, smtp: SmtpSink) -> Iterator[Runtime]:
    root = tmp_path / "feeds"
    root.mkdir()
    body = (FIXTURES / "ecoles.xml").read_bytes().replace(
        b"&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;", HOSTILE_TITLE)
    with serve_folder(root) as feeds:
        runtime = make_runtime(tmp_path, database_url,
                               [source("echos", publish(feeds, "ecoles.xml", body))],
                               smtp_url=smtp.url)
        run_once(runtime, progress=lambda _: None)
        yield runtime


def test_delivered_digest_is_well_formed_inert_and_french(hostile: Runtime,
                                                          smtp: SmtpSink) -> None:
    send(hostile)
    [envelope] = [e for e in smtp.envelopes if b"Message-ID: <digest-" in e.data]
    raw_headers = envelope.data.split(b"\r\n\r\n", 1)[0].decode("ascii")  # 7-bit on the wire
    # The accents travel as RFC 2047 encoded words.
    assert re.search(r"^Subject: [^\r\n]*=\?utf-8\?[bq]\?", raw_headers, re.MULTILINE)
    message = message_from_bytes(envelope.data, policy=policy.default)
    today = datetime.now(TORONTO).date()
    assert message["Subject"] == ("Veille CSSCV — 2 éléments à examiner — "
                                  f"{today.day} {FRENCH_MONTHS[today.month - 1]} {today.year}")
    assert message["From"] == "veille@example.org"
    assert message["To"] == "communications@example.org"
    assert envelope.rcpt_tos == ("communications@example.org",)
    assert message["Message-ID"] == f"<digest-main-{today.isoformat()}@example.org>"
    assert abs(parsedate_to_datetime(message["Date"]) - datetime.now(UTC)) < timedelta(minutes=1)
    assert message.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in message.iter_parts()] == ["text/plain", "text/html"]
    html = message.get_body(("html",)).get_content()  # type: ignore[union-attr]
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    tags = _Tags()
    tags.feed(html)
    assert not {tag for tag, _ in tags.tags} & {"script", "img"}
    assert not [name for _, attrs in tags.tags for name, _ in attrs if name.startswith("on")]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in html
    assert "<script>alert(1)</script>" in text  # plain text shows it as the words it is
    assert "mardi 24 novembre 2026, 16 h 40" in html  # 21 h 40 UTC in Toronto
    assert "mardi 24 novembre 2026, 16 h 40" in text


FRENCH_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre")


# --- routing: each list gets its items --------------------------------------------------------

ROUTES = [
    {"id": "eshg", "recipients": ["direction.eshg@example.org"], "entities": ["eshg"]},
    {"id": "pub", "recipients": ["marketing@example.org"], "categories": ["spam"]},
    {"id": "thurso", "recipients": ["direction.thurso@example.org"],
     "entities": ["sainte-famille-thurso"]},
]


@pytest.fixture
def routed(tmp_path: Path, database_url: str, smtp: SmtpSink) -> Iterator[Runtime]:
    root = tmp_path / "feeds"
    root.mkdir()
    with serve_folder(root) as feeds:
        runtime = make_runtime(
            tmp_path, database_url,
            [source("echos", publish(feeds, "ecoles.xml")),
             source("cassee", feeds.url("absente.xml"), name="Source cassée")],
            smtp_url=smtp.url, alerts={"enabled": False},
            digest={**base_config()["digest"], "routes": ROUTES})
        run_once(runtime, progress=lambda _: None)
        yield runtime


def send_all(runtime: Runtime) -> dict[str, str]:
    results = service.send_all_digests(runtime.sessions, runtime.config,
                                       runtime.settings.smtp_url, runtime.settings.outbox,
                                       datetime.now(UTC))
    return {key: getattr(result, "status", "error") for key, result in results}


def received_by(smtp: SmtpSink) -> dict[str, str]:
    """Plain-text part of each digest, by its only recipient."""
    out = {}
    for envelope in smtp.envelopes:
        [rcpt] = envelope.rcpt_tos
        body = envelope.message.get_body(("plain",))
        out[rcpt] = body.get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    return out


THREAT = "Le prof de maths à Hormisdas-Gamelin"
SPAM = "Rabais pour les parents du CSSCV"


def test_routing_sends_each_recipient_only_their_items(routed: Runtime, smtp: SmtpSink) -> None:
    assert send_all(routed) == {"main": "sent", "route:eshg": "sent", "route:pub": "sent",
                                "route:thurso": "empty"}
    texts = received_by(smtp)
    assert set(texts) == {"communications@example.org", "direction.eshg@example.org",
                          "marketing@example.org"}
    main = texts["communications@example.org"]
    assert THREAT in main and SPAM in main
    assert THREAT in texts["direction.eshg@example.org"]
    assert SPAM not in texts["direction.eshg@example.org"]
    assert SPAM in texts["marketing@example.org"]
    assert THREAT not in texts["marketing@example.org"]


def test_a_routed_digest_says_what_it_holds_and_leaves_out_source_health(routed: Runtime,
                                                                   smtp: SmtpSink) -> None:
    send_all(routed)
    texts = received_by(smtp)
    principal = texts["direction.eshg@example.org"]
    assert "Sélection pour cette liste\u00a0: École secondaire Hormisdas-Gamelin." in principal
    assert "Source cassée" not in principal  # IT's section stays in the main digest
    assert "Source cassée" in texts["communications@example.org"]
    marketing = texts["marketing@example.org"]
    assert "Sélection pour cette liste\u00a0: Publicité, sollicitation ou pourriel." in marketing
    today = datetime.now(TORONTO).date().isoformat()
    ids = sorted(str(m["Message-ID"]) for m in smtp.messages)
    assert ids == [f"<digest-{k}-{today}@example.org>" for k in ("main", "route-eshg",
                                                                  "route-pub")]


def test_each_list_is_claimed_once_per_day(routed: Runtime, smtp: SmtpSink) -> None:
    send_all(routed)
    assert set(send_all(routed).values()) == {"already_done"}
    assert len(smtp.messages) == 3


def test_a_route_with_nothing_sends_nothing_even_with_send_when_empty(
    routed: Runtime, smtp: SmtpSink,
) -> None:
    outcome = service.send_digest(routed.sessions, routed.config, smtp.url,
                                  routed.settings.outbox, datetime.now(UTC), "route:thurso")
    assert routed.config.digest.send_when_empty
    assert (outcome.status, smtp.messages) == ("empty", [])


def test_one_list_failing_does_not_stop_the_others(routed: Runtime, smtp: SmtpSink) -> None:
    smtp.refuse_next(1, code=451)  # the main list goes first and is refused
    assert send_all(routed) == {"main": "error", "route:eshg": "sent", "route:pub": "sent",
                                "route:thurso": "empty"}
    assert send_all(routed)["main"] == "sent"


def test_a_route_removed_from_the_config_is_skipped(routed: Runtime, smtp: SmtpSink) -> None:
    outcome = service.send_digest(routed.sessions, routed.config, smtp.url,
                                  routed.settings.outbox, datetime.now(UTC), "route:partie")
    assert outcome.status == "removed" and smtp.messages == []


def test_a_new_route_starts_with_the_last_day_not_the_whole_history(
    routed: Runtime, smtp: SmtpSink,
) -> None:
    two_days_later = datetime.now(UTC) + timedelta(days=2)
    outcome = service.send_digest(routed.sessions, routed.config, smtp.url,
                                  routed.settings.outbox, two_days_later, "route:eshg")
    assert outcome.status == "empty" and smtp.messages == []
    main = service.send_digest(routed.sessions, routed.config, smtp.url,
                               routed.settings.outbox, two_days_later)
    assert main.entries == 2  # the main list's first digest covers everything
