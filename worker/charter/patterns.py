"""Regular-expression clues: the lexicon patterns (numbers, links, codes) and the
expressions that find named people, as admins write them and as the rules run them.

Python's ``re`` tries a pattern at every position of a text unless the pattern begins with a
literal or a character class, in which case it jumps from candidate to candidate; a plain
substring test is faster still. Hence the shipped patterns begin with the character they
match first, and may name strings one of which every match holds (``requires``). A pattern
searched anywhere is tried only where a match can begin: the words it begins with are read
off its syntax tree when it is compiled (``literal_starts``), so an admin need not list them.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

import ahocorasick
from pydantic import BaseModel, ConfigDict, Field, field_validator

MarkerKind = Literal[
    "target", "person", "negation", "denial", "positive", "reported", "minor", "personal",
    "time", "warning", "named", "sport", "role", "office",
]
# What a named person is, unless a name pattern says more: someone aimed at, a person, and
# "named": one named without a title ("Maëlle Proulx", "@avastirl"), most often a student
# (staff are "M. Roy", "Mme Gagnon", "la prof").
NAME_KINDS: tuple[MarkerKind, ...] = ("target", "person", "named")
_NUMBER_START = re.compile(r"[+(\d](?<!\d.)")
# The same with ASCII digits only: several times faster (no Unicode lookup per character),
# and exact unless the text holds another script's digit, which one cheap search tells.
_ASCII_NUMBER_START = re.compile(r"[+(0-9](?<![0-9].)")
_OTHER_DIGIT = re.compile(r"[^\x00-\x7f](?<=\d)")
# The parser behind ``re.compile``: its syntax tree is what ``literal_starts`` reads, and the
# compiler that turns a tree back into a pattern (``scanner``). Private (``sre_parse`` and
# ``sre_compile``, their public names, are deprecated), hence loaded by name, as ``Any``.
_SRE: Any = importlib.import_module("re._parser")
_SRE_COMPILER: Any = importlib.import_module("re._compiler")
# A pattern's literal starts: at most this long, and this many (shorter ones if more).
STARTS_LONGEST = 6
STARTS_MOST = 64
# Beyond this many places where a pattern's literal starts occur in a text, one search of
# the whole text costs less than a match tried at each.
STARTS_MAX_TRIES = 24
# Starts of this many characters or more go into the haystack's automaton; shorter ones
# ("je", "t'") would be found inside many words, for a Python step each.
NEEDLE_SHORTEST = 3
Check = Literal["none", "luhn", "private_phone", "private_email", "identity_code", "foreign_url",
                "spelled_number", "not_public_phone"]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def valid_regex(value: str) -> str:
    """``value`` if it compiles; a French message otherwise."""
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"expression régulière invalide : {exc}") from exc
    return value


class PatternSpec(StrictModel):
    """A regular expression for what a word list cannot hold (numbers, links, codes)."""

    name: str = Field(min_length=1)
    reason: str = Field(min_length=1)
    regex: str = Field(min_length=1)
    weight: float = Field(ge=0.0, le=1.0)
    check: Check = "none"
    context: list[MarkerKind] = []  # raise the weight to context_weight near these
    context_weight: float = Field(default=0.0, ge=0.0, le=1.0)
    # No clue at all in a text holding one of these: a bomb emoji in praise ("the bomb 💣").
    unless: list[MarkerKind] = []
    # An office's, not a person's, when the last of these and ``context`` before the match
    # (its sentence or the one before) is one of these: "le secrétariat ... au 819 ...",
    # "Pour joindre le Centre de services scolaire : 582, rue Maclaren".
    public_with: list[MarkerKind] = []
    critical: bool = False
    # Critical only near one of these (same sentence or 20 tokens): "🔞" is an adult advert,
    # "🔞 vidéos de finissantes" sexual content involving students.
    critical_with: list[MarkerKind] = []
    quotable: bool = False  # discounted when a news article quotes or reports it (threats)
    narratable: bool = False  # and when told as a fact ("a appelé la police", "threatened to")
    case_sensitive: bool = False  # "[A-Z]{4}" means capitals only (permanent codes)
    # Strings one of which every match holds ("@" for an email): texts without any of them
    # skip the pattern, a substring test being far cheaper than a regex search.
    requires: list[str] = []
    # "number": every match begins where a number does (a digit, "+" or "(" after no digit)
    # or with one of the ``requires`` strings; "requires": with one of those strings;
    # "word": at the start of the word (letters, digits, "." and "-") holding one of them.
    # Either way the pattern is tried at those few places only instead of searched for.
    anchor: Literal["anywhere", "number", "requires", "word"] = "anywhere"

    _compiles = field_validator("regex")(valid_regex)


class NameSpec(StrictModel):
    """A case-sensitive expression that finds a named person ("Mme Tremblay").

    ``not_first``: words that begin a match without being a name ("Bonjour Marie" is not
    a name; "Marie Tremblay" after it still is). Same as a ``(?!(?:École|...)\\b)`` in front
    of the regex, which would keep ``re`` from skipping ahead.
    """

    regex: str = Field(min_length=1)
    requires: list[str] = []
    not_first: list[str] = []
    kinds: list[MarkerKind] = list(NAME_KINDS)  # the context kinds a name found marks

    _compiles = field_validator("regex")(valid_regex)


@dataclass(frozen=True)
class Pattern:
    """``regex`` runs on the original text; ``lowered`` (same pattern, literals in lower
    case, no IGNORECASE: several times faster) on ``text.lower()`` when that keeps offsets.
    ``requires`` (lower case unless case-sensitive) gates both; ``required`` is the same
    strings in lower case, as a set, for the haystack's automaton to look up (a
    case-sensitive pattern's too: a string cannot occur where its lower case does not)."""

    category: str
    spec: PatternSpec
    regex: re.Pattern[str]
    lowered: re.Pattern[str]
    requires: tuple[str, ...] = ()
    required: frozenset[str] = frozenset()
    gated: bool = False  # the haystack's automaton tells when it cannot match
    # For a pattern searched anywhere: strings one of which every match begins with, in the
    # subject its regex runs on (``literal_starts``); () when it may begin with anything.
    starts: tuple[str, ...] = ()
    # Whether ``starts`` are among the haystack's needles (found in its one pass): long
    # enough not to be everywhere, and in lower case, as the needles are read.
    starts_are_needles: bool = False
    # ``lowered`` rewritten so that ``re`` can skip to where a match may begin (``scanner``),
    # for the texts where it must be searched in full; None when it cannot be.
    scanner: re.Pattern[str] | None = None
    # Another pattern searches the same (one regex in two categories: sextortion is blackmail
    # and sexual): ``twinned`` tells the rules to search once per text (``twins``).
    twinned: bool = False

    @property
    def search(self) -> tuple[str, bool, str, tuple[str, ...]]:
        """What decides the matches ``finditer`` finds: equal for equal searches."""
        spec = self.spec
        return spec.regex, spec.case_sensitive, spec.anchor, tuple(spec.requires)

    def finditer(self, haystack: Haystack) -> Iterator[re.Match[str]]:
        """The matches in ``haystack.text``, as ``re.finditer`` finds them."""
        text, lowered = haystack.text, haystack.lowered
        starts: list[int] | None = None  # where a required string begins, when known
        if self.spec.case_sensitive:
            regex, subject = self.regex, text
            starts = _occurrences(text, self.requires) if self.requires else None
        elif len(lowered) != len(text):
            # Case-insensitive matching can meet letters that lower() does not give (ſ):
            # no gate or anchor here, the rare text that takes this path is searched in full.
            return self.regex.finditer(text)
        else:
            regex, subject = self.lowered, lowered
            starts = haystack.found(self.required) if self.requires else None
        if starts is not None and not starts:
            return iter(())
        anchor = self.spec.anchor
        if anchor == "number":
            numbers = haystack.numbers()
            return _tried_at(regex, subject, sorted({*numbers, *starts}) if starts else numbers)
        if anchor == "requires" and starts is not None:
            return _tried_at(regex, subject, starts)
        if anchor == "word" and starts is not None:
            return _tried_at(regex, subject, _word_starts(subject, starts))
        if self.starts_are_needles:
            found = haystack.found(self.starts)
            if len(found) <= STARTS_MAX_TRIES:
                return _tried_at(regex, subject, found)
        elif self.starts and (begins := _few_occurrences(subject, self.starts)) is not None:
            return _tried_at(regex, subject, begins)
        if self.scanner is not None and regex is self.lowered:
            return self.scanner.finditer(subject)
        return regex.finditer(subject)


