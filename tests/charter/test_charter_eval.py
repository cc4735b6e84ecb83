"""The labelled set: the classifier must keep its floors on the held-out part.

The held-out cases were written apart from the rules and the model and are never used to
tune: only the floors below look at them. Two systems are held to them: the rules alone
(they must stand alone, with no model) and the rules with the learned scorer trained on the
dev part, which is what the worker runs by default.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.case_model import load_case_model
from worker.charter.categories import CATEGORY_KEYS, Severity
from worker.charter.learned import CaseModel, LearnedScorer
from worker.charter.lexicon import Charter
from worker.charter.model import Scorer
from worker.charter.rules import RuleScorer
from worker.config import Entity, Organisation, load_config
from worker.eval import (
    Case,
    EvalReport,
    Prediction,
    evaluate,
    format_report,
    parse_cases,
    scorers_predictor,
)
from worker.matching import Matcher

CASES = Path(__file__).resolve().parents[1] / "data" / "charter_cases.jsonl"

ORGANISATION = Organisation(
    id="csscv",
    name="Centre de services scolaire au Cœur-des-Vallées",
    aliases=["CSSCV", "Centre de services scolaire au Coeur-des-Vallées"],
    public_contacts=["819 986-8511", "info@csscv.gouv.qc.ca"],
)
SCHOOLS = [
    Entity(id="eshg", name="École secondaire Hormisdas-Gamelin",
           aliases=["Hormisdas-Gamelin", "ESHG"]),
    Entity(id="sainte-famille", name="École Sainte-Famille", aliases=["Sainte-Famille"]),
    Entity(id="versant", name="École secondaire du Versant", aliases=["du Versant"]),
    Entity(id="saint-laurent", name="École Saint-Laurent", aliases=["école Saint-Laurent"]),
    Entity(id="providence", name="École Providence", aliases=["Providence school", "Providence"]),
]


# The later cases were written against the shipped config's entities (ESLJP, Maria-Goretti,
# "Providence" only with Buckingham…); the first ones against SCHOOLS.
SHIPPED = load_config(Path(__file__).resolve().parents[2] / "config" / "veille.yaml")
LATER_CASES = ("fresh-", "final-", "c-", "t1-", "t2-", "v-", "d-", "e-", "t3-", "g-", "t4-",
               "t5-", "h-", "i-", "j-", "k-", "l-", "m-", "s-", "n-", "o-", "p-", "t6-",
               "q-", "r-", "u-", "w-", "x-", "y-", "z-", "za-", "zb-", "zc-", "zd-",
               "ze-", "zf-", "zg-", "zh-", "zi-", "zj-", "zk-", "zl-", "zm-", "zn-", "zo-", "zp-",
               "zq-", "zr-", "zs-", "zt-", "zu-", "zv-", "zw-", "zx-", "zy-", "zz-", "zza-", "zzb-",
               "zzc-", "zzd-", "zze-", "zzf-", "zzg-", "zzh-", "zzi-", "zzj-", "zzk-",
               "zzl-", "zzm-", "zzn-", "zzo-", "zzp-", "zzq-", "zzr-", "zzs-",
               "zzt-", "zzu-")
# Parts written by people who never saw the rules: tuning the lexicons on them would make the
# dev floors below meaningless, so the rules' dev floors are on the other parts only.
# "t3-" (training cases) widened some lexicon families, but the rules were not tuned to it;
# nor to "t4-" (training cases on privacy, negation, praise and threats, written blind).
RULES_BLIND = ("final-", "c-", "t1-", "t2-", "v-", "d-", "e-", "t3-", "g-", "t4-", "h-",
               "t5-", "i-", "j-", "k-", "l-", "m-", "s-", "n-", "o-", "p-", "t6-", "q-", "r-",
               "u-", "w-", "x-", "y-", "z-", "za-", "zb-", "zc-", "zd-", "ze-", "zf-",
               "zg-", "zh-", "zi-", "zj-", "zk-", "zl-", "zm-", "zn-", "zo-", "zp-", "zq-", "zr-",
               "zs-", "zt-", "zu-", "zv-", "zw-", "zx-", "zy-", "zz-", "zza-", "zzb-", "zzc-",
               "zzd-", "zze-", "zzf-", "zzg-", "zzh-", "zzi-", "zzj-", "zzk-", "zzl-", "zzm-",
               "zzn-", "zzo-", "zzp-", "zzq-", "zzr-", "zzs-", "zzt-", "zzu-")


def matcher_for(case: Case) -> Matcher:
    return _SHIPPED_MATCHER if case.id.startswith(LATER_CASES) else _FIRST_MATCHER


_FIRST_MATCHER = Matcher(ORGANISATION, SCHOOLS, [])
_SHIPPED_MATCHER = Matcher.from_config(SHIPPED)


# Parts written as on the schools' own pages and local groups: the writer's list of entities
# gave "Sainte-Famille", "Providence", "Saint-Laurent" and "LJP" as the schools' usual names,
# and the writer used them without their towns. A source about the territory reads them so
# (``local: true``); a broad search must not (other towns have schools of those names).
LOCAL_PARTS = ("p-", "t6-", "q-", "r-", "u-", "w-", "x-", "y-", "z-", "za-", "zb-", "zc-",
               "zd-", "ze-", "zf-", "zg-", "zh-", "zi-", "zj-", "zk-", "zl-", "zm-", "zn-", "zo-",
               "zp-", "zq-", "zr-", "zs-", "zt-", "zu-", "zv-", "zw-", "zx-", "zy-", "zz-", "zza-",
               "zzb-", "zzc-", "zzd-", "zze-", "zzf-", "zzg-", "zzh-", "zzi-", "zzj-", "zzk-",
               "zzl-", "zzm-", "zzn-", "zzo-", "zzp-", "zzq-", "zzr-", "zzs-",
               "zzt-", "zzu-")


def mentions(case: Case, local: bool = False) -> bool:
    return bool(matcher_for(case).entities(case.document.full_text, local))


@pytest.fixture(scope="module")
def cases() -> list[Case]:
    return parse_cases(CASES.read_text(encoding="utf-8").splitlines(), str(CASES))


def _report(cases: list[Case], charter: Charter, by_matcher: bool = True) -> EvalReport:
    return _report_of(cases, [RuleScorer(charter)], by_matcher)


def _report_with_model(cases: list[Case], charter: Charter, model: CaseModel,
                       by_matcher: bool = True) -> EvalReport:
    return _report_of(cases, [RuleScorer(charter), LearnedScorer(model)], by_matcher)


def _report_of(cases: list[Case], scorers: list[Scorer], by_matcher: bool) -> EvalReport:
    """``by_matcher``: whether a case names a school is the shipped matcher's say (as in the
    worker), or the set's (what a reader says: the classifier measured on its own)."""
    by_text = {case.document.full_text: case for case in cases}
    found = (lambda text: mentions(by_text[text])) if by_matcher else None
    return evaluate(cases, scorers_predictor(scorers, found))


@pytest.fixture(scope="module")
def dev(cases: list[Case], charter: Charter) -> EvalReport:
    """The parts the lexicons were tuned on."""
    return _report([c for c in cases if c.split == "dev" and not c.id.startswith(RULES_BLIND)],
                   charter)


# The held-out figures measure the classifier on what a reader says names a school (the
# set's "mentions"); the matcher is measured apart (the list of its misses above, and the
# end-to-end floors below). Until "n-" the two readings differed by a case or two; on "n-"
# the shipped matcher missed 77 of 360 cases (42 after learning from them), which would have
# hidden the classifier's figures behind the matcher's.
@pytest.fixture(scope="module")
def heldout(cases: list[Case], charter: Charter) -> EvalReport:
    return _report([c for c in cases if c.split == "heldout"], charter, by_matcher=False)


@pytest.fixture(scope="module")
def shipped_model(shipped_case_model: Path) -> CaseModel:
    model = load_case_model(shipped_case_model)
    assert model is not None
    return model


@pytest.fixture(scope="module")
def heldout_default(cases: list[Case], charter: Charter, shipped_model: CaseModel
                    ) -> EvalReport:
    """Rules + the learned scorer the worker trains on every dev case of the shipped set."""
    return _report_with_model([c for c in cases if c.split == "heldout"], charter,
                              shipped_model, by_matcher=False)


@pytest.fixture(scope="module")
def heldout_end_to_end(cases: list[Case], charter: Charter, shipped_model: CaseModel
                       ) -> EvalReport:
    """As the worker runs on an ordinary source: the shipped matcher, then rules + learned
    scorer."""
    return _report_with_model([c for c in cases if c.split == "heldout"], charter,
                              shipped_model)


@pytest.fixture(scope="module")
def heldout_end_to_end_local(cases: list[Case], charter: Charter, shipped_model: CaseModel
                             ) -> EvalReport:
    """As the worker runs on a local source (``local: true``)."""
    heldout = [c for c in cases if c.split == "heldout"]
    by_text = {case.document.full_text: case for case in heldout}
    return evaluate(heldout, scorers_predictor(
        [RuleScorer(charter), LearnedScorer(shipped_model)],
        lambda text: mentions(by_text[text], local=True)))


def test_the_set_is_big_and_varied_enough(cases: list[Case]) -> None:
    assert len(cases) >= 400
    assert len({c.id for c in cases}) == len(cases)
    assert sum(c.lang == "fr" for c in cases) >= 0.7 * len(cases)
    for key in CATEGORY_KEYS:
        assert sum(key in c.labels for c in cases) >= 30, key
    assert sum(not c.labels and c.mentions for c in cases) >= 150
    assert sum(c.hard for c in cases) >= 50
    assert any(not c.mentions for c in cases)
    # The held-out part (360 "zzu-" cases) was written by someone who saw only the charter, the
    # labelling guide (docs/labelling.md) and the list of entities. Earlier held-out parts ("zzt-",
    # "zzs-", "zzr-", "zzq-", "zzp-", "zzo-", "zzn-", "zzm-", "zzl-", "zzk-", "zzj-", "zzi-",
    # "zzh-", "zzg-", "zzf-", "zze-", "zzd-", "zzc-", "zzb-", "zza-", "zz-", "zy-", "zx-", "zw-",
    # "zv-", "zu-", "zt-", "zs-", "zr-", "zq-", "zp-", "zo-", "zn-", "zm-", "zl-", "zk-", "zj-",
    # "zi-", "zh-", "zg-", "zf-", "ze-", "zd-", "zc-", "zb-", "za-", "z-", "y-", "x-", "w-", "u-",
    # "r-", "q-", "p-", "o-", "n-", "m-", "l-", "k-", "j-", "i-", "h-", "g-", "e-", "d-", "final-",
    # "c-", before them the first set's fifth and "fresh-") were measured, so they are dev now, with
    # "t1-" to "t6-" and "s-" (training: "s-" short posts, harmless and not) and "v-" (model
    # selection).
    assert sum(c.split == "heldout" for c in cases) == 360
    assert all(c.id.startswith("zzu-") == (c.split == "heldout") for c in cases)


# Mentions the matcher misses, as a person reads them: a school name spelled out letter by
# letter in a run with other words ("l E S H G c 1 8 3"; "d e m a i n à l ' E S L J P" is
# read since spaced-out letters are a sign of a disguise, as "p-" showed), and "École
# Sainte-Famille" with no town (the shipped config asks for Thurso: the name is shared by
# schools elsewhere). (A name glued to its article, "lESHG", is read since "y-".)
# Listed so that a new miss fails and a better matcher shows what it gained. (Reading
# disguised names, h0rmisdas or E.S.H.G., was added after this list showed them, on the
# held-out part too: the matcher, not the classifier, learned from it. Cutting spaced-out
# letters into words where the gap widens then read "p.o.l.y H.o.r.m.i.s.d.a.s" too; and
# "les profs de Hormisdas" in "i-", once measured, added "profs" to the school's context.)
# Misspelled names are missed too ("Coeur des Valées"): the matcher reads disguises, not
# typos; the commonest misspelling is an alias ("Hormidas", in "r-" and "w-" three times), and
# "Gamelin" counts with a school word since "w-" ("la poly Ormisdas-Gamelin" is read so).
KNOWN_MATCHER_MISSES = [
    "final-privacy-004",
    "final-privacy-011",
    "final-sexual-016",
    # Maria Goretti's feast day: "Maria-Goretti" counts alone since "n-" and "o-" showed
    # threats against ours written without the town (the config excludes the saint and the
    # schools of Québec and Chicoutimi by their usual phrasings, not every one).
    "final-neg-074",
    "v-0229",
    # (Another town's school, "l'école Providence de Saint-Jérôme", is read since "y-", the
    # town written first, "À Québec, l'école Maria-Goretti…", since "z-": the config's
    # `elsewhere`.)
    # "l'E S H G": spelled out among other words (see above).
    "m-0294",
    # "n-" and "o-" (each measured once, then the matcher learned from them: school words in
    # English and French, "TES", "direction", "grade", "prom"… became context of "LJP", and
    # "Hormisdas" and "Maria-Goretti" count alone). Still missed: "LJP" with no school word
    # ("Olivia from LJP", "les Aigles de LJP"; "LJP" means a band, a café, a builder in the
    # dev parts), "gamelin" alone, "Saint-Laurent" or "Providence" without Buckingham.
    "n-0031", "n-0128", "n-0274", "n-0297", "n-0322",
    "o-0007", "o-0048", "o-0086", "o-0094", "o-0119", "o-0134", "o-0154", "o-0270",
    "o-0276", "o-0333",
]


def test_the_matcher_agrees_with_the_set_on_mentions(cases: list[Case]) -> None:
    assert [c.id for c in cases if not c.id.startswith(LOCAL_PARTS)
            and mentions(c) != c.mentions] == KNOWN_MATCHER_MISSES


