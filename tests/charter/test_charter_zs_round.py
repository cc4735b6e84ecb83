"""The round of rules tuned on "zs-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: posts about sports, rivalries and extracurriculars (tournaments, referees, tryouts, team
trips, band, improv) and screenshots retold in text (group-chat OCR, memes, reposted stories),
where enthusiastic slang and sacres sit beside real insults and threats. Their wrong critical
alerts (a win promised with the threat formula "c'est pas une menace, c'est une promesse : on
va gagner la coupe"; a parents' group forwarding the rule "aucune photo des enfants dans les
vestiaires", read as voyeurism of pupils; a coach's cell given with "appelez-le directement",
read as a pile-on; a dating advert "not for ... kids", read as sexual content with minors),
their critical misses (a referee who "va se faire casser les deux jambes", fans awaited "with
bats in the parking lot", "shooting up prom", "j'sors la 12 pis je règle ça", a coach who
"va finir dans l'coffre" in leetspeak, a goalie who "devrait juste sauter du pont", "à ta
place j'me réveillerais pas demain matin", a pupil's "body de fou pour une sec 3", a girl told
she'd be "legal soon"), and their misses by category (cyberbullying, sexual, disparaging,
defamation, confidential).
Fixed: the win promised after the formula (a harmless phrase); the legs, arms or knees someone
"va se faire casser" (critical threat, a fall told in the past stays clean); waiting "with
bats" with no "for" and no article (critical, still set aside beside a game); a school event
shot up without "the" (prom, grad, gala, assembly); the 12-gauge taken out to settle a score;
"va finir dans l'coffre", "le" cut short; "devrait juste / donc sauter du pont" and "j'me
réveillerais pas / plus" (critical incitement); a wake-up put off ("pas avant midi") a
harmless phrase; a number to call "directement" no pile-on; a rule banning cameras in
changing rooms no voyeurism; a pupil's body praised "pour une sec" and a girl "almost legal"
(critical sexual remarks).

Set aside as look-alikes: the formula followed by a person ("l'arbitre va y goûter", still
critical); a leg broken on the ski slope, arms broken at football; snacks or banners awaited in
the parking lot, bats and gloves for a baseball tournament; the duck hunt's 12-gauge, a 12th
edition; jerseys in the trunk of one's car, sticks that end up in a minivan's trunk; a diving
club jumping off a bridge for a fundraiser; sleeping in on a day off; a number to call "toute
la nuit" (still a critical pile-on); a photo "prise dans les vestiaires" (still critical); a
pupil's skill "pour une sec 2"; sports betting "legal soon".

Left for a later round: threats with no threatening word ("would be a real shame if somebody
messed with the brakes", "should check under her car", "a lot of ambulances ... if that kid
steps on the court", "ça serait triste qu'ils le voient pas revenir", "ramenez vos oeufs"
beside an address); waiting for someone in a parking lot with no second clue ("on l'attend
dans le stationnement après, y va comprendre"); a pile-on at a referee's family ("make his
weekend hell, everybody" beside his wife's number, labelled with no cyberbullying); a dating
advert's "not for ... kids" (the word "kids" makes the sexual clue critical, and the lexicons
cannot say that a minor is excluded); a pupil's photo sold or asked for with no sexual word
("qui veut la voir, 5$", "whoever has the pics ... dm me"); "they're easy" said of pupils;
"private 'lessons' after hours"; the adults-only sign beside pupils with no other clue; a seat
refused beside a pupil named by first name only ("personne s'assoit à côté de William": a lone
first name is no target, so the clue stays under a flag); mockery with no insulting word
(a benchwarmer "of the year", a water boy, a poll of the worst player, 🐷 comments, "tag her");
contempt with no contemptuous word ("deux poubelles pareilles", "z3r0 t4l3nt", "a bag of cats
falling down the stairs"); leaks of line-ups, rooming lists, audition results and minutes.
Limit seen: "dans le coffre de mon char" (an older entry) reads jerseys put in the trunk as a
threat; only "va finir dans l'coffre" was added, so the short form does not repeat it. "We'll
be waiting" (an older intimidation entry) flags snacks awaited in a parking lot.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A win promised with the threat formula -----------------------------------------------

@pytest.mark.parametrize("text", [
    "C'est pas une menace, c'est une promesse : on va gagner le championnat régional à l'ESLJP!",
    "Vikings de l'ESHG, c'est pas une menace c'est une promesse, on ramène la coupe à la maison.",
    "Not a threat, it's a promise: we're winning the provincials this year at ESLJP 🏆",
])
def test_a_win_promised_with_the_threat_formula_is_harmless(charter: Charter,
                                                            text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


def test_the_formula_followed_by_a_person_stays_critical(charter: Charter) -> None:
    text = "C'est pas une menace, c'est une promesse : l'arbitre va y goûter après la game."
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 2. Limbs someone "va se faire casser" ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "L'arbitre du match d'hier à l'ESHG, Pierre Roy, y va se faire casser les deux jambes la "
    "prochaine fois qu'il met les pieds à Gatineau.",
    "Les deux coachs de LJP vont se faire péter les deux genoux s'ils reviennent en ville.",
])
def test_limbs_someone_will_have_broken_are_a_critical_threat(charter: Charter,
                                                              text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Au ski avec l'ESHG, Noah a failli se faire casser les deux jambes sur la piste noire.",
    "Mon gars s'est fait casser les deux bras au football, il va se faire opérer.",
])
def test_limbs_broken_in_a_fall_are_told(charter: Charter, text: str) -> None:
    _, critical = _verdict(charter, text)
    assert not critical


# --- 3. Awaited with bats --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ESLJP fans better not show up Saturday. We'll be waiting with bats by the exit.",
    "Les partisans de l'ESHG, venez pas vendredi : on va vous attendre avec des battes.",
])
def test_a_crowd_awaited_with_bats_is_a_critical_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "We'll be waiting with snacks and banners in the parking lot for the ESHG bus!",
    "Baseball tournament Saturday: we'll be waiting with bats and gloves for the kids at 9.",
])
def test_snacks_or_a_baseball_game_awaited_are_no_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


# --- 4. A school event shot up ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "honestly someone shooting up prom at ESLJP would make it worth going",
    "gonna shoot up grad at ESHG, nobody will forget that night",
])
def test_a_school_event_shot_up_is_a_critical_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Ticket sales for ESLJP prom are shooting up this week, get yours before Friday!",
    "We're shooting prom photos at ESHG on Saturday, sign up for a slot.",
])
def test_sales_shooting_up_or_photos_shot_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. The 12-gauge taken out to settle a score ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Si le coach de l'ESHG coupe encore ma fille, je sors la 12 pis je règle ça moi-même.",
    "Si y renvoient encore mon gars de l'équipe, je vais sortir ma 12 pis aller les voir à "
    "l'école.",
])
def test_the_twelve_gauge_taken_out_to_settle_a_score_is_critical(charter: Charter,
                                                                  text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Ouverture de la chasse au canard samedi, je sors la 12 pis les appelants.",
    "On sort la 12e édition du tournoi de l'ESHG, je règle les inscriptions ce soir.",
])
def test_a_hunt_or_a_twelfth_edition_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. The trunk, "le" cut short ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "le coach de volley de l'ESHG va finir dans l'coffre d'mon char, promis",
    "l'arbitr3 d3 l'ESLJP va f1n1r d4ns l'c0ffr3, j'vous l'jure",
])
def test_someone_ending_in_the_trunk_is_a_critical_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "J'ai mis les chandails de l'équipe dans l'coffre de mon char, passez les chercher à l'ESHG.",
    "Les bâtons de hockey vont finir dans l'coffre du minivan, comme d'habitude.",
])
def test_things_in_a_trunk_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. The bridge and the morning refused ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "le gardien de l'ESLJP devrait juste sauter du pont après la game d'hier 💀",
    "Noah, le pire joueur de l'ESHG… à ta place j'me réveillerais pas demain matin. Pense-y.",
    "Léa de l'impro, t'es tellement nulle, à ta place je me réveillerais plus.",
])
def test_a_death_urged_on_a_player_is_critical_incitement(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Le club de plongeon va sauter du pont Alonzo-Wright pour la levée de fonds!",
    "Congé pédagogique demain! À ta place je me réveillerais pas avant midi.",
    "À ta place j'me réveillerais pas trop de bonne heure demain, c'est la relâche.",
])
def test_a_dive_or_a_sleep_in_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 8. A number to call directly ------------------------------------------------------------

def test_a_number_to_call_directly_is_no_pile_on(charter: Charter) -> None:
    text = ("La coach de basket de LJP, appelez-la directement au 819-555-0177 sur son cell, "
            "elle répond vite, c'est plus simple.")
    categories, critical = _verdict(charter, text)
    assert "privacy" in categories
    assert "cyberbullying" not in categories
    assert not critical


def test_calls_all_night_stay_a_critical_pile_on(charter: Charter) -> None:
    text = ("La coach de basket de LJP a coupé ma fille : son cell perso c'est le "
            "819-555-0177, appelez-la toute la nuit.")
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


# --- 9. The rule against cameras in changing rooms -------------------------------------------

@pytest.mark.parametrize("text", [
    "Message de l'équipe de natation : « Rappel : aucune photo des jeunes dans les vestiaires ». "
    "Merci de respecter ça.",
    "Rappel du coach de volley de l'ESHG : no phones in the locker room, parents included.",
])
def test_a_rule_against_cameras_in_changing_rooms_is_no_voyeurism(charter: Charter,
                                                                  text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_photo_taken_in_the_changing_room_stays_critical(charter: Charter) -> None:
    text = "J'ai une photo des filles de sec 2 prise dans les vestiaires après la game, dm."
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


# --- 10. A pupil's body, a girl "almost legal" -----------------------------------------------

@pytest.mark.parametrize("text", [
    "La p'tite blonde qui joue de la flûte dans l'harmonie de l'ESHG a un body de fou pour une "
    "sec 2 😍 qqn a son insta?",
    "the volleyball coach at LJP keeps texting the grade 10 girls, told Emma she'll be legal "
    "soon lol. gross",
    "la nouvelle de sec 4 dans l'équipe de cheer de l'ESLJP est presque légale 😏",
])
def test_a_pupils_body_or_majority_awaited_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Ma fille a un jeu de fou pour une sec 2, elle a compté 3 buts au tournoi de l'ESHG!",
    "Sports betting will be legal soon in Ontario, bet on the ESLJP game!",
])
def test_a_pupils_skill_or_a_law_to_come_is_nothing(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" not in categories
    assert not critical
