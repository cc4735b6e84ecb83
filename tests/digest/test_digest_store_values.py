"""The digest reads flagged items as plain values: the same values the ORM would give."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from connectors.base import RawItem
from worker.analyse import AnalysedItem, Analysis
from worker.charter.categories import Severity
from worker.charter.model import CategoryFlag, Evidence, Verdict
from worker.store import repository as repo
from worker.store.db import make_engine, make_session_factory, upgrade
from worker.store.models import Source

NOW = datetime(2026, 11, 24, 12, tzinfo=UTC)


def analysed(n: int, flags: tuple[CategoryFlag, ...], mentions: tuple[str, ...]) -> AnalysedItem:
    raw = RawItem(f"g{n}", f"https://ex.org/{n}", f"Titre {n}", f"Menace numéro {n}",
                  kind="post", author="Jean", published_at=NOW - timedelta(hours=n))
    return AnalysedItem(raw, Analysis(mentions, Verdict(flags)))


def test_flagged_item_values_are_what_the_orm_loads(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(insert(Source), [{"id": "s", "connector": "rss", "name": "S",
                                             "active": True, "consecutive_failures": 0}])
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
