"""The round of rules tuned on "za-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: threats (a head to be torn off; the writer announcing they will come armed; "I'm coming
to the school and she won't walk out"; a weapon beside revenge on "ceux qui m'ont niaisé";
a wait in the parking lot and someone who "va comprendre"; "on va s'occuper de" someone
beside "un accident est si vite arrivé"; a building's fire imagined and nobody to cry; what
happens to snitches; the bus someone takes known as a home is; "I know where the principal
lives"; watching one's back on the walk to one's car, as a "friendly heads up"); a beating
promised to a student named without a title, and retaliation for reporting, as bullying
too; self-harm made the easy way out ("t'as juste à te jeter en bas du pont"); nobody who
would notice if someone named died, in any spelling; the crowd sent to "dire notre façon
de penser" or to pay a visit; a person's own social account given by its handle; crude
desire said of staff ("la déshabiller", "la plus bandante", "thicc", "bent over a desk");
pictures of young people from where they undress asked for; "n00ds"; indifference in
sacres ("s'en câlisse complètement de l'intimidation"); the worst person ever met; the
school of losers or of the staff nobody wants; the pupils "le dernier de leurs soucis".
Set aside: a parent's laughing exasperation at their own child ("si mon gars oublie encore
son lunch je vais le tuer 😂"), "en même temps" alone, "comment ça marche", the writer
saying they are not calling anyone a name, "armé de patience", a fire drill, a student
admitted to a pool party schedule, "la pire tempête que j'ai jamais vue", "te jeter à
l'eau".

Left for a later round: innuendo about staff without a crude word ("je le laisserais me
faire des expériences", "une nuit plus éducative"), drool emojis beside girls' clothes,
sarcastic praise closed by 🙃 or 👏👏 (its labels disagree: a sarcastic wifi post is no
contempt), praise in "débile" beside "dégueulasse", phone numbers and addresses spelt one
character at a time, a parent's school fundraiser number read as a solicitation, spam
replies read as a crowd called ("écrivez-lui sur WhatsApp"), confidential leaks (codes,
passwords, exams, undisclosed decisions), hateful remarks on a group's origin.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Threats ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le p'tit Zack de l'ESHG, s'il touche encore à mon gars, m'as aller y arracher la tête.",
    "Prochaine rencontre de parents à l'ESLJP, j'arrive armé. Vous êtes avertis.",
    "If the principal at ESHG suspends my daughter again I'll show up and he won't walk out.",
    "J'vais apporter le gun à mon père à l'ESHG, ceux qui m'ont humilié vont payer.",
    "Je vais attendre la prof de l'ESLJP après l'école dans le stationnement, pis elle va "
    "comprendre.",
    "Le secrétaire de l'ESHG, on va s'occuper de lui. Un accident est vite arrivé.",
    "Si la poly ESLJP brûlait cette nuit, personne va pleurer.",
    "Zoé de l'ESHG, demande à ton amie ce qui arrive aux stools.",
    "Léo de l'ESLJP, on sait quel autobus tu prends.",
    "We know where that ESHG counsellor lives. Bring a bat.",
    "That ESLJP coach should watch his back when he walks to his car. Friendly heads up.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Si ma fille oublie encore ses mitaines à l'ESHG je vais la tuer lol, 4e paire cet hiver",
    "Je vais à la réunion de l'ESLJP armée de patience et de questions.",
    "Exercice d'incendie à l'ESHG ce matin : si l'alarme sonne, personne ne panique.",
    "Les élèves de l'ESLJP ont tous compris l'exercice, bravo!",
    "Ma fille à l'ESHG prend l'autobus 42, quelqu'un sait à quelle heure il passe?",
])
def test_look_alikes_are_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_beating_of_a_named_student_is_bullying_too(charter: Charter) -> None:
    text = "Je vais péter la gueule à Mathis Gagnon de l'ESLJP après la cloche."
    categories, critical = _verdict(charter, text)
    assert {"defamation", "cyberbullying"} <= categories
    assert critical


# --- 2. Self-harm urged ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "@lea.prx de l'ESHG t'as juste à te pendre, ça réglerait tout",
    "honestly nobody at ESLJP would notice if Maya d1ed lol",
])
def test_self_harm_urged_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Nouveau à l'ESHG? T'as juste à te jeter à l'eau et t'inscrire à l'impro!",
    "Comment ça marche pour l'inscription au transport de l'ESLJP?",
    "À l'ESHG, 30 élèves ont fait le test en même temps ce matin.",
])
def test_look_alikes_are_no_bullying(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. A crowd called, a personal account given ---------------------------------------------

def test_personal_account_with_a_crowd_is_critical(charter: Charter) -> None:
    text = "The ESHG secretary's private insta is @mary.lo77, spam her till she quits"
    categories, critical = _verdict(charter, text)
    assert {"cyberbullying", "privacy"} <= categories
    assert critical


def test_not_calling_a_name_is_no_insult(charter: Charter) -> None:
    text = "Je suis pas en train de traiter la prof de l'ESHG de conne, je pose une question."
    assert _verdict(charter, text) == (set(), False)


# --- 4. Sexual remarks -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La nouvelle prof d'anglais à l'ESLJP, j'irais ben la déshabiller",
    "Who's got pics of the sec 2 girls from the swim class at ESHG?",
    "Concours : le prof le plus bandant de l'ESLJP, votez!",
])
def test_sexual_remarks_are_flagged(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "sexual" in categories


def test_young_girls_pics_asked_for_is_critical(charter: Charter) -> None:
    text = "qui a des photos des filles de sec 1 au vestiaire de l'ESHG?"
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Horaire de la piscine pour les filles de l'équipe de natation de l'ESHG : mardi 16h.",
    "Le prof de l'ESLJP nods along when we talk, super nice guy.",
])
def test_look_alikes_are_no_sexual_remark(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. Contempt -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La direction de l'ESHG s'en crisse complètement des élèves en difficulté.",
    "Le directeur de l'ESLJP est la personne la plus arrogante que j'ai jamais rencontrée.",
    "L'ESHG c'est l'école des ratés, tout le monde le sait.",
    "À l'ESLJP, les élèves c'est le dernier de leurs soucis.",
])
def test_contempt_is_flagged(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "disparaging" in categories


@pytest.mark.parametrize("text", [
    "La pire tempête que j'ai jamais vue : l'ESHG est fermée aujourd'hui.",
    "La direction de l'ESLJP s'en occupe dès lundi, merci de votre patience.",
])
def test_look_alikes_are_no_contempt(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
