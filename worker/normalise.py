"""Folding text for matching: lower case, no accents, words separated by single spaces.

The folded text keeps a map back to the original offsets, so every match can be shown to a
person as a span of what was actually written.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# Letters that NFKD does not decompose but that people write both ways.
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i"}


@dataclass(frozen=True)
class Folded:
    """``text`` is `` word word … `` (leading and trailing space, so a whole-word search is
    a search for `` term ``); ``offsets[i]`` is the index in the original of ``text[i]``."""

    text: str
    offsets: tuple[int, ...]

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


def fold(text: str) -> Folded:
    """Fold ``text``; any run of characters that are not letters or digits becomes one space."""
    out: list[str] = [" "]
    offsets: list[int] = [0]
    for index, char in enumerate(text):
        for folded in fold_char(char):
            if folded.isalnum():
                out.append(folded)
                offsets.append(index)
            elif out[-1] != " ":
                out.append(" ")
                offsets.append(index)
    if out[-1] != " ":
        out.append(" ")
        offsets.append(len(text))
    return Folded("".join(out), tuple(offsets))


def fold_term(term: str) -> str:
    """A term as it must appear in folded text, padded for whole-word search."""
    return fold(term).text
