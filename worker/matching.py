"""Which watched entities an item mentions. Pure: config in, text in, mentions out.

All names, aliases, context terms and exclude phrases go into one Aho-Corasick automaton over
folded text, so the cost of a match grows with the text, not with the number of terms.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

import ahocorasick

from worker.charter.surface import build_surface, surface_term
from worker.config import Entity, VeilleConfig
from worker.normalise import fold, fold_term

# Signs of a disguised word: a digit or symbol against a letter (h0rmisdas, 3SLJP), letters
# dotted one by one (E.S.H.G.), or four letters or more spaced out (h o r m i s d a s). Only
# then is the text read a second time.
# Written to start on the sign itself (or the space after a lone letter), a single character
# class, so the regex engine skips ahead to each candidate: put plainly
# (``[^\W\d_][\d@$€|!+]|[\d@$€|!+][^\W\d_]|\b\w\.\w\.|(?<!\w)[^\W\d_](?: [^\W\d_]){3}(?!\w)``,
# as the test reads it), it tried every letter of every item and cost more than the whole
# matching.
_DISGUISE = re.compile(
    r"[\d@$€|!+. ]"
    r"(?:(?<=[^\W\d_][\d@$€|!+])"  # a letter, then the sign
    r"|(?<=[\d@$€|!+])(?=[^\W\d_])"  # the sign, then a letter
    r"|(?<=\b\w\.)(?=\w\.)"  # a dot between letters dotted one by one
    r"|(?<=[^\W\d_] )(?<!\w. )(?=[^\W\d_] [^\W\d_] [^\W\d_](?!\w)))"  # after a lone letter
)

# A hashtag: a "#" that does not end a word (as in "C#"). Starting on the "#" itself lets
# the regex engine skip ahead to each one; a leading lookbehind made it try every character.
_HASHTAG = re.compile(r"#(?<!\w#)\w+")


class TermKind(Enum):
    NAME = "name"
    AMBIGUOUS = "ambiguous"  # a name that counts only with a context term
    CONTEXT = "context"
    OTHER_SENSE = "other_sense"  # a word that keeps an entity's ambiguous names from counting
    EXCLUDE = "exclude"
    ELSEWHERE = "elsewhere"  # a town off the territory, where schools share our schools' names


# What may stand between a school's name and a town elsewhere, once folded, either way round:
# "Sainte-Famille de Sherbrooke", "Maria-Goretti, à Québec", "Sainte-Famille school in
# Sherbrooke", "Providence, Rhode Island", "SHERBROOKE – L'école Sainte-Famille",
# "Louis-Joseph-Papineau, dans le quartier Saint-Michel". Not "du" ("du Québec" is the
# province).
_BETWEEN_WORDS = ("a", "de", "d", "dans", "in", "of", "at", "l", "la", "le", "the", "ecole",
                  "school", "high", "elementary", "primary", "secondary", "secondaire", "primaire",
                  "quartier", "arrondissement", "neighbourhood", "neighborhood", "borough")
# As folded, and as the disguised reading writes them ("schol": doubled letters squeezed).
_BETWEEN_SCHOOL_AND_PLACE = frozenset(
    [*_BETWEEN_WORDS, *(surface_term(word).strip() for word in _BETWEEN_WORDS)])
# A place before the name: "de" and "of" then make the place the school's ("le voyage à New
# York de LJP" is LJP's trip), not the school the place's.
_BETWEEN_PLACE_AND_SCHOOL = _BETWEEN_SCHOOL_AND_PLACE - {"de", "d", "of"}
# A name and its own context word as close ("Saint-Laurent school in Buckingham"): not with an
# article between ("Hormisdas Gamelin, le prof d'histoire" speaks of the man to a teacher).
_BETWEEN_NAME_AND_CONTEXT = _BETWEEN_SCHOOL_AND_PLACE - {"l", "la", "le", "the"}
_MAX_WORDS_BETWEEN = 3


@dataclass(frozen=True)
class Mention:
    """An entity named in the text, at ``[start, end)`` of the original text."""

    entity_id: str
    start: int
    end: int


@dataclass(frozen=True)
class _Term:
    kind: TermKind
    entity_id: str | None  # None: a global exclude phrase
    length: int  # in folded characters, padding spaces included


class Matcher:
    """Finds mentions of the organisation and its schools. Build once per config."""

    def __init__(self, organisation: Entity, entities: list[Entity], exclude: list[str],
                 elsewhere: list[str] | None = None) -> None:
        self.organisation_id = organisation.id
        self._shared_names = frozenset(e.id for e in entities if e.shared_name)
        entries: list[tuple[str, _Term]] = []
        for entity in [organisation, *entities]:
            if entity.ambiguous or not entity.context:
                alone, ambiguous = entity.terms, entity.ambiguous
            else:  # a context and no list of ambiguous names: every name needs the context
                alone, ambiguous = [], entity.terms
            for kind, words in (
                (TermKind.NAME, _with_elisions(alone)),
                (TermKind.AMBIGUOUS, _with_elisions(ambiguous)),
                (TermKind.CONTEXT, entity.context),
                (TermKind.OTHER_SENSE, entity.other_sense),
                (TermKind.EXCLUDE, entity.exclude),
            ):
                entries.extend((word, _Term(kind, entity.id, 0)) for word in words)
        entries.extend((phrase, _Term(TermKind.EXCLUDE, None, 0)) for phrase in exclude)
        entries.extend((place, _Term(TermKind.ELSEWHERE, None, 0)) for place in elsewhere or [])
        self._empty = not entries
        self._automaton = _automaton(entries, fold_term)
        # The same terms as the charter reads disguised words (h0rmisdas, E.S.H.G.).
        self._disguised = _automaton(entries, surface_term)

    @classmethod
    def from_config(cls, config: VeilleConfig) -> Matcher:
        return cls(config.organisation, config.entities, config.exclude, config.elsewhere)

    def find(self, text: str, local: bool = False) -> list[Mention]:
        """Every surviving mention in ``text``, in order of appearance; ``local`` when the
        text comes from a local source (``SourceConfig.local``), where names that need a
        context count alone, as beside the organisation's name. A name written as
        people disguise insults (``h0rmisdas``, ``E.S.H.G.``, ``3SLJP``) counts too: when
        the plain reading finds nothing and the text looks disguised, it is read again the
        way the charter reads it. A hashtag of glued words (``#SainteFamille``,
        ``#GoESLJP``) is read as its words; its mention spans the whole tag."""
        if self._empty or not text:
            return []
        # The cut text replaces the plain one (one scan, context and excludes over all of
        # it). A watched name written with inner capitals (none today) would be cut too.
        unglued = _unglue(text)
        read = unglued.text if unglued else text
        folded = fold(read)
        span = _through(folded.span, unglued.span) if unglued else folded.span
        mentions = self._scan(self._automaton, folded.text, span, local)
        if not mentions and _DISGUISE.search(text):
            # The same cut text, so that what vetoed a name there ("#Providence
            # #RhodeIsland") vetoes it here too.
            surface = build_surface(read)
            span = _through(surface.span, unglued.span) if unglued else surface.span
            mentions = self._scan(self._disguised, surface.text, span, local)
        return mentions

    def _scan(self, automaton: Any, padded: str,
              span: Callable[[int, int], tuple[int, int]], local: bool) -> list[Mention]:
        names: list[tuple[str, int, int, bool]] = []  # entity, start, stop, ambiguous
        context: dict[str | None, list[tuple[int, int]]] = {}  # each entity's context terms
        other_sense: set[str | None] = set()
        excluded: list[tuple[str | None, int, int]] = []
        places: list[tuple[int, int]] = []  # each place elsewhere
        for end, values in automaton.iter(padded):
            for term in values:
                # Padding spaces are shared by neighbours; the word itself sits inside them.
                start, stop = end - term.length + 2, end
                if term.kind is TermKind.NAME or term.kind is TermKind.AMBIGUOUS:
                    names.append((term.entity_id, start, stop, term.kind is TermKind.AMBIGUOUS))
                elif term.kind is TermKind.CONTEXT:
                    context.setdefault(term.entity_id, []).append((start, stop))
                elif term.kind is TermKind.OTHER_SENSE:
                    other_sense.add(term.entity_id)
                elif term.kind is TermKind.ELSEWHERE:
                    places.append((start, stop))
                else:
                    excluded.append((term.entity_id, start, stop))
        # Another sense of a name does not undo it where its context stands right beside it
        # ("Saint-Laurent school in Buckingham" on a trip to see the river's whales).
        kept = [n for n in names
                if not (n[3] and n[0] in other_sense
                        and not _beside(n[1:3], context.get(n[0], []), padded,
                                        _BETWEEN_NAME_AND_CONTEXT, _BETWEEN_NAME_AND_CONTEXT))
                and not _vetoed(n[:3], excluded)
                and not (n[0] in self._shared_names and _placed_elsewhere(n[1:3], places, padded))]
        # An ambiguous name of the organisation's own ("le centre de services") names it only
        # beside its context, if it has one, like any ambiguous name.
        organisation_named = local or any(
            n[0] == self.organisation_id and (not n[3] or n[0] in context) for n in kept)
        return [
            Mention(entity_id, *span(start, stop))
            for entity_id, start, stop, ambiguous in sorted(kept, key=lambda n: n[1])
            if not ambiguous or entity_id in context or organisation_named
        ]

    def entities(self, text: str, local: bool = False) -> list[str]:
        """Ids of the entities mentioned, organisation first, then in order of appearance."""
        seen: dict[str, None] = {}
        for mention in self.find(text, local):
            seen.setdefault(mention.entity_id)
        return sorted(seen, key=lambda e: e != self.organisation_id)


@dataclass(frozen=True)
class _Unglued:
    """A text whose glued hashtags are cut into words: ``text`` is the original with a space
    added at each index of ``spaces`` (indices in ``text``); ``tags`` are the hashtags cut,
    as original ``[start, end)``, "#" included."""

    text: str
    spaces: tuple[int, ...]
    tags: tuple[tuple[int, int], ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of ``text[start:end]`` (which neither starts nor ends on an added
        space), widened to the whole of any hashtag cut that it reaches into: a person is
        shown the tag as written, not a piece of it."""
        start -= bisect_left(self.spaces, start)
        end -= bisect_left(self.spaces, end - 1)
        for tag_start, tag_end in self.tags:
            if tag_start <= start < tag_end:
                start = tag_start
            if tag_start < end <= tag_end:
                end = tag_end
        return start, end


def _unglue(text: str) -> _Unglued | None:
    """``text`` with its glued hashtags cut into words (#SainteFamille, #GoESLJP), or None
    when it has none. An all-lowercase or all-capitals tag (#coeurdesvallees) is left whole:
    nothing in it says where one word ends, and guessing from the watched names would read
    them inside unrelated words."""
    if "#" not in text:  # most items: a C-speed scan, and nothing more to pay
        return None
    cuts: list[int] = []
    tags: list[tuple[int, int]] = []
    for tag in _HASHTAG.finditer(text):
        inner = _word_starts(tag.group())
        cuts.extend(tag.start() + index for index in inner)
        if inner:
            tags.append(tag.span())
    if not cuts:
        return None
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    # The k-th added space lands k places further on than the cut it stands for.
    spaces = tuple(cut + k for k, cut in enumerate(cuts))
    return _Unglued(" ".join(pieces), spaces, tuple(tags))


def _word_starts(word: str) -> list[int]:
    """Where a new word starts inside a CamelCase ``word``: a capital after a small letter
    (fierté|LJP, Coeur|Des), or the last capital of a run when a small letter follows it
    (CSSCV|Fierte)."""
    return [
        index for index in range(1, len(word))
        if word[index].isupper()
        and (word[index - 1].islower()
             or (word[index - 1].isupper() and word[index + 1:index + 2].islower()))
    ]


def _through(first: Callable[[int, int], tuple[int, int]],
             second: Callable[[int, int], tuple[int, int]]
             ) -> Callable[[int, int], tuple[int, int]]:
    """A span mapped by ``first``, then by ``second``."""
    return lambda start, end: second(*first(start, end))


def _automaton(entries: list[tuple[str, _Term]], key_of: Callable[[str], str]) -> Any:
    """One automaton over every term, keyed as ``key_of`` writes it (padded with spaces)."""
    terms: dict[str, list[_Term]] = defaultdict(list)
    for word, term in entries:
        key = key_of(word)
        if key.strip():
            terms[key].append(_Term(term.kind, term.entity_id, len(key)))
    automaton = ahocorasick.Automaton()
    for key, values in terms.items():
        automaton.add_word(key, values)
    automaton.make_automaton()
    return automaton


def _with_elisions(names: list[str]) -> list[str]:
    """``names`` and, for those that start with a vowel or an "h", their elided article glued
    on as in usernames and chat (``les_laittes_de_lhormisdas``, ``la prof dhisto a lESHG``):
    no word of either language is an "l" or a "d" glued to a school's name. Not to a name
    that begins with a short word, a preposition ("à Hormis", "in Hormis"): glued, "là" and
    "lin" are words ("toute la classe était là, hormis Julie")."""
    elidable = tuple("aeiouyh")
    glued = [f"{article}{name}" for name in names
             if (folded := fold_term(name).split())[0].startswith(elidable)
             and (len(folded) == 1 or len(folded[0]) > 2) for article in ("l", "d")]
    return [*names, *glued]


def _placed_elsewhere(name: tuple[int, int], places: list[tuple[int, int]], padded: str
                      ) -> bool:
    """Whether a name at ``name`` has a place off the territory just after or just before it,
    with only a few words such as "de", "à" or "school" between them."""
    return _beside(name, places, padded, _BETWEEN_SCHOOL_AND_PLACE, _BETWEEN_PLACE_AND_SCHOOL)


def _beside(name: tuple[int, int], terms: list[tuple[int, int]], padded: str,
            after: frozenset[str], before: frozenset[str]) -> bool:
    """Whether one of ``terms`` stands just after the name with only words of ``after``
    between them (three at most), or just before it with only words of ``before``."""
    start, stop = name
    for term_start, term_stop in terms:
        if term_start > stop:
            between, allowed = padded[stop:term_start], after
        elif term_stop < start:
            between, allowed = padded[term_stop:start], before
        else:
            continue
        words = between.split()
        if len(words) <= _MAX_WORDS_BETWEEN and allowed.issuperset(words):
            return True
    return False


def _vetoed(name: tuple[str, int, int], excluded: list[tuple[str | None, int, int]]) -> bool:
    """Whether an exclude phrase overlaps the name. A longer name that holds the whole phrase
    is not vetoed by it: "la commission scolaire de Buckingham" is ours, though "commission
    scolaire de" (another board's name) is excluded."""
    entity_id, start, stop = name
    return any(
        (owner is None or owner == entity_id) and start < x_stop and x_start < stop
        and not (start <= x_start and x_stop <= stop and stop - start > x_stop - x_start)
        for owner, x_start, x_stop in excluded
    )
