"""The round of rules tuned on "zb-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: threats (arson wished as an image, a school that "would make a nice blaze"; someone who
will make sure a person "never feels safe" again; the writer unafraid of prison beside a
veiled threat; knees promised broken; where someone's bus is known; waiting at someone's
home with an iron bar); harassment by phone urged without end beside a private number, as
critical; incitement to suicide (a rope bought for someone named, "end it tonight", a jump
from the top of the school); a girl's age set against how old she "looks"; an adult's age
offered to students; what the writer "would do" to someone told in detail or "pas
catholique"; contempt in "it's not a school, it's a ...", a dumping ground for kids,
nobody caring about families or kids like mine, caring stopped years ago. Wrong flags: a
denied rumour of an attack ("personne s'est fait poignarder") read as a threat, "malade
mental" as praise beside what the children loved, a quoted insult the writer read or heard
elsewhere.

Set aside: a skipping rope bought for class, the board making sure pupils feel safe, knees
hurt in sport, a parent waiting at home, a bonfire at camp, "she's 15 and looks like her
mother", "hang out with a 25-minute break".

Left for a later round: a bomb emoji after "bombed my exam" beside a time word (patterns
cannot see the idiom before the emoji), sarcastic praise ("Bravo … champion de la
désorganisation 👏"), "not waking up tomorrow" or "si t'existais pu" said to a first name
the name patterns do not read as a person, sextortion and pictures sold or asked for
without a crude word, crude desire without a crude word ("I'd smash", "wish I had filmed
it"), hateful remarks on a group's origin, confidential leaks (exam prompts, undisclosed
decisions, internal reports), students' photos with their names shared, exclusion and
mockery without an insult ("on l'imite toute la récré", a group chat without someone).

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Threats ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Entre nous, la poly ESHG ferait un beau feu de joie un soir de juillet. Personne à "
    "l'intérieur, promis.",
    "That ESLJP building would make a great bonfire, just saying.",
    "Si l'ESHG ferme notre programme, des amis vont s'assurer que le directeur se sente plus "
    "jamais en sécurité dans son entrée.",
    "Le prof de maths de l'ESLJP, je m'en occupe personnellement. J'ai pas peur d'aller "
    "en prison.",
    "Vous avez jusqu'à lundi à l'ESHG pour payer, sinon on va te casser les genoux.",
    "Les sec 2 de l'ESLJP qui ont ri de mon frère, on sait où est ton bus après l'école.",
    "Le surveillant de l'ESHG, je vais aller l'attendre chez lui avec un pied-de-biche.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Le feu de camp de l'ESHG ferait plaisir aux élèves, on l'allume à 19h.",
    "La direction de l'ESLJP veut s'assurer que chaque élève se sente en sécurité.",
    "Ma fille s'est pété les genoux au volleyball à l'ESHG, ouch.",
    "Je vais attendre chez moi que l'ESLJP rappelle pour le transport.",
    "Non, personne s'est fait frapper à l'ESHG, c'était une rumeur.",
])
def test_look_alikes_are_no_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


def test_harassment_to_a_private_number_is_critical(charter: Charter) -> None:
    text = ("Le cell du prof d'éduc de l'ESHG c'est le 819 555 0147, textez-le sans arrêt, "
            "ce gros cave.")
    categories, critical = _verdict(charter, text)
    assert {"defamation", "privacy"} <= categories
    assert critical


# --- 2. Incitement to suicide ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On se cotise pour offrir une corde à Maxime de sec 2 à l'ESLJP 😂",
    "Laurence Tremblay at ESHG, do the school a favour and end it tonight.",
    "Olivier Gagnon de l'ESLJP devrait sauter du haut du gym, ça nous ferait des vacances.",
])
def test_incitement_is_critical_bullying(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Les élèves de l'ESHG doivent acheter une corde à danser pour le cours d'éduc.",
    "Pour Noël, acheter une corde à l'ESLJP pour l'escalade du gym, c'est une bonne idée.",
])
def test_a_rope_for_class_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Sexual -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La petite en sec 3 à l'ESHG a 15 ans mais elle fait 19, je dis ça de même 😏",
    "The grade 10 girls at ESLJP are cute, any of them wanna chill with a 30 yo? dm me",
])
def test_minors_sexualised_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


def test_what_the_writer_would_do_is_sexual(charter: Charter) -> None:
    text = "La nouvelle prof d'art de l'ESHG, j'y ferais des choses pas catholiques 😈"
    assert "sexual" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Ma fille de l'ESHG a 15 ans mais elle fait du cheer depuis 10 ans.",
    "Les élèves de l'ESLJP peuvent sortir avec un parent de 18 ans ou plus seulement.",
])
def test_sexual_look_alikes(charter: Charter, text: str) -> None:
    assert "sexual" not in _verdict(charter, text)[0]


# --- 4. Contempt -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "L'ESLJP c'est pas une école, c'est un entrepôt à ados.",
    "ESHG isn't a school, it's a waiting room. The staff stopped caring years ago.",
    "The board doesn't care about kids like ours at ESHG.",
])
def test_contempt_is_disparaging(charter: Charter, text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


def test_a_school_is_a_school(charter: Charter) -> None:
    text = "L'ESHG c'est une école, c'est une communauté, bravo à l'équipe!"
    assert _verdict(charter, text) == (set(), False)


# --- 5. Wrong flags --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Malade mental le spectacle de fin d'année à l'ESHG, les parents ont adoré!",
    "J'ai lu « le prof de l'ESLJP est un menteur » sur Facebook. Ce genre de commentaire "
    "doit arrêter, il y a un processus de plainte.",
    "« T'es une grosse vache » c'est ce que ma fille a entendu dans la cour de l'ESHG. "
    "L'école a très bien réagi.",
])
def test_praise_and_condemned_quotes_are_no_insult(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_malade_mental_aimed_still_insults(charter: Charter) -> None:
    text = "Le prof d'éduc de l'ESHG est un malade mental."
    assert "defamation" in _verdict(charter, text)[0]
