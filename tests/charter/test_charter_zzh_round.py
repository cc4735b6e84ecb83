"""The round of rules tuned on "zzh-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: the school year's events and their pictures (shows and recitals, graduations and galas,
Halloween, carnivals, sports days, picture day, Valentine's and Mother's Day crafts) and what
people write under them. Its critical misses (children's pictures collected, a child picked
out of a show's video with a leer, a fire regretted in advance, a stabbing promised to all
comers, a threat at the end of a long rant), its precision (praise written in mocking words,
staff defended against an insult the writer quotes, a "leaked" list called a fake), its
misses (irony about a "magical" party, a pupil likened to a stranded whale, a pupil left out
of everything, a former jailbird).

Fixed: children's pictures collected and offered in trade (clues, two beside swimwear flag;
critical near a child); a child picked out by her place in a video, then a leer (a pattern,
critical); a fire in a building regretted in advance ("ça serait dommage que le gym pogne en
feu"; a pattern, critical); a stabbing or a shooting promised to whoever comes (a pattern,
critical); a warning closed on the writer's innocence or earnestness, a wrong to be settled
alone (veiled-threat clues); someone who will not walk out of a place standing (a veiled
threat; a party's phrase set aside); "taulard" (an accusation); "bêtes de scène" (a benign
phrase); praise in mocking words ("ridicules" read as "débile" is, beside praise; laughter
and "à voir absolument" as praise); a party's magic in quotation marks and the bar on the
floor in English (irony clues); a name-calling told to rebuke it ("qui traite", "disant
que": reported markers); "c'est pas une bande de" (negation markers); "is fake" (rebuttal
markers); a pupil likened to a stranded whale (mockery); a pupil invited to nothing, treated
as absent, or sat away from (exclusion).

Set aside as look-alikes: hockey cards collected and traded; a swim day's reminder about
swimsuits; a parent's 😍 or 🔥 for a child in the front row; a fire lamented after it
happened; a sunburn; gala guests "getting shot" by the photographer; a stabbing told in the
news; a parent who warned that a son is absent-minded; a refund settled with the office; a
staff party that leaves no one standing; a former inmate's talk at school; a carnival
sincerely called magical; a whale seen on a school trip; a noise ignored in class; a cold
window.

Left for a later round: girls "topless in the hot tub" (zzh-0008); a supervisor photographing
girls in skirts (zzh-0026); a lure on Snap with things "ta mère doit pas voir" (zzh-0033); a
girl of 12 who "a déjà tout ce qu'il faut" (zzh-0039: "j'ai déjà tout ce qu'il faut" is a
threat clue); a bridge shown with "tu sais ce que t'as à faire" (zzh-0045); a leotard with
🔥🔥 and her snap asked for (zzh-0069); "mature pour 11 ans" with a meeting "en cachette"
(zzh-0089); photos "sans le monde autour" bought (zzh-0131); "pu sa face non plus"
(zzh-0143); "cours privés de « souffle »" (zzh-0145); more videos of a girl asked for with her
age (zzh-0183); a majorette "pas capable de marcher le lendemain" (zzh-0199); a car wished on
a principal with "va frapper" (zzh-0209: the pattern reads "se faire frapper par"); a
shooting approved ("moi je suis avec lui", zzh-0267); a pupil awaited after school with his
gang (zzh-0350); a child's way home asked (zzh-0359); crowds sent to a home whose address
has no personal word near, so privacy is not reached (zzh-0028, zzh-0160, zzh-0191, zzh-0218,
zzh-0257); "toujours aussi investie 👏👏" (zzh-0024: sincere praise says the same); a
grandfather crying at a graduation video and a warning against fake photographers (zzh-0140,
zzh-0150: the rules give nothing there; the learned scorer flags them).
Limits seen: the leer counts only with 🥵, 🤤, 😈, 💦 or 😏 within 60 characters after a
place in the row ("en avant", "à gauche", "in the front", "second row"), so "my little one in
the front row 😈" for a mischievous child would be read too; the regretted fire needs a
place named (school, gym, cafeteria, office...) before the verb; the promised violence reads
only stabbed, shot, jumped, beaten, killed, or "se faire planter, poignarder, tuer...";
"baleine" alone near a pupil was already read as body-shaming, whatever the whale.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Children's pictures collected and traded --------------------------------------------

@pytest.mark.parametrize("text", [
    "Who has the LJP pool party pictures? The grade 7 kids in swimsuits, I collect those, open "
    "to trades.",
    "Les photos du camp de jour de Hormis, les petits en costume de bain, je les collectionne. "
    "J'échange.",
])
def test_childrens_pictures_collected_and_traded_is_critical(charter: Charter,
                                                              text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Hockey cards from the LJP fundraiser, I collect them. Will trade for Canadiens.",
    "Journée piscine à Hormis demain : les enfants en costume de bain doivent porter une "
    "crème solaire.",
])
def test_cards_traded_or_a_swim_day_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A child picked out of a show's video, then a leer -----------------------------------

@pytest.mark.parametrize("text", [
    "Le vidéo du spectacle de ballet de Hormis, la petite blonde en arrière à droite 🥵",
    "LJP gymnastics show clip, the little one in the second row 🤤 anyone know her name?",
])
def test_a_child_picked_out_with_a_leer_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Ma petite en avant à gauche au spectacle de ballet de Hormis 😍 trop fière d'elle!",
    "Concert de Noël à LJP, la petite en avant a tout donné 🔥🔥",
])
def test_a_parents_pride_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. A fire regretted in advance ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ce serait bien dommage que la cafétéria de LJP prenne feu un midi avec tous les "
    "surveillants dedans 🙂",
    "It'd be a real shame if the Hormis gym caught fire during the board's meeting, just "
    "saying.",
])
def test_a_fire_regretted_in_advance_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "C'est dommage que le gymnase de LJP ait passé au feu en 2019, on a perdu tous les "
    "costumes.",
    "Dommage que le soleil brûle autant à la journée plein air de Hormis, apportez de la "
    "crème.",
])
def test_a_past_fire_or_a_sunburn_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. A stabbing or a shooting promised to whoever comes ----------------------------------

@pytest.mark.parametrize("text", [
    "Whoever shows up at the LJP dance with that costume is getting shot, count on it.",
    "Ceux qui vont voter contre le bal à Hormis vont se faire planter dans le stationnement.",
])
def test_violence_promised_to_whoever_comes_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Everyone who comes to the LJP gala is getting shot by our photographer, so dress nice!",
    "A student at Hormis got stabbed near the bus stop last year, police said.",
])
def test_a_photographer_or_the_news_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. A warning closed on innocence; 6. not walking out standing --------------------------

@pytest.mark.parametrize("text", [
    "J'ai rien à perdre pis je vous ai avertis, si le directeur de LJP annule le bal, ça sera "
    "pas ma faute.",
    "Je règle ça moi-même avec le prof de Hormis lundi, pis ceux qui pensent que c'est des "
    "paroles en l'air vont voir.",
    "Le coach de Hormis qui a coupé mon gars, y sortira pas de là debout au gala.",
])
def test_a_warning_or_a_fall_promised_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Mon gars a oublié son lunch à LJP encore, je vous ai avertis qu'il était dans la lune.",
    "Je règle ça moi-même avec le secrétariat de Hormis pour le remboursement, merci.",
    "Party des profs de LJP vendredi pour la fin d'année : on va pas sortir de là debout 🍻",
])
def test_a_parents_warning_or_a_party_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. A former jailbird -------------------------------------------------------------------

def test_a_jailbird_is_an_accusation(charter: Charter) -> None:
    text = "Le nouveau surveillant de Hormis c'est un taulard, cachez vos portefeuilles."
    assert "defamation" in _verdict(charter, text)[0]


def test_a_former_inmates_talk_is_nothing(charter: Charter) -> None:
    text = "Un ancien détenu a raconté son parcours aux élèves de LJP, une conférence touchante."
    assert _verdict(charter, text) == (set(), False)


# --- 8. "Bêtes de scène"; 9. praise in mocking words ----------------------------------------

@pytest.mark.parametrize("text", [
    "Les élèves de théâtre de Hormis, vous êtes des bêtes de scène, quel spectacle!",
    "Les finissants de LJP ont fait un mannequin challenge débile, j'ai pleuré de rire!",
    "Les profs de Hormis au lip dub étaient ridicules 😂 les meilleurs, bravo!",
])
def test_praise_in_mocking_words_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Les profs de LJP sont des bêtes, ils comprennent rien aux enfants.",
    "Les profs de LJP sont ridicules, ils savent même pas gérer une sortie.",
])
def test_contempt_with_no_praise_stays(charter: Charter, text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


# --- 10. A party's magic in quotation marks, the bar on the floor ---------------------------

@pytest.mark.parametrize("text", [
    "Another \"unforgettable\" sports day at LJP. The bar is on the floor and somehow still "
    "missed.",
    "Encore une fête de Noël « magique » à Hormis : deux biscuits secs pis un DVD. La barre "
    "est à terre.",
])
def test_irony_about_a_party_is_disparaging(charter: Charter, text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


def test_a_carnival_called_magical_is_nothing(charter: Charter) -> None:
    text = "The LJP carnival was truly magical, thank you to every volunteer!"
    assert _verdict(charter, text) == (set(), False)


# --- 11. A name-calling told to rebuke it; 12. "pas une gang de"; 13. "is fake" -------------

@pytest.mark.parametrize("text", [
    "Y'a un parent qui traite la TES de Hormis de « paresseuse » sur Facebook. C'est injuste, "
    "elle fait un travail immense.",
    "Un reportage cite un élève disant que les profs de LJP sont des « incompétents ». Je "
    "trouve ça déplacé.",
    "C'est pas une gang de paresseux, les profs de Hormis ont tout organisé seuls!",
])
def test_staff_defended_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Les profs de LJP sont des incompétents pis des paresseux.",
    "C'est une gang de paresseux, les profs de Hormis.",
])
def test_staff_called_names_stays(charter: Charter, text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


def test_a_leak_called_a_fake_is_nothing(charter: Charter) -> None:
    text = "The \"leaked\" memo about LJP closing next year is a fake, the board never wrote it."
    assert _verdict(charter, text) == (set(), False)


def test_a_leaked_memo_stays(charter: Charter) -> None:
    text = "Here's the leaked memo about LJP closing next year."
    assert "confidential" in _verdict(charter, text)[0]


# --- 14. A stranded whale; 15. a pupil left out of everything -------------------------------

@pytest.mark.parametrize("text", [
    "Le petit Mathis de Hormis court comme une baleine échouée 🐋 partagez ses meilleurs "
    "moments",
    "That kid Ethan from LJP swims like a beached whale lol, post the clip",
    "Invitez-la à rien cette année, la p'tite Océane de Hormis, on fait comme si elle "
    "existait pas.",
])
def test_a_pupil_mocked_or_left_out_is_cyberbullying(charter: Charter, text: str) -> None:
    assert "cyberbullying" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Sortie à Tadoussac avec LJP : on a vu une baleine échouée sur la grève, c'était triste.",
    "On fait comme si le bruit existait pas pis on continue le cours à LJP.",
    "Je m'assoirais pas à côté de la fenêtre au gymnase de Hormis, ça gèle.",
])
def test_a_whale_a_noise_or_a_window_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
