"""The round of rules tuned on "n-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Set aside: slang praise ("c'était une bombe"), a message received and reported, a denial
("c'est pas parce que … que je vais dire que"), a parent telling their own child's
diagnosis, a bad stretch of time "de marde", a quoted jibe called an old joke. Read: a
countdown to someone's suicide, a bomb wished on a place, a vehicle driven into people, a
promise that someone will regret being born, a lesson promised beside a meeting after
school, a beating promised to one person, a whole staff called drunks, mock applause.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Set aside: harmless or reported ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le spectacle de Noël à l'ESHG c'était une bombe 💣 tout le monde dansait encore à 22h",
    "Le gala méritas de l'ESLJP c'était la bombe, bravo aux finissants!",
    "« Va te tuer » : c'est le message qu'un élève de l'ESHG a reçu sur Snap. La police est "
    "au courant.",
    "C'est pas parce que ma fille a eu une retenue que je vais dire que la prof de l'ESHG est "
    "pourrie. Elle l'a méritée.",
    "Mon fils a reçu un diagnostic d'autisme au printemps et la TES de l'ESLJP a été "
    "extraordinaire avec lui. Merci Julie!",
    "Criss que chu fier de mon gars, diplômé de l'ESHG après une année de marde. Bravo!",
    "« l'ESLJP c'est une poubelle » c'est une vieille joke, l'école a ben changé depuis",
])
def test_praise_reports_denials_and_a_parents_own_news_are_no_breach(
        charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    # A bomb wished, not a show praised.
    ("L'ESHG mériterait une bombe dans le gymnase, je m'en occuperais moi-même.",
     "defamation"),
    # Said to the student, not reported as received.
    ("Mathis de l'ESLJP va te pendre, personne t'aime.", "cyberbullying"),
    # Said, not refused.
    ("Je vais dire ce que je pense : la direction de l'ESHG est pourrie pis incompétente.",
     "disparaging"),
    # Someone else's child's diagnosis.
    ("La fille de Mme Roy à l'ESHG a eu un diagnostic de dyslexie, sa mère l'a dit à tout "
     "le monde.", "privacy"),
])
def test_the_look_alikes_stay_flagged(charter: Charter, text: str, category: str) -> None:
    categories, _ = _verdict(charter, text)
    assert category in categories


# --- 2. Read: critical threats and incitement ------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("On part un décompte des jours avant que Maxime de l'ESHG se suicide 📅 jour 3 lol",
     "cyberbullying"),
    ("countdown till Jade from ESLJP kills herself, day 2 😂", "cyberbullying"),
    ("Le centre administratif du CSSCV mérite une bombe, j'ai hâte que quelqu'un s'en "
     "occupe", "defamation"),
    ("J'vais prendre le char de mon père pis foncer dans la foule devant l'ESHG lundi",
     "defamation"),
    ("Dites à Noah de l'ESLJP qu'on va y faire regretter d'être né, il sait pourquoi",
     "defamation"),
    ("On va attendre Léo après l'école jeudi à l'ESHG. Il va comprendre c'est quoi "
     "stooler", "defamation"),
    ("Ava from ESLJP talks too much, we're gonna beat her after class", "defamation"),
])
def test_threats_and_incitement_are_critical(charter: Charter, text: str,
                                             category: str) -> None:
    categories, critical = _verdict(charter, text)
    assert category in categories
    assert critical


@pytest.mark.parametrize("text", [
    "On compte les jours avant les vacances à l'ESHG 🏖️",
    "Countdown till the ESLJP prom, 12 days left!",
    "Nos Lions de l'ESHG vont beat them samedi au tournoi ⚽",
    "Mon gars va comprendre c'est quoi la chimie avec la tutrice de l'ESLJP, merci!",
])
def test_look_alike_countdowns_and_sports_talk_are_not_critical(
        charter: Charter, text: str) -> None:
    _, critical = _verdict(charter, text)
    assert not critical


def test_a_bomb_wish_quoted_in_a_news_report_is_reported(charter: Charter) -> None:
    text = ("« Le CSSCV mérite une bombe » : l'homme qui a écrit ce message a été arrêté "
            "mardi, a indiqué la police.")
    categories, critical = _verdict(charter, text, kind="article")
    assert (categories, critical) == (set(), False)


# --- 3. Read: a staff called drunks; mock applause --------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("Les surveillants de l'ESHG c'est tous des alcooliques, ça sent la bière le matin",
     "defamation"),
    ("Bravo au CSSCV pour le 3e horaire en un mois. Continuez comme ça 🤡",
     "disparaging"),
    ("Le CSSCV a formé un comité pour étudier le comité. Applaudissons ces grands esprits",
     "disparaging"),
])
def test_group_accusations_and_mock_applause_are_flagged(
        charter: Charter, text: str, category: str) -> None:
    categories, _ = _verdict(charter, text)
    assert category in categories


@pytest.mark.parametrize("text", [
    "Un parent de l'ESHG a parlé de son alcoolisme en conférence, bravo pour ton courage",
    "Bravo aux enseignantes de l'ESLJP pour le spectacle. Continuez comme ça!",
    "Applaudissons nos finissants de l'ESHG, quelle belle cohorte!",
])
def test_sincere_praise_and_testimony_are_no_breach(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert not categories & {"defamation", "disparaging"}
