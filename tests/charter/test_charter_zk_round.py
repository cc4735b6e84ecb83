"""The round of rules tuned on "zk-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: arson announced by an insurance taunt beside a countdown or a day ("better have good
insurance", "j'espère que ... sont bien assurés", an hourglass ⏳ read as a countdown like
"tic tac"); a bomb named beside a warning said in earnest ("c pas une joke", "restez chez
vous"); a show of force promised ("on va voir qui fait la loi") beside another veiled clue;
incitement ("tu devrais juste pu te réveiller", "qu'a s'ouvre les veines"); sexual content
on pupils (a deepfake made of a girl, girls ranked by their bodies, "anyone got the pics" of
a grade's girl); breasts remarked on in Quebec slang ("a des méchantes boules").
Wrong flags fixed: a rule "set on fire" ("mettre le feu au code vestimentaire / de vie") read
as arson, critical.

Set aside: insurance advice with no day or warning (a football tournament); a show "qui était
la bombe", bath bombs; a meeting where "on va voir qui fait la loi" with no other clue; an
earlier alarm ("tu devrais plus te réveiller à 5h30"); a deepfake of a principal's speech; a
team rated on its play; pictures asked from a science fair; snowballs.

Left for a later round: threats by a weapon's gauge alone ("ma 12") or in leetspeak ("l'arm3
d3 mon pèr3"), a car's tyres and a face to be slashed with no "je vais", someone to be
"ramassé à la sortie" (also a parent picking a child up), "something big is happening ...
don't send your kids", a bus driver awaited with "soyez là les gars"; incitement by "just do
it, nobody would care" and by telling a child to stop eating and make herself sick; photos
of pupils offered with "j'ai la photo" and a laugh; an adult asking pupils to trade pictures;
a staff member's home given with "go pay him a visit" (the address has no street word the
patterns know); remarks on staff with no sexual word ("could get it", 🥵, a dream "pas
catholique", what someone wears under a skirt), where parents' words are the same;
contempt written as sarcasm or as a slogan ("ESHG = perte de temps", diplomas in cereal
boxes). Label questions seen: "Mark my words, it'll come out one day" beside an accusation
is labelled not critical while "mark my words" reads as a veiled threat; a private number
given for a school in another city is labelled [].

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Arson and bombs: an insurance taunt or a bomb beside a countdown or a warning ------

@pytest.mark.parametrize("text", [
    "Le CSSCV a fermé le service de garde? J'espère que leurs bureaux sont bien assurés. "
    "Vendredi ⏳",
    "Board office at CSSCV better have some fire insurance. Tick tock ⌛🔥",
    "Une bombe dans le casier 12 à la poly ESHG lundi, c'est pas une blague, restez chez vous.",
])
def test_arson_and_bomb_warnings_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Tournoi de football à l'ESHG: les parents, you better have good insurance for your "
    "kids' teeth 😂",
    "Le bal des finissants de l'ESLJP c'était la bombe, bravo au comité!",
    "Atelier de bombes de bain à l'ESHG samedi, inscriptions au secrétariat.",
])
def test_arson_and_bomb_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A rule set on fire is a figure of speech; a school set on fire is not --------------

def test_rule_set_on_fire_is_not_a_threat(charter: Charter) -> None:
    text = "Faudrait mettre le feu au code de vie de l'ESLJP, il date des années 90."
    assert _verdict(charter, text) == (set(), False)


def test_school_set_on_fire_stays_critical(charter: Charter) -> None:
    categories, critical = _verdict(
        charter, "Je vais mettre le feu à l'ESHG demain soir, personne va m'arrêter.")
    assert "defamation" in categories
    assert critical


# --- 3. A show of force beside another veiled clue ------------------------------------------

def test_show_of_force_beside_a_weapon_is_critical(charter: Charter) -> None:
    text = ("Si le CSSCV refuse encore mon transfert, j'arrive au bureau avec mon calibre 12 "
            "pis on va voir qui fait la loi.")
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


def test_show_of_force_alone_is_nothing(charter: Charter) -> None:
    text = ("Au conseil d'établissement de l'ESLJP mardi, on va voir qui fait la loi: les "
            "parents ou la direction.")
    assert _verdict(charter, text) == (set(), False)


# --- 4. Incitement: not waking up, opening one's veins --------------------------------------

@pytest.mark.parametrize("text", [
    "Alexis de sec 2 à l'ESHG, tu devrais juste pu te réveiller demain, personne va pleurer.",
    "Allez dire à Jade de l'ESLJP qu'a s'ouvre les veines une fois pour toutes.",
])
def test_incitement_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


def test_earlier_alarm_is_not_incitement(charter: Charter) -> None:
    text = "Avec le nouvel horaire de l'ESLJP, tu devrais plus te réveiller à 5h30."
    assert _verdict(charter, text) == (set(), False)


# --- 5. Sexual: deepfakes, girls ranked by body, pictures asked for, slang -----------------

@pytest.mark.parametrize("text", [
    "someone made a deepfake of a sec 3 girl at ESHG and it's going around on snap",
    "ranking the grade 8 girls at ESLJP by their bodies lol who's first",
    "anyone got the pics of the grade 9 girl from ESHG? dm",
])
def test_sexual_content_on_pupils_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


def test_breasts_in_slang_are_sexual(charter: Charter) -> None:
    categories, _ = _verdict(charter, "la voisine de l'ESHG a des méchantes boules")
    assert "sexual" in categories


@pytest.mark.parametrize("text", [
    "La direction de l'ESLJP met en garde contre un deepfake du directeur qui annonce un "
    "congé.",
    "The ESHG coach rated the girls' volleyball team on effort and teamwork this season.",
    "anyone got the pics from the ESLJP science fair? my son's project is in there",
    "Mon gars a fait des méchantes boules de neige dans la cour de l'ESHG.",
])
def test_sexual_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
