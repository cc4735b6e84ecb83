"""Pure pieces: signed links, exceptions applied to flags, highlighting, filters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from worker.charter.categories import Severity
from worker.charter.model import CategoryFlag, Document, Evidence, Verdict
from worker.review.exceptions import (
    ExceptingScorer,
    ExceptionSpec,
    apply_exceptions,
    span_excepted,
)
from worker.review.links import LinkError, item_link, item_token, read_item_token
from worker.review.present import Catalog, Segment, parse_filters, safe_next, segments
from worker.review.settings import ReviewConfigError, load_review_settings

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
SECRET = "x" * 40


def test_item_link_is_the_site_address_plus_a_signed_token() -> None:
    link = item_link("https://veille.example.org/revue/", 42, SECRET, NOW)
    assert link.startswith("https://veille.example.org/revue/lien/42.")
    assert read_item_token(link.rsplit("/", 1)[1], SECRET, NOW + timedelta(days=13)) == 42
    assert item_link("https://a", 42, SECRET, NOW) == item_link("https://a", 42, SECRET, NOW)


@pytest.mark.parametrize(("age", "max_age", "ok"), [
    (timedelta(days=13, hours=23), timedelta(days=14), True),
    (timedelta(days=14, seconds=1), timedelta(days=14), False),
    (timedelta(days=2), timedelta(days=1), False),
])
def test_links_expire(age: timedelta, max_age: timedelta, ok: bool) -> None:
    token = item_token(7, SECRET, NOW)
    if ok:
        assert read_item_token(token, SECRET, NOW + age, max_age) == 7
    else:
        with pytest.raises(LinkError) as caught:
            read_item_token(token, SECRET, NOW + age, max_age)
        assert caught.value.expired and "expiré" in str(caught.value)


@pytest.mark.parametrize("token", ["", "7", "7.abc", "8" + item_token(7, SECRET, NOW)[1:],
                                   item_token(7, "y" * 40, NOW), "x.y.z"])
def test_tampered_links_are_refused(token: str) -> None:
    with pytest.raises(LinkError) as caught:
        read_item_token(token, SECRET, NOW)
    assert not caught.value.expired


def test_settings_refuse_a_missing_or_short_secret() -> None:
    for env in ({}, {"VEILLE_SECRET_KEY": "court"}):
        with pytest.raises(ReviewConfigError, match="VEILLE_SECRET_KEY"):
            load_review_settings(env)
    settings = load_review_settings({"VEILLE_SECRET_KEY": SECRET, "VEILLE_REVIEW_LINK_DAYS": "3",
                                     "VEILLE_REVIEW_URL": "https://v.example.org"})
    assert settings.link_max_age == timedelta(days=3) and settings.secure_cookies
    assert SECRET not in repr(settings)
    with pytest.raises(ReviewConfigError, match="VEILLE_REVIEW_LINK_DAYS"):
        load_review_settings({"VEILLE_SECRET_KEY": SECRET, "VEILLE_REVIEW_LINK_DAYS": "-1"})


def span(text: str, term: str) -> Evidence:
    start = text.index(term)
    return Evidence(start, start + len(term), term)


TEXT = "Titre\n\nOn va tuer le temps. Puis je vais le TUER."


@pytest.mark.parametrize(("spec", "which", "expected"), [
    (ExceptionSpec(1, "term", "tuer"), "tuer", True),
    (ExceptionSpec(1, "term", "Tuer"), "TUER", True),  # case and accents aside
    (ExceptionSpec(1, "term", "tuer", "tuer le temps"), "tuer", True),
    (ExceptionSpec(1, "term", "tuer", "le temps"), "tuer", True),  # right beside it
    (ExceptionSpec(1, "term", "tuer", "tuer le temps"), "TUER", False),  # elsewhere
    (ExceptionSpec(1, "term", "tuer", "le temps"), "TUER", False),
    (ExceptionSpec(1, "term", "tuer", "va"), "tuer", True),
    (ExceptionSpec(1, "term", "tuer", "on"), "tuer", False),  # a word in between
    (ExceptionSpec(1, "term", "tue"), "tuer", False),  # whole words only
    (ExceptionSpec(1, "term", "  "), "tuer", False),
    (ExceptionSpec(1, "author", "tuer"), "tuer", False),
])
def test_term_exceptions(spec: ExceptionSpec, which: str, expected: bool) -> None:
    assert span_excepted(TEXT, span(TEXT, which), spec) is expected


def flag(category: str, *terms: str) -> CategoryFlag:
    return CategoryFlag(category, 0.9, Severity.HIGH, tuple(span(TEXT, t) for t in terms))


def test_a_flag_goes_only_when_every_evidence_is_excepted() -> None:
    document = Document("On va tuer le temps. Puis je vais le TUER.", "Titre")
    verdict = Verdict((flag("defamation", "tuer"), flag("cyberbullying", "tuer", "TUER"),
                       CategoryFlag("spam", 0.6, Severity.LOW)))
    spec = ExceptionSpec(1, "term", "tuer", "tuer le temps")
    kept = apply_exceptions(verdict, document, [spec])
    assert [f.category for f in kept.flags] == ["cyberbullying", "spam"]
    assert apply_exceptions(verdict, document, [ExceptionSpec(2, "author", "Élise  Roy")],
                            author="elise roy").flags == ()
    assert apply_exceptions(verdict, document, [ExceptionSpec(3, "source", "forum")],
                            source_id="forum").flags == ()
    assert apply_exceptions(verdict, document, [ExceptionSpec(3, "source", "forum")],
                            source_id="nouvelles") == verdict


def test_the_excepting_scorer_wraps_any_scorer() -> None:
    class Fixed:
        def score(self, document: Document) -> list[CategoryFlag]:
            return [flag("defamation", "tuer"), flag("spam", "TUER")]

    scorer = ExceptingScorer(Fixed(), (ExceptionSpec(1, "term", "tuer", "le temps"),))
    flags = scorer.score(Document("On va tuer le temps. Puis je vais le TUER.", "Titre"))
    assert [f.category for f in flags] == ["spam"]


def test_segments_mark_evidence_and_skip_stale_offsets() -> None:
    text = "abc def ghi"
    assert segments(text, [Evidence(4, 7, "def"), Evidence(5, 9, "ef g"),
                           Evidence(0, 3, "zzz")]) == [
        Segment("abc "), Segment("def g", True), Segment("hi")]
    assert segments("", []) == [Segment("")]
    assert segments("abc", [Evidence(0, 3, "abc")]) == [Segment("abc", True)]


def test_filters_ignore_unknown_values_and_read_local_days() -> None:
    catalog = Catalog({"eshg": "ESHG"}, "America/Toronto")
    filters = parse_filters({"statut": "traite", "ecole": "eshg", "categorie": "spam",
                             "du": "2026-11-24", "au": "2026-11-24"}, catalog)
    assert (filters.status, filters.entity_id, filters.category) == ("traite", "eshg", "spam")
    assert filters.since == datetime(2026, 11, 24, 5, 0, tzinfo=UTC)
    assert filters.until == datetime(2026, 11, 25, 5, 0, tzinfo=UTC)
    bad = parse_filters({"statut": "x", "ecole": "y", "categorie": "z", "du": "hier"}, catalog)
    assert bad == parse_filters({}, catalog)


@pytest.mark.parametrize(("target", "expected"), [
    ("/elements/3", "/elements/3"), ("https://evil.example", "/"), ("//evil", "/"),
    ("/\\evil", "/"), (None, "/"), ("elements", "/"),
])
def test_safe_next(target: str | None, expected: str) -> None:
    assert safe_next(target, "/") == expected