class Haystack:
    """A text as the patterns search it: as written, lower-cased, where numbers start and
    where the patterns' required strings occur.

    ``needles`` is an Aho-Corasick automaton of every required string (``build_needles``):
    one pass finds them all, where a ``str.find`` per string would cost a pass each.
    """

    __slots__ = ("_found", "_needles", "_numbers", "lowered", "text")

    def __init__(self, text: str, needles: Any = None) -> None:
        self.text = text
        self.lowered = text.lower()
        self._numbers: list[int] | None = None
        self._needles = needles
        self._found: dict[str, list[int]] | None = None

    def chosen(self, gates: PatternGates) -> Sequence[Pattern]:
        """The patterns worth trying on this text: those not gated, and those one of whose
        required strings it holds. Told from the few needles found, through an index built
        once per charter, where most texts hold none of most patterns' strings."""
        if self._needles is None or len(self.lowered) != len(self.text):
            return gates.patterns
        return gates.select(self._needle_map())

    def offsets(self, needle: str) -> list[int]:
        """Where one needle of the automaton begins in ``lowered``, in order."""
        if self._needles is None:
            return _occurrences(self.lowered, (needle,))
        return self._needle_map().get(needle, [])

    def found(self, strings: Collection[str]) -> list[int]:
        """Sorted offsets of ``lowered`` where one of ``strings`` (all needles) begins."""
        if self._needles is None:
            return _occurrences(self.lowered, tuple(strings))  # no automaton: one pass each
        found = self._needle_map()
        if found.keys().isdisjoint(strings):
            return []  # most patterns, most texts: none of their strings, told in C
        # Walk the smaller side: the needles found in the text, or the pattern's strings.
        if len(found) <= len(strings):
            hits = [offsets for needle, offsets in found.items() if needle in strings]
        else:
            hits = [found[string] for string in strings if string in found]
        if len(hits) < 2:
            return hits[0] if hits else []
        return sorted({offset for offsets in hits for offset in offsets})

    def needles_found(self) -> dict[str, list[int]]:
        """Each needle the text holds, and where it begins in ``lowered`` (in order)."""
        if self._needles is None:
            return {}
        return self._needle_map()

    def _needle_map(self) -> dict[str, list[int]]:
        found = self._found
        if found is None:
            found = self._found = _needle_offsets(self.lowered, self._needles)
        return found

    def numbers(self) -> list[int]:
        """Offsets of a digit, "+" or "(" with no digit before it (worked out once)."""
        if self._numbers is None:
            text = self.text
            starts = _NUMBER_START if _OTHER_DIGIT.search(text) else _ASCII_NUMBER_START
            self._numbers = [m.start() for m in starts.finditer(text)]
        return self._numbers


