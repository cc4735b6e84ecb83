"""The text as the lexicons see it: folded, de-obfuscated, with offsets back to the original.

``worker.normalise.fold`` handles case and accents; people who want to slip past a filter
also write ``c0nn@rd``, ``caaave``, ``n i a i s e u x`` and ``c.o.n.n.a.r.d``. This module
undoes those tricks token by token, and keeps for every character of the surface the span of
the original it came from, so evidence is always shown as it was written.

Lexicon terms go through the same function, so both sides agree on every rule (a doubled
letter is one letter on both sides: ``connard`` and ``conard`` meet as ``conard``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from worker.normalise import fold_char

# A token: letters, digits, and the symbols people use as letters.
_TOKEN = re.compile(r"[\w@$€|!+]+")
_PLAIN = re.compile(r"[a-z]+")
_REPEAT = re.compile(r"(.)\1")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
         "@": "a", "$": "s", "€": "e", "!": "i", "|": "i", "+": "t"}
_SYMBOLS = frozenset("@$€|!+")
_SENTENCE_END = re.compile(r"[.!?…;]\s|\n")
_OPENING = {"«": "»", "“": "”", '"': '"'}
_APOSTROPHES = ("'", "’")
_QUOTE = re.compile(r'[«»“”"]')
# Fewer single letters in a row are ordinary French ("y a", "l'a").
_SPACED_MIN = 3


@dataclass(frozen=True)
class Surface:
    """``text`` is `` word word `` (padded: a whole-word search looks for `` term ``).

    ``starts[i]``/``ends[i]`` delimit in the original what produced ``text[i]``;
    ``token_at[i]`` is the index of the token ``text[i]`` belongs to (spaces: the next one);
    ``sentence[t]`` and ``quoted[t]`` describe token ``t``.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    token_at: tuple[int, ...]
    sentence: tuple[int, ...]
    quoted: tuple[bool, ...]
    token_starts: tuple[int, ...]  # original offset of each token, for bisecting

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the surface slice ``text[start:end]`` (no edge spaces)."""
        return self.starts[start], self.ends[end - 1]

    def token_of_offset(self, offset: int) -> int:
        """The token at (or just before) an offset of the original."""
        return max(bisect_right(self.token_starts, offset) - 1, 0)


@dataclass
class _Token:
    chars: list[str]
    starts: list[int]
    ends: list[int]
    sentence: int
    quoted: bool
    elided: bool = False  # "l'", "t'": a word of its own, never a letter of a spaced word


def build_surface(text: str) -> Surface:
    """The surface of ``text``: every evasion undone, every character traceable."""
    builder = _Builder(text)
    for match in _TOKEN.finditer(text):
        builder.add(match.group(), match.start(), match.end())
    return builder.finish()


def surface_term(term: str) -> str:
    """A lexicon term as it must appear in a surface, padded for whole-word search."""
    return build_surface(term).text


def _ascii_table() -> dict[int, str]:
    """Letters that fold to one ASCII letter (É -> e), for the fast path of plain words."""
    table: dict[int, str] = {}
    for code in [*range(ord("A"), ord("Z") + 1), *range(0xC0, 0x250)]:
        folded = fold_char(chr(code))
        if len(folded) == 1 and folded.isascii() and folded.isalpha():
            table[code] = folded
    return table


_ASCII = _ascii_table()


@lru_cache(maxsize=65536)
def _plain(token: str) -> str | None:
    """The folded word when ``token`` needs nothing but folding (most words), else None."""
    folded = token.translate(_ASCII)
    if len(token) > 1 and folded.isascii() and folded.isalpha() and not _REPEAT.search(folded):
        return folded
    return None


class _Builder:
    """Tokens in, surface out. Plain words take a fast path; the rest are cleaned one by one,
    and runs of one-letter tokens wait to see whether they spell a word."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes = _quote_map(text)
        self.breaks = [m.start() for m in _SENTENCE_END.finditer(text)]
        self.pieces: list[str] = [" "]
        self.starts: list[int] = [0]
        self.ends: list[int] = [0]
        self.token_at: list[int] = [0]
        self.sentence: list[int] = []
        self.quoted: list[bool] = []
        self.token_starts: list[int] = []
        self.run: list[_Token] = []
        self.next_break = 0

    def add(self, token: str, start: int, end: int) -> None:
        breaks = self.breaks
        while self.next_break < len(breaks) and breaks[self.next_break] < start:
            self.next_break += 1
        sentence = self.next_break
        quoted = bool(self.quotes) and _inside(self.quotes, start)
        plain = _plain(token)
        if plain is not None:
            self._flush()
            self._emit_plain(plain, start, sentence, quoted)
            return
        chars, starts, ends = _fold_token(token, start)
        elided = self.text[end:end + 1] in _APOSTROPHES
        raw = _Token(chars, starts, ends, sentence, quoted, elided)
        if len(chars) == 1 and not elided and (not self.run or self.run[-1].sentence == sentence):
            self.run.append(raw)
            return
        self._flush()
        if len(chars) == 1 and not elided:
            self.run.append(raw)
        else:
            self._emit(_clean(raw))

    def finish(self) -> Surface:
        self._flush()
        return Surface("".join(self.pieces), tuple(self.starts), tuple(self.ends),
                       tuple(self.token_at), tuple(self.sentence), tuple(self.quoted),
                       tuple(self.token_starts))

    def _flush(self) -> None:
        run, self.run = self.run, []
        for token in _join(run) if _is_spaced_word(run) else run:
            self._emit(_clean(token))

    def _emit_plain(self, word: str, start: int, sentence: int, quoted: bool) -> None:
        index, end = len(self.sentence), start + len(word)
        self.pieces.append(word)
        self.pieces.append(" ")
        self.starts.extend(range(start, end))
        self.starts.append(end)
        self.ends.extend(range(start + 1, end + 1))
        self.ends.append(end)
        self.token_at.extend([index] * len(word))
        self.token_at.append(index + 1)
        self.sentence.append(sentence)
        self.quoted.append(quoted)
        self.token_starts.append(start)

    def _emit(self, token: _Token) -> None:
        if not token.chars:
            return
        index = len(self.sentence)
        self.pieces.append("".join(token.chars))
        self.pieces.append(" ")
        self.starts.extend(token.starts)
        self.starts.append(token.ends[-1])
        self.ends.extend(token.ends)
        self.ends.append(token.ends[-1])
        self.token_at.extend([index] * len(token.chars))
        self.token_at.append(index + 1)
        self.sentence.append(token.sentence)
        self.quoted.append(token.quoted)
        self.token_starts.append(token.starts[0])


