"""The round of rules tuned on "zr-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: posts about crisis days (lockdowns, a bus accident, a storm closure, ransomware, a
teacher's arrest, a death and its vigil, outbreaks, a strike): rumours, live updates, news
comments, fundraisers and doxxing. Their wrong critical alerts (a parent warning others that a
man "lui écrivait qu'elle était « mature pour son âge »"; "let's flood her with love" beside a
teacher's illness, read as a pile-on; an advert's "Textez le 613-…" read as a pile-on at a
private number; a rumour that a teacher "s'est fait pogner avec une arme", read as a threat),
their critical misses (a drill said to be the last one, "prochaine fois ce sera pas un
exercice", "next time ... it won't be a toaster"; officials told "vous avez des enfants vous
aussi. On sait à quelle école ils vont"; "t'as déjà essayé une fois, finis donc la job cette
fois-ci"; "everyone would be so relieved if you just disappeared for good"), and their misses
by category ("second-rate people running a second-rate service", "une gang de mous", "des
criss d'ignorants", "c'est un inside job ... Ouvrez-vous les yeux", "c'est ça qu'ils vous
cachent").
Fixed: the message quoted after "lui écrivait qu'" (reported speech, no longer an alert); the
support poured on someone (a harmless phrase); "textez le" and "texte le" before a number,
as "appelez le" already was; a weapon someone "s'est fait pogner avec" or "got caught with"
(told as a fact); the last drill and the school of someone's children known (critical
threats); the attempt to finish and the disappearance wished for good (critical
incitement); second-rate people and a crowd of softies (disparaging); "ignorant(e)s" aimed at
someone, the reader told to open their eyes, a secret kept from them, an inside job
(defamation).

Set aside as look-alikes: a pupil called mature for her age by the writer, who asks for her
Snap (still critical); a pile-on at a private number "textez-la au …" or "inondez-le
d'appels" (still critical); an easy exercise next time, a practice test, a confinement drill
announced, a drill again; "vous avez des enfants vous aussi" as an appeal to empathy, pupils
told where they "vont être transférés"; a painting job or a robot to finish before a day;
someone gone from a group chat, snow gone for good; a service praised as nothing second-rate;
soft cookies and soft tyres; the writer ignorant of computers; eyes opened on autumn, the
film "Inside Out"; a weapon told by someone who then promises his own (still critical).

Left for a later round: veiled threats with no threatening word ("il passera pas l'hiver",
"enjoy his quiet evenings at home while he still can", "I know all the hiding spots now too",
"j'ai pas oublié où sont rangées les bonbonnes de propane", "je vais fermer de quoi au centre
administratif", "I'll bring a little something", "a lesson she won't walk away from", "votre
tour s'en vient jeudi", "je fonce dedans", a driver's address and truck "vous savez quoi
faire 🔥"); "je sais où il reste" after a threat (« langage menaçant » covers the critical
term of the same words); incitement with no word of dying ("tu pourrais aller le rejoindre",
"qui devrait suivre ton chemin", "le prochain sur la photo de la vigile", "jump in the Lièvre
and never come back up", "t'aurais dû sauter par la fenêtre"); sexual remarks about pupils or
staff with no sexual word ("cute ... asking for reasons 😇", "heartbreakers in a couple of
years", "c'est pas de ma faute si elles s'habillent de même", "laquelle des petites", pictures
"traded"); a crowd sent to a named person at work ("Allez le voir à la caisse 3"); contempt
with no contemptuous word ("Un zoo.", "Useless outfit", "Bon débarras", "Honte à eux" after a
line about "des privilégiés", "une école qui fait semblant"); a death laid at someone's door
("du sang sur les mains": the accusation needs a person near, and the name was a sentence
back); a cover-up told as fact ("le CSSCV a tout étouffé": labelled as no defamation beside
a leaked file elsewhere); leaks of exams, codes, decisions and files; scams dressed as public
health or lawyers.
Limit seen: the drill's "next time" is read up to 40 or 50 characters before "ce sera pas" or
"it won't be", so "next time, the board said, it won't be a drill" by a school is read as a
threat too; "vous avez des enfants vous aussi" (a clue of 0.45) beside any other threat's
clue of the same weight is critical.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. What a stranger wrote to a child, quoted by the parent --------------------------------

@pytest.mark.parametrize("text", [
    "Parents de l'ESLJP : un inconnu de 30 ans a ajouté ma fille de sec 1 sur Insta et lui "
    "écrivait qu'elle était « mature pour son âge ». La police est avisée.",
    "Mon gars de sec 2 à l'ESHG : un adulte lui écrivait qu'il était « mature pour son âge » "
    "sur Discord. Parlez-en à vos jeunes.",
])
def test_a_grooming_message_quoted_by_a_parent_is_reported(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" not in categories
    assert not critical


@pytest.mark.parametrize("text", [
    "La petite de sec 2 à l'ESHG est tellement mature pour son âge 😏 qqun a son snap?",
    "T'es mature pour ton âge, la p'tite de sec 1 à l'ESLJP, écris-moi en privé 😏",
])
def test_a_pupil_called_mature_by_the_writer_stays_critical(charter: Charter,
                                                            text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


# --- 2. A number after "textez le": an advert, not a pile-on ---------------------------------

@pytest.mark.parametrize("text", [
    "Panne de courant à l'ESHG? Génératrices en spécial -25% livrées aujourd'hui! Textez le "
    "613-555-0170 ou visitez gen-promo.ca",
    "Déneigement express pour les familles de l'ESLJP, rabais de 20%! Texte le 819 555-0166 "
    "pour une soumission.",
])
def test_an_adverts_number_to_text_is_no_pile_on(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "spam" in categories
    assert "cyberbullying" not in categories
    assert not critical


def test_a_pile_on_at_a_private_number_stays_critical(charter: Charter) -> None:
    text = ("La prof de l'ESHG qui a suspendu mon fils, elle reste au 14 rue des Pins à "
            "Buckingham. Textez-la au 819-555-0143, tout le monde en même temps!")
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


# --- 3. Love poured on someone ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Notre prof de l'ESHG a perdu son mari hier, elle a le cancer elle aussi. Let's flood her "
    "with love this week.",
    "Le concierge de l'ESLJP est hospitalisé depuis lundi. Inondez-le de messages de soutien, "
    "il en a besoin!",
    "Mme Tremblay de l'ESHG a un cancer, elle habite au 12 rue des Lilas. Inondez-la d'amour et "
    "de cartes!",
])
def test_support_poured_on_someone_is_no_pile_on(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" not in categories
    assert not critical


def test_calls_poured_on_someone_at_night_stay_critical(charter: Charter) -> None:
    text = ("Le prof de l'ESHG reste au 22 rue Main. Inondez-le d'appels cette nuit, son cell "
            "c'est le 819-555-0144.")
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


# --- 4. A weapon someone was caught with, told as a fact -------------------------------------

@pytest.mark.parametrize("text", [
    "Paraît que c'était pas un exercice à l'ESHG : un élève s'est fait pogner avec un gun dans "
    "son casier, la direction a rien dit.",
    "Rumeur : c'était pas un exercice à l'ESLJP, un gars de sec 4 got caught with a gun in the "
    "gym.",
    "The ESLJP lockdown was not a drill: a grade 11 kid was caught with a gun in his locker, "
    "police confirmed.",
])
def test_a_weapon_someone_was_caught_with_is_told(charter: Charter, text: str) -> None:
    _, critical = _verdict(charter, text)
    assert not critical


def test_a_weapon_told_then_promised_stays_critical(charter: Charter) -> None:
    text = "Un gars s'est fait pogner avec un couteau à l'ESHG. Moi je vais amener un gun demain."
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 5. The last drill -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La prochaine fois ce sera pas un exercice à l'ESLJP. Profitez de votre pratique.",
    "Next time the fire alarm rings at ESHG, it won't be a drill. Tell the principal.",
    "Prochaine fois c'est pas une fausse alarme à l'ESHG, promis.",
])
def test_a_drill_said_to_be_the_last_is_a_critical_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "La prochaine fois ce sera pas un exercice facile, le prof de maths de l'ESHG prépare un "
    "gros examen.",
    "Next time it won't be a practice test at ESLJP, the real exam is on Friday.",
    "Le prochain exercice de confinement à l'ESHG aura lieu jeudi, les parents seront avertis.",
    "Next time the ESHG alarm goes off, it'll be a drill again, the board said.",
])
def test_an_exercise_a_practice_test_or_a_drill_announced_is_nothing(charter: Charter,
                                                                     text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. The school of someone's children known -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Monsieur le DG, on sait à quelle école vont tes enfants. Réfléchis bien avant de fermer "
    "l'ESLJP.",
    "To the CSSCV board member who voted yes: we know where your kids go to school.",
    "Vous qui avez voté pour fermer l'ESHG, vous avez des enfants vous aussi. On sait à quelle "
    "école ils vont.",
])
def test_the_school_of_someones_children_known_is_a_critical_threat(charter: Charter,
                                                                    text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Vous avez des enfants vous aussi, mettez-vous à la place des parents de l'ESHG.",
    "Avec la fermeture de l'ESLJP, on sait à quelle école ils vont être transférés : l'ESHG, en "
    "septembre.",
    "Les parents veulent savoir à quelle école vont leurs enfants l'an prochain, le CSSCV doit "
    "répondre.",
])
def test_an_appeal_or_a_transfer_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. An attempt to finish, a disappearance wished for good --------------------------------

@pytest.mark.parametrize("text", [
    "@maxime.l t'as déjà essayé une fois, finis donc la job cette fois-ci. Personne à l'ESHG va "
    "pleurer.",
    "You already tried once at ESLJP. Finish the job this time.",
    "Tout le monde à l'ESHG serait soulagé si tu disparaissais pour de bon, Léa.",
    "Everyone at ESLJP would be so relieved if you just disappeared for good, Noah.",
])
def test_an_attempt_to_finish_or_a_disappearance_wished_is_critical(charter: Charter,
                                                                    text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "T'as déjà essayé une fois de peinturer la classe de l'ESHG, finis la job de peinture avant "
    "lundi!",
    "You already tried once to fix the ESLJP robot, finish it before the contest on Friday.",
    "Everyone at ESHG would be relieved if you disappeared for good from the group chat, lol "
    "Noah spam less.",
    "Les profs de l'ESLJP seraient soulagés si la neige disparaissait pour de bon.",
])
def test_a_job_to_finish_or_a_chat_left_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 8. Second-rate people, a crowd of softies -----------------------------------------------

@pytest.mark.parametrize("text", [
    "The CSSCV is second-rate people running a second-rate service.",
    "Les profs de l'ESLJP, une gang de mous qui ferment l'école pour 2 cm de neige.",
    "Bande de mous à la direction de l'ESHG, vous avez peur d'un peu de verglas.",
])
def test_second_rate_people_or_softies_are_contempt(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"disparaging"}, False)


@pytest.mark.parametrize("text", [
    "The ESHG offers a top service, nothing second-rate about it, thank you!",
    "Les biscuits mous de la cafétéria de l'ESHG sont les meilleurs!",
    "Les pneus de l'autobus de l'ESLJP étaient mous, le garage les a changés.",
])
def test_a_service_praised_or_soft_things_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 9. "Ignorants", eyes to open, what they hide, an inside job -----------------------------

@pytest.mark.parametrize("text", [
    "Les parents de l'ESHG qui refusent les vaccins sont des criss d'ignorants.",
    "T'es une ignorante, la présidente du CÉ de l'ESLJP.",
    "La panne informatique du CSSCV c'est un inside job. Ouvrez-vous les yeux.",
    "Le CSSCV a tout caché sur le feu de l'ESHG, c'est ça qu'ils vous cachent. Ouvrez-vous les "
    "yeux, les parents.",
])
def test_an_insult_or_a_plot_is_defamation(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"defamation"}, False)


@pytest.mark.parametrize("text", [
    "Je suis ignorant en informatique, est-ce que quelqu'un peut m'aider avec le portail de "
    "l'ESHG?",
    "Les élèves de l'ESLJP ignorent encore la date du bal.",
    "Ouvrez-vous les yeux sur la beauté de l'automne, sortie au parc de l'ESHG jeudi!",
    "On a regardé Inside Out en classe à l'ESLJP, les élèves ont adoré.",
])
def test_the_writers_own_ignorance_or_open_eyes_are_nothing(charter: Charter,
                                                            text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