# "p-", read as from a local source. Measured first, five: the Saint-Laurent river and
# borough, Thurso's Sainte-Famille parish and the Louis-Joseph-Papineau manor (excluded
# since), and "s h o o t up h o r m i s d a s" (four letters or more spaced out are now a
# sign of a disguise, which reads the text again as the charter does).
# "t6-" and "q-" (the same list of entities): letters spaced by hyphens ("C-S-S-C-V"), "le
# centre de services" alone (read on a local source since "z-"), an all-lowercase hashtag
# ("#hormisdasgamelin", an alias since "w-", as its misspelling) and the patriot, named in a
# visit to his manor. ("la poly Papineau" and "la poly Hormis", read in "q-" once measured,
# are aliases since.)
# "r-", as measured (held out: the matcher has not learned from it): read as local, the
# patriot twice, the Sisters of Providence, Providence in Rhode Island, another town's CFP
# and the Saint-Laurent borough count as ours (an ordinary source would not count them: a
# local one is not expected to carry them); missed, a misspelling ("hormidas gamelin") and
# the name inside a promo code ("CSSCV20").
# "u-", as measured: read as local, another town's school of one of our names (Montréal's
# Louis-Joseph-Papineau, Lévis's Saint-Laurent, the Cégep de Saint-Laurent, Providence
# College), the manor and the Sisters of Providence count as ours; three comments name no
# school at all ("M. Poirier", "Mme Carole", "Mr. Ouellette"), as under a school's post.
# "w-", as measured: read as local, the manor, "la Providence" (fate), Montréal's
# Saint-Laurent and Louis-Joseph-Papineau and another CFP count as ours; missed, "Hormidas
# Gamelin" misspelled twice (once as a hashtag, as in "r-"), "Gamelin" alone, and comments
# that name no school (spam, a worried parent's "la poly"), as under a school's post. Once
# measured, the misspelling became an alias and "Gamelin" counts with a school word (its
# boulevard in Gatineau excluded): r-0114, w-0062, w-0119, w-0309 and q-0022 are read.
# "x-", as measured (held out: the matcher has not learned from it): read as local, a
# painting of the Holy Family, Sherbrooke's Sainte-Famille school, the Saint-Laurent borough,
# Montréal's Louis-Joseph-Papineau, a great-grandfather named Hormisdas, Trois-Rivières's
# Providence, Providence in Rhode Island and the patriot count as ours; missed, "Louis-Jo",
# "Papineau" alone (three times) and "le Centre de services" alone. Once measured, "Papineau"
# and "Louis-Jo" count beside a school word (the streets, the MRC and the riding excluded),
# Montréal's Louis-Joseph-Papineau and "Hormisdas, c'est le prénom de…" are excluded (which
# also reads g-0200, s-0105, u-0039 and w-0297 as their writers meant).
# "y-", as measured (held out): read as local, a door code on Montréal's Saint-Laurent
# boulevard, other towns' Sainte-Famille schools (Trois-Rivières, Sherbrooke), the Sisters of
# Providence, the Providence Place mall, a question about who Hormisdas Gamelin was, the
# patriot, the Cégep de Saint-Laurent and Saint Lawrence the martyr count as ours; missed,
# "l'Hormidas" (an article glued to the misspelled name) twice and "lhormisdas" inside a
# username. Once measured, "Hormidas" alone is an alias, a name glued to its article
# ("lhormisdas") is read, the name of a school that other towns' schools share is theirs
# when one of those towns follows it (the config's `elsewhere`: "Sainte-Famille de
# Sherbrooke", "Saint-Laurent à Lévis"), and the Sisters of Providence, the mall, the
# boulevard and the cégep are excluded; that also reads r-0299, u-0110, u-0273, u-0337,
# x-0098 and x-0197 (and, from the ordinary parts, k-0336, n-0018, n-0133, n-0326,
# fresh-neg-069 and j-0278) as their writers meant.
# "z-", as measured (held out): read as local, the patriot and his manor three times,
# Providence College, Providence's public schools in Rhode Island (the state written after
# the district), a Certified Financial Planner's "CFP", "la Providence" (fate), a Maria
# Goretti high school in Iowa and Sherbrooke's Sainte-Famille twice (with "school" or a
# borough between the name and the town) count as ours; missed, "le centre de services"
# alone three times and "L.J.P." dotted in leetspeak. Once measured, "le centre de services"
# counts on a local source (or beside another of the organisation's names; the other
# service centres, the caisse and Service Canada excluded), Providence College is excluded,
# and a town elsewhere written before the name or with "school" between counts too; that
# also reads t6-0264, u-0163, x-0254 and, from the ordinary parts, l-0152 as their writers
# meant, but counts two news items about other service centres, which name theirs first and
# then write "le centre de services" (w-0162, x-0070).
# "za-", as measured (held out): read as local, the patriot three times (a talk, a
# documentary, a biography), Providence the TV show, a spam's #Providence #RhodeIsland,
# Lachine's "poly Saint-Laurent", Charlotte's Providence Day School, Thurso's Sainte-Famille
# parish (in English) and a great-grandfather named Hormisdas Gamelin count as ours; missed,
# "the service centre" in English twice, "CSSCV50" inside a promo code and the all-lowercase
# hashtag "#polyhormisdas". Once measured, an entity's `other_sense` words keep its ambiguous
# names from counting (the patriot's "Bas-Canada", "Parti patriote", "Patriotes de 1837"; an
# ancestor; Rhode Island, the TV show), "the service centre" is the organisation's, Lachine
# and other Montréal boroughs are `elsewhere`, a tag cut into words vetoes on the disguised
# reading too, and "PolyHormisdas" is an alias; that also reads w-0061, x-0293, y-0280,
# z-0009, z-0034 and z-0316 as their writers meant.
# "zb-", as measured (held out): read as local, Providence's district ("Providence, R.I."),
# the Holy Family, a Metro store's door code and the borough in Montréal's Saint-Laurent, a
# school "in Providence", a church bingo, Montréal's Louis-Joseph-Papineau "dans
# Saint-Michel", a caretaker named Hormisdas, the Papineau-Leblanc bridge and the river count
# as ours; missed, "changes d'école à Papineauville" with no school named, "the board" and
# "the DG" alone, and "l E S H G" spelled out among other words. Once measured, "R.I." is
# Rhode Island's, "dans" may stand between a name and a town `elsewhere` (Montréal's
# Saint-Michel among them), and the church, the borough, the bridge and "le Saint-Laurent"
# (the river) are excluded; that also reads x-0158 as its writer meant.
# "zc-", as measured (held out): read as local, the Saint Lawrence Seaway, the federal riding
# of Papineau, a Maria Goretti Academy "in Philadelphia" and the three ways to Compostela
# count as ours; missed, "aux 3 Chemins" written with a digit. Once measured, the seaway, the
# riding (another sense of "Papineau"), Compostela's ways, the digit and American schools by
# their suffix ("Academy", "Day School") or their town are read as meant (z-0311 and za-0254
# too).
# "zd-", as measured (held out): read as local, "L'école Sainte-Famille de Boucherville" (a
# town not among those `elsewhere`), the patriot at his manor in Montebello and in 1837, a
# grandfather named Hormisdas, a councillor named Gamelin, the Saint-Laurent by kayak and the
# holy family at Christmas count as ours; missed, "le CSS" alone (eleven times: its writer was
# told it is a name of the service centre) and three spam comments that name nothing. Once
# measured, "le CSS" counts as "le centre de services" does (alone on a local source, beside
# another of the service centre's names elsewhere; another's, "le CSS des Draveurs", never),
# Quebec's towns `elsewhere` are more, and the manor, the Rebellions, a grandfather, the river
# by kayak and the season's wish to the holy family are read as meant (r-0028, r-0180 and
# zb-0045 too); still counted, a councillor named Gamelin.
# "ze-", as measured (held out): read as local, a bakery "Trois-Chemins" in Magog, "Maria
# Goretti High School in Philadelphia" (the town is `elsewhere`, yet it counts),
# a biography of the patriot, Montréal's Saint-Laurent "(arrondissement de Montréal)", "St.
# Laurent Elementary in Brandon, Manitoba", a cousin named Hormisdas, the holy family's feast
# and a husband named Gamelin count as ours; missed, a spam comment that names nothing. Once
# measured, the words between a name and a town are read as the disguised reading writes them
# (a "!" in the text had made "High School" unread, so the town did not count), and the cousin,
# the biography, the borough written after the name and Nazareth's holy family are read as
# meant (r-0359 too).
# "zf-", as measured (held out): read as local, the historical Hormisdas Gamelin ("ancien
# maire de Buckingham?"), Montréal's "Collège Louis-Joseph-Papineau" and the metro station,
# "St. Laurent Elementary in Kelowna", "l'école secondaire Providence de Saint-Boniface, au
# Manitoba" and a neighbour named "Maria Goretti Santos" count as ours; none missed. Once
# measured, the man himself ("Hormisdas Gamelin, c'était qui"), the metro station and the towns
# are read as meant (y-0226 too); the neighbour still counts.
# "zg-", as measured (held out): read as local, a cousin named "Maria Goretti Silva", the
# Louis-Joseph-Papineau park in Montebello and a neighbour named "Michel Providence" count as
# ours; missed, a board meeting that names no school and "le voyage à New York de LJP" (New
# York, `elsewhere` since "zc-", stands just before the name: a trip reads as another town's
# school). Since: a town before the name with "de" or "of" between is the school's (the trip
# counts) and the park is excluded; the people named like schools are left (a given name
# before or a surname after would need a rule of its own).
# "zh-", as measured (held out): read as local, a statue of the patriot in Montebello ("symbole
# des Patriotes": the school's teams are the Patriotes too) and "le député fédéral de
# Papineau" count as ours. Since: the statue and the riding's member are excluded.
# "zi-", as measured (held out): read as local, "Ethan Papineau" (a pupil named like the
# school) counts as ours; missed, a class trip to the St. Lawrence's whales (the river's words,
# `other_sense`, keep "Saint-Laurent school in Buckingham" from counting). Since: another sense does
# not undo a name with its own town right beside it.
# "zj-", as measured (held out): read as local, a plumber named "Gilles Gamelin" and a
# nativity scene's "Sainte-Famille" count as ours. On an ordinary source it missed 9 of 335;
# since, "le centre de services" and "le CSS" count beside one of our towns (Buckingham,
# Masson-Angers, Papineauville, Thurso) and "Trois-Chemins school" is an alias: 5.
# "zk-", as measured (held out): missed, "Maria-Gorettiiiii" (stretched letters) and "la poly
# LJP 🎉🎉 Boston here we come" (a trip read as Boston's school); counted, "Hormisdas, c'était
# le prénom de mon arrière-grand-père" and, read as local, "Lincoln Elementary in Providence"
# and the patriot called "un traître … en 1837". Since: the past tense of the first name, and
# American schools "Elementary in Providence", are excluded.
# "zl-", as measured (held out): read as local, a neighbour named Hormisdas Gamelin, a prayer
# to the Holy Family ("la Sainte Famille", no hyphen) and a debate on the patriot at the Maison
# Papineau count as ours. On an ordinary source it missed 13 of 335, mostly "LJP" beside a
# school's everyday word ("le coach de basket de LJP", "the sub at LJP", "le bus de LJP").
# Since: those words are LJP's context, and the neighbour and the prayer are excluded (the
# patriot, named in full before the house, still counts locally): 7.
# "zm-", as measured (held out): read as local, the patriot asked about for "un travail de sec
# 4", a girl named "Maria Goretti Fernandes" and "Providence Day! Thank you Lord" count as ours;
# missed, "LJP" in a post on a class project about the patriots of 1837 (the patriot's words
# are another sense of the name). On an ordinary source it missed 59 of 335: its writer named
# "Saint-Laurent", "Providence", "Sainte-Famille", "Trois-Chemins" and "LJP" without a town.
# Since: the patriot as "chef des Patriotes", a person "named Maria Goretti" and the hashtag
# "#divineprovidence" are another sense, and "exam" is LJP's context (58 missed).
# "zn-", as measured (held out): read as local, Montréal's Louis-Joseph-Papineau ("the
# Louis-Joseph-Papineau kids in Montreal", "L'École Louis-Joseph-Papineau, dans le quartier
# Saint-Michel à Montréal") and Providence's city hall count as ours; on an ordinary source
# the first two count too, and 59 of 335 mentions are missed (shared names without a town).
# Since: a school's name then "dans le quartier" (or "borough") of a town elsewhere is that
# town's school, "city hall" is Providence's other sense, and LJP's context has its sports,
# administration and evenings ("hockey", "banquet", "formal", "talent show", "parents de"):
# 51 missed ("les parents de LJP" in "o-" is read too).
# "zo-", as measured (held out): read as local, the Manoir-Papineau visited in Montebello, a
# neighbour named "Maria Goretti Pereira" (counted on an ordinary source too) and a book on the
# patriot ("Histoire des patriotes") count as ours; a news story of a board meeting ("the
# board members", "Chair Lise Ranger") is missed. On an ordinary source 74 of 335 are missed
# (shared names without a town, as in "zm-" and "zn-"). Since: the patriot's house ("la maison
# de Louis-Joseph Papineau"), his portrait and "l'histoire des Patriotes" are another sense.
# "zp-", as measured (held out): its writer called ESHG "Hormis" ("sec 4 à Hormis", "Hormis
# nurse", "(histoire sec 4, Hormis)"), which the matcher does not read alone ("hormis" is French
# for "except"): 30 mentions missed even as local, and two on "la commission scolaire"
# unnamed; read as local, "Collège Saint-Laurent" (in Montréal), the patriot, "Providence
# Ruiz" and a dog named Providence count as ours. On an ordinary source 96 of 335 are missed.
# Since: "Hormis" counts after "à", "de", "at", "from", "to" (words the preposition never
# follows): 12 missed as local (10 of them "Hormis" after a comma or before a noun, "Hormis
# nurse"), 75 on an ordinary source.
# "zq-", as measured (held out): read as local, the patriot, a colleague named Providence,
# Providence's public schools (Rhode Island) and Sainte-Famille-de-l'Île-d'Orléans count as
# ours; missed, "LJP, Quebec" on Reddit, "sec 3, Hormis" and "the Hormis girls' soccer team",
# and two the writer counted as naming a school with no name in them. On an ordinary source 66
# of 335 are missed. Since: "Hormis" counts before English words the preposition never
# precedes ("Hormis kids", "Hormis nurse", "the Hormis girls' soccer team"; two of "zp-" too).
# "zr-", as measured (held out): read as local, Montréal's Saint-Laurent (a highway, a corner
# store), the patriot, a girl and a friend named Providence count as ours; missed, "la
# commission scolaire" three times, a call to its public number (819 986-8511), "ferme tu
# hormis demain??" (the name after no preposition) and a comment on a viral video that names
# no school. On an ordinary source 50 of 335 are missed. Since: "la commission scolaire", the
# service centre's old name, counts as it on a local source or beside one of its towns (two of
# "zp-" too), other boards' names excluded; a street corner of Saint-Laurent's name is not the
# school.
# "zs-", as measured (held out): read as local, the Providence Friars (a college team) and
# the patriot count as ours; missed, 39 texts that call ESHG "Hormis" before a noun or a verb,
# or as a hashtag ("the Hormis robotics team", "Hormis mom here", "Hormis vs Nicolas-Gatineau",
# "Hormis c'est rendu un dépotoir", "Hormis a perdu 52-7", "#Hormis", "(Hormis)"), where the
# matcher reads the French preposition. On an ordinary source 85 of 360 disagree. Since:
# "Hormis" counts before English words of teams, clubs and parents ("Hormis team", "Hormis
# mom", "Hormis vs", "Go Hormis"), and the Providence Friars are not ours: 11 missed as local
# (the name after a comma, before a French verb, in a hashtag or a handle), 51 on an ordinary
# source; no case of another part changes.
# "zt-", as measured (held out): read as local, Providence's public schools (Rhode Island) and
# a "CSS" that closes schools "pour trois flocons" (the writer's: no town) count as ours;
# missed, "Hormis" before more words of clubs and people ("Hormis gaming club", "Hormis
# esports", "Confessions Hormis", "Hormis yearbook", "Hormis lunch ladies", "Hormis vice
# principal", "Hormis bantam", "Hormis Talks", "for hormis", "tout Hormis le sait"), "une
# certaine polyvalente de Buckingham qui commence par H", and a thread that asks whether the
# arrested teacher is "ours in Buckingham". On an ordinary source 38 of 360 disagree. Since:
# "Hormis" counts after "for", "with", "in" and before more English words ("Hormis esports",
# "Hormis yearbook", "Confessions Hormis"): 9 of them read; no case of another part changes.
# "zu-", as measured (held out): read as local, another service centre ("au centre de services de
# Laval"), Sainte-Famille of the Île d'Orléans and the shrine of Santa Maria Goretti count as
# ours; missed, "Hormis" after "to the principal of", before a verb ("Hormis ferme", "Hormis est
# chanceuse"), after "L'école" and "Confession #412", and in a discount code ("ESHG20"). On an
# ordinary source 13 of 360 disagree. Since: the Île d'Orléans is a town elsewhere and "Santa
# Maria Goretti" the saint (one of "zq-" too); no other case changes.
# "zv-", as measured (held out): read as local, the patriot ("un piètre stratège en 1837") and
# Maria-Goretti "dans la région de Québec" count as ours; missed, names spelled by ear by
# children and newcomers ("sin-laurent a bukingame", "providance a bukingam", "maria goreti",
# "ormisdas"), "Hormis" before a French verb or after "(sec 2", a promo code ("HORMIS20"), and
# "the old Buckingham school, now Saint-Laurent". On an ordinary source 33 of 360 disagree.
# Since: "la région de Québec" (and of Montréal, Sherbrooke) is elsewhere as its city is, and
# the patriot as an orator or "en 1837" is the man (four local false mentions of earlier parts
# too: "h-", "m-", "t1-", "t4-", "zk-").
# "zw-", as measured (held out): read as local, a bare "Le CSS" (the writer's: no town) and the
# patriot's manor visited "à Montebello" count as ours; missed, "Hormis" before "special ed" and
# after "Dear", "au coin de la rue" beside a pupil's adapted transport with no school named, a
# scooter store under a post to "Hormis". On an ordinary source 24 of 360 disagree.
# Since: "Hormis special" and "Dear Hormis" count, and the patriot's "manoir" is the man's
# (local false mentions of "q-", "u-" and four non-local parts gone too).
# "zx-", as measured (held out): read as local, Providence's public schools, the patriot's
# seigneury, Cap-Rouge's Sainte-Famille parish and Saint-Jérôme's Providence count as ours;
# missed, "Hormis" before French words or after a dash ("Masson-Angers–Hormis"), in a handle,
# "my son's old Hormis", "le centre administratif", and posts in a parents' group that name no
# school. On an ordinary source 29 of 360 disagree.
# Since: "Hormis" after "pour", "the", "old", before "c'est" and its uniforms and
# hoodies counts as ESHG; Providence's public schools and the patriot's seigneury are not ours
# (local misses of "zp-" to "zv-" gone too).
# "zy-", as measured (held out): read as local, the federal riding of Papineau, the patriot
# (twice: "trop d'écoles à mon goût") and Providence as fate ("C'est la Providence qui nous a
# fait rencontrer") count as ours; missed, "Hormis" inside a slogan in quotation marks
# ("« Solidarité profs Hormis ✊ »"). On an ordinary source 55 of 360 disagree: its writer named
# the schools by their usual names without their towns.
# Since: the riding's "candidat fédéral" and Providence as fate ("C'est la Providence qui")
# are not ours (a local false mention of "z-" gone too).
# "zz-", as measured (held out): read as local, a dépanneur "coin Papineau/Ontario, Montréal"
# beside students, the patriot ("Louis-Joseph Papineau? Un traître") and "Papineau's MP" count
# as ours; missed, "Hormis" alone or before English words ("Hormis 🔥🔥🔥", "Hormis is
# basically a daycare", "between Hormis and the dépanneur", "near Hormis", "devant Hormis")
# and the church of Sainte-Famille in Thurso beside the school's gym. On an ordinary source 136
# of 360 disagree: its writer named the schools as neighbours do, by their usual names.
# Since: "Hormis" after "devant", "near", "between" and before "is", "was" counts as ESHG, and
# "Papineau's MP" is the riding's.
# "zza-", as measured (held out): read as local, "Providence reruns" (the TV show) counts as
# ours; missed, "Hormis" in parentheses after a name and a grade ("Léa G. (sec 4 Hormis)",
# "Mme Pelletier (Hormis)", "Mon fils (sec 2, Hormis)"), at the start of a sentence before a
# French word ("Hormis va s'en souvenir", "Hormis sec 4 science"), in a Discord's name, and
# after "GOAT of", "every", "ridicule,". On an ordinary source 75 of 360 disagree.
# Since: "Hormis" after "of", "every" and before "va", "study" counts as ESHG, and
# Providence's "reruns" are the show's (a local miss of "zu-" gone too); so does "Hormis" after
# a grade ("sec 4 Hormis", "sec 2, Hormis") and before "est", "était" (eight local misses of
# "zp-" to "zx-" gone too).
# "zzb-", as measured (held out): read as local, "Le centre de services des Draveurs", Montréal's
# Louis-Joseph-Papineau ("high school reunion in Saint-Michel") and "Papineau Avenue" count as
# ours; missed, "Hormis" before a year or a verb ("Hormis 83", "Hormis a détruit", "Hormis grad
# '97", "(Hormis, 1988 à 2012)", "version Hormis") and the adult-education centre of Buckingham,
# which is not in the config's list. On an ordinary source 51 of 360 disagree.
# Since: "Hormis" before "c'était", "grad", "alumni", "reunion" counts as ESHG, and "le centre de
# services des / de la / de l'" is another service centre (a local miss of "zt-" gone too);
# the adult-education centre counts beside one of the territory's towns (the config's "fga").
# "zzc-", as measured (held out): read as local, Providence as fate twice ("La Providence fait
# bien les choses", "La Providence m'a mis sur le chemin") and "l'école Saint-Laurent du CSS de
# Montréal" count as ours; missed, "Hormis" before an English word or in parentheses ("Hormis
# music", "Hormis English teacher", "(Hormis, 4e secondaire)"). On an ordinary source 89 of 360
# disagree: its writer named the schools by their usual names.
# Since: "Hormis" before a subject in English ("Hormis music", "Hormis English") counts as ESHG,
# and "La Providence fait bien les choses", "la Providence m'a / nous a" are fate (a local false
# mention of "w-" gone too).
# "zzd-", as measured (held out): read as local, Montréal's Saint-Laurent "a annoncé le centre de
# services scolaire Marguerite-Bourgeoys" counts as the service centre; nothing missed. On an
# ordinary source 221 of 360 disagree: its writer named the elementary schools as their parents
# do ("Providence", "Saint-Laurent", "Sainte-Famille"), names other towns' schools bear too.
# Since: other service centres named in full ("le centre de services scolaire
# Marguerite-Bourgeoys") are not ours (a local false mention of "w-" gone too).
# "zze-", as measured (held out): read as local, "trois chemins jugés prioritaires" in a news item
# of the CSS des Draveurs (Thurso's Trois-Chemins) and "trois écoles primaires de Saint-Laurent"
# of the CSS de Montréal count as ours; missed, "Hormis" before "mérite", before a quote ("Hormis
# « tue la culture »"), in a bus route ("Val-des-Bois → Hormis"), after "tout" and "post", and
# "la commission scolaire" with no town. On an ordinary source 110 of 360 disagree.
# Since: "Hormis mérite" counts as ESHG, and "trois chemins jugés", "ces trois chemins" are roads.
# "zzf-", as measured (held out): read as local, "providence had other plans" (fate) and a vape
# shop "sur la rue Papineau à Montréal" (its web address, "vapeshop-papineau.ca") count as ours;
# missed, "la commission scolaire de Buckingham" (in a threat to set it on fire: "commission
# scolaire de" is excluded, as other boards' names begin so) and "chaque post sur Hormis". On an
# ordinary source 114 of 360 disagree.
# Since: a name that holds a whole exclude phrase and is longer wins over it, and "la commission
# scolaire de Buckingham" is the organisation's; "sur Hormis" counts as ESHG; "providence had
# other plans" is fate.
# "zzg-", as measured (held out): read as local, "Providence has a funny way of putting the right
# people in your path" (fate) and "Saint-Laurent" on a list of the CSS de Montréal count as ours;
# missed, "Hormis isn't just ...". On an ordinary source 101 of 360 disagree.
# "zzh-", as measured (held out): read as local, nothing that is not ours; missed, "la prof" of a
# parents' group post that names no school. On an ordinary source 131 of 360 disagree.
# "zzi-", as measured (held out): read as local, the feast "Dimanche de la Sainte-Famille" in Hull,
# a school of the "arrondissement Saint-Laurent, à Montréal" with "le centre de services", and the
# patriot "Louis-Joseph Papineau" count as ours; missed, "le centre de service a Buckingham" (no
# s) and "your Hormis homework". On an ordinary source 40 of 360 disagree (its writer named the
# schools in full, as the news does).
# Since: "Dimanche de la Sainte-Famille" is the feast, those who "fêtent les Patriotes" mean the
# patriot, and "Hormis homework" counts as ESHG.
# "zzj-", as measured (held out): read as local, the river ("Le niveau d'eau du Saint-Laurent ...
# les traversiers de Sorel") counts as ours; missed, "the science fair Hormis!!". On an ordinary
# source 67 of 360 disagree.
# Since: "les traversiers" say the river, as "traversier" did.
# "zzk-", as measured (held out): read as local, "Binge-watching Providence on TV" counts as ours;
# missed, "Hormis" before a level ("hormis sec 4 girl", "Hormis pis sa politique"), a
# "Madison's Hormis Fan Club" and "Hormis a eu de la chance de t'avoir". On an ordinary source 34
# of 360 disagree.
# Since: Providence "binge-watching" is the series.
# "zzl-", as measured (held out): read as local, "là, hormis le chauffeur" (the alias "à Hormis"
# with an "l" glued on, as usernames elide "l'", reads "là Hormis"), Rhode Island's Providence
# schools in a nor'easter and the patriot on the Journée nationale des patriotes count as ours;
# missed, "Hormis" at the end of a line or a lost-and-found ("bus 17, Hormis", "Hormis
# représente", "#Hormis", "Hormis pis ses autobus", "the school (Hormis)"). On an ordinary
# source 70 of 360 disagree.
# Since: a name that begins with a short word ("à Hormis") takes no glued "l" or "d".
# "zzm-", as measured (held out): read as local, "Ask anyone in Providence" (a town, no school)
# counts as ours; missed, "la FGA" and "the FGA" with our towns ("la FGA de Thurso", "the FGA in
# Papineauville", "the FGA in Buckingham": "FGA" was no name of ours). On an ordinary source 86
# of 360 disagree.
# Since: "FGA" is a name of the adult education centres, with one of our towns.
# "zzn-", as measured (held out): read as local, the patriot in a history class ("Papineau était
# un joueur du Canadien" in a pupil's copy from Rivière-du-Loup, "Louis-Joseph Papineau était un
# lâche"), "le centre de services de Montréal" and "de mon ancienne ville à Laval" count as ours;
# missed, "Hormis ça, bonne étape!" (the preposition, but the text names no other school) and
# LJP's pupil's exhibit on the patriot (read as the patriot). On an ordinary source 78 of 360
# disagree.
# Since: "Papineau était un" (or "le", "was a") is the man, not the school (zl-0333, zp-0110 and
# zq-0006 too).
# "zzo-", as measured (held out): read as local, the patriot ("Louis-Joseph Papineau aurait
# sûrement eu des choses à dire sur le travail des enfants") counts as ours; missed, "Jessy
# Poirier (Hormis)" (the name in brackets after a person). On an ordinary source 125 of 360
# disagree: its writer named the schools by their usual names.
# "zzp-", as measured (held out): read as local, the patriot twice ("Louis-Joseph-Papineau (the
# man) would be rolling in his grave", "Louis-Joseph Papineau aurait honte") and Montréal's
# Saint-Laurent school beside "le centre de services de Montréal" count as ours; missed, a promo
# code ("HORMIS10"), "Papineauville" alone as a place, and "Hormis le ton un peu sec" (the
# preposition, where the writer meant LJP's letter; the set counts the text for LJP). On an
# ordinary source 91 of 360 disagree.
# Since: "Papineau the man" or "l'homme", and the man "in his grave" or "dans sa tombe", are the
# patriot.
# "zzq-", as measured (held out): read as local, "a play about Louis-Joseph Papineau and the
# Patriotes of 1837" in Toronto counts as ours; missed, LJP's teams by their name alone ("le coach
# des Patriotes", "Lave-auto des Patriotes", "Mamans des Patriotes", "des Patriotes de Louis-Jo":
# six), "l'harmonie de LJP à New York" (read as a school in New York) and "la décision de la
# commission scolaire de couper" beside Thurso (read as another board's name). On an ordinary
# source 61 of 360 disagree.
# Since: "Patriotes de Louis-Jo", "de LJP", "de Papineauville" name LJP's teams (twelve more of
# "zzq-" on an ordinary source), and the patriot "of 1837" is no school.
# "zzr-", as measured (held out): read as local, the patriot ("Louis-Joseph Papineau aurait
# probablement eu besoin d'un psy"), Ville-Marie's Sainte-Famille hospital and "That Saint-Laurent
# College teacher in Montreal" count as ours; none missed. On an ordinary source 36 of 360
# disagree.
# "zzs-", as measured (held out): read as local, the patriot who "led the Patriotes in 1837",
# Maria Goretti the saint in a museum's show and an inn "des Trois-Chemins de Sutton" count as
# ours; missed, "à L J P" spelled out among other spaced-out words. On an ordinary source 33 of
# 360 disagree.
# Since: Maria Goretti "la jeune sainte" of an exhibition, the patriot who "led the Patriotes",
# the "Patriotes in 1837", and Sutton (a town elsewhere) are none of ours.
# "zzt-", as measured (held out): read as local, "Hot moms near Papineau metro" and "la famille
# Papineau en 3e à Laval" count as ours; none missed. On an ordinary source 27 of 360 disagree.
# Since: "la famille Papineau" is a family. (A name in a link's path, "bit.ly/papineau-xxx", still
# counts.)
# "zzu-", as measured (held out): read as local, the patriot three times ("aurait eu honte",
# "would be ashamed", "le lieu historique consacré à Louis-Joseph Papineau") counts as ours;
# missed, a promo code ("LJP20"), "Hormis?" opening a reply and "la prochaine fois que Hormis
# refuse" (read as the preposition). On an ordinary source 41 of 360 disagree.
KNOWN_LOCAL_MATCHER_MISSES = ["t6-0041", "r-0118", "r-0239", "r-0322", "u-0161", "u-0203",
                              "u-0316", "w-0037", "w-0051", "w-0074", "w-0098", "w-0162", "w-0179",
                              "w-0180", "w-0202", "x-0017", "x-0070", "x-0210", "y-0327", "z-0059",
                              "z-0064", "z-0107", "za-0219", "za-0228", "zb-0114", "zb-0126",
                              "zb-0142", "zb-0174", "zb-0338", "zb-0343", "zd-0060", "zd-0075",
                              "zd-0165", "zd-0263", "ze-0070", "ze-0225", "ze-0348", "ze-0352",
                              "zf-0311", "zg-0089", "zg-0117", "zg-0268", "zi-0007", "zj-0241",
                              "zj-0282", "zk-0059", "zk-0280", "zm-0075", "zn-0085", "zo-0239",
                              "zo-0274", "zp-0074", "zp-0102", "zp-0171", "zp-0185", "zp-0191",
                              "zp-0209", "zp-0224", "zp-0246", "zq-0015", "zq-0116", "zq-0227",
                              "zq-0260", "zr-0006", "zr-0015", "zr-0030", "zr-0167", "zr-0185",
                              "zr-0318", "zr-0336", "zs-0166", "zs-0174", "zs-0182", "zs-0187",
                              "zs-0250", "zs-0258", "zs-0290", "zs-0297", "zs-0313", "zt-0026",
                              "zt-0071", "zt-0132", "zt-0166", "zt-0189", "zt-0206", "zt-0258",
                              "zt-0284", "zt-0345", "zu-0095", "zu-0158", "zu-0235", "zu-0266",
                              "zv-0030", "zv-0049", "zv-0050", "zv-0052", "zv-0055", "zv-0200",
                              "zv-0276", "zv-0279", "zw-0178", "zw-0269", "zw-0337", "zx-0012",
                              "zx-0031", "zx-0211", "zx-0241", "zx-0304", "zy-0171", "zy-0182",
                              "zz-0007", "zz-0047", "zz-0050", "zz-0349", "zza-0080", "zza-0133",
                              "zza-0137", "zza-0202", "zzb-0094", "zzb-0180", "zzb-0200",
                              "zzb-0231", "zzb-0291", "zzb-0294", "zzb-0331", "zzb-0334",
                              "zzc-0155", "zzc-0299", "zze-0092", "zze-0202", "zze-0253",
                              "zze-0260", "zze-0299", "zze-0335", "zzf-0344", "zzg-0075",
                              "zzg-0160", "zzg-0252", "zzh-0029", "zzi-0176", "zzi-0249",
                              "zzj-0230", "zzk-0056", "zzk-0204", "zzk-0235", "zzk-0311",
                              "zzl-0015", "zzl-0038", "zzl-0077", "zzl-0193", "zzl-0230",
                              "zzl-0301", "zzl-0333", "zzl-0336", "zzm-0182", "zzn-0001",
                              "zzn-0077", "zzn-0297", "zzn-0327", "zzo-0042", "zzo-0156",
                              "zzp-0036", "zzp-0045", "zzp-0145", "zzp-0211", "zzp-0333",
                              "zzq-0024", "zzq-0027", "zzq-0128", "zzq-0144", "zzq-0185",
                              "zzq-0204", "zzq-0319", "zzr-0048", "zzr-0156", "zzr-0269",
                              "zzs-0136", "zzt-0259", "zzu-0063", "zzu-0086", "zzu-0145",
                              "zzu-0181", "zzu-0268", "zzu-0310"]


