"""Which watched entities an item mentions. Pure: config in, text in, mentions out.

All names, aliases, context terms and exclude phrases go into one Aho-Corasick automaton over
folded text, so the cost of a match grows with the text, not with the number of terms.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

import ahocorasick

from worker.charter.surface import build_surface, surface_term
from worker.config import Entity, VeilleConfig
from worker.normalise import fold, fold_term

# Signs of a disguised word: a digit or symbol against a letter (h0rmisdas, 3SLJP), or
# letters dotted one by one (E.S.H.G.). Only then is the text read a second time.
# Written to start on the sign itself, a single character class, so the regex engine skips
# ahead to each candidate: put plainly (``[^\W\d_][\d@$€|!+]|[\d@$€|!+][^\W\d_]|\b\w\.\w\.``),
# it tried every letter of every item and cost more than the whole matching.
_DISGUISE = re.compile(
    r"[\d@$€|!+.]"
    r"(?:(?<=[^\W\d_][\d@$€|!+])"  # a letter, then the sign
    r"|(?<=[\d@$€|!+])(?=[^\W\d_])"  # the sign, then a letter
    r"|(?<=\b\w\.)(?=\w\.))"  # a dot between letters dotted one by one
)


class TermKind(Enum):
    NAME = "name"
    AMBIGUOUS = "ambiguous"  # a name that counts only with a context term
    CONTEXT = "context"
    EXCLUDE = "exclude"


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

    def __init__(self, organisation: Entity, entities: list[Entity], exclude: list[str]) -> None:
        self.organisation_id = organisation.id
        entries: list[tuple[str, _Term]] = []
        for entity in [organisation, *entities]:
            if entity.ambiguous or not entity.context:
                alone, ambiguous = entity.terms, entity.ambiguous
            else:  # a context and no list of ambiguous names: every name needs the context
                alone, ambiguous = [], entity.terms
            for kind, words in (
                (TermKind.NAME, alone),
                (TermKind.AMBIGUOUS, ambiguous),
                (TermKind.CONTEXT, entity.context),
                (TermKind.EXCLUDE, entity.exclude),
            ):
                entries.extend((word, _Term(kind, entity.id, 0)) for word in words)
        entries.extend((phrase, _Term(TermKind.EXCLUDE, None, 0)) for phrase in exclude)
        self._empty = not entries
        self._automaton = _automaton(entries, fold_term)
        # The same terms as the charter reads disguised words (h0rmisdas, E.S.H.G.).
        self._disguised = _automaton(entries, surface_term)

    @classmethod
    def from_config(cls, config: VeilleConfig) -> Matcher:
        return cls(config.organisation, config.entities, config.exclude)

    def find(self, text: str) -> list[Mention]:
        """Every surviving mention in ``text``, in order of appearance. A name written as
        people disguise insults (``h0rmisdas``, ``E.S.H.G.``, ``3SLJP``) counts too: when
        the plain reading finds nothing and the text looks disguised, it is read again the
        way the charter reads it."""
        if self._empty or not text:
            return []
        folded = fold(text)
        mentions = self._scan(self._automaton, folded.text, folded.span)
        if not mentions and _DISGUISE.search(text):
            surface = build_surface(text)
            mentions = self._scan(self._disguised, surface.text, surface.span)
        return mentions

    def _scan(self, automaton: Any, padded: str,
              span: Callable[[int, int], tuple[int, int]]) -> list[Mention]:
        names: list[tuple[str, int, int, bool]] = []  # entity, start, stop, ambiguous
        context: set[str] = set()
        excluded: list[tuple[str | None, int, int]] = []
        for end, values in automaton.iter(padded):
            for term in values:
                # Padding spaces are shared by neighbours; the word itself sits inside them.
                start, stop = end - term.length + 2, end
                if term.kind is TermKind.NAME or term.kind is TermKind.AMBIGUOUS:
                    names.append((term.entity_id, start, stop, term.kind is TermKind.AMBIGUOUS))
                elif term.kind is TermKind.CONTEXT:
                    context.add(term.entity_id)
                else:
                    excluded.append((term.entity_id, start, stop))
        kept = [n for n in names if not _vetoed(n[:3], excluded)]
        organisation_named = any(n[0] == self.organisation_id for n in kept)
        return [
            Mention(entity_id, *span(start, stop))
            for entity_id, start, stop, ambiguous in sorted(kept, key=lambda n: n[1])
            if not ambiguous or entity_id in context or organisation_named
        ]

    def entities(self, text: str) -> list[str]:
        """Ids of the entities mentioned, organisation first, then in order of appearance."""
        seen: dict[str, None] = {}
        for mention in self.find(text):
            seen.setdefault(mention.entity_id)
        return sorted(seen, key=lambda e: e != self.organisation_id)


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


def _vetoed(name: tuple[str, int, int], excluded: list[tuple[str | None, int, int]]) -> bool:
    entity_id, start, stop = name
    return any(
        (owner is None or owner == entity_id) and start < x_stop and x_start < stop
        for owner, x_start, x_stop in excluded
    )
