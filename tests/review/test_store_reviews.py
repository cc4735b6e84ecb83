"""The queries the digest and the classifier will call, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.review.conftest import NOW, flagged, save
from worker.review.auth import hash_password
from worker.review.exceptions import ExceptionSpec
from worker.store import reviews

WHO = "agente@example.org"


def decide(sessions: sessionmaker[Session], item_id: int, status: str) -> None:
    with sessions() as session:
        reviews.record_review(session, item_id, status, None, WHO, NOW)


def test_a_false_positive_and_its_duplicates_are_suppressed(
        sessions: sessionmaker[Session]) -> None:
    [fp, kept] = save(sessions, "nouvelles",
                      flagged("a", "Un imbécile.", "imbécile", url="https://x.org/a"),
                      flagged("b", "Un crétin.", "crétin", url="https://x.org/b"))
    # The same story from another source, its URL written differently.
    [copy] = save(sessions, "forum", flagged("c", "Un imbécile !", "imbécile",
                                             url="https://X.org/a?utm_source=fb"))
    decide(sessions, fp, "faux_positif")
    with sessions() as session:
        assert reviews.suppressed_item_ids(session, [fp, kept, copy]) == {fp, copy}
        assert reviews.suppressed_item_ids(session, [kept]) == set()
        assert reviews.suppressed_item_ids(session, []) == set()


def test_the_latest_decision_counts(sessions: sessionmaker[Session]) -> None:
    [item] = save(sessions, "nouvelles", flagged("a", "Un imbécile.", "imbécile"))
    decide(sessions, item, "faux_positif")
    decide(sessions, item, "confirme")
    with sessions() as session:
        assert reviews.suppressed_item_ids(session, [item]) == set()
        assert reviews.current_statuses(session, [item]) == {item: "confirme"}
    decide(sessions, item, "faux_positif")
    with sessions() as session:
        assert reviews.suppressed_item_ids(session, [item]) == {item}


def test_a_duplicate_confirmed_on_its_own_is_not_suppressed(
        sessions: sessionmaker[Session]) -> None:
    [fp] = save(sessions, "nouvelles", flagged("a", "Un imbécile.", "imbécile",
                                               url="https://x.org/a"))
    [copy] = save(sessions, "forum", flagged("a", "Un imbécile.", "imbécile",
                                             url="https://x.org/a"))
    decide(sessions, fp, "faux_positif")
    decide(sessions, copy, "confirme")
    with sessions() as session:
        assert reviews.suppressed_item_ids(session, [fp, copy]) == {fp}


def test_exceptions_silence_items_already_stored(sessions: sessionmaker[Session]) -> None:
    [killing_time, threat, by_bot, from_forum] = save(
        sessions, "nouvelles",
        flagged("a", "On va tuer le temps à l'école.", "tuer"),
        flagged("b", "Je vais le tuer demain.", "tuer"),
        flagged("c", "Quel imbécile.", "imbécile", author="Robot Pub"),
        flagged("d", "Quel crétin.", "crétin"))
    [forum] = save(sessions, "forum", flagged("e", "Quel crétin.", "crétin",
                                              url="https://y.org/e"))
    exceptions = (ExceptionSpec(1, "term", "tuer", "tuer le temps"),
                  ExceptionSpec(2, "author", "robot pub"),
                  ExceptionSpec(3, "source", "forum"))
    ids = [killing_time, threat, by_bot, from_forum, forum]
    with sessions() as session:
        assert reviews.excepted_item_ids(session, ids, exceptions) == {
            killing_time, by_bot, forum}
        assert reviews.excepted_item_ids(session, ids, ()) == set()


def test_exceptions_round_trip_and_are_not_duplicated(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        first = reviews.add_exception(session, "term", " tuer ", "tuer le temps", WHO, NOW)
        again = reviews.add_exception(session, "term", "tuer", "tuer le temps", WHO, NOW)
        author = reviews.add_exception(session, "author", "Robot", "ignored", WHO, NOW)
        assert first.id == again.id and author.context is None
        assert reviews.active_exceptions(session) == (
            ExceptionSpec(first.id, "term", "tuer", "tuer le temps"),
            ExceptionSpec(author.id, "author", "Robot"))
        assert reviews.remove_exception(session, first.id, WHO, NOW + timedelta(hours=1))
        assert not reviews.remove_exception(session, first.id, WHO, NOW)
        assert [e.id for e in reviews.active_exceptions(session)] == [author.id]
        with pytest.raises(reviews.ReviewError, match="Type d'exception inconnu"):
            reviews.add_exception(session, "regex", "x", None, WHO, NOW)


def test_users_are_unique_by_address_whatever_the_case(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        reviews.add_user(session, "Agente@Example.org ", hash_password("x" * 12), NOW)
        with pytest.raises(reviews.ReviewError, match="existe déjà"):
            reviews.add_user(session, "agente@example.org", hash_password("x" * 12), NOW)
        assert [u.email for u in reviews.list_users(session)] == ["agente@example.org"]
        assert reviews.find_user(session, "AGENTE@example.org") is not None


def test_reviewed_items_leave_out_purged_texts(sessions: sessionmaker[Session]) -> None:
    from worker.store import privacy

    [kept, erased, unreviewed] = save(sessions, "nouvelles",
                                      flagged("a", "Un imbécile.", "imbécile"),
                                      flagged("b", "Un crétin.", "crétin"),
                                      flagged("c", "Un idiot.", "idiot"))
    decide(sessions, kept, "traite")
    decide(sessions, erased, "faux_positif")
    with sessions() as session:
        privacy.erase_items(session, [erased], NOW)
        assert [(i.id, s) for i, s in reviews.reviewed_items(session)] == [(kept, "traite")]
    assert unreviewed


def test_a_copy_with_the_same_long_title_is_suppressed_but_not_a_short_one(
        sessions: sessionmaker[Session]) -> None:
    long_title = "Menaces envers une enseignante de l'école"
    [fp, short_fp] = save(sessions, "nouvelles",
                          flagged("a", "Un imbécile.", "imbécile", title=long_title),
                          flagged("b", "Un crétin.", "crétin", title="Avis aux parents"))
    [copy, short_copy] = save(sessions, "forum",
                              flagged("c", "Un imbécile !", "imbécile",
                                      title="MENACES envers une enseignante de l’École !"),
                              flagged("d", "Autre chose, idiot.", "idiot",
                                      title="Avis aux parents"))
    decide(sessions, fp, "faux_positif")
    decide(sessions, short_fp, "faux_positif")
    with sessions() as session:
        assert reviews.suppressed_item_ids(session, [copy, short_copy]) == {copy}