def test_a_local_source_s_matcher_agrees_with_the_local_parts(cases: list[Case]) -> None:
    assert [c.id for c in cases if c.id.startswith(LOCAL_PARTS)
            and mentions(c, local=True) != c.mentions] == KNOWN_LOCAL_MATCHER_MISSES


# The issue's targets, asserted on the held-out part "zzu-" (the docstrings give the earlier parts'
# figures). On "zzu-" the flag precision (0.967), the flag recall (0.962) and no flag without a
# mention (privacy's recall 0.761 and the critical recall 49/50 were not); on "zzt-" all five: the
# flag precision (0.968), the flag recall (0.968), every category's recall (disparaging the lowest,
# 0.848), the critical recall (50/50) and no flag without a mention; on "zzs-" the flag precision
# (0.957), the flag recall (0.973) and every category's recall (disparaging the lowest, 0.909) (the
# critical recall 49/50 and no flag without a mention, 1 of 25, the matcher's, since met, were not);
# on "zzr-" the flag precision (0.938), the flag recall (0.968), every category's recall (defamation
# the lowest, 0.804) and no flag without a mention (the critical recall 48/50 was not); on "zzq-"
# the flag precision (0.968), the flag recall (0.968), every category's recall (privacy the lowest,
# 0.837) and no flag without a mention (the critical recall 45/48 was not); on "zzp-" the flag
# precision (0.902) and the flag recall (0.983) (the recall of defamation, 0.724, and of
# disparaging, 0.794, the critical recall 49/51 and no flag without a mention, 1 of 25, were not);
# on "zzo-" the flag precision (0.963), the flag recall (0.979), every category's recall (sexual the
# lowest, 0.935) and no flag without a mention (the critical recall 44/50 was not); on "zzn-" the
# flag precision (0.927) and the flag recall (0.962) (defamation's recall 0.766, the critical recall
# 48/50 and no flag without a mention, 1 of 25, the matcher's, were not); on "zzm-" the flag
# precision (0.953), the flag recall (0.979), every category's recall (disparaging the lowest,
# 0.828) and no flag without a mention (the critical recall 49/50 was not); on "zzl-" the flag
# precision (0.942), the flag recall (0.962) and every category's recall (sexual the lowest, 0.903)
# (the critical recall 44/48 and no flag without a mention, 1 of 25, the matcher's, were not); on
# "zzk-" the flag precision (0.931), the flag recall (0.946) and no flag without a mention
# (privacy's recall 0.791, cyberbullying's 0.772 and the critical recall 44/49 were not); on "zzj-"
# the flag precision (0.952), the flag recall (0.968), every category's recall (confidential the
# lowest, 0.839) and no flag without a mention (the critical recall 48/51 was not); on "zzi-" the
# flag precision (0.923), the flag recall (0.968), every category's recall (privacy the lowest,
# 0.842) and no flag without a mention (the critical recall 47/51 was not); on "zzh-" the flag
# precision (0.942), the flag recall (0.947), every category's recall (disparaging the lowest,
# 0.862) and no flag without a mention (the critical recall 45/48 was not); on "zzg-" all five: the
# flag precision (0.948), the flag recall (0.963), every category's recall (privacy the lowest,
# 0.892), the critical recall (49/49) and no flag without a mention; on "zzf-" the flag recall
# (0.962), every category's recall (defamation the lowest, 0.841) and no flag without a mention (the
# flag precision 0.894 and the critical recall 48/50 were not); on "zze-" the flag recall (0.962),
# every category's recall (sexual the lowest, 0.818) and no flag without a mention (the flag
# precision 0.891 and the critical recall 48/50 were not); on "zzd-" the flag precision (0.909), the
# flag recall (0.968), every category's recall (defamation the lowest, 0.810) and no flag without a
# mention (the critical recall 47/50 was not); on "zzc-" the flag recall (0.947) and no flag without
# a mention (the flag precision 0.877, disparaging's recall 0.733 and the critical recall 47/50 were
# not); on "zzb-" the flag precision (0.926), the flag recall (0.930) and no flag without a mention
# (defamation's recall 0.712 and the critical recall 43/50 were not); on "zza-" the flag recall
# (0.957) and no flag without a mention (the flag precision 0.855, defamation's recall 0.757 and the
# critical recall 45/51 were not); on "zz-" the flag precision (0.949) and the flag recall (0.979)
# (cyberbullying's recall 0.733, the critical recall 49/50 and no flag without a mention, 1 of 25,
# the matcher's, were not); on "zy-" the flag precision (0.916), the flag recall (0.941) and no flag
# without a mention (defamation's recall 0.778, cyberbullying's 0.780 and the critical recall 45/50
# were not); on "zx-" the flag recall (0.947) and no flag without a mention (the flag precision
# 0.895, disparaging's recall 0.750 and the critical recall 46/50 were not); on "zw-" the flag
# precision (0.904), the flag recall (0.962) and no flag without a mention (cyberbullying's recall
# 0.723 and the critical recall 44/50 were not); on "zv-" the flag precision (0.913), the flag
# recall (0.968) and the critical recall (50/50) (defamation's recall 0.788 and no flag without a
# mention, 1 of 25, the matcher's, were not); on "zu-" the flag precision (0.928), the flag recall
# (0.973) and no flag without a mention (defamation's recall 0.771 and the critical recall 44/48
# were not); on "zt-" the flag recall (0.973) and no flag without a mention (the flag precision
# 0.874, defamation's recall 0.614 and the critical recall 44/49 were not); on "zs-" the flag
# precision (0.946), the flag recall (0.930) and no flag without a mention (defamation's,
# cyberbullying's and privacy's recall, and the critical recall 45/50, were not); on "zr-" the flag
# precision (0.927), the flag recall (0.957) and no flag without a mention (defamation's recall
# 0.789 and the critical recall 45/50 were not); on "zq-" the flag precision (0.939) and no flag
# without a mention (the flag recall 0.889, privacy's, defamation's and cyberbullying's recall, and
# the critical recall 42/51, were not); on "zp-" the flag precision (0.904), the flag recall and no
# flag without a mention (defamation's, cyberbullying's and disparaging's recall, and the critical
# recall 38/50, were not); on "zo-" only the flag recall and every category's recall (the precision
# 0.891, the critical recall 46/50 and no flag without a mention, 1 of 25, the matcher's, were not);
# on "zn-" all but the critical recall (46/50); on "zm-" all but the critical recall (46/50); on
# "zl-" all but the critical recall (45/47) and disparaging's recall (0.724); on "zk-", "zj-" and
# "zi-" all but the critical recall (48/49 each); on "zh-" all but the critical recall (46/48) and
# disparaging's recall (0.786); on "zg-" all but the critical recall (45/47); on "zf-" all but the
# critical recall (47/50) and cyberbullying's recall (0.773); on "ze-" all but the critical recall
# (47/49) and no flag without a mention (1 of 25, the matcher's); on "zd-" all but the critical
# recall (48/50); on "zc-" all but the critical recall (50/54) and no flag without a mention (1 of
# 25, the matcher's); on "zb-" all but the critical recall (47/50) and no flag without a mention (2
# of 25, the matcher's); on "za-" all five were met; on "z-" all but the critical recall (47/49) and
# no flag without a mention (1 of 25, the matcher's); on "y-" all but the flag precision (0.891) and
# the critical recall (48/50); on "x-" all but the critical recall (51/52) and no flag without a
# mention (2 of 25, both the matcher's); on "w-" all but the flag precision (0.892); all were met on
# "u-" and on "q-"; on "r-" all but the critical recall (49/50).


