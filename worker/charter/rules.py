"""The rule scorer: lexicon hits read in their context, then scored per category.

One automaton pass finds both the charter's terms and the context words around them; a few
regular expressions find what word lists cannot (numbers, links, names). Each hit then gets a
weight that depends on its surroundings (``worker.charter.context``): aimed at someone,
negated, praised, quoted by a journalist, a threat told to the police or made in a meme, a
number given as a school office's. A category's score is the noisy-OR of its hits'
weights: independent clues add up, and no single weak clue gets a flag on its own. A term its
context cancels (negated, denied before or rebutted after, praised, announced, said by a
parent of their own child) leaves a flag of score 0 saying so: a model's flag there must be
surer.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from operator import attrgetter
from typing import NamedTuple

from worker.charter.categories import CATEGORIES, Severity
from worker.charter.checks import CHECKS
from worker.charter.context import (
    JOKE_NOTE,
    NEGATION_WINDOW,
    PATTERN_WINDOW,
    TARGET_WINDOW,
    Context,
    denied,
    joking,
    own_child,
    public_office,
    reported,
    unless_near,
)
from worker.charter.lexicon import Charter, Entry, Key
from worker.charter.model import CategoryFlag, Document, Evidence
from worker.charter.patterns import Haystack, MarkerKind, Pattern
from worker.charter.surface import Surface, build_surface

CRITICAL_MIN_WEIGHT = 0.3  # a critical clue discounted below this (quoted) is not critical
CRITICAL_WINDOW = 20  # tokens either side where a minor makes sexual content critical
QUOTED_FACTOR = 0.15  # a journalist quoting an insult is reporting it
MIN_EVIDENCE_WEIGHT = 0.2  # weaker clues are not shown as evidence
MAX_EVIDENCE = 6
ESCALATE_MIN_SCORE = 0.5  # the other category's flag must stand on its own
ESCALATED_WEIGHT = 0.75  # a call to go after someone whose address is given is aimed at them
ESCALATED_NOTE = "avec les coordonnées de la personne (divulgation pour la cibler)"
# What a pattern's context says when it is not a personal one (a number beside "son cell").
CONTEXT_NOTES = {
    "time": "avec un moment précis (jour, heure) : menace datée",
    "warning": "avec un avertissement (« restez chez vous », « tic tac »)",
}
# What a group's target says, by its first kind: most aim at people, some read a subject.
TARGET_NOTE = "vise une personne ou un groupe"
TARGET_NOTES = {"dying": "à propos d'une personne qui parle de mourir"}
# A term the context cancels is no clue, but it is an opinion: the rules saw it and set it
# aside. Its category gets a flag of score 0 saying why (``_cleared_flag``).
CLEARED = "indice écarté par le contexte"
NEGATED, DENIED, PRAISED, BENIGN = "négation", "démenti", "éloge", "expression anodine"
OWN_CHILD = "dit par le parent de son propre enfant"
UNLESS = "contexte qui l'écarte (sport, compétition...)"
UNLESS_NOTES = {  # by the group's first kind
    "announced": "décision annoncée publiquement",
    "decision": "critique d'une décision, avec respect pour les personnes",
}
# Why a clue of a ``critical_with`` group became critical, by the context kind found near it.
CRITICAL_NOTES = {
    "minor": "en lien avec un ou une élève (mineur)",
    "named": "visant une personne nommée (souvent un ou une élève)",
    "personal": "avec les coordonnées de la personne (divulgation pour la cibler)",
    **CONTEXT_NOTES,
    "victim": "visant une école, ses bureaux ou des personnes",
    "target": "visant une personne ou un groupe",
    "person": "visant une personne ou un groupe",
}


class Hit(NamedTuple):  # named tuples: built by the dozen per text, and cheaper than dataclasses
    """One clue for a category: a term or pattern at ``[start, end)`` of the original."""

    category: str
    reason: str
    start: int
    end: int
    weight: float
    critical: bool = False
    notes: tuple[str, ...] = ()
    key: str = ""  # repeated clues (the same word twice) count once
    escalate: tuple[str, ...] = ()  # categories whose flag makes this clue critical


class Found(NamedTuple):
    """A lexicon term found in the text: its first token and its original span."""

    entry: Entry
    token: int
    start: int
    end: int


class RuleScorer:
    """Scores documents with the charter's lexicons and patterns only: no model, no network."""

    def __init__(self, charter: Charter) -> None:
        self.charter = charter

    def score(self, document: Document) -> list[CategoryFlag]:
        """Flags for every category with at least one clue, whatever their score."""
        text = document.full_text
        surface = build_surface(text)
        entries, context = scan(surface, self.charter)
        entries, cleared = _without_benign(entries)
        haystack = Haystack(text, self.charter.needles)
        _find_names(text, self.charter, context)
        _find_symbols(haystack, self.charter, context)
        hits: list[Hit] = []
        for found in entries:
            why = _cleared(found, context)
            if why:
                cleared.append((found, why))
            elif hit := _weigh(found, document.kind, context):
                hits.append(hit)
        hits.extend(_pattern_hits(haystack, self.charter, context, document.kind))
        by_category: dict[str, list[Hit]] = defaultdict(list)
        for hit in hits:
            by_category[hit.category].append(hit)
        flags = {c: _flag(c, by_category[c], text) for c in CATEGORIES if by_category.get(c)}
        escalating = {hit.category for hit in hits if hit.escalate}  # most texts: none
        for category in [c for c in flags if c in escalating]:  # in order: each reads the last
            flags[category] = _escalated(flags[category], by_category[category], flags, text)
        for found, why in cleared:
            category = found.entry.group.category
            if category not in flags:
                flags[category] = _cleared_flag(category, found, why, text)
        return list(flags.values())


