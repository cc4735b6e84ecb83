"""The round of rules tuned on "u-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: threats made of half-said clues (someone declared a dead man, a body in the trunk of a
car, those who "value their life" told to stay away, an evacuation urged without a reason,
fireworks hoped for beside a surprise, nobody leaving a party, a shotgun named by its gauge
with a warning); self-harm urged (a death wished by everyone, a favour to everyone, an
overdose to repeat with more); a student made to sit alone, a student mocked for having no
friends; a child's body said to be "pas mal développée", an adult in bed, gifts and a secret
kept from a mother; contempt without insults (a second-rate school, a management that does
not care about the children, graduates who can barely write); decisions "not official yet";
a tradesman's "friends' prices" to parents.
Set aside: fireworks at a festival, a surprise breakfast for staff, a car trunk full of
donations, a teacher away on Monday, an evacuation drill, a bake sale that has all it
needs, a favour asked of drivers and parents, a bridge closed for work, a robotics
programme "pas mal développé", presents from a class, children who "are not numbers", a
kindergartener learning to read, a closure announced officially, no one laid off.

Set aside also (left for a later round): a door code written after the door, "vont payer"
read as a threat in any context, a porn link counted as spam or not, privacy clues that
need a name the name patterns do not find (a first name alone, "Mme Cyr").

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Veiled and open threats ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a body in the trunk
    "Le concierge de l'ESLJP va finir dans le coffre de mon char s'il me rapporte encore.",
    # those who value their life told to stay away
    "Ceux qui tiennent à leur vie, restez loin du gym de l'ESHG vendredi.",
    # someone declared dead
    "To the principal of ESLJP: you're a dead man.",
    # fireworks hoped for, a surprise coming
    "Hope the ESHG board likes fireworks, there's going to be a little surprise at the gym.",
    # an evacuation urged, the reason withheld
    "You'd better evacuate ESHG before noon. Not saying why.",
    # everything ready, nobody leaving
    "J'ai déjà tout ce qu'il faut pour le bal de l'ESLJP, personne va sortir de là.",
    # a shotgun by its gauge, a warning
    "Je rentre à l'ESHG avec ma 12 demain, vous êtes avertis.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Les élèves de l'ESHG ont adoré les feux d'artifice de la Saint-Jean.",
    "Grosse surprise pour les profs de l'ESLJP lundi : un déjeuner offert par les parents!",
    "Le coffre de mon char est plein de dons pour la guignolée de l'ESHG.",
    "Mr. Roy won't be teaching Monday, a sub from ESHG will cover his class.",
    "Exercice d'évacuation à l'ESLJP demain matin, pas de panique.",
    "J'ai déjà tout ce qu'il faut pour la vente de gâteaux de l'ESHG!",
])
def test_look_alikes_are_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. Self-harm urged, students shunned and mocked ---------------------------------------

@pytest.mark.parametrize("text", [
    "Kim de l'ESHG, tout le monde veut que tu crèves.",
    "Jade from ESLJP, do everyone a favour and disappear for good.",
    "Léa (ESHG) tried to OD? Next time take more.",
])
def test_self_harm_urged_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Emma from ESHG thinks she's cool, make sure she sits alone at lunch tomorrow.",
    "Liam Tremblay de l'ESLJP a même pas d'amis 😂😂",
])
def test_shunning_and_mockery_are_cyberbullying(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


@pytest.mark.parametrize("text", [
    "Do everyone a favour and slow down in the ESHG school zone!",
    "Do everyone a favor, ESHG parents: label your kids' lunch boxes.",
    "Le pont près de l'ESLJP est fermé pour travaux, prenez le détour.",
])
def test_look_alike_requests_are_no_bullying(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Sexual content -------------------------------------------------------------------

def test_a_child_body_said_developed_is_critical(charter: Charter) -> None:
    categories, critical = _verdict(
        charter, "La petite de sec 1 de l'ESLJP est pas mal développée pour son âge 😏")
    assert "sexual" in categories
    assert critical


def test_an_adult_in_bed_is_sexual_not_critical(charter: Charter) -> None:
    categories, critical = _verdict(charter, "La prof de yoga de l'ESHG doit être souple au "
                                             "lit 😏")
    assert "sexual" in categories
    assert not critical


@pytest.mark.parametrize("text", [
    "Le programme de robotique de l'ESHG est pas mal développé pour une petite école.",
    "Ma fille a reçu des petits cadeaux pour sa fête de la part de sa classe à l'ESLJP.",
])
def test_look_alikes_are_not_sexual(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. Contempt without insults ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "L'ESHG c'est une école de deuxième ordre.",
    "La direction de l'ESLJP s'en crisse de nos enfants.",
    "ESHG graduates can barely write a sentence.",
])
def test_contempt_is_disparaging(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "disparaging" in categories


@pytest.mark.parametrize("text", [
    "Nos enfants ne sont pas des numéros, rappelle la direction de l'ESHG.",
    "Mon fils de maternelle à l'ESLJP sait à peine lire, et c'est normal à son âge.",
])
def test_look_alike_plain_talk_is_no_contempt(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. Confidential information and spam -------------------------------------------------

def test_a_decision_not_yet_official_is_confidential(charter: Charter) -> None:
    categories, _ = _verdict(charter, "Pas officiel encore, mais l'ESHG ferme sa cafétéria en "
                                      "janvier.")
    assert "confidential" in categories


def test_friends_prices_to_parents_are_spam(charter: Charter) -> None:
    categories, _ = _verdict(charter, "Prix d'ami pour les parents de l'ESLJP, peintre "
                                      "certifié, ce mois-ci seulement!")
    assert "spam" in categories


@pytest.mark.parametrize("text", [
    "L'ESHG a annoncé officiellement la fermeture de la cafétéria en janvier.",
    "La directrice de l'ESHG a confirmé que personne n'a été mis à pied.",
])
def test_look_alike_notices_are_no_leak(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
