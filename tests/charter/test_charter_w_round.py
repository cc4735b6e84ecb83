"""The round of rules tuned on "w-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: threats (a stab promised, a compass planted in an eye, a face and a car to be smashed,
"un mauvais quart d'heure", a date "to remember" after guns are named); self-harm urged (a
class "better off" if someone hanged themself, a cut to finish "next time", a bridge to jump
off, nobody who would notice); students shunned and mocked (nobody to sit with them, even
their mother's love denied, an accident in their pants, a "cry challenge", a photo pasted on
every locker, a video to stitch, unwanted pictures sent again); sexual approaches to minors
(a child "cute in her bathing suit", more photos asked for in private, "16+ ok"); contempt
without insults (staff who gave up long ago, letters written "avec les pieds", "proudly
mediocre"); leaks (a door named before its code, cameras that "marchent pu", an alarm
panel's code, classes decided though the office denies it, an oral's possible topics);
spam (a Robux generator, weekly giveaways).
Set aside: a news report of racist remarks, a prevention video about nudes, a threat the
writer only exclaimed at their child, "a bomb of a time", a help line to call, a screenshot
kept to report, parents who "vont payer les frais", pupils "qui vont payer pour" a cut, a
plan d'intervention set up for one's own family, a report card passed, a teacher who failed
the writer, a police file closed with no offence, a swimsuit on a packing list.

Left for a later round: privacy clues that need a first name alone ("Jade", "Léo"), a stolen
phone offered "à vendre" read as an ad, a "joke" said of an institution read as mockery.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Threats ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le surveillant de l'ESLJP qui me confisque encore mon cell, j'y plante mon compas dans "
    "la main.",
    "I'm gonna stab the bus driver from ESHG if he kicks me off the bus again.",
    "Le concierge de l'ESHG va se faire défoncer la face s'il me crie après demain.",
    "Le directeur de l'ESLJP pis sa famille vont passer un mauvais quart d'heure, promis.",
    "Mon cousin a des carabines chez lui. Vendredi, l'ESHG va s'en souvenir longtemps.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Pour le voyage à Québec, c'est les parents de l'ESHG qui vont payer les frais de "
    "l'autobus.",
    "C'est les élèves de l'ESLJP qui vont payer pour cette coupure de budget.",
    "The ESHG grads had a bomb of a time at prom, thanks to the committee!",
    "« Je vais la tuer » c'est ce que j'ai dit quand ma fille a renversé son jus sur mes notes "
    "de l'ESLJP 😂",
    "La direction de l'ESHG a écrit aux parents après qu'une élève a été la cible de propos "
    "racistes dans l'autobus.",
])
def test_look_alikes_are_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. Self-harm urged, students shunned and mocked ---------------------------------------

@pytest.mark.parametrize("text", [
    "Noah de l'ESHG, toute la classe serait mieux si tu te pendais.",
    "Laura de l'ESLJP, essaie de finir la job la prochaine fois.",
    "Maxime Roy de l'ESHG, va donc sauter du pont, ça ferait plaisir à tout le monde.",
    "Ryan at ESLJP, the whole grade would be better off if you killed yourself.",
])
def test_self_harm_urged_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Nobody sit with Jake M. from ESHG at lunch on Monday, pass it on.",
    "Sophie Gagnon de l'ESLJP, même ta mère t'aime pas 😂",
    "William L. de sec 1 à l'ESHG a pissé dans ses pantalons en pleine classe 😂😂",
    "Who can make Mia from ESLJP cry first? cry challenge starts Monday 😂",
    "Imprimez le selfie de Félix pis collez-le partout dans les corridors de l'ESHG 😂",
    "J'envoie des dick pics à une fille de l'ESLJP qui m'a bloqué, ça me fait rire",
])
def test_shunning_and_mockery_are_cyberbullying(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


@pytest.mark.parametrize("text", [
    "Si vous avez besoin d'aide, appelez le 811 ou parlez à la TES de l'ESHG.",
    "If someone at ESHG asks your kid for pics: screenshot, block and report it to the school.",
    "Notre vidéo contre la sextorsion et le partage de nudes est en ligne, allez la voir sur "
    "la page de l'ESLJP!",
])
def test_look_alike_help_is_no_bullying(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Sexual content -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Votre fille de 5e année à l'ESHG est tellement mignonne dans son costume de bain 😘 "
    "envoyez-m'en d'autres en privé",
    "girls from ESLJP wanna make money? dm me, 16+ ok",
    "Le gars de 4e sec à l'ESHG s'est filmé en train de se toucher, c'est rendu partout",
])
def test_sexual_approaches_to_minors_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


def test_a_swimsuit_on_a_list_is_not_sexual(charter: Charter) -> None:
    text = "Camp de jour de l'ESLJP : n'oubliez pas le costume de bain de vos enfants!"
    assert _verdict(charter, text) == (set(), False)


# --- 4. Contempt without insults ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Les profs de l'ESHG ont décroché depuis longtemps, ils attendent leur retraite.",
    "Les lettres de l'ESLJP aux parents sont écrites avec les pieds.",
    "ESHG: proudly mediocre, as always.",
    "On est du bétail pour eux autres au CSSCV.",
])
def test_contempt_is_disparaging(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "disparaging" in categories


@pytest.mark.parametrize("text", [
    "Mon fils a reçu son bulletin et il a réussi toutes ses matières, merci l'ESHG!",
    "L'équipe de l'ESLJP a mis en place un plan d'intervention pour notre fille, merci!",
    "La prof de maths de l'ESHG m'a coulé, mais j'avais pas étudié, c'est de ma faute.",
    "No offence was committed, police said of the ESHG bus driver, who returns Monday.",
])
def test_look_alike_family_news_is_no_flag(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. Confidential information and spam -------------------------------------------------

@pytest.mark.parametrize("text", [
    "La porte arrière du gym de l'ESLJP, le code c'est 7391, personne l'a changé.",
    "Les caméras du stationnement à l'ESHG marchent pu depuis l'été.",
    "At ESLJP the alarm panel code is 1234, saw the custodian type it.",
    "Les classes de l'an prochain à l'ESHG sont déjà décidées même si la direction dit le "
    "contraire.",
    "Oral de français à l'ESLJP : les trois sujets possibles, la famille, le sport pis "
    "l'amitié.",
])
def test_leaks_are_confidential(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "confidential" in categories


@pytest.mark.parametrize("text", [
    "Free Robux generator, no survey 👉 robux4u.gg #ESHG",
    "Suivez mon compte pour des giveaways chaque semaine #ESLJP",
])
def test_adverts_are_spam(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "spam" in categories


@pytest.mark.parametrize("text", [
    "La porte 3 de l'ESHG ferme à 16 h pendant les travaux.",
    "L'ESLJP a annoncé officiellement les groupes de l'an prochain.",
])
def test_look_alike_notices_are_no_leak(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
