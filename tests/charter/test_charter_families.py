"""Families of clues read with their structure: written here, never taken from a labelled set.

An act of violence counts when someone means it and aims it; an exposure counts under a
condition (blackmail); a harmless phrase hides the term it holds; a call to go after someone
next to their address is critical.
"""

from __future__ import annotations

import pytest

from worker.charter.categories import Severity
from worker.charter.classify import classify
from worker.charter.lexicon import Charter
from worker.charter.model import Document


def _verdict(charter: Charter, text: str) -> tuple[set[str], bool]:
    verdict = classify(Document(text, kind="post"), charter)
    return {f.category for f in verdict.flags}, verdict.severity is Severity.CRITICAL


@pytest.mark.parametrize("text", [
    "M'as aller crisser une volée au concierge de l'école demain matin.",
    "On va brûler l'école Saint-Jean vendredi soir, personne va nous arrêter.",
    "I'm gonna beat up the gym teacher after class, he won't see it coming.",
    "We should burn down the school board office with everyone in it.",
    "La prof de français va se faire planter dans le stationnement, je vous le garantis.",
    "je v@is te p3ter la face mon osti de prof",
])
def test_an_act_of_violence_meant_and_aimed_is_a_critical_threat(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Je vais tuer le temps en lisant avant le conseil d'établissement.",
    "Notre équipe va écraser l'autre école samedi, on va les battre à plate couture!",
    "I'm going to shoot some photos of the graduation ceremony for the school.",
    "Le concierge va brûler les feuilles mortes dans la cour demain.",
    "On va aller voir le spectacle des élèves jeudi, j'ai hâte!",
    "Mon gars va avoir un accident de parcours s'il n'étudie pas, mais bon.",
])
def test_violent_words_in_ordinary_phrases_are_not_threats(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("Si tu me donnes pas ma note, je publie les messages que tu m'as envoyés. "
     "T'as jusqu'à vendredi.", "defamation"),
    ("Le directeur est un sale pédale pis un hypocrite.", "defamation"),
    ("That principal is a lying crook and a drunk.", "defamation"),
    ("Les profs de cette école sont des épais finis, aucun jugement.", "disparaging"),
    ("What a bunch of clueless amateurs running the school board.", "disparaging"),
    ("Everyone go flood her DMs and tell her how ugly she is lol", "cyberbullying"),
    ("Appelez-la tous en même temps cette nuit, la prof de maths, lâchez-la pas.",
     "cyberbullying"),
    ("Le prof de gym a un OnlyFans, contenu explicite pour les abonnés.", "sexual"),
])
def test_families_beyond_the_labelled_phrases(charter: Charter, text: str,
                                              category: str) -> None:
    assert category in _verdict(charter, text)[0]


@pytest.mark.parametrize(("text", "category"), [
    ("Léa t'es tellement laide, tu devrais te tirer une balle.", "cyberbullying"),
    ("Nobody would miss you Kevin, just end it all tonight.", "cyberbullying"),
    ("Le surveillant a filmé des élèves dans le vestiaire, c'est dégueu.", "sexual"),
])
def test_self_harm_and_minors_filmed_are_critical(charter: Charter, text: str,
                                                  category: str) -> None:
    categories, critical = _verdict(charter, text)
    assert category in categories and critical


def test_an_exposure_without_a_condition_is_not_blackmail(charter: Charter) -> None:
    assert "defamation" not in _verdict(charter, "Je publie les photos du bal demain soir.")[0]


def test_a_call_to_go_after_someone_beside_their_address_is_critical(charter: Charter) -> None:
    text = ("La prof de maths reste au 12 rue des Érables à Thurso. "
            "Allez y dire votre façon de penser ce soir.")
    categories, critical = _verdict(charter, text)
    assert {"privacy", "cyberbullying"} <= categories and critical