def _fold_token(token: str, offset: int) -> tuple[list[str], list[int], list[int]]:
    lowered = token.lower()
    if _PLAIN.fullmatch(lowered) and len(lowered) == len(token):
        # The common case: plain ASCII letters, one original character each.
        return list(lowered), list(range(offset, offset + len(token))), \
            list(range(offset + 1, offset + len(token) + 1))
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(token):
        for folded in _folded(char):
            chars.append(folded)
            starts.append(offset + index)
            ends.append(offset + index + 1)
    return chars, starts, ends


@lru_cache(maxsize=4096)
def _folded(char: str) -> str:
    if char in _SYMBOLS or char == "_":
        return "" if char == "_" else char
    return "".join(c for c in fold_char(char) if c.isalnum())


def _is_spaced_word(run: list[_Token]) -> bool:
    letters = sum(t.chars[0].isalpha() for t in run)
    return len(run) >= _SPACED_MIN and letters * 2 > len(run)


def _join(run: list[_Token]) -> list[_Token]:
    first = run[0]
    return [_Token([t.chars[0] for t in run], [t.starts[0] for t in run],
                   [t.ends[0] for t in run], first.sentence, first.quoted)]


def _clean(token: _Token) -> _Token:
    """Edge symbols dropped (``salut!``, ``@marc``), leetspeak read, stretched letters cut."""
    triples = list(zip(token.chars, token.starts, token.ends, strict=True))
    while triples and triples[0][0] in _SYMBOLS and not (triples[0][0] == "$" and len(triples) > 1):
        triples.pop(0)
    while triples and triples[-1][0] in _SYMBOLS:
        triples.pop()
    letters = sum(c.isalpha() for c, _, _ in triples)
    if letters == 0:
        # A number keeps its digits; a lone symbol inside one ("50$") is not a letter.
        triples = [t for t in triples if t[0] not in _SYMBOLS]
    elif letters < len(triples):
        triples = [(_LEET.get(c, c), s, e) for c, s, e in triples]
    return _squeeze(_Token([c for c, _, _ in triples], [s for _, s, _ in triples],
                           [e for _, _, e in triples], token.sentence, token.quoted))


def _squeeze(token: _Token) -> _Token:
    """Runs of one letter become that letter, spanning the whole run (digits are kept)."""
    if not _REPEAT.search("".join(token.chars)):
        return token
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for char, start, end in zip(token.chars, token.starts, token.ends, strict=True):
        if chars and char == chars[-1] and char.isalpha():
            ends[-1] = end
            continue
        chars.append(char)
        starts.append(start)
        ends.append(end)
    return _Token(chars, starts, ends, token.sentence, token.quoted)


def _quote_map(text: str) -> list[tuple[int, int]]:
    """Spans of text between quotation marks (« », “ ”, straight double quotes)."""
    spans: list[tuple[int, int]] = []
    closing: str | None = None
    opened = 0
    for match in _QUOTE.finditer(text):
        char, index = match.group(), match.start()
        if closing is not None and char == closing:
            spans.append((opened, index))
            closing = None
        elif closing is None and char in _OPENING:
            closing, opened = _OPENING[char], index
    return spans


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start < offset < end for start, end in spans)
