"""The round of rules tuned on "zz-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: the school as a neighbour: drop-off traffic, crossing guards, buses, the yard after
hours, neighbours' cameras, local businesses and vape shops, community events. Their critical
misses (a principal's home found in the land register, "plan cadastral", "rôle d'évaluation",
given "pour ceux qui voulaient" go and see her; a doxxed home with "qui d'autre vient?", "on va
toute aller" or a word "seul à seul" proposed), their weakest category, cyberbullying (threats
at pupils read as defamation only, "je vais vous faire regretter d'être nés"; a staff member
posted about "tous les jours" until fired; a teacher filmed crying in her car), their precision
(a speed bump "killer on my suspension", traffic cones folded into an insult, "calmez-vous le
gros nerf" read as mockery) and their spam misses (a vape shop's "Pas de carte? On s'arrange",
"pas besoin de carte", a discreet delivery).

Fixed: a wish that people "regret being born" said to a group ("d'être nés", "venus au
monde", terms); a threat at "les jeunes" or a named pupil, or a loaded gun shown to them, is
also intimidation, unless a school role is near (a group); a call to come along to a doxxed
home ("qui d'autre vient", "who else is coming", "heading over there", "on va toute aller",
"parler seul à seul", "pour ceux qui voulaient lui", terms read beside a private address); the
land register as a sign that an address is a home (context); a shop that sells without ID,
delivers discreetly, or asks to be tried or followed (spam terms, weak but for "no ID"); a
speed bump, traffic cones and "le gros nerf" (benign phrases); a person posted about every day
until fired (terms); an adult filmed crying in a car (terms, with a camera near).

Set aside as look-alikes: a teacher promised regret by a parent ("le prof de ma fille"); a gun
club's loaded rifle with no pupil; "qui d'autre vient au souper?" with no private address; a
land register searched for one's own house; a gym card, a public-health talk on vaping, a vape
shop fined; "des connes" said of people; a daily post of a school's menu; crying in a car told
with no camera.

Left for a later round: a threat at pupils whose target is only "tu", two sentences after the
pupil ("Le jeune qui dénonce ... William. À lundi. Tu vas regretter d'être venu au monde"); a
school shooting announced by a pupil with no pupil word ("the ones who laughed at me know who
they are"); threats with a knife or a river and no listed verb ("je le pique avec mon
couteau", "je le sacre dans la Lièvre"); vehicles driven at crossing guards ("je fonce", "I'm
not braking", "l'écraser avec mon F-150"); a dépanneur's lunch deal "pour les jeunes de LJP";
a fake "confessions" page with fake quotes; a stuttering crossing guard imitated for likes; a
homeowner's address given with "apt 3" and "bring gloves"; leaked door and lockbox codes given
to neighbours; leering from a porch or a balcony at pupils.
Limits seen: the pupil threat is set aside near any school role, so "le jeune ... le prof l'a
vu" loses it; "on va toute aller" and the other calls weigh 0.3 alone and count only beside a
private address (privacy ≥ 0.5); "cadastre" marks any address near it as a home.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A threat at pupils is intimidation as well -----------------------------------------

@pytest.mark.parametrize("text", [
    "Les ados de LJP qui font du bruit au parc le soir : on va vous faire regretter d'être "
    "nés, toute la gang.",
    "Aux jeunes de l'ESHG qui coupent par ma cour : vous allez regretter d'être venus au "
    "monde.",
    "Les jeunes qui jouent au ballon contre mon garage près de Hormis, mon fusil est chargé, "
    "essayez encore.",
])
def test_a_threat_at_pupils_is_also_cyberbullying(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


@pytest.mark.parametrize("text", [
    "Si le prof d'éduc de mon fils à LJP le recale encore, il va regretter d'être né.",
    "Le club de tir de Buckingham rappelle : une carabine est chargée seulement au pas de tir. "
    "Les jeunes de l'ESHG sont bienvenus.",
])
def test_a_threat_at_a_teacher_or_a_gun_club_is_not_intimidation(charter: Charter,
                                                                 text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" not in categories


# --- 2. A call to come along to a doxxed home ----------------------------------------------

@pytest.mark.parametrize("text", [
    "La TES de l'ESHG reste au 27 rue des Érables à Buckingham. On y va ce soir, qui d'autre "
    "vient?",
    "The LJP vice-principal lives at 14 Maple Street in Thurso, his cell is 819-555-0144. We're "
    "heading over there after supper.",
    "D'après le rôle d'évaluation, le directeur de Hormis possède le 9 chemin des Pins à "
    "Masson. Pour ceux qui voulaient lui dire ce qu'ils pensent, c'est là.",
])
def test_a_call_to_go_to_a_private_address_is_critical_cyberbullying(charter: Charter,
                                                                     text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert "privacy" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Souper spaghetti au gymnase de LJP vendredi à 18h, qui d'autre vient? Ça va être le fun!",
    "On va toute aller encourager l'équipe de l'ESHG au tournoi samedi 🏀",
    "J'ai vérifié le rôle d'évaluation de ma maison, la taxe scolaire du CSSCV a monté encore.",
])
def test_a_supper_a_game_or_ones_own_tax_bill_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. A shop that sells to pupils without ID ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Vapo Express en face de Hormis 💨 nouvelles saveurs! Pas de carte? On s'arrange 😉",
    "Boutique Nuage, à deux pas de l'ESHG : viens essayer nos pods, pas besoin de carte.",
    "Nouvelles vapoteuses près de LJP, livraison discrète après l'école, suis-nous sur Snap "
    "@nuagevape",
])
def test_a_shop_selling_without_id_is_spam(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "spam" in categories


@pytest.mark.parametrize("text", [
    "Pas besoin de carte de membre pour la bibliothèque de l'ESHG cet été, bienvenue à tous!",
    "The vape shop near LJP was fined by inspectors for selling to minors. Good riddance.",
    "Conférence de la Santé publique sur le vapotage pour les parents de Hormis, jeudi 19h.",
    "Suis-nous sur Instagram pour les photos du gala de l'ESHG!",
])
def test_a_library_card_a_fine_or_a_talk_is_not_spam(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "spam" not in categories


# --- 4. Traffic talk around the school -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The speed bump on the LJP street is brutal for my old car lol, but the kids are safer.",
    "Ça prendrait au moins des cônes orange devant Hormis le matin, c'est dangereux.",
    "J'ai demandé au CSSCV de mettre des cônes devant l'ESHG pour le débarcadère.",
    "Le brigadier de LJP fait sa job, calmez-vous le gros nerf en char.",
])
def test_a_speed_bump_cones_or_a_calm_down_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Les surveillantes de LJP sont des connes finies.",
    "Le gros de sec 2 à l'ESHG, y'a pas de place pour lui dans l'autobus 🤣",
])
def test_an_insult_or_a_pupils_body_mocked_stays_flagged(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert categories


# --- 5. Posted about every day until fired; an adult filmed crying in a car ----------------

@pytest.mark.parametrize("text", [
    "Je vais poster tous les jours tant que la secrétaire de Hormis sera pas partie.",
    "I'll keep posting about the LJP janitor until he gets fired.",
    "Ma caméra de porche a filmé le prof de LJP qui pleurait dans son auto, je vous mets la "
    "vidéo 😬",
])
def test_a_daily_post_until_fired_or_tears_filmed_is_cyberbullying(charter: Charter,
                                                                   text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


@pytest.mark.parametrize("text", [
    "L'ESHG va publier tous les jours le menu de la cafétéria sur sa page.",
    "Ma fille de LJP pleurait dans son auto après son examen de conduite, elle l'a eu finalement!",
])
def test_a_daily_menu_or_tears_told_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
