"""Folding text for matching: lower case, no accents, words separated by single spaces.

The folded text keeps a map back to the original offsets, so every match can be shown to a
person as a span of what was actually written.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate

# Letters that NFKD does not decompose but that people write both ways.
_LIGATURES = {"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i"}
# Code point -> its folding, with everything that is not a letter or digit as a space (for
# str.translate). Each distinct character is folded once per process; hostile text can bring
# many distinct characters, so past this many the cache stops growing.
_WORD_CHARS: dict[int, str] = {}
_WORD_CHARS_MAX = 65_536
_WORD = re.compile(r"[^ ]+")
# Characters met so far that fold to none or several (œ, ﬁ, a lone combining accent): a text
# holding one has no position-for-position translation. Grows with _WORD_CHARS.
_NOT_ONE_TO_ONE: set[str] = set()


@dataclass(frozen=True)
class Folded:
    """``text`` is `` word word … `` (leading and trailing space, so a whole-word search is
    a search for `` term ``); ``offsets[i]`` is the index in ``original`` of ``text[i]``."""

    text: str
    original: str
    # ``original`` translated character for character (non-words as spaces), when every
    # character folds to exactly one: the offsets then come from its words, at C speed.
    one_to_one: str | None = None

    @cached_property
    def offsets(self) -> tuple[int, ...]:
        # Worked out only when a match must be shown: most folded texts never need them.
        if self.one_to_one is None:
            return _offsets_char_by_char(self.original)
        offsets = [0]
        for word in _WORD.finditer(self.one_to_one):
            offsets.extend(range(*word.span()))
            offsets.append(word.end())  # the space after a word: where the run after it starts
        return tuple(offsets)

    @cached_property
    def _words(self) -> tuple[list[int], list[int], list[int]]:
        """Where each word starts in ``text`` and in ``original``, and its length (the fast
        path: every character folds to one, so a word's characters map one to one)."""
        assert self.one_to_one is not None
        original_starts = [word.start() for word in _WORD.finditer(self.one_to_one)]
        lengths = list(map(len, self.one_to_one.split(" ")))
        lengths = [length for length in lengths if length]
        # In ``text`` words are one space apart, after a leading space.
        folded_starts = list(accumulate((length + 1 for length in lengths), initial=1))
        return folded_starts[:-1], original_starts, lengths

    def _original(self, index: int) -> int:
        """``offsets[index]`` without building every offset: a text holds a few spans to
        show, and the offsets of a 1 KB text cost more than folding it."""
        if self.one_to_one is None:
            return self.offsets[index]
        folded_starts, original_starts, lengths = self._words
        word = bisect_right(folded_starts, index) - 1
        if word < 0:
            return 0
        # A space after a word maps to where the run after that word starts.
        return original_starts[word] + min(index - folded_starts[word], lengths[word])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the folded slice ``text[start:end]`` (no edge spaces)."""
        return self._original(start), self._original(end - 1) + 1


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
    return _translate(text, set(text)).split()


def fold(text: str) -> Folded:
    """Fold ``text``; any run of characters that are not letters or digits becomes one space."""
    chars = set(text)
    translated = _translate(text, chars)
    words = translated.split()
    one_to_one = _NOT_ONE_TO_ONE.isdisjoint(chars)
    return Folded(f" {' '.join(words)} " if words else " ", text,
                  translated if one_to_one else None)


def fold_term(term: str) -> str:
    """A term as it must appear in folded text, padded for whole-word search."""
    return fold(term).text


def _translate(text: str, chars: set[str]) -> str:
    """``text`` folded character by character, non-words as spaces (``chars``: its set)."""
    table = _WORD_CHARS
    missing = [c for c in chars if ord(c) not in table]
    if missing and len(table) + len(missing) > _WORD_CHARS_MAX:
        table = dict(table)  # this text only: the shared cache is full
    for char in missing:
        folded = "".join(c if c.isalnum() else " " for c in fold_char(char))
        table[ord(char)] = folded
        if len(folded) != 1:
            _NOT_ONE_TO_ONE.add(char)
    return text.translate(table)


def _offsets_char_by_char(original: str) -> tuple[int, ...]:
    offsets = [0]
    last_was_space = True
    for index, char in enumerate(original):
        for folded in fold_char(char):
            if folded.isalnum():
                offsets.append(index)
                last_was_space = False
            elif not last_was_space:
                offsets.append(index)
                last_was_space = True
    if not last_was_space:
        offsets.append(len(original))
    return tuple(offsets)
