"""Near-duplicate texts: the same article syndicated by several outlets, or found by several
sources, with a different footer or a few words changed. Pure: no I/O.

A text's fingerprint is a 64-bit SimHash (Charikar) of its word 3-shingles, folded as the
matcher folds (case, accents, punctuation aside). Similar texts get fingerprints that differ
in few bits; different texts differ in about half of them. Grouping compares only the
fingerprints that share one of ``max_distance + 1`` bands exactly (by the pigeonhole
principle, two fingerprints at most ``max_distance`` bits apart always share a band), so
10,000 texts cost about 10,000 dictionary look-ups per band, not 50 million comparisons.
"""

from __future__ import annotations

import hashlib
import struct
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from worker.canonical import canonical_url
from worker.normalise import folded_words

# Below this many words a text is too generic (« Rencontre de parents ce soir à l'école… »)
# for its likeness to another to mean that both are one story.
MIN_WORDS = 30
# Measured on a 190-word French news article (tests/test_dedupe.py): another outlet's footer
# or dateline, or one word changed, lands at 1-6 bits (one changed word: 3 on average, 6 at
# the 90th percentile); different articles about the same school at 29-32, shuffled words
# never under 20. Kept low: a missed merge shows a story twice, a wrong one hides a story.
# Every extra bit adds a band, and 10,000 long texts then cost more comparisons.
MAX_DISTANCE = 6
SHINGLE_WORDS = 3
# A title shorter than this is too generic (« Avis aux parents ») to say two items are one story.
MIN_TITLE_WORDS = 4

_BITS = 64
_MASK = (1 << _BITS) - 1
# Odd multipliers (from xxHash and splitmix64): a shingle's hash mixes its words' hashes.
_K1, _K2, _K3, _K4 = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                      0xBF58476D1CE4E5B9)
# _BIT_TABLES[j] maps a byte to 1 if its bit j is set, else to 0 (for bytes.translate).
_BIT_TABLES = tuple(bytes((b >> j) & 1 for b in range(256)) for j in range(8))


@dataclass(frozen=True)
class StoryMarks:
    """What tells that two items are one story: the same canonical URL, the same telling
    title, or near-duplicate texts. Worked out once, when a flagged item is stored, so a
    digest of 10,000 items does not fold and hash them all again."""

    canonical_url: str | None
    title_key: str | None
    fingerprint: int | None


def story_marks(url: str | None, title: str | None, body: str | None) -> StoryMarks:
    """``url``'s canonical form, ``title``'s key and ``body``'s fingerprint."""
    return StoryMarks(canonical_url(url), title_key(title or ""), fingerprint(body or ""))


def title_key(title: str) -> str | None:
    """``title`` folded (case, accents, punctuation aside), if it has the
    ``MIN_TITLE_WORDS`` words it takes to tell one story from another."""
    words = folded_words(title)
    return " ".join(words) if len(words) >= MIN_TITLE_WORDS else None


def fingerprint(text: str, min_words: int = MIN_WORDS) -> int | None:
    """The SimHash of ``text``'s word 3-shingles; None if it has fewer than ``min_words``."""
    words = folded_words(text)
    if len(words) < min_words:
        return None
    return simhash(shingle_hashes(words))


def shingle_hashes(words: Sequence[str]) -> set[int]:
    """A 64-bit hash of each distinct run of ``SHINGLE_WORDS`` consecutive words.

    Stable from one process to the next (unlike ``hash()``), so a digest sent again after a
    retry merges the same stories.
    """
    hashes = [_word_hash(word) for word in words]
    return {
        _finalise(a * _K1 + b * _K2 + c * _K3)
        for a, b, c in zip(hashes, hashes[1:], hashes[2:], strict=False)
    }


def simhash(hashes: Iterable[int]) -> int:
    """Bit ``i`` is set when most of ``hashes`` have bit ``i`` set (ties: unset)."""
    values = list(hashes)
    packed = struct.pack(f"<{len(values)}Q", *values)
    fingerprint_ = 0
    for byte in range(8):
        # Every hash's byte number ``byte``, then a count of each of its bits: C loops only.
        column = packed[byte::8]
        for bit, table in enumerate(_BIT_TABLES):
            if 2 * column.translate(table).count(1) > len(values):
                fingerprint_ |= 1 << (8 * byte + bit)
    return fingerprint_


def distance(first: int, second: int) -> int:
    """How many bits two fingerprints differ in."""
    return (first ^ second).bit_count()


def near_duplicate_groups(
    fingerprints: Sequence[int | None], max_distance: int = MAX_DISTANCE
) -> list[int]:
    """For each fingerprint, the index of the first one of its group.

    Two fingerprints at most ``max_distance`` bits apart are in one group, and groups are
    closed under that (A near B near C: one group). A ``None`` (a short text) is alone.

    Returns:
        ``groups[i] == i`` for the first member of a group (and for anything alone); else
        the index of that first member.
    """
    parent = list(range(len(fingerprints)))
    for first, second in _candidate_pairs(fingerprints, max_distance):
        a, b = fingerprints[first], fingerprints[second]
        if a is not None and b is not None and distance(a, b) <= max_distance:
            _union(parent, first, second)
    return [_root(parent, index) for index in range(len(fingerprints))]


def _candidate_pairs(
    fingerprints: Sequence[int | None], max_distance: int
) -> Iterable[tuple[int, int]]:
    """Pairs sharing a band. Equal fingerprints (exact copies) are chained to the first
    one rather than paired with each other, so 1,000 copies make 999 pairs, not 500,000."""
    first_of: dict[int, int] = {}
    distinct: list[tuple[int, int]] = []
    for index, value in enumerate(fingerprints):
        if value is None:
            continue
        if value in first_of:
            yield first_of[value], index
        else:
            first_of[value] = index
            distinct.append((index, value))
    for band in _bands(max_distance):
        buckets: defaultdict[int, list[int]] = defaultdict(list)
        for index, value in distinct:
            buckets[value & band].append(index)
        for members in buckets.values():
            yield from ((a, b) for n, a in enumerate(members) for b in members[n + 1:])


def _bands(max_distance: int) -> list[int]:
    """``max_distance + 1`` masks that split the 64 bits into contiguous bands."""
    count = min(max(max_distance, 0) + 1, _BITS)
    edges = [round(n * _BITS / count) for n in range(count + 1)]
    return [((1 << (end - start)) - 1) << start for start, end in pairwise(edges)]


def _union(parent: list[int], first: int, second: int) -> None:
    a, b = _root(parent, first), _root(parent, second)
    # The smaller index becomes the root: a group is named after its first member.
    parent[max(a, b)] = min(a, b)


def _root(parent: list[int], index: int) -> int:
    while parent[index] != index:
        parent[index] = parent[parent[index]]  # path halving keeps later look-ups short
        index = parent[index]
    return index


@lru_cache(maxsize=1 << 16)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def _finalise(value: int) -> int:
    # splitmix64's finaliser: every input bit reaches every output bit, which a sum of
    # products alone does not do for the low bits.
    value &= _MASK
    value = ((value ^ (value >> 30)) * _K4) & _MASK
    value = ((value ^ (value >> 27)) * 0x94D049BB133111EB) & _MASK
    return value ^ (value >> 31)
