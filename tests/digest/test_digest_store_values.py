"""The digest reads flagged items as plain values: the same values the ORM would give."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, column, insert, select, table
from sqlalchemy.sql.expression import TableClause

from connectors.base import RawItem
from tests.conftest import base_config
from worker.analyse import AnalysedItem, Analysis
from worker.charter.categories import Severity
from worker.charter.model import CategoryFlag, Evidence, Verdict
from worker.config import VeilleConfig
from worker.dedupe import story_marks
from worker.digest.model import DigestEvidence
from worker.digest.select import select_digest
from worker.store import repository as repo
from worker.store import reviews
from worker.store.db import make_engine, make_session_factory, upgrade
from worker.store.models import Item, Source

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)


def analysed(n: int, flags: tuple[CategoryFlag, ...], mentions: tuple[str, ...]) -> AnalysedItem:
    raw = RawItem(f"g{n}", f"https://ex.org/{n}", f"Titre {n}", f"Menace numéro {n}",
                  kind="post", author="Jean", published_at=NOW - timedelta(hours=n))
    return AnalysedItem(raw, Analysis(mentions, Verdict(flags)))


def migrated_with_source(database_url: str, revision: str = "head") -> Engine:
    """An engine on the database migrated to ``revision``, with one source "s"."""
    engine = make_engine(database_url)
    upgrade(engine, revision)
    with engine.begin() as connection:
        connection.execute(insert(Source), [{"id": "s", "connector": "rss", "name": "S",
                                             "active": True, "consecutive_failures": 0}])
    return engine


def test_flagged_item_values_are_what_the_orm_loads(database_url: str) -> None:
    engine = migrated_with_source(database_url)
    threat = CategoryFlag("threats", 0.9, Severity.CRITICAL, (Evidence(0, 6, "Menace"),))
    spam = CategoryFlag("spam", 0.4, Severity.LOW)
    sessions = make_session_factory(engine)
    with sessions() as session:
        repo.save_items(session, "s", [
            analysed(1, (threat, spam), ("csscv", "eshg")),
            analysed(2, (spam,), ("eshg",)),
            analysed(3, (), ("csscv",)),  # mentions a school, flags nothing: not in the digest
        ], NOW)
        window = (NOW - timedelta(hours=1), NOW + timedelta(hours=1))
        values = repo.flagged_item_values(session, *window)
        orm = [repo.item_values(item) for item in repo.flagged_items(session, *window)]
        assert sorted(values, key=lambda v: v.id) == sorted(orm, key=lambda v: v.id)
        assert [(v.title, len(v.flags), v.flags[0].evidence) for v in values] == [
            ("Titre 1", 2, ((0, 6, "Menace"),)), ("Titre 2", 1, ())]
        later = (NOW + timedelta(hours=1), NOW + timedelta(hours=2))
        assert repo.flagged_item_values(session, *later) == []
    engine.dispose()


def long_body(n: int) -> str:
    """A body long enough to be fingerprinted, different for each ``n``."""
    return " ".join(f"mot{(n * 7 + k * k) % 53}" for k in range(40))


def test_a_flagged_item_is_stored_with_its_story_marks(database_url: str) -> None:
    """Worked out once when stored (the digest no longer folds and hashes 10,000 items), and
    the same as ``story_marks`` gives: 64-bit fingerprints survive the signed BIGINT."""
    engine = migrated_with_source(database_url)
    spam = CategoryFlag("spam", 0.4, Severity.LOW)
    items = [AnalysedItem(RawItem(f"g{n}", f"https://Ex.org/{n}?utm_source=x",
                                  f"Un titre assez long numéro {n}", long_body(n)),
                          Analysis(("csscv",), Verdict((spam,)))) for n in range(8)]
    quiet = AnalysedItem(RawItem("q", "https://ex.org/q", "Un titre assez long ici", long_body(9)),
                         Analysis(("csscv",), None))
    sessions = make_session_factory(engine)
    with sessions() as session:
        repo.save_items(session, "s", [*items, quiet], NOW)
        values = repo.flagged_item_values(session, NOW, NOW + timedelta(seconds=1))
        stored = session.execute(select(Item.title_key, Item.text_fingerprint)
                                 .where(Item.guid == "q")).one()
    expected = [story_marks(a.raw.url, a.raw.title, a.raw.text) for a in items]
    assert [v.marks for v in values] == expected
    assert any(m.fingerprint is not None and m.fingerprint >= 1 << 63 for m in expected)
    assert expected[0].canonical_url == "https://ex.org/0"
    assert tuple(stored) == (None, None)  # not flagged: the digest never merges it
    engine.dispose()


def test_the_migration_gives_items_flagged_before_it_their_marks(database_url: str) -> None:
    engine = migrated_with_source(database_url, "0011")
    body = long_body(3)
    with engine.begin() as connection:
        old_items = sa_table("items", "id", "source_id", "guid", "kind", "fetched_at",
                             "matched", "title", "text", "flagged")
        connection.execute(insert(old_items), [
            {"id": n, "source_id": "s", "guid": f"g{n}", "kind": "post", "fetched_at": NOW,
             "matched": True, "title": f"Un titre assez long numéro {n}", "text": body,
             "flagged": flagged} for n, flagged in ((1, True), (2, False))])
    upgrade(engine)
    with engine.connect() as connection:
        rows = connection.execute(select(Item.id, Item.title_key, Item.text_fingerprint)
                                  .order_by(Item.id)).all()
    marks = story_marks(None, "Un titre assez long numéro 1", body)
    assert [tuple(r) for r in rows] == [(1, marks.title_key, repo.signed64(marks.fingerprint)),
                                        (2, None, None)]
    engine.dispose()


def sa_table(name: str, *columns: str) -> TableClause:
    return table(name, *(column(c) for c in columns))


def test_the_digest_loads_evidence_for_the_entries_it_shows(database_url: str) -> None:
    """Evidence is most of a day's load: only the ``max_items`` entries shown in full get it,
    unless a term exception needs every item's evidence to silence some."""
    engine = migrated_with_source(database_url)
    threat = CategoryFlag("defamation", 0.9, Severity.HIGH, (Evidence(0, 6, "Menace"),))
    config = VeilleConfig.model_validate(base_config(digest={
        **base_config()["digest"], "max_items": 1}))
    sessions = make_session_factory(engine)
    window = (NOW, NOW + timedelta(seconds=1), NOW + timedelta(hours=1), NOW.date())
    with sessions() as session:
        repo.save_items(session, "s", [analysed(n, (threat,), ("eshg",)) for n in (1, 2)], NOW)
        digest = select_digest(session, config, *window)
        assert [e.flags[0].evidence for e in digest.entries] == [
            (DigestEvidence(0, 6, "Menace"),), ()]
        reviews.add_exception(session, "term", "rien à voir", None, "agente@example.org", NOW)
        digest = select_digest(session, config, *window)
        assert [e.flags[0].evidence for e in digest.entries] == [
            (DigestEvidence(0, 6, "Menace"),)] * 2
    engine.dispose()
