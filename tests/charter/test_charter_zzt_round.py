"""The round of rules tuned on "zzt-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: parents, volunteers and school governance (a governing board's minutes and surveys, the
parents' organisation and its group, the school foundation, volunteers, class chats, the
student ombudsman, petitions, raffles) and what people write about them. Its wrong flags (a
board's public minutes and its own survey read as leaks; a fundraiser approved by the board
read as an advert; a news item on an unnamed teen arrested read as private data; a post taken
down read as a post spread; "ça va payer ses livres" after thanks for a bursary read as a
threat), and its misses (sneers with no contemptuous word).

Fixed: "extrait du procès-verbal", "adoption de l'ordre du jour", a board's or school's survey
and "courriel envoyé par l'école" set aside in confidential; a fundraiser whose profits
"serviront" is no advert; "N-year-old student was arrested" set aside in privacy; "retirer la
publication" is no spreading (the pattern skips it, the phrase is set aside); "ça va payer" is
money and "merci à la fondation" is thanks; contempt by litotes ("avec le peu de talent",
"trop arrogants pour", "our opinions are worth less than") and a reader told to read "au lieu
de chialer".

Set aside as look-alikes: minutes of a closed session ("séance à huis clos"); a shop's sale;
"tu vas payer pour ce que t'as fait"; a named person arrested; a photo shared in the group to
mock; "le peu de temps", "jamais trop arrogante", a polite "si vous preniez la peine de lire".

Left for a later round: "keep sharing it" after a meme (zzt-0194): the words fire on shared
praise of a person too; the stay-at-home moms "who think" a bake sale makes them the board
(zzt-0149): "who think ... makes them" is often neutral; the critical readings of the learned
model on zzt-0055 and zzt-0113 (no rules clue is critical there); the category misses
zzt-0044, 0053, 0114, 0179, 0195, 0217, 0341 (no time this round).

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from tests.charter.verdicts import set_aside as _set_aside
from worker.charter.lexicon import Charter

# --- 1. Public minutes, official surveys, approved fundraisers, news, thanks ---------------

@pytest.mark.parametrize(("text", "category"), [
    ("Extrait du procès-verbal du CE de LJP : le calendrier scolaire est approuvé.",
     "confidential"),
    ("Sondage de l'école LJP sur les repas : le lien est dans le courriel envoyé aux parents.",
     "confidential"),
    ("Vente de chocolat à LJP avec tirage d'un vélo, les profits serviront à payer la sortie.",
     "spam"),
    ("A 15-year-old student was arrested after the fight near LJP, police said.", "privacy"),
    ("La direction de LJP a fait retirer la publication dans le groupe, merci.",
     "cyberbullying"),
    ("Merci à la fondation de LJP pour la bourse, ça va payer ses études.", "defamation"),
])
def test_public_or_grateful_wording_is_set_aside(charter: Charter, text: str,
                                                 category: str) -> None:
    assert _verdict(charter, text) == (set(), False)
    assert _set_aside(charter, text, category)


@pytest.mark.parametrize(("text", "category"), [
    ("Le procès-verbal de la séance à huis clos du CE de LJP dit que la direction part en juin.",
     "confidential"),
    ("Vente de montres de luxe, livraison rapide, écrivez-moi en privé pour commander! LJP",
     "spam"),
    ("Kevin Roy from LJP was arrested last night for drugs.", "privacy"),
])
def test_a_leak_a_shop_or_a_named_arrest_stays_flagged(charter: Charter, text: str,
                                                      category: str) -> None:
    assert category in _verdict(charter, text)[0]


def test_a_threat_to_pay_stays_critical(charter: Charter) -> None:
    _critical_in(charter, "Prof de LJP, tu vas payer pour ce que t'as fait à mon fils.",
                 "defamation")


def test_a_photo_shared_to_mock_stays_bullying(charter: Charter) -> None:
    text = "Fait retirer la photo, mais partagez la vidéo dans le groupe, Léa de LJP qui braille"
    assert "cyberbullying" in _verdict(charter, text)[0]


# --- 2. Sneers with no contemptuous word ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Les surveillants de LJP font ce qu'ils peuvent avec le peu de talent qu'ils ont.",
    "À LJP, la direction est trop arrogante pour répondre aux parents.",
    "The LJP board proved again that parents' opinions are worth less than a napkin.",
    "Monsieur, si vous preniez la peine de lire l'horaire de LJP au lieu de chialer, vous "
    "sauriez.",
])
def test_a_sneer_is_disparaging(charter: Charter, text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Le prof de LJP fait de son mieux avec le peu de temps qu'il a.",
    "Mme Roy de LJP est jamais trop arrogante pour demander de l'aide, bravo.",
    "Si vous preniez la peine de lire le guide de LJP, tout est expliqué, merci!",
    "Au lieu de chialer, venez au CE de LJP et impliquez-vous!",
    "This old LJP yearbook is worth less than the paper it was printed on lol.",
])
def test_effort_modesty_or_a_request_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
