"""A false positive never comes back: its copies stay out of the next digest."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import base_config
from tests.review.conftest import NOW, flagged, save
from worker.config import parse_config
from worker.digest.model import Digest
from worker.digest.select import select_digest
from worker.store import reviews

CONFIG = parse_config(base_config())
DAY = timedelta(days=1)


def digest_of(session: Session, start_day: int) -> Digest:
    start = NOW + start_day * DAY - timedelta(hours=1)
    return select_digest(session, CONFIG, start, start + DAY, start + DAY, date(2026, 11, 25))


def reported_then_copied(sessions: sessionmaker[Session]) -> tuple[int, int, int]:
    """Day 0: a false positive and a real case are reported. Day 1: a copy of each."""
    [fp, real] = save(sessions, "nouvelles",
                      flagged("a", "Quel imbécile.", "imbécile", url="https://x.org/a"),
                      flagged("b", "Un crétin fini.", "crétin", url="https://x.org/b"))
    with sessions() as session:
        assert {e.item_id for e in digest_of(session, 0).entries} == {fp, real}
        reviews.record_review(session, fp, "faux_positif", "Une citation.", "a@x.org", NOW)
    [copy, real_copy] = save(sessions, "forum",
                             flagged("c", "Quel imbécile !", "imbécile",
                                     url="https://x.org/a?utm_source=fb"),
                             flagged("d", "Un autre crétin.", "crétin"), now=NOW + DAY)
    return fp, copy, real_copy


def test_a_false_positive_and_its_copy_are_suppressed(sessions: sessionmaker[Session]) -> None:
    fp, copy, real_copy = reported_then_copied(sessions)
    with sessions() as session:
        assert reviews.suppressed_item_ids(session, {fp, copy, real_copy}) == {fp, copy}


def test_select_digest_leaves_out_false_positives(sessions: sessionmaker[Session]) -> None:
    _fp, copy, real_copy = reported_then_copied(sessions)
    with sessions() as session:
        assert {e.item_id for e in digest_of(session, 1).entries} == {real_copy}
    assert copy
