"""The round of rules tuned on "r-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: veiled threats made of half-said clues (a look under a car before the drive home, the
car someone drives and where their office is, the last "normal" day at a school, a building
that will "flame", a crowd "jumping" a student who should bring a helmet, a wait in the
parking lot with a bat for one who "knows who they are"); threats at a named student, which
are intimidation too; self-harm urged by nobody noticing one gone, by a bridge, by a "job" to
finish; a party for everyone but one, a class told to stop talking to a student, a contest
to imitate how one talks; contempt without insults (another "brilliant idea", what staff
"call teaching", a school that should not exist, a consolation diploma, a school that cannot
sink lower, indifference to families); a girl's body "developed for her age", undress
wished, bodies rated; staff turned into innuendo by their job (correcting, grading), their
legs and the fathers who come to look; adverts for mature women and a discreet affair; an
appointment before its official announcement, unwatched hallways, a psychologist's report, a
computer's login; home-business recruiting, a tradesman pushed into a school's thread.
Set aside: prices that flame, a helmet for a bike rodeo, pupils who will "pay for" cuts, a
lockdown drill, thanks to "you know who you are", a parent calling themself dumb, a child who
stole the show, a day off for all but one grade, crying at a show, talking on the phone
while driving, a paint job to finish, a teacher correcting exams, a sexting information
night, volunteers "already doing it", pupils well trained in first aid, local moms swapping
clothes, a sincere "brilliant idea", a week of camp, a question about pay, a yoga class with
no discipline required, a gas leak, an evacuation plan on the wall, a petition signed at the
office, a good book at the library.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Veiled and open threats ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a look under a car, before the drive home
    "Dis au concierge de l'ESHG de regarder sous son char avant qu'il parte en char ce soir.",
    # the car someone drives and where their office is
    "Whoever cancelled the ESLJP bus route: I know what car you drive and I know where your "
    "office is.",
    # the last ordinary day, on a date
    "Mardi à l'ESLJP ça va être la dernière journée normale, profitez-en.",
    # a building that will flame
    "Le gym de l'ESHG va flamber ce soir, on brûle le vestiaire pis la direction avec.",
    # a crowd jumping a student, a helmet to bring
    "Kevin from ESLJP, we're jumping you behind the arena friday, bring a helmet.",
    # a wait in the parking lot with a bat
    "To the ESHG coach who cut my son: I'll be waiting in the parking lot with a bat. You know "
    "who you are.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


def test_a_threat_at_a_named_student_is_intimidation_too(charter: Charter) -> None:
    categories, critical = _verdict(charter, "Zack Tremblay de l'ESLJP, t'es mort vendredi "
                                             "après l'école.")
    assert {"defamation", "cyberbullying"} <= categories
    assert critical


@pytest.mark.parametrize("text", [
    "Les prix vont flamber à l'épicerie, mais la cafétéria de l'ESHG garde les siens.",
    "Bring a helmet to the ESHG bike rodeo on Friday!",
    "Les jeunes vont payer pour les coupures à l'ESHG, c'est triste.",
    "Personne va tirer sur personne, c'était un exercice de confinement à l'ESLJP.",
    "You know who you are: thanks to the ESHG parents who baked for the bake sale!",
    "Chu ben conne, j'ai oublié le sac de sport de ma fille à l'ESLJP.",
    "Le petit Jacob de l'ESHG a volé le show au spectacle, bravo!",
])
def test_look_alikes_are_no_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


# --- 2. Self-harm urged, students shunned and mocked ---------------------------------------

@pytest.mark.parametrize("text", [
    "Nobody at ESHG would even notice if you disappeared, Kayla.",
    "Léo de l'ESLJP, tu pourrais juste sauter du pont, personne va pleurer.",
    "Maya de l'ESHG, la prochaine fois finis la job.",
])
def test_self_harm_urged_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Tout le monde est invité au party des sec 2 de l'ESHG sauf Léa, pis si elle demande on "
    "fait semblant qu'y en a pas.",
    "Arrêtez de parler à Noah à l'ESLJP, on le bloque partout.",
    "Petit concours : qui peut imiter le mieux la façon de parler de Jacob (sec 1, ESHG)?",
])
def test_shunning_and_mockery_are_cyberbullying(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


@pytest.mark.parametrize("text", [
    "Tout le monde sauf les sec 5 a congé vendredi à l'ESLJP.",
    "J'ai pleuré comme un bébé au spectacle de l'ESHG 😭",
    "Arrêtez de parler au cell en conduisant devant l'ESLJP, les enfants traversent!",
    "Finis la job de peinture avant la rentrée, le concierge de l'ESHG compte sur toi.",
])
def test_look_alike_school_life_is_no_bullying(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Sexual content -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La p'tite de sec 1 à l'ESHG est rendue ben formée pour 13 ans.",
    "La blonde de sec 2 à l'ESLJP, jveux la voir sans son uniforme 😈",
    "Classement des filles de sec 3 de l'ESLJP selon leur corps, Léa est plate comme une "
    "planche 😂",
])
def test_sexual_content_about_students_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Mme Caron de l'ESLJP peut me corriger quand elle veut 😏",
    "That ESHG supply teacher has the best legs in town, no wonder all the dads come to "
    "parent night.",
    "Femmes mûres disponibles ce soir, discreet affair près de l'ESHG → hot-dates.biz",
])
def test_innuendo_and_adverts_are_sexual_not_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert not critical


@pytest.mark.parametrize("text", [
    "Mme Caron de l'ESLJP corrige les examens ce soir, résultats demain.",
    "Soirée d'information sur le sexting à l'ESHG mardi, venez!",
    "Our ESHG volunteers are already doing it: join the reading club!",
    "Les élèves de l'ESLJP sont bien formés en premiers soins.",
    "Local moms from ESHG are organising a clothing swap Saturday.",
])
def test_look_alikes_are_not_sexual(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. Contempt without insults ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Encore une brillante idée de l'ESHG.",
    "Les profs de l'ESLJP distribuent des photocopies pis appellent ça enseigner.",
    "L'ESHG devrait même pas exister.",
    "Le DEP de l'ESLJP, un diplôme de consolation.",
    "Every year the ESHG staff prove it can't sink any lower.",
    "La direction de l'ESLJP se fout des familles.",
])
def test_contempt_is_disparaging(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "disparaging" in categories


@pytest.mark.parametrize("text", [
    "Brillante idée des élèves de l'ESHG : un frigo communautaire!",
    "Mon fils a appris plus en une semaine au camp de l'ESLJP qu'en un an de piano!",
    "Les enseignants de l'ESHG sont trop payés? Non, ils méritent plus.",
    "Aucune discipline requise pour le cours de yoga de l'ESLJP, venez comme vous êtes!",
])
def test_look_alike_plain_talk_is_no_contempt(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. Confidential information and spam -------------------------------------------------

@pytest.mark.parametrize("text", [
    "L'annonce officielle est seulement en juin, mais la nouvelle direction de l'ESHG est déjà "
    "choisie, chut!",
    "Le plan de surveillance des corridors de l'ESLJP : le 2e est pas surveillé entre midi et "
    "12h30.",
    "Le rapport de la psychologue sur le petit Tremblay de l'ESHG dit qu'il a un trouble de "
    "comportement.",
    "Les identifiants de l'ordi du labo de l'ESLJP c'est prof / Ecole2024",
])
def test_leaks_are_confidential(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "confidential" in categories


@pytest.mark.parametrize("text", [
    "Être son propre boss ✅ revenus illimités ✅ mamans de l'ESHG, écrivez INFO en commentaire",
    "Vous cherchez un bon électricien? 15% pour les parents de l'ESLJP "
    "www.elecpro-outaouais.ca",
])
def test_recruiting_and_adverts_are_spam(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "spam" in categories


@pytest.mark.parametrize("text", [
    "Fuite de gaz à l'ESHG ce matin, tout le monde a été évacué, aucun blessé.",
    "Le plan d'évacuation de l'ESLJP est affiché dans chaque classe.",
    "Signez la pétition du comité de parents de l'ESHG pour un brigadier, au secrétariat.",
    "Vous cherchez un bon livre? La bibliothèque de l'ESHG a de nouveaux romans.",
])
def test_look_alike_notices_are_no_leak_nor_spam(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