class PatternGates:
    """The patterns, and which of them each needle lets through (``Haystack.chosen``): built
    once per charter, where asking every pattern about the needles found costs a set test
    each, on every text."""

    __slots__ = ("_by_needle", "_ungated", "patterns")

    def __init__(self, patterns: Sequence[Pattern]) -> None:
        self.patterns = tuple(patterns)
        self._ungated = frozenset(i for i, p in enumerate(self.patterns) if not p.gated)
        by_needle: dict[str, set[int]] = {}
        for index, pattern in enumerate(self.patterns):
            if pattern.gated:
                for string in pattern.required:
                    by_needle.setdefault(string, set()).add(index)
        self._by_needle = {n: frozenset(i) for n, i in by_needle.items()}

    def select(self, found: Iterable[str]) -> list[Pattern]:
        """The patterns not gated or holding one of the ``found`` needles, in order."""
        chosen = set(self._ungated)
        by_needle = self._by_needle
        for needle in found:
            indexes = by_needle.get(needle)
            if indexes is not None:
                chosen |= indexes
        patterns = self.patterns
        return [patterns[i] for i in sorted(chosen)]


def twins(patterns: Sequence[Pattern]) -> list[Pattern]:
    """``patterns``, each marked ``twinned`` when another one searches the same."""
    counts = Counter(p.search for p in patterns)
    return [replace(p, twinned=True) if counts[p.search] > 1 else p for p in patterns]


