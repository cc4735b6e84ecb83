"""The charter's lexicons: YAML files that admins edit, read once into one automaton.

``config/charter/<category>.yaml`` holds groups of terms (with a weight and a few flags) and
regular-expression patterns; ``context.yaml`` holds the words that change how a term is read
(second person, negation, praise, reported speech, minors...). Every term of every file goes
into a single Aho-Corasick automaton, so matching is one pass over the text whatever the
number of terms.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, TypeVar

import ahocorasick
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from worker.charter.categories import CATEGORIES
from worker.charter.context import LAZY_KINDS
from worker.charter.patterns import (
    MarkerKind,
    NamePattern,
    NameSpec,
    Pattern,
    PatternGates,
    PatternSpec,
    build_needles,
    compile_name,
    compile_pattern,
    twins,
    valid_regex,
)
from worker.charter.surface import surface_term
from worker.errors import ConfigError, ConfigProblem
from worker.yamlfile import read_yaml

log = logging.getLogger(__name__)

CONTEXT_FILE = "context.yaml"
_M = TypeVar("_M", bound=BaseModel)

# The marker kinds the patterns know, and those only the lexicon groups ask about: an intent
# ("je vais", "gonna") before a violent act, who or what such an act can aim at ("le", "la",
# "l'école"), a condition ("si tu", "sinon") before an exposure (blackmail), a capture
# ("filme", "photos") before a place of undress, a contrast ("mais") that ends a denial, an
# insinuation ("faites vos conclusions") that turns a denial into an accusation, talk of dying
# ("voulait mourir") that a wish to see it done ("qu'elle le fasse") turns into incitement, a
# comparison ("c'est rendu", "comme du") that turns a thing into a metaphor of contempt, an
# adult ("un surveillant", "le coach", "un homme") who seeks private contact with children.
# A threat told as a fact ("a appelé la police", "threatened to": ``narrated``) unless the
# writer speaks as its author ("je vais", "I'll": ``speaker``); hearsay ("on entend que":
# ``claim``) that a rebuttal after it ("c'est faux": ``rebuttal``) denies; an official
# announcement ("a annoncé", "communiqué": ``announced``) that makes a decision public.
# A meme ("moi quand", "POV") with a laugh ("lol", "😂") and nothing said in earnest ("pas
# une joke") is a joke, not a threat; contempt for a decision ("cette décision") from someone
# who says they respect the people ("je respecte le monde") is criticism.
# The writer's own child ("mon fils": ``own``; "de mon fils": ``own_of``), whose file or
# health is the parent's to tell; an apology ("je voulais m'excuser") that disowns the insult
# it quotes; the reader's own account ("votre compte") that a scam threatens to close; an
# text that says it is no advert (``no_advert``: an employer's careers page that a job offer
# sends applicants to, a school's own fundraiser, a parent selling what a child outgrew, a
# warning about a scam that names what the scam asks for); a
# ministry's exam ("l'épreuve unique", "the provincial exam") whose subject is told early; a
# post's approval of what it quotes ("honestly? same", "y'aurait raison": ``endorsement``).
ContextKind = MarkerKind | Literal["intent", "victim", "condition", "capture", "contrast",
                                   "insinuation", "dying", "comparison", "adult", "narrated",
                                   "speaker", "claim", "rebuttal", "announced", "meme",
                                   "laugh", "earnest", "decision", "respect", "own", "own_of",
                                   "apology", "account", "no_advert", "exam", "endorsement"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)



class TermSpec(_Strict):
    term: str = Field(min_length=1)
    weight: float | None = Field(default=None, ge=0.0, le=1.0)


class GroupSpec(_Strict):
    """A family of terms read the same way (``insultes``, ``menaces``...)."""

    name: str = Field(min_length=1)
    reason: str = Field(min_length=1)  # French, shown to people: "insulte", "menace de violence"
    weight: float = Field(ge=0.0, le=1.0)
    needs_target: bool = False  # counts fully only when a person or group is aimed at
    alone: float = Field(default=0.35, ge=0.0, le=1.0)  # weight factor without a target
    targets: list[ContextKind] = ["target", "minor", "person"]  # what counts as aimed at
    # Counts only after one of these (an act of violence after "je vais", "should"): within
    # needs_window tokens before it, in the same sentence; otherwise weight x without.
    needs: list[ContextKind] = []
    needs_window: int = Field(default=6, ge=1, le=30)
    without: float = Field(default=0.0, ge=0.0, le=1.0)
    critical: bool = False
    critical_with: list[ContextKind] = []  # becomes critical near these (sexual + minor)
    # Becomes critical when these categories are flagged too: a call to go after someone
    # next to their address or number (doxxing).
    critical_with_flag: list[str] = []
    intensifier: bool = False  # a sacre: nothing on its own next to praise
    negatable: bool = True  # "n'est pas un cave"
    # Harmless phrases holding a term ("tuer le temps", "killing it"): the terms inside one
    # do not count, and the phrase itself is no clue.
    benign: bool = False
    # Benign phrases that sound like a breach ("killing me", "tuer le temps"): found, they
    # also make another scorer's flag in their category surer-only, as a negated term does.
    idiom: bool = False
    quotable: bool = True  # a quote in a news article is reporting, not saying
    # A threat: told as a fact ("a signalé à la police qu'un élève menaçait de ...", "called
    # police after a student threatened to ...") it is reported, quoted or not.
    narratable: bool = False
    # Set aside, as a negated term is, near one of these (same sentence or 20 tokens) unless
    # someone is aimed at by role ("role"): "on va les tuer samedi" beside "le tournoi" is
    # sports talk, "tuer le coach après la game" is not.
    unless: list[ContextKind] = []
    # And only when the text also holds one of these, if any: "de la marde, cette
    # décision-là" is criticism from someone who says "je respecte le monde qui travaille là".
    unless_also: list[ContextKind] = []
    # Whether a role near the term ("le coach") keeps it despite ``unless``: a threat at the
    # coach after the game is still one, but an announced closure names the staff it moves.
    unless_spares_role: bool = True
    # Set aside when said of the writer's own child ("le plan d'intervention de mon fils",
    # "mon gars a le diabète"): a parent telling their child's file or health discloses
    # nothing that is not theirs to tell.
    spares_own_child: bool = False
    terms: list[str | TermSpec] = Field(min_length=1)


    @field_validator("critical_with_flag")
    @classmethod
    def _categories(cls, value: list[str]) -> list[str]:
        unknown = [v for v in value if v not in CATEGORIES]
        if unknown:
            raise ValueError(f"catégories inconnues {unknown!r}")
        return value


class CategoryFile(_Strict):
    category: str
    groups: list[GroupSpec] = []
    patterns: list[PatternSpec] = []

    @field_validator("category")
    @classmethod
    def _known(cls, value: str) -> str:
        if value not in CATEGORIES:
            raise ValueError(f"catégorie inconnue {value!r} ; permises : {', '.join(CATEGORIES)}")
        return value


class ContextFile(_Strict):
    markers: dict[ContextKind, list[str]]
    # What the surface drops (emojis, "mais…"): found in the lower-cased original instead.
    symbols: dict[ContextKind, list[str]] = {}
    # The organisation's and its schools' e-mail domains: an address there is public.
    public_domains: list[str] = []
    # Case-sensitive expressions that find a named person ("Mme Tremblay", "la petite Léa").
    name_patterns: list[str | NameSpec] = []

    @field_validator("name_patterns")
    @classmethod
    def _compile(cls, value: list[str | NameSpec]) -> list[str | NameSpec]:
        for item in value:
            if isinstance(item, str):
                valid_regex(item)
        return value


@dataclass(frozen=True)
class Group:
    """A group as the classifier uses it, tagged with its category (and its lists of marker
    kinds as tuples, ready for the rules)."""

    category: str
    spec: GroupSpec
    targets: tuple[ContextKind, ...] = ()
    critical_with: tuple[ContextKind, ...] = ()
    needs: tuple[ContextKind, ...] = ()
    critical_with_flag: tuple[str, ...] = ()
    unless: tuple[ContextKind, ...] = ()
    unless_also: tuple[ContextKind, ...] = ()


@dataclass(frozen=True)
class Entry:
    """A lexicon term in the automaton. ``length`` counts surface characters with padding."""

    group: Group
    term: str
    weight: float
    length: int
    prefix: bool  # "niais*": any word starting with it


@dataclass(frozen=True)
class Key:
    """What the automaton holds for one surface key: the context kinds it marks and the
    lexicon entries it is. ``length`` counts surface characters with padding."""

    length: int
    prefix: bool  # "niais*": any word starting with it
    kinds: tuple[ContextKind, ...]
    entries: tuple[Entry, ...]


@dataclass(frozen=True, eq=False)
class Charter:
    """Everything the rules need, built once per config; ``automaton`` maps surface keys to
    their ``Key``."""

    automaton: Any
    patterns: tuple[Pattern, ...]
    public_digits: frozenset[str]
    public_emails: frozenset[str]
    public_domains: frozenset[str]
    term_count: int
    names: tuple[NamePattern, ...] = ()
    needles: Any = None  # every pattern's required strings and symbol, for ``Haystack``
    # Each symbol (lower case) and the context kinds it marks.
    symbols: tuple[tuple[str, tuple[ContextKind, ...]], ...] = ()
    # The markers of ``LAZY_KINDS`` (surface key -> their kinds), for ``Context.lazy``; None if
    # none: ``automaton`` holds the other kinds and every term.
    lazy_markers: Any = None

    @cached_property
    def gates(self) -> PatternGates:
        """The patterns indexed by the needles that let them through."""
        return PatternGates(self.patterns)

    @cached_property
    def symbol_kinds(self) -> dict[str, tuple[ContextKind, ...]]:
        """``symbols`` as a mapping: a text holds few of them, looked up from the few found."""
        return dict(self.symbols)


def load_charter(directory: Path, public_contacts: Sequence[str] = ()) -> Charter:
    """Read every ``*.yaml`` of ``directory`` into a ``Charter``.

    Args:
        directory: the lexicon folder (``config/charter``).
        public_contacts: the organisation's own phone numbers and emails, never private.

    Raises:
        ConfigError: an unreadable or invalid file, with its path and a French message.
    """
    files = sorted(directory.glob("*.yaml"))
    for path in misnamed_files(directory):
        log.warning("lexicon %s skipped: only *.yaml files are read", path)
    if not files:
        raise ConfigError(str(directory), [ConfigProblem("", "aucun lexique (*.yaml) trouvé")])
    categories: list[CategoryFile] = []
    context = ContextFile(markers={})
    for path in files:
        data = read_yaml(path)
        if path.name == CONTEXT_FILE:
            context = _validate(ContextFile, data, path)
        else:
            categories.append(_validate(CategoryFile, data, path))
    return build_charter(categories, context, public_contacts)


def misnamed_files(directory: Path) -> list[Path]:
    """Lexicons the loader skips for their extension (``insultes.yml``): an admin who wrote
    one expects its terms to count."""
    return sorted(directory.glob("*.yml"))


def build_charter(
    categories: Sequence[CategoryFile], context: ContextFile, public_contacts: Sequence[str] = ()
) -> Charter:
    """The charter from validated files (the pure half of ``load_charter``)."""
    values: dict[str, list[Entry]] = defaultdict(list)
    kinds: dict[str, list[ContextKind]] = defaultdict(list)
    patterns: list[Pattern] = []
    for file in categories:
        for spec in file.groups:
            group = Group(file.category, spec, tuple(spec.targets), tuple(spec.critical_with),
                          tuple(spec.needs), tuple(spec.critical_with_flag), tuple(spec.unless),
                          tuple(spec.unless_also))
            for item in spec.terms:
                _add_entry(values, group, item)
        patterns.extend(compile_pattern(file.category, p) for p in file.patterns)
    for kind, terms in context.markers.items():
        for term in terms:
            key, _ = _key(term)
            kinds[key].append(kind)
    automaton = ahocorasick.Automaton()
    lazy = ahocorasick.Automaton()
    for key in {**values, **kinds}:
        marked = kinds.get(key, [])
        eager = tuple(k for k in marked if k not in LAZY_KINDS)
        if len(eager) < len(marked):
            lazy.add_word(key, tuple(k for k in marked if k in LAZY_KINDS))
        if eager or key in values:
            automaton.add_word(key, Key(len(key), not key.endswith(" "), eager,
                                        tuple(values.get(key, ()))))
    for built in (automaton, lazy):
        if len(built):
            built.make_automaton()
    symbols = _symbols(context)
    patterns = twins(patterns)
    return Charter(
        automaton,
        tuple(patterns),
        frozenset(d for d in (public_digits(c) for c in public_contacts) if len(d) >= 7),
        frozenset(c.strip().casefold() for c in public_contacts if "@" in c),
        frozenset(c.strip().casefold().rpartition("@")[2] for c in public_contacts if "@" in c)
        | {d.strip().casefold() for d in context.public_domains},
        sum(len(v) for v in values.values()) + sum(len(k) for k in kinds.values()),
        tuple(compile_name(n) for n in context.name_patterns),
        build_needles(patterns, [s for s, _ in symbols]),
        symbols,
        lazy_markers=lazy if len(lazy) else None,
    )


def _symbols(context: ContextFile) -> tuple[tuple[str, tuple[ContextKind, ...]], ...]:
    kinds: dict[str, list[ContextKind]] = defaultdict(list)
    for kind, strings in context.symbols.items():
        for string in strings:
            kinds[string.lower()].append(kind)
    return tuple((s, tuple(k)) for s, k in kinds.items())


def public_digits(contact: str) -> str:
    """A phone number reduced to its digits, without the North American leading 1."""
    digits = re.sub(r"\D", "", contact)
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def _add_entry(values: dict[str, list[Entry]], group: Group, item: str | TermSpec) -> None:
    spec = item if isinstance(item, TermSpec) else TermSpec(term=item)
    key, prefix = _key(spec.term)
    weight = group.spec.weight if spec.weight is None else spec.weight
    values[key].append(Entry(group, spec.term, weight, len(key), prefix))


def _key(term: str) -> tuple[str, bool]:
    """The automaton key of a term: padded surface, open-ended for ``prefix*`` terms."""
    prefix = term.endswith("*")
    key = surface_term(term.rstrip("*"))
    return (key[:-1] if prefix else key), prefix


def _validate(model: type[_M], data: object, path: Path) -> _M:
    try:
        parsed = model.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(str(path), [_problem(e) for e in exc.errors()]) from exc
    problems = _empty_terms(parsed) if isinstance(parsed, CategoryFile) else []
    if problems:
        raise ConfigError(str(path), problems)
    return parsed


def _empty_terms(file: CategoryFile) -> list[ConfigProblem]:
    return [
        ConfigProblem(f"groups[{g}].terms[{t}]", "terme vide une fois normalisé")
        for g, group in enumerate(file.groups)
        for t, item in enumerate(group.terms)
        if not surface_term(item if isinstance(item, str) else item.term).strip()
    ]


_MESSAGES: Mapping[str, str] = {
    "missing": "champ obligatoire manquant",
    "extra_forbidden": "clé inconnue",
    "string_type": "doit être du texte",
    "float_parsing": "doit être un nombre",
    "float_type": "doit être un nombre",
    "bool_parsing": "doit être true ou false",
    "bool_type": "doit être true ou false",
    "list_type": "doit être une liste",
    "dict_type": "doit être un dictionnaire (clé : valeur)",
    "model_type": "doit être un dictionnaire (clé : valeur)",
    "greater_than_equal": "doit être au moins {ge}",
    "less_than_equal": "doit être au plus {le}",
    "too_short": "ne doit pas être vide",
    "string_too_short": "ne doit pas être vide",
    "literal_error": "valeur non permise ; attendu : {expected}",
    "enum": "valeur non permise ; attendu : {expected}",
}


def _problem(error: Any) -> ConfigProblem:
    # Union members ("str", "TermSpec") are pydantic's bookkeeping, not the admin's keys.
    loc = [p for p in error["loc"] if p not in ("str", "TermSpec")]
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
    template = _MESSAGES.get(error["type"])
    if template is not None:
        message = template.format(**{k: v for k, v in (error.get("ctx") or {}).items()})
    else:
        message = str(error["msg"]).removeprefix("Value error, ")
    return ConfigProblem(path, message)
