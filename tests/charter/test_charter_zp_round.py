"""The round of rules tuned on "zp-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: the wrong critical alerts of "zp-" (a parent's review of a chaotic drop-off that "va
finir par un accident"; a staff member's own cell given to the parents with "appelez-la si vos
enfants ont besoin"; a pupil filmed crying in the locker room, read as voyeurism), the critical
misses of "zp-" (reviews, listings, carpools, tournament notices, galas and yearbook captions
that hide a threat: the door a player uses "after the game" known; a teacher who "should be
shot for what she did"; "boudoir" photos offered to pupils of 16 with the parents kept out),
and its misses and wrong flags by category (a debt claimed "or I'm telling everyone what you
did"; "qu'il retourne dans son pays"; "bend me over" said of a teacher; staff said to hold
swingers' parties; "couldn't ... her way out of a paper bag", "another empty suit"; a parent
"tannée d'entendre que les profs sont paresseux"; the board's "Offre d'emploi" read as spam).
Wrong flags fixed: the three alerts above (defamation; cyberbullying; sexual, now the
cyberbullying it is when a camera is near), the three misses made critical, the blackmail and
the xenophobic wish (defamation), the sexual remarks and rumours (sexual), the idioms of
uselessness (disparaging), the refuted prejudice (disparaging) and the job postings (spam).

Set aside: a traffic or crowding worry that "va finir par un accident"; a helper's line given
to parents "si vos enfants" (as "si votre" and "si vous" were); tears in the locker room told
without a camera (a parent's worry, a coach who comforted a player) or with praise (a team's
photo after a final); a door asked about or an entrance a delivery uses; photos that "should be
shot outdoors"; a boudoir shoot for adults, an old manor's boudoir, a surprise kept from the
parents; an "or I'm telling everyone" that tells no one's deeds; a colleague who "retourne dans
son pays" for a trip or a retirement; a yoga class's "bend over"; a novel's "couple
échangiste"; lanterns made "out of a paper bag", a suit bag, "my way out of a paper bag"; a
parent "tanné d'entendre parler" of the school before an insult; a job scam that promises easy
money. The threats of the same families stay critical (an accident promised to a teacher "je
te le garantis"; a pile-on at a teacher's home address; filming a pupil undressing).

Left for a later round: veiled threats with no violent word ("je vais la ramasser
personnellement, on a des choses à régler" in a carpool, where "ramasser" is a pick-up; doors
of a hall that "vont rester barrées de l'extérieur", which a building's notice says too; "on va
s'en occuper nous-mêmes", which parents say of snow or a fence; "Dernière photo officielle",
said at a retirement; "il a intérêt à pas être dans le stationnement"; "regarder dans son
rétroviseur ... On sait jamais qui suit"; "Profitez-en bien jusqu'au 12"; "it's not my grade
that's going to need fixing"; "une grosse ... Soon"; gas cans "pour un petit projet à l'école");
"Not joking" beside "keep your kids home" (a storm warning says both, and "I'm not joking"
already reads so: a limit of that clue); incitement with one clue only ("Free rope ... saving
it for" a pupil, a bridge "right there", "personne te retiendrait", "t'es presque rendu",
"toute la boîte 💊"); sexual remarks and offers with no sexual word (worn uniforms or a cheer
top sold "pas lavé", massages "avec finition", "gonna be trouble in 2 years", a lift offered to
a sec 1 girl by a man of 24, "no parents please", a list of "easy" girls rated, pics sent to an
ex, "hands-on" coaching, "les décolletés" — a dress code names them too); a pile-on by emoji
("Let him know what you think 😈", "sign on her front door 🔥"); an inhaler kept from a pupil;
OnlyFans beside "your kids" still critical (the children named are the readers'); a
babysitter's street, a coach who took a son "de la rue" and teachers' reviews, which the rules
do not flag (the learned scorer does); private sellers read as spam ("Vends", "Selling",
"pickup", "écrivez-moi en privé" and a price are an advert's words too: a seller of their own
textbook, dress or notes, a class's chocolate sale, a carpool or free tutoring needs a reading
of who sells, not a term); contempt with no insult ("c'est pour ceux qui sont pas capables",
"profs ratés", "une fabrique d'analphabètes", "Mascarade", "Un salaire gaspillé"); leaks of
codes, salaries, decisions and files.
Limit seen: "appelez-la si vos ..." sets the pile-on reading aside even when the parents are
sent to complain ("si vos enfants ont été punis par elle"); the address beside it still makes
the text critical in privacy.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A traffic worry: "ça va finir par un accident" -------------------------------------

@pytest.mark.parametrize("text", [
    "Les parents qui se stationnent en double devant l'ESHG, ça va finir par un accident. "
    "Mettez des brigadiers!",
    "Le corridor de la cafétéria de l'ESLJP est toujours bondé, un jour ça va finir par un "
    "accident avec les plateaux.",
])
def test_a_traffic_or_crowding_worry_is_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_an_accident_promised_to_a_teacher_stays_critical(charter: Charter) -> None:
    text = "Mme Roy de l'ESHG va avoir un accident en sortant ce soir, je te le garantis."
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 2. A helper's line given to the parents "si vos enfants" ------------------------------

@pytest.mark.parametrize("text", [
    "L'infirmière de l'ESLJP passe le mardi, appelez-la si vos enfants toussent depuis une "
    "semaine.",
    "La TES de l'ESHG, Julie, est super. Appelez-la si vos jeunes ont besoin d'aide, son poste "
    "est le 819 986-8511.",
])
def test_a_helper_given_to_parents_is_no_pile_on(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_helpers_private_cell_stays_private_but_not_critical(charter: Charter) -> None:
    text = ("La prof de l'ESHG, Mme Roy, son cell c'est le 819-555-0144. Appelez-la si vos "
            "enfants ont besoin d'un tuteur, elle est super.")
    assert _verdict(charter, text) == ({"privacy"}, False)


@pytest.mark.parametrize("text", [
    "La prof de l'ESHG, Mme Roy, son cell c'est le 819-555-0144. Appelez-la toute la nuit, "
    "qu'elle comprenne.",
    "Le coach de l'ESLJP reste au 12 rue des Pins à Thurso. Appelez-le pis allez lui dire ce "
    "que vous pensez.",
])
def test_a_pile_on_at_a_teachers_number_or_home_stays_critical(charter: Charter,
                                                                text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "privacy" in categories
    assert critical


# --- 3. Tears in the locker room: mockery when filmed, never voyeurism --------------------

@pytest.mark.parametrize("text", [
    "Regardez la photo de Noah de sec 2 à l'ESHG qui pleure dans le vestiaire 😂 partagez",
    "J'ai une vidéo de Léa (sec 1, ESLJP) en train de pleurer dans le vestiaire lol, je la "
    "mets sur le groupe",
    "Qui a filmé le p'tit Zack de l'ESLJP qui pleurait dans le vestiaire? Envoyez 😂",
])
def test_tears_filmed_in_the_locker_room_are_mockery(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"cyberbullying"}, False)


@pytest.mark.parametrize("text", [
    "Mon fils qui pleure dans le vestiaire avant chaque match de l'ESHG, des conseils pour le "
    "stress?",
    "Le coach de l'ESLJP a consolé un élève qui pleurait dans le vestiaire après la finale. "
    "Classe!",
    "Notre gardien de but de l'ESHG, c'est normal de pleurer dans le vestiaire après une "
    "défaite comme ça. On est fiers de toi!",
    "Le photographe de l'ESHG a pris une photo de l'équipe qui pleurait dans le vestiaire "
    "après la victoire, bravo les gars!",
])
def test_tears_told_without_a_camera_or_with_praise_are_nothing(charter: Charter,
                                                                 text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_filming_a_pupil_undressing_in_the_locker_room_stays_critical(charter: Charter) -> None:
    text = ("J'ai filmé la fille de sec 2 dans le vestiaire de l'ESHG pendant qu'elle se "
            "changeait, qui la veut?")
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


# --- 4. The door someone leaves by, known -------------------------------------------------

@pytest.mark.parametrize("text", [
    "PS to Noah from ESHG: we know which door you use after practice. See you Friday 😊",
    "On sait par quelle porte tu sors après l'école, Jayden de l'ESLJP. À demain.",
])
def test_the_door_someone_uses_known_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Delivery for the ESHG office: we know which entrance you use, we'll leave the boxes at "
    "the back.",
    "Which door do you use at ESLJP for pick-up? The front one is locked after 3pm.",
    "Par quelle porte on sort à l'ESHG après le spectacle? La principale ou celle du gym?",
])
def test_a_door_asked_about_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. Shooting wished as a punishment ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mr. Roy at ESHG should be shot for what he did to my son's grades.",
    "That ESLJP bus driver should be shot for what she said to the kids, dead serious.",
])
def test_shooting_wished_for_what_someone_did_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "The ESHG grad photos should be shot outdoors this year, the gym lighting is awful.",
    "The ESLJP yearbook video should be shot for the spring edition, volunteers welcome.",
])
def test_photos_that_should_be_shot_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. Boudoir photos offered to pupils, the parents kept out -----------------------------

@pytest.mark.parametrize("text", [
    "Séances photo boudoir pour les filles de sec 5 de l'ESHG, 16 ans et plus, les parents ont "
    "pas besoin de savoir. Écris-moi.",
    "Boudoir shoots for ESLJP grads, 17 is fine, your parents don't need to know 😉",
])
def test_boudoir_photos_offered_to_pupils_behind_the_parents_are_critical(
        charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Party surprise pour la prof de l'ESHG vendredi, les parents ont pas besoin de savoir le "
    "menu 😄",
    "Les notes de l'ESLJP sortent lundi; les parents n'ont pas besoin de savoir le mot de passe "
    "de l'élève pour les voir.",
    "Le vieux manoir à côté de l'ESHG a un boudoir d'époque, visite guidée samedi pour les "
    "élèves d'histoire.",
    "Parents don't need to know every detail, says the ESHG counsellor: let teens have some "
    "privacy.",
])
def test_one_clue_alone_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_boudoir_shoot_for_adults_is_no_sexual_flag(charter: Charter) -> None:
    text = "Séance photo boudoir pour mamans, 20 % de rabais ce mois-ci, studio à côté de l'ESHG."
    categories, critical = _verdict(charter, text)
    assert "sexual" not in categories
    assert not critical


# --- 7. "Or I'm telling everyone what you ..." --------------------------------------------

def test_telling_what_someone_did_as_a_demand_is_blackmail(charter: Charter) -> None:
    text = ("Léa from ESHG, give me back my hoodie or I'm telling everyone what you did at the "
            "party.")
    assert _verdict(charter, text) == ({"defamation"}, False)


@pytest.mark.parametrize("text", [
    "I'm telling everyone at ESHG about the bake sale, or I'm telling everyone who'll listen "
    "at least!",
    "Should I keep quiet or I'm telling everyone at ESLJP that the spring concert is "
    "cancelled?",
])
def test_telling_everyone_news_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 8. Someone wished back to their country ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Le nouveau concierge de l'ESHG comprend rien, qu'il retourne dans son pays.",
    "La prof de l'ESLJP a pas nos valeurs. Qu'elle retourne donc dans son pays!",
])
def test_someone_wished_back_to_their_country_is_hateful(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"defamation"}, False)


@pytest.mark.parametrize("text", [
    "Mme Diaz de l'ESHG prend sa retraite : elle retourne dans son pays, le Chili. Merci pour "
    "tout!",
    "Notre élève d'échange à l'ESLJP est triste qu'il retourne dans son pays en juin, on va "
    "s'ennuyer!",
])
def test_a_trip_home_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 9. Sexual remarks on staff and swingers' rumours --------------------------------------

@pytest.mark.parametrize("text", [
    "Ms. Roy from ESHG can give me detention and bend me over her desk anytime 🥵",
    "Les profs de l'ESLJP font des soirées échangistes, tout le monde le sait.",
    "Le directeur de l'ESHG organise des partys échangistes chez lui, demandez à sa voisine.",
])
def test_sexual_remarks_and_swingers_rumours_are_sexual(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "sexual" in categories


@pytest.mark.parametrize("text", [
    "Yoga club at ESHG: bend over, touch your toes, breathe.",
    "Le cours de français de l'ESHG lit un roman sur un couple échangiste des années 70, "
    "lecture pour adultes seulement.",
    "Soirée d'échange de livres à l'ESLJP jeudi, apportez-en trois!",
])
def test_a_stretch_a_novel_or_a_book_swap_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 10. The English idioms of uselessness -------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ESHG principal couldn't manage his way out of a paper bag.",
    "The new CSSCV director is an empty suit.",
])
def test_an_idiom_of_uselessness_is_contempt(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"disparaging"}, False)


@pytest.mark.parametrize("text", [
    "The ESLJP art class made lanterns out of a paper bag, so cute!",
    "Clothing drive at ESHG: bring an empty suit bag, we'll fill it for families in need.",
    "I couldn't draw my way out of a paper bag, so thank you to the ESHG art teacher!",
])
def test_a_paper_bag_a_suit_bag_or_self_mockery_is_nothing(charter: Charter,
                                                           text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 11. A prejudice the writer is tired of hearing ----------------------------------------

@pytest.mark.parametrize("text", [
    "Tannée d'entendre que les profs de l'ESHG sont paresseux, ma mère y enseigne et travaille "
    "le soir.",
    "I'm tired of hearing that ESLJP teachers are lazy. They work weekends.",
])
def test_a_prejudice_refuted_is_no_contempt(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Tanné d'entendre parler de l'ESHG : le directeur est un cave pis un menteur.",
    "Les profs de l'ESLJP sont paresseux, j'suis tannée d'entendre que c'est la faute aux "
    "parents.",
])
def test_an_insult_beside_the_phrase_stays_flagged(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "disparaging" in categories


# --- 12. A job posting is no commercial offer ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Offre d'emploi : l'ESHG recrute des surveillants d'élèves pour le midi, 10 h/semaine. "
    "Informez-vous au secrétariat.",
    "Offres d'emploi au CSSCV : on recrute des concierges pour l'ESLJP et l'ESHG dès août.",
])
def test_a_job_posting_is_no_spam(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_job_scam_promising_easy_money_stays_spam(charter: Charter) -> None:
    text = ("Offre d'emploi pour les profs de l'ESHG : travaillez de la maison et gagnez "
            "500 $/jour, inscrivez-vous sur argent-facile.xyz")
    categories, _ = _verdict(charter, text)
    assert "spam" in categories