def scan(surface: Surface, charter: Charter) -> tuple[list[Found], Context]:
    """One pass of the automaton: the terms found, and the context words around them."""
    context = Context(surface, lazy=charter.lazy_markers)
    found: list[Found] = []
    if not surface.text.strip() or not len(charter.automaton):
        return found, context
    text = surface.text
    # Bound once, appended to in place: this loop runs for every word of every text, and a
    # method call per marker cost more than the append itself.
    marks = context.marks
    locate = surface.locate
    key: Key
    for end, key in charter.automaton.iter(text):
        for kind in key.kinds:
            # A marker's last word: "ceux qui disent que" denies what follows "que".
            marks[kind].append(end - 1)
        if key.entries:
            # Padding spaces are shared by neighbours; the words sit inside them.
            start = end - key.length + 2
            token, begin, finish = locate(
                start, text.index(" ", end + 1) if key.prefix else end)
            for entry in key.entries:
                found.append(Found(entry, token, begin, finish))
    return found, context


def _without_benign(found: list[Found]) -> tuple[list[Found], list[tuple[Found, str]]]:
    """The terms found, less harmless phrases; and the terms inside those, cleared."""
    benign = [(f.start, f.end) for f in found if f.entry.group.spec.benign]
    if not benign:
        return found, []
    kept: list[Found] = []
    cleared: list[tuple[Found, str]] = []
    for f in found:
        if f.entry.group.spec.benign:
            if f.entry.group.spec.idiom:  # "killing me": the idiom itself is set aside
                cleared.append((f, BENIGN))
            continue
        # A longer phrase around a harmless one says more than it ("une p'tite visite"
        # around "p'tite"): one phrase, one reading, as in ``_outermost``.
        if any(s < f.end and f.start < e and not (f.start <= s and e <= f.end
                                                   and f.end - f.start > e - s)
               for s, e in benign):
            cleared.append((f, BENIGN))
        else:
            kept.append(f)
    return kept, cleared


def _cleared(found: Found, context: Context) -> str | None:
    """Why the context cancels a term ("pas un cave", "je dis pas que", "débile, bravo"),
    or None."""
    group, token = found.entry.group.spec, found.token
    if group.negatable and context.before("negation", token, NEGATION_WINDOW):
        return NEGATED
    if group.negatable and denied(token, context):
        return DENIED
    if group.intensifier and context.near(("positive",), token, TARGET_WINDOW):
        return PRAISED
    if group.spares_own_child and own_child(
            token, context.surface.token_of_offset(found.end - 1), context):
        return OWN_CHILD
    unless = found.entry.group.unless
    # ... but not when it aims at someone by role or title ("tuer le coach après la game");
    # a bare name may be a team's ("Go Vikings Hormisdas-Gamelin").
    also = found.entry.group.unless_also
    if unless and unless_near(unless, token, context) \
            and (not also or any(context.tokens(k) for k in also)) \
            and not (group.unless_spares_role and context.near(("role",), token, TARGET_WINDOW)):
        return UNLESS_NOTES.get(unless[0], UNLESS)
    return None


