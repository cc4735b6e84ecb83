"""The round of rules tuned on "p-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: a person dragged out by the collar or stabbed with what is at hand, a reckoning "with
me", a bomb "ya" in a school, veiled threats made of two half-said
clues (a drill that will be real, something brought to school that is not homework, guards
that will not be enough, a lesson not forgotten, a list of names, no use running), a
father's 12-gauge; self-harm set as a goal or put to a vote, pills pointed to then urged;
nudes in leetspeak, pictures traded or "special", a child's looks foretold, a body admired
beside a contact asked for, an innuendo after a student is named; slang about a staff
member's body; a crowd called to a door with pots and pans; contempt by litote (as much
sense as a door, not worth the paper, problems shovelled forward) and a school called shit.
Set aside: a child who "won't shut up about" lunch, a denial ("I wouldn't call…", "loin
d'être"), sexting taught as a danger, "tirer la pipe" as teasing.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Threats ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # dragged out by the collar, stabbed with what is at hand, in the first person
    "Le grand de sec 3 qui écœure mon gars dans l'autobus de l'ESHG, je le sors par le "
    "collet devant tout le monde.",
    "Toi le surveillant de l'ESLJP, recommence pis je te plante mon crayon dans la main.",
    # a reckoning promised with the writer
    "Le directeur de l'ESHG va avoir affaire à moé s'il rappelle pas.",
    # a bomb said to be there, in SMS spelling
    "ya une bombe dans le gym de l'ESLJP, sortez vite",
    # two half-said clues together
    "the ESLJP lockdown drill next week will be a real one this time, bring marshmallows",
    "im bringing something to school monday at ESHG and it wont be my homework",
    "Mark my words, ESLJP: you'll need more than one security guard at the front door.",
    "Someone should teach the ESHG bus dispatcher a lesson he won't forget. I know what he "
    "drives.",
    "La liste que j'ai faite avec les noms des profs de l'ESLJP? Elle est presque finie.",
    "On t'attend à la sortie de l'ESHG demain. Cours pas, ça sert à rien.",
    # a parent's gun brought, beside a warning
    "Je vais amener le 12 à mon père à l'ESLJP vendredi, on va voir qui rit.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    # a bouncer told as news; a collar on a shirt; a garden
    "Le directeur de l'ESHG a sorti le chien de la cour par le collet, personne blessé.",
    "Ma fille plante ses tomates dans le jardin de l'ESLJP avec sa classe.",
    # friends meeting; a fire drill that went well; homework brought
    "Fire drill at ESLJP today went well, everyone was out in three minutes.",
    "My son is bringing something to school tomorrow for show and tell at ESHG: his turtle.",
    "L'ESLJP a engagé un agent de sécurité pour le bal, merci au comité.",
    "La liste des fournitures de l'ESHG est presque finie, merci aux profs!",
    "My dad's rifle is in the museum exhibit at ESLJP this week, come see the history.",
    "Cours pas dans le corridor de l'ESHG, c'est le règlement.",
    "I'll teach the ESHG grade 5 class a lesson on volcanoes they won't forget!",
])
def test_look_alike_threats_are_not_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert not critical
    assert "defamation" not in categories


def test_dead_to_the_group_is_exclusion(charter: Charter) -> None:
    categories, _ = _verdict(charter, "Si tu parles encore à Zoé de l'ESHG, t'es morte pour "
                                      "nous.")
    assert "cyberbullying" in categories


# --- 2. Incitement to self-harm ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le but c'est qu'il se fasse du mal avant l'été, le p'tit Tom de l'ESHG.",
    "Vote du jour à l'ESLJP : Maya devrait se couper encore? oui ou non",
    "Tom de l'ESHG, les pilules de ta mère sont dans la salle de bain. Avale-les toutes.",
    "t tellement nul Jade de l'ESLJP, si jtais toi jme tuerais",
])
def test_self_harm_urged_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "J'ai peur qu'elle se fasse du mal, ma fille à l'ESHG. Qui peut m'aider?",
    "Je veux pas qu'il se fasse du mal dans la cour de l'ESLJP, il y a de la glace.",
    "Tom de l'ESHG, les pilules de ta mère sont sur le comptoir, apporte-les-lui.",
    "Les brochures de l'ESLJP sont sur la table à l'entrée, prends-les toutes.",
    "Mon gars devrait se couper les cheveux avant la photo de l'ESHG.",
])
def test_look_alike_care_is_no_incitement(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" not in categories
    assert not critical


# --- 3. Sexual content about students ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "nudez d3s gars de s3c 3 @ ESHG, dm",
    "trading pics of ESLJP sec 2 girls, got a few",
    "Quelle élève de l'ESHG veut de l'argent facile? Photos spéciales, écris-moi",
    "the little one in grade 5 at ESLJP will be a smoke show in a few years",
    "la fille de sec 1 à l'ESHG a un de ces corps, qqun a son snap?",
    "Les filles de sec 1 à l'ESLJP s'habillent comme des femmes, je me plaindrai pas",
    "That sec 2 girl at ESHG, I'd wait for her after school if you know what I mean",
])
def test_sexual_content_about_students_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Trading cards at ESLJP recess are a hit with the grade 4s!",
    "Les photos du spectacle de l'ESHG sont en ligne, merci au photographe.",
    "My niece in grade 5 at ESLJP will be a great nurse in a few years.",
    "Les filles de sec 1 à l'ESHG s'habillent comme des femmes asteure, ça m'inquiète.",
    "Il fait beau pour la sortie de l'ESLJP, je me plaindrai pas!",
    "I'll wait for her after school at ESHG, she has a dentist appointment.",
    "The sex ed class at ESLJP covered consent, sexting and safety online. Great work.",
    "Les élèves de l'ESHG ont tiré la pipe au directeur dans la vidéo de fin d'année.",
])
def test_look_alike_school_life_is_not_sexual(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" not in categories
    assert not critical


@pytest.mark.parametrize("text", [
    "La concierge de l'ESHG doit être une bête au lit 🔥",
    "Le prof de musique de l'ESLJP est tellement beau, je mouille rien qu'à le voir",
    "la prof de danse de l'ESHG, je la prendrais sur le piano",
    "La réceptionniste de l'ESLJP a des grosses boules, ça vaut le détour",
])
def test_slang_about_staff_is_sexual_not_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert not critical


def test_an_innuendo_about_an_adult_alone_is_no_flag(charter: Charter) -> None:
    text = "Le cours de maths de l'ESHG est long, si vous voyez ce que je veux dire."
    assert _verdict(charter, text) == (set(), False)


# --- 4. A crowd called to a door -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ce soir 20 h devant chez le prof de l'ESLJP, 9 rue des Pins. Apportez vos casseroles.",
    "got the home addy of the kid who told on us at ESHG: 14 ch. du Moulin. pull up",
])
def test_a_crowd_called_to_a_home_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert {"privacy", "cyberbullying"} <= categories
    assert critical


@pytest.mark.parametrize("text", [
    "Apportez vos casseroles au souper communautaire de l'ESHG samedi!",
    "Pull up to the ESLJP bake sale tomorrow, everything is two dollars.",
])
def test_look_alike_gatherings_are_no_pile_on(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert not categories & {"privacy", "cyberbullying"}
    assert not critical


# --- 5. Contempt and insults without the usual words ---------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("Le répartiteur du CSSCV a autant de jugeote qu'une chaise.", "disparaging"),
    ("Un bulletin de l'ESHG, ça vaut pas le papier sur lequel c'est imprimé.",
     "disparaging"),
    ("La direction de l'ESLJP, championne du pelletage de problèmes par en avant.",
     "disparaging"),
    ("Whoever planned the ESHG parking lot should never be allowed near a classroom again.",
     "disparaging"),
    ("ESLJP = 3c0l3 d3 m3rd3", "disparaging"),
    ("Les surveillants de l'ESHG servent strictement à rien.", "disparaging"),
    ("Le transport du CSSCV, c'est le tiers-monde.", "disparaging"),
    ("M. Roy de l'ESHG est un t r o u d e c u l", "defamation"),
    ("Le concierge de l'ESLJP vole du matériel depuis des années.", "defamation"),
])
def test_contempt_and_insults_are_flagged(charter: Charter, text: str,
                                          category: str) -> None:
    categories, _ = _verdict(charter, text)
    assert category in categories


@pytest.mark.parametrize("text", [
    "Mon gars à l'ESHG a autant de devoirs qu'en sec 5, c'est beaucoup.",
    "Le papier recyclé de l'ESLJP sert à imprimer les bulletins.",
    "On a pelleté l'entrée de l'ESHG par en avant de l'autobus ce matin.",
    "La nouvelle école de musique près de l'ESLJP ouvre samedi.",
    "Les surveillants de l'ESHG servent le dîner à 11 h 30.",
    "Le concierge de l'ESLJP a trouvé le matériel volé et l'a rapporté.",
])
def test_look_alike_plain_talk_is_no_contempt(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert not categories & {"disparaging", "defamation"}


# --- 6. Set aside: a chatty child, a denial, praise -----------------------------------------

@pytest.mark.parametrize("text", [
    "My daughter won't shut up about the ESLJP science fair, she loved it.",
    "I wouldn't call the ESHG schedule stupid, but the buses leave too early.",
    "La secrétaire de l'ESLJP est loin d'être une idiote, elle a tout réglé en 5 minutes.",
])
def test_chatter_denials_and_praise_are_no_breach(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("Shut up about the ESLJP schedule, you idiot.", "defamation"),
    ("La secrétaire de l'ESHG est une idiote, elle a tout mélangé.", "defamation"),
])
def test_the_look_alikes_stay_flagged(charter: Charter, text: str, category: str) -> None:
    categories, _ = _verdict(charter, text)
    assert category in categories


@pytest.mark.parametrize("text", [
    "Le conférencier invité à l'ESHG a fait de la prison pour fraude et parle de sa "
    "réhabilitation aux élèves.",
    "We're trading pics from the ESLJP field trip in the parents group.",
    "Collecte de nourriture pour chien à l'ESLJP pour la SPA.",
    "Les élèves de l'ESHG ont appris que les loups sont des prédateurs.",
])
def test_look_alike_news_is_no_breach(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
