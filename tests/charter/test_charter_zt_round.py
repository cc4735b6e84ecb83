"""The round of rules tuned on "zt-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: spoken and threaded texts (auto-captions with no punctuation, voice-to-text, podcast and
radio call-in transcripts, livestream chats, comment threads copied with their replies, where
the breach sits in one reply). Their wrong critical alerts (a shooter game's kill called on
stream, "je vais le tuer headshot", "gonna shoot up every zombie", "je vais tous les buter"
beside "one-tap"; a porn advert in the chat of a "concert de Noël Maria-Goretti", where the
event and the school read as a first and last name), their critical misses (a teacher whose
car is known, a snitch whose bus stop is known, someone awaited after school who "va
comprendre", a principal's office that "won't be standing" with the gas got, a deed "comme
dans les nouvelles aux États-Unis" that everyone will remember, a girl who "va se réveiller
avec le feu dans sa maison", "attends qu'on te pogne", a crowd sent to ring at 2 a.m., to egg
a house or to call all night beside an address or number, "tout le monde serait plus heureux
si tu te tuais", nudes of a girl "de sec quatre") and their misses by category (disparaging,
sexual remarks about staff, exams leaked aloud).

Fixed: a shooter game's kill words ("headshot", "one-tap", "noscope", zombies) set violent
words aside as a match does, and a kill called with its headshot or zombies is a harmless
phrase; "Noël" and "Christmas" begin no name; grades and ages spelled out ("sec quatre",
"secondaire deux", "sixième année", "grade nine", "quatorze ans", "she's fourteen") are
minors; the car or bus stop someone is known by (critical, as the bus known); the hour someone
leaves, "y va comprendre", "won't be standing", the gas already got, the news "aux
États-Unis" and "tout le monde va s'en souvenir" (each a clue, critical two together); waking
up "avec le feu" (critical); "attends qu'on te pogne" (a call to hit); ringing, egging,
calling or texting all night (a pile-on, critical beside an address or number); others
"plus heureux si tu te tuais" (critical incitement, negatable); a school called "un trou à
rat", "pieds nickelés"; staff called "tous des ratés", "des chialeux", "vieilles
frustrées"; "son cul est bon", "belle paire de fesses", "I'd hit that", "exprès pour nous
exciter"; an exam's answers posted, its pages photographed, photocopied at the office (each a
clue beside another).

Set aside as look-alikes: a real threat typed in a game's chat (still critical); a question
about the hour a bus leaves; a car's problem known; "il va comprendre" said of homework; an
old building that won't be standing, gas for a bus trip; a show everyone will remember; a
family whose house burned, a fire told in the past; "attends que je te raconte"; the office's
door to ring at; an Easter egg hunt; a mother's "serait pas plus heureuse si tu te tuais"; an
engine's "ratés"; a child who fell on his bottom; a Christmas quiz's answers; a pupil in "sec
quatre" who loves history.

Left for a later round: a real threat beside an older sport marker ("stream ce soir", "après
le match"), which sets it aside (the named victim is no role); "personne serait plus heureux
si tu te tuais" ("personne" is no negation there); a porn advert whose actor says she is an
"ex-student" (the word "student" makes it critical); pupils' bodies and approaches with no
sexual word ("she looks 13 but damn", "montre tes pieds", "je pourrais venir te chercher
après l'école", "j'aimerais ça les avoir pour moi tout seul"); a rape victim named, a file
of discipline found in a bin (privacy, confidential); "on va lui faire sa fête" (a birthday
as often as a beating); "stay away from the cafeteria, you've been warned"; an address on
a "chemin"; sextortion of nudes read as sexual only; leaks with no leak word (a wifi password
"for the staff network", a closure heard from an aunt on the board).
Limit seen: a text with no punctuation is one sentence, so a marker anywhere in it is "near";
the game's kill words were kept to a shooter's own vocabulary for that reason, not its name.
An exam named before its topic ("the final ... the essay topic is") matches the broad exam
pattern (0.45), which then hides the two clues it spans ("pictures of every page", "the essay
topic"): the flag needs them told outside that span.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A shooter game's kills called on stream ----------------------------------------------

@pytest.mark.parametrize("text", [
    "ok ok il est sur le toit je vais le tuer headshot ouais on les a eus gg la gang de l'ESHG",
    "welcome back chat today we shoot up all the zombies in the gym map lol my school is LJP btw",
    "[Twitch – Fortnite] / sam: il campe derrière le camion / lu: je vais tous les buter one-tap "
    "/ sam: gg",
])
def test_a_kill_in_a_shooter_game_is_no_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


@pytest.mark.parametrize("text", [
    "[stream chat – Valorant] / kev: gg / troll: demain à LJP je vais buter Jayden Côté au "
    "casier 12 / kev: wtf",
    "yo tu viens au stream ce soir? je vais te tuer demain à l'école mon ostie de vidange",
    "after the stream tonight i'm gonna buter le prof de maths à LJP for real",
])
def test_a_threat_typed_in_a_game_chat_stays_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 2. A Christmas concert is no name -------------------------------------------------------

def test_a_porn_advert_in_a_christmas_concert_chat_is_not_critical(charter: Charter) -> None:
    text = ("[YouTube live – concert de Noël Maria-Goretti] / papa_j: bravo la chorale / "
            "XXX_Cam: 🔞 hot webcam girls ➜ camz.xyz")
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert not critical


# --- 3. Grades and ages spelled out ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "vocal: la fille de sec quatre à l'ESHG elle s'appelle Maude ben j'ai des nudes d'elle",
    "voice to text: bro i got nudes of that girl in grade nine at LJP, she's fourteen lol",
])
def test_sexual_content_beside_a_spelled_out_grade_is_critical(charter: Charter,
                                                              text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


def test_a_spelled_out_grade_alone_is_nothing(charter: Charter) -> None:
    text = "Mon gars est en sec quatre à l'ESHG pis il adore son cours d'histoire"
    assert _verdict(charter, text) == (set(), False)


# --- 4. A routine known: the car, the stop, the hour -----------------------------------------

@pytest.mark.parametrize("text", [
    "ce coach-là à l'ESHG il devrait faire attention on sait c'est quoi son char",
    "tell that kid Jayden at LJP we know which stop he gets off at, him and his sister",
    "ce prof-là à LJP on sait à quelle heure il part pis on va l'attendre après l'école y va "
    "comprendre",
])
def test_a_routine_known_is_a_critical_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "est-ce qu'on sait à quelle heure il part l'autobus pour le tournoi de l'ESHG?",
    "mon char est en réparation, on sait c'est quoi le problème, le garage de Buckingham appelle "
    "demain",
    "Explique-lui encore les fractions, il va comprendre, mon fils à l'ESHG est bon",
])
def test_a_bus_a_car_or_homework_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. A place that won't be standing, a deed for the news, a fire at waking ----------------

@pytest.mark.parametrize("text", [
    "if they cut the band at Hormis I swear the main office won't be standing Friday, we already "
    "got the gas",
    "la prochaine fois que la prof de LJP me met une retenue je vais faire comme dans les "
    "nouvelles aux états-unis pis tout le monde va s'en souvenir",
    "dis à Jade de sec 3 à l'ESHG que si elle parle encore de moi elle va se réveiller avec le "
    "feu dans sa maison",
])
def test_arson_or_a_massacre_hinted_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "the old portable at Hormis won't be standing by next year, they're tearing it down",
    "we already got the gas for the school bus trip to Ottawa Saturday",
    "le spectacle de fin d'année de l'ESHG c'était malade tout le monde va s'en souvenir",
    "la famille de Noah à l'ESHG s'est réveillée avec le feu dans la maison, faites un don svp",
])
def test_a_demolition_a_trip_a_show_or_a_fire_told_is_nothing(charter: Charter,
                                                              text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. "Attends qu'on te pogne" -------------------------------------------------------------

def test_wait_till_we_catch_you_is_a_critical_threat(charter: Charter) -> None:
    text = "t'es juste un loser Kevin pis tout LJP le sait attends qu'on te pogne dans le vestiaire"
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


def test_wait_till_i_tell_you_is_nothing(charter: Charter) -> None:
    text = "attends que je te raconte la game d'hier à l'ESHG c'était fou"
    assert _verdict(charter, text) == (set(), False)


# --- 7. Ring, egg, call all night at a doxxed person -----------------------------------------

@pytest.mark.parametrize("text", [
    "Hugo de sec 2 à l'ESHG son numéro c'est 819 555 0147 il reste au 22 rue Lépine allez sonner "
    "à 3h du matin",
    "the Hormis gym teacher Mr. Lacroix lives at 18 Rue Maple go egg his house tonight",
    "voice message: the LJP principal Mr. Brault his cell is 819 555 0199 text him all night",
])
def test_a_crowd_sent_to_a_doxxed_person_is_a_critical_pile_on(charter: Charter,
                                                               text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Le secrétariat de l'ESHG, allez sonner à la porte principale, c'est ouvert jusqu'à 16h",
    "Easter egg hunt at Hormis on Saturday! Go egg hunting with the kids in the yard",
])
def test_an_office_door_or_an_egg_hunt_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 8. Everyone happier if you killed yourself ----------------------------------------------

@pytest.mark.parametrize("text", [
    "vocal: Maxime tout le monde à l'ESHG serait plus heureux si tu te tuais, fais-le",
    "voice to text: Ethan the whole grade at LJP would be happier if you killed yourself",
])
def test_others_happier_if_you_died_is_critical_incitement(charter: Charter,
                                                           text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


def test_a_mother_pleading_against_it_is_nothing(charter: Charter) -> None:
    text = "ma fille serait pas plus heureuse si tu te tuais, parle-moi Léa je suis là pour toi"
    assert _verdict(charter, text) == (set(), False)


# --- 9. A school, a staff despised -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "caption: l'école primaire de Thurso c'est un trou à rat pis personne fait rien",
    "caption: les concierges de l'ESHG c'est tous des ratés qui font rien",
    "vocal: les secrétaires de LJP c'est une gang de chialeux",
])
def test_a_school_or_staff_despised_is_disparaging(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "disparaging" in categories


def test_an_engine_misfiring_is_nothing(charter: Charter) -> None:
    text = "Le nouveau système de transport du CSSCV connaît des ratés depuis lundi, soyez patients"
    assert _verdict(charter, text) == (set(), False)


# --- 10. A staff member's body in crude slang ------------------------------------------------

@pytest.mark.parametrize("text", [
    "vocal: la prof d'anglais de l'ESHG son cul est bon pareil",
    "voice to text: bro the receptionist at LJP i would hit that for real",
    "la prof d'éduc de l'ESHG a une belle paire de fesses pis elle le sait",
])
def test_crude_remarks_on_staff_are_sexual(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert not critical


def test_a_child_who_fell_on_his_bottom_is_nothing(charter: Charter) -> None:
    text = "Mon fils de l'ESHG est tombé sur les fesses en patin, il a un bleu sur la fesse gauche"
    assert _verdict(charter, text) == (set(), False)


# --- 11. An exam leaked aloud ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "caption: l'examen de sciences de l'ESHG demain c'est les mêmes questions que le quiz je vous "
    "mets les réponses en bas",
    "auto caption: the essay topic is gonna be the war of 1812, i took pictures of every page of "
    "the LJP history exam",
])
def test_an_exam_leaked_aloud_is_confidential(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "confidential" in categories


def test_a_christmas_quiz_answered_is_nothing(charter: Charter) -> None:
    text = "caption: je vous mets les réponses du jeu-questionnaire de la fête de Noël en bas 🎄"
    assert _verdict(charter, text) == (set(), False)
