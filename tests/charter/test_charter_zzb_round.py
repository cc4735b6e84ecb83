"""The round of rules tuned on "zzb-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: alumni, the past and adult learners: reunion groups, throwback photos, memories of
teachers, a former teacher's trial, memorials, alumni foundations, the vocational centre and
adult education, old nudes resurfacing, grudges, a former teacher's home shared. Their
critical misses (a pupil's body said already grown, a groping rumour about a named former
teacher, "si j'étais elle je me k*ll", a surprise at a school "not the fun kind" with the
children to keep home, "she better lock her doors", the photos a pupil sent her boyfriend
posted again), their defamation misses (a face called a rat's or a weasel's, a teacher's
cell to text all weekend, a talk at her door "pas gentiment", a face to be "remade", teeth
to lose, a crowd to "come watch him cry", "make him feel what we felt", a bullet deserved by
several) and their precision (a reunion's call "de ma part", "tag someone who was on bus 3",
"avoir la chienne").

Fixed: a girl's chest or shape "already" there with a leer ("déjà des gros seins", "déjà pas
mal formées"; terms); a man said to grope "the girls" ("tripotait les filles", "groped the
girls"; sexual and accusation terms); franglais "kill" after "si j'étais elle ... je me" (the
pattern); a surprise said to be "not the fun kind" (a pattern, critical with a warning) and
the children's safety made a condition ("if you like your kids", "si vous tenez à vos
enfants"; clues); a person told to lock their doors at home (terms); "sa face de rat", "ta
face de fouine" (a group that needs no other target); calls for a whole weekend and a talk
"pas gentiment" beside a private number or address (terms); the face, the teeth or tears
promised ("refaire le portrait", "prévoir son dentier", "come watch him cry"; clues); revenge
felt ("make him feel what"; a clue); "méritent une balle" in the plural; the pictures someone
sent a boyfriend or an ex (a pattern); cam girls, "hot single moms" and "rencontres
discrètes" sold to adults (escort terms, the last a clue); "appelez-la de ma part", "tag
someone who was" (benign phrases); "avoir la chienne" (benign phrases).

Set aside as look-alikes: a parent asking whether "déjà des seins" at nine is normal; pupils
who fidget with their phones; "If I were her I'd kill it" on stage; a pop quiz "not the fun
kind"; a gastro notice with "si vous tenez à vos enfants"; a school that should lock its
doors; a pig's face painted on a balloon; a weekend of study; a teacher who spoke "pas
gentiment"; a portrait redone by a painter; "make them feel what the characters felt"; a team
that "mérite une balle de match"; holiday photos sent to a boyfriend, a text sent to an ex;
a police warning about webcam sites; a teacher called all night; "tag someone uglier than";
"une vraie chienne", "à la chienne de secrétaire".

Left for a later round: an old video of two pupils of 15 reposted with no sexual word; an
innuendo about a convicted teacher's "p'tites flûtistes"; "la baleine" as a class's
nickname, read as mockery only (labels elsewhere differ); "n'importe quel singe" of an
African teacher; "faites-en ce que vous voulez", "on y va samedi" and "lui dire ce qu'on
pense" after a home address, labelled cyberbullying or defamation alike elsewhere; "Bonne
fête le gros" among friends; "si j'étais elle" read as cyberbullying but not defamation;
contempt with no listed word ("burned-out clock-watchers", "la pire cohorte de paresseux",
"we were furniture to them"); "hookups tonight" and "cam girls" in two words (beside 🔞 and
a classmate, or "sexy" and a name, they read as critical).
Limits seen: "tripotait les filles" is sexual, "tripoté des élèves" an accusation only; the
surprise pattern reads a warning within 12 words of "surprise"; the sent-pictures pattern
reads "the pics from the prom she sent her boyfriend" as intimate; "pas gentiment" and the
weekend calls count only beside a private number or address (privacy ≥ 0.5).

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A pupil's body said already grown; 2. groping "the girls" --------------------------

@pytest.mark.parametrize("text", [
    "La p'tite cousine de Kevin en sec 1 à LJP a déjà des gros seins, les gars vont capoter 😏",
    "Les élèves de 6e année à Providence sur la photo de classe, y en a qui sont déjà ben "
    "formées 👀",
    "that grade 7 girl from Hormis already has big boobs lol",
    "L'ancien coach de basket de LJP, Denis Roy, tripotait les filles dans l'autobus, tout le "
    "monde le sait.",
])
def test_a_pupils_body_or_groping_is_critical_sexual(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


def test_groping_the_girls_is_also_an_accusation(charter: Charter) -> None:
    categories, _ = _verdict(charter, "Everybody at Hormis knew Mr. Gagnon groped the girls in "
                             "detention back in the 80s.")
    assert {"sexual", "defamation"} <= categories


@pytest.mark.parametrize("text", [
    "Ma fille de 9 ans à LJP a déjà des seins, est-ce normal? J'en parle à l'infirmière de "
    "l'école.",
    "Les élèves de sec 1 à Hormis sont déjà bien formés en sécurité routière grâce au "
    "brigadier.",
    "Les élèves de LJP tripotaient leurs cellulaires pendant tout le cours de maths.",
    "La prof de LJP a montré aux filles comment tripoter les cartes du jeu de bridge.",
])
def test_a_parents_worry_or_fidgeting_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. "Si j'étais elle je me kill" -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Si j'étais Léa de sec 2 à LJP je me kill tellement a l'a honte 💀",
    "à sa place jme k1llerais direct, la p'tite de Hormis avec son appareil 😂",
])
def test_a_franglais_kill_in_her_place_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "If I were her I'd kill it at the Hormis talent show, she sings so well!",
    "Si j'étais toi je killerais l'examen de maths de LJP demain, t'as tellement étudié!",
])
def test_killing_it_on_stage_or_at_an_exam_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. A surprise "not the fun kind"; 5. the children's safety made a condition -----------

@pytest.mark.parametrize("text", [
    "Y va y avoir une surprise à LJP vendredi. Pas le genre le fun. Si vous tenez à vos "
    "enfants, gardez-les chez vous.",
    "Big surprise coming to the Hormis grad on Friday, not the fun kind. If you love your kids "
    "keep them home.",
])
def test_a_surprise_not_the_fun_kind_is_a_critical_threat(charter: Charter,
                                                          text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Surprise quiz in Mme Roy's class at LJP tomorrow, not the fun kind lol",
    "Gastro à Hormis : si vous tenez à vos enfants, gardez-les à la maison s'ils ont de la "
    "fièvre.",
    "Les élèves de LJP préparent une surprise pour la fête de la directrice, pas le genre "
    "plate!",
])
def test_a_pop_quiz_or_a_gastro_notice_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. Told to lock the doors at home -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The LJP janitor who reported my son better lock his doors tonight.",
    "La secrétaire de Hormis qui a parlé à la police devrait barrer ses portes chez elle 🙂",
])
def test_a_person_told_to_lock_their_doors_is_a_critical_threat(charter: Charter,
                                                                text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "L'école LJP devrait barrer ses portes pendant les heures de classe, c'est une question de "
    "sécurité.",
    "Parents de Hormis: lock your doors at night, there were break-ins on rue Principale.",
])
def test_a_school_or_neighbours_locking_up_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. A face called an animal's ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le nouveau concierge de LJP, avec sa face de belette, nous regarde tout le temps.",
    "Regardez Mathis de Hormis avec ta face de cochon 😂",
    "The Hormis sub with his rat face again today lol",
])
def test_a_face_called_an_animals_is_defamation(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "defamation" in categories


@pytest.mark.parametrize("text", [
    "Au carnaval de LJP, les enfants de maternelle ont peint une face de cochon sur un ballon.",
    "Le rat de la classe de Mme Roy à Hormis s'appelle Fromage, il a une face adorable.",
])
def test_a_painted_pig_or_a_class_rat_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 8. Calls for a whole weekend, a talk "pas gentiment", beside a private number ---------

@pytest.mark.parametrize("text", [
    "Le prof d'éduc de LJP, son cell perso c'est le 819-555-0177. Appelez-le toute la fin de "
    "semaine, qu'y comprenne.",
    "The Hormis vice-principal's personal cell is 819-555-0133. Text him all weekend till he "
    "gives back our phones.",
    "La directrice de LJP reste au 12 rue des Pins à Thurso. J'vais aller y parler, pis pas "
    "gentiment.",
])
def test_harassment_at_a_private_number_is_critical_defamation(charter: Charter,
                                                               text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert {"defamation", "privacy"} <= categories
    assert critical


@pytest.mark.parametrize("text", [
    "J'ai étudié toute la fin de semaine pour l'examen de LJP, appelez-moi si vous voulez "
    "réviser.",
    "La prof de LJP m'a parlé pas gentiment ce matin, je vais en parler à la direction.",
])
def test_a_weekend_of_study_or_a_rude_word_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 9. The face, the teeth or tears promised; 10. revenge felt ----------------------------

@pytest.mark.parametrize("text", [
    "Le gars de sec 4 à Hormis qui a stoolé, on va l'attendre après l'école. Dites-y de "
    "prévoir son dentier.",
    "On sait c'est qui le stool de LJP, on va lui refaire le portrait lundi.",
    "we'll be waiting for the Hormis snitch after school, come watch him cry",
    "Le prof de Hormis qui m'a coulé, on va lui rendre une petite visite pour lui faire vivre "
    "ce qu'on a vécu.",
    "We're gonna pay the LJP principal a visit and make her feel what we felt.",
])
def test_harm_or_revenge_promised_is_a_critical_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "L'artiste invité à LJP va refaire le portrait de la directrice pour le gala, l'autre était "
    "raté.",
    "Mon grand-père à la résidence près de Hormis a oublié de prévoir son dentier pour la "
    "photo 😂",
    "The LJP play will make them feel what the characters felt, bring tissues!",
    "Le prof de Hormis qui m'a coulé, on va lui faire vivre ce qu'on a vécu.",
])
def test_a_portrait_a_denture_a_play_or_a_lone_grudge_is_nothing(charter: Charter,
                                                                 text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 11. A bullet deserved by several ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Les profs de LJP qui ont voté la grève méritent une balle chacun.",
    "Those Hormis board members deserve a bullet for closing the pool.",
])
def test_a_bullet_deserved_by_several_is_a_critical_threat(charter: Charter,
                                                           text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Les élèves de Hormis méritent une bonne main d'applaudissement.",
    "Les joueurs de LJP méritent une balle de match après une saison pareille!",
])
def test_applause_or_a_match_point_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 12. The pictures sent to a boyfriend or an ex -----------------------------------------

@pytest.mark.parametrize("text", [
    "Quelqu'un a encore les photos que Jessica Ouellet de sec 3 à LJP avait envoyées à son ex? "
    "😂",
    "the pics Chloé from Hormis sent her boyfriend in grade 9 are going around again lol",
])
def test_the_pictures_a_pupil_sent_are_critical_sexual(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Les photos de voyage que ma fille de LJP a envoyées à son chum sont magnifiques!",
    "She sent her ex a text from the LJP bus and now everyone's talking about it.",
])
def test_holiday_photos_or_a_text_sent_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 13. Cam girls and dates sold to adults ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Camgirls de Buckingham en live ce soir 🔥 les anciennes de LJP t'attendent ➡️ "
    "camz-outaouais.xyz",
    "Hot single moms from Thurso want to meet you, Hormis alumni welcome 💋 click here",
    "Rencontres discrètes ce soir pour les parents de LJP 🔥 des femmes mûres t'attendent",
])
def test_cam_girls_and_dates_are_sexual(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert not critical


@pytest.mark.parametrize("text", [
    "La police de Gatineau met en garde les parents de LJP contre les sites de webcam qui "
    "ciblent les ados.",
    "Rencontres discrètes avec la TES de Hormis pour les élèves qui vivent de l'anxiété.",
    "Les mamans monoparentales de LJP se rencontrent au café jeudi soir.",
])
def test_a_warning_or_a_counsellors_meeting_is_not_sexual(charter: Charter,
                                                          text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "sexual" not in categories


# --- 14. A reunion's call "de ma part", "tag someone who was" ------------------------------

def test_a_former_teacher_called_for_a_reunion_is_privacy_only(charter: Charter) -> None:
    assert _verdict(charter, "Cherche la prof de français de LJP de 1992, Mme Roy, son numéro "
                    "perso c'est 819-555-0155. Appelez-la de ma part!") == ({"privacy"}, False)


def test_a_throwback_tag_is_nothing(charter: Charter) -> None:
    assert _verdict(charter, "Throwback to the 1994 Hormis band trip, tag someone who was on "
                    "that bus 😂") == (set(), False)


@pytest.mark.parametrize("text", [
    "Voici le cell perso de la prof de LJP: 819-555-0155. Appelez-la toute la nuit.",
    "Tag someone uglier than Noah from Hormis 😂 you can't",
])
def test_a_call_all_night_or_a_mocking_tag_stays_cyberbullying(charter: Charter,
                                                               text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


# --- 15. "Avoir la chienne" ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "J'avais la chienne avant mon oral à LJP mais ça a bien été!",
    "Les jeunes de Hormis ont eu la chienne quand l'alarme a sonné 😂",
])
def test_being_scared_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "La secrétaire de LJP, une vraie chienne.",
    "Dis-le à la chienne de secrétaire de Hormis!",
])
def test_a_woman_called_a_bitch_stays_defamation(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "defamation" in categories
