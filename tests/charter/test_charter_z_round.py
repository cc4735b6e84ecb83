"""The round of rules tuned on "z-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: threats (a school massacre named as a plan and approved even when reported, "faire un
Columbine … il aurait raison"; the writer coming in and "somebody's getting hurt"; a "shame"
if something happened to someone's car, house or children; a look under someone's car
written "en dessous de son char", beside "juste un conseil"; a wait after school and who
"the boss" is to be learnt); self-harm urged (a filler in the words, "va donc te pendre",
"nobody would even notice"; "si j'étais Noah, je me jetterais en bas du pont"; "the world
would be better w/o u"; a poll on how long before someone cuts their veins; "your pills all
at once"); a crowd called to a person's home or inbox (an e-mail written "[at]" and "[dot]",
"flood it till she quits"; a meeting in front of the house, eggs brought); a young girl's
"thirst traps" and "the spicy ones" asked for.
Set aside: a car checked under its hood by a garage for the reader, "juste un conseil" on
registrations, a student admitted to Polytechnique who deserves it, a tour of the
engineering school, a pill schedule, a poll on a trip, "the world would be better with more
teachers like you", "si j'étais prof", spicy wings at a barbecue.

Left for a later round: phone numbers spelt one digit at a time with spaces and dashes, a word
spelt out letter by letter before "à" (the folding glues them), a date and a plan announced
without any act ("3 mai… vous allez comprendre"), windows and fire emojis, notes left in a
mailbox beside a home address, girls said to dress "to be looked at", "on y va samedi?" beside
an address (its labels disagree elsewhere), mockery of a disabled student, a student's crying
story screenshot for the group chat, polls on who is the ugliest, staff sexualised without a
crude word.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Threats ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le gars qui parlait de faire un Columbine à l'ESHG, franchement il aurait raison, toute "
    "la gang là-bas le méritent",
    "If the ESHG calls me one more time about my son, I'll show up and somebody is gonna get "
    "hurt.",
    "Ça serait plate qu'il arrive quelque chose à la maison de la directrice de l'ESLJP cet "
    "hiver 😉",
    "Le directeur adjoint de l'ESLJP devrait regarder en dessous de son auto avant de partir. "
    "Juste un conseil.",
    "On va attendre Lucas de l'ESHG après l'école, y va apprendre c'est qui le boss",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Bravo à Chloé, ancienne de l'ESHG, admise à Polytechnique : elle le mérite!",
    "Juste un conseil aux parents de l'ESLJP : inscrivez vos enfants au camp avant vendredi.",
    "Au CFP de l'ESHG, les élèves en mécanique regardent en dessous de votre auto gratuitement "
    "samedi.",
    "Visite de Polytechnique pour les sec 5 de l'ESLJP, ils ont adoré!",
])
def test_look_alikes_are_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. Self-harm urged ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Zack de l'ESLJP va donc te pendre, tu sers à rien",
    "Emma at ESHG should just disappear, no one would even notice",
    "À ta place Léo de l'ESHG je me pendrais, honnêtement",
    "Hey Mia from ESLJP, the planet would be a better place without you",
    "Petit sondage : combien de temps avant que Jade de l'ESHG s'ouvre les veines? 😂",
    "Noah de l'ESLJP, avale tes médicaments d'un coup pis on en parle plus",
])
def test_self_harm_urged_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Si j'étais prof à l'ESHG, je prendrais ma retraite en juin 😅",
    "Sondage pour les parents de l'ESLJP : combien de temps avant le départ de l'autobus "
    "pour la sortie?",
    "The ESHG would be a better place with more teachers like you, Mrs. Roy!",
    "Infirmière de l'ESLJP : donnez vos médicaments au secrétariat en début d'année.",
])
def test_look_alikes_are_no_incitement(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. A crowd called to a person's home or inbox -------------------------------------------

@pytest.mark.parametrize("text", [
    "ESHG music teacher's personal email: m.roy88 (at) gmail (dot) com. spam her until she "
    "quits",
    "La prof de 5e de l'ESLJP reste au 14 rue des Pins à Thurso. Rendez-vous devant chez elle "
    "à 20h, apportez vos oeufs",
])
def test_crowd_at_a_private_address_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert "privacy" in categories
    assert critical


# --- 4. Sexual remarks on minors -------------------------------------------------------------

def test_young_girls_spicy_pictures_asked_for_is_critical(charter: Charter) -> None:
    text = "the sec 3 girls at ESLJP keep posting thirst traps, who's got the spicy ones? 😏"
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


def test_spicy_wings_are_no_sexual_remark(charter: Charter) -> None:
    text = ("BBQ de l'ESHG samedi : des ailes douces pour les petits, les spicy ones pour les "
            "grands!")
    assert _verdict(charter, text) == (set(), False)
