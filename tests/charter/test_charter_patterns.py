"""Pattern clues: anchored and gated searches find exactly what a full search finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from worker.charter.classify import classify
from worker.charter.lexicon import CategoryFile, Charter, ContextFile, build_charter
from worker.charter.model import Document
from worker.charter.patterns import (
    STARTS_MAX_TRIES,
    Haystack,
    NameSpec,
    PatternSpec,
    build_needles,
    compile_name,
    compile_pattern,
    literal_starts,
    scanner,
)
from worker.charter.surface import build_surface
from worker.eval import parse_cases

CASES = Path(__file__).resolve().parents[1] / "data" / "charter_cases.jsonl"
TRICKY = [
    "",
    "Appelez le 819-555-0142, ou le +1 (819) 555-0143, pas le 1819-555-0144.",
    "NAS 046 454 286; code TREM 1503 0912; née le 14 mars 2012; DDN: 2012-03-14",
    "je vais te tuer, m'as te planter, on va mettre le feu, i'll kill you, gonna kill it",
    "Voir bit.ly/abc, etsy.com/shop/x, x@etsy.com/y, www.site.com et csscv.gouv.qc.ca/a",
    "mdp Hiver2024, mot de passe: abc, password is Gamelin!2023, le code de la porte: 4-7-1-9",
    "Partagez cette photo partout!! Les réponses de l'examen ont coulé. 500$/semaine, 20% off",
    "İstanbul: je vais tuer le temps, ſ, JE VAIS POIGNARDER",
    # Spellings a gate once missed: "nudz" holds none of the strings the pattern used to require.
    "qqn a des nudz de la nouvelle? ou des nuds, des n0odz, des nüdes",
]


def _dev_texts() -> list[str]:
    cases = parse_cases(CASES.read_text(encoding="utf-8").splitlines())
    return [c.document.full_text for c in cases if c.split == "dev"]


def assert_patterns_find_what_a_full_search_finds(charter: Charter, texts: list[str]) -> None:
    """The anchors and gates of every pattern skip nothing a full regex search finds."""
    for text in texts:
        haystack = Haystack(text, charter.needles)
        tried = {id(p) for p in haystack.chosen(charter.gates)}
        for pattern in charter.patterns:
            if pattern.spec.case_sensitive or len(haystack.lowered) != len(text):
                expected = [m.span() for m in pattern.regex.finditer(text)]
            else:
                expected = [m.span() for m in pattern.lowered.finditer(haystack.lowered)]
            assert [m.span() for m in pattern.finditer(haystack)] == expected, \
                (pattern.spec.name, text)
            if expected:  # a pattern set aside before its search could have found nothing
                assert id(pattern) in tried, (pattern.spec.name, text)


def test_anchored_and_gated_patterns_find_what_a_full_search_finds(charter: Charter) -> None:
    assert_patterns_find_what_a_full_search_finds(charter, TRICKY + _dev_texts())


@pytest.mark.parametrize(("regex", "starts"), [
    # Zero-width items are skipped; alternatives and small classes multiply.
    (r"\b(?:ceux|celles)\s+qui", ("celles", "ceux")),
    (r"(?<!\w)[sz]ex\b", ("sex", "zex")),
    # An optional first word: a match begins with it or with what follows it.
    (r"(?:très\s+)?conne", ("conne", "très")),
    # Cut at six characters; a start that holds a shorter one is dropped.
    (r"\bappelle(?:r|z)?|\bappel\b", ("appel",)),
    (r"(?=\w)kys|k\.y\.s", ("k.y.s", "kys")),
    # Anything may begin a match: a class of many characters, a dot, a repeated word.
    (r"[a-z]+ qui", ()),
    (r".{0,5}tuer", ()),
    (r"(?:\w+\s+){1,3}tuer", ()),
    (r"tuer|\d+ fois", ()),
    # A case-insensitive piece would match the other case too.
    (r"(?i:Tuer)", ()),
])
def test_literal_starts_are_where_every_match_begins(regex: str, starts: tuple[str, ...]
                                                     ) -> None:
    assert literal_starts(re.compile(regex)) == starts


def test_every_scanner_finds_what_its_pattern_finds(charter: Charter) -> None:
    """The rewritten patterns (``scanner``) of the shipped lexicons, on every dev text."""
    texts = [t.lower() for t in TRICKY + _dev_texts()]
    scanned = [p for p in charter.patterns if p.scanner is not None]
    assert len(scanned) >= 50  # most patterns searched anywhere can be rewritten
    for pattern in scanned:
        assert pattern.scanner is not None
        for text in texts:
            assert [m.span() for m in pattern.scanner.finditer(text)] == \
                [m.span() for m in pattern.lowered.finditer(text)], (pattern.spec.name, text)


@pytest.mark.parametrize(("regex", "texts"), [
    # A leading \b moves behind the first letter; a group spreads over what follows it.
    (r"\b(?:une\s+autre|encore|more)\s+(?:photos?|pics)\b", [
        "une autre photo", "bune autre photo", "encore pics, more photos", "amore pics"]),
    # Alternatives tried in order, as before: the first that matches wins.
    (r"\b(?:je|j['’]|je vais)\s*te", ["je vais te", "j'te", "j’ te", "deje te"]),
    # A small class spreads over its characters; a nested group too.
    (r"[dt]\w+ (?:(?:de|du)\s+)?cave", ["tête de cave", "des caves", "du cave"]),
])
def test_a_scanner_finds_what_the_pattern_finds(regex: str, texts: list[str]) -> None:
    compiled = re.compile(regex)
    rewritten = scanner(compiled)
    assert rewritten is not None
    for text in texts:
        assert [m.span() for m in rewritten.finditer(text)] == \
            [m.span() for m in compiled.finditer(text)], text


@pytest.mark.parametrize("regex", [
    r"(tuer|frapper) ça",  # a capture group would be numbered once per copy
    r"(?i:Tuer)",  # a case-insensitive piece
    r"\w+ qui",  # a class of many characters
    r"(?=\w)kys",  # a lookahead first
    r"(?:très\s+)?conne",  # an optional first word
])
def test_what_a_scanner_cannot_rewrite_is_left_alone(regex: str) -> None:
    assert scanner(re.compile(regex)) is None


def test_one_regex_in_two_categories_is_searched_once_for_both() -> None:
    regex = r"\b(?:encore|more)\s+(?:photos?|pics)\b[^.!?]{0,30}\b(?:or|ou)\s+(?:je|i)\b"
    charter = build_charter([
        CategoryFile.model_validate({"category": category, "groups": [], "patterns": [
            {"name": category, "reason": category, "regex": regex, "weight": 0.8}]})
        for category in ("defamation", "sexual")], ContextFile(markers={}))
    assert [p.twinned for p in charter.patterns] == [True, True]
    verdict = classify(Document("Send more pics or I post the others"), charter)
    assert {f.category for f in verdict.flags} == {"defamation", "sexual"}


def test_a_start_found_too_often_falls_back_to_one_search() -> None:
    pattern = compile_pattern("defamation", PatternSpec(
        name="t", reason="t", regex=r"\bje\s+vais\s+te\s+tuer", weight=0.5))
    assert pattern.starts == ("je",)
    text = "je " * (STARTS_MAX_TRIES + 1) + "je vais te tuer"
    assert [m.span() for m in pattern.finditer(Haystack(text))] == \
        [m.span() for m in pattern.lowered.finditer(text)] == [(75, 90)]


def test_long_starts_are_found_by_the_haystack_s_one_pass() -> None:
    long_starts = compile_pattern("defamation", PatternSpec(
        name="t", reason="t", regex=r"\b(?:crisse|maudit)\s+de\s+(?:con|cave)", weight=0.5))
    short_starts = compile_pattern("defamation", PatternSpec(
        name="t", reason="t", regex=r"\b(?:je|on)\s+va\w*\s+te\s+tuer", weight=0.5))
    assert long_starts.starts_are_needles and not short_starts.starts_are_needles
    needles = build_needles([long_starts, short_starts])
    text = "Crisse de cave, je vais te tuer. Maudit de con! " * (STARTS_MAX_TRIES // 2)
    for pattern in (long_starts, short_starts):
        assert [m.span() for m in pattern.finditer(Haystack(text, needles))] == \
            [m.span() for m in pattern.lowered.finditer(text.lower())]


@pytest.mark.parametrize("text", [
    "Bonjour Marie Tremblay", "Merci Bravo Julie Roy", "La Ville Nouvelle", "École Saint-Laurent",
    "Hier Lundi Marc Girard et Saint-André-Avellin Paul Roy",
])
def test_not_first_skips_a_start_like_a_lookahead_would(text: str) -> None:
    rest = r"[a-zé]+(?:-[A-Z][a-zé]+)?\s+[A-Z][a-zé]{2,}\b"
    stops = ["Bonjour", "Merci", "Bravo", "La", "École", "Hier", "Lundi", "Saint-André-Avellin"]
    name = r"[A-Z](?<![\w'-][A-Z])" + rest
    lookahead = re.compile(r"(?=[A-Z])(?<![\w'-])(?!(?:" + "|".join(stops) + r")\b)[A-Z]" + rest)
    pattern = compile_name(NameSpec(regex=name, not_first=stops))
    assert list(pattern.starts(text)) == [m.start() for m in lookahead.finditer(text)]


def test_a_threat_is_critical_in_a_post_and_reported_in_an_article(charter: Charter) -> None:
    text = "« Je vais poignarder le directeur », c'est ce que j'ai écrit sur le mur."
    post = classify(Document(text, kind="post"), charter)
    reported = "« Je vais poignarder le directeur », aurait dit l'élève selon la police."
    article = classify(Document(reported, title="Menaces à l'ESHG", kind="article"), charter)
    assert post.severity is not None and post.severity.value == "critical"
    assert not article.flagged


@pytest.mark.parametrize("text", [
    "« Je vais poignarder le directeur », aurait dit l'élève selon la police.",
    "Ma fille s'est fait dire de « se tuer » sur Snap. La direction a réagi vite, merci.",
    "Un élève a crié « gros tas » à la surveillante pis la direction a appelé les parents.",
])
def test_a_quote_someone_else_said_is_reported_in_a_post_too(charter: Charter,
                                                             text: str) -> None:
    assert not classify(Document(text, kind="post"), charter).flagged


@pytest.mark.parametrize("text", [
    "« T'es une grosse vache » pis c'est vrai, Léa de sec 2.",
    "Léa, « va te tuer », personne t'aime à l'école.",
])
def test_a_quote_with_no_reporting_word_still_counts_in_a_post(charter: Charter,
                                                               text: str) -> None:
    assert classify(Document(text, kind="post"), charter).flagged


def test_a_broad_weak_clue_does_not_hide_a_strong_term_inside_it(charter: Charter) -> None:
    verdict = classify(Document("J'ai l'answer key for the final science exam, 20$ each."),
                       charter)
    assert [f.category for f in verdict.flags] == ["confidential"]


def test_every_surface_word_maps_back_to_what_produced_it() -> None:
    for text in TRICKY + _dev_texts()[:150]:
        surface = build_surface(text)
        position = 1
        for token, word in enumerate(surface.text.split()):
            assert surface.token_at(position) == token
            begin, end = surface.span(position, position + len(word))
            assert word in build_surface(text[begin:end]).text, (text, word)
            assert surface.token_of_offset(begin) == token
            position += len(word) + 1


def _one_pattern_charter(**spec: object) -> Charter:
    pattern = PatternSpec(name="bombe", reason="alerte", regex="💣", requires=["💣"],
                          anchor="requires", weight=0.3, context=["time"], context_weight=0.8,
                          critical=True, **spec)  # type: ignore[arg-type]
    context = ContextFile(markers={"time": ["demain"], "positive": ["bravo"]})
    return build_charter([CategoryFile(category="defamation", patterns=[pattern])], context)


@pytest.mark.parametrize(("text", "unless", "flagged"), [
    ("💣 demain à l'école", ["positive"], True),
    ("💣 demain à l'école, bravo la troupe de théâtre", ["positive"], False),
    ("Bravo! ... Plus loin: 💣 demain à l'école", ["positive"], False),
    ("💣 demain à l'école, bravo la troupe de théâtre", [], True),
])
def test_a_pattern_gives_no_clue_in_a_text_holding_an_unless_marker(
    text: str, unless: list[str], flagged: bool
) -> None:
    verdict = classify(Document(text), _one_pattern_charter(unless=unless))
    assert verdict.flagged is flagged


def test_a_pattern_near_a_moment_says_so_in_its_reasons() -> None:
    [flag] = classify(Document("💣 demain à l'école"), _one_pattern_charter()).flags
    assert flag.severity.value == "critical"
    assert any("moment précis" in reason for reason in flag.reasons)


def _sign_charter() -> Charter:
    sign = PatternSpec(name="signe", reason="réservé aux adultes", regex="🔞", requires=["🔞"],
                       anchor="requires", weight=0.6, critical_with=["minor"])
    return build_charter([CategoryFile(category="sexual", patterns=[sign])],
                         ContextFile(markers={"minor": ["élèves"]}))


@pytest.mark.parametrize(("text", "critical"), [
    ("🔞 vidéos des élèves de la poly", True),
    ("🔞 soirée des parents bénévoles", False),
])
def test_a_pattern_is_critical_only_near_its_critical_with_kinds(text: str,
                                                                  critical: bool) -> None:
    [flag] = classify(Document(text, kind="post"), _sign_charter()).flags
    assert (flag.severity.value == "critical") is critical


@pytest.mark.parametrize(("text", "starts"), [
    ("Les enfants Bergeron, la famille Tremblay et the Roy kids", [0, 22, 45]),
    ("The Gagnon family; xles enfants Roy; _la famille Roy; Jules enfants Roy", [0]),
    ("les enfants bergeron, the roy kids, la famille", []),
])
def test_a_family_named_by_its_surname_is_found_where_it_begins(
        charter: Charter, text: str, starts: list[int]) -> None:
    family = next(p for p in charter.names if "famille" in p.regex.pattern)
    assert list(family.starts(text)) == starts
