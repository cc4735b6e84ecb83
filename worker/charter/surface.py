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
    raw = _raw_tokens(text)
    tokens = [t for t in (_clean(t) for t in _merge_spaced(raw)) if t.chars]
    return _assemble(tokens)


def surface_term(term: str) -> str:
    """A lexicon term as it must appear in a surface, padded for whole-word search."""
    return build_surface(term).text


def _raw_tokens(text: str) -> list[_Token]:
    quotes = _quote_map(text)
    breaks = [m.start() for m in _SENTENCE_END.finditer(text)]
    tokens: list[_Token] = []
    for match in _TOKEN.finditer(text):
        start = match.start()
        chars, starts, ends = _fold_token(match.group(), start)
        sentence = bisect_right(breaks, start)
        elided = text[match.end(): match.end() + 1] in _APOSTROPHES
        tokens.append(_Token(chars, starts, ends, sentence, _inside(quotes, start), elided))
    return tokens


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


def _merge_spaced(tokens: list[_Token]) -> list[_Token]:
    """``n i a i s`` and ``c.o.n`` (runs of one-character tokens) become one token."""
    merged: list[_Token] = []
    run: list[_Token] = []
    for token in [*tokens, None]:
        if token is not None and len(token.chars) == 1 and not token.elided and (
            not run or run[-1].sentence == token.sentence
        ):
            run.append(token)
            continue
        merged.extend(_join(run) if _is_spaced_word(run) else run)
        run = []
        if token is not None:
            merged.append(token)
    return merged


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


def _assemble(tokens: list[_Token]) -> Surface:
    text: list[str] = [" "]
    starts: list[int] = [0]
    ends: list[int] = [0]
    token_at: list[int] = [0]
    for index, token in enumerate(tokens):
        text.extend(token.chars)
        starts.extend(token.starts)
        ends.extend(token.ends)
        token_at.extend([index] * len(token.chars))
        text.append(" ")
        starts.append(token.ends[-1])
        ends.append(token.ends[-1])
        token_at.append(index + 1)
    return Surface(
        "".join(text), tuple(starts), tuple(ends), tuple(token_at),
        tuple(t.sentence for t in tokens), tuple(t.quoted for t in tokens),
        tuple(t.starts[0] for t in tokens),
    )


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
