"""What the text says about a clue, not only the clue: a threat told to the police, an insult
denied or rebutted around it, a decision already announced, a lure with no role word; a
school office's contacts, speech a parent reports, a meme's punchline, contempt for a
decision said with respect; and what must still be read: SMS spellings of a bomb threat, a
title spelled letter by letter, a denial that trails off into a hint.

Written here, never taken from a labelled set; each family has look-alikes that must stay
flagged beside those that must not.
"""

from __future__ import annotations

import pytest

from worker.charter.categories import Severity
from worker.charter.classify import classify
from worker.charter.context import NARRATED_NOTE, Context
from worker.charter.lexicon import (
    CategoryFile,
    Charter,
    ContextFile,
    GroupSpec,
    build_charter,
)
from worker.charter.model import Document
from worker.charter.rules import RuleScorer
from worker.charter.surface import build_surface


def _verdict(charter: Charter, text: str, kind: str = "post") -> tuple[set[str], bool]:
    verdict = classify(Document(text, kind=kind), charter)
    return {f.category for f in verdict.flags}, verdict.severity is Severity.CRITICAL


# --- 1. A threat reported to the authorities is told, not made --------------------------

@pytest.mark.parametrize("text", [
    "Un parent a signalé à la police qu'un élève menaçait de « faire un Polytechnique » à "
    "l'ESHG.",
    "The school called police after a student threatened to shoot up ESHG.",
    "Ma fille a reçu un message qui disait qu'un gars allait « faire un Polytechnique » à "
    "l'ESLJP. On a appelé la police tout de suite.",
    "Un élève de sec 3 a menacé de poser une bombe à la poly Hormisdas, la direction a "
    "porté plainte.",
    "Police were called to ESLJP after a kid was threatening to bring a gun to school.",
    "Police in Buckingham say a bomb threat phoned in to ESHG on Thursday was a hoax.",
])
def test_a_threat_reported_to_the_authorities_is_no_threat(charter: Charter,
                                                          text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Je vais faire un Polytechnique à l'ESHG demain, appelez la police si vous voulez.",
    "J'ai déjà été arrêté, je m'en fous, je vais faire un Polytechnique à l'ESHG demain.",
    "Tu m'as signalé à la police, je vais te tuer à la sortie de l'ESHG.",
    "Call the police, I don't care. I'm gonna shoot up ESHG tomorrow.",
    "You reported me to the school? You're dead, I'll shoot you after class.",
    "Si la concierge de l'ESHG me dénonce encore à la police, je vais la tuer.",
    "Elle a appelé la police sur moi, la prof de l'ESHG. Je vais la tuer demain.",
    "Someone should stab that vice principal at ESLJP, the school called police on me "
    "last year.",
    "Vendredi, alerte à la bombe à l'ESHG, je vous avertis d'avance. La suite sera moins "
    "gentille.",
])
def test_a_threat_made_beside_the_police_stays_a_critical_threat(charter: Charter,
                                                                text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


def test_a_told_threat_says_why_it_was_discounted(charter: Charter) -> None:
    flags = RuleScorer(charter).score(Document(
        "The school called police after a student threatened to shoot up ESHG.", kind="post"))
    threat = next(f for f in flags if f.category == "defamation")
    assert threat.score < 0.5 and NARRATED_NOTE in threat.reasons


def test_only_threats_are_discounted_when_told(charter: Charter) -> None:
    # An arrest is told as a fact too; the student named beside it is still exposed.
    categories, _ = _verdict(
        charter, "Le fils de la directrice de l'École Providence a été arrêté par la police "
                 "samedi, son nom c'est Olivier Brazeau.")
    assert "privacy" in categories


# --- 2. Denials and rebuttals after or around the term ----------------------------------

@pytest.mark.parametrize("text", [
    "Nobody is calling the teachers at ESHG idiots. We're saying the schedule was rushed.",
    "Personne dit que les profs sont des caves, on demande juste des réponses.",
    "On entend que la directrice est incompétente. C'est faux.",
    "Il paraît que le prof de maths est un incompétent. C'est complètement faux, il est "
    "excellent.",
    "Dire que « les profs de l'ESHG sont des paresseux » c'est juste faux.",
    "I keep hearing the principal is a moron. That's not true, she's been great.",
    "Je dirai pas que le CSSCV est une gang de clowns, parce que c'est pas vrai.",
    "Je ne dirais jamais que la direction est incompétente; ils ont mal communiqué.",
])
def test_a_denied_or_rebutted_insult_is_no_insult(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    # A rebuttal of something else: the insult before it is said outright.
    ("La directrice de l'ESHG est incompétente. C'est faux qu'elle fait son travail.",
     "disparaging"),
    ("Le prof de maths est un cave. Il dit qu'il corrige vite, c'est faux.", "defamation"),
    # Hearsay with no rebuttal is repeated, not denied.
    ("On entend que la directrice est une conne finie, pis c'est ben vrai.", "defamation"),
    # "ça paraît tout seul": saying it by not saying it.
    ("je dirai pas que les profs de l'ESLJP sont des épais. pas besoin, ça paraît tout seul",
     "defamation"),
    # What follows "mais" is meant.
    ("Personne dit que c'est facile, mais la prof de français est une idiote.", "defamation"),
])
def test_an_insult_said_outright_stays_flagged(charter: Charter, text: str,
                                               category: str) -> None:
    categories, _ = _verdict(charter, text)
    assert category in categories


