"""build_alert, and the scope line of a routed digest: exact words, inert untrusted content."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace

import pytest

from tests.digest import samples
from tests.digest.test_digest_build import XSS_TITLE, links, parse_html
from worker.charter.categories import Severity
from worker.digest.build import build_alert, build_alert_subject, build_digest
from worker.digest.model import Alert, DigestEntry, DigestScope


def alert(entry: DigestEntry | None = None, **changes: object) -> Alert:
    critical = samples.representative().entries[0]
    base = Alert(
        entry=entry or critical,
        organisation_name=samples.ORGANISATION,
        generated_at=samples.GENERATED_AT,
        timezone="America/Montreal",
        period=samples.GENERATED_AT.date(),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_alert_text_matches_golden(golden: Callable[[str, str], None]) -> None:
    golden("alert.fr.txt", build_alert(alert()).text)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", "ALERTE — Veille CSSCV — Propos diffamatoires, menaces ou insultes — "
               "École Saint-Michel, CSSCV"),
        ("en", "ALERT — Veille CSSCV — Defamation, threats or insults — "
               "École Saint-Michel, CSSCV"),
    ],
)
def test_alert_subject_names_the_category_and_who_it_is_about(language: str,
                                                             expected: str) -> None:
    assert build_alert_subject(alert(language=language)) == expected


def test_alert_subject_stays_one_short_line_whatever_the_feed_says() -> None:
    entry = samples.entry(1, "Titre", "corps", evidence="corps", severity=Severity.CRITICAL,
                          entities=("École\r\nBcc: tous@example.org " + "x" * 200,))
    subject = build_alert_subject(alert(entry))
    assert "\n" not in subject and "\r" not in subject
    assert subject.endswith("…") and len(subject) < 160


def test_alert_subject_without_entities() -> None:
    entry = samples.entry(1, "Titre", "corps", evidence="corps", entities=())
    assert build_alert_subject(alert(entry)) == (
        "ALERTE — Veille CSSCV — Propos diffamatoires, menaces ou insultes")


def test_alert_html_is_inert_and_links_only_http() -> None:
    entry = samples.entry(1, XSS_TITLE, "Voici <script>alert(2)</script>.",
                          evidence="<script>alert(2)</script>", author="<svg onload=alert(5)>",
                          url="javascript:alert(1)", severity=Severity.CRITICAL)
    body = build_alert(alert(entry)).html
    parsed = parse_html(body)
    assert not {tag for tag, _ in parsed.tags} & {"script", "img", "svg"}
    assert not [n for _, attrs in parsed.tags for n, _ in attrs if n.startswith("on")]
    assert links(body) == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_alert_html_has_inlined_css_and_says_it_will_be_in_the_digest() -> None:
    body = build_alert(alert()).html
    assert '<td class="alert-header" style="' in body
    assert "Cet élément figurera aussi dans le condensé du mardi 24 novembre 2026." in body


def test_routed_digest_says_what_it_was_narrowed_to() -> None:
    scope = DigestScope(("École Saint-Michel",), ("privacy", "spam"))
    rendered = build_digest(replace(samples.representative(), scope=scope))
    line = ("Sélection pour cette liste\u00a0: École Saint-Michel ; Atteinte à la vie privée, "
            "Publicité, sollicitation ou pourriel.")
    assert line in html.unescape(rendered.html)
    assert line in re.sub(r"[ \n]+", " ", rendered.text)  # wrapped at 72 columns


def test_main_digest_has_no_scope_line() -> None:
    assert "Sélection pour cette liste" not in build_digest(samples.representative()).text
