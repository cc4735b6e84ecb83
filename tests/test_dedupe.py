"""Near-duplicate texts: syndicated copies merge, different articles about one school do not."""

from __future__ import annotations

import pytest

from tests.digest.newstexts import ARTICLE, FOOTER_A, FOOTER_B, OTHER, OTHER_SAME_SUBJECT
from worker.dedupe import (
    MIN_WORDS,
    distance,
    fingerprint,
    near_duplicate_groups,
    simhash,
)

# --- fingerprints --------------------------------------------------------------------------


def test_short_texts_get_no_fingerprint() -> None:
    short = " ".join(["parents"] * (MIN_WORDS - 1))
    assert fingerprint(short) is None
    assert fingerprint(short + " école") is not None


def test_fingerprint_ignores_case_accents_and_punctuation() -> None:
    shouted = ARTICLE.upper().replace("É", "E").replace(",", " ;")
    assert fingerprint(shouted) == fingerprint(ARTICLE)


def test_simhash_takes_the_majority_of_each_bit() -> None:
    assert simhash([0b0110, 0b0011, 0b0111]) == 0b0111
    assert simhash([1 << 63, 0]) == 0  # a tie leaves the bit unset


@pytest.mark.parametrize(
    ("name", "copy"),
    [
        ("another outlet's footer", ARTICLE + FOOTER_A),
        ("a longer footer", ARTICLE + FOOTER_B),
        ("a dateline", "BUCKINGHAM (PC) — " + ARTICLE + FOOTER_A),
        ("a corrected word and a footer", ARTICLE.replace("mardi", "lundi") + FOOTER_B),
        ("a word added", ARTICLE.replace("décontamination", "décontamination complète")),
    ],
)
def test_syndicated_copies_are_near_duplicates(name: str, copy: str) -> None:
    original, copied = fingerprint(ARTICLE), fingerprint(copy)
    assert original is not None and copied is not None
    assert near_duplicate_groups([original, copied]) == [0, 0], name


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (ARTICLE, OTHER),  # the same school, another story
        (ARTICLE, OTHER_SAME_SUBJECT),  # the same school and event, another article
        (OTHER, OTHER_SAME_SUBJECT),
        (ARTICLE + FOOTER_A, OTHER_SAME_SUBJECT + FOOTER_A),  # the same outlet's footer
    ],
)
def test_different_articles_about_one_school_stay_apart(first: str, second: str) -> None:
    a, b = fingerprint(first), fingerprint(second)
    assert a is not None and b is not None
    assert distance(a, b) > 20  # far from the threshold, not just past it
    assert near_duplicate_groups([a, b]) == [0, 1]


# --- grouping ------------------------------------------------------------------------------


def test_groups_are_named_after_their_first_member_and_skip_short_texts() -> None:
    prints = [fingerprint(t) for t in (OTHER, ARTICLE, "Avis aux parents", ARTICLE + FOOTER_B,
                                       OTHER + FOOTER_A, ARTICLE + FOOTER_A)]
    assert near_duplicate_groups(prints) == [0, 1, 2, 1, 0, 1]


def test_groups_close_over_chains() -> None:
    # 0 and 2 are 6 bits apart, too far; 1 is 3 bits from each: one story.
    assert near_duplicate_groups([0, 0b111, 0b111111], max_distance=3) == [0, 0, 0]


@pytest.mark.parametrize("max_distance", [0, 1, 3, 6, 10])
def test_every_pair_within_the_distance_is_found(max_distance: int) -> None:
    base = 0x0123456789ABCDEF
    # The differing bits spread over every band: banding must still find the pair.
    spread = sum(1 << (n * 64 // max(max_distance, 1)) for n in range(max_distance))
    assert distance(base, base ^ spread) == max_distance
    assert near_duplicate_groups([base, base ^ spread], max_distance) == [0, 0]
    just_too_far = base ^ ((1 << (max_distance + 1)) - 1)
    assert near_duplicate_groups([base, just_too_far], max_distance) == [0, 1]


def test_exact_copies_group_without_pairing_each_with_each() -> None:
    assert near_duplicate_groups([7] * 2_000 + [None]) == [0] * 2_000 + [2_000]