def test_a_rebuttal_reaches_the_next_sentence_only() -> None:
    surface = build_surface("On entend ça. La prof est nulle. Bon. Ok. C'est faux.")
    context = Context(surface)
    context.add("rebuttal", surface.token_count - 1)
    nulle = 7  # "on entend ça . la prof est nulle"
    assert not context.after("rebuttal", nulle, 12, sentences=1)
    assert context.after("rebuttal", nulle, 12, sentences=3)
    assert not context.after("rebuttal", nulle, 2, sentences=3)


# --- 3. An announcement is public, not a leak --------------------------------------------

@pytest.mark.parametrize("text", [
    "Le CSSCV a annoncé mardi des mises à pied : 12 postes abolis au centre administratif.",
    "The CSSCV announced layoffs today: 12 positions to be cut at head office.",
    "Le CSSCV a annoncé un gel d'embauche et des coupures de postes dans un communiqué.",
    "It's official: the board voted to close École Providence. The school is closing the "
    "school year early and plans to close in June.",
    "Communiqué du CSSCV : le directeur de l'ESHG et deux enseignants seront mis en "
    "disponibilité, et l'école va fermer en juin.",
])
def test_an_announced_decision_is_not_a_leak(charter: Charter, text: str) -> None:
    assert "confidential" not in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Pas encore annoncé mais l'école Saint-Laurent va fermer en juin, ma chum travaille au "
    "CSSCV.",
    "Ma chum au CSSCV dit qu'il va y avoir un gel d'embauche et des coupures de postes, "
    "c'est pas encore public.",
    "The CSSCV has not announced it yet but layoffs are coming: 12 positions to be cut. "
    "Keep it quiet.",
    "Staff at ESLJP were told 3 of them are being laid off in June. Not public yet, admin "
    "asked everyone to keep it quiet.",
])
def test_an_unannounced_decision_stays_a_leak(charter: Charter, text: str) -> None:
    assert "confidential" in _verdict(charter, text)[0]


def test_an_announced_decision_says_why_it_was_set_aside(charter: Charter) -> None:
    flags = RuleScorer(charter).score(
        Document("Le CSSCV a annoncé mardi des mises à pied.", kind="post"))
    flag = next(f for f in flags if f.category == "confidential")
    assert flag.score == 0.0 and "annoncée publiquement" in flag.reasons[0]


