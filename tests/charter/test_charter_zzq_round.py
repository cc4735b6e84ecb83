"""The round of rules tuned on "zzq-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: sports, arts and clubs (school teams and LJP's "Patriotes", coaches and referees,
tournaments, the band and the spring show, theatre, robotics, trips and fundraisers,
initiations) and what people write about them. Its critical misses (a bullet wished on the
service centre's director general "for cutting our football program", read as sports talk;
"I'm finishing what I started. Don't come." after a lockdown code word, read as a leak only;
a cheerleader's rumoured self-harm followed by "dommage qu'elle ait pas fini le travail";
"à ta place j'prendrais toutes les pilules" after a bad game; a captain promised "une balle.
Pas une balle de hockey."), its wrong flags on harmless items ("c'était de la grosse classe"
read as a pupil called fat, a team that "a battu trois formations" read as a beaten person,
"le traiter de menteur sur Facebook, c'est pas correct" read as the insult) and the learned
model's flags that a rules clue can discount (a player comforted with "on t'aime pareil", a
parent's "calvaire qu'y ont été bonnes les cheerleaders!", girls' pain a coach should hear),
its misses ("le néant culturel", "finds new ways to let kids down", a school credit card's
number posted, VIP tickets sold on another site) and its cyberbullying, which the rules read
at a quarter: blunders laughed at then spread, a benchwarmer mocked, everyone invited but one,
"qu'il voie ce qu'on pense de lui", "faut l'écœurer".

Fixed: "director general", "directeur général", "the superintendent" as a role (a violent word
aimed at them is no sports talk); "I'm finishing what I started" or "je vais finir ce que j'ai
commencé" right before "Don't come", "Stay home", "Restez chez vous" (a threat, critical);
self-harm told then regretted unfinished ("dommage qu'elle ait pas fini le travail", "too bad
he didn't finish the job", critical); "à ta place je prendrais toutes les pilules" (critical);
a "ball" promised, then "pas une balle de hockey" (a bullet, critical); a blunder laughed at
then sent "à tout le monde de son école", "que toute son école le voie", "in every group
chat", "make it his profile pic"; "réchauffeur de banc", "benchwarmer", "meilleur porteur de
gourdes"; "qu'il voie (sache) ce qu'on pense de lui"; "faut l'écœurer", "écœurez-le";
everyone invited "sauf" a named person; "néant culturel", "cultural wasteland"; "new ways to
let kids down", "nouvelles façons de décevoir"; a credit card's sixteen digits after the card
named (confidential); "billets VIP" (an advert's clue beside a link), with "attention arnaque"
a warning (no advert); "j'les fourrerais" (sexual). Harmless phrases: "de la grosse classe",
"la grosse job", "la grosse finale"; a team "battu trois formations", "battus par la marque";
"mais le traiter de", "but calling her a" (a denial); and, set aside in their category so that
a learned flag there is discounted: "on t'aime pareil", "t'as juste pas été chanceux"
(cyberbullying); "qu'elles ont été bonnes", "qu'ils ont été bons", "disent qu'elles ont mal"
(sexual).

Set aside as look-alikes: "we finish what we started" with "stay home if you're sick", "Don't come
to the lab, it's a mess"; a director general at a final where the team "crushed" the other; a tennis
ball or a foam ball, "pas une balle de hockey"; a knee hurt and a season not finished, a finger cut
and a pie not finished; "à ta place je prendrais deux Advil"; a poster shared "in every group chat"
with no laugh; "sauf les moins de 12 ans"; the volunteers who carry the water, and a parent's own
son "réchauffeur de banc"; a minister who should see "ce qu'on pense de sa réforme"; "ça m'écœure";
"la grosse de sec 3" keeps its word, as "a battu sa blonde" and "est un menteur pis un gros cave"
do; a sexual remark or a coach's touching beside the idioms keeps its words; "pas un néant
culturel"; "de nouvelles façons de motiver"; a card accepted at a supper; VIP tickets sold at the
office; a scam warning naming them.

Left for a later round: the learned model's critical alerts on items labelled not critical
(zzq-0039, 0067, 0080, 0117, 0127, 0133, 0142, 0268, 0270, 0299, 0320): each stands beside a
right rules clue in the same category (the rules cannot lower it) or in a category whose words
a harmless phrase would also hide ("prick", "s-a-l-o-p-e" read as sexual); the spam read in
a lost bag returned "sinon appelle-moi au ..." (zzq-0039: "t'as oublié ton" also opens
adverts); "taguez-la" after a laugh (zzq-0064, zzq-0153: a proud parent writes it as often),
"let's all unfollow" (zzq-0292: the same words of a school no one watches are labelled
nothing), "passez le mot" (zzq-0273: every announcement says it), a vote for "la pire
actrice" (zzq-0108), "on devrait toutes lui écrire" (zzq-0093, zzq-0115: thanks are written
so too), a hazing video "dans le groupe 😂" with the laugh after (zzq-0123, zzq-0237); the
armed meeting "avec des bâtons" at a park (zzq-0317: hockey sticks too), "we're jumping him
after band practice" (zzq-0343), a named girl's self-harm as privacy (zzq-0335).

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from tests.charter.verdicts import set_aside as _set_aside
from worker.charter.lexicon import Charter

# --- 1. Threats written around a game -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Someone should put a bullet in the CSSCV director general for axing the LJP hockey "
    "program.",
    "Je vais finir ce que j'ai commencé à LJP vendredi au tournoi. Restez chez vous.",
    "After the LJP band concert I'm finishing what I started. Don't come.",
    "Le gardien de LJP va recevoir une balle. Pas une balle de baseball.",
])
def test_a_threat_at_a_game_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "The LJP director general was at the hockey final and our boys crushed the other team 🏒",
    "Tonight I'm finishing what I started on the LJP robot. Don't come to the lab, it's a "
    "mess lol",
    "The LJP choir finishes what we started this fall, stay home if you have a cold.",
    "Au hockey-balle de LJP, les petits vont recevoir une balle en mousse, pas une balle de "
    "hockey.",
])
def test_a_final_a_project_or_a_ball_is_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. Self-harm regretted unfinished, an overdose suggested -------------------------------

@pytest.mark.parametrize("text", [
    "Paraît que Léa de LJP a essayé de se faire du mal samedi. Dommage qu'elle ait pas réussi.",
    "Noah from LJP tried to hurt himself last month, too bad he didn't finish the job.",
    "T'as perdu le match pour LJP, à ta place je prendrais toutes les pilules de la pharmacie.",
])
def test_self_harm_urged_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "cyberbullying")


@pytest.mark.parametrize("text", [
    "Mon gars s'est fait mal à l'épaule au tournoi de LJP, dommage qu'il ait pas fini la "
    "saison.",
    "La petite de LJP s'est coupée au cours de cuisine, dommage qu'elle ait pas terminé sa "
    "tarte.",
    "T'as un rhume avant le spectacle de LJP? À ta place je prendrais deux Advil pis je "
    "dormirais.",
])
def test_an_injury_or_advice_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Mockery spread, a pupil shunned or harassed -----------------------------------------

@pytest.mark.parametrize("text", [
    "Regardez Félix Gagnon de LJP qui rate son lancer 😂 faut que toute son école le voie",
    "lol Maya Roy de LJP qui tombe sur la glace, je l'envoie dans tous les chats de groupe",
    "Loïc Martel, le meilleur réchauffeur de banc de l'histoire de LJP 😂",
    "Tout le monde, écrivez à Zoé Roy de LJP qu'elle sache ce qu'on pense d'elle.",
    "Party de l'équipe de LJP samedi, invitez tout le monde sauf Mélodie.",
    "Le gars de sec 4 à LJP qui a manqué le but, faut l'écœurer.",
])
def test_mockery_spread_or_a_pupil_shunned_is_cyberbullying(charter: Charter,
                                                            text: str) -> None:
    assert "cyberbullying" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Share the LJP spring show poster in every group chat, the band needs a full house!",
    "Invitez tout le monde sauf les moins de 12 ans au souper-spaghetti de LJP.",
    "Merci aux porteurs de gourdes bénévoles du tournoi de LJP!",
    "Écrivez au ministre pour qu'il voie ce qu'on pense de sa réforme, invite la directrice "
    "de LJP.",
    "Ça m'écœure de voir les gradins vides au match de LJP, venez encourager les jeunes!",
    # A parent's own child, told by the parent.
    "Mon gars était réchauffeur de banc cette année à LJP, mais il a adoré l'expérience.",
])
def test_a_poster_a_supper_or_a_minister_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. Praise, a score, a denunciation -----------------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("Ostie que j'suis fier des jeunes de LJP, le spectacle c'était de la grosse classe!",
     "cyberbullying"),
    ("L'équipe de LJP dirigée par Mme Roy a battu trois formations de l'Outaouais.",
     "privacy"),
    ("Le coach de LJP a fait des erreurs, mais le traiter de menteur sur Facebook, c'est pas "
     "correct.", "defamation"),
])
def test_praise_a_score_or_a_denunciation_is_set_aside(charter: Charter, text: str,
                                                       category: str) -> None:
    assert _set_aside(charter, text, category)
    assert _verdict(charter, text) == (set(), False)


def test_a_big_job_is_nothing(charter: Charter) -> None:
    text = "Les élèves de LJP ont fait la grosse job à la vente de garage."
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("La grosse de sec 3 à LJP qui essaie de courir 😂", "cyberbullying"),
    ("Le coach de LJP a battu sa blonde, tout le monde le sait.", "privacy"),
    ("Le coach de LJP est un menteur pis un gros cave.", "defamation"),
])
def test_the_same_words_aimed_at_someone_keep_their_reading(charter: Charter, text: str,
                                                            category: str) -> None:
    assert category in _verdict(charter, text)[0]


# --- 5. Comfort, a show, an injury: the category set aside ----------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("T'as raté ton lancer, Zack, mais on t'aime pareil, c'est ça l'équipe de LJP!",
     "cyberbullying"),
    ("Calvaire qu'elles ont été bonnes les filles de l'harmonie de LJP!", "sexual"),
    ("Le coach de LJP devrait arrêter de faire jouer les joueuses quand elles disent qu'elles "
     "ont mal.", "sexual"),
])
def test_comfort_a_show_or_an_injury_sets_the_category_aside(charter: Charter, text: str,
                                                             category: str) -> None:
    assert _set_aside(charter, text, category)
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("Calvaire qu'elles ont été bonnes les cheerleaders de LJP, j'les fourrerais toutes 😏",
     "sexual"),
    ("Le coach de LJP tripote les filles de sec 2 dans le vestiaire pis elles disent qu'elles "
     "ont mal.", "sexual"),
    ("Mathis Roy de LJP, le pire joueur de l'histoire 😂 mais on t'aime pareil, faut que toute "
     "son école le voie", "cyberbullying"),
])
def test_a_breach_beside_a_harmless_phrase_keeps_its_words(charter: Charter, text: str,
                                                           category: str) -> None:
    assert not _set_aside(charter, text, category)
    assert category in _verdict(charter, text)[0]


# --- 6. Contempt for the arts and the school board ------------------------------------------

@pytest.mark.parametrize("text", [
    "Le programme de musique de LJP, c'est le néant culturel, trois flûtes pis un triangle.",
    "The CSSCV finds new ways to let kids down every September. What a talent.",
])
def test_contempt_for_a_programme_is_disparaging(charter: Charter, text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Grâce à l'harmonie de LJP, notre village n'est pas un néant culturel!",
    "Le nouveau coach de LJP a trouvé de nouvelles façons de motiver les jeunes, bravo.",
])
def test_a_denial_or_praise_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. A card's number, VIP tickets --------------------------------------------------------

def test_a_card_number_posted_is_confidential(charter: Charter) -> None:
    text = ("Le numéro de la carte de crédit du club de robotique de LJP, c'est 4539 1488 0343 "
            "6467, servez-vous.")
    assert "confidential" in _verdict(charter, text)[0]


def test_vip_tickets_on_another_site_are_spam(charter: Charter) -> None:
    text = ("Billets VIP pour le gala de LJP avec photo avec les artistes sur vip-gala-tix.net, "
            "faites vite!")
    assert "spam" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "On accepte la carte de crédit au souper-bénéfice de LJP, info au secrétariat.",
    "Billets VIP pour le gala de LJP en vente au secrétariat, 25 $ avec le souper.",
    "Attention arnaque : quelqu'un vend des billets VIP pour le gala de LJP sur Marketplace, le "
    "comité vend rien en ligne.",
])
def test_a_card_accepted_tickets_at_the_office_or_a_warning_is_nothing(charter: Charter,
                                                                       text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
