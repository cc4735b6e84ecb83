"""The round of rules tuned on "zh-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: incitement (the means of suicide named beside "tu sais quoi faire"; "do everyone a
favour" closed with a wish not to wake up; a crowd told to pass a death on, "dis-y de se
jeter en bas du pont"; cut arms noted, then "continue"); threats (someone else's threat quoted,
then taken up with "honestly? same"; a beating the writer "a hâte de" give; "j'sais où y
reste" with "y" for the person); sexual (pictures of pupils bought "per pic"; bodies ranked
by a part; pictures of the writer's genitals offered to a pupil); cyberbullying (a named
pupil's party to be boycotted); disparaging (a school or its staff called the worst of a
region).
Wrong flags: none found on "zh-" that a general rule could fix in this round. Texts that name
no watched entity are labelled [] there even when they breach the charter; a flag on them is
not a wrong flag.

Set aside: a skipping rope and a drill "you know what to do" about; the favour of not waking
the house; a dare to dive, or to die laughing; arms scratched at camp; a game to win ("les
battre en finale"); a quoted threat met with "same old story"; a school photo's price "par
photo"; a ponytail's photo; the nicest smile; a Christmas party boycotted; a school denied to
be the worst.

Left for a later round: people "on devrait" beat ("les battre" is as often a game won, "on
va les battre à plate couture"); "ça sera pas beau" (the positive marker "beau" silences the
wait at a bus stop, and parents wait at bus stops every day); "go wait for him" and "allez
l'attendre" beside an address (a parent told to wait for a late bus reads the same); a crowd
told to let someone know "en personne"; a blogger's revenge told through the staff's known
routines; an address written "ch. de Montréal E"; a phone grouped "427 33 18" to be flooded;
leetspeak sexual remarks on girls ("b0nn3s"); photos of a pupil "en brassière" offered in
leetspeak; "sait où il reste de la place" (already read as a threat by older rules); contempt
written as sarcasm ("vous êtes des génies 👏"), still the weakest category.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Incitement: the means and "you know what to do", a favour, a death passed on, cuts --

@pytest.mark.parametrize("text", [
    "Maxime de l'ESHG, y'a des lames dans le tiroir de ta salle de bain. Tu sais quoi faire.",
    "Tsé ce qu'il te reste à faire, Jade de l'ESLJP: la corde est au sous-sol.",
    "Ethan from ESHG, make the world a favor and never wake up, nobody will notice.",
    "Vous connaissez la grande Chloé de l'ESLJP? Dites-lui de se pendre, on a assez ri.",
    "If you see Owen from ESHG at lunch, tell him to kill himself, we're all tired of him.",
    "Rosalie de l'ESHG, tes poignets sont pas mal coupés déjà, lâche pas ma belle.",
])
def test_incitement_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Léa, la corde à danser est dans le gym de l'ESHG, tu sais quoi faire pour l'échauffement.",
    "Noé de l'ESHG, do us a favour and don't wake up the whole house at 6 am again.",
    "Tell him to jump off the diving board, the ESHG swim team needs a show!",
    "Dites-lui de mourir de rire au spectacle de l'ESLJP, c'est son humoriste préféré.",
    "Mon gars de l'ESHG a les bras égratignés par les ronces, continue pareil le camp!",
])
def test_incitement_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. Threats: quoted then endorsed, "hâte de", "on devrait les battre", "où y reste" -----

@pytest.mark.parametrize("text", [
    "Quelqu'un a écrit sur le mur de l'ESLJP « je vais tuer la directrice ». Franchement? "
    "Pareil.",
    "My cousin keeps saying \"I'm gonna stab the ESHG principal\" and tbh same",
    "J'ai tellement hâte de tabasser le surveillant de l'ESLJP lundi.",
    "La directrice de l'ESLJP, j'sais où a reste, pis a va le regretter.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Un élève a écrit « je vais tuer tout le monde à l'ESHG ». Same old story, la police est "
    "venue.",
    "J'ai hâte de battre les Lions au tournoi de volley de l'ESHG!",
    "L'équipe de robotique de l'ESLJP est forte, on devrait les battre en finale au tournoi.",
])
def test_threat_look_alikes(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


# --- 3. Sexual: pictures bought per pic, bodies ranked, genitals shown -----------------------

@pytest.mark.parametrize("text", [
    "Les filles de sec 1 à l'ESHG, je paye 20$ la pic, écrivez-moi en privé.",
    "Vote for the best boobs in grade 9 at ESLJP, comment names below.",
    "La p'tite de 6e année à l'ESHG, j'vais y montrer des pics de ma queue ce soir.",
])
def test_sexual_with_pupils_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Photo de classe de l'ESHG: je paye 15$ par photo, c'est cher en maudit.",
    "Photo de ma queue de cheval au bal de l'ESLJP, merci à la coiffeuse!",
    "Les élèves de l'ESHG votent pour le plus beau sourire de l'album des finissants.",
])
def test_sexual_look_alikes(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" not in categories
    assert not critical


# --- 4. A party boycotted, the worst of a region -----------------------------------------------

def test_a_pupils_party_boycotted_is_bullying(charter: Charter) -> None:
    text = ("Tout le monde, on boycotte l'anniversaire de Mia, la nouvelle de l'ESLJP. "
            "Personne y va.")
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


def test_a_christmas_party_boycotted_is_nothing(charter: Charter) -> None:
    text = "Les profs de l'ESHG boycottent le party de Noël pour appuyer la grève."
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" not in categories


@pytest.mark.parametrize("text", [
    "L'ESLJP, c'est la pire polyvalente de l'Outaouais, tout le monde le sait.",
    "Honestly the CSSCV is the worst school board in the province, period.",
])
def test_the_worst_of_a_region_is_disparaging(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "disparaging" in categories


@pytest.mark.parametrize("text", [
    "L'ESHG, c'est pas la pire école du secteur, mes enfants y sont heureux.",
    "On dit que l'ESLJP est la pire école de la région. C'est faux, venez voir.",
])
def test_the_worst_denied_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
