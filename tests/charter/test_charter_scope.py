"""How far a clue's context reaches: a denial over a clause, praise over a slang word, an
extension over a number, a name over a sexual remark; and the privacy and threat families
that read a sentence rather than a number. Written here, never taken from a labelled set.
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
    "Je dis pas que le concierge de l'école Saint-Jean est un imbécile, loin de là.",
    "J'ai jamais dit que la nouvelle directrice adjointe de l'école des Prés était conne.",
    "I'm not saying the gym teacher at Riverside is an idiot, he just forgot the permission slips.",
    "Personne a dit que les éducatrices du service de garde étaient paresseuses, relisez.",
    "Je pense pas que le prof d'anglais soit raciste, il s'est mal exprimé.",
    "On peut critiquer l'horaire sans traiter les secrétaires d'incompétentes.",
    "Who said the librarian was a moron? Nobody. We asked for longer hours.",
    "La technicienne en loisirs, c'est tout sauf une incompétente.",
    "Mon gars s'est fait traiter de « gros cave » dans l'autobus, l'école a réglé ça vite.",
])
def test_a_denied_insult_is_no_insult_however_far_the_denial(charter: Charter,
                                                              text: str) -> None:
    assert _verdict(charter, text)[0] == set()


@pytest.mark.parametrize("text", [
    # What follows "mais" or "je dis juste que" is said, not denied.
    "Je dis pas que c'est facile d'enseigner, mais le prof de chimie est un imbécile.",
    "I'm not saying it's easy, but the vice-principal is a moron.",
    # Denying while insinuating: "faites vos conclusions" says it anyway.
    "Je dis pas que le coach est un pervers, je dis juste qu'il reste tard avec les filles. "
    "Faites vos conclusions.",
])
def test_a_contrast_or_an_insinuation_ends_the_denial(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Calvaire que la chorale a du talent, le spectacle était débile! Bravo les jeunes",
    "Ma grande a étudié comme une folle pour son examen du ministère, je suis tellement fière",
    "La pièce de théâtre des finissants, c'est une tuerie! Bravo à toute la troupe",
    "L'autobus 12 est encore en retard ce matin, trois fois cette semaine.",
    "Pour motiver une absence, appelez la ligne de l'école, c'est sur le site.",
])
def test_slang_praise_idioms_lateness_and_office_calls_are_no_breach(charter: Charter,
                                                                    text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_slang_insult_without_praise_is_still_an_insult(charter: Charter) -> None:
    assert "defamation" in _verdict(charter, "T'es débile, la prof, pis tout le monde le sait")[0]


@pytest.mark.parametrize("text", [
    "Pour le transport, appelez le 819 555-0111 poste 4, du lundi au vendredi.",
    "Écrivez à l'enseignant de votre enfant : gagnon.p@csscv.gouv.qc.ca",
    "Its gym is being renovated, so its students will use the arena.",
])
def test_office_lines_work_addresses_and_its_are_not_private(charter: Charter,
                                                             text: str) -> None:
    assert "privacy" not in _verdict(charter, text)[0]


def test_a_private_number_is_still_private_without_an_extension(charter: Charter) -> None:
    assert "privacy" in _verdict(charter, "Le cell de Mme Roy c'est le 819 555-0111, textez-la")[0]


@pytest.mark.parametrize("text", [
    "Laurence Béland, elle reste sur la rue des Pins, la maison jaune au coin.",
    "Mr. Dawson lives above the hardware store on Main, second door.",
    "Nathan Leduc s'est fait ramasser par la police pour de la drogue vendredi.",
    "Océane Fortier a avorté l'été passé, sa mère me l'a dit.",
    "J'ai vu le bulletin de Félix Caron, il coule ses maths.",
    "Qui veut les nudes de Rosalie Vézina? Je les ai toutes.",
    "J'ai mis les photos de Laurianne Picard qui dort dans l'autobus sur ma story.",
])
def test_where_a_named_person_lives_and_what_befell_them_is_private(charter: Charter,
                                                                   text: str) -> None:
    assert "privacy" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "La maison jaune au coin de la rue a été repeinte, elle est belle.",
    "Des nudes d'inconnus circulent sur internet, parlez-en à vos enfants.",
    "Les photos de la sortie aux pommes sont sur le site de l'école.",
])
def test_a_house_or_images_of_no_one_named_are_not_private(charter: Charter,
                                                           text: str) -> None:
    assert "privacy" not in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "That school deserves to burn 🔥",
    "Burn it down, the whole board office.",
    "Ce serait le fun que la poly brûle pendant les vacances 🔥",
    "Un bidon d'essence pis un briquet, pis on en parle pus de cette école-là.",
    "Si je me fais renvoyer, je pars pas tout seul.",
    "Le directeur sortira pas vivant de son bureau vendredi.",
])
def test_arson_and_veiled_threats_are_critical_without_a_time_word(charter: Charter,
                                                                     text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Notre équipe est on fire ce soir 🔥🔥 go les Loups!",
    "Le concierge va brûler les feuilles mortes dans la cour demain.",
    "Prix de l'essence en hausse : le transport scolaire coûtera plus cher.",
])
def test_fire_as_praise_chores_or_prices_is_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Tout le monde sait que Jasmine Pelletier sleeps around, ask the football team.",
    "Coralie Dufresne a couché avec la moitié du gang de sec 4.",
    "Ma belle Zoé (sec 2), l'âge c'est juste un chiffre 😘 t'es mature pour ton âge",
    "Quelqu'un a filmé Maude Grenier dans la douche au vestiaire.",
])
def test_sexual_remarks_about_a_student_or_someone_named_are_critical(charter: Charter,
                                                                      text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories and critical


@pytest.mark.parametrize("text", [
    "Check out Hot Videos on Pornhub tonight",
    "Mme Gauthier a couché avec le directeur, tout le monde le sait.",
])
def test_porn_adverts_and_remarks_about_titled_adults_are_not_critical(charter: Charter,
                                                                      text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories and not critical


@pytest.mark.parametrize(("text", "threat"), [
    ("L'école des Prés 💣 bientôt. Retenez ça.", True),
    ("the board office 💣 #soon", True),
    ("Le spectacle de fin d'année, bientôt 💣 ça va être écoeurant!", False),
])
def test_a_bomb_emoji_with_a_countdown_is_a_threat_unless_praised(charter: Charter, text: str,
                                                                  threat: bool) -> None:
    categories, critical = _verdict(charter, text)
    assert ("defamation" in categories and critical) is threat