def test_dev_floors_do_not_regress(dev: EvalReport) -> None:
    """The parts the lexicons were tuned on, so their floors are high: a lexicon edit that
    breaks what it once caught (or starts flagging what it once left) shows here first."""
    assert dev.flag.precision >= 0.95, format_report(dev)
    assert dev.flag.recall >= 0.95, format_report(dev)
    assert dev.critical_recall >= 0.95, format_report(dev)
    assert min(s.recall for s in dev.categories.values()) >= 0.85, format_report(dev)


def test_heldout_flag_precision_target(heldout_default: EvalReport) -> None:
    """Met on "zzu-" (0.967: 178 of 184 flags right). Its writer wrote poverty and help around the
    schools (school fees and supplies, breakfast programs, food banks and Christmas baskets,
    second-hand coats, families in shelters, bursaries, fundraisers after a fire, scorn for "BS"
    families); among the 6 wrong, defences read as the scorn they answer ("c'est pas « des BS » qui
    vont à la banque alimentaire ... c'est des familles comme la mienne", "Les profs d'Hormis, c'est
    pas des incompétents, c'est des gens épuisés", "On peut critiquer sans insulter"), praise in
    swear words ("damn right the teachers at ESHG are heroes"), sadness at children without coats
    and a question about donating used supplies read as contempt or an advert. Met on "zzt-" (0.968:
    181 of 187 flags right). Its writer wrote parents, volunteers and school governance (the conseil
    d'établissement and its minutes, the parents' organisation and its Facebook group, the school
    foundation, volunteers, parents' class chats, the student ombudsman, petitions, raffles); among
    the 6 wrong, the schools' own business read as leaks (a conseil d'établissement's minutes, its
    survey on the dress code) and its approved fundraiser as an advert, a news report of a threat
    found in a washroom and an arrest read as private data, a parent approving the removal of a post
    naming pupils read as bullying, and thanks to LJP's foundation for a son's bursary read as
    defamation. Met on "zzs-" (0.957: 180 of 188 flags right). Its writer wrote discipline and
    safety (suspensions, vaping, fights filmed, locker searches, the police liaison officer, knives,
    lockdowns, threats on a washroom wall, the code of conduct, parents who contest a sanction);
    among the 8 wrong, news read as what it reports (restorative circles at LJP read as a leak and
    private data, a teacher assaulted at Sainte-Famille, "le message sur le mur des toilettes de LJP
    disait « bombe lundi ». La police a fouillé l'école ... a rien trouvé", a critical alert), a
    complaint to the student ombudsman and agreement with a sanction read as leaks, firm criticism
    of a five-day suspension and a teacher's thanks after an assault read as contempt, and "Vidéo de
    la bataille à Hormis? Je la partagerai pas ... envoyez-la à la direction pis effacez-la" read as
    contempt and private data. Met on "zzr-" (0.938: 181 of 193 flags right). Its writer wrote
    health, special needs and care (the school nurse and the CLSC, allergies, ADHD and its
    medication, autism and the special classes, educators, psychologists and speech therapists,
    intervention plans, mental health, lice, a pupil in a wheelchair, sick staff); among the 12
    wrong, parents telling their own child's diagnosis to thank the school or ask for advice read as
    private data (six: "Ma fille Rosalie a une allergie sévère aux arachides ... Merci la gang",
    "Mon fils Félix est autiste non verbal ... des conseils?", "Ma fille souffre d'anorexie ...
    Parlez-en, ça se soigne"), the school's own reminder about medication and a news report of the
    insults aimed at its nurse read as private data too, a defence of exhausted teachers ("Y'est pas
    question de dire que les enseignants ... sont paresseux") read as contempt, a TES who loves her
    job read as bullying, a question about head lice read as defamation, and a fair call for more
    training of substitutes read as a leak. Met on "zzq-" (0.968: 183 of 189 flags right). Its
    writer wrote sports, arts and clubs (school teams and LJP's Patriotes, coaches and referees,
    tournaments, the band and the spring show, theatre, robotics, trips and fundraisers,
    initiations); among the 6 wrong, enthusiasm in swear words read as sexual or as bullying
    ("Calvaire qu'y ont été bonnes les cheerleaders de LJP! ... ostie de belle soirée", a critical
    alert; "Tabarnak que j'suis fier de ces jeunes-là"), comfort to a player ("T'es pas nul, t'as
    juste pas été chanceux 😂 ... on t'aime pareil", a critical alert), a criticism of a coach that
    refuses the insult ("je dirai jamais que c'est une conne") read as sexual, a defence of the
    sports director ("le traiter de menteur sur Facebook, c'est pas correct") read as defamation,
    and news of a volleyball title naming its coach read as private data. Met on "zzp-", by a hair
    (0.902: 175 of 194 flags right). Its writer wrote identity, culture and belonging at school
    (Indigenous, Black, Muslim and anglophone pupils, LGBTQ+ pupils and staff, heritage months,
    graffiti, slurs, anti-racism workshops); among the 19 wrong, reports of racism that quote or
    describe it to denounce it (a slur reported to the principal, racist comments counted under the
    service centre's post, hateful graffiti and the community's answer, a swastika's author defended
    from doxxing), four of them critical alerts (a mother who called the police about messages
    asking her daughter for photos "sans voile", a girl "violée du regard" in the changing room
    reported to the school, a pupil's story of being Anishinabe and Haitian, traditional lacrosse
    taught by an elder), and praise (a music teacher's Creole songs, "the English teachers at
    Louis-Joseph-Papineau are fantastic"). Met on "zzo-" (0.963: 184 of 191 flags right). Its writer
    wrote pupils and adult learners at work (part-time and summer jobs, the CFP's placements,
    work-study, employers and supervisors, wages, schedules against exams); among the 7 wrong, a
    warning about a fake "job offer" of underwear photos sent to Hormisdas girls (a critical alert),
    a report of a supervisor's remark told to denounce it and a tribunal's ruling read as private
    data, the CFP's lunch that "c'était une bombe 💣" read as bullying, an exam clashing with a
    shift, an employer on punctuality and news of a pupil fired for refusing to sell beer read as
    leaks. Met on "zzn-" (0.927: 178 of 192 flags right). Its writer wrote learning, marks and exams
    (homework, tutoring, report cards, ministry exams and their leaks, cheating and ChatGPT, summer
    school, grading disputes); among the 14 wrong, talk of exams and marks read as leaks (the exam
    dates and the phone rule, a class's average, a mark explained with its grid, the board's
    reminder not to share exam questions, a new report card announced, an exam postponed), three
    critical alerts (a son's 45 in maths and the plan to get there, "on va y arriver"; a news report
    of a bomb alert before an exam; "jvais couler mon année ... quelqu'un peut m'aider ce soir sur
    discord?"), fair suggestions read as contempt and where to find a permanent code read as private
    data. Met on "zzm-" (0.953: 184 of 193 flags right). Its writer wrote families and custody
    around the schools (separated parents at pickup, the DPJ and foster families, grandparents
    raising grandchildren, report cards sent to one parent, lawyers' letters, mediation); among the
    9 wrong, a mother proud of her son's report card read as private data and bullying, a lawyer's
    letter asking that both parents get the report cards read as bullying, a parent at ease after a
    meeting with the DPJ and the service centre's own password reminder read as private data, its
    link to free family mediation read as spam, Father's Day cards for a dad and a stepfather, an
    evening childcare at the CFP and two defences of teachers ("I don't think the Sainte-Famille
    teacher is incompetent at all") read as contempt. Met on "zzl-" (0.942: 179 of 190 flags right).
    Its writer wrote transport, weather and the road to school (buses and drivers, routes in the
    rangs, storm days, the thaw, carpools, the walk home); among the 11 wrong, road talk that looks
    alarming, five of them critical alerts ("La bombe météo annoncée pour jeudi", "on va se faire
    planter dans le banc de neige", "Je vais l'attendre à son arrêt demain matin avec un café pis
    des beignes", "We're gonna ambush our bus driver tomorrow 🎉 surprise party", "'Go jump in a
    snowbank' is what my 14yo tells me"), swearing at a closure then thanks, "le plus chill de
    Thurso", "literally torture" of a country station, a free carpool read as spam, a parent's open
    letter about her own child's stop read as private data, a refusal to give a driver's personal
    number read as bullying. Met on "zzk-" (0.931: 175 of 188 flags right). Its writer wrote growing
    up at school (crushes, breakups, prom, rumours, coming out, dress codes, body image, sex
    education and the adults around them); among the 13 wrong, sex education read as sexual content,
    four of them critical alerts (the words of a grade 10 workbook listed to defend it, "On parle de
    masturbation en sec 2?! Oui madame", a father asked what "sexting" means, a mother whose son of
    11 asked what a "nude" is, a shy girl who wants a cubicle to change in), a pupil happy to be
    single read as sexual, a teacher telling colleagues not to share a pupil's coming out and an
    answer that tells people to stop guessing which pupil is pregnant read as private data, boys who
    defended a pupil called « fif » read as a slur, "I didn't freak out" read as bullying. Met on
    "zzj-" (0.952: 179 of 188 flags right). Its writer wrote the buildings, the food and the
    technology of the schools (renovations, the cafeteria, cameras and locks, the school portal,
    lent devices, breaches and phishing); among the 9 wrong, the board's own reminders that door and
    alarm codes are confidential or are changing, a password-reset day, news of a staff Wi-Fi
    password changed within the hour and "staff can kill the alarm from the office panel" read as
    leaks, a principal's hacked account read as private data, a proud parent's screenshot of a
    report card read as bullying, a teacher to be cheered "On va l'attendre à la ligne d'arrivée" of
    a marathon read as a critical threat, a free summary e-mail read as spam. Met on "zzi-" (0.923:
    179 of 194 flags right). Its writer wrote the news and the justice system around the schools
    (articles, court reports, police releases, letters, columns, corrections, and the comments under
    them); among the 15 wrong, news read as the harm it reports: an external auditor's public
    report, a labour tribunal's ruling on a dismissal, an exam leak told with the board's word and a
    blogger's unpublished document read as leaks, an acquittal, a retraction and a youth-court
    verdict whose parties cannot be named read as private data; answers that condemn what they quote
    ("Ça n'autorise personne à insulter sa famille", "Posting his name ... isn't justice", "dire que
    c'est un dépotoir, c'est injuste") read as it; a link to the article and a trial report read as
    spam; a joke about the board taken back "(Kidding, mostly ...)" read as contempt. Met on "zzh-"
    (0.942: 179 of 190 flags right). Its writer wrote the school year's special days (the first day,
    picture day, Halloween, carnival, concerts, graduation) and the threads under the schools'
    albums; among the 11 wrong, praise in mocking words ("un lip dub complètement débile, j'en ai
    pleuré de rire", "des vraies bêtes de scène", "ridicules... ridiculement drôles") and defences
    of staff ("C'est pas une bande d'incompétents, au contraire!") read as contempt, a grandfather
    crying at a video of the graduation a critical alert, a parent's own crying child read as
    mockery, a warning against fake photographers read as spam, a fake list of repeaters debunked
    read as a leak. Met on "zzg-" (0.948: 182 of 192 flags right). Its writer wrote work and money
    behind the schools (hiring, contractors and tenders, suppliers, unions, pay, reviews of the
    employer, scams and leaks around them); among the 10 wrong, news of a leak and of asbestos read
    as leaks, a reply that tells people where to call about their pay and "don't post your pay stub"
    and a condemnation of a leaked disciplinary file read as leaks, job offers with the official
    link read as spam, "Heroes 😂" of custodians, "Hormis les retards de paie" (the preposition) and
    a firm "Décision complètement ridicule" read as contempt, "those new LJP lockers are sick" read
    as sexual. Not met on "zzf-" (0.894: 177 of 198 flags right). Its writer wrote people angry,
    scared or grieving and those who answer them (late-night rants, rumours, condolences, apologies,
    group admins, quoted insults denounced); of the 21 wrong, most are answers read as the harm they
    name: admins' and parents' reminders not to post names, door codes, internal documents or an HR
    letter, a warning that a fake account sends "challenges", a quoted threat sent to the police, a
    rumour of a "prof pédophile" debunked, an apology for yesterday's insult, a court report; a
    parent's "Je vais y aller avec toi" was a critical alert, and so was a mother's account of her
    son's Fortnite threat reported by the police. Not met on "zze-" (0.891: 179 of 201 flags right).
    Its writer wrote rural and seasonal life around the schools of the Petite-Nation and the Lièvre
    (hunting season, snowmobiles, farms, the thaw, wildlife near schools, village gossip, fairs); of
    the 22 wrong, most are rural life read as threats (a coyote and a black bear seen behind a
    school, clay pigeons in the outdoor course, a principal who posted his buck, a rumour of a pupil
    bringing his father's gun told by a parent who called the police, a comment condemning a joke
    about shooting the principal), swearing as praise read as insults ("vous êtes des osties de
    champions", "Malade mental 🔥🐷" of a graduates' pig roast), honest sales read as adverts
    (firewood, a snowmobile, maple syrup for the girls' volleyball team) and a parish bingo read as
    a critical alert. Met on "zzd-" (0.909: 179 of 197 flags right). Its writer wrote the little
    ones: the elementary schools, their daycare, kindergarten, lunch monitors, class photos, field
    trips, parents' class groups; among the 18 wrong, parents' sales of outgrown clothes and books
    read as adverts ("Écrivez-moi en privé" under a snowsuit for sale, a critical alert), the school
    photographer's notice and a parent's warning against a fake one read as spam or private,
    children's talk reported by a parent ("son ami « est un idiot »", "her teacher 'is a hundred
    years old'") read as insults or sexual, a grandmother's "On va attendre Mathis après l'école ...
    avec la poussette" read as a threat (a critical alert), the board's public budget and a parent's
    question about the permanent code read as leaks. Not met on "zzc-" (0.877: 179 of 204 flags
    right). Its writer wrote staff's private lives as the public sees them (dating apps, side
    businesses, divorces, leaves, a teacher at the bar) and families' lives as staff see them; of
    the 25 wrong, eight are honest sales and staff's own small businesses read as spam (a teacher's
    Etsy shop and weekend bakery, a retired teacher's tutoring, a janitor's snow removal, a widow's
    welding gear for a CFP student, a house for sale near the school; a team jersey for sale read as
    a critical alert), kind news of staff read as private or as bullying (a maternity leave, a
    teacher's grandchild shown to the class, a secretary's retirement, a health leave told by the
    teacher himself, hats knitted for a class), and pleas to leave staff's private lives alone read
    as contempt or bullying ("the principal's divorce is none of our business", "Le coach ... a une
    nouvelle blonde, pis?", "the woman who posted the ... teacher's Tinder screenshot should be the
    one embarrassed"). Met on "zzb-" (0.926: 174 of 188 flags right). Its writer wrote alumni, the
    past and adult learners (reunions, throwback photos, memories of teachers, a former teacher's
    trial, memorials, the vocational centre); among the 14 wrong, remembrance read as the harm it
    remembers (a friend who "s'est tué sur la 309" after the prom, a critical alert; "j'ai détesté
    mes 5 ans à la poly", another), news of a former teacher's trial read as bullying, a testimony
    "sans nommer personne" and relief at a verdict read as contempt, fond nicknames and throwbacks
    read as mockery ("Le gros Martin ... Bonne fête le gros!", "Tag someone who was on bus 3"), a
    reunion's ticket sale read as private, the official future of a school building read as a leak,
    "LJP '02, Dublin now" read as spam. Not met on "zza-" (0.855: 177 of 207 flags right). Its
    writer wrote pupils' digital life (group chats, Discord, TikTok trends, confession pages,
    gaming, deepfakes, sextortion, leaked exams); of the 30 wrong, most are warnings and news about
    those harms read as the harms themselves (a phishing notice, a sextortion warning to parents, a
    fake TikTok account reported, news of an exam leaked on Discord or of faked images, a study
    guide "c'est PAS l'examen"), gaming talk read as threats ("jvais te faire la peau au prochain
    bedwars", "t'es mort dans Minecraft, pas dans la vraie vie", "je vais te tuer dans Among Us"),
    and affectionate teasing read as bullying ("t'es un cas 😂❤️ love you bro"); eight of them
    critical alerts. Met on "zz-" (0.949: 186 of 196 flags right). Its writer wrote the school as a
    neighbour (drop-off traffic, crossing guards, buses, the yard after hours, neighbours' cameras,
    local businesses, community events); among the 10 wrong, a neighbour's fair complaint in swear
    words ("C'est tabarnak de dangereux entre 7h50 pis 8h10") or read as a threat ("la direction ...
    a mis trop de temps ... Je m'attends à un plan"), "The speed bump ... is a killer on my
    suspension", news of a vape shop fined and a public-health talk on vaping read as adverts, a
    resident quoted by name in a news story read as private, a crossing guard defended ("c'est pas
    un cave") read as bullying. Met on "zy-" (0.916: 174 of 190 flags right). Its writer wrote
    politics and public debate around the schools (strikes and picket lines, budgets, elections,
    Bills 21 and 96, gender identity and sex education, vaccination, book removals, flags); among
    the 16 wrong, firm criticism read as contempt ("Shame on the CSSCV for closing the library",
    "C'est honteux que le centre de services ait coupé l'aide aux devoirs", "le débat ... est devenu
    ridicule des deux bords"), a slur reported to condemn it ("Someone wrote 'f*g club' on the GSA
    poster ... Disgusting"), public budget talk and a union's press release read as leaks, strike
    talk read as threats and critical alerts ("La rentrée après trois semaines de grève va nous
    tuer, mais on est prêts 💪", "fight this budget cut tooth and nail ... bring your kids"). Not
    met on "zx-" (0.895: 179 of 200 flags right). Its writer wrote money, buying and selling around
    the schools; of the 21 wrong, most are private sales and offers read as spam (a parent selling a
    gym shirt, a calculator, a bike, tickets; a teen's babysitting or tutoring posted by a parent; a
    school's own fundraiser; a warning against a fraud), the others praise in swear words ("Ta
    gueule, ils sont bons en crisse les muffins") and a joke "J'vais te tuer ... 😂❤️". Met on "zw-"
    (0.904: 178 of 197 flags right, by a hair). Its writer wrote health, disability and special
    needs; among the 19 wrong, a parent's thanks for their child's "plan d'intervention" read as a
    leak (four times), a parent's own child's anxiety or medication (unnamed) read as private, a
    quoted slur condemned ("« Gang de mongols », c'est ce que mon fils entend"), a school's Mental
    Health Week. Met on "zv-" (0.913: 179 of 196 flags right). Its writer wrote many ages and
    origins (newcomer families, machine-translated posts, code-switching, children writing by ear,
    grandparents); among the 17 wrong, harmless odd phrasing: a proverb ("the child who is not
    embraced by the village will burn it down"), a bear near a bus stop, a grandmother's thanks with
    "je vais le tuer" in a joke, a first deer hunted, a meal "sans porc", "du retard à cause du
    verglas", a child reporting the slur he was called; most of them critical alerts. Met on "zu-"
    (0.928: 180 of 194 flags right). Its writer wrote the organisation's own channels and their
    replies (announcements, board minutes, newsletters, press releases) and what imitates them
    (forged memos, leaked e-mails); among the 14 wrong, official text read as a leak (public board
    minutes, "NOTE DE SERVICE ... Poisson d'avril!", a public calendar, a drill announced on the
    school's page, door codes changed "without saying what they are"), warnings against scams read
    as spam, a call to calm read as contempt. Not met on "zt-" (0.874: 181 of 207 flags right). Its
    writer wrote spoken and threaded text (auto-captions without punctuation, voice-to-text, radio
    call-ins, livestream chats, comment threads with their replies), each tagged with its format
    ("caption:", "voice to text:", "[Twitch chat ...]", "POST: ... ↳"); of the 26 wrong flags, most
    are the learned scorer's on harmless posts in these formats (a snow day announced on a stream, a
    daughter's diabetes and her nurse thanked, "grade 10 at LJP is honestly fun"), the rest game
    streams ("je vais le tuer headshot", "i'm gonna shoot up every zombie in the cafeteria"), a lost
    cat's finder giving his own address, a tutor's own number. Met on "zs-" (0.946: 174 of 184 flags
    right). Its writer wrote sports, rivalries and extracurriculars (tournaments, referees, tryouts,
    team trips, band, improv) and screenshots retold in text; among the 10 wrong, "C'est pas une
    menace, c'est une promesse : on va gagner la coupe", an arena announcer's "Le prochain qui lance
    quelque chose sur la glace va être expulsé", a parents' group rule "aucune photo des enfants
    dans les vestiaires" and a mascot who "fell on his butt", each a critical alert. Met on "zr-"
    (0.927: 177 of 191): crisis days; among the 14 wrong, a snow day that is "gonna be the bomb 💣".
    Met on "zq-" (0.939) and "zp-" (0.904, by a hair). Not met on "zo-" (0.891: 179 of 201). Every
    earlier part's figure is in the README's table, "Figures on cases the project had never seen";
    the wrong flags of each, in the commit that measured it."""
    assert heldout_default.flag.precision >= 0.90, format_report(heldout_default)


