"""The round of rules tuned on "zzg-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: work and money behind the schools (hiring and job boards, contractors and tenders,
suppliers, unions, pay, reviews of the employer, and the scams and leaks around them). Its
critical misses (girls remarked on by the adults who watch them, doxxed people with a crowd
sent to them), its confidential misses (a settlement's terms, a figure passed to bidders), its
precision (news of a water leak, a reply warning people not to post their own pay stub).

Fixed: girls called "formées" by an adult ("les p'tites sont rendues formées"; a pattern,
critical); a crowd going "toute la gang ensemble" beside a private address (a clue of a crowd
call); a "visite en gang" beside a private address (harassment at the given address); a roof
or ceiling leak in the news (benign phrases); the reader's own pay stub (benign phrases); an
internal cost estimate (a term); a settlement's agreement and silence clause (terms, two
needed); a figure seen inside a department and bidders told to go under it (source clues).

Set aside as look-alikes: pupils "formées en secourisme"; "tout le monde ensemble" at a
school's party with no address; a "visite en gang" to a museum; a leak of documents in the
news; "le talon de paie de" a named principal; an estimate announced by the board alone; a
settlement named once in the news.

Left for a later round: "elles demandent juste ça", "presque majeures", "pas l'air d'avoir 16
ans", "smoking hot" said of pupils (zzg-0019, zzg-0158, zzg-0343, zzg-0189); "private pics"
asked of a pupil (zzg-0207); veiled threats with no listed word (zzg-0124, zzg-0185,
zzg-0341); "can't blame him" read as a reprimand (zzg-0315: a benign phrase there also
hid lucky flags elsewhere); a job offer's "25,31$/h" read as spam (zzg-0241); the disciplinary
file named to deplore its posting (zzg-0208); news of a leaked tender (zzg-0041).
Limits seen: "formées" counts only within 90 characters after "petites", "p'tites", "filles"
or "fillettes", after "rendues", "sont", "plus", "ben", "bien", "assez", "pas mal" or "full";
the crowd and visit clues count only beside a private address.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Girls called "formées" by an adult --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Je surveille la récré à LJP pis les petites de 6e sont rendues pas mal formées 😏",
    "Les filles de sec 2 à Hormis, y'en a qui sont full formées cette année, wow.",
])
def test_girls_called_formees_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Les filles de sec 5 à LJP sont maintenant formées en secourisme, bravo à l'infirmière!",
    "Les petites équipes de Hormis sont bien formées pour le tournoi d'improvisation.",
])
def test_girls_trained_is_nothing(charter: Charter, text: str) -> None:
    assert "sexual" not in _verdict(charter, text)[0]


# --- 2. A crowd going together, 3. a visit as a gang, beside a private address --------------

def test_the_whole_gang_at_a_doxxed_home_is_critical(charter: Charter) -> None:
    text = ("La TES de Hormis qui a puni mon gars, Julie Cadieux, elle reste au 48 rue des "
            "Pins à Masson. On va aller lui parler dimanche, toute la gang ensemble.")
    _critical_in(charter, text, "cyberbullying")


def test_a_visit_as_a_gang_at_a_doxxed_home_is_critical(charter: Charter) -> None:
    text = ("Le plombier qui a bâclé les toilettes de LJP reste au 220 rue Maple à Thurso. "
            "Allons lui rendre une visite en gang samedi.")
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Spectacle de fin d'année à Hormis : on chante la dernière chanson tout le monde ensemble!",
    "Sortie de sec 1 à LJP : visite en gang du musée de l'aviation jeudi, apportez un lunch.",
])
def test_a_school_outing_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. A roof leak in the news; 5. the reader's own pay stub -------------------------------

def test_a_roof_leak_in_the_news_is_nothing(charter: Charter) -> None:
    text = ("A classroom at LJP was closed after ceiling tiles were damaged by a leak, the "
            "service centre said. Repairs will be done this weekend.")
    assert "confidential" not in _verdict(charter, text, kind="article")[0]


def test_a_leaked_file_stays(charter: Charter) -> None:
    text = "Here's the leaked internal memo from LJP about the budget cuts, see below."
    assert "confidential" in _verdict(charter, text)[0]


def test_a_warning_about_ones_own_pay_stub_is_nothing(charter: Charter) -> None:
    text = ("Problème de paie à Hormis? Passez par le secrétariat, pis publiez pas votre talon "
            "de paie sur le groupe svp.")
    assert "confidential" not in _verdict(charter, text)[0]


def test_someone_elses_pay_stub_stays(charter: Charter) -> None:
    text = "Voici le talon de paie de la directrice de LJP, regardez ça."
    assert "confidential" in _verdict(charter, text)[0]


# --- 6. An internal estimate; 7. a settlement's terms; 8. a figure passed to bidders --------

@pytest.mark.parametrize("text", [
    "Avis aux entrepreneurs : l'estimation interne du CSS pour la cour de LJP est à 800 000$.",
    "L'entente de règlement avec l'ex-concierge de Hormis : 40 000$ pis une clause de silence.",
    "Le budget du toit de LJP c'est 90 000$, la facture que j'ai vue au service des finances. "
    "Soumissionnez en bas de ça.",
])
def test_figures_passed_on_are_confidential(charter: Charter, text: str) -> None:
    assert "confidential" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Le CSS a annoncé une entente de règlement avec le syndicat des concierges de Hormis.",
    "Les soumissions pour la cour de LJP ferment vendredi, tous les détails sur SEAO.",
])
def test_a_settlement_announced_is_nothing(charter: Charter, text: str) -> None:
    assert "confidential" not in _verdict(charter, text)[0]
