"""build_digest and its pure helpers: exact outputs, golden text, inert untrusted content."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest

from tests.digest import samples
from worker.charter.categories import Severity
from worker.digest.build import build_digest, build_subject, plural, safe_href, short_name
from worker.digest.model import DigestEvidence, DigestFlag, SourceHealth

XSS_TITLE = "<script>alert(1)</script><img src=x onerror=alert(1)>"


class _Tags(HTMLParser):
    """Every start tag and attribute as a browser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def links(html: str) -> list[str]:
    return [dict(attrs)["href"] or "" for tag, attrs in parse_html(html).tags if tag == "a"]


# --- subject -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "language", "expected"),
    [
        (3, "fr", "Veille CSSCV — 3 éléments à examiner — 24 novembre 2026"),
        (1, "fr", "Veille CSSCV — 1 élément à examiner — 24 novembre 2026"),
        (0, "fr", "Veille CSSCV — rien à signaler — 24 novembre 2026"),
        (3, "en", "Veille CSSCV — 3 items to review — November 24, 2026"),
        (1, "en", "Veille CSSCV — 1 item to review — November 24, 2026"),
        (0, "en", "Veille CSSCV — nothing to report — November 24, 2026"),
    ],
)
def test_subject_counts_items_and_gives_the_day(count: int, language: str, expected: str) -> None:
    entries = tuple(samples.entry(i, f"Titre {i}", "corps", evidence="corps") for i in range(count))
    assert build_subject(samples.digest(entries, language=language)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Centre de services scolaire au Cœur-des-Vallées (CSSCV)", "CSSCV"),
        ("CSSCV", "CSSCV"),
        ("  École des Trois-Saisons ", "École des Trois-Saisons"),
        ("Centre (de services) scolaire", "Centre (de services) scolaire"),
    ],
)
def test_short_name_takes_a_trailing_parenthesis(name: str, expected: str) -> None:
    assert short_name(name) == expected


@pytest.mark.parametrize(
    ("lang", "key", "n", "expected"),
    [
        ("fr", "quiet", 0, "0 autre mention sans problème relevé"),
        ("fr", "quiet", 1, "1 autre mention sans problème relevé"),
        ("fr", "quiet", 42, "42 autres mentions sans problème relevé"),
        ("fr", "quiet", 1234, "1\u00a0234 autres mentions sans problème relevé"),
        ("fr", "more", 3, "… et 3 autres éléments"),
        ("en", "more", 1, "… and 1 more item"),
        ("en", "failures", 0, "0 consecutive failures"),
    ],
)
def test_plural_picks_the_form_and_formats_the_number(
    lang: str, key: str, n: int, expected: str
) -> None:
    assert plural(lang, key, n) == expected