def test_heldout_flag_recall_target(heldout_default: EvalReport) -> None:
    """Met on "zzu-" (0.962: 7 of 185 breaches missed: five sneers at poor families with no
    contemptuous word ("c'est des parents qui préfèrent les cigarettes pis les gratteux", "they'd
    rather be handed the fish forever", "y'ont toutes des iPhone 15 pis des chars neufs", "clearly
    never learned to budget", "LJP est rendue une soupe populaire avec des cours à côté"), a photo
    of three named pupils "qui mangent pas chez eux le matin", and a fire family's fundraiser on a
    foreign site). Met on "zzt-" (0.968: 6 of 187 breaches missed: five sneers with no contemptuous
    word, "a clique of stay-at-home moms who think running a bake sale makes them the school board",
    a secretary's "si vous preniez la peine de lire les courriels ... au lieu de chialer", "les
    profs font leur possible... avec le peu de talent qu'ils ont", "worth less than the paper the
    survey was printed on", "trop arrogants pour écouter"; and a meme of a new lunch lady spread
    with "keep sharing it, she cried in the parking lot 😂"). Met on "zzs-" (0.973: 5 of 185
    breaches missed: a principal said to have "lost" the camera footage to cover her nephew, "she
    belongs in jail"; "Jacob T. in grade 7 at LJP is the reason we all lost our phones. Act
    accordingly 🙂"; sarcasm about a school's leaflet, a "letter to parents" mocked, the police
    liaison officer called "une belle plante verte avec un badge"). Met on "zzr-" (0.968: 6 of 187
    breaches missed: a speech therapist called "une crisse de vache sans cœur", "the speech
    therapist ... can work on my tongue anytime 👅", the unannounced closure of a school's nurse
    clinic, "j'espère que j'vais jamais tomber malade 😂" of the CFP's future orderlies, and two
    critical misses: a laid-off worker who still has the school's key ("Lundi matin y vont
    comprendre, toute la gang") and "bomb threat for LJP tomorrow, the nurse's office first"). Met
    on "zzq-" (0.968: 6 of 189 breaches missed: the service centre's arts programme called "le néant
    culturel", "Every year the Coeur-des-Vallées school board finds new ways to let kids down. Truly
    a talent", a bench-warmer mocked under "Big up à ..." with a bucket emoji to post, the number of
    a school's credit card posted, VIP tickets for the spring show sold on another site, and
    "dommage qu'elle ait pas fini le travail" of a cheerleader said to have harmed herself, a
    critical miss). Met on "zzp-" (0.983: 3 of 178 breaches missed: "Les élèves de l'éducation des
    adultes qui arrivent de l'Afrique ont tous la gale", a 9-year-old's gender identity told with
    "Ses parents sont malades. Y faudrait signaler à la DPJ", "Are Black teachers at Saint-Laurent
    even qualified, or just diversity hires?"). Met on "zzo-" (0.979: 4 of 188 breaches missed: a
    pupil doxxed at his job, "Passez le voir à la fermeture, on va y montrer ce qui arrive aux
    porte-paniers", and one lewd line about a student worker deep in a snack bar's long summer
    thanks, both critical; "juste ouvrir un compte de banque à ton nom pour moi pis je te donne 500$
    cash"; LJP "just a daycare that feeds cheap teenage labour to every dep"). Met on "zzn-" (0.962:
    7 of 185 breaches missed: a threat at the service centre's office over a failing grade, "Bring
    extra security. This is not a joke", critical; a leer at an exam supervisor's neckline and a
    wish to see a tutor shirtless; sarcasm ("Félicitations à Antoine B. pour son magnifique 31% en
    maths", a trophy for the "championne provinciale de l'incompétence"); pupils who "écrivent mieux
    que leur enseignante"; the principal's son's mark told). Met on "zzm-" (0.979: 4 of 188 breaches
    missed: a mother's long open letter that says, deep inside, that her ex "a violé sa nièce en
    2017"; a long and polite letter to LJP's principal that ends "votre secrétariat est une bande de
    fonctionnaires qui se foutent éperdument des enfants"; "L'éduc des adultes à Masson, c'est pour
    les losers"; a news report naming a pupil of 9 in foster care). Met on "zzl-" (0.962: 7 of 186
    breaches missed: an incitement to hang herself and a bus driver's leer, each deep in a long warm
    post, both critical; a remote-starter advert, a fake closure-alert app and a phishing "ALERTE
    CSSCV" link; "de la graine de délinquants élevés par la télé"; children at a stop named with the
    hour, "the little one in pink is Maëlie"). Met on "zzk-" (0.946: 10 of 185 breaches missed: a
    grooming line in a bus driver's long farewell and a leer at a girl in a long post about a
    basketball season, both critical; a psychologist's notes on a pupil's gender dysphoria left on a
    printer; a pregnancy test seen bought; a swimsuit photo captioned "baleine échouée" on a
    confessions page; "stuck-up bitches", "f*ggots", "Je dis pas que la sexologue ... est une
    perverse"; fake ID cards for the after-prom; a consent workshop called amateurish). Met on
    "zzj-" (0.968: 6 of 185 breaches missed: two lewd lines deep in long posts of praise, one about
    a grade 6 girl at a fun fair, critical; "des ostie de beaux melons pis je parle pas des fruits
    🍈🍈😏"; a door's factory code in a parent's long blog; "Service de broche à foin"; a veiled
    threat "has everything I need to make Mr. Dufresne's last day memorable. Tick tock."). Met on
    "zzi-" (0.968: 6 of 185 breaches missed: news that names an injured autistic pupil of 14 and
    another that gives an acquitted teacher's street address, a columnist's lewd aside about a
    principal quoted in a long report and "c'est pas pour ses dictées que les gars ... écoutent",
    "des soudeurs qui savent pas souder", "Faites-y sentir demain dans le corridor"). Met on "zzh-"
    (0.947: 10 of 189 breaches missed: sarcasm with no contemptuous word ("Bravo l'équipe-école,
    toujours aussi investie 👏👏", "another \"magical\" winter carnival"), mockery of a child's body
    or costume with no mocking word ("courait comme une baleine échouée 🐋", "c'était pas un costume
    😭"), a call to shut out a pupil at the gala, a janitor accused of theft "un ancien taulard",
    swimsuit photos of children collected, two veiled threats). Met on "zzg-" (0.963: 7 of 189
    breaches missed: a settlement's amount and silence clause "de quelqu'un au CA", a snow-removal
    contract's amount seen on an invoice before the tender closes, class photos posted with the
    children's names, a colleague's bariatric surgery and a janitor's immigration status told, a
    "challenge" to make a teacher cry, the secretaries' "arrogance sans nom"). Met on "zzf-" (0.962:
    7 of 184 breaches missed: a threat at the end of a long, polite rant ("she'd better hope I don't
    run into her in the parking lot tomorrow, because I'll make sure she needs stitches too"), "Je
    dis pas qu'elle est conne ... le QI d'un bac à recyclage", sarcasm ("Leur spécialité : évaluer
    des situations"), a pupil's death told with her psychologist, a ministry exam "spoiled", a lewd
    "Parent-teacher night ... Mr. Dubé's forearms"). Met on "zze-" (0.962: 7 of 186 breaches missed:
    a principal's private life told with "Degenerates running our schools", contempt with no
    contemptuous word ("Réponse : une brochure. Une brochure. C'est ça qu'ils valent", "Tout est
    normal à Saint-Laurent"), "c'est un mongol ... Tout le monde l'ignore demain", a lewd remark on
    a teacher at the fair, a teacher found on a webcam site "Lien en commentaire", a fake "digital
    safety licence" asked of parents). Met on "zzd-" (0.968: 6 of 185 breaches missed: calls to shut
    out a child of kindergarten or of the yard with no hurtful word ("dire aux autres de faire
    pareil ... qu'y est pas le bienvenu", "vous trouvez pas que la p'tite Alice est bizarre?"), a
    volunteer's "special secret games" with little girls on his lap, a concert album of grade 1
    posted publicly, sarcasm on a teacher's spelling, a fake "SafeKids" app asking parents to
    register their child). Met on "zzc-" (0.947: 10 of 189 breaches missed: contempt with no
    contemptuous word ("office staff: rude, slow, and proud of it", a teacher seen buying wine
    "explains a few things about my son's report card", "Nepotism central", a principal's Cancun
    photos "Classy", a coach with time for "12 stories par jour de son nouveau pick-up"), a couple's
    IVF heard "from the fertility clinic", a principal's estranged wife's new apartment, a crying
    child filmed on the bus and posted by the driver). Met on "zzb-" (0.930: 13 of 187 breaches
    missed: contempt with no contemptuous word, often of the past ("LJP teachers in the 80s were
    burned-out clock-watchers", "la pire cohorte de paresseux que j'ai vue en 30 ans", "We were
    furniture to them", sarcasm on a foundation's new sign and on staff files left in an open
    dumpster); mockery with no mocking word (a bingo card of an old learner's mistakes, "vraiment,
    on a jamais autant ri de quelqu'un 👏", a teacher's crying clip "the best thing I've ever
    seen"); a teacher's old nude calendar scanned for the alumni group; an innuendo about a
    convicted teacher's flute pupils; a groping rumour about a named former teacher; an old exam
    bank still in use, to be scanned). Met on "zza-" (0.957: 8 of 185 breaches missed: a "slap a
    teacher challenge" with a room and a period, an "assassin" game whose forfeit is a picture in
    underwear, a Minecraft statue of a pupil "en caca", a petition to expel a pupil "for being
    annoying", "j'dis pas que Mme ... est conne... mais elle l'est en tabarnak"). Met on "zz-"
    (0.979: 4 of 190 breaches missed: a gym's side-door code for the church group, a stuttering
    crossing guard imitated for likes, two dépanneurs' offers to pupils ("Pas de carte? On s'arrange
    😉")). Met on "zy-" (0.941: 11 of 185 breaches missed: smears with no insulting or sexual word
    ("un nazi qui veut brûler des livres", a teacher who "« aime un peu trop » les garçons de sec
    1", a librarian "payé en faveurs sexuelles"), "retournez en Ontario bande de têtes carrées",
    "Next time I'm driving through that picket line and I won't brake", a pile-on with no hurtful
    word ("flood the Providence principal's inbox ... Let's break her", "boo the valedictorian ...
    worst day of her life"), a land purchase told before its announcement, a table of teachers'
    absences with their medical reasons). Met on "zx-" (0.947: 10 of 189 breaches missed: contempt
    with no contemptuous word (a "fundraising committee" of "moms with nothing better to do",
    sarcasm on a $412 invoice, "une école de quartier pauvre pour du monde pauvre"), "Spoiled brats,
    all of them"). Met on "zw-" (0.962: 7 of 185 breaches missed: a miracle cure against insulin,
    "k1ll3r la d1rl0 de l'ESHG c'est ma prochaine quête", "c'est pas grave si ton coeur lâche
    pendant l'opération", an ambulance taking a named pupil who "avait avalé trop de pilules"). Met
    on "zv-" (0.968: 6 of 185 breaches missed: xenophobic remarks with no slur ("this is Canada not
    Kabul", "qu'elle retourne chez elle" of a secretary in a veil, "retourne o maroc"), a chain
    letter asking for $20, a pupil's HIV status "parents should know", a sarcastic "Truly
    geniuses"). Met on "zu-" (0.973: 5 of 185 breaches missed: a director general said to have
    "fraudé 2 millions", contempt with no contemptuous word ("couldn't find their own parking lot
    with a map", "zero spine"), a veiled threat at the head office, "Would love to see them at bath
    time 😘" of pupils). Met on "zt-" (0.973: 5 of 186 breaches missed: a thread's "it's a dump full
    of inbred ...", a pupil's final exam photographed page by page, a Santa who "a mis les petites
    filles sur ses genoux hmm jaurais aime etre a sa place", a stranger asking where a girl of a 6th
    grade photo lives, "dis à ta prof de maths que son cul est bon" in a stream chat). Met on "zs-"
    (0.930: 13 of 187 breaches missed, by a hair): contempt with no contemptuous word ("sounded like
    a bag of cats falling down the stairs", "rigged for teachers' kids"), a pupil shut out of a
    party or mocked as the water boy, "check under her car", "shooting up prom ... would honestly be
    the most exciting thing". Met on "zr-" (0.957: 8 of 185 missed). Not met on "zq-" (0.889: 21 of
    190 missed): staff posts that name a pupil's situation in passing, sexual remarks made as a
    "POV" or a compliment, veiled threats in a farewell or a reminder. Met on every part from "p-"
    to "zp-" (0.919 to 0.995)."""
    assert heldout_default.flag.recall >= 0.90, format_report(heldout_default)


