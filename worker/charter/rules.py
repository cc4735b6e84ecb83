"""The rule scorer: lexicon hits read in their context, then scored per category.

One automaton pass finds both the charter's terms and the context words around them; a few
regular expressions find what word lists cannot (numbers, links, names). Each hit then gets a
weight that depends on its surroundings: aimed at someone, negated, praised, quoted by a
journalist. A category's score is the noisy-OR of its hits' weights: independent clues add
up, and no single weak clue gets a flag on its own.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from worker.charter.categories import CATEGORIES, Severity
from worker.charter.checks import CHECKS
from worker.charter.lexicon import Charter, Entry, Marker, MarkerKind, Pattern
from worker.charter.model import CategoryFlag, Document, Evidence
from worker.charter.surface import Surface, build_surface

NEGATION_WINDOW = 3  # tokens before a term where "pas", "not"... cancel it
DENIAL_WINDOW = 10  # "ceux qui disent que les profs sont paresseux" denies a whole clause
PATTERN_WINDOW = 12  # tokens either side where "son cell", "habite" make a number personal
CRITICAL_MIN_WEIGHT = 0.3  # a critical clue discounted below this (quoted) is not critical
TARGET_WINDOW = 8  # tokens either side where a person or group counts as aimed at
CRITICAL_WINDOW = 20  # tokens either side where a minor makes sexual content critical
QUOTED_FACTOR = 0.15  # a journalist quoting an insult is reporting it
MIN_EVIDENCE_WEIGHT = 0.2  # weaker clues are not shown as evidence
MAX_EVIDENCE = 6


@dataclass(frozen=True)
class Hit:
    """One clue for a category: a term or pattern at ``[start, end)`` of the original."""

    category: str
    reason: str
    start: int
    end: int
    weight: float
    critical: bool = False
    notes: tuple[str, ...] = ()
    key: str = ""  # repeated clues (the same word twice) count once


@dataclass(frozen=True)
class Found:
    """A lexicon term found in the text: its first token and its original span."""

    entry: Entry
    token: int
    start: int
    end: int


@dataclass
class Context:
    """Where each kind of context word occurs, as token indexes and sentences."""

    surface: Surface
    tokens: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    sentences: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))

    def add(self, kind: str, token: int) -> None:
        self.tokens[kind].append(token)
        if token < len(self.surface.sentence):
            self.sentences[kind].add(self.surface.sentence[token])

    def near(self, kinds: tuple[str, ...], token: int, window: int) -> bool:
        """A marker of ``kinds`` in the same sentence, or within ``window`` tokens."""
        sentence = self.sentence_of(token)
        return any(sentence in self.sentences[k] or _within(self.tokens[k], token, window)
                   for k in kinds)

    def before(self, kind: str, token: int, window: int) -> bool:
        sentence = self.sentence_of(token)
        return any(token - window <= t < token and self.sentence_of(t) == sentence
                   for t in self.tokens[kind])

    def sentence_of(self, token: int) -> int:
        sentences = self.surface.sentence
        return sentences[min(token, len(sentences) - 1)] if sentences else 0


class RuleScorer:
    """Scores documents with the charter's lexicons and patterns only: no model, no network."""

    def __init__(self, charter: Charter) -> None:
        self.charter = charter

    def score(self, document: Document) -> list[CategoryFlag]:
        """Flags for every category with at least one clue, whatever their score."""
        text = document.full_text
        surface = build_surface(text)
        entries, context = scan(surface, self.charter)
        _find_names(text, self.charter, context)
        hits = [h for h in (_weigh(f, document.kind, context) for f in entries) if h]
        hits.extend(_pattern_hits(text, self.charter, context))
        by_category: dict[str, list[Hit]] = defaultdict(list)
        for hit in hits:
            by_category[hit.category].append(hit)
        return [_flag(c, by_category[c], text) for c in CATEGORIES if by_category.get(c)]


def scan(surface: Surface, charter: Charter) -> tuple[list[Found], Context]:
    """One pass of the automaton: the terms found, and the context words around them."""
    context = Context(surface)
    found: list[Found] = []
    if not surface.text.strip() or charter.term_count == 0:
        return found, context
    text = surface.text
    for end, values in charter.automaton.iter(text):
        for value in values:
            # Padding spaces are shared by neighbours; the words sit inside them.
            start = end - value.length + 2
            token = surface.token_at[start]
            if isinstance(value, Marker):
                # A marker's last word: "ceux qui disent que" denies what follows "que".
                context.add(value.kind, surface.token_at[end - 1])
            else:
                stop = text.index(" ", end + 1) if value.prefix else end
                found.append(Found(value, token, *surface.span(start, stop)))
    return found, context


