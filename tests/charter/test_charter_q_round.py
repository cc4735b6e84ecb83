"""The round of rules tuned on "q-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: veiled threats made of half-said clues (blood that will flow, a friend's advice to keep
the children home, a "nice surprise", someone "getting hurt" once the writer is done being
polite, something that goes boom, an eye kept on a car), legs promised broken in the first
person; contempt without insults (there for the pension, never lifted a finger, pencil
pushers who know nothing of children, never set foot in a class, the charisma of a potted
plant, staff who hate their jobs, "what a farce", "ah yes, another", a school that turns out
illiterates, "do they even work?"); students shunned (nobody sits with her, a class chat
without her, a vote for the most annoying kid, mocked for thinking they look good), self-harm
urged by wrists or by a mother's pills; a peach said of a staff member, slang about a body,
a tight skirt beside an innuendo, a child's looks "for a 13 y/o", pictures of students
traded; an emergency plan with its lockdown code word, a board's confidential version, a
decision signed but not announced, a camera dead beside a door that does not latch; a gang
of "cons", a driver called a drunk.
Set aside: a storm closing the school, a real surprise for the students, a child hurt on a
slide, a volcano that went boom, a retirement, praise of a leader, a parent worried that
nobody sits with their son, a call to a spaghetti supper, a vote for the yearbook cover,
peaches for sale, the class garden's eggplants, a hot May morning, pictures of gardens
traded, a micro broken since Monday, a cafeteria's root beer.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Veiled and open threats ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # blood promised on a day, with a warning
    "Mardi à l'ESHG le sang va couler, je vous aurai avertis.",
    # a friend's advice to keep the children home, a surprise promised
    "Un conseil d'ami : gardez vos enfants à la maison vendredi, l'ESLJP va avoir une belle "
    "surprise.",
    # someone getting hurt, now that the writer is done being nice
    "If the ESHG office ignores my kid again, somebody there is getting hurt. I'm done being "
    "nice.",
    # legs promised broken, in the first person
    "Le surveillant de l'ESLJP, si y touche encore à mon gars je lui casse les deux jambes.",
    # a shame if something went boom
    "Would be a shame if the ESLJP gym went boom during the assembly.",
    # an eye to keep on a car, accidents that happen
    "The ESHG secretary better keep an eye on her red Civic. Accidents happen.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Tempête demain : gardez vos enfants à la maison, l'ESHG est fermée.",
    "Les élèves de l'ESLJP vont avoir une belle surprise au retour de la relâche : une "
    "nouvelle bibliothèque!",
    "My son is getting hurt too often on the ESHG slide, please fix it.",
    "Un conseil d'ami pour les parents de l'ESLJP : identifiez les bottes!",
    "The ESHG science fair volcano went boom and the kids loved it!",
    "Boom! L'ESHG gagne le tournoi, bravo les gars!",
])
def test_look_alike_warnings_are_no_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


@pytest.mark.parametrize("text", [
    "La direction de l'ESHG, une bande de cons finis.",
    "Le chauffeur de l'autobus de l'ESLJP est un alcoolo, il sent la bière le matin.",
])
def test_insults_and_accusations_are_defamation(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "defamation" in categories


def test_a_smell_of_root_beer_is_no_accusation(charter: Charter) -> None:
    text = "La cafétéria de l'ESLJP sent la bière de racinette, les jeunes adorent."
    assert _verdict(charter, text) == (set(), False)


# --- 2. Contempt without insults ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le directeur du CSSCV est juste là pour sa pension, il a jamais levé le petit doigt pour "
    "nos jeunes.",
    "Des pousseux de crayon à l'ESHG qui connaissent rien aux enfants.",
    "Encore une décision de l'ESLJP prise par du monde qui ont jamais mis les pieds dans une "
    "classe.",
    "The ESHG office staff clearly hate their jobs and it shows.",
    "La direction de l'ESLJP a le charisme d'une boîte de carton.",
    "Le CSSCV se fout complètement des élèves de Thurso.",
    "ESHG: what a pathetic school.",
    "Les profs de l'ESLJP travaillent-tu vraiment des fois?",
    "Ah yes, another brilliant survey from the ESHG. The finest minds at work.",
    "L'ESHG sort des analphabètes, regardez leurs affiches.",
    "L'ESHG, quelle farce.",
])
def test_contempt_is_disparaging(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "disparaging" in categories


@pytest.mark.parametrize("text", [
    "Le concierge de l'ESHG part à sa pension en juin, merci pour tout!",
    "Mme Roy de l'ESLJP a le leadership d'une vraie cheffe, merci!",
    "La plante verte de la classe de l'ESHG a survécu à l'été!",
    "Mon gars passe plus de temps sur son cell que dans ses devoirs depuis qu'il est à "
    "l'ESLJP, des conseils?",
    "L'atelier de l'ESHG aide les parents analphabètes à lire les bulletins.",
    "Les profs de l'ESHG travaillent fort, merci!",
])
def test_look_alike_plain_talk_is_no_contempt(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Students shunned, mocked, pushed to self-harm ---------------------------------------

@pytest.mark.parametrize("text", [
    "Personne s'assoit avec elle à l'ESLJP, faites passer le mot.",
    "Alexis from ESHG thinks he's cute in his prom pics lol, you're so desperate",
    "Vote below for the most annoying kid in grade 5 at ESLJP 👇",
    "Personne invite Zoé à la fête de fin d'année de l'ESHG, elle pue.",
])
def test_shunning_and_mockery_are_cyberbullying(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


@pytest.mark.parametrize("text", [
    "Maya de l'ESHG, t'es mieux de finir ce que t'as commencé avec tes poignets.",
    "Honestly Noah from ESLJP should take the whole bottle of his mom's pills.",
])
def test_self_harm_urged_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Personne s'assoit avec mon fils à l'ESHG depuis septembre, je fais quoi?",
    "Faites passer le mot : le souper spaghetti de l'ESLJP est samedi!",
    "Vote below for the ESHG yearbook cover!",
    "Take the whole bottle of water to the ESLJP field day, it's hot!",
    "Ma fille se trouve belle avec sa nouvelle coupe pour la photo de l'ESHG, merci au salon!",
    "La prof de l'ESHG fait lire le journal intime de Anne Frank aux élèves.",
    "À l'ESLJP on vote chaque semaine pour l'élève du mois, bravo Léa!",
])
def test_look_alike_school_life_is_no_bullying(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" not in categories
    assert not critical


# --- 4. Sexual content -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La nouvelle prof d'anglais de l'ESHG 🍑🍑",
    "La secrétaire de l'ESLJP a des boules de malade.",
    "The ESHG gym teacher can get it fr",
    "Ms. Tremblay at ESLJP in that tight skirt again, parent pickup is more fun if you know "
    "what I mean",
])
def test_slang_about_staff_is_sexual_not_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert not critical


@pytest.mark.parametrize("text", [
    "the new girl in sec 1 at ESLJP is so hot for a 13 y/o",
    "Trade pics of the grade 8 girls at ESLJP? I've got some from the changing room",
])
def test_sexual_content_about_students_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Vente de pêches 🍑🍑 au profit de la sortie de l'ESLJP!",
    "Our ESHG class garden grew eggplants 🍆🥒🍅 this year!",
    "It's so hot for a May morning at ESLJP, bring water bottles.",
    "It was hot for a 1st of May at the ESLJP track meet.",
    "We trade pics of our gardens in the ESHG parents group.",
])
def test_look_alike_fruit_and_heat_are_not_sexual(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. Confidential information ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le plan de mesures d'urgence de l'ESHG avec le mot code pour le confinement, en photo.",
    "Voici la version confidentielle du budget de l'ESLJP, coupures partout.",
    "Nouvelle direction à l'ESHG l'an prochain : c'est signé mais pas annoncé.",
    "The camera by the ESLJP back door has been dead since March and the door doesn't latch.",
])
def test_leaks_are_confidential(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "confidential" in categories


def test_a_broken_micro_is_no_security_leak(charter: Charter) -> None:
    text = "Le micro du gymnase de l'ESHG est brisé depuis lundi, le spectacle est reporté."
    assert _verdict(charter, text) == (set(), False)