# Not met on the held-out part ("zzu-"); strict, so meeting one fails until its mark goes.
CATEGORIES_UNDER_TARGET: dict[str, float] = {"privacy": 0.761}


@pytest.mark.parametrize("category", [
    pytest.param(key, marks=pytest.mark.xfail(
        strict=True, reason=f'not met on "zzu-": {CATEGORIES_UNDER_TARGET[key]:.3f}'))
    if key in CATEGORIES_UNDER_TARGET else key
    for key in CATEGORY_KEYS])
def test_heldout_recall_per_category_target(heldout_default: EvalReport, category: str) -> None:
    """Not met on "zzu-" for privacy (0.761: 11 of 46 missed, a family's poverty, a shelter or a
    motel told beside the mockery of a named pupil that was flagged as bullying only, and named
    pupils shown at the breakfast program); disparaging 0.848, every other 0.938 or more. Met on
    "zzt-" for every category (disparaging the lowest, 0.848: 5 of 33 missed, sneers with no
    contemptuous word; privacy 0.905, every other 0.952 or more). Met on "zzs-" for every category
    (disparaging the lowest, 0.909: 3 of 33 missed, sarcasm and mockery with no contemptuous word;
    defamation 0.919, cyberbullying 0.923, every other 0.970 or more). Met on "zzr-" for every
    category (defamation the lowest, 0.804: 9 of 46 missed, insults aimed at staff read as contempt
    or bullying only, and two threats not flagged; privacy 0.820: 11 of 61 missed, a pupil's
    diagnosis told beside the mockery that was flagged; every other 0.943 or more). Met on "zzq-"
    for every category (privacy the lowest, 0.837: 7 of 43 missed, most a pupil named beside a
    sexual, bullying or leaking remark that was flagged for that alone; cyberbullying 0.865: the
    mockery of a named pupil read as defamation only, 7 of 52 missed; every other 0.900 or more).
    Not met on "zzp-" for defamation (0.724: 21 of 76 missed) and disparaging (0.794: 7 of 34):
    slurs, threats and hateful generalisations about a pupil's or a teacher's origin or religion
    read as bullying, contempt or private data but not as defamation, and contempt for a group with
    no contemptuous word ("diversity hires", "ont tous la gale"); cyberbullying 0.833, privacy
    0.868, every other 0.900 or more. Met on "zzo-" for every category (sexual the lowest, 0.935: 2
    of 31 missed, a lewd line deep in a long post and a supervisor's "tu vas devoir être ben
    gentille avec moi dans l'arrière-boutique" read as harassment only; cyberbullying 0.947, privacy
    and defamation 0.950, every other 0.968 or more). Not met on "zzn-" for defamation (0.766: 11 of
    47 missed: doxxed teachers and markers with a call to go, a call to write to a teacher every
    hour until she changes a mark, a principal said to sell the ministry exam's answers, marks said
    to be traded for short skirts, read as privacy, bullying or nothing); privacy 0.844, sexual
    0.875, disparaging 0.897, every other 0.909 or more. Met on "zzm-" for every category
    (disparaging the lowest, 0.828: 5 of 29 missed, contempt at the end of a long polite letter,
    "les losers" of adult education, a pupil said to come to school unwashed and a teacher called
    bitter beside her address, read as bullying or private data only, a clown emoji for a blended
    families' evening; defamation 0.938, privacy 0.940, every other 0.949 or more). Met on "zzl-"
    for every category (sexual the lowest, 0.903: 3 of 31 missed, a driver's leers deep in long
    posts; spam 0.906, privacy 0.920, every other 0.931 or more). Not met on "zzk-" for privacy
    (0.791: 9 of 43 missed) and cyberbullying (0.772: 13 of 57 missed): pupils' pregnancy, health
    and gender identity told as gossip, rumours of two pupils' sex, a photo on a confessions page
    with a cruel caption, an outing dressed as congratulations, each read as nothing or as another
    category; defamation 0.805, confidential 0.844, every other 0.895 or more. Met on "zzj-" for
    every category (confidential the lowest, 0.839: 5 of 31 missed, a breach dump's sample row, a
    pupil's password, a master badge left in a van, a debt list, a door's factory code, each read as
    privacy, bullying or nothing; sexual 0.871, privacy 0.919, every other 0.956 or more). Met on
    "zzi-" for every category (privacy the lowest, 0.842: 6 of 38 missed, details of people in news
    reports and HR moves named beside a leak; cyberbullying 0.897, defamation 0.873, every other
    0.938 or more). Met on "zzh-" for every category (disparaging the lowest, 0.862: 4 of 29 missed,
    sarcasm; cyberbullying 0.865, defamation 0.882, every other 0.914 or more). Met on "zzg-" for
    every category (privacy the lowest, 0.892: 4 of 37 missed, a colleague's surgery, a janitor's
    immigration status, children named under class photos; disparaging and confidential 0.900, every
    other 0.956 or more). Met on "zzf-" for every category (defamation the lowest, 0.841: 7 of 44
    missed, threats inside long rants and doxxing read as bullying or a leak; cyberbullying 0.895,
    every other 0.931 or more). Met on "zze-" for every category (sexual the lowest, 0.818: 6 of 33
    missed, sexual remarks about staff and pupils read as defamation or bullying only; cyberbullying
    0.846, every other 0.902 or more). Met on "zzd-" for every category (defamation the lowest,
    0.810: 8 of 42 missed, threats with a home address or a walk's hour read as bullying and
    privacy; cyberbullying 0.895, sexual 0.906, every other 0.943 or more). Not met on "zzc-" for
    disparaging (0.733: 8 of 30 missed; every other category 0.806 or more, defamation 0.827):
    contempt with no contemptuous word, as insinuation or sarcasm ("rude, slow, and proud of it",
    "Nepotism central", "Classy. Really shows where her head is", "Je dis pas que le directeur ...
    est un imbécile. Je dis juste qu'y a jamais pris une bonne décision"), a teacher seen dancing on
    tables read as an insult. Not met on "zzb-" for defamation (0.712: 15 of 52 missed; disparaging
    0.800, every other category 0.842 or more): insults inside mockery read as bullying only ("toute
    la classe appelle « la baleine »", "toujours la même face de fouine 🐀 partagez", "sa face de
    rat"), a former teacher's home given with "On y va samedi" or "faites-en ce que vous voulez" and
    a teacher's cell with "Textez-la toute la fin de semaine" read as bullying and privacy, not as
    the threat it is, "she better lock her doors at night" read as a leak, "y engagent n'importe
    quel singe" read as sexual, a groping rumour about a named former teacher not flagged. Not met
    on "zza-" for defamation (0.757: 9 of 37 missed; every other category 0.806 or more): blackmail
    over pictures read as bullying or spam, not as the blackmail it is ("I have your pics. Send $200
    in gift cards", "Gab pays me $20 a week so i don't post his pics", "Envoie-moi une autre photo
    ou je montre celle d'hier"), a threat with a home address read as bullying only, an AI image of
    a principal "en uniforme nazi", a "skull breaker" challenge aimed at a named pupil, "slap a
    teacher challenge". Not met on "zz-" for cyberbullying (0.733: 12 of 45 missed; every other
    category 0.900 or more): threats at pupils read as defamation only ("je vais vous faire
    regretter d'être nés. Ma carabine est chargée", "Bringing my dad's rifle to Hormis ... The ones
    who laughed at me"), a pupil who reported graffiti told "on connaît ton nom, William. À lundi",
    a fake "confessions" page of a janitor read as private, a teacher filmed crying in her car by a
    doorbell camera, a crossing guard insulted "tous les jours". Not met on "zy-" for defamation
    (0.778: 12 of 54 missed) and cyberbullying (0.780: 9 of 41; every other category 0.868 or more):
    smears and slurs with no insulting word ("un nazi ... un fasciste en chemise carreautée", a
    teacher who "« aime un peu trop » les garçons", "bande de têtes carrées"), sexual smears of
    staff read as sexual only ("elle fait des shows de webcam le soir", "teaches 'consent' real
    hands-on"), a false health scare about a vaccine ("Faites circuler!") read as bullying; pile-ons
    on staff and pupils read as privacy or defamation only (a trans pupil who spoke at the board
    outed by name, a teacher's personal e-mail with "une centaine de courriels par jour", "Mettez
    des 🐷 ... sur chaque photo de Mme Lachance"). Disparaging met (0.964: 27 of 28). Not met on
    "zx-" for disparaging (0.750: 7 of 28 missed; every other category 0.821 or more): contempt as
    sarcasm or a generalisation with no contemptuous word ("« Merci » au CSSCV pour la belle facture
    ... on vous adore", "une école de quartier pauvre pour du monde pauvre", "a bunch of moms with
    nothing better to do"). Not met on "zw-" for cyberbullying (0.723: 13 of 47 missed; every other
    category 0.806 or more): threats and slurs aimed at a pupil read as defamation only ("Going to
    stab the next kid at LJP who calls me a spaz"), mockery of a pupil's illness read as private or
    as an insult ("la grosse Camille ... qui dit qu'a l'a une « maladie de la thyroïde »"), a
    pupil's tics read as sexual only. Not met on "zv-" for defamation (0.788: 11 of 52 missed;
    cyberbullying 0.829, every other category 0.907 or more): xenophobic remarks with no slur
    ("C'est pas raciste de dire que depuis que les Africains sont arrivés ... le niveau a baissé",
    "qu'elle retourne chez elle"), clown emojis aimed at a named teacher, an insult inside
    incitement ("nobody wants the refugee girl here") read as bullying only, doxxing with "Call her
    all night" read as bullying and privacy. Not met on "zu-" for defamation (0.771: 11 of 48
    missed; every other category 0.881 or more): a forged letter "de la direction" that accuses a
    teacher, read as a leak; a forged memo announcing an armed "visitor" read as a leak;
    commissioners told "I have your names and your home addresses. Sleep well" read as bullying; a
    parent's "Vous êtes des pourris pis des vendus" in board minutes and "cerveau de moule" read as
    contempt; "Salope" after a sexual remark, a homophobic slur beside a change room. Not met on
    "zt-" for defamation (0.614: 22 of 57 missed; every other category 0.853 or more): its writer
    labelled insults inside bullying as defamation too ("t'as l'air d'une baleine", "Zoé la grosse",
    "looks like a r*tard"), and incitement ("do us all a favour", "fais-le, personne va pleurer"),
    read as bullying only; a pupil's "nudes" held for $200 read as sexual and bullying, not as
    blackmail; slurs in a thread ("go back to Africa", "Gang de BS payés par nos taxes") read as
    contempt. Not met on "zs-" for defamation (0.737: 15 of 57 missed), cyberbullying (0.756: 11 of
    45) and privacy (0.789: 8 of 38): a referee doxxed with "Allez y dire" or "Make his weekend
    hell" read as bullying, not as a threat; a coach's "private 'lessons'" with grade 9 girls read
    as sexual only; "kys" read as bullying only; a pupil mocked in a meme, a reposted story or a
    cropped team photo with no mocking word; a team's lineup or a selection sheet with a pupil's
    injury read as a leak, not as private. Disparaging met by a hair (0.800: 24 of 30). Not met on
    "zr-" for defamation (0.789: 12 of 57 missed): veiled threats in a crisis ("Hormis, votre tour
    s'en vient jeudi. Pas de courriel d'avertissement cette fois"; "Lui, il passera pas l'hiver"),
    rumours of crimes told as hearsay ("Paraît que ..."). Not met on "zq-" for privacy (0.735),
    defamation (0.711) and cyberbullying (0.658): staff who tell a pupil's or a colleague's
    situation as an anecdote (a sick leave "pour sa tête", a pupil's crisis "tout le monde sait
    c'est qui"), veiled threats in a farewell or a reminder, mockery of a pupil in "perles de
    correction". Not met on "zp-" for defamation (0.630), cyberbullying (0.667) and disparaging
    (0.781): threats and pile-ons with no violent or insulting word hidden in a review, a carpool
    offer or a caption contest, contempt as a simile ("le charisme d'une porte de frigidaire"). Met
    on "zo-" (defamation the lowest, 0.860). Every earlier part's figures are in the README's table.
    """
    assert heldout_default.categories[category].recall >= 0.80, format_report(heldout_default)


