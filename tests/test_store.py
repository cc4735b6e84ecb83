"""Storage on SQLite and PostgreSQL: migrations, idempotent upserts, leases, digest claims."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from connectors.base import RawItem
from worker.analyse import AnalysedItem, Analysis
from worker.charter.categories import Severity
from worker.charter.model import CategoryFlag, Evidence, Verdict
from worker.config import SourceConfig
from worker.store import repository as repo
from worker.store.db import is_current, upgrade
from worker.store.models import Base, Flag, Item, Mention, Source

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
SOURCE = SourceConfig(id="nouvelles", connector="rss", url="https://example.org/f.xml")


def analysed(guid: str, url: str | None = None, mentions: tuple[str, ...] = ("csscv",),
             flagged: bool = False) -> AnalysedItem:
    raw = RawItem(guid=guid, url=url, title=f"Titre {guid}", text="Le CSSCV, un texte.",
                  author="Auteur", published_at=NOW - timedelta(hours=1))
    flags = (CategoryFlag("defamation", 0.9, Severity.HIGH, (Evidence(0, 5, "Titre"),),
                          ("insulte",)),) if flagged else ()
    verdict = Verdict(flags) if mentions else None
    return AnalysedItem(raw, Analysis(mentions, verdict))


def prepared(sessions: sessionmaker[Session]) -> Session:
    session = sessions()
    repo.sync_sources(session, [SOURCE], NOW)
    return session


def test_migrations_match_the_models_and_are_idempotent(engine: Engine) -> None:
    upgrade(engine)  # second time: nothing to do
    assert is_current(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_items_are_stored_once_by_guid(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        first = repo.save_items(session, "nouvelles", [analysed("a"), analysed("b")], NOW)
        again = repo.save_items(session, "nouvelles", [analysed("a"), analysed("c")], NOW)
        assert len(first.new_ids) == 2 and len(again.new_ids) == 1
        assert session.scalar(select(func.count()).select_from(Item)) == 3


def test_items_are_stored_once_by_canonical_url(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        repo.save_items(session, "nouvelles", [analysed("a", "https://x.org/p?utm_source=1")], NOW)
        saved = repo.save_items(session, "nouvelles", [
            analysed("b", "https://X.org/p#top"), analysed("c", "https://x.org/p?fbclid=2")], NOW)
        assert saved.new_ids == []


def test_repeats_inside_one_batch_are_stored_once(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        saved = repo.save_items(session, "nouvelles", [analysed("a"), analysed("a")], NOW)
        assert len(saved.new_ids) == 1


def test_unseen_items_are_those_not_stored_by_guid_or_url_nor_repeated(
    sessions: sessionmaker[Session],
) -> None:
    with prepared(sessions) as session:
        repo.save_items(session, "nouvelles", [analysed("a", "https://x.org/p?utm_source=1"),
                                               analysed("g" * 1500)], NOW)
        batch = [analysed(guid, url).raw for guid, url in [
            ("a", None), ("b", "https://X.org/p#top"), ("c", "https://x.org/q"),
            ("c", None), ("d", "https://x.org/q"), ("g" * 1500, None), ("e", None)]]
        assert [i.guid for i in repo.unseen_items(session, "nouvelles", batch)] == ["c", "e"]


def test_items_that_mention_no_one_keep_no_text(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        repo.save_items(session, "nouvelles", [analysed("a", mentions=())], NOW)
        item = session.scalars(select(Item)).one()
        assert (item.matched, item.title, item.text, item.author) == (False, None, None, None)


def test_flags_mentions_and_aware_datetimes_round_trip(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        saved = repo.save_items(session, "nouvelles", [analysed("a", flagged=True)], NOW)
        assert saved.flagged_ids == saved.new_ids
    with sessions() as session:
        item = session.scalars(select(Item)).one()
        assert item.flagged and item.severity == "high" and item.flagged_at == NOW
        assert item.published_at == NOW - timedelta(hours=1)
        assert item.published_at.tzinfo is not None
        assert [m.entity_id for m in item.mentions] == ["csscv"]
        flag = session.scalars(select(Flag)).one()
        assert flag.evidence == [{"start": 0, "end": 5, "text": "Titre"}]
        assert flag.reasons == ["insulte"]


def test_only_one_lease_at_a_time(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        assert repo.acquire_lease(session, "nouvelles", NOW, timedelta(minutes=10)) is not None
        assert repo.acquire_lease(session, "nouvelles", NOW, timedelta(minutes=10)) is None
        later = NOW + timedelta(minutes=11)  # a dead poller's lease expires
        assert repo.acquire_lease(session, "nouvelles", later, timedelta(minutes=10)) is not None


def test_a_redelivered_poll_takes_over_its_own_lease(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        ttl = timedelta(minutes=10)
        assert repo.acquire_lease(session, "nouvelles", NOW, ttl, token="task-1")
        # Its worker died: the same message, redelivered, polls at once; no other can.
        assert repo.acquire_lease(session, "nouvelles", NOW, ttl, token="task-2") is None
        again = repo.acquire_lease(session, "nouvelles", NOW, ttl, token="task-1")
        assert again is not None and again.token == "task-1"


def test_a_batch_takes_the_free_leases_in_one_statement(sessions: sessionmaker[Session]
                                                        ) -> None:
    other = SourceConfig(id="autre", connector="rss", url="https://autre.example/flux.xml")
    with sessions() as session:
        repo.sync_sources(session, [SOURCE, other], NOW)
        ttl = timedelta(minutes=10)
        assert repo.acquire_lease(session, "autre", NOW, ttl, token="task-1")
        session.execute(update(Source).where(Source.id == "nouvelles").values(etag='"v1"'))
        session.commit()
        leases = repo.acquire_leases(session, ["nouvelles", "autre", "absente"], NOW, ttl,
                                     "task-2")
        # "autre" is being polled, "absente" is not in the table.
        assert list(leases) == ["nouvelles"]
        assert (leases["nouvelles"].token, leases["nouvelles"].etag) == ("task-2", '"v1"')
        assert repo.acquire_lease(session, "nouvelles", NOW, ttl, token="task-3") is None
        # Redelivered, the batch takes over its own leases.
        assert list(repo.acquire_leases(session, ["nouvelles"], NOW, ttl, "task-2")) == [
            "nouvelles"]
        assert repo.acquire_leases(session, [], NOW, ttl, "task-2") == {}


def test_lease_carries_what_the_poll_needs(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        repo.record_failure(session, "nouvelles", NOW, "404", NOW)
        repo.record_failure(session, "nouvelles", NOW, "404", NOW)
        session.execute(update(Source).values(etag='"v1"', last_modified="Tue, 24 Nov 2026"))
        session.commit()
        lease = repo.acquire_lease(session, "nouvelles", NOW, timedelta(minutes=10))
        assert lease is not None
        assert (lease.etag, lease.last_modified, lease.consecutive_failures) == (
            '"v1"', "Tue, 24 Nov 2026", 2)
        assert repo.acquire_lease(session, "absente", NOW, timedelta(minutes=10)) is None


def test_released_lease_can_be_taken(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        lease = repo.acquire_lease(session, "nouvelles", NOW, timedelta(minutes=10))
        assert lease
        repo.release_lease(session, "nouvelles", lease.token)
        assert repo.acquire_lease(session, "nouvelles", NOW, timedelta(minutes=10))


@pytest.mark.parametrize("outcome", ["success", "failure"])
def test_recording_the_poll_ends_its_lease(sessions: sessionmaker[Session], outcome: str
                                           ) -> None:
    with prepared(sessions) as session:
        lease = repo.acquire_lease(session, "nouvelles", NOW, timedelta(minutes=10))
        assert lease
        if outcome == "success":
            repo.record_success(session, "nouvelles", NOW, NOW, None, None,
                                lease_token=lease.token)
        else:
            repo.record_failure(session, "nouvelles", NOW, "404", NOW, lease_token=lease.token)
        assert repo.acquire_lease(session, "nouvelles", NOW, timedelta(minutes=10))


def test_a_poll_that_outlived_its_lease_leaves_the_next_one_alone(
    sessions: sessionmaker[Session],
) -> None:
    with prepared(sessions) as session:
        stale = repo.acquire_lease(session, "nouvelles", NOW, timedelta(minutes=10))
        later = NOW + timedelta(minutes=11)
        current = repo.acquire_lease(session, "nouvelles", later, timedelta(minutes=10))
        assert stale and current
        repo.record_success(session, "nouvelles", later, later, None, None,
                            lease_token=stale.token)
        repo.release_lease(session, "nouvelles", stale.token)
        assert repo.acquire_lease(session, "nouvelles", later, timedelta(minutes=10)) is None
        row = session.get(Source, "nouvelles")
        assert row is not None and row.lease_token == current.token


def test_warnings_are_kept_by_a_poll_that_read_nothing(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        repo.record_success(session, "nouvelles", NOW, NOW, None, None,
                            warnings=["flux lu en partie", "2 articles ignorés"])
        repo.record_success(session, "nouvelles", NOW, NOW, None, None)  # a 304
        row = session.get(Source, "nouvelles")
        assert row is not None and row.last_warning == "flux lu en partie ; 2 articles ignorés"
        repo.record_success(session, "nouvelles", NOW, NOW, None, None, warnings=[])
        session.refresh(row)
        assert row.last_warning is None


def test_due_sources_are_reserved_once(sessions: sessionmaker[Session]) -> None:
    intervals = {"nouvelles": timedelta(minutes=15)}
    with prepared(sessions) as session:
        assert repo.reserve_due_sources(session, NOW, intervals) == ["nouvelles"]
        assert repo.reserve_due_sources(session, NOW, intervals) == []
        later = NOW + timedelta(minutes=15)
        assert repo.reserve_due_sources(session, later, intervals) == ["nouvelles"]


def test_sources_removed_from_config_go_idle(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        repo.sync_sources(session, [], NOW)
        assert session.get(Source, "nouvelles").active is False  # type: ignore[union-attr]
        assert repo.reserve_due_sources(session, NOW, {"nouvelles": timedelta(minutes=1)}) == []


def test_failures_accumulate_and_success_resets(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        repo.record_failure(session, "nouvelles", NOW, "délai dépassé", NOW)
        repo.record_failure(session, "nouvelles", NOW + timedelta(hours=1), "404", NOW)
        [failing] = repo.failing_sources(session)
        assert (failing.consecutive_failures, failing.failing_since, failing.last_error) == (
            2, NOW, "404")
        repo.record_success(session, "nouvelles", NOW, NOW, '"etag"', None)
        assert repo.failing_sources(session) == []


def test_a_digest_period_is_claimed_once(sessions: sessionmaker[Session]) -> None:
    day = date(2026, 11, 24)
    with sessions() as session:
        claim = repo.claim_digest(session, "main", day, NOW, timedelta(minutes=15), "<m@x>")
        assert claim is not None and claim.window_end == NOW
        assert repo.claim_digest(session, "main", day, NOW, timedelta(minutes=15), "<m@x>") is None
        repo.release_digest(session, claim, "SMTP indisponible")
        retry = repo.claim_digest(session, "main", day, NOW + timedelta(minutes=1),
                                  timedelta(minutes=15), "<m@x>")
        assert retry is not None and retry.window_end == NOW  # same window on retry
        repo.finish_digest(session, retry, NOW, 3, sent=True)
        assert repo.claim_digest(session, "main", day, NOW + timedelta(hours=1),
                                 timedelta(minutes=15), "<m@x>") is None
        nxt = repo.claim_digest(session, "main", date(2026, 11, 25), NOW + timedelta(days=1),
                                timedelta(minutes=15), "<n@x>")
        assert nxt is not None and nxt.window_start == NOW


def test_retention_purges_texts_but_keeps_identity(sessions: sessionmaker[Session]) -> None:
    item = analysed("a", flagged=True)
    # Long enough to have story marks: the folded title is the title, purged with it.
    item = replace(item, raw=replace(item.raw, title="Un titre de quatre mots",
                                     text=" ".join(["mot"] * 40)))
    with prepared(sessions) as session:
        repo.save_items(session, "nouvelles", [item], NOW)
        stored = session.scalars(select(Item)).one()
        assert stored.title_key and stored.text_fingerprint is not None
        assert repo.purge_texts(session, NOW + timedelta(days=1), NOW + timedelta(days=181)) == 1
    with sessions() as session:
        item = session.scalars(select(Item)).one()
        assert (item.title, item.text, item.author) == (None, None, None)
        assert (item.title_key, item.text_fingerprint) == (None, None)
        assert item.guid == "a" and item.flagged
        assert session.scalars(select(Flag)).one().evidence == []
        assert session.scalar(select(func.count()).select_from(Mention)) == 1
