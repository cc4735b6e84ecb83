"""The round of rules tuned on "zi-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: threats (a beating promised in the present, "je casse la gueule au ..."; the writer
waiting for someone with a weapon; "gonna" opening a sentence, many words before "break both
his legs"; "vous allez toute voir" written for "tous"; a name to remember after a date; a
date everyone "will remember" beside a bomb); incitement (told to stop eating for good; a
jump off a bridge wished, "pis qu'y sautait"; "si t'étais mort personne pleurerait"; a poll
on "in how many days" someone kills themselves); doxxing (everyone sent in front of a home or
onto a lawn beside the address); sexual (one girl said to have "become developed").
Wrong flags fixed: a parent's report of a threat already told to the police ("a menacé
d'apporter", the elided form of a narrated marker); "c'est malade mental ce que ..." as
praise; a whale museum read as body-shaming; contempt given up ("I used to think ... Then I
met ..."); a school's own address given for an event read as a home address.

Set aside: a hockey stick at a tournament, a cake at the exit; a broken arm prevented; a show
"vous allez toute voir" with praise; a trip to remember with praise; candy given up; a
bungee jump off a bridge; a poll on a new timetable; a photo on a school's front lawn; a
project "rendu développé"; a threat made after someone else's was told as news; a plain
"malade mental" aimed at someone; a pupil called a whale; contempt stated after a view given
up; a pupil's home address.

Left for a later round: "la corde est dans le garage" said to a pupil with no "tu sais quoi
faire" (a rope in the garage is everyday); "on t'attend demain à la sortie" alone (parents say
it); "mon 12" for a shotgun; a bomb told only as "boum 💥" or "fireworks, not the kind you think";
girls "en leggings 😍" or "so hot" more than 25 characters after "girls" (the pattern weighs
0.45 and needs a second clue); a pupil's snap asked to send pictures; leaked pictures of girls
behind 🔞 (read as confidential); nudes that circulated asked for (the sets disagree on
bullying); pupils ranked "by body count" ("by body" already weighs 0.45, so any second clue
would also flag films ranked by body count); "colon cancer" read
as the insult "colon" (a benign phrase would also set aside "cancer", the health clue); the
number of a staff member to be texted "for your marks", labelled privacy only (label
disagreement: other sets call that bullying); disparaging, still the weakest category.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Threats: the present tense, a weapon at the wait, limbs, "toute", a date ------------

@pytest.mark.parametrize("text", [
    "Si le prof d'éduc de l'ESLJP crie encore après mon gars, je casse la gueule à toute "
    "l'équipe.",
    "La surveillante de l'ESHG qui a puni ma fille, je l'attends avec un couteau au "
    "stationnement.",
    "I'll be waiting for him with a bat behind the ESLJP gym on Monday.",
    "gonna find that snitch Liam from ESHG after school and break both his arms",
    "Lundi la poly ESHG va trembler, vous allez toute voir ça, rappelez-vous de mon nom.",
    "Tout le monde à l'ESLJP va s'en rappeler, vous allez vous souvenir du 3 mai 💣💣",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Je l'attends avec un bâton de hockey au tournoi de l'ESHG samedi, go les Lions!",
    "Mon gars finit à 15 h à l'ESLJP, je l'attends avec un gâteau à la sortie pour sa fête.",
    "I'm gonna make sure Noah doesn't break his arm again at the ESHG ski trip.",
    "Le spectacle de l'ESHG jeudi, vous allez toute voir ça, bravo aux élèves!",
    "Le voyage à Québec de l'ESLJP, vous allez vous souvenir du 3 mai, c'était génial!",
])
def test_threat_look_alikes(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


def test_a_threat_told_to_the_police_is_nothing(charter: Charter) -> None:
    text = ("Ma fille m'a dit qu'un gars de sec 4 a menacé d'apporter un fusil à l'ESHG. "
            "La direction a appelé la police, tout est réglé.")
    assert _verdict(charter, text) == (set(), False)


def test_a_threat_made_after_a_told_one_is_critical(charter: Charter) -> None:
    text = ("Un gars a menacé d'apporter un couteau à l'ESHG? Ben moi je vais apporter mon "
            "fusil à l'ESHG demain.")
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 2. Incitement: fasting, a bridge wished, "si t'étais mort", a poll in days ------------

@pytest.mark.parametrize("text", [
    "Emma from ESLJP, u should just stop eating for good, nobody wants to see you.",
    "Jade de l'ESHG, tu devrais juste arrêter de manger pour de bon, personne te regarde.",
    "Ça serait le fun si Mathis de l'ESLJP allait prendre une marche sur le pont pis qu'y "
    "sautait.",
    "Théo de sec 2 à l'ESHG, si t'étais mort personne pleurerait, fais-le cette semaine.",
    "Sondage pour Léa de l'ESLJP: dans combien de semaines tu vas te tuer? 😂",
])
def test_incitement_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Les élèves de l'ESHG, vous devriez arrêter de manger des chips à la récréation.",
    "Au camp de l'ESLJP, y'avait un pont pis l'animateur voulait qu'il saute à l'élastique!",
    "Sondage de l'ESLJP: dans combien de jours tu vas te tanner du nouvel horaire? 😂",
])
def test_incitement_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Doxxing: everyone at the door or on the lawn, beside the address -----------------------

@pytest.mark.parametrize("text", [
    "La directrice de l'ESHG reste au 27 rue des Érables à Gatineau. Tout le monde devant chez "
    "elle dimanche.",
    "The ESLJP principal lives at 45 rue Lépine, Buckingham. See you all on his front lawn "
    "Sunday, bring whistles.",
])
def test_a_crowd_sent_to_a_home_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


def test_a_school_lawn_is_nothing(charter: Charter) -> None:
    text = "Graduation photos of the ESHG class of 2025 on the front lawn at 10 am, smile!"
    assert _verdict(charter, text) == (set(), False)


# --- 4. Sexual: one girl "rendue développée" ---------------------------------------------------

def test_a_girl_said_to_have_developed_is_critical(charter: Charter) -> None:
    text = "La petite fille de 5e à l'ESHG, a l'air rendue pas mal développée 😏"
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


def test_a_project_developed_is_nothing(charter: Charter) -> None:
    text = "Le projet de la fille de l'équipe de robotique de l'ESLJP est rendu très développé."
    assert _verdict(charter, text) == (set(), False)


# --- 5. Wrong flags: praise, a whale museum, contempt given up, the school's own address -----

@pytest.mark.parametrize("text", [
    "Pour la journée portes ouvertes, l'adresse de l'école ESLJP c'est le 1215 rue Dollard à "
    "Gatineau.",
    "C'est malade mental ce que la troupe de l'ESLJP a présenté hier, bravo!",
    "The grade 4 kids from ESHG visited the whale museum in Tadoussac today.",
    "I used to think the ESHG office staff were lazy and clueless. Then I saw them during the "
    "flood. Respect.",
])
def test_praise_and_views_given_up_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("Le directeur de l'ESHG est un malade mental, il crie après les enfants.", "defamation"),
    ("Chloé from ESLJP is a fat whale lol, look at her.", "cyberbullying"),
    ("I used to think the CSSCV was fine. Now I know they're a bunch of clueless bureaucrats.",
     "disparaging"),
    ("Pour la fête de Léo de l'ESHG, son adresse c'est le 14 rue des Pins, sonnez fort.",
     "privacy"),
])
def test_look_alikes_keep_their_flag(charter: Charter, text: str, category: str) -> None:
    categories, _ = _verdict(charter, text)
    assert category in categories
