"""Excerpts around the evidence, and one-line cleaning of untrusted text: exact outputs."""

from __future__ import annotations

import pytest
from markupsafe import Markup

from worker.digest.excerpt import ExcerptPart, clean, excerpt, excerpt_html, excerpt_text


def test_excerpt_marks_the_evidence_in_its_context() -> None:
    text = "Titre\n\nLe directeur est un incompétent notoire, dit-on."
    start = text.index("incompétent")
    assert excerpt(text, [(start, start + len("incompétent"))]) == (
        ExcerptPart("Le directeur est un "),
        ExcerptPart("incompétent", marked=True),
        ExcerptPart(" notoire, dit-on."),
    )


def test_excerpt_cuts_long_context_at_words_with_ellipses() -> None:
    words = " ".join(f"mot{i}" for i in range(200))
    text = f"{words} INSULTE {words}"
    start = text.index("INSULTE")
    parts = excerpt(text, [(start, start + 7)], radius=30)
    assert parts[0].text.startswith("… mot") and parts[0].text.endswith(" ")
    assert parts[1] == ExcerptPart("INSULTE", marked=True)
    assert parts[2].text.endswith(" …")
    assert all(len(p.text) <= 40 for p in parts)
    assert not any(p.text.strip(" …").startswith("ot") for p in parts)  # no cut word


def test_excerpt_joins_far_apart_evidence_with_an_ellipsis() -> None:
    text = "début " + "x " * 300 + "AAA " + "y " * 300 + "BBB fin"
    a, b = text.index("AAA"), text.index("BBB")
    marked = [p.text for p in excerpt(text, [(b, b + 3), (a, a + 3)], radius=10) if p.marked]
    rendered = excerpt_text(excerpt(text, [(a, a + 3), (b, b + 3)], radius=10))
    assert marked == ["AAA", "BBB"]
    assert rendered == "… x x x x x [[AAA]] y y y y y … y y y y y [[BBB]] fin"


def test_excerpt_merges_overlapping_evidence() -> None:
    text = "une insulte grave ici"
    parts = excerpt(text, [(4, 11), (8, 17)])
    assert [p for p in parts if p.marked] == [ExcerptPart("insulte grave", marked=True)]


@pytest.mark.parametrize("spans", [[], [(5, 2)], [(-1, 3)], [(0, 10_000)], [(4, 4)]])
def test_excerpt_without_valid_evidence_shows_the_beginning(spans: list[tuple[int, int]]) -> None:
    assert excerpt("Un texte court.", spans) == (ExcerptPart("Un texte court."),)


def test_excerpt_drops_controls_and_bidi_overrides() -> None:
    text = "avant\u202e\x00 MOT\tapres"
    start = text.index("MOT")
    assert excerpt_text(excerpt(text, [(start, start + 3)])) == "avant [[MOT]] apres"


def test_excerpt_html_escapes_each_piece_before_marking() -> None:
    parts = (ExcerptPart("a <b>"), ExcerptPart("<script>x</script>", marked=True), ExcerptPart("&"))
    html = excerpt_html(parts)
    assert isinstance(html, Markup)
    assert html == "a &lt;b&gt;<mark>&lt;script&gt;x&lt;/script&gt;</mark>&amp;"


def test_excerpt_text_brackets_the_evidence() -> None:
    parts = (ExcerptPart("a "), ExcerptPart("b", marked=True), ExcerptPart(" c"))
    assert excerpt_text(parts) == "a [[b]] c"



@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("  deux\n\nlignes\t ", "deux lignes"),
        ("a\u202eb\u2066c", "abc"),
        ("cloche\x07", "cloche"),
        ("émoji 👩‍🏫 gardé", "émoji 👩‍🏫 gardé"),
    ],
)
def test_clean_makes_one_visible_line(value: str, expected: str) -> None:
    assert clean(value) == expected