def _cleared_flag(category: str, found: Found, why: str, text: str) -> CategoryFlag:
    """A score of 0 that says the rules saw a term of ``category`` and set it aside: another
    scorer's flag in that category must then be surer (``classify.combine``)."""
    return CategoryFlag(category, 0.0, CATEGORIES[category].severity,
                        (Evidence(found.start, found.end, text[found.start:found.end]),),
                        (f"{CLEARED} ({why}) : « {text[found.start:found.end]} »",))


def _weigh(found: Found, kind: str, context: Context) -> Hit | None:
    entry, token = found.entry, found.token
    group = entry.group.spec
    weight, notes = entry.weight, []
    needs = entry.group.needs
    if needs and not any(context.before(k, token, group.needs_window) for k in needs):
        weight *= group.without
        if not weight:
            return None
    if group.needs_target:
        if context.near(entry.group.targets, token, TARGET_WINDOW):
            notes.append(TARGET_NOTES.get(entry.group.targets[0], TARGET_NOTE))
        else:
            weight *= group.alone
    # Only where something marks reported speech: most texts have none.
    quotable = group.quotable and (kind == "article" or bool(context.tokens("reported"))
                                   or (group.narratable and bool(context.tokens("narrated"))))
    if why := _not_said(token, context, kind, quotable, group.narratable):
        weight *= QUOTED_FACTOR
        notes.append(why)
    critical_with = entry.group.critical_with
    critical = group.critical or bool(
        critical_with and context.near(critical_with, token, CRITICAL_WINDOW)
    )
    if critical and critical_with:
        notes.append(_critical_note(critical_with, token, context))
    return Hit(entry.group.category, group.reason, found.start, found.end, weight,
               critical, tuple(notes), entry.term, entry.group.critical_with_flag)


def _not_said(token: int, context: Context, kind: str, quotable: bool, narratable: bool
              ) -> str | None:
    """Why the clue at ``token`` is someone else's words or a joke, not the writer's (the
    note that says so), or None: quoted or reported (when ``quotable``), or a threat made
    in a meme (when ``narratable``)."""
    if quotable and (why := reported(token, context, kind, narratable)):
        return why
    if narratable and joking(token, context):
        return JOKE_NOTE
    return None


def _critical_note(kinds: tuple[str, ...], token: int, context: Context) -> str:
    """Why a clue became critical: the first of ``kinds`` found near it."""
    for kind in kinds:
        if context.near((kind,), token, CRITICAL_WINDOW):
            return CRITICAL_NOTES.get(kind, CRITICAL_NOTES["minor"])
    return CRITICAL_NOTES["minor"]


def _escalated(flag: CategoryFlag, hits: list[Hit], flags: dict[str, CategoryFlag],
               text: str) -> CategoryFlag:
    """The flag again, its escalating clues critical when a category they name is flagged
    too: a call to go after someone beside their address is doxxing."""
    raised = [
        # The address or number says whom the call aims at: it counts as aimed.
        h._replace(critical=True, weight=max(h.weight, ESCALATED_WEIGHT),
                   notes=(*h.notes, ESCALATED_NOTE))
        if any(c in flags and flags[c].score >= ESCALATE_MIN_SCORE for c in h.escalate) else h
        for h in hits
    ]
    return _flag(flag.category, raised, text) if raised != hits else flag


def _find_names(text: str, charter: Charter, context: Context) -> None:
    """Named people ("Mme Tremblay", "la petite Léa") are targets as much as "t'es"."""
    for pattern in charter.names:
        for start in pattern.starts(text):
            token = context.surface.token_of_offset(start)
            for kind in pattern.kinds:
                context.add(kind, token)


def _find_symbols(haystack: Haystack, charter: Charter, context: Context) -> None:
    """Emojis and punctuation ("😂", "mais…") mark their word: the surface drops them."""
    symbols = charter.symbol_kinds
    if not symbols:
        return
    # From the needles the text holds (a few), not from every symbol: markers are sorted as
    # they are added, so the order they come in does not matter.
    for needle, offsets in haystack.needles_found().items():
        kinds = symbols.get(needle)
        if kinds:
            for offset in offsets:
                token = context.surface.token_of_offset(offset)
                for kind in kinds:
                    context.add(kind, token)