def build_needles(patterns: Iterable[Pattern], symbols: Iterable[str] = ()) -> Any:
    """The automaton of the patterns' required strings and of the context symbols (lower
    case), or None if none."""
    needles = {r for p in patterns for r in p.required}
    needles.update(s for p in patterns if p.starts_are_needles for s in p.starts)
    needles.update(symbols)
    if not needles:
        return None
    automaton = ahocorasick.Automaton()
    for needle in needles:
        automaton.add_word(needle, needle)
    automaton.make_automaton()
    return automaton


def _needle_offsets(text: str, needles: Any) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    if needles is not None:
        for end, needle in needles.iter(text):
            found.setdefault(needle, []).append(end - len(needle) + 1)
    return found


def _occurrences(text: str, strings: tuple[str, ...]) -> list[int]:
    """Every offset where one of ``strings`` begins, in order."""
    found: set[int] = set()
    for string in strings:
        index = text.find(string)
        while index >= 0:
            found.add(index)
            index = text.find(string, index + 1)
    return sorted(found)


def _few_occurrences(text: str, strings: tuple[str, ...]) -> list[int] | None:
    """``_occurrences`` of ``strings``, or None when there are more than ``STARTS_MAX_TRIES``
    (counted first, in C: a short start such as "je" may be everywhere)."""
    total = 0
    for string in strings:
        total += text.count(string)
        if total > STARTS_MAX_TRIES:
            return None
    return _occurrences(text, strings) if total else []


def _word_starts(text: str, offsets: list[int]) -> list[int]:
    """The start of the word (letters, digits, "." and "-") around each offset."""
    starts: set[int] = set()
    for offset in offsets:
        while offset > 0 and (text[offset - 1].isalnum() or text[offset - 1] in "._-"):
            offset -= 1
        starts.add(offset)
    return sorted(starts)


