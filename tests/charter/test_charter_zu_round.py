"""The round of rules tuned on "zu-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: the organisation's own channels and what answers them (announcements, board minutes and
question periods, newsletters, press releases, replies under them) and what imitates them
(forged memos and letters, leaked e-mails, exam keys, scams posing as the service centre).
Their wrong critical alert (a leaked memo naming "l'élève X (4e année)": the term "xxx",
folded, reads every lone "X" as porn, beside a grade a critical one), their critical misses
(a principal to be hit "si je la croise au IGA", a forged memo announcing an armed "visitor"
with "il ne s'agit PAS d'un exercice", a pupil who "va pas pouvoir marcher après", a last
night at the prom "en un morceau", a class that "all agree you should end it", children
wished "at bath time", swimmers "bâtis pour leur âge" with speedos asked for, a girl's
swimsuit photos offered with a leer a few words on, a bomb "c pas une blague") and their
weakest categories (a teacher's "beau p'tit cul", "bande de trous de cul", a school called
"une usine à décrocheurs" or "une école de cas sociaux").

Fixed: "XXX" read as written, three X or more, and an "x"/"xx" slug in a link; a blow
promised with the pronoun before the verb ("je la frappe", "le frapper", "punch him") after
an intent; an arrival "armé" announced in the third person (a clue; critical beside a warning
said in earnest, to which "pas d'un exercice", "not a drill" and "pas une blague" are added);
walking kept from someone "après" (ending the clause) and a last night "en un morceau"; a
group's verdict that someone should end it; a wish to see children in the bath; swimwear
with a leer before it, speedos, and a leer further on; bodies "bâtis pour leur âge" (a clue);
"beau p'tit cul"; the plural "trous de cul"; "usine à décrocheurs", "école de cas sociaux".

Set aside as look-alikes: knocking at a door ("frapper à la porte"), a ball struck in a game;
a drill's scenario with police "armés pour la simulation", "armé de patience"; a knee
operation after which one cannot walk "après l'opération", a trip everyone came back from
"en un seul morceau"; a friend told to "end it with him"; bath time told by a grandparent;
a parent's 😍 then "en maillot", swimwear to bring; a defenceman "bâti pour son âge"; a
baby's bottom; a school that "n'est pas une usine à décrocheurs"; a film shoot's call for
"une gang de figurants" (why that insult was left out); "ce n'est pas une blague" about a
calendar.

Left for a later round: leetspeak written threats and exam leaks ("b0mb3 à l'3SHG", "sh00t3r",
"3x4m"): the surface decodes them but the patterns read the text as written; scam warnings
from the service centre ("ne vous demandera jamais vos informations bancaires") still flagged
as spam (the scam group is not negatable and no context kind names a scam warning); a
teacher's absences or a pupil's suspension leaked in a letter (privacy, confidential); a
verdict hinted rather than said ("I have your home addresses. Sleep well.", "check under
her car tonight", "ils vont s'en rappeler longtemps"); pictures of pupils asked for money
with no place of undress ("snap me pics, $50 each"); exclusion ("ajoutez tout le monde sauf
elle", "mange plus avec nous autres"); "Salope." in its own sentence, away from its target;
"bande de trous de cul" still also read as sexual ("de cul").
Limit seen: a pattern's context is looked for within 12 tokens of the match's start (or in
its sentence), and a marker counts at its last word: "se présentera armé à 13 h. Il ne s'agit
pas d'un exercice" is one token too far, "à 9 h" (read as one token) is not. A benign
phrase hides its terms from every lexicon, not only its own, and a weightless longer term
hides nothing (only one at least as strong does): "trous de cul" could not be made harmless
for the sexual lexicon without hiding the insult from defamation.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A lone "X" is no porn; "XXX" still is ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mémo aux enseignants : l'élève X (groupe 5B, 2e année) a changé d'école, merci de rester "
    "discrets.",
    "Le groupe X de 3e année de Providence présentera son projet jeudi au gymnase.",
    "Suivez le CSSCV sur X et sur Facebook pour les fermetures d'écoles.",
])
def test_a_lone_x_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Vidéos XXX gratuites de mamans de Buckingham, inscription en 1 clic",
    "hot webcams 🔥 meet local girls here → t.ly/xx-hotcams",
])
def test_triple_x_and_an_x_slug_stay_sexual(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "sexual" in categories


def test_triple_x_beside_a_pupil_is_critical(charter: Charter) -> None:
    categories, critical = _verdict(charter, "Vidéo XXX d'une élève de sec 2 de LJP, lien en DM")
    assert "sexual" in categories
    assert critical


# --- 2. A blow promised with the pronoun before the verb -------------------------------------

@pytest.mark.parametrize("text", [
    "Le directeur de Providence, si je le croise au dépanneur je le frappe, promis.",
    "La secrétaire de LJP, je vais la frapper la prochaine fois qu'elle me raccroche au nez.",
    "If I see that ESHG gym teacher at Walmart I'll punch him in the face.",
])
def test_a_blow_promised_is_a_critical_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Demain je vais frapper à la porte du bureau de la direction pour le dossier de mon fils.",
    "Je frappe toujours à la porte de la classe avant d'entrer, comme demandé.",
    "Je vais le frapper fort, ce ballon-là, au match de soccer samedi.",
])
def test_a_door_or_a_ball_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. An armed arrival announced as a memo -------------------------------------------------

@pytest.mark.parametrize("text", [
    "NOTE AU PERSONNEL – Direction de l'école. Jeudi à 13 h, un « invité » se présentera armé. "
    "Il ne s'agit pas d'un exercice.",
    "Staff memo: a visitor will show up armed at the library Friday. This is not a drill.",
])
def test_an_armed_arrival_beside_a_real_warning_is_critical(charter: Charter,
                                                            text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Exercice de confinement mardi : des policiers viendront armés pour la simulation. Il "
    "s'agit d'un exercice.",
    "La nouvelle directrice arrivera armée de patience pour la rentrée, bienvenue à elle!",
])
def test_a_drill_or_patience_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_bomb_said_not_a_joke_is_critical(charter: Charter) -> None:
    categories, critical = _verdict(charter, "une bombe à la poly LJP lundi 9h, c pas une blague")
    assert "defamation" in categories
    assert critical


def test_a_calendar_said_not_a_joke_is_nothing(charter: Charter) -> None:
    text = "Ce n'est pas une blague : la rentrée à l'ESHG est devancée au 25 août."
    assert _verdict(charter, text) == (set(), False)


# --- 4. A body promised broken ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zack de sec 4 à l'ESHG, on se voit vendredi. Tu vas pas pouvoir marcher après.",
    "Enjoy grad night at Hormis, Dylan, it's your last night in one piece.",
    "Profite bien de ta soirée au bal, Mathis, c'est ta dernière soirée en un seul morceau.",
])
def test_a_body_promised_broken_is_a_critical_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Mon gars de l'ESHG se fait opérer au genou, il va pas pouvoir marcher après l'opération "
    "pendant deux semaines.",
    "Le voyage de LJP à Québec s'est bien passé, tout le monde est revenu en un seul morceau!",
])
def test_an_operation_or_a_safe_return_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. A group's verdict that someone should end it -----------------------------------------

@pytest.mark.parametrize("text", [
    "Hey Chloé from LJP, the whole class talked and we all agree you should end it.",
    "Rosalie de sec 1, on a tous voté : tu devrais en finir.",
])
def test_a_group_verdict_to_end_it_is_critical_incitement(charter: Charter,
                                                         text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


def test_a_break_up_advised_is_nothing(charter: Charter) -> None:
    text = "Emma, we all agree you should end it with him, he never treated you right."
    assert _verdict(charter, text) == (set(), False)


# --- 6. Children in the bath, in swimwear, "built for their age" -----------------------------

@pytest.mark.parametrize("text", [
    "Such sweet kids at Saint-Laurent. I'd love to see them in the bath 😘",
    "Les petits de maternelle à Providence, j'aimerais les voir dans le bain",
    "J'ai des pics de la petite Zoé de Maria-Goretti en bikini au camp de jour, écris-moi si ça "
    "te tente 😏",
    "Le club de natation de sec 2 à l'ESHG, les gars sont ben bâtis pour leur âge 😏 envoyez-en "
    "d'autres en speedo",
])
def test_children_in_the_bath_or_swimwear_desired_are_critical(charter: Charter,
                                                              text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Mes petits-enfants à Providence adorent l'heure du bain 😘",
    "😍 Merci pour les photos de la journée piscine, les élèves de 2e année en maillot étaient "
    "si contents",
    "Rappel : apportez votre speedo pour le cours de natation de sec 1 lundi 🏊",
    "Notre défenseur de l'équipe midget de l'ESHG est ben bâti pour son âge, il va aller loin",
])
def test_bath_time_pride_or_a_defenceman_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. Crude words: a staff member's bottom, a plural insult --------------------------------

def test_a_teachers_little_bottom_is_sexual(charter: Charter) -> None:
    categories, critical = _verdict(
        charter, "La prof de musique à LJP a un beau p'tit cul, pas surprenant qu'on l'écoute.")
    assert "sexual" in categories
    assert not critical


def test_a_babys_bottom_is_nothing(charter: Charter) -> None:
    text = "Mon p'tit cul de bébé a des rougeurs, une crème à conseiller?"
    assert _verdict(charter, text) == (set(), False)


def test_a_plural_insult_is_defamation(charter: Charter) -> None:
    categories, _ = _verdict(charter, "Vous êtes des trous de cul au CA du CSSCV.")
    assert "defamation" in categories


# --- 8. A school despised ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Regardez les chiffres : la poly de Papineauville c'est une usine à décrocheurs.",
    "mdr l'ESHG c une ecole de cas sociaux",
])
def test_a_school_despised_is_disparaging(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "disparaging" in categories


@pytest.mark.parametrize("text", [
    "LJP n'est pas une usine à décrocheurs, rappelle la directrice en présentant ses résultats.",
    "Le tournage à Thurso cherche une gang de figurants pour samedi, inscrivez-vous!",
])
def test_a_denial_or_a_film_shoot_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
