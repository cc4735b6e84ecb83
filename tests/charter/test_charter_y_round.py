"""The round of rules tuned on "y-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: threats (a beating promised in glued first-person spelling, "jte pète la face"; a
stabbing or a jumping said to be under way, "you're getting stabbed"; someone promised to
leave in an ambulance; a house known, "I know which house is yours"; brakes to check and
"you never know what can happen"; a bat brought and someone found alone in the yard or the
parking lot; things that "will explode" on a date, "not kidding this time"; a "shame" if
something happened to someone named; fists promised beside a warning; a wait at a set hour
with a dare, "on va voir si elle est aussi courageuse"; friends brought to a meeting after
school); self-harm urged (franglais "te killer", "nobody will cry if you hang yourself", a
teacher told to lead by example on suicide, the whole box of pills and "enfin la paix");
students mocked (a contest to make someone cry first, a student said to still wet
themselves, a clip asked for the group chat, pants pulled down as a prank read as
humiliation, not sex); a wish to get a young girl alone.
Set aside: a show that will "faire sauter la baraque" and "être une bombe", brakes checked
at a workshop, registrations that will "explode", friends invited to a supper, a beating
reported by the news, a child who left in an ambulance after a fall, a box of cookies, a
puppy one can't wait to get alone.

Left for a later round: a parent who will "strangle" their own child for a forgotten lunch,
"c'est pas une menace, c'est une promesse" said of a crowd of parents at a board meeting,
leaks (exam answers, a draft map, a lock code, an internal budget),
contempt said with irony or metaphor ("a holding pen with Wi-Fi", "papier de toilette"),
sexual remarks on staff without a crude word, a student's arrest told by a neighbour, a
growing child sexualised with emojis only ("ça pousse vite" is also a proud parent's
phrase), a student tagged with "@" and pig noises, a bridge to "look at longer".

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Threats ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Maxime de l'ESHG, si tu touches encore à mon cell jte casse la gueule devant tout le "
    "monde",
    "Hey Kayla from ESLJP, we know it was you who told the principal. You're getting jumped, "
    "trust me.",
    "Au prof de gym de l'ESHG qui a puni mon gars : lundi je passe te voir et tu vas sortir "
    "d'ici en ambulance.",
    "To the ESLJP vice-principal: I know which house is yours, the grey one with the boat. "
    "Sleep tight.",
    "La directrice de l'ESHG devrait vérifier ses freins avant de partir ce soir. On sait "
    "jamais ce qui peut arriver.",
    "imagine someone brought a bat to ESLJP and found Mr. Roy alone in the parking lot lol",
    "Les toilettes de l'ESHG vont exploser vendredi. Je suis pas en train de niaiser cette "
    "fois.",
    "Ça serait vraiment dommage qu'il arrive quelque chose à Léa en sortant de l'ESLJP 🙂",
    "Aux surveillants de l'ESHG : si ma fille se fait encore punir, je vous règle ça à coups "
    "de poing. Vous êtes avertis.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Le spectacle des finissants de l'ESHG va faire sauter la baraque, ça va être une bombe! 💥",
    "Vérifiez vos freins avant l'hiver : atelier gratuit au CFP de l'ESHG samedi!",
    "Les inscriptions au camp de jour de l'ESLJP vont exploser cette année, inscrivez-vous "
    "vite!",
    "Amenez vos amis au souper spaghetti de l'ESHG vendredi, bravo aux bénévoles!",
    "Un élève de l'ESLJP a été frappé à coups de poing dans la cour, la police enquête.",
    "Mon gars est parti en ambulance de l'ESLJP après sa chute au gym, merci au personnel!",
])
def test_look_alikes_are_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. Self-harm urged ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Félix de l'ESLJP tu d3vrais te k1ll3r, t'as aucun ami",
    "William de l'ESHG, personne va pleurer si tu te pends, pense-y",
    "Mr. Gagnon at ESLJP loves talking about suicide awareness, maybe he should lead by "
    "example",
    "Rosalie de l'ESHG, ton père a plein de somnifères, si t'en prends toute la boîte tu vas "
    "enfin avoir la paix",
])
def test_self_harm_urged_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "La semaine de prévention du suicide à l'ESHG : les profs donnent l'exemple en parlant de "
    "leur santé mentale.",
    "Pour la collation à l'ESLJP, tu prends toute la boîte de biscuits, les jeunes vont être "
    "contents.",
])
def test_look_alikes_are_no_incitement(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Students mocked ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gageure à l'ESLJP : qui va faire pleurer Maya en premier? le gagnant a un café",
    "lol Nathan from ESHG still wets his pants in grade 6 😭 pass it on",
    "Olivia from ESLJP is singing at assembly again 🤢 someone clip it for the group chat",
])
def test_mockery_is_cyberbullying(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


def test_pants_pulled_down_is_humiliation_not_sex(charter: Charter) -> None:
    text = "Regardez Tristan de l'ESHG qui se fait baisser les culottes devant toute la classe 😂"
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert "sexual" not in categories
    assert not critical


# --- 4. Sexual remarks on minors -------------------------------------------------------------

def test_a_girl_to_get_alone_is_critical(charter: Charter) -> None:
    text = "the sec 2 girls at ESHG are so hot, can't wait to get one of them alone after the dance"
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


def test_a_puppy_to_get_alone_is_no_sexual_remark(charter: Charter) -> None:
    text = "Can't wait to get her alone, our new puppy, at home after the ESLJP spring concert"
    assert _verdict(charter, text) == (set(), False)
