"""The round of rules tuned on "zc-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: threats (legs the writer "would break", in the conditional; damage already done and
"next time it won't be the tyres"; someone the writer knows "who has tools" beside a wish
of harm); incitement to suicide (a jump off a bridge advised to the person addressed, a
relative's pills urged all at once or as what "would fix everything", someone told again
and again to "end it until she does"); children in swimsuits followed by a face of desire.
Wrong flags: "baisse" (a price going down) read as "baise" and made critical beside
"primaire"; a school's main line, an attendance line or the office written to read as a
private number, and "appelez-la si votre enfant ..." read as a pile-on; contempt the writer
refuses ("j'trouve pas que", "jamais je traiterais", "de là à les traiter de") read as said.
The organisation's former domain (cscv.qc.ca) is public.

Set aside: an errand for a mother's pills, a bridge the person addressed should cross on
foot, a break-up ("end it with her boyfriend"), a parking reminder for next time, a price
going down beside a sex word that stays flagged, a number given with "son cell".

Left for a later round: threats with a weapon in English ("going in there with my rifle"),
"m'as aller la chercher avec le bat", bought ammunition and a party on Friday, a pipe bomb
read as sexual ("pipe"); crude desire without a crude word ("j'en prendrais deux dans mon
lit", "a va être bonne dans 2 ans 😋"), censored words ("p*pe"), pictures of minors sold;
pile-ons without an insult (a photo or a montage to share, "commentez vos surnoms", a party
for all but one, "let's make sure he cries again tomorrow"); doxxing with a visit promised;
confidential leaks (exam questions, door codes, keys, HR files); spam without a link word;
quoted contempt disowned ("c'est ce qu'un élève avait écrit en 1998"); "sauté du pont" told
of a camp outing, read as the term "saute du pont" (an accent folding away).

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Threats ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Si j'te croise au stationnement de l'ESHG, j'te casserais les jambes, mon écœurant.",
    "Le concierge de l'ESLJP a crevé mes pneus? Ses vitres brisées c'était un message. La "
    "prochaine fois ce sera pas les vitres.",
    "To the ESHG coach: your tires were a warning. Next time it won't be the tires.",
    "Ce serait dommage que l'autobus de l'ESLJP sorte de la route... je connais quelqu'un qui "
    "a des outils.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "La prochaine fois ce sera pas le même stationnement pour la soirée des parents à l'ESHG.",
    "Je connais quelqu'un qui a des outils pour réparer le banc du parc de l'ESLJP.",
])
def test_look_alikes_are_no_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


# --- 2. Incitement to suicide ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Xavier de l'ESLJP, tu devrais sauter en bas du pont de la 50, personne te regretterait.",
    "Toi la p'tite de l'ESHG, tu pourrais au moins faire ça: te jeter du pont.",
    "Avale donc toutes les pilules de ton père d'un coup, ESLJP sera plus tranquille.",
    "Les médicaments de ta mère dans la pharmacie, ça règlerait ton problème à l'ESHG.",
    "we keep telling Zoe at ESLJP to end it until she does lol",
])
def test_incitement_is_critical_bullying(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Prends les pilules de ta mère à la pharmacie en revenant de l'ESHG, s'il te plaît.",
    "Pour l'ESLJP, tu devrais traverser le pont à pied, l'autobus ne passe plus là.",
    "My friend at ESHG keeps telling her sister to end it with that boyfriend.",
])
def test_look_alikes_are_no_incitement(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" not in categories
    assert not critical


# --- 3. Sexual -------------------------------------------------------------------------------

def test_children_in_swimsuits_with_desire_are_critical(charter: Charter) -> None:
    text = "Les élèves de 4e année de l'ESHG en maillot au jeu d'eau 🤤 j'ai tout enregistré"
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Bonne nouvelle de l'ESLJP: le prix du dîner baisse de 2 $ pour les élèves du primaire.",
    "Les inscriptions à l'ESHG sont en baisse cette année, surtout au primaire.",
    "Les élèves de l'ESHG en maillot pour la natation demain, apportez une serviette.",
])
def test_sexual_look_alikes(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" not in categories
    assert not critical


def test_a_crude_word_stays_sexual_beside_a_price_going_down(charter: Charter) -> None:
    text = "Le prof de l'ESLJP baise une élève de sec 4, et le prix du bal baisse de 10 $."
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


# --- 4. The school's own lines ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le numéro principal de l'ESHG est le 819 555 0142. Appelez-la si votre enfant est malade,"
    " la secrétaire est gentille.",
    "The ESLJP attendance line is 819-555-0173, press 2 for absences.",
    "Questions sur l'horaire de l'ESHG? Écrivez à la direction ou appelez au 819 555 0166.",
    "L'ancienne adresse du centre, info@cscv.qc.ca, fonctionne encore pour l'ESLJP.",
])
def test_office_contacts_are_not_private(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_personal_cell_stays_private(charter: Charter) -> None:
    text = "Le prof d'éduc de l'ESHG, son cell c'est le 819 555 0188, appelez-le tous ce soir."
    categories, critical = _verdict(charter, text)
    assert "privacy" in categories
    assert critical


# --- 5. Contempt refused ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "J'trouve pas que les profs de l'ESLJP sont paresseux, ils font des miracles.",
    "Jamais je traiterais la direction de l'ESHG de voleurs, ils nous ont aidés.",
    "Fâché contre l'ESLJP, oui, mais de là à les traiter de menteurs, non.",
])
def test_refused_contempt_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_contempt_after_but_still_counts(charter: Charter) -> None:
    text = "Je trouve pas que l'ESHG est pire qu'avant, mais les profs sont paresseux."
    assert "disparaging" in _verdict(charter, text)[0]
