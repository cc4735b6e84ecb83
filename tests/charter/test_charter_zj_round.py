"""The round of rules tuned on "zj-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: veiled threats with no violent word (someone to be made to "se taire pour de bon" or
"shut up for good"; a memory promised, then doubted, "il va s'en souvenir ... si il s'en
souvient"; "ça va mal finir pour lui" said of a person); "t'es mort" written short, "t mort",
beside a day; incitement ("kys" spelled with full stops, which end sentences and so are not
joined; "tu devrais juste disparaître", a softener between the verb and the wish); insults
("face à claques", "charlatane"); contempt in Quebec slang (staff who "se pognent le
beigne"); sexual remarks on staff closed by an innuendo ("si vous voyez ce que je veux
dire", "if you know what I mean", "les mamans me comprennent", "ifykyk") beside a role or a
name.
Wrong flags fixed: none on "zj-" that a general rule could fix in this round; the new
"beigne" rule first flagged a parent answering the phrase in quotation marks, so a phrase
closed by a quotation mark is not read.

Set aside: quitting a habit "pour de bon"; a trip "on va s'en souvenir longtemps" with no doubt
after; "ça va mal finir" said of a season; "c'est mort" and "il est mort"; the letters "k.y" of
an abbreviation; fees that "devraient juste disparaître"; doughnuts brought to staff; the same
innuendo closing a threat with no staff member near (it stays a threat, not a sexual remark).

Left for a later round: threats told only by what may happen (a door that will not be what
flies, no camera to save someone, "somebody's getting hurt", a surprise no one will forget
beside 💥, a "little visit" with "mon 12", a lockdown drill "pour vrai", a truck with no brakes
beside a glass front; each needs words parents also use); incitement by letting someone go ("we
should all just let him"); pills named with "fais-le pour vrai"; sexual remarks on pupils with
no sexual word (which girl is "the easiest", "plus hot que ta mère" at 14); staff remarks with
no innuendo phrase ("she can spank me", "bend over"); a janitor or a librarian (not role
markers); a coach more than 12 words before "les mamans me comprennent"; bullying by a mock
prize or a fundraiser for a brain; contempt written as sarcasm ("un génie, vraiment",
"l'excellence au quotidien", "une médaille en carton": tried as a contempt term, it needs a
target and found none); leaks with no leak word; exam answers flagged sexual by an older rule
(the numbers). Label disagreements seen: homes given with a call to act in another province or
state are labelled [] (no watched entity), while the rules flag privacy and bullying; a threat
to an ex at another service centre labelled [].

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Veiled threats: silence for good, a doubted memory, a bad end, "t mort" ------------

@pytest.mark.parametrize("text", [
    "Au prochain conseil d'établissement de l'ESHG, je m'arrange pour que le directeur se "
    "taise pour de bon.",
    "The ESLJP vice-principal keeps talking about my son. Someone should shut her up for good.",
    "Le coach de l'ESLJP va s'en rappeler toute sa vie, si y s'en rappelle.",
    "Le surveillant de l'ESHG qui a poussé ma fille, ça va mal finir pour lui, je le jure.",
    "Mathis B. sec 3 ESHG t mort demain, tout le monde le sait",
])
def test_veiled_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Mon père a arrêté de fumer pour de bon grâce au programme du CLSC, dit un parent de "
    "l'ESHG.",
    "Le voyage de fin d'année de l'ESLJP, les élèves vont s'en souvenir longtemps, bravo!",
    "La saison des Lions de l'ESHG, ça va mal finir si on perd encore samedi au tournoi.",
    "La vieille photocopieuse de l'ESLJP, c'est mort, elle a rendu l'âme hier.",
])
def test_veiled_threat_look_alikes(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


# --- 2. Incitement: "k.y.s" with full stops, "tu devrais juste disparaître" ----------------

@pytest.mark.parametrize("text", [
    "k.y.s Noémie, personne à l'ESLJP veut te voir lundi",
    "Zack from ESHG you should just disappear, nobody would even notice.",
    "Rosalie de sec 2 à l'ESLJP, tu devrais vraiment disparaître, fais-nous ce cadeau.",
])
def test_incitement_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Les frais de surveillance du midi à l'ESHG devraient juste disparaître, c'est trop cher.",
    "Le club de l'ESLJP part en voyage à New York. Info: k.y. Sports, 819 555-0000.",
])
def test_incitement_look_alikes(charter: Charter, text: str) -> None:
    _, critical = _verdict(charter, text)
    assert not critical


# --- 3. Insults and contempt: "face à claques", "charlatane", "se pognent le beigne" --------

@pytest.mark.parametrize(("text", "category"), [
    ("Le conseiller d'orientation de l'ESHG, une vraie face à claques.", "defamation"),
    ("L'orthophoniste de l'ESLJP est une charlatane, elle a jamais aidé personne.",
     "defamation"),
    ("Les gens du centre de services se pognent le beigne pendant que les classes de l'ESHG "
     "débordent.", "disparaging"),
])
def test_insults_and_contempt_are_flagged(charter: Charter, text: str, category: str) -> None:
    categories, _ = _verdict(charter, text)
    assert category in categories


@pytest.mark.parametrize("text", [
    "Si on vous dit que les profs de l'ESLJP « se pognent le beigne », venez voir une journée "
    "de classe avant de juger.",
    "Merci aux parents qui ont apporté des beignes au personnel de l'ESHG ce matin!",
])
def test_contempt_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. Sexual: an innuendo beside a staff member -----------------------------------------

@pytest.mark.parametrize("text", [
    "Le prof de chimie de l'ESHG peut venir réparer mon évier, si vous voyez ce que je veux "
    "dire.",
    "Ms. Tremblay at ESLJP can keep me late, if you know what I mean.",
    "La prof de yoga au service de garde de l'ESHG, je suivrais ses cours privés, les mamans "
    "me comprennent",
])
def test_innuendo_on_staff_is_sexual(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "sexual" in categories


def test_innuendo_closing_a_threat_stays_a_threat(charter: Charter) -> None:
    text = ("Lundi y va avoir du « bruit » à la poly ESHG, si vous voyez ce que je veux dire "
            "💣💥")
    categories, _ = _verdict(charter, text)
    assert "sexual" not in categories