def _decisions(spares_role: bool) -> Charter:
    group = GroupSpec(name="décisions", reason="décision non annoncée", weight=0.6,
                      unless=["announced"], unless_spares_role=spares_role,
                      terms=["mises à pied"])
    context = ContextFile(markers={"announced": ["a annoncé"], "role": ["le directeur"],
                                   "negation": ["pas"]})
    return build_charter([CategoryFile(category="confidential", groups=[group])], context)


@pytest.mark.parametrize(("text", "spares_role", "flagged"), [
    ("Le CSSCV a annoncé des mises à pied.", True, False),
    ("Le CSSCV a pas annoncé ça. Le plan: mises à pied.", False, True),  # negated
    ("Le CSSCV a annoncé que le directeur et deux profs: mises à pied.", False, False),
    ("Le CSSCV a annoncé que le directeur et deux profs: mises à pied.", True, True),
])
def test_an_unless_marker_sets_a_term_aside_unless_negated_or_a_role_is_spared(
    text: str, spares_role: bool, flagged: bool
) -> None:
    assert classify(Document(text, kind="post"), _decisions(spares_role)).flagged \
        is flagged


# --- 4. A lure with no role word ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "how old are you? dont tell your parents we're talking ok, I can pick you up after "
    "school",
    "t'as quel âge? dis-le pas à tes parents, je peux venir te chercher après l'école",
    "what grade are you in? delete our messages after ok, don't tell your mom",
])
def test_a_lure_with_no_role_word_is_critical_sexual(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"sexual"}, True)


@pytest.mark.parametrize("text", [
    "t'as quel âge pour niaiser de même sur la page de l'ESHG?",
    "Mon char est au garage, quelqu'un peut aller chercher mon gars à l'école? Je peux venir "
    "te chercher demain si tu veux, Julie!",
    "Surprise party for Mme Roy at ESHG friday, don't tell your parents lol they'll spill it",
    "How old are you, 12? Grow up and stop spamming the ESHG page.",
])
def test_an_age_question_a_lift_or_a_surprise_alone_is_no_lure(charter: Charter,
                                                               text: str) -> None:
    assert "sexual" not in _verdict(charter, text)[0]


# --- 5. A school's or the service centre's office: its contacts are public ---------------

@pytest.mark.parametrize("text", [
    "Pour les inscriptions, appelez le secrétariat de l'ESHG au 819 555-0142 ou écrivez à "
    "eshg@csscv.qc.ca.",
    "Pour joindre le Centre de services scolaire : 123, rue Principale, Buckingham. "
    "Téléphone : 819 555-0100.",
    "Le secrétariat de l'ESLJP c'est le 819 555-0142, pas le cell de la directrice. "
    "Appelez au bureau.",
    "Heures d'ouverture du secrétariat de l'ESHG : du lundi au vendredi, 819 555-0142.",
    "For registration, call the school office at ESHG: 819 555-0142.",
    # The organisation's own domain: a staff member's work address is how parents reach her.
    "Écrivez à la prof de maths de l'ESHG : m.roy@csscv.qc.ca, elle répond vite.",
])
def test_an_office_contact_is_public(charter: Charter, text: str) -> None:
    assert "privacy" not in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    # A personal line after the office word, or said to be one after the number.
    "Pour rejoindre M. Tessier en dehors des heures de l'ESHG : 819 555-2210 (c'est sa "
    "ligne à la maison).",
    "Le secrétariat répond jamais, alors voici le cell de la directrice de l'ESHG : "
    "819 555-2210.",
    "Appelez pas le secrétariat, textez-la direct au 819 555-2210, la prof de 5e à l'ESHG.",
    "La secrétaire de l'ESHG habite au 45, rue des Pins, Buckingham. Son cell : "
    "819 555-2210.",
    "Le prof de maths de l'ESHG, son gmail perso c'est m.roy1975@gmail.com, écrivez-lui.",
])
def test_a_personal_contact_beside_an_office_stays_private(charter: Charter,
                                                          text: str) -> None:
    assert "privacy" in _verdict(charter, text)[0]


