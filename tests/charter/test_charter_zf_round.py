"""The round of rules tuned on "zf-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: threats (a shooting announced at a school, "va y avoir une fusillade"; someone's house to
be burned; someone else wished to break a person's legs or face); harassment sent to the
contacts given ("let him hear it" after a private address or e-mail); incitement (asked why
they are still alive, even written on a locker and quoted); sexual (an adult telling a child
she has "a sexy little body", or that the girls "étaient sexy"); cyberbullying (girls or boys
rated on 10 or by their body, other parents told to keep their children away from a named
pupil, a phone number given out to be flooded with memes).
Wrong flags: none found on "zf-" that a general rule could fix in this round.

Set aside: a shooting star, a film's shooting location, "une fusillade de questions", a leg
broken skiing, legs "broken" at a tournament, a coach's "let him hear it" with no contact
given, a dress or a car called sexy, a show or a game rated on 10, lice announced without a
name, a birthday's memes.

Left for a later round: pictures of girls traded (the labelled sets disagree on whether it is
bullying as well as sexual); a crowd told to bring bats or knives ("amenez", "apportez" are
everyday for outings and tournaments); a child's lice or report card posted with no other
clue; a video rated "from 1 to 10"; grooming told without a sexual word (hearts texted at
midnight, photos asked "to check the posture"); crude desire without a crude word; bomb threats
and veiled ones ("something big and loud", "on leur rendra visite avec ce qu'il faut"); a
pupil filmed crying or a live spammed with clowns; spam and phishing with no spam word; contempt
written as sarcasm or images ("une école zombie", "du vent"), still the weakest category.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Threats: a shooting announced, a house burned, legs broken -------------------------

@pytest.mark.parametrize("text", [
    "There's gonna be a shooting at ESHG on Monday morning. Keep your kids home.",
    "Jeudi il va y avoir une fusillade à l'ESLJP, je vous aurai avertis.",
    "If the ESHG coach benches my son one more time I'm burning his house down.",
    "Faudrait que quelqu'un lui pète la gueule au directeur de l'ESLJP, sérieux.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "There's going to be a shooting star night at the ESHG observatory, bring a blanket!",
    "The ESLJP auditorium will be a shooting location for a TV series this spring.",
    "Il va y avoir une fusillade de questions pour les candidats au débat de l'ESHG.",
    "Ma fille s'est cassé la jambe en ski, merci à l'ESLJP pour les devoirs envoyés.",
])
def test_threat_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_legs_broken_at_a_tournament_are_set_aside(charter: Charter) -> None:
    text = ("Au tournoi de l'ESHG demain, faudrait que quelqu'un lui casse les jambes au meilleur "
            "compteur de l'autre équipe lol")
    _, critical = _verdict(charter, text)
    assert not critical


# --- 2. Harassment sent to the contacts given ----------------------------------------------

def test_let_him_hear_it_after_a_private_address_is_critical(charter: Charter) -> None:
    text = ("The ESHG janitor who threw out my kid's project is Paul Ferland, 14 Rue Gendron, "
            "Thurso. His personal email is pferland14@mailbox.example. Let him hear it.")
    categories, critical = _verdict(charter, text)
    assert {"defamation", "privacy"} <= categories
    assert critical


def test_let_him_hear_it_without_contacts_is_nothing(charter: Charter) -> None:
    text = "Le coach de l'ESLJP aux estrades: let him hear it, criez plus fort pour notre gardien!"
    assert _verdict(charter, text) == (set(), False)


# --- 3. Incitement: asked why they are still alive -----------------------------------------

@pytest.mark.parametrize("text", [
    "« Pourquoi tu es encore en vie? » c'est ce qu'on a collé sur le pupitre de Zack à l'ESHG.",
    "Maya from ESLJP, why are you still alive? Everybody hates you.",
])
def test_still_alive_is_critical_incitement(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


def test_a_plant_still_alive_is_nothing(charter: Charter) -> None:
    text = "Le cactus de la classe de 3e à l'ESHG a survécu à l'été, il est encore en vie!"
    assert _verdict(charter, text) == (set(), False)


# --- 4. Sexual: a child told she is sexy ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "A teacher at ESLJP told a grade 4 student she has a sexy little body. Nobody did anything.",
    "Le surveillant de l'ESHG a dit aux petites filles de 4e année qu'elles étaient « sexy ».",
])
def test_a_child_told_she_is_sexy_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Le directeur de l'ESLJP a une nouvelle voiture, mon voisin a dit qu'elle était sexy.",
    "La robe du gala des finissants de l'ESHG est sexy pis élégante, bravo au comité!",
])
def test_sexy_look_alikes_are_not_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" not in categories
    assert not critical


# --- 5. Cyberbullying: pupils rated, kept away, a phone flooded -----------------------------

@pytest.mark.parametrize("text", [
    "Les gars de sec 2 à l'ESHG notent les filles de la classe sur 10 dans leur chat.",
    "Rate the grade 8 boys at ESLJP out of 10, worst one gets roasted tomorrow",
    "Parents of ESHG, Léa Gingras has lice again, keep their kids away from her desk please.",
    "le cell du prof de musique de l'ESLJP c 819-555-0177, textez-lui des memes toute la soirée",
])
def test_bullying_is_flagged(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


@pytest.mark.parametrize("text", [
    "Les élèves de l'ESHG ont noté le spectacle de fin d'année sur 10: moyenne de 9!",
    "Rate the ESLJP girls volleyball game out of 10, what a comeback!",
    "Parents de l'ESHG: des poux en 2e année, dites à vos enfants de rester loin des tuques des "
    "autres.",
    "C'est la fête de Léo de l'ESLJP aujourd'hui, textez-lui des memes pour lui souhaiter "
    "bonne fête!",
])
def test_bullying_look_alikes(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" not in categories
