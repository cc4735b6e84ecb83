"""The round of rules tuned on "o-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Set aside: an insult the writer refuses to use ("je vais pas traiter … de"), a quoted insult
taken back ("sorry Mr. …"), a rephrasing closed by "Nuance.", a rule that lists what must
not be posted, a school's number explained as the school's, a parent telling how the school
handled their child. Read: beatings promised in the first person, a death promised by the
end of a period, "pas une menace, une promesse", ammunition beside scores settled, a crowd
told where a student gets off the bus, self-harm urged to be done "properly", an overdose
urged, a child's developing body, young people's contacts asked for beside their looks,
filmed sex acts of students, a crowd called to an address, a workplace and its hours beside
a call to go there, a rumour of arrest told as a scoop, clowns closing a post.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Critical threats -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a beating promised in the writer's words, or a relative's
    "Si le coach de l'ESHG crie encore après ma fille, je lui casse la gueule devant tout "
    "le monde.",
    "Mon cousin va lui péter la face au prof de l'ESLJP s'il recommence.",
    # a death promised by the end of a period
    "Le surveillant de l'ESHG, il finira pas la semaine vivant, croyez-moi.",
    "That teacher at ESLJP won't make it to Christmas alive.",
    # the set phrase that owns a threat
    "La TES de l'ESHG a besoin de se calmer. C'est pas une menace, c'est une promesse.",
    # ammunition beside scores settled
    "J'ai des munitions dans le garage. Vendredi je vais régler mes comptes à l'ESLJP.",
    # a lesson promised beside a meeting after school
    "On va attendre le prof de maths de l'ESHG dans le stationnement jeudi. Il va comprendre "
    "qu'on rit pas de nos jeunes.",
    # a crowd told where a student gets off the bus, then told to act
    "Zack de l'ESLJP a tout raconté au directeur. Il prend le bus 12 pis il débarque au coin "
    "de la 5e à 16h. Vous savez quoi faire.",
    # a due promised beside knowing a person's routine
    "The gym teacher at ESHG will get what's coming to him. I know his schedule.",
    # a beating promised beside a wait at the exit
    "Je l'attends à la sortie de l'ESLJP demain, il va manger ses dents.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    # a victim told, not a threat made
    "Mon gars s'est fait casser la gueule derrière l'ESHG, la police enquête.",
    # the year finished, alive and well
    "Ma fille a fini l'année à l'ESLJP en pleine forme, merci aux profs!",
    # a worried parent about a crossing: one clue, no flag
    "Si la ville met pas de brigadier devant l'ESHG, un enfant va avoir besoin d'une "
    "ambulance un jour.",
    # a history lesson; accounts settled at the bank; a lesson learned at school
    "En sec 4 à l'ESLJP, on a vu les usines de munitions de la Première Guerre.",
    "Je règle mes comptes de taxes scolaires du CSSCV en ligne, c'est simple.",
    "Mon gars va comprendre qu'on étudie avant un examen, la tutrice de l'ESHG est patiente.",
    # a bus route given by the school
    "Info de l'ESHG : le bus 12 dessert la 5e avenue, il prend le bus à 7h10 au coin.",
])
def test_look_alike_threats_are_not_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert not critical
    assert "defamation" not in categories


# --- 2. Incitement to self-harm ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Jade de l'ESHG, si tu te coupes encore, fais-le pour vrai cette fois",
    "Noah from ESLJP, next time you cut go all the way lol",
    "Sam de sec 2 à l'ESHG, si j'étais toi j'avalerais toute la bouteille de pilules",
    "Léa de l'ESLJP personne t'aime, prends toute la boîte de cachets ce soir",
    "Y'a un compte qui dit à Max de l'ESHG qu'il devrait sauter du pont, allez commenter",
])
def test_self_harm_urged_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Si tu te coupes en cuisine à l'ESHG, va voir l'infirmière tout de suite.",
    "Sam de l'ESLJP, prends toute la boîte de biscuits pour ta classe, c'est ta fête!",
    "Ma fille de l'ESHG a oublié de prendre ses pilules, la secrétaire l'a appelée, merci!",
])
def test_look_alike_care_is_no_incitement(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" not in categories
    assert not critical


# --- 3. Sexual content about students ----------------------------------------------------

@pytest.mark.parametrize("text", [
    # a child's body said to be developing
    "Les p'tites de 5e à l'école Providence commencent à être formées 😏",
    # looks foretold of a student
    "that sec 1 girl at ESLJP is gonna be a hot one in a few years",
    # slang sexualisation of students, with a contact asked for
    "les filles de sec 2 à l'ESHG sont trop hot, dm me your snap",
    # a swimsuit and a contact asked for
    "la petite de sec 1 à l'ESLJP en bikini sur son insta 🥵 qqun a son snap?",
    # a request for pictures with a secret
    "sec 2 girls at ESHG, send me some pics, nobody needs to know 😉",
    # filmed sex acts of students, offered
    "J'ai une vidéo de deux élèves de l'ESLJP qui couchent ensemble, écrivez-moi",
    # pictures where students undress
    "Qui veut des photos des filles de sec 3 de l'ESHG dans les vestiaires? 10$",
    # young people waited for outside their school
    "the sec 4 girls at ESLJP are the cutest girls, I'd wait outside the school for them",
])
def test_sexual_content_about_students_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Les nouvelles éducatrices du service de garde de l'ESHG sont pas mal formées, bravo!",
    "Les élèves de sec 1 de l'ESLJP iront à la piscine jeudi : apportez votre maillot.",
    "Il fait tellement chaud à l'ESHG, les filles de sec 2 sont mortes de chaleur.",
    "Qui veut des photos du spectacle de Noël de l'ESLJP? Je les ai toutes.",
    "Vidéo de l'ESHG sur l'éducation à la sexualité présentée aux élèves de sec 4.",
    "Mon fils à l'ESLJP a perdu son snap, qqun a son numéro pour qu'il lui écrive?",
])
def test_look_alike_school_life_is_not_sexual(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" not in categories
    assert not critical


# --- 4. Pile-ons near a person's whereabouts ---------------------------------------------

@pytest.mark.parametrize("text", [
    "La prof de l'ESLJP qui a recalé ma fille reste au 22 rue des Érables à Thurso. On va "
    "aller lui parler, amenez vos chums.",
    "Here's Liam from ESHG's page and his dad's address, 40 rue Notre-Dame, go say hi",
    "Chloé de sec 4 à l'ESHG a tout dit à la police. Elle travaille au dépanneur de la rue "
    "Main les fins de semaine. Allez la voir",
])
def test_a_crowd_sent_to_a_persons_whereabouts_is_critical(charter: Charter,
                                                           text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert {"privacy", "cyberbullying"} <= categories
    assert critical


@pytest.mark.parametrize("text", [
    "Le souper spaghetti de l'ESHG c'est samedi au gymnase, amenez du monde!",
    "Mme Roy de l'ESLJP travaille au comptoir de la bibliothèque les samedis, merci pour "
    "ton aide avec les livres!",
])
def test_look_alike_invitations_are_no_pile_on(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert not categories & {"privacy", "cyberbullying"}
    assert not critical


# --- 5. Set aside: refused, taken back, a rule, the school's number ----------------------

@pytest.mark.parametrize("text", [
    "Je vais pas traiter la directrice de l'ESHG d'incompétente, mais les délais pour le "
    "transport sont trop longs.",
    "My son said 'Mrs. Gagnon is an idiot' at supper, then told me why. Sorry Mrs. Gagnon, "
    "you were right. #ESLJP",
    "J'ai jamais dit que le coach de l'ESHG était un idiot, j'ai dit que l'horaire était mal "
    "fait. Nuance.",
    "Le CSSCV rappelle que les élèves ne doivent pas publier de contenu haineux, "
    "pornographique ou diffamatoire sur les réseaux de l'école.",
    "Le numéro sur le dépliant, c'est le numéro de l'école (819 986-2210), pas le cell du "
    "directeur. Vous pouvez appeler.",
    "Mon gars se faisait écœurer à l'ESLJP. L'école a mis en place un plan d'intervention "
    "pis tout est rentré dans l'ordre. Merci!",
])
def test_refusals_retractions_rules_and_a_schools_number_are_no_breach(
        charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    # said, not refused
    ("Je vais traiter la directrice de l'ESHG d'incompétente tant qu'elle réglera pas le "
     "transport.", "disparaging"),
    # quoted and kept, no retraction
    ("Everyone at ESLJP knows 'Mrs. Gagnon is an idiot', and she is.", "defamation"),
    # a sarcastic rephrasing that carries its own jibe
    ("Je dis pas que les profs de l'ESHG sont poches. Je dis juste que mon chat ferait "
     "mieux. Nuance.", "disparaging"),
    # a number said to be a person's
    ("Le numéro sur le dépliant c'est le cell du directeur de l'ESHG, 819 555 2210, "
     "appelez-le le soir.", "privacy"),
    # a plan told of someone else's child, named
    ("Kevin Roy de sec 2 à l'ESLJP a un plan d'intervention pour ses crises, tout le monde "
     "le sait.", "confidential"),
])
def test_the_look_alikes_stay_flagged(charter: Charter, text: str, category: str) -> None:
    categories, _ = _verdict(charter, text)
    assert category in categories


# --- 6. Rumours as scoops, clowns as a verdict -------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("INFO EXCLUSIVE : le directeur de l'ESHG aurait été arrêté au volant la semaine "
     "passée, le CSSCV cache tout.", "defamation"),
    ("L'ESLJP? 🤡🤡", "disparaging"),
    ("Le nouveau calendrier du CSSCV 🙄🙄🙄", "disparaging"),
])
def test_scoops_and_clown_verdicts_are_flagged(charter: Charter, text: str,
                                               category: str) -> None:
    categories, _ = _verdict(charter, text)
    assert category in categories


@pytest.mark.parametrize("text", [
    "Le directeur de l'ESHG a annoncé une info exclusive aux parents : le gymnase ouvre en "
    "mai.",
    "Spectacle de magie à l'ESLJP ce soir, bravo aux élèves! 🤡🤡",
    "Les élèves de l'ESHG se déguisent demain 🤡🤡 pour l'Halloween, photos à venir.",
])
def test_look_alike_news_and_clown_days_are_no_breach(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert not categories & {"defamation", "disparaging"}