# --- 6. Reported speech: a parent telling what was said, an insult named as an act ------

@pytest.mark.parametrize("text", [
    "Ma fille est revenue de l'ESHG en disant qu'un gars avait crié « je vais vous tuer » "
    "dans la cour. La direction a bien géré.",
    "J'ai lu un commentaire qui traitait le prof de ma fille de « cave ». Il est super, ce "
    "prof-là.",
    "Je dis pas que l'ESHG est parfaite, mais traiter la prof de menteuse sur Facebook, ça "
    "règle rien.",
    "Franchement, traiter les profs de l'ESHG de « paresseux », c'est injuste.",
    "Les parents qui se plaignent que les profs de l'ESHG sont des incompétents, venez "
    "passer une journée en classe.",
])
def test_reported_speech_is_no_breach(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "critical"), [
    ("Je vais tous vous tuer à l'ESHG demain.", True),
    ("Je vais crier « je vais tous vous tuer » dans l'autobus de l'ESHG demain, pis je "
     "vais le faire.", True),
    ("Le prof de l'ESHG nous traitait de caves, ben c'est lui le cave.", False),
    ("Je sais que c'est pas correct, mais la prof de l'ESHG est une menteuse.", False),
    # An insult named without quotes is said: "traiter" discounts only a quoted one.
    ("Je vais traiter la prof de l'ESHG de menteuse devant tout le monde.", False),
])
def test_what_the_writer_says_stays_flagged(charter: Charter, text: str,
                                            critical: bool) -> None:
    categories, is_critical = _verdict(charter, text)
    assert "defamation" in categories and is_critical is critical


# --- 7. A meme's punchline is no threat; a dated or earnest one is ----------------------

@pytest.mark.parametrize("text", [
    "moi quand la prof de l'ESHG annonce un exam surprise: « je vais la tuer » 😂😂 "
    "(je l'adore)",
    "Quand le prof de chimie à l'ESLJP dit « petit quiz facile » 🔫 nous autres: 💀💀",
    "POV: la directrice de l'ESHG annonce pas de bal 🔫 lol",
])
def test_a_meme_threat_is_a_joke(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "moi quand je rentre à l'ESHG lundi 8h15 🔫🔫 😂 vous êtes avertis",
    "POV: t'es à l'ESLJP quand j'arrive avec le 🔫 😂 pas une joke",
    "lol l'ESHG va comprendre bientôt c'est quoi avoir peur 💀🔫",
    "💣💣 ESHG vendredi 10h 😂",
    "Quand le prof de l'ESHG dit « retenue » je vais le tuer pour vrai, not joking 💀",
])
def test_a_threat_with_a_laugh_but_no_meme_or_in_earnest_stays_critical(
        charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


# --- 8. Contempt for a decision, respect for the people ---------------------------------

@pytest.mark.parametrize("text", [
    "C'est de la marde, cette décision-là du CSSCV de fermer la bibliothèque. Je respecte "
    "le monde qui travaille là, mais changez d'idée svp.",
    "Le monde qui disent que les profs de l'ESHG sont des paresseux, venez voir une classe "
    "de 30.",
])
def test_respectful_criticism_or_a_rebutted_slur_is_no_breach(charter: Charter,
                                                              text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    # No respect stated, or respect denied: the contempt stands.
    "C'est de la marde, cette décision-là du CSSCV, pis le monde qui travaille là aussi.",
    "Je respecte pas le monde qui travaille là, c'est de la marde cette décision-là du "
    "CSSCV.",
    "Les profs de l'ESHG sont des paresseux, pis ceux qui les défendent sont aveugles.",
])
def test_contempt_without_respect_stays_flagged(charter: Charter, text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


# --- 9. SMS spellings of a bomb threat ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "dem1 jva fR sOtE l'eCoL Hormisdas-Gamelin 💣 c pa 1 joK",
    "jva fer sauter l'ESHG lundi",
    "on va fr sote le CSSCV 💣💣",
])
def test_an_sms_spelled_bomb_threat_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Le show de l'ESHG c'était de la bombe 💣 bravo les jeunes",
    "Mon gars a fait sauter des crêpes au déjeuner de l'ESHG, trop drôle",
])
def test_a_bomb_word_with_no_victim_is_no_threat(charter: Charter, text: str) -> None:
    assert "defamation" not in _verdict(charter, text)[0]


