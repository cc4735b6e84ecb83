"""The round of rules tuned on "zzf-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: people angry, scared or grieving and those who answer them (late-night rants with one
line that crosses, panicked rumours, posts after a child's injury, condolence threads,
apologies, parents' group admins removing posts, insults quoted to denounce them). Its
precision (an admins' reminder of the group's rules, a mother's lesson after her son's game
threat, a team praised as "des bêtes"), its critical misses (an injury promised at the end of
a long polite rant, a doxxed home with the crowd left to "know what to do", self-harm urged
again or deeper, "juste te pendre").

Fixed: an injury promised by what it will take to mend ("make sure he needs stitches",
"va avoir besoin de quelques dents"; a pattern, critical); a lesson about one's own words or
deeds ("il va comprendre que ces mots ont des conséquences"; benign phrases); self-harm urged
after "cutting again" or in the next sentence ("you cut. Next time go deeper"; the pattern
widened); "juste te pendre" (a term); the crowd left to know what to do or sent in the
conditional beside a private address ("savez quoi faire", "qui pensent comme moi",
"j'irais cogner", "allez donc y dire"; clues of a crowd call); "des bêtes" beside a sport
(its own group with unless: [sport]); a group's rule "no screenshots" (negation markers).

Set aside as look-alikes: "make sure she gets stitches"; "elle a besoin de nouvelles
lunettes"; "elle va comprendre que je niaise pas"; "cutting the cake"; "I don't know what to
do" beside a school's address; "vous êtes des bêtes" with no sport; screenshots posted to mock.

Left for a later round: a rumour debunked two sentences after the quoted insult (zzf-0239);
an apology for an insult written without quotes (zzf-0314); admins' replies naming "document
interne", "internal emails", "screenshot" or "fake account" (zzf-0090, zzf-0114, zzf-0098,
zzf-0056); a court report's "thérapie" (zzf-0205); two sacres in a rant (zzf-0046);
"écrivez-moi en privé" (zzf-0041); "pas besoin de payer 35$/h" (zzf-0128, patterns are never
negated); "was arrested" said of a stranger (zzf-0031); the address of zzf-0163 too far from
"his place"; "elle reste dans la rue des Pins ... On serait combien?" (zzf-0269); veiled
threats with no listed word (zzf-0012, zzf-0151, zzf-0153, zzf-0154, zzf-0260); suicide urged
with no listed word (zzf-0039, zzf-0054, zzf-0264); sexual misses (zzf-0061, zzf-0065,
zzf-0161, zzf-0246, zzf-0247, zzf-0248, zzf-0249, zzf-0245).
Limits seen: "make sure ... needs" reads only stitches, a cast, surgery, teeth, dentures,
crutches or a wheelchair; the crowd clues count only beside a private address; "des bêtes" is
set aside within 20 words of a sport word, so a team called stupid after a game is missed.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. An injury promised by what it will take to mend -------------------------------------

@pytest.mark.parametrize("text", [
    "I've been calm for months, but if the LJP bus driver yells at my boy again I'll make sure "
    "he needs a cast.",
    "Le concierge de Hormis, la prochaine fois qu'il me bouscule, il va avoir besoin de "
    "nouvelles dents.",
])
def test_an_injury_promised_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "The LJP nurse will make sure she gets stitches at the clinic, thank you all.",
    "Ma fille de Hormis a besoin de nouvelles lunettes, quelqu'un connaît un bon optométriste?",
])
def test_care_after_an_injury_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A lesson about one's own words ------------------------------------------------------

def test_a_lesson_drawn_is_not_a_threat(charter: Charter) -> None:
    text = ("Ma fille a écrit une niaiserie sur le groupe de LJP. Elle est punie, elle va "
            "comprendre que ses paroles ont du poids.")
    assert "defamation" not in _verdict(charter, text)[0]


def test_a_lesson_promised_to_someone_stays(charter: Charter) -> None:
    text = ("Si le prof de Hormis rappelle pas avant lundi, je vais aller l'attendre à la "
            "sortie. Il va comprendre que je niaise pas.")
    _critical_in(charter, text, "defamation")


# --- 3. Self-harm urged again or deeper; 4. "juste te pendre" -------------------------------

@pytest.mark.parametrize("text", [
    "cutting yourself again Noah? do it for real this time, all of LJP wants to see",
    "We all know you cut, Zoé from Hormis. Go deeper next time.",
    "T'as pas pensé à juste te pendre, Léo? Personne à LJP le remarquerait.",
])
def test_self_harm_urged_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "cyberbullying")


@pytest.mark.parametrize("text", [
    "The LJP grade 6s are cutting the cake for the principal's farewell. Go say goodbye!",
    "La classe de Hormis a fait un spectacle de marionnettes, le pendu était drôle en maudit.",
])
def test_cake_or_a_puppet_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. The crowd left to know what to do, beside a private address -------------------------

@pytest.mark.parametrize("text", [
    "Le coach de Hormis qui a crié après ma fille, c'est Marc Lavoie, il reste au 12 rue des "
    "Cèdres à Thurso. Vous savez quoi faire.",
    "Le surveillant de LJP c'est Éric Piché, 88 rue Principale à Masson, chez lui le soir. "
    "Si j'étais un parent, j'irais cogner.",
])
def test_a_doxxed_home_and_a_crowd_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "cyberbullying")


@pytest.mark.parametrize("text", [
    "I don't know what to do anymore, my son hates going to Hormis. Ideas welcome.",
    "Les parents de LJP qui pensent comme moi, venez au conseil d'établissement mardi.",
])
def test_a_parents_worry_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. "des bêtes" beside a sport ----------------------------------------------------------

def test_a_team_praised_as_beasts_is_nothing(charter: Charter) -> None:
    text = "Finale du tournoi de basket à LJP : les gars de sec 3, vous êtes des bêtes!"
    assert _verdict(charter, text) == (set(), False)


def test_beasts_with_no_sport_stays(charter: Charter) -> None:
    text = "Les surveillants de Hormis, vous êtes des bêtes sans cervelle."
    assert "disparaging" in _verdict(charter, text)[0]


# --- 7. A group's rule against screenshots --------------------------------------------------

def test_a_rule_against_screenshots_is_nothing(charter: Charter) -> None:
    text = ("Admins of the LJP parents page: be kind, no screenshots of private messages, "
            "write to the school instead.")
    assert _verdict(charter, text) == (set(), False)


def test_private_messages_posted_to_mock_stays(charter: Charter) -> None:
    text = "lmao here are Jade's private messages from LJP, she's so desperate"
    assert "cyberbullying" in _verdict(charter, text)[0]