def _tried_at(regex: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` when no match can begin anywhere but at ``starts``."""
    done = 0
    for start in starts:
        if start >= done and (match := regex.match(text, start)) is not None:
            yield match
            done = max(match.end(), start + 1)


@dataclass(frozen=True)
class NamePattern:
    """A compiled ``NameSpec``."""

    regex: re.Pattern[str]
    requires: tuple[str, ...] = ()
    not_first: re.Pattern[str] | None = None
    kinds: tuple[MarkerKind, ...] = NAME_KINDS

    def starts(self, text: str) -> Iterator[int]:
        """Where the names begin in ``text``, as ``finditer`` would find them."""
        if not holds_any(text, self.requires):
            return
        position = 0
        while (match := self.regex.search(text, position)) is not None:
            if self.not_first is not None and self.not_first.match(text, match.start()):
                position = match.start() + 1  # as the lookahead would: try the next start
                continue
            yield match.start()
            position = max(match.end(), match.start() + 1)


def compile_pattern(category: str, spec: PatternSpec) -> Pattern:
    if spec.case_sensitive:
        regex = re.compile(spec.regex)
        return Pattern(category, spec, regex, regex, tuple(spec.requires),
                       frozenset(r.lower() for r in spec.requires), gated=bool(spec.requires),
                       starts=_starts_if_anywhere(spec, regex))
    requires = tuple(r.lower() for r in spec.requires)
    lowered = re.compile(_lower_literals(spec.regex))
    starts = _starts_if_anywhere(spec, lowered)
    return Pattern(category, spec, re.compile(spec.regex, re.IGNORECASE), lowered, requires,
                   frozenset(requires), gated=bool(requires), starts=starts,
                   starts_are_needles=bool(starts) and min(map(len, starts)) >= NEEDLE_SHORTEST,
                   scanner=scanner(lowered) if spec.anchor == "anywhere" else None)


# A scanner of more alternatives than this costs more to try at each candidate than it saves.
SCANNER_MOST = 64


def scanner(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """``regex`` rewritten as alternatives that each begin with one literal character, which
    finds the same matches, or None when it cannot be.

    ``re`` tries a pattern at every position of a text unless the pattern begins with a
    literal, a class, or alternatives that each begin with a literal: then it skips, in C, to
    the positions holding one of those characters. A pattern beginning with ``\b`` or with a
    group gets no such skip, and costs a match attempt per character: several times more on a
    1 KB text. So a group is spread over what follows it (``(?:a|b)c`` is ``ac|bc``: the same
    matches, tried in the same order), a small class over its characters, and a leading
    ``\b`` moves behind the first character as a look-behind (``\ba`` is ``a(?<=\ba)``).
    """
    if regex.flags & re.IGNORECASE:
        return None  # a literal would then match its other case too
    try:
        tree = _SRE.parse(regex.pattern, regex.flags)
        alternatives = _hoisted(list(tree.data), tree.state)
        if alternatives is None:
            return None
        state = tree.state
        branch = (_SRE.BRANCH, (None, [_SRE.SubPattern(state, a) for a in alternatives]))
        rewritten: re.Pattern[str] = _SRE_COMPILER.compile(_SRE.SubPattern(state, [branch]),
                                                         regex.flags)
    except (re.error, RecursionError):  # a tree ``_hoisted`` misread: no scanner, same results
        return None
    return rewritten


def _hoisted(items: list[Any], state: Any) -> list[list[Any]] | None:
    """The sequence ``items`` as alternatives that each begin with a literal (``scanner``)."""
    if not items:
        return None
    (op, value), rest = items[0], items[1:]
    if op is _SRE.AT and value is _SRE.AT_BOUNDARY:
        alternatives = _hoisted(rest, state)
        if alternatives is None:
            return None
        return [[first, (_SRE.ASSERT, (-1, _SRE.SubPattern(state, [items[0], first]))), *tail]
                for first, *tail in alternatives]
    if op is _SRE.LITERAL:
        return [items]
    if op is _SRE.IN:
        chars = _class_chars(value)  # None: a negation, a wide range, a category (\w)
        return None if chars is None else [[(_SRE.LITERAL, ord(c)), *rest] for c in chars]
    if op is _SRE.SUBPATTERN:
        group, add_flags, del_flags, pattern = value
        if group is not None or add_flags or del_flags:
            return None  # a capture would be numbered twice once spread
        return _hoisted([*pattern, *rest], state)
    if op is _SRE.BRANCH:
        found: list[list[Any]] = []
        for alternative in value[1]:
            more = _hoisted([*alternative, *rest], state)
            if more is None or len(found) + len(more) > SCANNER_MOST:
                return None
            found += more
        return found
    return None


def _starts_if_anywhere(spec: PatternSpec, regex: re.Pattern[str]) -> tuple[str, ...]:
    return literal_starts(regex) if spec.anchor == "anywhere" else ()


def literal_starts(regex: re.Pattern[str]) -> tuple[str, ...]:
    """Strings one of which every match of ``regex`` begins with, sorted; () when a match
    may begin with anything (a class of many characters, a dot, or such an item after an
    optional word).

    Read off the syntax tree ``re`` compiles: zero-width items (``\\b``, lookarounds) are
    skipped, alternatives and small character classes multiply, the first item of a
    repetition stands for it. Longer starts try fewer places; a start is cut at
    ``STARTS_LONGEST`` characters, shorter still when there would be over ``STARTS_MOST``.
    """
    if regex.flags & re.IGNORECASE:
        return ()  # a literal would then match its other case too
    try:
        items = list(_SRE.parse(regex.pattern, regex.flags))
        found = _starts(items, STARTS_LONGEST)
        longest = STARTS_LONGEST
        while found is not None and len(found) > STARTS_MOST and longest > 1:
            longest -= 1
            found = _starts(items, longest)
    except _Unreadable:
        return ()
    if found is None or "" in found or len(found) > STARTS_MOST:
        return ()
    # "cas" covers "case": the longer one would only be found twice.
    return tuple(sorted(s for s in found if not any(s != t and s.startswith(t) for t in found)))


class _Unreadable(Exception):
    """A syntax ``literal_starts`` does not read (an inline case flag): no starts."""


_CLASS_MOST = 6  # a character class of more characters is "anything"


def _starts(items: list[Any], budget: int) -> set[str] | None:
    """The starts of the sequence ``items`` (cut at ``budget`` characters); None for
    "anything", which no later item can narrow."""
    if budget == 0 or not items:
        return {""}
    (op, value), rest = items[0], items[1:]
    if op in (_SRE.AT, _SRE.ASSERT, _SRE.ASSERT_NOT):
        return _starts(rest, budget)
    if op is _SRE.LITERAL:
        return _prefixed((chr(value),), rest, budget)
    if op is _SRE.IN:
        chars = _class_chars(value)
        return None if chars is None else _prefixed(chars, rest, budget)
    if op is _SRE.BRANCH:
        found: set[str] = set()
        for alternative in value[1]:
            more = _starts([*alternative, *rest], budget)
            if more is None:
                return None
            found |= more
        return found
    if op is _SRE.SUBPATTERN:
        _group, add_flags, _del_flags, pattern = value
        if add_flags & re.IGNORECASE:
            raise _Unreadable
        return _starts([*pattern, *rest], budget)
    if op is _SRE.ATOMIC_GROUP:
        return _starts([*value, *rest], budget)
    if op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT, _SRE.POSSESSIVE_REPEAT):
        low, high, item = value
        if high == 0:
            return _starts(rest, budget)
        # The item's starts, not followed further: what comes after a repetition varies.
        head = _starts(list(item), budget)
        if head is None or low >= 1:
            return head
        tail = _starts(rest, budget)
        return None if tail is None else head | tail
    return None


def _prefixed(chars: Sequence[str], rest: list[Any], budget: int) -> set[str] | None:
    tails = _starts(rest, budget - 1)
    if tails is None:
        return set(chars)  # the rest may begin with anything: the starts stop here
    return {char + tail for char in chars for tail in tails}


def _class_chars(items: list[Any]) -> tuple[str, ...] | None:
    """The characters of a small class of literals and short ranges, or None."""
    chars: list[str] = []
    for op, value in items:
        if op is _SRE.LITERAL:
            chars.append(chr(value))
        elif op is _SRE.RANGE and value[1] - value[0] < _CLASS_MOST:
            chars.extend(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None  # a category (\w), a negation, a wide range
    return tuple(chars) if len(chars) <= _CLASS_MOST else None


def compile_name(spec: str | NameSpec) -> NamePattern:
    if isinstance(spec, str):
        return NamePattern(re.compile(spec))
    stop = "|".join(re.escape(w) for w in spec.not_first)
    return NamePattern(re.compile(spec.regex), tuple(spec.requires),
                       re.compile(rf"(?:{stop})\b") if stop else None, tuple(spec.kinds))


def holds_any(text: str, required: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``required`` (or nothing is required)."""
    if not required:
        return True
    for string in required:  # noqa: SIM110 (any() over a generator costs more here)
        if string in text:
            return True
    return False


def _lower_literals(regex: str) -> str:
    """Lower-case a regex's letters but not its escapes (``\\D`` stays a non-digit)."""
    out: list[str] = []
    escaped = False
    for char in regex:
        out.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    return "".join(out)