def _weigh(found: Found, kind: str, context: Context) -> Hit | None:
    entry, token = found.entry, found.token
    group = entry.group.spec
    if group.negatable and (
        context.before("negation", token, NEGATION_WINDOW)
        or context.before("denial", token, DENIAL_WINDOW)
    ):
        return None
    weight, notes = entry.weight, []
    targeted = context.near(tuple(group.targets), token, TARGET_WINDOW)
    if group.needs_target:
        weight = weight if targeted else weight * group.alone
        notes.append("vise une personne ou un groupe" if targeted else "")
    if group.intensifier and context.near(("positive",), token, TARGET_WINDOW):
        return None
    if kind == "article" and group.quotable and _reported(token, context):
        weight *= QUOTED_FACTOR
        notes.append("cité dans un article")
    critical_with = tuple(group.critical_with)
    critical = group.critical or bool(
        critical_with and context.near(critical_with, token, CRITICAL_WINDOW)
    )
    if critical and critical_with:
        notes.append("en lien avec un ou une élève (mineur)")
    return Hit(entry.group.category, group.reason, found.start, found.end, weight,
               critical, tuple(n for n in notes if n), entry.term)


def _reported(token: int, context: Context) -> bool:
    surface = context.surface
    quoted = token < len(surface.quoted) and surface.quoted[token]
    return quoted or context.near(("reported",), token, 0)


def _find_names(text: str, charter: Charter, context: Context) -> None:
    """Named people ("Mme Tremblay", "la petite Léa") are targets as much as "t'es"."""
    for regex in charter.names:
        for match in regex.finditer(text):
            token = context.surface.token_of_offset(match.start())
            context.add("target", token)
            context.add("person", token)


def _pattern_hits(text: str, charter: Charter, context: Context) -> list[Hit]:
    hits: list[Hit] = []
    lowered = text.lower()
    for pattern in charter.patterns:
        for match in pattern.finditer(text, lowered):
            found = text[match.start():match.end()]
            if CHECKS[pattern.spec.check](found, charter):
                hits.append(_pattern_hit(pattern, match.start(), match.end(), found, context))
    return hits


def _pattern_hit(pattern: Pattern, start: int, end: int, found: str, context: Context) -> Hit:
    spec = pattern.spec
    token = context.surface.token_of_offset(start)
    kinds: tuple[MarkerKind, ...] = tuple(spec.context)
    near = bool(kinds) and context.near(kinds, token, PATTERN_WINDOW)
    weight = max(spec.weight, spec.context_weight) if near else spec.weight
    notes = ("contexte personnel",) if near else ()
    return Hit(pattern.category, spec.reason, start, end, weight, spec.critical, notes, found)


def _flag(category: str, hits: list[Hit], text: str) -> CategoryFlag:
    by_span: dict[tuple[int, int], Hit] = {}
    strongest: dict[str, Hit] = {}
    for hit in sorted(hits, key=lambda h: (-h.weight, h.start)):
        by_span.setdefault((hit.start, hit.end), hit)
    for hit in by_span.values():
        strongest.setdefault(hit.key.casefold(), hit)
    kept = _outermost(sorted(strongest.values(), key=lambda h: (-h.weight, h.start)))
    remaining = 1.0
    for hit in kept:
        remaining *= 1.0 - hit.weight
    shown = [h for h in kept if h.weight >= MIN_EVIDENCE_WEIGHT][:MAX_EVIDENCE] or kept[:1]
    score = 1.0 - remaining
    critical = score >= 0.5 and any(h.critical and h.weight >= CRITICAL_MIN_WEIGHT for h in kept)
    severity = Severity.CRITICAL if critical else CATEGORIES[category].severity
    return CategoryFlag(
        category,
        round(score, 4),
        severity,
        tuple(Evidence(h.start, h.end, text[h.start:h.end])
              for h in sorted(shown, key=lambda h: h.start)),
        _reasons(shown, text),
    )


def _outermost(hits: list[Hit]) -> list[Hit]:
    """Drop a clue inside a longer one ("promo" in "code promo"): one phrase, one clue."""
    return [h for h in hits if not any(
        o is not h and o.start <= h.start and h.end <= o.end and (o.end - o.start) >
        (h.end - h.start) for o in hits)]


def _reasons(hits: list[Hit], text: str) -> tuple[str, ...]:
    reasons: dict[str, None] = {}
    for hit in hits:
        reasons.setdefault(f"{hit.reason} : « {text[hit.start:hit.end]} »")
        for note in hit.notes:
            reasons.setdefault(note)
    return tuple(reasons)


def _within(tokens: list[int], token: int, window: int) -> bool:
    return any(abs(t - token) <= window for t in tokens)
