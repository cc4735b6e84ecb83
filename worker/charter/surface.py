"""The text as the lexicons see it: folded, de-obfuscated, with offsets back to the original.

``worker.normalise.fold`` handles case and accents; people who want to slip past a filter
also write ``c0nn@rd``, ``caaave``, ``n i a i s e u x`` and ``c.o.n.n.a.r.d``. This module
undoes those tricks token by token, and keeps for every character of the surface the span of
the original it came from, so evidence is always shown as it was written.

Lexicon terms go through the same function, so both sides agree on every rule (a doubled
letter is one letter on both sides: ``connard`` and ``conard`` meet as ``conard``).

Speed: a token always reads the same way, so each distinct token is read once (cached) and a
document is the join of its tokens' readings. A token is looked up together with the
separator before it (`` word``, ``, word``), so that one cached tuple gives, in one C-level
transposition, every list the surface needs (readings, words, widths, lengths): each separate
pass over a document's tokens (an attribute read, a running sum) cost a fifth to a third of
tokenising it. Offsets, sentences and quotes are worked out only for the few positions the
rules ask about, not for every character.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, pairwise
from operator import attrgetter, sub

from worker.normalise import fold_char

# A token: letters, digits, and the symbols people use as letters (captured, for re.split).
_TOKEN = re.compile(r"([\w@$€|!+]+)")
# A token with the separator before it: what ``build_surface`` reads and caches.
_UNIT = re.compile(r"[^\w@$€|!+]*[\w@$€|!+]+")
# Three or more one-character tokens in a row, in the bytes of their ``single`` flags.
_SINGLES_RUN = re.compile(rb"\x01{3,}")
_PLAIN = re.compile(r"[a-z]+")
_REPEAT = re.compile(r"(.)\1")
_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
         "@": "a", "$": "s", "€": "e", "!": "i", "|": "i", "+": "t"}
_SYMBOLS = frozenset("@$€|!+")
# "[.!?…;]\s|\n", first character first so that re skips ahead to candidates.
# A title's period ("Mme. Roy", "Dr. Park") does not end the sentence: the name is part of it.
_TITLES = ("M", "Mme", "Mmes", "Mlle", "Mr", "Mrs", "Ms", "Dr", "Dre", "Pr", "St", "Ste")
# One lookbehind per title length rather than per title: the same test, a third of the cost.
_SENTENCE_END = re.compile(
    r"[.!?…;\n]"
    + "".join(rf"(?<!\b(?:{'|'.join(t for t in _TITLES if len(t) == n)})\.)"
              for n in sorted({len(t) for t in _TITLES}))
    + r"(?:(?<=\n)|\s)")
_OPENING = {"«": "»", "“": "”", '"': '"', "'": "'", "‘": "’"}
_APOSTROPHES = ("'", "’")
# Single quotes too, but only where they cannot be apostrophes: one opening before a word
# after no letter ('kys'), one closing after a word before no letter (l'école, don't: neither).
# Every alternative begins with a character class, so that re skips ahead to candidates.
_QUOTE = re.compile(r'[«»“”"]|[\'‘](?<!\w.)(?=\w)|(?P<closing>[\'’])(?<=[\w.!?,].)(?!\w)')
# Fewer single letters in a row are ordinary French ("y a", "l'a").
_SPACED_MIN = 3
_PREPOSITION_A = ("à", "À")
_TEXT = attrgetter("text")


@dataclass(frozen=True, slots=True)  # slots: its fields are read once per token of a text
class Reading:
    """How one token reads on the surface, the same wherever it occurs.

    ``starts[i]``/``ends[i]`` delimit, relative to the token's first character, what produced
    ``text[i]``. ``single`` is the one folded character of a one-character token (it may be
    part of a spaced-out word such as ``n i a i s``), at ``single_at`` in the token.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    single: str | None = None
    single_at: int = 0


