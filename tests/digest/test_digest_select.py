"""The pure part of selection: order, one entry per story, and which route gets what."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from tests.digest import samples
from tests.digest.newstexts import ARTICLE, FOOTER_A, FOOTER_B, OTHER, OTHER_SAME_SUBJECT
from worker.charter.categories import Severity
from worker.config import RouteConfig
from worker.digest.model import DigestEntry
from worker.digest.select import (
    merge_same_story,
    near_duplicate_keys,
    route_matches,
    sort_entries,
    story_keys,
)

LONG_TITLE = "Menaces envers une enseignante de l'école Saint-Michel"


def entry(item_id: int, title: str = LONG_TITLE, url: str | None = None, **changes: object
          ) -> DigestEntry:
    made = samples.entry(item_id, title, "corps du texte", evidence="corps")
    return replace(made, url=url, **changes)  # type: ignore[arg-type]


# --- story keys ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        (LONG_TITLE, "https://ex.org/a?utm_source=x",
         ("url:https://ex.org/a", "title:menaces envers une enseignante de l ecole saint michel")),
        ("  MENACES envers une Enseignante — de l’école SAINT-MICHEL !", None,
         ("title:menaces envers une enseignante de l ecole saint michel",)),
        ("Avis aux parents", "https://ex.org/b", ("url:https://ex.org/b",)),  # too short
        ("Avis aux parents", None, ("item:7",)),
        ("(sans titre)", None, ("item:7",)),
        ("", "javascript:alert(1)", ("item:7",)),
    ],
)
def test_story_keys_are_the_canonical_url_and_a_telling_title(
    title: str, url: str | None, expected: tuple[str, ...]
) -> None:
    assert story_keys(entry(7, title, url)) == expected


# --- merging ---------------------------------------------------------------------------------


def test_same_canonical_url_in_two_sources_is_one_entry_with_also_at() -> None:
    first = entry(1, "Titre A", "https://ex.org/a", source_name="Échos")
    second = entry(2, "Titre B", "https://ex.org/a?utm_source=rss", source_name="Reddit")
    [merged] = merge_same_story([first, second])
    assert (merged.item_id, merged.also_at) == (1, ("Reddit",))


def test_same_long_title_at_different_urls_is_one_story() -> None:
    first = entry(1, url="https://journal-a.example/x", source_name="Journal A")
    second = entry(2, LONG_TITLE.upper(), "https://journal-b.example/y", source_name="Journal B")
    assert [e.also_at for e in merge_same_story([first, second])] == [("Journal B",)]


def test_short_identical_titles_stay_apart() -> None:
    entries = [entry(1, "Avis aux parents"), entry(2, "Avis aux parents")]
    assert [e.item_id for e in merge_same_story(entries)] == [1, 2]


def test_a_story_links_through_any_shared_key() -> None:
    # 1 and 2 share a title, 2 and 3 a URL: one story, found in three sources.
    one = entry(1, url="https://a.example/1", source_name="A")
    two = entry(2, url="https://b.example/2", source_name="B")
    three = entry(3, "Autre titre", "https://b.example/2", source_name="C")
    [merged] = merge_same_story([one, two, three])
    assert merged.also_at == ("B", "C")


def test_merged_story_keeps_every_entity_mentioned() -> None:
    first = entry(1, entities=("CSSCV",), entity_ids=("csscv",))
    second = entry(2, entities=("ESHG", "CSSCV"), entity_ids=("eshg", "csscv"),
                   source_name="Autre")
    [merged] = merge_same_story([first, second])
    assert (merged.entities, merged.entity_ids) == (("CSSCV", "ESHG"), ("csscv", "eshg"))


def test_a_repeat_in_the_same_source_is_not_listed_as_also_at() -> None:
    [merged] = merge_same_story([entry(1), entry(2)])
    assert merged.also_at == ()


def test_merging_takes_another_key_function() -> None:
    entries = [entry(1, "Un"), entry(2, "Deux", source_name="Autre")]
    [merged] = merge_same_story(entries, keys=lambda e: ("same",))
    assert merged.also_at == ("Autre",)


def test_entries_are_most_severe_first_then_newest() -> None:
    base = datetime(2026, 11, 24, tzinfo=UTC)
    old_critical = entry(1, severity=Severity.CRITICAL, published_at=base)
    new_low = entry(2, severity=Severity.LOW, published_at=base + timedelta(hours=5))
    new_critical = entry(3, severity=Severity.CRITICAL, published_at=base + timedelta(hours=1))
    high_undated = entry(4, severity=Severity.HIGH, published_at=None,
                         fetched_at=base + timedelta(hours=2))
    ordered = sort_entries([old_critical, new_low, new_critical, high_undated])
    assert [e.item_id for e in ordered] == [3, 1, 4, 2]


# --- routes ----------------------------------------------------------------------------------


def route(entities: list[str] | None = None, categories: list[str] | None = None
          ) -> RouteConfig:
    return RouteConfig(id="r", recipients=["x@example.org"], entities=entities or [],
                       categories=categories or [])


@pytest.mark.parametrize(
    ("the_route", "entity_ids", "category", "matches"),
    [
        (route(["eshg"]), ("eshg",), "defamation", True),
        (route(["eshg"]), ("csscv",), "defamation", False),
        (route(["eshg", "thurso"]), ("csscv", "thurso"), "spam", True),
        (route(categories=["spam"]), ("csscv",), "spam", True),
        (route(categories=["spam"]), ("csscv",), "privacy", False),
        (route(["eshg"], ["privacy"]), ("eshg",), "privacy", True),
        (route(["eshg"], ["privacy"]), ("eshg",), "spam", False),
        (route(["eshg"], ["privacy"]), ("csscv",), "privacy", False),
    ],
)
def test_a_route_matches_its_entities_and_its_categories(
    the_route: RouteConfig, entity_ids: tuple[str, ...], category: str, matches: bool
) -> None:
    made = samples.entry(1, "Titre", "corps", evidence="corps", category=category)
    assert route_matches(the_route, replace(made, entity_ids=entity_ids)) is matches


# --- near-duplicate texts ----------------------------------------------------------------------


def test_a_syndicated_copy_with_another_footer_is_one_entry() -> None:
    kept = entry(1, "Fermeture de l'école Hormisdas-Gamelin", url="https://ledroit.example/a",
                 text=ARTICLE + FOOTER_B, source_name="Le Droit", entity_ids=("eshg",))
    copy = entry(2, "L'école secondaire de Buckingham fermée", url="https://pc.example/b",
                 text=ARTICLE + FOOTER_A, source_name="La Presse Canadienne",
                 entity_ids=("csscv",))
    other = entry(3, "Les parents dénoncent la fermeture", url="https://radio.example/c",
                  text=OTHER_SAME_SUBJECT, source_name="Radio")
    entries = [kept, copy, other]
    merged = merge_same_story(entries, near_duplicate_keys(entries))
    assert [(e.item_id, e.also_at) for e in merged] == [(1, ("La Presse Canadienne",)), (3, ())]
    assert merged[0].entity_ids == ("eshg", "csscv")


def test_two_articles_about_one_school_stay_two_entries() -> None:
    first = entry(1, "Fermeture de l'école", text=ARTICLE, source_name="A")
    second = entry(2, "Victoire en robotique", text=OTHER, source_name="B")
    entries = [first, second]
    assert [e.item_id for e in merge_same_story(entries, near_duplicate_keys(entries))] == [1, 2]


def test_short_identical_texts_are_not_merged_by_text() -> None:
    post = "Réunion de parents ce soir à l'école, venez nombreux."
    entries = [entry(1, "Un", text=post, source_name="A"), entry(2, "Deux", text=post,
                                                                 source_name="B")]
    assert [e.item_id for e in merge_same_story(entries, near_duplicate_keys(entries))] == [1, 2]