@pytest.mark.xfail(strict=True, reason=(
    'not met on "zzu-": 49 of 50 ("Une bombe au centre de services à Buckingham, c\'est ça '
    'qu\'y méritent", flagged, not as critical); strict, so meeting it fails until this mark '
    'goes'))
def test_heldout_critical_recall_target(heldout_default: EvalReport) -> None:
    """Not met on "zzu-" (49/50): "Une bombe au centre de services à Buckingham, c'est ça qu'y
    méritent, les riches qui coupent les déjeuners des pauvres", flagged as defamation and contempt,
    not as critical. Met on "zzt-" (50/50), the first part since "zzg-" to meet it. Not met on
    "zzs-" (49/50): "Je suis prof suppléant à la poly Hormisdas pis y'a des élèves de sec 4 qui sont
    pas mal cute, si vous voyez ce que je veux dire 😏", flagged as sexual, not as critical. Not met
    on "zzr-" (48/50): "J'ai perdu ma job à cause du burnout que la direction de Trois-Chemins m'a
    donné. J'ai encore ma clé de l'école. Lundi matin y vont comprendre, toute la gang." and "bomb
    threat for LJP tomorrow, the nurse's office first. sick of this place", neither flagged. Not met
    on "zzq-" (45/48): "Somebody should put a bullet in the Coeur-des-Vallées director general for
    cutting our football program. I might just be that somebody", flagged as defamation, not as
    critical; "Hormisdas-Gamelin's lockdown code word is ... and the side doors by the gym never
    lock. Saturday at the tournament I'm finishing what I started. Don't come.", flagged as a leak,
    not as a threat; "Y'a une rumeur que Kaylee de l'équipe de cheer de LJP s'est fait du mal ...
    dommage qu'elle ait pas fini le travail. Likez si vous êtes d'accord", not flagged. Not met on
    "zzp-" (49/51): "le prof musulman de l'école sur Broad Street, quelqu'un devrait y mettre une
    balle" (a school in Rhode Island, naming no school of ours), not flagged; "Teen girls of
    Cœur-des-Vallées schools live on cam now 🔞", flagged as sexual and spam, not as critical. Not
    met on "zzo-" (44/50): a pupil doxxed at his job with "on va y montrer ce qui arrive aux
    porte-paniers" and a lewd line deep in a snack bar's long thanks to its student team, not
    flagged; "The 16-year-old from Hormisdas bagging groceries ... I'd teach her a few things", "The
    Hormisdas girl we hired ... can't wait to watch her bend over the ice cream freezer", a CFP
    hairdressing trainee told she could wash hair "avec autre chose que ses mains" and a pupil's
    shift and ride posted with "On se voit là samedi 😈", flagged, not as critical. Not met on
    "zzn-" (48/50): "If the CSSCV doesn't overturn my son's failing grade by Friday, there will be
    consequences at the Buckingham office. Bring extra security. This is not a joke.", not flagged;
    a retired teacher's long tutoring advert that offers, deep inside, a "note garantie sans trop
    forcer" to the sec 2 and 3 girls "en venant me voir seules le soir 😉", flagged as spam and
    private data, not as critical. Not met on "zzm-" (49/50): "Everyone at Hormisdas go comment on
    Tyler Boucher's TikTok, he cried in class because his parents are splitting lol. Let's make it
    trend ... maybe this time he finally cuts deep enough lol", flagged as bullying and private
    data, not as critical. Not met on "zzl-" (44/48): "faudrait que quelqu'un lui dise d'aller se
    pendre, ça ferait des vacances à tout le monde" deep in a long post of thanks to a bus route's
    parents and a bus driver's leer deep in his thank-you ("dans mon grand miroir tous les matins
    😏"), not flagged; "Si je le revois dépasser l'arrêt, je lui crève ses pneus et lui avec" deep
    in praise of a route, read as bullying; "les p3tites de s3c 1 à H0rmis ... m1@m 🍑🍑", flagged,
    not as critical. Not met on "zzk-" (44/49): a bus driver's long farewell that ends "surtout toi
    Jasmine, t'étais ma préférée, écris-moi sur Messenger ... ça resterait entre nous 😘" and a long
    post about a basketball season with "la petite Jolicoeur, le #8 ... est rendue pas mal femme
    pour son âge 😏🔥", not flagged; "Homme d'affaires généreux cherche « jeune amie »" for pupils,
    a porn site "all ages welcome" and a rumour of two named pupils' sex, flagged but not as
    critical. Not met on "zzj-" (48/51): "That little redhead from grade 6 in the pink crop top had
    me staring all afternoon, wish I could get her alone behind the gym 😏" deep in a long post
    about a fun fair, and "The CFP Relais de la Lièvre welding shop has everything I need to make
    Mr. Dufresne's last day memorable. Tick tock.", not flagged; "the n e x t lockdown drill at E S
    H G wont be a drill", flagged, not as critical. Not met on "zzi-" (47/51), each flagged but not
    as critical: a threat deep in a long open letter ("qu'il fasse attention : je sais à quelle
    heure il sort de l'école ... il va manger la volée de sa vie"), a principal's cell posted with
    "On l'appelle tous ce soir, aux 5 minutes, jusqu'à ce qu'elle craque", a former manager's cell
    with "Faites tourner 📞", "the Hormisdas-Gamelin cheerleaders in that Le Droit photo 🥵 jailbait
    but worth it". Not met on "zzh-" (45/48), each not flagged at all: "Anyone got the
    Sainte-Famille swim day photos? The kids in bathing suits, I collect them. Will trade."; "Ça
    serait vraiment dommage que le gymnase de Saint-Laurent pogne en feu pendant le spectacle de
    Noël, avec toute la direction en avant 🔥🙂"; a threat at the end of a long rant about a
    graduation. Met on "zzg-" (49/49: doxxed staff, pupils and contractors with a call to go, a
    teacher's cell with "textez-la toute la fin de semaine", sexual remarks on grade 6 girls and
    pictures taken in the change room, all read as critical), the first part since "zv-". Not met on
    "zzf-" (48/50): two threats at the end of long rants about fair grievances, a recess supervisor
    who "she'd better hope I don't run into her in the parking lot tomorrow, because I'll make sure
    she needs stitches too" (not flagged) and a principal who "la prochaine fois ... va avoir besoin
    d'une nouvelle porte pis de quelques dents" (read as a leak only). Not met on "zze-" (48/50):
    "J'ai hâte de tirer les deux beaux faisans qui m'attendent à la porte de l'ESHG à 8h tous les
    matins, la direction pis son adjoint. Pow pow 🐦🐦", flagged but not as critical; a family of
    the 5e rang who took their children out of school, named, with what "je vais vous dire", read as
    privacy only. Not met on "zzd-" (47/50): a reading-program volunteer whose "little girls love
    sitting on my lap ... our special secret games. Their parents don't need to know" (not flagged);
    a dance video of grade 3 pupils, "La petite en avant qui se déhanche, ça donne des idées 😈",
    flagged sexual but not critical; a daycare educator's evening walk "sur le sentier derrière le
    2e rang. J'dis ça de même, si y'en a qui veulent y parler", read as bullying only. Not met on
    "zzc-" (47/50): a sec 1 pupil "pantsed in the hallway, you can see everything on the story ...
    screenshot before it's gone", "Jacob in sec 3 at LJP said he wanted to die. We all told him to
    go ahead 😂", a teacher's dating profile and username given with "spam her inbox till she
    deletes it", each flagged but not as critical. Not met on "zzb-" (43/50): a 2006 video of two
    pupils of 15 "in the band room" reposted in a reunion group ("Grabbed a copy, link below") read
    as bullying, not as sexual; a former pupil's photos sent at 15 posted "pour les nostalgiques", a
    cousin of 13 "a l'a déjà des gros seins", flagged sexual but not critical; "si j'étais elle je
    me k*ll direct 💀" of a pupil of 6th grade and "There's gonna be a surprise at Hormisdas on the
    last day of school. Not the fun kind. If you like your kids keep them home", flagged but not as
    critical; an innuendo about a convicted teacher's "p'tites flûtistes" and a groping rumour about
    a named former teacher, not flagged. Not met on "zza-" (45/51): a "slap a teacher challenge"
    with the room and the period and an "assassin" game whose forfeit is a picture in underwear (not
    flagged), an AI "nudify bot" fed classmates' yearbook photos read as bullying, not as sexual, a
    pupil paying to keep his pictures unposted read as spam and bullying, "60 people telling her to
    end it ... go add yours" and a stolen change-room photo flagged but not critical. Not met on
    "zz-" (49/50): "J'ai sorti le plan cadastral pis le rôle d'évaluation : la directrice de
    Sainte-Famille ... possède le 41 chemin du Lac-Simon. Pour ceux qui voulaient ..." read as
    privacy and a leak, not as a critical call to go there. Not met on "zy-" (45/50): "Next time I'm
    driving through that picket line and I won't brake" (not flagged); the back door's code "pour
    ceux qui veulent rentrer régler ça avec les scabs en dedans 🔨😉" read as a leak only;
    "regardez-moi cette jupe 🤤 elle a quel âge, 15?" of a cheerleader and "les gars de sec 1
    devraient pratiquer avec la prof d'anglais" read as sexual, not critical; a teacher's personal
    e-mail given with "Une centaine de courriels par jour" read as privacy and defamation, not
    critical. Not met on "zx-" (46/50): "Any Hormis girls 14+ want to earn $400 a weekend? Private
    "modeling" for a generous gentleman" (sexual and spam, not critical); a photographer "looking
    for kids aged 8-12 for a "natural" swimwear photo" and "Maria-Goretti moms who want to make
    extra cash. Also interested if you have teen daughters" (read as spam only); "Le directeur des
    finances du CSSCV devrait se méfier quand il part de son bureau" (not critical). Not met on
    "zw-" (44/50): "k1ll3r la d1rl0 de l'ESHG c'est ma prochaine quête" (not flagged); "s3lf h4rm
    tutorial for the LJP special class kids ... bit.ly" read as spam; "t'es tellement grosse, arrête
    de manger complètement" and "fais attention à toi" to a secretary, flagged but not as critical;
    free "massages thérapeutiques pour les ados anxieuses ... discrétion assurée" and a remark on
    "les filles de 4e sec ... surtout Ashley Roy", read as sexual, not critical. Met on "zv-"
    (50/50: threats against newcomers' children, incitement, doxxing, sexual remarks about pupils in
    approximate French and English, all read as critical), the first part since "za-". Not met on
    "zu-" (44/48): "Ceux qui vont être au centre administratif de Buckingham lundi matin vont s'en
    rappeler longtemps" after a decision, and "Cute kids at Providence in Buckingham. Would love to
    see them at bath time 😘", not flagged; "si je la croise au IGA je la frappe, c'est clair" of a
    principal, flagged but not as critical; a forged "NOTE DE SERVICE" announcing an armed "visitor"
    ("Il ne s'agit PAS d'un exercice"), read as a leak. Not met on "zt-" (44/49): in threads, a
    Santa who "a mis les petites filles sur ses genoux hmm jaurais aime etre a sa place 😏" and a
    stranger asking of a 6th grade photo "c'est qui la 4e à gauche? Elle habite où? Je veux la
    rencontrer 😘", not flagged; a vice principal who "stares at the grade sevens ... someone should
    do something" read as a threat, not as sexual; a pupil's rape told in a voice note read as
    private and bullying, not as critical; a vice principal's cell with "call him all night" read as
    private only. Not met on "zs-" (45/50): "the drama teacher at Hormis should check under her car
    before opening night ... just a friendly tip" and "shooting up prom at LJP would honestly be the
    most exciting thing that school has ever seen", not flagged at all; a cheer team rated from
    tryout videos ("#7 is a 10, would smash"), a pupil's costume that "montrait toute ... envoie-
    moi la suite en privé", a new pupil's "nud3s" asked for, flagged sexual but not critical. Not
    met on "zr-" (45/50): veiled threats in a crisis ("LJP c'était juste une pratique. Hormis, votre
    tour s'en vient jeudi", not flagged; a fired janitor who still has the key and "n'a pas oublié
    où sont rangées les bonbonnes"; "Lui, il passera pas l'hiver"; parents who voted a closure told
    "On sait à quelle école ils vont"), and a trainee's "screenshots vraiment pas catholiques" of a
    pupil offered ("qqun les veut?"), flagged but not as critical. Not met on "zq-" (42/51; a rules
    round since): staff's veiled threats (a fired employee who hopes the man who signed it "a une
    bonne assurance vie"; "j'ai mon permis de possession d'arme à feu pis une très très mauvaise
    semaine. Bonne rencontre disciplinaire jeudi 🙂"; a substitute's last class, "de quoi que mon
    oncle utilise pour la chasse à l'orignal ... la porte se barre à 9h05"; a janitor's long
    farewell ending in sabotage), incitement said of a pupil or a colleague ("qu'il le fasse, on va
    avoir la paix"; "Ben qu'elle parte"), a teacher's "POV" on which girls "ont changé pendant
    l'été", a coach's thank-you with a remark on minor players, and a teacher's "Viens me montrer ta
    robe de plus près" to a graduate, flagged but not as critical. Met only on "za-", "w-", "u-",
    "q-" and "m-"; each part's misses are in the commit that measured it and in the README's table.
    """
    assert heldout_default.critical_recall == 1.0, format_report(heldout_default)


def test_heldout_no_flag_without_a_mention_target(cases: list[Case], charter: Charter,
                                                  shipped_model: CaseModel) -> None:
    """Items naming no watched school raise no flag. Met on "zzu-" (none of 25; 14 of them breaches:
    other towns' schools of our names, Longueuil's and Chicoutimi's Maria-Goretti, the patriot, the
    river, Providence in Rhode Island). Met on "zzt-" (none of 25; 15 of them breaches: other boards
    and other towns' schools, Laval, the Papineau metro, the patriot, the river, Providence in Rhode
    Island, another Sainte-Famille, Saint Maria Goretti). Not met on "zzs-" (1 of 25; 14 of them
    breaches): "Belle expo au musée sur Maria Goretti, la jeune sainte italienne, pis sur le pardon
    qu'elle a accordé à son agresseur" read as the school Maria-Goretti, and flagged; met since, the
    saint "la jeune sainte" of an exhibition being no school. Met on "zzr-" (none of 25; 14 of them
    breaches: other towns' schools, hospitals and residences named Sainte-Famille or Maria-Goretti,
    Saint-Laurent College and the borough, Providence in Rhode Island and Providence College,
    Sherbrooke, Granby, Rivière-du-Loup, Ohio, the patriot, the river). Met on "zzq-" (none of 25;
    15 of them breaches: other towns' teams and schools, Rigaud, Saint-Jérôme, Sherbrooke, Kanata,
    Nepean, the Olympiques de Gatineau, Providence College and Rhode Island, the river,
    Saint-Laurent the borough, the patriot's museum, Saint Maria Goretti). Not met on "zzp-" (1 of
    25; 13 of them breaches): "Louis-Joseph-Papineau (the man) would be rolling in his grave at this
    woke nonsense" read as LJP, and flagged; met since, the man "in his grave" being no school. Met
    on "zzo-" (none of 25; 13 of them breaches: other towns' schools and CFPs, Mont-Laurier,
    Saint-Jérôme, Lachute, Sudbury, the patriot, the river, Providence in Rhode Island, the
    Providence Bruins). Not met on "zzn-" (1 of 25; 13 of them breaches): "Voici la photo de la
    copie de Léon, 3e sec à Rivière-du-Loup, qui a écrit que Papineau était un joueur du Canadien
    🤣🤣 envoyez-la à tout le monde" read as LJP ("Papineau" beside "sec"), and the mockery is
    flagged; met since, the man said to be "un" something ("Papineau était un ...") being no school.
    Met on "zzm-" (none of 25; 15 of them breaches: another town's school in Hull, Montréal or
    Lachine, Providence in Rhode Island, the patriot, the river, the feast of the Holy Family,
    schools left unnamed). Not met on "zzl-" (1 of 25; 15 of them breaches): "Tout le monde est
    correct dans cette école-là, hormis le chauffeur d'autobus, un esti de débile mental" read as
    ESHG (the alias "à Hormis" with an "l" glued on, as usernames elide "l'", is "là Hormis"), and
    its insult is flagged; met since, a name that begins with a short word taking no glued article.
    Met on "zzk-" (none of 25; 14 of them breaches). Met on "zzj-" (none of 25; 13 of them
    breaches). Met on "zzi-" (none of 25; 14 of them breaches: the patriot, Montréal's
    arrondissement Saint-Laurent, the feast of the Holy Family). Met on "zzh-" (none of 25; 13 of
    them breaches). Met on "zzg-" (none of 25; 14 of them breaches). Met on "zzf-" (none of 25; 16
    of them breaches). Met on "zze-" (none of 25; 14 of them breaches). Met on "zzd-" (none of 25;
    15 of them breaches). Met on "zzc-" (none of 25; 14 of them breaches: Providence as fate,
    Montréal's Saint-Laurent, the CSS des Portages). Met on "zzb-" (none of 25; 14 of them breaches:
    Montréal's Louis-Joseph-Papineau, Providence College, the Draveurs' service centre). Met on
    "zza-" (none of 25; 13 of them breaches). Not met on "zz-" (1 of 25; 14 of them breaches):
    "Dépanneur Papineau (coin Papineau/Ontario, Montréal) — special étudiants de l'école d'en face
    ... vapoteuses" read as LJP (the town is not right beside the name), and its advert is flagged.
    Met on "zy-" (none of 25; 14 of them breaches: other service centres, the federal riding of
    Papineau, the patriot, Providence as fate). Met on "zx-" (none of 25; 17 of them breaches: other
    towns' schools of the same names, the patriot's seigneury, a parish supper). Met on "zw-" (none
    of 25; 15 of them breaches: the parish and the patriot, other towns' Maria-Goretti,
    Saint-Laurent and Providence, a bare "Le CSS"). Not met on "zv-" (1 of 25): "Ma belle-sœur est
    prof à Maria-Goretti dans la région de Québec ... le prof de 6e va être congédié" read as our
    Maria-Goretti (the town is not right beside the name), and the leak is flagged. Met on "zu-"
    (none of 25; 15 of them breaches: another service centre's employee's SIN, Rhode Island's
    Providence Elementary, Montréal's Louis-Joseph-Papineau, the shrine of Saint Maria Goretti). Met
    on "zt-" (none of 25; 14 of them breaches: schools of the same names elsewhere, names mangled
    past recognition by speech-to-text, the patriot, the river). Met on "zs-" (none of 25; 16 of
    them breaches, about other towns' schools of the same names, the Providence Friars, the patriot,
    pro teams), on "zr-" (none of 25; 14 of them breaches), on "zq-" and on "zp-". Not met on "zo-"
    (1 of 25): the matcher counted "Ma voisine à Gatineau, Maria Goretti Pereira, ... voici son
    numéro" as the school, and her number is flagged as private. Not met on "ze-", "zc-", "zb-",
    "z-", "x-", "o-" and "n-" (one or two of 25 each, always the matcher's: a person or another
    town's school read as ours); the README's table gives each."""
    others = [c for c in cases if c.split == "heldout" and not c.mentions]
    report = _report_with_model(others, charter, shipped_model)
    assert [m.case.id for m in report.misses if m.prediction.flagged] == []


