"""The round of rules tuned on "zg-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: threats (blood promised as said in Quebec, "y va avoir du sang"; someone told they will
end up in a ditch; "j'vous aurai avertis" beside a killing named; a bomb placed without an
article, "Bomb in the ..."; someone who "will not walk out of there" beside a wait after
school; a crowd sent to pay a "belle visite" at a private address); incitement (told they
should have killed themselves; everyone said to be relieved if someone did not wake up);
sexual (wandering hands near young girls, remarks made on girls' breasts, pictures of pupils
half naked, staff called fuckable); cyberbullying (a girl told the class does not want her);
disparaging (staff who have "rien à cirer" of the children).
Wrong flags: none found on "zg-" that a general rule could fix in this round.

Set aside: a blood drive that "va avoir du sang", a bus that nearly ended up in a ditch, boots
to bring "j'vous aurai avertis", a bath bomb, a lie-in ("si tu te réveillais pas à 5 h"),
overwork ("te tuer à l'ouvrage"), comments asked on a programme or made on someone's weight, a
father half naked at a carnival, a mascot voted down, a museum's "belle visite", a bus hired so
that no one walks home.

Left for a later round: "à caractère sexuel" (news of a charge uses it as much as a witness
does); a student's and a teacher's romance told without a sexual word; pictures "traded" or
"sent" that now circulate (the sets disagree on bullying); a bounty on a pupil's whereabouts
beside their number; a bomb or a "finish the job" quoted from someone else (reported, yet
labelled a threat); "régler ça moi-même" and "va s'en souvenir" (everyday alone); a rope and a
bridge suggested without a dying word; "s'en caliss" and other sacres of indifference (the
bare phrase is also said of a ball or a game); calls to "niaiser" someone (a set labels a text
with no watched entity bullying, so any flag there counts as worse); leaks of exam prompts,
door codes and HR files written without a leak word; spam selling goods or essays with a price
only; contempt written as sarcasm, still the weakest category.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Threats: blood, a ditch, a warning, a bomb, no walking out -------------------------

@pytest.mark.parametrize("text", [
    "Vendredi midi y va avoir du sang dans le gymnase de l'ESHG, retenez bien ça.",
    "Continue de rire de mon gars, le surveillant de l'ESLJP, pis tu vas finir dans un fossé "
    "sur la 148.",
    "Lundi y'aura une tuerie à l'ESHG, j'vous aurai avertis.",
    "Bomb in the ESLJP library at noon. Not joking this time.",
    "Le p'tit Gagnon de l'ESLJP, on l'attend au parc après l'école. Il repartira pas de là en "
    "marchant.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Grâce à la collecte des élèves de l'ESHG, Héma-Québec va avoir du sang pour tout l'été.",
    "L'autobus de l'ESLJP a failli finir dans un fossé ce matin à cause du verglas.",
    "Apportez vos bottes pour la sortie de l'ESHG demain, j'vous aurai avertis!",
    "The ESHG art club made a bath bomb in the chem lab, it smells amazing.",
    "Avec la neige, on sortira pas de là en marchant: l'ESLJP a prévu des autobus.",
])
def test_threat_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A visit urged at a private address -------------------------------------------------

def test_a_belle_visite_after_a_private_address_is_critical(charter: Charter) -> None:
    text = ("Mme Caron de l'ESLJP reste au 8 rue des Pins à Thurso, son cell c'est le "
            "819-555-0142. Faites-y une belle visite ce soir.")
    categories, critical = _verdict(charter, text)
    assert {"defamation", "privacy"} <= categories
    assert critical


def test_a_museum_visit_is_nothing(charter: Charter) -> None:
    text = "Le musée de Thurso ouvre samedi, faites-y une belle visite avec les élèves de l'ESHG!"
    assert _verdict(charter, text) == (set(), False)


# --- 3. Incitement: should have killed yourself, better off if you did not wake up ----------

@pytest.mark.parametrize("text", [
    "T'aurais dû te tuer quand t'avais la chance, Léo de l'ESHG.",
    "You should've killed yourself last year, Maya from ESLJP. Nobody would care.",
    "Franchement tout le monde à l'ESHG serait soulagé si tu te réveillais plus jamais, Zoé.",
])
def test_incitement_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Ce serait mieux si tu te réveillais pas à 5 h le samedi, le cours de natation de l'ESHG "
    "commence à 9 h.",
    "T'aurais dû te tuer à l'ouvrage comme moi pour la vente de garage de l'ESLJP lol",
])
def test_incitement_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. Sexual: hands, breasts, half naked, fuckable ----------------------------------------

@pytest.mark.parametrize("text", [
    "Le surveillant de l'ESHG a les mains baladeuses avec les filles de 2e année.",
    "L'entraîneur de l'ESLJP fait des commentaires sur leur poitrine aux joueuses de 14 ans.",
    "The ESHG bus driver keeps making comments about their boobs, the girls are in grade 7.",
    "Les photos du bal de l'ESHG où des élèves de sec 4 sont à moitié nues circulent sur Snap.",
])
def test_sexual_with_pupils_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


def test_staff_called_fuckable_is_sexual(charter: Charter) -> None:
    categories, critical = _verdict(charter, "La nouvelle secrétaire de l'ESLJP est baisable en "
                                             "maudit.")
    assert "sexual" in categories
    assert not critical


@pytest.mark.parametrize("text", [
    "Des commentaires sur le programme de sport-études de l'ESHG? Merci d'avance!",
    "Au carnaval de l'ESHG, un père à moitié nu a plongé dans la neige pour la cause!",
])
def test_sexual_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_comments_on_weight_are_not_sexual(charter: Charter) -> None:
    text = "L'infirmière de l'ESLJP fait des commentaires sur son poids à chaque visite."
    categories, _ = _verdict(charter, text)
    assert "sexual" not in categories


# --- 5. Exclusion and contempt ----------------------------------------------------------------

def test_a_girl_kept_out_of_the_class_is_bullying(charter: Charter) -> None:
    text = "La nouvelle en sec 2 à l'ESHG, on veut pas d'elle dans la gang. Personne lui parle."
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


def test_a_mascot_voted_down_is_nothing(charter: Charter) -> None:
    text = ("Les élèves de l'ESLJP ont voté pour la mascotte: la licorne, on veut pas d'elle, on "
            "veut le castor!")
    assert _verdict(charter, text) == (set(), False)


def test_rien_a_cirer_is_disparaging(charter: Charter) -> None:
    categories, _ = _verdict(charter, "Au CSSCV ils en ont rien à cirer des élèves en difficulté.")
    assert "disparaging" in categories


def test_the_writer_not_caring_about_a_ball_is_nothing(charter: Charter) -> None:
    text = "Mon gars s'en câlisse du bal de l'ESHG, il aime mieux jouer au hockey."
    assert _verdict(charter, text) == (set(), False)