# --- small helpers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("HTTP://Example.org/", "HTTP://Example.org/"),
        ("  https://example.org/x  ", "https://example.org/x"),
        ('https://example.org/"><script>', "https://example.org/%22%3E%3Cscript%3E"),
        ("https://example.org/é", "https://example.org/%C3%A9"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("vbscript:msgbox", None),
        ("ftp://example.org/", None),
        ("//example.org/", None),
        ("https://", None),
        ("http://[::1", None),
        ("", None),
        (None, None),
    ],
)
def test_safe_href_links_only_http_urls(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected


# --- the whole digest ----------------------------------------------------------------------


def test_representative_text_part_matches_golden(golden: Callable[[str, str], None]) -> None:
    golden("representative.fr.txt", build_digest(samples.representative()).text)


def test_english_text_part_matches_golden(golden: Callable[[str, str], None]) -> None:
    digest = replace(samples.representative(), language="en")
    golden("representative.en.txt", build_digest(digest).text)


def test_empty_text_part_matches_golden(golden: Callable[[str, str], None]) -> None:
    golden("empty.fr.txt", build_digest(samples.digest(quiet_mentions=17)).text)


def test_empty_digest_says_nothing_to_report() -> None:
    rendered = build_digest(samples.digest())
    assert rendered.subject == "Veille CSSCV — rien à signaler — 24 novembre 2026"
    assert "Rien à signaler" in rendered.text
    assert "Rien à signaler" in rendered.html
    assert "Sources en difficulté" not in rendered.html


def test_dates_are_local_and_french() -> None:
    rendered = build_digest(samples.representative())
    for part in (rendered.text, rendered.html):
        assert "Journée du mardi 24 novembre 2026" in part
        assert "lundi 23 novembre 2026, 17 h 15" in part  # 22 h 15 UTC in Montréal
        assert "Généré le mardi 24 novembre 2026, 07 h 00" in part


def test_scores_use_a_decimal_comma() -> None:
    rendered = build_digest(samples.representative())
    assert "score 0,94" in rendered.text and "score 0,94" in rendered.html
    assert "0.94" not in rendered.text


def test_entries_are_grouped_by_severity_in_order() -> None:
    text = build_digest(samples.representative()).text
    headings = [line for line in text.splitlines() if line.startswith("== ")]
    assert headings == ["== Critique (1) ==", "== Élevée (2) ==", "== Moyenne (1) =="]


def test_groups_follow_severity_even_if_entries_arrive_unsorted() -> None:
    low = samples.entry(1, "Bas", "corps b", severity=Severity.LOW, evidence="corps")
    critical = samples.entry(2, "Haut", "corps h", severity=Severity.CRITICAL, evidence="corps")
    again = samples.entry(3, "Bas 2", "corps c", severity=Severity.LOW, evidence="corps")
    text = build_digest(samples.digest((low, critical, again))).text
    headings = [line for line in text.splitlines() if line.startswith("== ")]
    assert headings == ["== Critique (1) ==", "== Faible (2) =="]


def test_at_most_max_items_entries_then_a_count() -> None:
    entries = tuple(samples.entry(i, f"Titre {i}", "corps", evidence="corps") for i in range(7))
    rendered = build_digest(samples.digest(entries, max_items=5))
    assert "Titre 4" in rendered.text and "Titre 5" not in rendered.text
    assert "… et 2 autres éléments" in rendered.text
    assert "… et 2 autres éléments" in rendered.html
    assert rendered.subject.startswith("Veille CSSCV — 7 éléments à examiner")


def test_quiet_mentions_line() -> None:
    rendered = build_digest(samples.digest(quiet_mentions=42))
    assert "42 autres mentions sans problème relevé" in rendered.text
    assert "42 autres mentions sans problème relevé" in rendered.html


def test_failing_sources_are_listed_with_their_error() -> None:
    rendered = build_digest(samples.representative())
    assert "Sources en difficulté" in rendered.html
    assert "en échec depuis dimanche 22 novembre 2026, 09 h 05" in rendered.html
    assert "12 échecs consécutifs" in rendered.html
    assert "HTTP 429 &lt;Too Many Requests&gt; après 3 tentatives" in rendered.html


def test_long_source_errors_are_shortened() -> None:
    health = SourceHealth("s", "Source", None, "x" * 5000, 1, None)
    text = build_digest(samples.digest(source_health=(health,))).text
    assert "x" * 299 + "…" in text and "x" * 300 not in text
    assert "Source\n  en échec, 1 échec consécutif" in text


def test_also_at_lists_other_sources() -> None:
    rendered = build_digest(samples.representative())
    assert "Aussi sur : Reddit — r/outaouais, X — @parent_fache" in rendered.text.replace(
        "\u00a0", " "
    )
    assert "Aussi sur" in rendered.html


def test_no_also_at_line_when_empty() -> None:
    one = samples.entry(1, "Titre", "corps", evidence="corps")
    assert "Aussi sur" not in build_digest(samples.digest((one,))).text


def test_each_flag_shows_its_french_label_and_charter_clause() -> None:
    text = build_digest(samples.representative()).text.replace("\u00a0", " ")
    assert "- Atteinte à la vie privée — score 0,71" in text
    assert "Charte : « Contenu portant atteinte aux droits fondamentaux d'autrui" in text


def test_unknown_category_is_shown_by_its_key() -> None:
    entry = samples.entry(1, "Titre", "corps", evidence="corps", category="nouvelle-categorie")
    assert "- nouvelle-categorie — score 0,87" in build_digest(samples.digest((entry,))).text


def test_evidence_with_stale_offsets_is_found_by_its_words() -> None:
    entry = samples.entry(1, "Titre", "il est incompétent", evidence="incompétent")
    stale = DigestFlag("defamation", 0.9, Severity.HIGH, (DigestEvidence(0, 3, "incompétent"),))
    rendered = build_digest(samples.digest((replace(entry, flags=(stale,)),)))
    assert "[[incompétent]]" in rendered.text
    assert re.search(r"<mark[^>]*>incompétent</mark>", rendered.html)


def test_only_http_urls_become_links() -> None:
    html = build_digest(samples.representative()).html
    assert links(html) == [
        "https://www.facebook.com/groupe/posts/1",
        "https://www.facebook.com/groupe/posts/2",
        "https://www.facebook.com/groupe/posts/4",
    ]
    assert "javascript:alert(1) (adresse non cliquable)" in html


def test_unknown_publication_date_falls_back_to_fetch_time() -> None:
    text = build_digest(samples.representative()).text
    assert "date inconnue (relevé le lundi 23 novembre 2026, 17 h 30)" in text


def test_untrusted_text_arrives_inert_in_html() -> None:
    entry = samples.entry(
        1, XSS_TITLE, "Voici <script>alert(2)</script> et <img src=x onerror=alert(3)>.",
        evidence="<script>alert(2)</script>", source_name="<b onmouseover=alert(4)>Blogue</b>",
        author="<svg onload=alert(5)>", entities=("<iframe src=javascript:alert(6)>",),
        also_at=("<a href=javascript:alert(7)>x</a>",), url='https://ex.org/"onmouseover="x',
    )  # fmt: skip
    health = SourceHealth("s", "<script>alert(8)</script>", None, "<img onerror=alert(9)>", 2, None)
    html = build_digest(samples.digest((entry,), source_health=(health,))).html
    parsed = parse_html(html)
    tags = {tag for tag, _ in parsed.tags}
    attrs = [name for _, pairs in parsed.tags for name, _ in pairs]
    assert not tags & {"script", "img", "svg", "iframe", "b"}
    assert not [name for name in attrs if name.startswith("on")]
    assert links(html) == ["https://ex.org/%22onmouseover=%22x"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert re.search(r"<mark[^>]*>&lt;script&gt;alert\(2\)&lt;/script&gt;</mark>", html)


def test_html_has_inlined_css_and_table_layout() -> None:
    html = build_digest(samples.representative()).html
    parsed = parse_html(html)
    assert html.startswith("<!DOCTYPE html>")
    assert '<html lang="fr">' in html
    assert any(tag == "table" and ("role", "presentation") in attrs for tag, attrs in parsed.tags)
    styled = [tag for tag, attrs in parsed.tags if any(name == "style" for name, _ in attrs)]
    assert {"body", "td", "h2", "p", "a", "mark"} <= set(styled)
    assert "@media" in html  # kept in <style> for phones; the rest is inline


def test_english_digest_uses_english_words_and_dates() -> None:
    rendered = build_digest(replace(samples.representative(), language="en"))
    assert "Day of Tuesday, November 24, 2026" in rendered.text
    assert "== Critical (1) ==" in rendered.text
    assert "Also at: Reddit" in rendered.text
    assert "score 0.94" in rendered.text
    assert '<html lang="en">' in rendered.html


def test_naive_datetimes_are_read_as_utc() -> None:
    entry = samples.entry(
        1, "Titre", "corps", evidence="corps", published_at=datetime(2026, 11, 23, 22, 15)
    )
    aware = replace(entry, published_at=datetime(2026, 11, 23, 22, 15, tzinfo=UTC))
    naive_text = build_digest(samples.digest((entry,))).text
    assert naive_text == build_digest(samples.digest((aware,))).text
