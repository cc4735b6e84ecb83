"""Folding text for matching: lower case, no accents, words separated by single spaces.

The folded text keeps a map back to the original offsets, so every match can be shown to a
person as a span of what was actually written.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property

# Letters that NFKD does not decompose but that people write both ways.
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i"}
# Code point -> its folding, with everything that is not a letter or digit as a space (for
# str.translate). Each distinct character is folded once per process; hostile text can bring
# many distinct characters, so past this many the cache stops growing.
_WORD_CHARS: dict[int, str] = {}
_WORD_CHARS_MAX = 65_536


@dataclass(frozen=True)
class Folded:
    """``text`` is `` word word … `` (leading and trailing space, so a whole-word search is
    a search for `` term ``); ``offsets[i]`` is the index in ``original`` of ``text[i]``."""

    text: str
    original: str

    @cached_property
    def offsets(self) -> tuple[int, ...]:
        # Worked out only when a match must be shown: most folded texts never need them.
        offsets = [0]
        last_was_space = True
        for index, char in enumerate(self.original):
            for folded in fold_char(char):
                if folded.isalnum():
                    offsets.append(index)
                    last_was_space = False
                elif not last_was_space:
                    offsets.append(index)
                    last_was_space = True
        if not last_was_space:
            offsets.append(len(self.original))
        return tuple(offsets)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the folded slice ``text[start:end]`` (no edge spaces)."""
        return self.offsets[start], self.offsets[end - 1] + 1


def fold_char(char: str) -> str:
    """One original character folded: lower case, accents off, ligatures spelled out."""
    lowered = char.casefold()
    if lowered in _LIGATURES:
        return _LIGATURES[lowered]
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def folded_words(text: str) -> list[str]:
    """The words of ``text`` folded: what ``fold(text).text`` holds between its spaces.

    At C speed (str.translate): folding character by character in Python cost 3 ms for a
    1,500-character item, more than fetching, parsing and storing it.
    """
    table = _WORD_CHARS
    missing = [c for c in set(text) if ord(c) not in table]
    if missing and len(table) + len(missing) > _WORD_CHARS_MAX:
        table = dict(table)  # this text only: the shared cache is full
    for char in missing:
        table[ord(char)] = "".join(c if c.isalnum() else " " for c in fold_char(char))
    return text.translate(table).split()


def fold(text: str) -> Folded:
    """Fold ``text``; any run of characters that are not letters or digits becomes one space."""
    words = folded_words(text)
    return Folded(f" {' '.join(words)} " if words else " ", text)


def fold_term(term: str) -> str:
    """A term as it must appear in folded text, padded for whole-word search."""
    return fold(term).text
