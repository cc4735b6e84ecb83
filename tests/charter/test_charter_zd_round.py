"""The round of rules tuned on "zd-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: incitement (self-harm told, then "qu'elle aille jusqu'au bout"; a jump off a bridge
after a longer aside; death advised with a filler between, "tu devrais juste te tuer");
threats (limbs the writer will break in English with words between, money offered to
whoever beats someone, an accident wished on people, "j'espère qu'y vont se faire frapper
par un char"); sexual (someone filmed inside a school's toilets or locker rooms, "vid" for
video, filmed "en train de coucher", a young person's body touched, "i'd smash any of them",
"mature pour mon âge").
Wrong flags: a school's number after "appelez le" (the article, not the pronoun of a
pile-on); "c'est débile comment" ("it's crazy how") read as an insult; an insult the writer
denies having said ("j'ai pas dit que le prof était con") read as said.

Set aside: a project carried "jusqu'au bout", a haircut, dying of laughter, "crever
l'abcès", a photo of renovated toilets, blocked toilets, an arm touched to wake a pupil,
breaking a record or a heart, a prize for a home run, a road-safety worry, a near-accident
told as news.

Left for a later round: veiled threats (brakes to check, a car park at 16 h 15, windows that
may not stay whole, a pile-on at a teacher's door with the address in English); grooming
quoted by a parent ("a écrit à mon gars « dis-le pas à ta mère »", discounted as reported),
an adult asking a young person to show herself on camera, sitting on a supervisor's knees,
"24M looking for a sec 3"; crude desire without a crude word ("b-a-n-d-a-n-t-e" split by
hyphens, "une retenue privée", "se rince l'œil"); pile-ons without an insult (a pig emoji
under a photo, a deadname used on purpose, a video of a student pushed in the snow "on
continue demain", blackmail with a video); contempt without a contempt word (sarcasm,
"autant de colonne vertébrale qu'une méduse", "juste là pour le chèque"); confidential leaks
(door codes, lockdown phrases, emergency plans, a draft budget); spam without a link word;
"débile" praising a thing beside a fire emoji only (🔥 is also a threat's emoji); a news
item on a suspended student read as a leak; the false critical pile-ons beside a permanent
code or an address ("faites-en ce que vous voulez", "dire votre façon de penser").

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Incitement to suicide or self-harm ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Maëlle de l'ESHG a encore essayé de se couper, qu'elle aille jusqu'au bout pis qu'on en "
    "parle plus.",
    "Il s'automutile depuis l'automne à l'ESLJP, ben qu'il aille jusqu'au bout.",
    "Toi le nouveau de l'ESLJP, tu devrais rendre service à toute l'école pis sauter du pont.",
    "Mathis de l'ESHG, tu devrais vraiment juste te pendre.",
    "You should honestly just kill yourself, nobody at ESLJP likes you.",
])
def test_incitement_is_critical_bullying(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Mon gars veut finir son projet de robotique à l'ESHG, qu'il aille jusqu'au bout!",
    "Elle veut se couper les cheveux courts pour le bal de l'ESLJP, qu'elle aille jusqu'au "
    "bout!",
    "Tu devrais juste mourir de rire en voyant le spectacle de l'ESHG.",
    "Tu devrais juste crever l'abcès avec la direction de l'ESHG.",
])
def test_look_alikes_are_no_incitement(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" not in categories
    assert not critical


# --- 2. Threats ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I'm gonna find that ESHG teacher and snap his skinny neck.",
    "20 piasses à celui qui fesse le coach de l'ESLJP en premier.",
    "100$ to whoever punches that ESHG teacher tomorrow.",
    "I hope the ESLJP bus driver gets hit by a truck on his way home.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "I'll break her heart at the ESHG prom, watch me.",
    "I'll make sure nobody breaks his arm on the ESLJP climbing wall.",
    "Je donne 10$ à qui frappe un circuit au tournoi de l'ESHG.",
    "J'espère que personne va se faire frapper par un char devant l'ESHG avec ces travaux.",
    "Un élève de l'ESLJP a failli se faire frapper par un char hier, j'espère que la ville va "
    "agir.",
])
def test_look_alikes_are_no_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


# --- 3. Sexual -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Qui veut la vidéo filmée dans le vestiaire des filles de l'ESLJP? DM",
    "Got a vid of someone in the girls' locker room at ESHG lmao who wants it",
    "Y'a une vidéo de deux sec 4 de l'ESLJP en train de baiser dans l'auto, qui la veut?",
    "Mon entraîneur de l'ESLJP m'a pogné les fesses dans le corridor, j'ai 13 ans.",
    "The bus driver at ESHG grabbed my butt when I got off, I'm in grade 8.",
    "Les filles de sec 1 à l'ESLJP, id smash any of them ngl 🥵",
    "Mme Gagnon de l'ESHG m'a écrit que j'étais mature pour mon âge, j'ai 13 ans.",
])
def test_sexual_involving_students_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Les toilettes des filles de l'ESHG sont encore bouchées, quelqu'un peut appeler le "
    "concierge?",
    "Voici une photo des toilettes de l'école ESLJP après les rénos, enfin propres!",
    "Vidéo des élèves de l'ESHG en train de faire la cuisine pour la guignolée.",
    "Le prof de l'ESHG m'a touché le bras pour me réveiller en classe.",
    "I'd smash the record at the ESHG track meet this year.",
])
def test_sexual_look_alikes(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" not in categories
    assert not critical


# --- 4. Wrong flags: a school's line, an idiom, a denial ----------------------------------

@pytest.mark.parametrize("text", [
    "Le secrétariat de l'ESLJP a changé de numéro: appelez le 819 555 0190 poste 1 pour les "
    "retards.",
    "C'est débile comment la cafétéria de l'ESHG est rendue bonne cette année.",
    "J'ai pas dit que la direction de l'ESLJP était stupide, j'ai dit que sa décision l'était.",
])
def test_harmless_ways_of_writing_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_pile_on_with_a_personal_cell_stays_critical(charter: Charter) -> None:
    text = "Le coach de l'ESHG, son cell c'est le 819 555 0177, appelez-le toute la nuit."
    categories, critical = _verdict(charter, text)
    assert {"cyberbullying", "privacy"} <= categories
    assert critical


def test_debile_said_of_a_person_stays_an_insult(charter: Charter) -> None:
    text = "Le prof de l'ESLJP est débile, il comprend rien."
    assert "defamation" in _verdict(charter, text)[0]


def test_an_insult_after_but_still_counts(charter: Charter) -> None:
    text = "J'ai pas dit que c'était facile, mais le prof de l'ESHG est un con."
    assert "defamation" in _verdict(charter, text)[0]
