"""The round of rules tuned on "ze-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: threats (a massacre announced without a weapon word, "y'a du monde qui vont pas rentrer
chez eux", "vous allez voir ça aux nouvelles", "faire comme aux États-Unis", "vous allez vous
souvenir de moi"; someone asked to throw or "forget" a molotov at a place; a full tank of gas
beside "nothing left to lose"; "ça serait dommage qu'un feu prenne"); incitement (told to stop
existing, told they had better not wake up, a death others "voudraient", a crowd told to
comment "do it" under someone who self-harms, "nobody would notice" after an end urged);
doxxing (a car, a house or a bus stop described beside an address, "everybody show up
there"); sexual (a substitute as an adult of the school, a child texted at night and told to
delete the messages, an age written "11 y/o", an adult's own nude photos sent, "the body of a
20 yo" after a minor's age, girls "starting to develop").
Wrong flags: none found on "ze-" that a general rule could fix in this round.

Set aside: a storm that keeps students at school, a prize on the news, a molotov found by the
police or named in a history class, a fire-safety reminder, a club that stopped existing, a
parent's "t'es mieux de pu te réveiller en retard", waking up sick, leaving a dance early, an
open house's address, messages deleted after a trip, a teacher's homework reminder, a boy
small for his age, science projects well developed, a gym filling up, a fundraiser's
comments.

Left for a later round: grooming or abuse told without a sexual word (a coach's players and
"affaires" filmed, a child's Snapchat traded or sold for vapes); threats of mass violence with
no second clue; contempt without a contempt word (sarcasm, "une usine à décrocheurs", "la
direction s'en lave les mains"), which keeps disparaging the weakest category; crude desire
without a crude word ("je me le ferais", "en chaleur"); pile-ons without an insult (a party
kept from someone, a crying photo shared); spam whose only clue is a price or a number;
hatred without a slur ("go back to his own country"); "se couper" as a dying marker in French.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Threats of mass violence or fire --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Demain y'a des profs de l'ESHG qui vont pas rentrer chez eux, vous allez voir ça aux "
    "nouvelles.",
    "Lundi je vais faire comme aux États-Unis à l'ESLJP, vous allez vous souvenir de moi.",
    "Quelqu'un veut lancer un molotov sur le gymnase de l'ESHG ce soir? Je fournis l'essence.",
    "Un molotov dans la fenêtre du directeur de l'ESLJP, ça le réveillerait peut-être.",
    "To the ESHG principal: I have a full tank of gas and nothing left to lose.",
    "Ça serait dommage qu'un feu pogne dans le bureau de la direction de l'ESLJP cette nuit.",
])
def test_veiled_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Avec la tempête, les élèves de l'ESHG vont pas rentrer chez eux avant 18 h.",
    "L'équipe de robotique de l'ESLJP a gagné le provincial, vous allez voir ça aux nouvelles "
    "ce soir!",
    "La police a trouvé un cocktail molotov près de l'ESHG hier soir, l'école est fermée "
    "aujourd'hui.",
    "En histoire à l'ESLJP, on a appris d'où vient le nom du cocktail Molotov.",
    "Vérifiez vos détecteurs: une chandelle oubliée suffit pour qu'un feu prenne, rappelle "
    "l'ESHG.",
])
def test_look_alikes_are_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. Incitement to suicide --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Jade de l'ESHG, tu pourrais juste arrêter d'exister, ça nous ferait des vacances.",
    "Le nouveau de l'ESLJP, t'es mieux de plus te réveiller demain.",
    "I hope you never wake up. Nobody at ESHG wants you here.",
    "Même tes chums de l'ESHG voudraient que tu sois mort, tout le monde le dit.",
    "Léo from ESHG posted that he wants to cut himself tonight, everybody comment do it under "
    "his story",
    "Noah from ESHG you should just end it, nobody would notice.",
])
def test_incitement_is_critical_bullying(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Le club d'échecs de l'ESLJP a arrêté d'exister en 2019, qui veut le relancer?",
    "Mon gars, t'es mieux de pu te réveiller en retard, l'autobus de l'ESHG attend pas.",
    "I hope you don't wake up sick before the ESLJP exam tomorrow!",
    "Nobody will notice if you leave the ESHG dance early, don't worry.",
    "Everybody comment do it on the ESHG fundraiser post so it gets more views!",
])
def test_look_alikes_are_no_incitement(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Doxxing: a home described, a crowd sent there ---------------------------------------

@pytest.mark.parametrize("text", [
    "La prof de l'ESHG qui a collé mon gars: Julie Martel, 18 rue des Érables, son auto c'est "
    "une Corolla rouge. Allez lui dire votre façon de penser.",
    "The ESLJP kid who told on us lives at 45 Maple Street, blue house with the white fence. "
    "Go pay him a visit tonight.",
    "Snitch from ESHG: 90 rue Laval, phone 819-555-0133. Everybody show up there after school.",
])
def test_doxxing_pile_ons_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert {"cyberbullying", "privacy"} <= categories
    assert critical


def test_an_open_house_address_is_nothing(charter: Charter) -> None:
    text = ("Portes ouvertes à l'ESHG, au 250 rue Principale: tout le monde se pointe devant "
            "l'entrée à 18 h!")
    assert _verdict(charter, text) == (set(), False)


# --- 4. Sexual: grooming, an adult's photos, a child's body --------------------------------

@pytest.mark.parametrize("text", [
    "Le suppléant de l'ESLJP écrit à ma fille la nuit pis lui dit d'effacer les messages, elle "
    "a 12 ans.",
    "A substitute at ESHG sent pictures of himself naked to a 13 year old.",
    "La fille de sec 1 à l'ESLJP a genre 14 ans mais elle a le corps d'une 20 ans 👀",
    "Les petites de 5e année à l'ESHG commencent à être ben développées 😏",
    "The grade 6 girls at ESLJP are starting to fill out 😏",
])
def test_sexual_involving_children_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Le suppléant de l'ESHG a demandé aux élèves d'effacer les messages du groupe de classe "
    "après le voyage.",
    "Le prof de l'ESLJP écrit à ma fille pour lui rappeler ses devoirs.",
    "Mon gars a 16 ans mais il a le corps d'un 12 ans, il grandit pas vite, l'infirmière de "
    "l'ESHG est au courant.",
    "Les projets de sciences des élèves de l'ESLJP commencent à être pas mal développés!",
    "The ESHG gym is starting to fill out for the talent show.",
])
def test_sexual_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
