"""The round of rules tuned on "zo-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: the wrong critical alerts of "zo-" (a gamer's stream announced, "un massacre total" on a
war game; a murder-mystery play at school with a knife emoji, where the audience votes for the
culprit; drivers told "un jour vous allez tuer un enfant"; a news story on a pupil's threat
judged in youth court, where the judge noted he never had a gun; a pocket knife a pupil
brought, read in an incident report, "his mom was called in"; a photo of a pupil crying in the
school's washroom, "en train de brailler dans les toilettes", read as voyeurism), and the
critical misses of "zo-" (a pupil told that if she is so unhappy "y'a une solution simple pis
définitive"; "just do it already" under a post where someone is "tired of everything"; a song
about the school "blown to pieces", a date and "mark your calendars 💣"; a parent's baseball bat
"J'avertis pas deux fois"; "make sure somebody doesn't walk out of there. Try me"; a teacher's
home address and hour given with "Faites ce que vous avez à faire"), and the polls of "the
ugliest" pupil in Quebec's spelling ("le plus laitte").
Wrong flags fixed: the six alerts above (the stream, the play, the drivers and the court story,
defamation; the incident report, defamation; the crying pupil, sexual), the six misses made
critical, and the polls flagged as cyberbullying.

Set aside: a stream announced for tonight, "Stream ce soir", where the writer and friends
"massacre" each other on a game; a play or a dinner where "c'est vous qui votez pour le
coupable"; "un jour vous allez tuer quelqu'un" said to reckless drivers; a judge's words in a
news story ("le juge a", "la juge a"); a weapon told with the parent who "was called in";
crying in the washroom ("brailler dans les toilettes"), mockery but no voyeurism; a solution
that is said ("changer d'école"), the board's "permanent solution" to a complaint, and the
prevention slogan on "a permanent solution to a temporary problem"; "tired of everything" in
prevention advice or a retirement; "mark your calendars" for a prom or an open house; a
teacher's "j'avertis pas deux fois" about phones; a child who "doesn't walk out of there
without a coat"; "faites ce que vous avez à faire" with no address or with an office's; a logo
or a sweater "plus laitte". The threats of the same families stay critical (a massacre or a
shooting at the school with a day, with or without a game or a play named; "un jour je vais
vous tuer"; a gun promised in a post that names a judge; a knife promised in the sentence
before a parent called in; filming a girl in the washroom).

Left for a later round: a teacher's private cell given in praise ("textez-la direct ... c'est
une perle") and an e-mail given to congratulate ("écrivez-y pour le féliciter"), both still
critical beside the private number (a positive word cannot set the pile-on aside without
losing real ones); "xx" in a short link, folded to "xxx", beside "ma fille"; incitement with no
suicide word ("tu devrais pas revenir ... Pas juste à l'école 😇", "the bridge ... is right
there", "the rope is in aisle 12", "the river is cold but it's quick", "tu te coupes.
Continue, t'es presque rendue", "le monde serait mieux si t'étais pu dedans"); veiled threats
with no violent word ("tous être dans le noir après mardi 💥😂", "on va y en faire une belle dans
son char vendredi 🎆 jk… ou pas", "a little something special for Mr. X", "the last quiet
weekend he's getting", brakes that "vont lâcher dans la côte", "on sait à quelle heure son bus
arrive ... une belle surprise mardi", "va finir par comprendre lundi matin ... restez chez
vous" still high and not critical, "vont arrêter de rire pour de bon", "c'est moi qui vais la
fermer, pis de l'intérieur", a child's exit hour and "Rembourse"); sexual remarks on pupils
with no sexual word ("things to her that'd get me arrested", "ce que j'aimerais y faire ...
she's 13", "vivement qu'elles aient 16 ans", "laissez-le faire sa chasse", "the little one on
the left 🥵", "photos en brassière ... envoyez-y donc", "private pics" leaked) and on staff
("flexible ailleurs", "passer la moppe", "jouer de la flûte", "encadrer"); exclusion with a
name ("un groupe de classe sans Noah", "personne va à sa fête", "invitez pas Clara" — "personne
la veut" is also said in a harmless labelled text), a compilation proposed, "tag him so he
sees"; contempt with no insult, leaked exams and alarm codes, spam with no link the rules know.
Limit seen: "tired of everything" makes the generic pushes beside it ("go ahead then", "do it
then") incitement, as "die" already does, so "she's tired of everything. Go ahead then,
retire!" now reads as incitement; "votez pour" (a poll that mocks) still flags a
murder-mystery dinner as cyberbullying when "c'est vous" stands near.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A game: a stream announced, a murder mystery where the audience votes --------------

@pytest.mark.parametrize("text", [
    "Stream ce soir 19h : on va faire un carnage sur Fortnite avec le club d'info de l'ESHG 🔫 "
    "venez nous regarder mourir en boucle lol",
    "Stream ce soir 21h avec la gang de l'ESLJP, on va tous les massacrer sur Warzone 🔫😂",
    "Théâtre à l'ESHG jeudi 19h : un manoir, un poignard, huit suspects. Votez pour le coupable "
    "à l'entracte! 🔪🎭",
])
def test_a_stream_or_a_murder_mystery_is_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "On va faire un massacre à l'ESHG demain 🔫 restez chez vous",
    "Demain je fais un massacre à l'ESHG 🔫 comme sur Warzone",
    "Stream ce soir, pis demain je vais tirer sur le prof de l'ESHG 🔫",
    "Pendant la pièce de théâtre de vendredi à l'ESHG 🔫🔫 restez chez vous",
])
def test_a_massacre_at_the_school_stays_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 2. Reckless drivers told they will kill someone one day ------------------------------

@pytest.mark.parametrize("text", [
    "Aux parents qui font demi-tour dans la zone scolaire de l'ESHG : un jour vous allez tuer "
    "un enfant. Ralentissez!",
    "Les chauffards devant l'ESLJP, un jour vous allez tuer quelqu'un. J'ai appelé la ville.",
])
def test_a_road_safety_warning_is_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Un jour je vais vous tuer, la gang de l'ESHG",
    "La gang de sec 5 de l'ESLJP, vous allez voir, je vais tous vous tuer un jour",
])
def test_killing_promised_one_day_stays_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 3. A judge's words in a news story ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le juge a rappelé que l'adolescent, qui avait écrit vouloir apporter une arme à feu à "
    "l'ESHG, n'en avait jamais possédé.",
    "La juge a noté que l'élève de l'ESLJP n'avait jamais eu accès à une arme à feu et a "
    "ordonné un suivi.",
])
def test_a_judges_finding_in_a_news_story_is_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text, kind="article") == (set(), False)


def test_a_gun_promised_in_a_post_that_names_a_judge_stays_critical(charter: Charter) -> None:
    text = "Le juge a rien fait pis demain j'apporte une arme à feu à l'ESHG, restez chez vous"
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 4. A weapon brought, told with the parent the school called in ------------------------

@pytest.mark.parametrize("text", [
    "Read the incident report at ESLJP: a grade 9 boy brought a knife in his backpack on "
    "Friday, his dad was called in.",
    "Un élève de sec 1 à l'ESHG a apporté un couteau lundi. His mom was called in and he was "
    "sent home.",
])
def test_a_weapon_told_with_a_parent_called_in_is_no_threat(charter: Charter,
                                                            text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Tomorrow I'm bringing a knife to ESHG. My mom was called in again, they'll all see.",
    "I'm bringing my dad's gun to ESLJP on Monday, don't come",
])
def test_a_weapon_promised_stays_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 5. A pupil crying in the washroom, shared to mock ------------------------------------

@pytest.mark.parametrize("text", [
    "Regardez la photo de Maëlle de sec 1 à l'ESHG en train de brailler dans les toilettes 😂 "
    "partagez",
    "Qui a la vidéo de Tom (sec 3, ESLJP) en train de brailler dans les toilettes? lol "
    "envoyez-la partout",
])
def test_crying_in_the_washroom_is_mockery_not_voyeurism(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"cyberbullying"}, False)


def test_filming_in_the_washroom_stays_critical(charter: Charter) -> None:
    text = "J'ai filmé la fille de sec 2 dans les toilettes des filles de l'ESHG, qui la veut?"
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Les toilettes de l'ESHG sont enfin rénovées, bravo à l'équipe d'entretien!",
    "Mon gars de 6 ans à l'ESLJP a passé la journée à brailler dans les toilettes parce qu'il "
    "s'ennuyait de moi 🥺 ça va mieux",
])
def test_the_washroom_or_a_childs_tears_alone_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. Death urged as "une solution définitive" -------------------------------------------

@pytest.mark.parametrize("text", [
    "Ben voyons Léa de sec 2 à l'ESHG, si t'es si malheureuse, y'a une solution simple pis "
    "définitive 🪦",
    "Hey Jayden from ESLJP, if you're that miserable there's a permanent solution. everyone "
    "agrees",
])
def test_a_final_solution_urged_on_someone_unhappy_is_critical(charter: Charter,
                                                                text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "If you're unhappy at ESHG, please talk to someone: suicide is a permanent solution to a "
    "temporary problem.",
    "Si t'es malheureux à l'ESHG, y'a une solution définitive : changer d'école.",
    "If you're unhappy with the ESHG parking lot, the board has promised a permanent solution.",
    "Le CSSCV doit trouver une solution simple et définitive au stationnement de l'ESHG.",
])
def test_a_solution_said_promised_or_a_slogan_is_no_incitement(charter: Charter,
                                                                text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. "Do it already" beside someone "tired of everything" -------------------------------

@pytest.mark.parametrize("text", [
    "Zack from ESHG says he's tired of everything. ok then do it already, nobody will miss the "
    "drama",
    "Léa (sec 3, ESLJP) posted she's tired of everything lol go ahead and do it",
])
def test_a_push_beside_despair_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "If your teen at ESHG says they're tired of everything, don't wait: talk to the school "
    "nurse.",
    "Mme Roy of ESHG is tired of everything after 30 years and retiring in June. Do it, you "
    "deserve it!",
    "Tired of everything going wrong with the ESLJP buses? Come to the parents' meeting "
    "Tuesday.",
])
def test_despair_without_a_push_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 8. A bomb with a date to "mark your calendars" ---------------------------------------

def test_a_bomb_with_a_date_to_mark_is_critical(charter: Charter) -> None:
    categories, critical = _verdict(charter, "ESHG, June 20th. Mark your calendars 💣💣")
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Mark your calendars: ESLJP prom on June 20th, it's gonna be a blast 🎉💣",
    "Mark your calendars, parents: ESHG open house June 20th, 6pm.",
])
def test_a_party_or_an_open_house_to_mark_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 9. A warning given once, someone who will not walk out: clues beside a threat --------

@pytest.mark.parametrize("text", [
    "Si le coach de l'ESHG recommence, je m'en viens avec mon bat de baseball. J'avertis pas "
    "deux fois.",
    "If the ESHG principal suspends my son again I'll go there and make sure he doesn't walk "
    "out of there. Try me.",
])
def test_a_warning_beside_a_threat_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Les cellulaires seront confisqués en classe à l'ESHG dès lundi, j'avertis pas deux fois.",
    "Retards à la cafétéria de l'ESLJP : trois retards, c'est une retenue. J'avertis pas deux "
    "fois!",
    "Make sure your kid doesn't walk out of there without a coat, ESHG dismissal is at 3pm",
])
def test_the_same_words_alone_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 10. "Faites ce que vous avez à faire" after a home address ---------------------------

def test_a_crowd_sent_to_a_home_address_is_critical(charter: Charter) -> None:
    text = ("Le prof de l'ESHG qui a suspendu ma fille reste au 44 rue des Érables à "
            "Buckingham, il sort à 7h. Faites ce que vous avez à faire.")
    categories, critical = _verdict(charter, text)
    assert {"defamation", "privacy"} <= categories
    assert critical


@pytest.mark.parametrize("text", [
    "Faites ce que vous avez à faire pour vos enfants, l'ESHG ne vous aidera pas",
    "Pour une plainte sur l'ESHG, écrivez au secrétariat général du CSSCV, 819 986-8511. "
    "Faites ce que vous avez à faire.",
])
def test_the_phrase_alone_or_with_an_office_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 11. A poll of the ugliest pupil, in Quebec's spelling --------------------------------

def test_a_poll_of_the_ugliest_pupil_is_bullying(charter: Charter) -> None:
    text = ("Sondage : c'est qui la plus laitte de sec 1 à l'ESLJP? 1) Jade R. 2) Anaïs P. "
            "commentez 😂")
    assert _verdict(charter, text) == ({"cyberbullying"}, False)


@pytest.mark.parametrize("text", [
    "Le nouveau logo de l'ESHG est plus laitte que l'ancien, qui a approuvé ça?",
    "Mon chandail de l'ESHG est plus laitte que le tien, mais plus chaud haha",
])
def test_an_ugly_logo_or_sweater_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