def _pattern_hits(haystack: Haystack, charter: Charter, context: Context,
                  kind: str) -> list[Hit]:
    hits: list[Hit] = []
    text = haystack.text
    searched: dict[tuple[str, bool, str, tuple[str, ...]], list[re.Match[str]]] = {}
    for pattern in haystack.chosen(charter.gates):
        matches: Iterable[re.Match[str]] | None = None
        if pattern.twinned:
            matches = searched.get(pattern.search)
            if matches is None:
                matches = searched[pattern.search] = list(pattern.finditer(haystack))
        else:
            matches = pattern.finditer(haystack)
        for match in matches:
            found = text[match.start():match.end()]
            if CHECKS[pattern.spec.check](found, charter):
                hit = _pattern_hit(pattern, match.start(), match.end(), found, context, kind)
                if hit is not None:
                    hits.append(hit)
    return hits


def _pattern_hit(pattern: Pattern, start: int, end: int, found: str, context: Context,
                 kind: str) -> Hit | None:
    spec = pattern.spec
    token = context.surface.token_of_offset(start)
    if any(context.tokens(k) for k in spec.unless):
        return None
    if spec.public_with and public_office(token, spec.public_with, spec.context, context):
        return None
    kinds: tuple[MarkerKind, ...] = tuple(spec.context)
    near = [k for k in kinds if context.near((k,), token, PATTERN_WINDOW)]
    weight = max(spec.weight, spec.context_weight) if near else spec.weight
    notes = [CONTEXT_NOTES.get(near[0], "contexte personnel")] if near else []
    # A threat quoted in a news story is reported, not made.
    if why := _not_said(token, context, kind, spec.quotable, spec.narratable):
        weight *= QUOTED_FACTOR
        notes.append(why)
    critical = spec.critical
    if not critical and spec.critical_with:
        around = tuple(spec.critical_with)
        critical = context.near(around, token, CRITICAL_WINDOW)
        if critical:
            notes.append(_critical_note(around, token, context))
    return Hit(pattern.category, spec.reason, start, end, weight, critical, tuple(notes),
               found)


def _flag(category: str, hits: list[Hit], text: str) -> CategoryFlag:
    by_span: dict[tuple[int, int], Hit] = {}
    strongest: dict[str, Hit] = {}
    for hit in sorted(hits, key=_strength):
        by_span.setdefault((hit.start, hit.end), hit)
    for hit in by_span.values():
        strongest.setdefault(hit.key.casefold(), hit)
    # Still strongest first: the dictionaries keep the sorted order.
    kept = list(strongest.values())
    if len(kept) > 1:
        kept = _outermost(kept)
    remaining = 1.0
    for hit in kept:
        remaining *= 1.0 - hit.weight
    shown = [h for h in kept if h.weight >= MIN_EVIDENCE_WEIGHT][:MAX_EVIDENCE] or kept[:1]
    score = 1.0 - remaining
    critical = False
    if score >= 0.5:
        for h in kept:  # a plain loop: any() over a generator costs more on these short lists
            if h.critical and h.weight >= CRITICAL_MIN_WEIGHT:
                critical = True
                break
    severity = Severity.CRITICAL if critical else CATEGORIES[category].severity
    return CategoryFlag(
        category,
        round(score, 4),
        severity,
        tuple([Evidence(h.start, h.end, text[h.start:h.end])
               for h in (sorted(shown, key=_START) if len(shown) > 1 else shown)]),
        _reasons(shown, text),
    )


_START = attrgetter("start")


def _strength(hit: Hit) -> tuple[float, int]:
    return -hit.weight, hit.start


def _outermost(hits: list[Hit]) -> list[Hit]:
    """Drop a clue inside a longer one ("promo" in "code promo"): one phrase, one clue.

    Only inside one at least as strong: a broad, weak pattern ("questions ... examen")
    must not hide the strong term it spans ("answer key").
    """
    kept: list[Hit] = []
    for hit in hits:  # plain loops: any() over a generator costs more on these short lists
        for other in hits:
            if other is not hit and other.start <= hit.start and hit.end <= other.end and \
                    other.end - other.start > hit.end - hit.start and other.weight >= hit.weight:
                break
        else:
            kept.append(hit)
    return kept


def _reasons(hits: list[Hit], text: str) -> tuple[str, ...]:
    reasons: dict[str, None] = {}
    for hit in hits:
        reasons.setdefault(f"{hit.reason} : « {text[hit.start:hit.end]} »")
        for note in hit.notes:
            reasons.setdefault(note)
    return tuple(reasons)