class Surface:
    """``text`` is `` word word `` (padded: a whole-word search looks for `` term ``).

    Token ``k`` is the ``k``-th word of ``text``; it came from ``source`` at ``origins[k]``
    (the start of its first original token) and reads as ``readings[k]``.
    """

    __slots__ = ("_breaks", "_quotes", "_spaces", "_widths", "origins", "readings", "source",
                 "text")

    def __init__(self, text: str, source: str, readings: list[Reading],
                 origins: list[int], widths: Sequence[int] = ()) -> None:
        self.text = text
        self.source = source
        self.readings = readings
        self.origins = origins
        # Each word's length plus its space, when the builder has them (it usually does).
        self._widths = widths if widths or not readings else [len(r.text) + 1 for r in readings]
        self._spaces: list[int] | None = None
        self._breaks: list[int] | None = None
        self._quotes: list[tuple[int, int]] | None = None

    @property
    def token_count(self) -> int:
        return len(self.readings)

    def token_at(self, index: int) -> int:
        """The token ``text[index]`` belongs to (a space belongs to the next token)."""
        spaces = self._spaces if self._spaces is not None else self._space_after()
        return bisect_right(spaces, index)

    def tokens_at(self, indexes: list[int]) -> list[int]:
        """``token_at`` of each of ``indexes`` (in order)."""
        spaces = self._space_after() if indexes else []
        return [bisect_right(spaces, index) for index in indexes]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` of the surface slice ``text[start:end]`` (no edge spaces)."""
        return self._char(start)[0], self._char(end - 1)[1]

    def locate(self, start: int, stop: int) -> tuple[int, int, int]:
        """``token_at(start)`` and ``span(start, stop)`` at once, for a term found in ``text``.

        The automaton's loop asks this of every term it finds: the first token found once
        serves both, and a one-word term (most) needs no second search for its last one.
        """
        spaces = self._spaces if self._spaces is not None else self._space_after()
        token = bisect_right(spaces, start)
        text = self.text
        if text[start] == " " or text[stop - 1] == " ":  # not a word's character: the slow way
            begin, finish = self.span(start, stop)
            return token, begin, finish
        # A word's first character follows the space before it (spaces[k - 1], or text[0]).
        begin = self.origins[token] + self.readings[token].starts[
            start - (spaces[token - 1] + 1 if token else 1)]
        last = token if stop - 1 < spaces[token] else bisect_right(spaces, stop - 1)
        finish = self.origins[last] + self.readings[last].ends[
            stop - 1 - (spaces[last - 1] + 1 if last else 1)]
        return token, begin, finish

    def token_of_offset(self, offset: int) -> int:
        """The token at (or just before) an offset of the original."""
        readings, origins = self.readings, self.origins
        # The last token beginning at or before the offset: the last whose first original
        # token does (a plain bisect), unless edge symbols dropped from it ("@marc") put its
        # first letter after the offset; then the careful search, by first letters.
        last = bisect_right(origins, offset) - 1
        if last < 0:
            return 0
        if origins[last] + readings[last].starts[0] <= offset:
            return last
        found = bisect_right(range(len(readings)), offset,
                             key=lambda k: origins[k] + readings[k].starts[0])
        return max(found - 1, 0)

    def sentence_of(self, token: int) -> int:
        """The sentence of a token (0, 1, ...): sentences end at ``. ! ? … ;`` or a newline."""
        if self._breaks is None:
            self._breaks = _breaks(self.source)
        return bisect_left(self._breaks, self.origins[token])

    def quoted_at(self, token: int) -> bool:
        """Whether a token sits between quotation marks."""
        if self._quotes is None:
            self._quotes = _quote_map(self.source)
        return bool(self._quotes) and _inside(self._quotes, self.origins[token])

    @property
    def sentence(self) -> tuple[int, ...]:
        """Every token's sentence (for tests and debugging; the rules ask token by token)."""
        return tuple(self.sentence_of(k) for k in range(self.token_count))

    @property
    def quoted(self) -> tuple[bool, ...]:
        return tuple(self.quoted_at(k) for k in range(self.token_count))

    def _space_after(self) -> list[int]:
        """The space after each word, where the next token begins."""
        if self._spaces is None:
            self._spaces = list(accumulate(self._widths))
        return self._spaces

    def _char(self, index: int) -> tuple[int, int]:
        """Original span of ``text[index]``; a space spans nothing, after its word."""
        token = self.token_at(index)
        if self.text[index] == " ":
            if token == 0:
                return 0, 0
            end = self.origins[token - 1] + self.readings[token - 1].ends[-1]
            return end, end
        reading, origin = self.readings[token], self.origins[token]
        offset = index - self.text.rfind(" ", 0, index) - 1
        return origin + reading.starts[offset], origin + reading.ends[offset]


def build_surface(text: str) -> Surface:
    """The surface of ``text``: every evasion undone, every character traceable."""
    units = _UNIT.findall(text)  # separator + token, ..., separator + token
    if not units:
        return Surface(" ", text, [], [])
    readings, words, widths, singles, lengths, token_lengths = zip(
        *map(_read_units, units), strict=True)
    starts = list(map(sub, accumulate(lengths), token_lengths))
    flags = bytes(singles)
    if b"\x01\x01\x01" in flags:  # maybe a spaced-out word: rare enough to test first
        spelled, starts = _join_spaced(text, token_lengths, readings, starts,
                                       [m.span() for m in _SINGLES_RUN.finditer(flags)])
        return Surface(f" {' '.join(map(_TEXT, spelled))} " if spelled else " ", text, spelled,
                       starts)
    if "" in words:  # a token that reads as nothing ("!!"): rare, so tested before copying
        return Surface(f" {' '.join(filter(None, words))} " if any(words) else " ", text,
                       list(compress(readings, words)), list(compress(starts, words)),
                       tuple(compress(widths, words)))
    return Surface(f" {' '.join(words)} ", text, list(readings), starts, widths)


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


def _read_unit(unit: str) -> tuple[Reading, str, int, bool, int, int]:
    """A separator and token read: the token's reading, its word, the word's width on the
    surface (with its space), whether it may be one letter of a spaced-out word, the unit's
    length and the token's."""
    token = _TOKEN.split(unit)[1]  # separator, token, ""
    reading = read_token(token)
    return (reading, reading.text, len(reading.text) + 1, reading.single is not None,
            len(unit), len(token))


_UNIT_CACHE_SIZE = 65536


class _UnitCache(dict[str, tuple[Reading, str, int, bool, int, int]]):
    """``_read_unit``, remembered: a plain dict whose hits never leave C (``map`` over its
    ``__getitem__``), where an ``lru_cache`` hit also reorders its list, a fifth of the
    cost of tokenising a text. Full, it starts over rather than evicting one by one."""

    def __missing__(self, unit: str) -> tuple[Reading, str, int, bool, int, int]:
        if len(self) >= _UNIT_CACHE_SIZE:
            self.clear()
        value = self[unit] = _read_unit(unit)
        return value


_read_units = _UnitCache().__getitem__


@lru_cache(maxsize=65536)
def read_token(token: str) -> Reading:
    """How ``token`` reads: folded, edge symbols dropped, leetspeak read, stretching cut."""
    folded = token.translate(_ASCII)
    if len(token) > 1 and folded.isascii() and folded.isalpha() and not _REPEAT.search(folded):
        # Most words: nothing to do but fold, one original character per letter.
        return Reading(folded, tuple(range(len(token))), tuple(range(1, len(token) + 1)))
    chars, starts, ends = _fold_token(token)
    single, single_at = (chars[0], starts[0]) if len(chars) == 1 else (None, 0)
    chars, starts, ends = _clean(chars, starts, ends)
    return Reading("".join(chars), tuple(starts), tuple(ends), single, single_at)


def _fold_token(token: str) -> tuple[list[str], list[int], list[int]]:
    lowered = token.lower()
    if _PLAIN.fullmatch(lowered) and len(lowered) == len(token):
        return list(lowered), list(range(len(token))), list(range(1, len(token) + 1))
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(token):
        for folded in _folded(char):
            chars.append(folded)
            starts.append(index)
            ends.append(index + 1)
    return chars, starts, ends


@lru_cache(maxsize=4096)
def _folded(char: str) -> str:
    if char in _SYMBOLS or char == "_":
        return "" if char == "_" else char
    return "".join(c for c in fold_char(char) if c.isalnum())


def _join_spaced(
    text: str, lengths: Sequence[int], readings: Sequence[Reading], starts: Sequence[int],
    stretches: list[tuple[int, int]],
) -> tuple[list[Reading], list[int]]:
    """The tokens (``lengths`` long in ``text``), with every spaced-out word of the stretches
    read as one word. A stretch is a ``[first, last)`` range of three or more one-character
    tokens in a row: the only places where a spaced-out word (``n i a i s``) can be."""
    out: tuple[list[Reading], list[int]] = ([], [])
    done = 0
    for first, last in stretches:
        _keep(readings[done:first], starts[done:first], out)
        _spell(text, lengths, readings, starts, range(first, last), out)
        done = last
    _keep(readings[done:], starts[done:], out)
    return out


def _keep(readings: Sequence[Reading], starts: Sequence[int],
          out: tuple[list[Reading], list[int]]) -> None:
    """Append the tokens that read as something (``!!`` reads as nothing)."""
    keep = list(map(_TEXT, readings))
    out[0].extend(compress(readings, keep))
    out[1].extend(compress(starts, keep))


def _spell(text: str, lengths: Sequence[int], readings: Sequence[Reading],
           starts: Sequence[int], stretch: range, out: tuple[list[Reading], list[int]]) -> None:
    """One-character tokens in the same sentence make a run; an elided one (``l'``) is a
    word of its own and ends it."""
    run: list[int] = []
    for index in stretch:
        after = starts[index] + lengths[index]
        if text[after:after + 1] in _APOSTROPHES:
            _flush(run, readings, starts, out, text, lengths)
            run = []
            _keep(readings[index:index + 1], starts[index:index + 1], out)
        elif run and _SENTENCE_END.search(text, starts[run[-1]], starts[index] + 1):
            _flush(run, readings, starts, out, text, lengths)
            run = [index]
        else:
            run.append(index)
    _flush(run, readings, starts, out, text, lengths)


def _flush(run: list[int], readings: Sequence[Reading], starts: Sequence[int],
           out: tuple[list[Reading], list[int]], text: str, lengths: Sequence[int]) -> None:
    last = run[-1] if run else -1
    if len(run) > _SPACED_MIN and text[starts[last]:starts[last] + 1] in _PREPOSITION_A:
        # "s-e-x-t-o à vendre": the preposition after a spaced-out word is a word of its own
        # (no spaced-out insult ends in "à"); glued, it made "sextoa".
        _flush(run[:-1], readings, starts, out, text, lengths)
        _keep(readings[last:last + 1], starts[last:last + 1], out)
        return
    singles = [readings[i].single or "" for i in run]
    if len(run) >= _SPACED_MIN and sum(c.isalpha() for c in singles) * 2 > len(run):
        for word in _spaced_words(run, starts, text, lengths):
            _join(word, readings, starts, out)
        return
    for index in run:
        if readings[index].text:
            out[0].append(readings[index])
            out[1].append(starts[index])


def _spaced_words(run: list[int], starts: Sequence[int], text: str,
                  lengths: Sequence[int]) -> list[list[int]]:
    """A spaced-out run cut into words where the gap between letters widens:
    ``s u i c i d e - t o i`` and ``j.v.a.i.s   f.a.i.r.e`` space letters one way and words
    a wider way."""
    gaps = [starts[b] - starts[a] - lengths[a] for a, b in pairwise(run)]
    narrowest = min(gaps, default=0)
    words: list[list[int]] = [[run[0]]]
    for index, gap in zip(run[1:], gaps, strict=True):
        if gap == narrowest:
            words[-1].append(index)
        else:
            words.append([index])
    return words


def _join(word: list[int], readings: Sequence[Reading], starts: Sequence[int],
          out: tuple[list[Reading], list[int]]) -> None:
    """One spaced-out word read as one token."""
    origin = starts[word[0]]
    at = [starts[i] - origin + readings[i].single_at for i in word]
    chars, rel_starts, rel_ends = _clean([readings[i].single or "" for i in word], at,
                                         [a + 1 for a in at])
    if chars:
        out[0].append(Reading("".join(chars), tuple(rel_starts), tuple(rel_ends)))
        out[1].append(origin)


def _clean(
    chars: list[str], starts: list[int], ends: list[int]
) -> tuple[list[str], list[int], list[int]]:
    """Edge symbols dropped (``salut!``, ``@marc``), leetspeak read, stretched letters cut."""
    triples = list(zip(chars, starts, ends, strict=True))
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
    return _squeeze(triples)


def _squeeze(
    triples: list[tuple[str, int, int]]
) -> tuple[list[str], list[int], list[int]]:
    """Runs of one letter become that letter, spanning the whole run (digits are kept)."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for char, start, end in triples:
        if chars and char == chars[-1] and char.isalpha():
            ends[-1] = end
            continue
        chars.append(char)
        starts.append(start)
        ends.append(end)
    return chars, starts, ends


def _breaks(text: str) -> list[int]:
    return [m.start() for m in _SENTENCE_END.finditer(text)]


def _quote_map(text: str) -> list[tuple[int, int]]:
    """Spans of text between quotation marks (« », “ ”, straight double quotes, and single
    quotes that cannot be apostrophes)."""
    spans: list[tuple[int, int]] = []
    closing: str | None = None
    opened = 0
    for match in _QUOTE.finditer(text):
        char, index = match.group(), match.start()
        if closing is not None and char == closing:
            spans.append((opened, index))
            closing = None
        elif closing is None and char in _OPENING and not match.group("closing"):
            closing, opened = _OPENING[char], index
    return spans


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    return any(start < offset < end for start, end in spans)
