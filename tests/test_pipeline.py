"""poll_source, the poll_sources task and run --once against a real local HTTP server, on
SQLite and PostgreSQL."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from connectors import rss
from connectors.base import Fetched, ItemDraft
from connectors.rss import RssConnector
from tests.conftest import REPO
from tests.pipeline_support import FIXTURES, make_runtime, publish, source
from tests.support.feedserver import FeedServer
from worker import pipeline, tasks
from worker.digest.build import build_digest
from worker.digest.select import select_digest
from worker.run_once import run_once
from worker.runtime import set_runtime
from worker.store import repository as repo
from worker.store.models import Item, Source

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def poll(runtime, source_id: str, now: datetime = NOW) -> pipeline.PollResult:  # type: ignore[no-untyped-def]
    with runtime.sessions() as session:
        repo.sync_sources(session, runtime.config.sources, now)
    return pipeline.poll_source(runtime.config.source(source_id), sessions=runtime.sessions,
                                analyser=runtime.analyser, http=runtime.http, now=now)


def test_first_poll_stores_matches_and_flags(tmp_path: Path, database_url: str,
                                             feeds: FeedServer) -> None:
    runtime = make_runtime(tmp_path, database_url, [source("echos", publish(feeds, "ecoles.xml"))])
    result = poll(runtime, "echos")
    assert (result.status, result.fetched, result.new) == ("ok", 4, 4)
    assert result.mentions == 3  # the basketball item names no watched entity
    with runtime.sessions() as session:
        items = {i.guid: i for i in session.scalars(select(Item))}
    threat = items["echos-1"]
    assert threat.flagged and threat.severity == "critical"
    assert {m.entity_id for m in threat.mentions} == {"eshg"}
    assert {f.category for f in threat.flags} >= {"defamation"}
    evidence = [e for f in threat.flags for e in f.evidence]
    full_text = f"{threat.title}\n\n{threat.text}"
    assert evidence and all(full_text[e["start"]:e["end"]] == e["text"] for e in evidence)
    assert not items["echos-2"].flagged
    assert items["echos-3"].text is None and not items["echos-3"].flagged
    assert items["echos-1"].canonical_url == "http://echos.example/prof"


def test_a_local_source_counts_a_school_s_name_without_its_town(
        tmp_path: Path, database_url: str, feeds: FeedServer) -> None:
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
            b'<guid>bus</guid><title>Autobus en retard</title><description>L\'autobus de '
            b'Sainte-Famille avait 20 minutes de retard ce matin.</description></item>'
            b'</channel></rss>')
    url = publish(feeds, "local.xml", body)
    runtime = make_runtime(tmp_path, database_url, [source("journal-local", url, local=True),
                                                    source("ailleurs", url + "?ailleurs")])
    local, elsewhere = poll(runtime, "journal-local"), poll(runtime, "ailleurs")
    assert (local.status, local.new, local.mentions) == ("ok", 1, 1)
    # From an ordinary source it may be another town's Sainte-Famille.
    assert (elsewhere.status, elsewhere.new, elsewhere.mentions) == ("ok", 1, 0)


def test_second_poll_is_a_304_and_stores_nothing_twice(tmp_path: Path, database_url: str,
                                                       feeds: FeedServer) -> None:
    runtime = make_runtime(tmp_path, database_url, [source("echos", publish(feeds, "ecoles.xml"))])
    assert poll(runtime, "echos").new == 4
    assert poll(runtime, "echos", NOW + timedelta(minutes=15)).status == "not_modified"
    assert feeds.statuses("ecoles.xml") == [200, 304]
    with runtime.sessions() as session:
        assert len(session.scalars(select(Item)).all()) == 4


def test_a_changed_feed_stores_only_the_new_items(tmp_path: Path, database_url: str,
                                                  feeds: FeedServer,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    url = publish(feeds, "ecoles.xml")
    runtime = make_runtime(tmp_path, database_url, [source("echos", url)])
    poll(runtime, "echos")
    body = (feeds.root / "ecoles.xml").read_text("utf-8").replace(
        "<item>", "<item><guid>echos-5</guid><title>CSSCV : nouvelle école</title>"
        "<description>Annonce.</description></item><item>", 1)
    publish(feeds, "ecoles.xml", body.encode())
    later = (feeds.root / "ecoles.xml").stat().st_mtime + 60  # Last-Modified has 1 s steps
    os.utime(feeds.root / "ecoles.xml", (later, later))
    analysed: list[str] = []
    real_analyse_item = pipeline.analyse_item

    def spy(raw, *args):  # type: ignore[no-untyped-def]
        analysed.append(raw.guid)
        return real_analyse_item(raw, *args)

    monkeypatch.setattr(pipeline, "analyse_item", spy)
    built: list[str] = []
    real_to_item = rss._to_item

    def build_spy(entry, base_url):  # type: ignore[no-untyped-def]
        built.append(entry.get("id") or entry.get("link"))
        return real_to_item(entry, base_url)

    monkeypatch.setattr(rss, "_to_item", build_spy)
    result = poll(runtime, "echos", NOW + timedelta(minutes=15))
    assert (result.status, result.fetched, result.new) == ("ok", 5, 1)
    # The four known items are neither analysed again nor even read past their keys.
    assert analysed == ["echos-5"]
    assert built == ["echos-5"]


def test_a_poll_of_a_source_not_yet_synced_syncs_it_first(tmp_path: Path, database_url: str,
                                                          feeds: FeedServer) -> None:
    runtime = make_runtime(tmp_path, database_url, [source("echos", publish(feeds, "ecoles.xml"))])
    unsynced = pipeline.poll_source(runtime.config.source("echos"), sessions=runtime.sessions,
                                    analyser=runtime.analyser, http=runtime.http, now=NOW)
    assert unsynced.status == "unknown" and feeds.statuses("ecoles.xml") == []
    set_runtime(runtime)
    try:
        [outcome] = tasks.poll_sources.apply((["echos"],)).get()
    finally:
        set_runtime(None)
    assert (outcome["status"], outcome["new"]) == ("ok", 4)


def test_a_batch_polls_each_of_its_sources_past_a_bug_and_a_removed_source(
    tmp_path: Path, database_url: str, feeds: FeedServer, monkeypatch: pytest.MonkeyPatch,
) -> None:
    fixture = (FIXTURES / "ecoles.xml").read_bytes()
    runtime = make_runtime(tmp_path, database_url,
                           [source("buggy", publish(feeds, "bug.xml", fixture)),
                            source("echos", publish(feeds, "ecoles.xml"))])
    drafts = RssConnector.drafts

    def drafts_with_a_bug(self: RssConnector, options: RssConnector.Options,
                          fetched: Fetched) -> tuple[list[ItemDraft], list[str]]:
        if fetched.url.endswith("/bug.xml"):
            raise RuntimeError("a bug in a connector")  # no real connector has one to hand
        return drafts(self, options, fetched)

    monkeypatch.setattr(RssConnector, "drafts", drafts_with_a_bug)
    set_runtime(runtime)
    try:
        outcome = tasks.poll_sources.apply((["buggy", "removed", "echos"],))
    finally:
        set_runtime(None)
    # The bug is raised once the batch is done (Celery logs it), after every other source.
    assert isinstance(outcome.result, RuntimeError)
    with runtime.sessions() as session:
        assert {i.source_id for i in session.scalars(select(Item))} == {"echos"}
        buggy = session.get(Source, "buggy")
        assert buggy is not None and "erreur interne" in (buggy.last_error or "")


def test_polls_are_queued_in_batches(tmp_path: Path, database_url: str, feeds: FeedServer,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    url = publish(feeds, "ecoles.xml")
    runtime = make_runtime(tmp_path, database_url,
                           [source(f"s{n}", url, every="15m" if n % 2 else "1h")
                            for n in range(5)])
    sent: list[tuple[list[str], float]] = []
    monkeypatch.setattr(tasks, "POLL_BATCH", 2)
    monkeypatch.setattr(tasks.poll_sources, "apply_async",
                        lambda args, expires, producer: sent.append((args[0], expires)))
    set_runtime(runtime)
    try:
        due = tasks.enqueue_due_sources.apply().get()
    finally:
        set_runtime(None)
    assert due == ["s0", "s1", "s2", "s3", "s4"]
    # Each message expires with the shortest interval among its sources.
    assert sent == [(["s0", "s1"], 900.0), (["s2", "s3"], 900.0), (["s4"], 3600.0)]


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        ("vide.xml", b"", ""),
        ("pas-xml.xml", b"ceci n'est pas un flux <<<", ""),
        ("page.html", b"<!doctype html><html><body><p>Bonjour</p></body></html>", ""),
        ("enorme.xml", b"<rss>" + b"x" * (11 * 1024 * 1024), "volumineu"),
    ],
)
def test_a_bad_source_fails_alone(tmp_path: Path, database_url: str, feeds: FeedServer,
                                  name: str, body: bytes, message: str) -> None:
    sources = [source("bad", publish(feeds, name, body)),
               source("absent", feeds.url("absent.xml")),
               source("echos", publish(feeds, "ecoles.xml"))]
    runtime = make_runtime(tmp_path, database_url, sources)
    summary = run_once(runtime, progress=lambda _: None)
    status = {r.source_id: r.status for r in summary.results}
    assert status == {"bad": "failed", "absent": "failed", "echos": "ok"}
    with runtime.sessions() as session:
        failing = {s.id: s for s in repo.failing_sources(session)}
        assert set(failing) == {"bad", "absent"}
        assert message in (failing["bad"].last_error or "")
        assert len(session.scalars(select(Item)).all()) == 4
    assert "1 source(s) OK, 2 en échec" in summary.describe()


def test_a_failing_source_is_backed_off_and_recovers(tmp_path: Path, database_url: str,
                                                     feeds: FeedServer) -> None:
    runtime = make_runtime(tmp_path, database_url, [source("echos", feeds.url("ecoles.xml"))])
    assert poll(runtime, "echos").status == "failed"
    assert poll(runtime, "echos", NOW + timedelta(minutes=15)).status == "failed"
    with runtime.sessions() as session:
        row = session.get(Source, "echos")
        assert row is not None and row.consecutive_failures == 2
        assert row.next_poll_after == NOW + timedelta(minutes=15) + timedelta(minutes=30)
    publish(feeds, "ecoles.xml")
    assert poll(runtime, "echos", NOW + timedelta(hours=1)).status == "ok"
    with runtime.sessions() as session:
        assert repo.failing_sources(session) == []


def test_a_poll_already_running_is_not_run_twice(tmp_path: Path, database_url: str,
                                                 feeds: FeedServer) -> None:
    runtime = make_runtime(tmp_path, database_url, [source("echos", publish(feeds, "ecoles.xml"))])
    with runtime.sessions() as session:
        repo.sync_sources(session, runtime.config.sources, NOW)
        assert repo.acquire_lease(session, "echos", NOW, timedelta(minutes=10))
    assert poll(runtime, "echos").status == "busy"
    assert feeds.statuses("ecoles.xml") == []


def test_a_batch_leases_its_sources_at_once_and_skips_those_being_polled(
    tmp_path: Path, database_url: str, feeds: FeedServer,
) -> None:
    fixture = (FIXTURES / "ecoles.xml").read_bytes()
    runtime = make_runtime(tmp_path, database_url,
                           [source("held", publish(feeds, "held.xml", fixture)),
                            source("echos", publish(feeds, "ecoles.xml"))])
    with runtime.sessions() as session:
        repo.sync_sources(session, runtime.config.sources, NOW)
        now = datetime.now(UTC)  # as the task's clock: NOW's lease would have expired
        assert repo.acquire_lease(session, "held", now, timedelta(minutes=10), token="other")
    set_runtime(runtime)
    try:
        outcomes = tasks.poll_sources.apply((["held", "echos"],)).get()
    finally:
        set_runtime(None)
    assert [(o["source_id"], o["status"]) for o in outcomes] == [("held", "busy"),
                                                                 ("echos", "ok")]
    assert feeds.statuses("held.xml") == []
    with runtime.sessions() as session:
        # The batch's poll of "echos" ended its lease; "held" is still the other poll's.
        assert repo.acquire_lease(session, "echos", now, timedelta(minutes=10))
        assert repo.acquire_lease(session, "held", now, timedelta(minutes=10)) is None


@pytest.mark.parametrize(
    ("failures", "retry_after", "expected"),
    [(1, None, timedelta(minutes=15)), (2, None, timedelta(minutes=30)),
     (3, None, timedelta(hours=1)), (30, None, timedelta(hours=6)),
     (1, 7200.0, timedelta(hours=2))],
)
def test_backoff(failures: int, retry_after: float | None, expected: timedelta) -> None:
    assert pipeline.next_delay(timedelta(minutes=15), failures, retry_after) == expected


def test_a_feed_read_in_part_is_stored_and_its_warning_shown_to_it(
        tmp_path: Path, database_url: str, feeds: FeedServer) -> None:
    broken = (REPO / "tests" / "fixtures" / "feeds" / "broken.xml").read_bytes()
    runtime = make_runtime(tmp_path, database_url,
                           [source("abime", publish(feeds, "broken.xml", broken))])
    result = poll(runtime, "abime")
    assert result.status == "ok" and result.fetched > 0
    with runtime.sessions() as session:
        [troubled] = repo.troubled_sources(session)
        assert troubled.id == "abime" and troubled.consecutive_failures == 0
        assert (troubled.last_warning or "").startswith("flux lu en partie")
        assert repo.failing_sources(session) == []  # not a failure: metrics do not count it
        digest = select_digest(session, runtime.config, NOW - timedelta(days=1),
                               NOW + timedelta(days=1), NOW, NOW.date())
    [health] = digest.source_health
    text = build_digest(digest).text
    assert health.warning and "lue en partie à sa dernière interrogation" in text
    assert "flux lu en partie" in text
    publish(feeds, "broken.xml", (REPO / "tests" / "fixtures" / "pipeline" / "ecoles.xml"
                                  ).read_bytes())
    later = (feeds.root / "broken.xml").stat().st_mtime + 60
    os.utime(feeds.root / "broken.xml", (later, later))
    poll(runtime, "abime", NOW + timedelta(minutes=15))
    with runtime.sessions() as session:
        assert repo.troubled_sources(session) == []  # a clean read clears the warning
