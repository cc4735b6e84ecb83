"""Alerts for critical items, end to end: feeds over HTTP -> poll -> store -> a real SMTP
server, on SQLite and PostgreSQL. The last test runs a real Celery worker on Redis."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date

from tests.conftest import base_config, write_config
from tests.pipeline_support import make_runtime, publish, source
from tests.support.celeryservice import Service, items, make_client, service_environment
from tests.support.feedserver import FeedServer
from tests.support.sharedredis import CELERY_BROKER
from tests.support.smtpserver import SmtpSink
from worker import alerts, pipeline
from worker.digest import service
from worker.errors import DeliveryError
from worker.run_once import run_once
from worker.runtime import Runtime
from worker.store import repository as repo
from worker.store.models import AlertRun

ALERT_SUBJECT = ("ALERTE — Veille CSSCV — Propos diffamatoires, menaces ou insultes — "
                 "École secondaire Hormisdas-Gamelin")
ROUTES = [
    {"id": "eshg", "recipients": ["direction.eshg@example.org"], "entities": ["eshg"]},
    {"id": "pub", "recipients": ["marketing@example.org"], "categories": ["spam"]},
]


def runtime_for(tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
                **overrides: Any) -> Runtime:
    return make_runtime(tmp_path, database_url, [source("echos", publish(feeds, "ecoles.xml"))],
                        smtp_url=smtp.url, **overrides)


def poll(runtime: Runtime) -> pipeline.PollResult:
    """One poll of the feed, without the alerts that ``run_once`` sends at its end."""
    now = datetime.now(UTC)
    with runtime.sessions() as session:
        repo.sync_sources(session, runtime.config.sources, now)
    return pipeline.poll_source(runtime.config.source("echos"), sessions=runtime.sessions,
                                analyser=runtime.analyser, http=runtime.http, now=now)


def send(runtime: Runtime, later: timedelta = timedelta()) -> alerts.AlertsOutcome:
    return alerts.send_alerts(runtime.sessions, runtime.config, runtime.settings.smtp_url,
                              runtime.settings.outbox, datetime.now(UTC) + later)


def alert_mails(smtp: SmtpSink) -> list[EmailMessage]:
    return [m for m in smtp.messages if str(m["Message-ID"]).startswith("<alert-")]


def runs(runtime: Runtime) -> list[AlertRun]:
    with runtime.sessions() as session:
        return repo.alert_runs(session)


def republish_with_a_new_item(feeds: FeedServer) -> None:
    """The same feed plus one item, and a newer Last-Modified: the next poll is a 200."""
    path = feeds.root / "ecoles.xml"
    body = path.read_text("utf-8").replace(
        "<item>", "<item><guid>echos-5</guid><title>CSSCV : nouvelle école</title>"
        "<description>Annonce.</description></item><item>", 1)
    publish(feeds, "ecoles.xml", body.encode())
    later = path.stat().st_mtime + 60  # Last-Modified has 1 s steps
    os.utime(path, (later, later))


def test_alert_is_sent_once_for_a_critical_item_fetched_in_two_polls(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    runtime = runtime_for(tmp_path, database_url, feeds, smtp)
    run_once(runtime, progress=lambda _: None)
    republish_with_a_new_item(feeds)
    run_once(runtime, progress=lambda _: None)
    assert feeds.statuses("ecoles.xml") == [200, 200]  # the critical item was fetched twice
    assert send(runtime, timedelta(minutes=5)).sent == ()  # and the sweep finds nothing
    [mail] = alert_mails(smtp)
    assert mail["Subject"] == ALERT_SUBJECT
    [run] = runs(runtime)
    assert (run.status, run.attempts, run.recipients) == ("sent", 1, 1)
    assert mail["Message-ID"] == f"<alert-{run.item_id}@example.org>"


def test_alerted_item_still_appears_in_the_digest(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    runtime = runtime_for(tmp_path, database_url, feeds, smtp)
    run_once(runtime, progress=lambda _: None)
    assert len(alert_mails(smtp)) == 1
    service.send_digest(runtime.sessions, runtime.config, smtp.url, runtime.settings.outbox,
                        datetime.now(UTC))
    [digest] = [m for m in smtp.messages if str(m["Message-ID"]).startswith("<digest-")]
    text = digest.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "== Critique (1) ==" in text and "Le prof de maths à Hormisdas-Gamelin" in text


def test_alert_has_both_parts_the_item_and_its_evidence(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    runtime = runtime_for(tmp_path, database_url, feeds, smtp)
    poll(runtime)
    send(runtime)
    [mail] = alert_mails(smtp)
    assert mail["From"] == "veille@example.org" and mail["To"] == "communications@example.org"
    assert mail["Date"] and mail["Auto-Submitted"] == "auto-generated"
    text = mail.get_body(("plain",)).get_content().replace("\r\n", "\n")  # type: ignore[union-attr]
    html = mail.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert text.startswith("ALERTE — Veille CSSCV\n")
    assert "Le prof de maths à Hormisdas-Gamelin" in text
    assert "mardi 24 novembre 2026, 16 h 40" in text  # 21 h 40 UTC, in Toronto
    assert "[[" in text and "<mark" in html
    assert "Cet élément figurera aussi dans le condensé du" in text


def test_alerts_go_to_their_list_and_to_matching_routes_only(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    digest = {**base_config()["digest"], "routes": ROUTES}
    runtime = runtime_for(tmp_path, database_url, feeds, smtp, digest=digest,
                          alerts={"recipients": ["securite@example.org"]})
    poll(runtime)
    send(runtime)
    [envelope] = smtp.envelopes
    # The critical item is about ESHG and is no spam: the marketing route is not told.
    assert envelope.rcpt_tos == ("securite@example.org", "direction.eshg@example.org")


def test_no_alert_when_alerts_are_disabled(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    runtime = runtime_for(tmp_path, database_url, feeds, smtp, alerts={"enabled": False})
    run_once(runtime, progress=lambda _: None)
    assert smtp.messages == [] and runs(runtime) == []


def test_only_critical_items_are_alerted(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    runtime = runtime_for(tmp_path, database_url, feeds, smtp)
    result = poll(runtime)
    assert len(result.flagged_ids) == 2  # the threat (critical) and the spam (low)
    assert len(send(runtime).sent) == 1


def test_items_flagged_more_than_a_day_ago_are_left_to_the_digest(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    runtime = runtime_for(tmp_path, database_url, feeds, smtp)
    poll(runtime)
    assert send(runtime, alerts.LOOKBACK + timedelta(minutes=1)).sent == ()
    assert smtp.messages == []


def test_smtp_outage_releases_the_claim_then_the_retry_sends_once(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    runtime = runtime_for(tmp_path, database_url, feeds, smtp)
    poll(runtime)
    smtp.refuse_next(1, code=451)
    with pytest.raises(DeliveryError) as caught:
        send(runtime)
    assert not caught.value.permanent
    [run] = runs(runtime)
    assert (run.status, run.claimed_until, run.attempts) == ("claimed", None, 1)
    assert "451" in (run.last_error or "")
    assert len(send(runtime, timedelta(seconds=30)).sent) == 1
    assert send(runtime, timedelta(seconds=60)).sent == ()
    assert len(alert_mails(smtp)) == 1
    assert runs(runtime)[0].status == "sent"


def test_permanent_refusal_marks_the_alert_failed_and_the_sweep_leaves_it(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    runtime = runtime_for(tmp_path, database_url, feeds, smtp)
    poll(runtime)
    smtp.refuse_next(1, code=550)
    with pytest.raises(DeliveryError) as caught:
        send(runtime)
    assert caught.value.permanent
    assert send(runtime, timedelta(minutes=1)).sent == ()
    assert smtp.messages == [] and runs(runtime)[0].status == "failed"


def test_a_held_claim_is_skipped_until_it_expires(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    runtime = runtime_for(tmp_path, database_url, feeds, smtp)
    poll(runtime)
    now = datetime.now(UTC)
    with runtime.sessions() as session:
        [item] = repo.alert_candidates(session, now - alerts.LOOKBACK, now)
        assert repo.claim_alert(session, item.id, now, alerts.CLAIM_TTL) is not None
        assert repo.claim_alert(session, item.id, now, alerts.CLAIM_TTL) is None
    # Another worker holds it (or died holding it): skipped now, taken over after the TTL.
    assert send(runtime).sent == ()
    assert send(runtime, alerts.CLAIM_TTL + timedelta(seconds=1)).sent == (item.id,)
    assert len(alert_mails(smtp)) == 1


def test_without_smtp_the_alert_goes_to_the_outbox(
    tmp_path: Path, database_url: str, feeds: FeedServer,
) -> None:
    runtime = make_runtime(tmp_path, database_url,
                           [source("echos", publish(feeds, "ecoles.xml"))])
    run_once(runtime, progress=lambda _: None)
    [written] = (tmp_path / "var" / "outbox").glob("*-alert-*.eml")
    assert message_from_bytes(written.read_bytes(), policy=policy.default)["Subject"] == (
        ALERT_SUBJECT)


# --- through a real Celery worker ------------------------------------------------------------


def succeeded(worker: Service, task: str) -> int:
    return sum(f"{task}[" in line and " succeeded " in line
               for line in worker.log_text().splitlines())


@pytest.mark.slow
def test_a_poll_task_that_flags_a_critical_item_queues_its_alert(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    # No beat: only the poll task's own hook can have sent this alert.
    write_config(tmp_path / "veille.yaml",
                 base_config(sources=[source("echos", publish(feeds, "ecoles.xml"))]))
    env = service_environment(tmp_path, database_url, CELERY_BROKER, smtp.url)
    client = make_client(env)
    worker = Service(env, tmp_path)
    try:
        worker.start("worker", "--concurrency=2")
        client.send_task("veille.poll_sources", (["echos"],))
        worker.wait_for(lambda: len(items(database_url)) == 4, what="the poll")
        worker.wait_for(lambda: alert_mails(smtp), timeout=30, what="the alert")
        client.send_task("veille.send_alerts")  # a duplicate task: the claim makes it a no-op
        client.send_task("veille.sweep_alerts")
        worker.wait_for(lambda: succeeded(worker, "veille.send_alerts") == 2
                        and succeeded(worker, "veille.sweep_alerts") == 1, timeout=30,
                        what="the extra tasks")
    finally:
        worker.stop()
    assert [m["Subject"] for m in smtp.messages] == [ALERT_SUBJECT]


def digest_day_named_in(mail: EmailMessage) -> str:
    text = mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    return text.split("condensé du ", 1)[1].split(".", 1)[0]


def test_alert_names_the_digest_it_will_be_in(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    runtime = runtime_for(tmp_path, database_url, feeds, smtp)
    today = datetime.now(ZoneInfo("America/Toronto")).date()
    poll(runtime)
    send(runtime)
    [mail] = alert_mails(smtp)
    assert digest_day_named_in(mail) == format_date(today, "full", locale="fr_CA")


def test_alert_after_todays_digest_names_tomorrows(
    tmp_path: Path, database_url: str, feeds: FeedServer, smtp: SmtpSink,
) -> None:
    runtime = runtime_for(tmp_path, database_url, feeds, smtp)
    today = datetime.now(ZoneInfo("America/Toronto")).date()
    service.send_digest(runtime.sessions, runtime.config, smtp.url, runtime.settings.outbox,
                        datetime.now(UTC))  # today's window closes before the item arrives
    poll(runtime)
    send(runtime)
    [mail] = alert_mails(smtp)
    tomorrow = today + timedelta(days=1)
    assert digest_day_named_in(mail) == format_date(tomorrow, "full", locale="fr_CA")