@pytest.mark.parametrize("text", [
    "Crisse que c'est beau le spectacle des élèves, bravo tout le monde!",
    "Les élèves apprennent à se protéger contre la sextorsion lors d'un atelier.",
    "Selon la police, un élève aurait menacé de tirer sur des enseignants; il a été arrêté.",
])
def test_praise_prevention_and_news_stay_clean(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "École Providence jeudi 💣💣 à 11h",
    "poly des Vallées 🧨🧨 demain matin, je dis juste ça",
    "Grade 7 wing tomorrow 💣 tick tock",
    "💣 au centre administratif. Restez chez vous.",
])
def test_a_bomb_emoji_with_a_moment_or_a_warning_is_a_critical_threat(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Le spectacle de Noël de l'école Providence, c'était la bombe 💣 bravo aux élèves!",
    "Vente de bombes de bain samedi à la kermesse 🛁💣 pour le voyage de fin d'année",
    "Graduation party was the bomb 💣 see you all next week!",
    "💣💣💣",
])
def test_a_bomb_emoji_as_praise_or_alone_is_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "La direction de l'école Saint-Jean, vous allez voir ce qui va arriver à la rentrée.",
    "Les profs du secondaire 3 vont le regretter. J'ai une liste.",
    "Staff at the board office: your last week is coming. Remember my name.",
    "Aux employés du centre de services : vous allez payer, et pas en argent.",
    "ça va sauter au bureau de la direction, profitez-en pendant que vous êtes là",
])
def test_a_veiled_threat_aimed_at_a_school_or_its_staff_is_critical(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Vous allez voir ce qui va arriver en finale samedi, notre équipe est prête!",
    "Ceux qui ont manqué le concert vont le regretter, c'était tellement beau.",
    "Les Faucons vont le regretter en finale, notre équipe est en feu!",
])
def test_a_veiled_threat_in_a_boast_or_praise_is_no_threat(charter: Charter,
                                                           text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Je vais faire un Columbine à la poly, vous allez voir.",
    "someone should pull a columbine at that school",
    "Y'a une bombe dans le gymnase de l'école, bonne chance.",
    "Demain j'arrive à l'école avec une hache.",
    "I'm coming to the board meeting with my rifle.",
    "On va brûler le centre administratif avec le directeur général dedans.",
    "I'll burn that school to the ground.",
])
def test_a_named_massacre_a_planted_bomb_a_weapon_or_a_fire_is_critical(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Le feu a réduit la vieille grange en cendres, aucun blessé selon les pompiers.",
    "Le cours d'histoire sur Columbine et Polytechnique a beaucoup touché les élèves.",
    "Ce film m'a touché, les élèves devraient le voir avant la fin de l'année.",
    "Exercice d'évacuation à l'école demain à 10h : restez calmes et suivez les consignes.",
])
def test_history_fire_news_and_drills_are_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Les filles de 2e secondaire sont ben développées pour leur âge 🤤",
    "that 8th grader is hot for her age ngl",
    "Les petites de maternelle, vivement qu'elles grandissent 😏",
])
def test_a_minor_s_body_remarked_on_is_critical_sexual_content(charter: Charter,
                                                               text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories and critical


@pytest.mark.parametrize("text", [
    "Le surveillant de l'école vend de la drogue aux jeunes, il devrait être en prison.",
    "Le prof de gym tripote les élèves dans le vestiaire, tout le monde le sait.",
    "That teacher touches kids, everyone knows it.",
    "Les immigrants à l'école, c'est dans leur culture d'être violents.",
    "Retournez dans votre pays, les nouveaux profs.",
])
def test_a_crime_laid_at_someone_s_door_or_a_group_s_nature_blamed_is_defamation(
    charter: Charter, text: str
) -> None:
    assert "defamation" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Samuel de sec 3, on le pogne après l'école pis on lui règle son compte.",
    "Let's catch him after school by the field, no witnesses.",
])
def test_a_call_to_beat_someone_up_is_a_critical_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


def test_a_clue_made_critical_by_an_address_says_so_not_minor(charter: Charter) -> None:
    text = "Allez lui régler son cas à ce prof, il reste au 12 rue des Érables."
    verdict = classify(Document(text, kind="post"), charter)
    [flag] = [f for f in verdict.flags if f.category == "cyberbullying"]
    assert flag.severity is Severity.CRITICAL
    assert any("coordonnées" in r for r in flag.reasons)
    assert not any("mineur" in r for r in flag.reasons)
