"""The round of rules tuned on "zzs-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: discipline and safety (suspensions, vaping, fights filmed and posted, locker searches,
the police liaison officer, knives, lockdowns, threats on a washroom wall, parents who contest
a sanction) and what people write about them. Its critical miss (an adult who finds pupils
"pas mal cute, si vous voyez ce que je veux dire"), its wrong critical readings (a news item
that "rapporte que" a wall said "bombe", read as a weapon brought; an evacuation drill "en cas
d'alerte à la bombe" and a bomb rumour dismissed, read as threats; "trou de cul" read as sexual;
"j'espère qu'y va crever" read as a call to self-harm; "the kid who brought the replica gun"
read as a threat made), and its misses ("she belongs in jail" after an accusation, "spam his
DMs", "act accordingly" after a pupil is blamed).

Fixed: young people said to be "cute" or "jolies" closed by the wink (critical beside a
student), and the wink no longer negated by "pas mal"; the weapon brought read from the start
of a word ("rapporte que" is no "apporte"; "rapporte" and "ramène" a weapon still are);
"en cas d'alerte à la bombe"; a rumour dismissed ("c'est une rumeur", "aucun danger") and the
pupil "who brought" a weapon told as a fact; "trou de" sets "de cul" aside; a death wish in the
third person is an insult, not an incitement; "she belongs in", "il devrait être en" aim an
accusation; "spam his DMs" and "act accordingly" as calls to a crowd.

Set aside as look-alikes: pupils called "intenses" or a building "belle" with the same wink;
a bomb threat made for tomorrow; a hole in a fence; "va crever" said to a pupil; a pupil who
says he is bringing a knife; a new rule to "act accordingly" on; "belongs in the hall of fame".

Left for a later round: the model's own wrong flags on fair stands about sanctions (zzs-0295,
0356, 0348, 0165, 0360) and on reported news (zzs-0042, 0074): no rules clue to set aside
without reading the stand itself; doxxing with "faites ce que vous voulez avec ça" labelled not
critical (zzs-0115), against the guide's doxxing-with-a-call; a porn advert read as critical by
a student word near (zzs-0200); sarcasm with no contemptuous word (zzs-0251, 0311, 0313);
threats on a pupil read as defamation but not cyberbullying (zzs-0093, 0123, 0243, 0303): the
rules have no "a threat aimed at a student is bullying"; "Jacob T." is no name the rules find
(zzs-0144 stays under the threshold).

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from tests.charter.verdicts import set_aside as _set_aside
from worker.charter.lexicon import Charter

# --- 1. Pupils called cute, with a wink -----------------------------------------------------

def test_pupils_called_cute_with_a_wink_is_critical(charter: Charter) -> None:
    text = ("Je suis surveillant à LJP pis les filles de sec 3 sont vraiment jolies, si vous "
            "voyez ce que je veux dire 😏")
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Les élèves de sec 4 à LJP sont intenses, si vous voyez ce que je veux dire",
    "Les nouvelles classes de LJP sont belles, si vous voyez ce que je veux dire",
    "Les profs de LJP sont pas mal fatigués, si vous voyez ce que je veux dire",
])
def test_the_wink_without_looks_is_no_sexual_flag(charter: Charter, text: str) -> None:
    assert "sexual" not in _verdict(charter, text)[0]


# --- 2. A weapon or a bomb, reported, drilled or dismissed -----------------------------------

@pytest.mark.parametrize("text", [
    "Le Journal rapporte qu'un mot sur un casier de LJP parlait d'une bombe. La police n'a rien "
    "trouvé.",
    "Exercice d'évacuation en cas d'alerte à la bombe à LJP demain matin.",
    "Que faire en cas d'alerte à la bombe à LJP demain? La direction explique la procédure.",
    "Paraît qu'il y aurait une alerte à la bombe à Providence demain, c'est juste une rumeur "
    "selon la direction.",
    "The kid who brought a knife to LJP last week was suspended for ten days.",
    "L'élève qui a apporté un couteau à LJP a été suspendu.",
])
def test_news_a_drill_or_a_rumour_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Je rapporte un couteau à LJP demain, vous allez voir",
    "Je ramène le gun de mon père à LJP lundi",
    "I'm bringing a knife to LJP tomorrow, stay home.",
    "Alerte à la bombe à LJP demain, le gym en premier.",
])
def test_a_weapon_or_a_bomb_announced_stays_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


# --- 3. An insult and a curse ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le prof de math de LJP c'est un trou de cul",
    "La directrice de LJP, j'espère qu'a va crever dans son char",
])
def test_an_insult_or_a_curse_is_defamation_only(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"defamation"}, False)


def test_de_cul_inside_the_insult_is_set_aside(charter: Charter) -> None:
    assert _set_aside(charter, "Le prof de math de LJP c'est un trou de cul", "sexual")


def test_a_hole_in_a_fence_is_nothing(charter: Charter) -> None:
    assert _verdict(charter, "Le trou de la clôture à LJP est réparé.") == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("Léa de LJP, va crever personne t'aime", "cyberbullying"),
    ("Qui veut la vidéo de cul de la fille de sec 2 à LJP?", "sexual"),
])
def test_a_call_to_self_harm_or_a_sex_video_stays_critical(charter: Charter, text: str,
                                                           category: str) -> None:
    _critical_in(charter, text, category)


# --- 4. An accusation, a crowd called ------------------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("The principal at LJP hid the footage to protect her nephew and she belongs in jail.",
     "defamation"),
    ("crybaby Kevin from LJP lol everyone spam his DMs", "cyberbullying"),
    ("Léo Tremblay de LJP est la raison pour laquelle on a perdu nos cells, agissez en "
     "conséquence 🙂", "cyberbullying"),
])
def test_an_accusation_or_a_crowd_called_is_flagged(charter: Charter, text: str,
                                                    category: str) -> None:
    assert category in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Nouvelle règle sur les cellulaires à LJP dès lundi. Agissez en conséquence.",
    "The new coach at LJP is great, she belongs in the hall of fame.",
    "Notre ancienne élève de LJP, elle devrait être en politique!",
])
def test_a_rule_or_praise_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