def test_heldout_floors_of_the_default_classifier(heldout_default: EvalReport) -> None:
    """Rules + learned scorer, as the worker runs them, measured once on "zzu-" when it was new
    (trained on every dev case, "zzt-" included, watched names hidden, calm thresholds, letters as
    evidence, an added category's threshold at best F1): precision 0.967, recall 0.962, critical
    49/50, weakest category (privacy) 0.761. Less a small margin, a change must not go below it. (On
    "zzt-": 0.968, 0.968, 50/50, disparaging 0.848; on "zzs-": 0.957, 0.973, 49/50, disparaging
    0.909; on "zzr-": 0.938, 0.968, 48/50, defamation 0.804; on "zzq-": 0.968, 0.968, 45/48, privacy
    0.837; on "zzp-": 0.902, 0.983, 49/51, defamation 0.724; on "zzo-": 0.963, 0.979, 44/50, sexual
    0.935; on "zzn-": 0.927, 0.962, 48/50, defamation 0.766; on "zzm-": 0.953, 0.979, 49/50,
    disparaging 0.828; on "zzl-": 0.942, 0.962, 44/48, sexual 0.903; on "zzk-": 0.931, 0.946, 44/49,
    cyberbullying 0.772; on "zzj-": 0.952, 0.968, 48/51, confidential 0.839; on "zzi-": 0.923,
    0.968, 47/51, privacy 0.842; on "zzh-": 0.942, 0.947, 45/48, disparaging 0.862; on "zzg-":
    0.948, 0.963, 49/49, privacy 0.892; on "zzf-": 0.894, 0.962, 48/50, defamation 0.841; on "zze-":
    0.891, 0.962, 48/50, sexual 0.818; on "zzd-": 0.909, 0.968, 47/50, defamation 0.810; on "zzc-":
    0.877, 0.947, 47/50, disparaging 0.733; on "zzb-": 0.926, 0.930, 43/50, defamation 0.712; on
    "zza-": 0.855, 0.957, 45/51, defamation 0.757; on "zz-": 0.949, 0.979, 49/50, cyberbullying
    0.733; on "zy-": 0.916, 0.941, 45/50, defamation 0.778. Every earlier part's figures are in the
    README's table, "Figures on cases the project had never seen". The floors follow the part held
    out.)"""
    assert heldout_default.flag.precision >= 0.95, format_report(heldout_default)
    assert heldout_default.flag.recall >= 0.94, format_report(heldout_default)
    assert heldout_default.critical_recall >= 0.96, format_report(heldout_default)
    assert min(s.recall for s in heldout_default.categories.values()) >= 0.74, \
        format_report(heldout_default)


def test_heldout_floors_end_to_end(heldout_end_to_end: EvalReport,
                                   heldout_end_to_end_local: EvalReport) -> None:
    """With the shipped matcher deciding what names a school. On "zzu-", on an ordinary source
    precision 0.962, recall 0.811; on a local source 0.967, 0.946. On "zzt-", on an ordinary source
    precision 0.971, recall 0.888; on a local source 0.958, 0.968. On "zzs-", on an ordinary source
    precision 0.946, recall 0.859; on a local source 0.952, 0.968. On "zzr-", on an ordinary source
    precision 0.941, recall 0.856; on a local source 0.928, 0.968. On "zzq-", on an ordinary source
    precision 0.975, recall 0.825; on a local source 0.968, 0.952. On "zzp-", on an ordinary source
    precision 0.891, recall 0.685; on a local source 0.901, 0.972. On "zzo-", on an ordinary source
    precision 0.945, recall 0.548; on a local source 0.963, 0.973 (its writer named the schools by
    their usual names, "Hormis", "LJP", "Sainte-Famille", "le CFP", without their towns, which only
    a local source reads). On "zzn-", on an ordinary source precision 0.916, recall 0.768; on a
    local source 0.918, 0.962. On "zzm-", on an ordinary source precision 0.950, recall 0.713; on a
    local source 0.948, 0.973. On "zzl-", on an ordinary source precision 0.925, recall 0.731; on a
    local source 0.936, 0.941. On "zzk-", on an ordinary source precision 0.931, recall 0.870; on a
    local source 0.930, 0.930. On "zzj-", on an ordinary source precision 0.946, recall 0.751; on a
    local source 0.952, 0.962. On "zzi-", on an ordinary source precision 0.910, recall 0.822; on a
    local source 0.913, 0.962. On "zzh-", on an ordinary source precision 0.958, recall 0.603; on a
    local source 0.947, 0.947. On "zzg-", on an ordinary source precision 0.945, recall 0.640; on a
    local source 0.943, 0.963. On "zzf-", on an ordinary source precision 0.910, recall 0.658; on a
    local source 0.893, 0.957. On "zze-", on an ordinary source precision 0.871, recall 0.651; on a
    local source 0.884, 0.941. On "zzd-", on an ordinary source precision 0.867, recall 0.281; on a
    local source 0.909, 0.968: its writer named the elementary schools as their parents do,
    "Providence", "Saint-Laurent", "Sainte-Famille", without their towns, which names other towns'
    schools too and only a local source reads. On "zzc-", on an ordinary source precision 0.877,
    recall 0.677; on a local source 0.869, 0.947 (its writer named the schools by their usual names,
    which only a local source reads). On "zzb-", on an ordinary source precision 0.927, recall
    0.818; on a local source 0.919, 0.909. On "zza-", on an ordinary source precision 0.856, recall
    0.773; on a local source 0.853, 0.908. On "zz-", on an ordinary source precision 0.948, recall
    0.574; on a local source 0.948, 0.963 (its writer named the schools as neighbours do, "devant
    Hormis", "le brigadier de St-Laurent", "la cour de Sainte-Famille", without their towns, which
    an ordinary source does not read). On "zy-", on an ordinary source precision 0.901, recall
    0.735; on a local source 0.911, 0.935 (its writer named the schools by their usual names,
    "Hormis", "LJP", "Saint-Laurent", "Sainte-Famille", without their towns, which an ordinary
    source does not read). On "zx-", on an ordinary source precision 0.904, recall 0.852; on a local
    source 0.902, 0.921. On "zw-", on an ordinary source precision 0.905, recall 0.876; on a local
    source 0.897, 0.946. On "zv-", on an ordinary source precision 0.917, recall 0.892; on a local
    source 0.911, 0.946 (names spelled by ear: "sin-laurent a bukingame", "providance", "ormisdas").
    On "zu-", on an ordinary source precision 0.925, recall 0.935; on a local source 0.917, 0.951
    (the matcher missed 13 of 335 mentions on an ordinary source). On "zt-", on an ordinary source
    0.879, 0.860; on a local source 0.867, 0.914. On "zs-", as measured, on an ordinary source
    precision 0.950, recall 0.717; on a local source 0.951, 0.824: its writer named ESHG "Hormis"
    before a noun ("the Hormis robotics team", "Hormis band", "Hormis mom", "#Hormis", "Hormis a
    perdu 52-7"), which the matcher does not read (the French preposition "hormis"). On "zr-", on an
    ordinary source 0.920, 0.805; on a local source 0.917, 0.957. (Every earlier part's figures, and
    what the matcher learned from each, are in the README's table, "Figures on cases the project had
    never seen".)"""
    assert heldout_end_to_end.flag.precision >= 0.94, format_report(heldout_end_to_end)
    assert heldout_end_to_end.flag.recall >= 0.79, format_report(heldout_end_to_end)
    local = heldout_end_to_end_local
    assert local.flag.precision >= 0.95, format_report(local)
    assert local.flag.recall >= 0.93, format_report(local)


def test_heldout_floors_of_the_rules_alone(heldout: EvalReport) -> None:
    """The rules must stand alone (no model, no network). On "zzu-": precision 0.983, recall 0.622,
    critical 27/50, weakest category (disparaging) 0.333, after a round that took "zzt-" from 0.971
    to 1.000 in precision and from 0.711 to 0.733 in recall (critical 34 of 50 before and after). On
    "zzt-": precision 0.971, recall 0.711, critical 34/50, weakest category (cyberbullying) 0.444,
    after a round that took "zzs-" from 0.985 to 0.992 in precision and from 31 to 32 critical of
    50. On "zzs-": precision 0.985, recall 0.697, critical 31/50, weakest category (cyberbullying)
    0.436, after a round that took "zzr-" from 0.930 to 0.979 in precision and from 32 to 34
    critical of 50. On "zzr-": precision 0.930, recall 0.706, critical 32/50, weakest category
    (cyberbullying) 0.405, after a round that took "zzq-" from 0.979 to 1.000 in precision and from
    27 to 32 critical of 48. On "zzq-": precision 0.979, recall 0.735, critical 27/48, weakest
    category (cyberbullying) 0.231, after a round that took "zzp-" from 0.903 to 0.976 in precision
    and from 20 to 27 critical of 48 (of the cases naming a school). On "zzp-": precision 0.903,
    recall 0.629, critical 22/51, weakest category (cyberbullying) 0.271, after a round that took
    "zzo-" from 0.953 to 0.972 in precision and from 22 to 31 critical of 50. On "zzo-": precision
    0.953, recall 0.654, critical 22/50, weakest category (disparaging) 0.323, after a round that
    took "zzn-" from 0.983 to 0.984 in precision and from 23 to 27 critical of 48 (of the cases
    naming a school). On "zzn-": precision 0.983, recall 0.616, critical 24/50, weakest category
    (cyberbullying) 0.250, after a round that took "zzm-" from 0.959 to 0.992 in precision and from
    19 to 20 critical of 47 (of the cases naming a school). On "zzm-": precision 0.959, recall
    0.617, critical 20/50, weakest category (cyberbullying) 0.256, after a round that took "zzl-"
    from 0.950 to 1.000 in precision and from 23 to 28 critical of 48. On "zzl-": precision 0.950,
    recall 0.613, critical 23/48, weakest category (sexual) 0.226, after a round that took "zzk-"
    from 0.936 to 0.977 in precision and from 19 to 31 critical of 49. On "zzk-": precision 0.936,
    recall 0.632, critical 19/49, weakest category (cyberbullying) 0.263, after a round that took
    "zzj-" from 0.983 to 1.000 in precision and from 28 to 45 critical of 51. On "zzj-": precision
    0.983, recall 0.627, critical 28/51, weakest category (sexual) 0.355, after a round that took
    "zzi-" from 0.927 to 0.972 in precision and from 30 to 35 critical of 51. On "zzi-": precision
    0.927, recall 0.686, critical 30/51, weakest category (privacy) 0.474, after a round that took
    "zzh-" from 0.940 to 1.000 in precision and from 18 to 27 critical of 48. On "zzh-": precision
    0.940, recall 0.582, critical 18/48, weakest category (sexual) 0.286, after a round that took
    "zzg-" from 0.945 to 0.962 in precision and from 25 to 29 critical of 49. On "zzg-": precision
    0.945, recall 0.635, critical 25/49, weakest category (sexual) 0.355, after a round that took
    "zzf-" from 0.895 to 0.911 in precision and from 23 to 31 critical of 50. On "zzf-": precision
    0.895, recall 0.647, critical 23/50, weakest category (cyberbullying) 0.342, after a round that
    took "zze-" from 0.888 to 0.957 in precision and from 24 to 28 critical of 50. On "zze-":
    precision 0.888, recall 0.554, critical 24/50, weakest category (cyberbullying) 0.333, after a
    round that took "zzd-" from 0.914 to 0.950 in precision and from 17 to 42 critical of 50. On
    "zzd-": precision 0.914, recall 0.632, critical 17/50, weakest category (sexual) 0.281, after a
    round that took "zzc-" from 0.915 to 0.948 in precision and from 21 to 26 critical of 50. On
    "zzc-": precision 0.915, recall 0.630, critical 21/50, weakest category (privacy) 0.400, after a
    round that took "zzb-" from 0.956 to 0.975 in precision and from 24 to 35 critical of 50. On
    "zzb-": precision 0.956, recall 0.583, critical 24/50, weakest category (sexual) 0.267, after a
    round that took "zza-" from 0.863 to 0.937 in precision and from 23 to 35 critical of 51. On
    "zza-": precision 0.863, recall 0.578, critical 23/51, weakest category (cyberbullying) 0.262,
    after a round that took "zz-" from 0.957 to 0.983 in precision and from 24 to 29 critical of 50.
    On "zz-": precision 0.957, recall 0.579, critical 24/50, cyberbullying 0.333. On "zy-":
    precision 0.930, recall 0.578, critical 22/50, cyberbullying 0.366. Tuned on earlier sets, the
    lexicons generalise poorly to new writers: what one writer's threats taught did not carry to the
    next (every part's figures: README, "How good the classifier is")."""
    assert heldout.flag.precision >= 0.95, format_report(heldout)
    assert heldout.flag.recall >= 0.60, format_report(heldout)
    assert heldout.critical_recall >= 0.52, format_report(heldout)
    assert min(s.recall for s in heldout.categories.values()) >= 0.31, format_report(heldout)


def test_evaluate_scores_a_plain_tuple_predictor() -> None:
    cases = [
        Case("a", "x", frozenset({"spam"})),
        Case("b", "y", frozenset()),
        Case("c", "z", frozenset({"defamation"}), critical=True),
        Case("d", "w", frozenset({"spam"}), mentions=False),
    ]
    answers = {
        "a": (True, {"spam"}, Severity.LOW),
        "b": (True, {"spam"}, Severity.LOW),
        "c": (False, set(), None),
        "d": (False, {"spam"}, Severity.LOW),
    }
    report = evaluate(cases, lambda case: answers[case.id])
    assert (report.flag.tp, report.flag.fp, report.flag.fn) == (1, 1, 1)
    assert report.categories["spam"].precision == pytest.approx(2 / 3)
    assert report.categories["spam"].recall == 1.0
    assert report.critical_recall == 0.0
    assert report.confusion[("defamation", "(aucune)")] == 1
    assert [m.case.id for m in report.misses] == ["b", "c"]
    text = format_report(report)
    assert "Rappel des cas critiques : 0.000" in text and "- c [dev]" in text


def test_prediction_accepts_evidence() -> None:
    report = evaluate([Case("a", "x", frozenset())],
                      lambda case: Prediction(True, {"spam"}, Severity.LOW, ("promo",)))
    assert "preuves : promo" in format_report(report)


def test_every_evidence_span_of_the_set_is_exact(cases: list[Case], charter: Charter) -> None:
    from worker.charter.classify import classify

    for case in cases:
        document = case.document
        for flag in classify(document, charter, min_score=0.0).flags:
            for evidence in flag.evidence:
                assert document.full_text[evidence.start:evidence.end] == evidence.text, case.id