# --- 10. A title spelled out letter by letter aims the insult beside it ------------------

@pytest.mark.parametrize("text", [
    "M r s . R o y at ESHG = w h o r e. that's the post",
    "M l l e Roy de l'ESHG = s a l o p e",
])
def test_a_spaced_title_aims_a_spaced_insult(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


def test_a_spaced_title_reads_as_one_word() -> None:
    assert build_surface("M r s . R o y at ESHG").text == " mrs roy at eshg "


@pytest.mark.parametrize("text", [
    "M r s . R o y at ESHG = t h e b e s t. that's the post",
    # "Mme" is no marker: doubled letters are one on the surface, and it would read "me".
    "Le service de garde de l'ESHG est plein. Sa mère me l'a confié à la garderie.",
])
def test_a_title_with_no_insult_is_no_breach(charter: Charter, text: str) -> None:
    assert not {"defamation", "disparaging"} & _verdict(charter, text)[0]


# --- 11. "Not saying ..., but…": a denial that trails off into a hint says it ------------

@pytest.mark.parametrize("text", [
    "Not saying Mrs. Roy at ESHG is a drunk, but... ever smelled her coffee mug? 🍷",
    "Not saying the principal at ESLJP is a drunk. Just look at her coffee mug 👀",
    "Je dis pas que la prof de l'ESHG est une ivrogne, mais… sentez sa tasse le matin.",
])
def test_a_denial_trailing_into_a_hint_is_an_insinuation(charter: Charter,
                                                         text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "I'm not saying the teachers at ESHG are idiots, but the schedule was rushed.",
    "Je dis pas que la prof de l'ESHG est conne, mais elle pourrait mieux expliquer.",
])
def test_a_denial_with_a_plain_but_is_still_a_denial(charter: Charter, text: str) -> None:
    assert "defamation" not in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    # The writer's own words after a meme-like "quand", or "nous autres" as a pronoun.
    "quand la prof de l'ESHG va sortir du stationnement, je vais la tuer lol",
    "Nous autres on va tuer le directeur de l'ESHG 😂 il va voir",
])
def test_a_threat_in_the_writers_own_words_is_no_meme(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


# --- 12. A quoted threat the writer approves is the writer's own ------------------------

@pytest.mark.parametrize("text", [
    'Like that kid said on the bus: "I\'m gonna shoot every teacher at ESHG." Honestly? Same.',
    "Un gars a dit qu'il allait « faire sauter » la poly LJP. Franchement, y'aurait raison.",
    'Quelqu\'un a écrit « je vais tuer la directrice de l\'ESHG » dans le groupe. Pas tort.',
])
def test_a_quoted_threat_the_writer_approves_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text, kind="comment")
    assert "defamation" in categories and critical


@pytest.mark.parametrize(("text", "kind"), [
    # The same approval words about the report, not the threat; or a journalist's quote.
    ('Mon gars a entendu « je vais tirer sur les profs de l\'ESHG » dans l\'autobus. Il a '
     'raison de l\'avoir dit à la direction.', "comment"),
    ('« Je vais tuer la directrice de l\'ESHG », aurait écrit l\'élève. Le syndicat dit que la '
     'police aurait raison d\'enquêter.', "article"),
])
def test_approving_the_report_keeps_it_reported(charter: Charter, text: str, kind: str) -> None:
    assert not _verdict(charter, text, kind=kind)[1]
