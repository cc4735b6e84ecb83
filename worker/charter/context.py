"""What the words around a clue say about it: where each kind of context word occurs, and
the readings built on them (denied, reported, told as a fact, a meme's joke, an office's
number, said of the writer's own child).

The automaton (and the symbol needles: emojis, "mais…") report markers as surface positions
or tokens; ``Context`` turns them into tokens and sentences and answers "is one near",
"before", "after" a clue; the functions below read a clue with it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from worker.charter.patterns import MarkerKind
from worker.charter.surface import Surface

NEGATION_WINDOW = 3  # tokens before a term where "pas", "not"... cancel it
# "ceux qui disent que", "je dis pas que la directrice de l'ESHG est conne" deny a whole
# clause, up to a "mais" or "je dis juste que" (``contrast``), which starts what is meant.
DENIAL_WINDOW = 14
# "On entend que la directrice est incompétente. C'est faux.": a rebuttal this many tokens
# after a term, in its sentence or the next, denies hearsay or a quote.
REBUTTAL_WINDOW = 12
# "« Je vais tirer sur les profs », a dit un élève. Honnêtement? Même chose.": an approval
# this many tokens after a quoted or reported threat, in its sentence or the next two, makes
# it the writer's own.
ENDORSEMENT_WINDOW = 20
# "je vais", "t'es" this many tokens before a threat: the writer makes it, whatever the
# "a appelé la police" around it.
SPEAKER_WINDOW = 8
PATTERN_WINDOW = 12  # tokens either side where "son cell", "habite" make a number personal
TARGET_WINDOW = 8  # tokens either side where a person or group counts as aimed at
QUOTED_NOTES = {"article": "cité dans un article"}
QUOTED_NOTE = "propos rapportés entre guillemets"
NARRATED_NOTE = "menace rapportée comme un fait (signalée, racontée)"
JOKE_NOTE = "blague (mème « moi quand », « POV », avec un rire : lol, 😂) : pas une menace"
# Words that say nothing is meant as a joke ("pas une joke") or that date a threat: a meme
# format with them is no joke.
EARNEST = ("earnest", "time", "warning")
# Tokens before a number or an address where "le secrétariat", "pour joindre" make it an
# office's, in its sentence or the one before (a contact card: "Pour joindre ... Téléphone").
OFFICE_WINDOW = 25
UNLESS_WINDOW = 20  # tokens either side where an ``unless`` marker sets a term aside
# "mon gars a le diabète", "que mon fils ait un plan d'intervention": the writer's child this
# many tokens before a term is what it is said of.
OWN_CHILD_WINDOW = 3
# Marker kinds read from the text only when a rule asks about one: "victim" (le, la, les, y,
# vous, l'école...) marks some twenty words of every 1 KB item and is asked about in one item in
# twenty-five (bench.bench_classify's), so a pass of their own automaton on demand costs less
# than a step of ``scan``'s loop for each of those words in every item.
LAZY_KINDS: frozenset[str] = frozenset({"victim"})


@dataclass
class Context:
    """Where each kind of context word occurs, as sorted token indexes and sentences.

    The automaton reports markers as surface positions (``mark``); they become tokens and
    sentences only for the kinds the rules ask about, most texts asking about few.
    """

    surface: Surface
    # Surface positions of each kind's markers: ``scan`` appends to it directly (``mark``).
    marks: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    # The automaton of the ``LAZY_KINDS`` markers (``Charter.lazy_markers``), read once, on the
    # first question about one of them; None once read, or when there is none.
    lazy: Any = None
    _tokens: dict[str, list[int]] = field(default_factory=dict)
    _sentences: dict[str, set[int]] = field(default_factory=dict)

    def mark(self, kind: str, position: int) -> None:
        """A marker of ``kind`` ends at ``surface.text[position]``."""
        self.marks[kind].append(position)

    def add(self, kind: str, token: int) -> None:
        """A marker of ``kind`` at ``token``."""
        insort(self.tokens(kind), token)
        self._sentences.pop(kind, None)

    def tokens(self, kind: str) -> list[int]:
        """The sorted tokens holding a marker of ``kind``."""
        found = self._tokens.get(kind)
        if found is None:
            if self.lazy is not None and kind in LAZY_KINDS:
                self._mark_lazy_kinds()
            marks = self.marks.get(kind)
            # Its own list even when empty: ``add`` inserts into it.
            found = self.surface.tokens_at(marks) if marks else []
            self._tokens[kind] = found
        return found

    def _mark_lazy_kinds(self) -> None:
        """Every ``LAZY_KINDS`` marker of the text, as ``scan`` marks the others."""
        lazy, self.lazy = self.lazy, None
        marks = self.marks
        for end, kinds in lazy.iter(self.surface.text):
            for kind in kinds:
                marks[kind].append(end - 1)

    def sentences(self, kind: str) -> set[int]:
        """The sentences holding a marker of ``kind``."""
        found = self._sentences.get(kind)
        if found is None:
            count = self.surface.token_count
            found = {self.surface.sentence_of(t) for t in self.tokens(kind) if t < count}
            self._sentences[kind] = found
        return found

    def near(self, kinds: tuple[str, ...], token: int, window: int) -> bool:
        """A marker of ``kinds`` in the same sentence, or within ``window`` tokens."""
        # One loop, each kind's tokens read once: the rules ask this several times a clue.
        low, high = token - window, token + window
        present: list[str] = []
        cached = self._tokens.get
        for kind in kinds:
            found = cached(kind)
            if found is None:
                found = self.tokens(kind)
            if found:
                index = bisect_left(found, low)
                if index < len(found) and found[index] <= high:
                    return True
                present.append(kind)
        if not present:
            return False  # most kinds are absent from most texts: no sentence to look up
        sentence = self.sentence_of(token)
        return any(sentence in self.sentences(k) for k in present)

    def before(self, kind: str, token: int, window: int) -> bool:
        return self.last_before(kind, token, window) is not None

    def after(self, kind: str, token: int, window: int, sentences: int = 0) -> bool:
        """A marker of ``kind`` at most ``window`` tokens after ``token``, in its sentence
        or one of the ``sentences`` after it ("... incompétente. C'est faux.")."""
        tokens = self.tokens(kind)
        if not tokens:
            return False  # most kinds, most texts: no slice to take
        close = tokens[bisect_right(tokens, token):bisect_right(tokens, token + window)]
        if not close:
            return False
        sentence = self.sentence_of(token)
        return any(self.sentence_of(t) - sentence <= sentences for t in close)

    def last_before(self, kind: str, token: int, window: int) -> int | None:
        """The nearest marker of ``kind`` at most ``window`` tokens before ``token``, in its
        sentence."""
        tokens = self.tokens(kind)
        if not tokens:
            return None  # most kinds, most texts: no slice to take
        close = tokens[bisect_left(tokens, token - window):bisect_left(tokens, token)]
        if not close:
            return None
        sentence = self.sentence_of(token)
        return next((t for t in reversed(close) if self.sentence_of(t) == sentence), None)

    def sentence_of(self, token: int) -> int:
        count = len(self.surface.readings)  # token_count, without a property's call
        return self.surface.sentence_of(min(token, count - 1)) if count else 0


def within(tokens: list[int], token: int, window: int) -> bool:
    """Whether sorted ``tokens`` hold one at most ``window`` away from ``token``."""
    index = bisect_left(tokens, token - window)
    return index < len(tokens) and tokens[index] <= token + window


def unless_near(kinds: tuple[str, ...], token: int, context: Context) -> bool:
    """Whether a marker of ``kinds`` that sets a term aside is near it, and not negated
    itself: "pas encore annoncé" is no announcement."""
    if not context.near(kinds, token, UNLESS_WINDOW):
        return False
    if not context.tokens("negation"):
        return True
    window = range(token - UNLESS_WINDOW, token + UNLESS_WINDOW + 1)
    sentence = context.sentence_of(token)
    return any(not context.before("negation", marker, NEGATION_WINDOW)
               for kind in kinds for marker in context.tokens(kind)
               if marker in window or context.sentence_of(marker) == sentence)


def denied(token: int, context: Context) -> bool:
    """Whether a denial governs ``token``: one before it ("je dis pas que", "nobody is
    calling"), or hearsay or a quote rebutted after it ("on entend que ... C'est faux.").
    A quote the writer apologises for is disowned as well. Not in a text holding an
    insinuation ("je dis pas qu'il est pédo... faites vos conclusions" says it while denying
    it)."""
    if context.tokens("insinuation"):
        return False
    return _governed("denial", token, context) or _rebutted(token, context) \
        or _apologised(token, context)


def own_child(first: int, last: int, context: Context) -> bool:
    """Whether a term (tokens ``first`` to ``last``) is said of the writer's own child: "de
    mon fils" just after it ("le plan d'intervention de mon fils"), or "mon fils" as its
    subject just before it ("mon gars a le diabète"), the child's first name between them or
    not ("ma fille Rosalie a une allergie"). Not "le prof de mon fils a le cancer", where the
    child only says whose teacher it is; nor "la prof qui a suspendu mon fils": the act told
    is the teacher's, often named there with her address."""
    if not context.tokens("own"):
        return False  # most texts name no child of the writer's
    of = context.tokens("own_of")
    if last + 3 in of and context.sentence_of(last + 3) == context.sentence_of(last):
        return True
    subject = context.last_before("own", first, OWN_CHILD_WINDOW + 1)
    if subject is None or subject in of:
        return False
    return first - subject <= OWN_CHILD_WINDOW or _capitalised(context.surface, subject + 1)


def _capitalised(surface: Surface, token: int) -> bool:
    """Whether ``token`` begins with a capital as written (a first name, "Rosalie")."""
    if token >= surface.token_count:
        return False
    return surface.source[surface.origins[token] + surface.readings[token].starts[0]].isupper()


def _apologised(token: int, context: Context) -> bool:
    """Whether the writer quotes the insult at ``token`` to apologise for it ("de dire « la
    prof est conne » comme mon fils l'a fait, c'est pas correct. Je voulais m'excuser"):
    quoted, in a text that apologises."""
    surface = context.surface
    return bool(context.tokens("apology")) and token < surface.token_count \
        and surface.quoted_at(token)


def _governed(kind: str, token: int, context: Context) -> bool:
    """Whether a marker of ``kind`` before ``token`` reaches it: close enough, in its
    sentence, and no "mais" between them (what follows "mais" is what is meant)."""
    marker = context.last_before(kind, token, DENIAL_WINDOW)
    return marker is not None and not context.before("contrast", token, token - marker - 1)


def _rebutted(token: int, context: Context) -> bool:
    """Whether a rebuttal after ``token`` ("c'est faux", "that's not true") denies it: only
    hearsay ("on entend que") or a quote is rebutted; "t'es un cave, c'est faux que t'aides"
    says the insult."""
    if not context.after("rebuttal", token, REBUTTAL_WINDOW, sentences=1):
        return False
    surface = context.surface
    return _governed("claim", token, context) \
        or (token < surface.token_count and surface.quoted_at(token))


def reported(token: int, context: Context, kind: str, narratable: bool) -> str | None:
    """Why a clue is reported speech, or None: in an article, quoted or beside "a dit",
    "selon"; elsewhere, quoted *and* beside such a word ("ma fille s'est fait dire « va te
    tuer »"); anywhere, when ``narratable`` (threats), one told as a fact ("a signalé à la
    police qu'un élève menaçait de ...", ``_narrated``). Outside an article, not when the
    writer approves it after (``endorsed``)."""
    surface = context.surface
    quoted = QUOTED_NOTES.get(kind, QUOTED_NOTE)
    if kind != "article" and endorsed(token, context):
        return None  # a post that approves what it quotes says it too; a journalist does not
    if kind == "article":
        if (token < surface.token_count and surface.quoted_at(token)) \
                or context.near(("reported",), token, 0):
            return quoted
        return NARRATED_NOTE if narratable and _narrated(token, context) else None
    # Most posts hold no reporting word: no quotation marks to look for.
    if context.near(("reported",), token, TARGET_WINDOW) \
            and token < surface.token_count and surface.quoted_at(token):
        return quoted
    return NARRATED_NOTE if narratable and _narrated(token, context) else None


def endorsed(token: int, context: Context) -> bool:
    """Whether the writer approves the words at ``token`` after quoting or reporting them
    ("Like the guy said: « I'll shoot every teacher. » Honestly? Same.")."""
    return context.after("endorsement", token, ENDORSEMENT_WINDOW, sentences=2)


def _narrated(token: int, context: Context) -> bool:
    """Whether a threat is told rather than made: "a appelé la police", "threatened to" in
    its sentence (a call to the police in the next one may be the threat's own taunt), and
    not after the writer's "je vais" or a "t'es" to its victim ("tu m'as signalé à la
    police, t'es mort" is one)."""
    return context.near(("narrated",), token, 0) \
        and not context.before("speaker", token, SPEAKER_WINDOW)


def joking(token: int, context: Context) -> bool:
    """Whether a threat is a meme's punchline: a meme format near it ("moi quand", "POV",
    "quand la prof dit"), a laugh in the text ("lol", "😂", "💀"), nothing that says it is
    meant or dates it ("pas une joke", "lundi 8h", "restez chez vous"), and not the writer's
    own words outside quotes ("quand la prof sort, je vais la tuer lol" is one)."""
    if not context.tokens("laugh") or any(context.tokens(k) for k in EARNEST) \
            or not context.near(("meme",), token, TARGET_WINDOW):
        return False
    surface = context.surface
    return not context.before("speaker", token, SPEAKER_WINDOW) \
        or (token < surface.token_count and surface.quoted_at(token))


def public_office(token: int, office: list[MarkerKind], personal: list[MarkerKind],
                  context: Context) -> bool:
    """Whether a number or an address is an office's: an ``office`` word ("le secrétariat",
    "pour joindre") before it, in its sentence or the one before, and no ``personal`` word
    ("son cell", "habite") from there to it, nor one said of it after it ("c'est sa ligne à
    la maison")."""
    sentence = context.sentence_of(token)
    nearest = [t for k in office
               if (t := _last_before(k, token, context)) is not None
               and sentence - context.sentence_of(t) <= 1]
    if not nearest:
        return False
    start = max(nearest)
    return not any(_between(context.tokens(k), start, token) or _said_after(k, token, context)
                   for k in personal)


def _said_after(kind: str, token: int, context: Context) -> bool:
    """Whether a marker of ``kind`` follows ``token`` in its sentence, not negated: "819 555
    2210 (c'est sa ligne à la maison)", not "pas le cell de la directrice"."""
    sentence = context.sentence_of(token)
    tokens = context.tokens(kind)
    close = tokens[bisect_right(tokens, token):bisect_right(tokens, token + PATTERN_WINDOW)]
    return any(context.sentence_of(t) == sentence
               and not context.before("negation", t, NEGATION_WINDOW) for t in close)


def _between(tokens: list[int], first: int, last: int) -> bool:
    """Whether sorted ``tokens`` hold one in ``[first, last]``."""
    index = bisect_left(tokens, first)
    return index < len(tokens) and tokens[index] <= last


def _last_before(kind: str, token: int, context: Context) -> int | None:
    """The nearest marker of ``kind`` at or before ``token``, ``OFFICE_WINDOW`` at most."""
    tokens = context.tokens(kind)
    index = bisect_right(tokens, token)
    found = tokens[index - 1] if index else None
    return found if found is not None and token - found <= OFFICE_WINDOW else None
