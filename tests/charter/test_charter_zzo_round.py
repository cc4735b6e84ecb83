"""The round of rules tuned on "zzo-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: pupils and adult learners at work (part-time jobs, the vocational centre's placements,
employers and supervisors) and what people write about them. Its critical misses (a pupil's
workplace and shift hours posted with "passez le voir à la fermeture, on va y montrer ce qui
arrive aux porte-paniers", a pupil's shift end posted with "on se voit là samedi 😈", a boss's
or a customer's sexual remarks about a young worker or a trainee: "can't wait to watch her bend
over the freezer", "I'd teach her a few things", a shampoo "avec autre chose que ses mains",
"tu vas devoir être ben gentille avec moi dans l'arrière-boutique", one lewd line "avec son
short de même" deep in a long post of thanks), its other misses (a money-mule job offered to
teens, a school said to feed "cheap teenage labour" to employers) and its wrong flags ("je ne
blâme pas l'école" read as an HR sanction).

Fixed: a shift's days and hours or its end on a given day (privacy, a clue weighed with a
call to go there: "travaille au bar laitier les mardis pis jeudis de 17 h à 21 h", "elle finit
à 22 h le samedi", "she works the fuel dock Tuesday to Thursday 8 to 4"); the crowd sent
there ("passez le voir à la fermeture", "allez donc l'attendre", "on se voit là", "let's all
show up": nothing alone, critical beside the shift); what happens to informers in the plural
or by other words ("porte-paniers", "mouchards", "bavasseux": a veiled threat); a boss's
sexual remarks ("watch her bend over", "I'd teach her a few things", "avec autre chose que
ses mains", "avec son short de même", "avec des boules de même"), critical beside a pupil, an
age of 16 or 17, a CFP or hairdressing trainee, or "the girl we hired" (minor markers);
favours asked "dans l'arrière-boutique" or "dans mon bureau" (sexual blackmail at work,
critical); a bank account to open in a teen's name for cash (a scam); "cheap teenage labour",
"juste pour avoir du cheap labor", "des employeurs qui veulent du monde pas cher" (contempt);
"je ne blâme pas", "sans blâmer" (harmless: the verb, never the sanction, so a learned
confidential flag there is discounted).

Set aside as look-alikes: one's own shift or one's own child's ("je finis à 22 h le samedi",
"mon gars travaille au IGA les samedis ... passez le voir"); a tournament's "on se voit là";
a shift posted with no call to go; "I'll teach her a few things about the cash register"; a
teacher who will "vous montrer des affaires en mécanique"; a scam warning naming the bank
account asked for; a harassment reported in quotes to the police; a sanction written beside
"je ne blâme pas" keeps its own word; "les stagiaires du CFP" in a porn advert (zzo-0252,
labelled not critical: the plural is no marker).

Left for a later round: the warning about an underwear "job offer" read as a critical sexual
alert (zzo-0032: a phrase over "en sous-vêtements" would hide the offer itself); "allez-y la
semaine prochaine" after a meal called "une bombe" (zzo-0049: "allez-y" sends crowds too);
a tribunal's ruling and a news report of a dismissal (zzo-0082, zzo-0216: "condamné pour",
"congédié pour" are a real person's file elsewhere); a report of harassment the learned scorer
reads as privacy (zzo-0007: no rules clue to set aside); an e-mail leak that names a pupil
(zzo-0137), a cow's nickname to spread at school (zzo-0168), a threat missing its
cyberbullying (zzo-0185), an article's leak (zzo-0169); the rest of the part's contempt for
schools and placements (zzo-0037, zzo-0066, zzo-0090, zzo-0110 and others: many single
wordings), sexual remarks with no listed phrase (zzo-0008, zzo-0067, zzo-0190, zzo-0191,
zzo-0206, zzo-0249, zzo-0309) and mockery of a pupil's job (zzo-0012, zzo-0116, zzo-0170,
zzo-0269).

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from tests.charter.verdicts import set_aside as _set_aside
from worker.charter.lexicon import Charter

# --- 1. A pupil's shift posted, with a call to go there -------------------------------------

@pytest.mark.parametrize("text", [
    "Léa Morin de LJP travaille au Tim les samedis pis dimanches de 8 h à 16 h. Passez la voir "
    "à la fermeture.",
    "Le gars de Hormis qui m'a dénoncé, y ferme tout seul à 23h les vendredis au dépanneur. On "
    "se voit là vendredi 😈",
    "Jake Hall from LJP works the grill Tuesday to Thursday 4 to 10. Let's all show up.",
    "Noé Roy de LJP, elle finit à 21 h le dimanche au resto. Allez donc l'attendre en arrière.",
])
def test_a_shift_posted_with_a_call_to_go_is_critical_doxxing(charter: Charter,
                                                              text: str) -> None:
    _critical_in(charter, text, "privacy")


@pytest.mark.parametrize("text", [
    "Je finis à 22 h le samedi au resto près de LJP, on se voit là!",
    "Le tournoi de LJP est samedi à 10 h, on se voit là!",
    "Léa de LJP travaille au Tim les samedis de 8 h à 16 h.",
    "Mon gars de LJP travaille au IGA les samedis de 8 h à 16 h, passez le voir!",
])
def test_a_shift_alone_or_a_friendly_meeting_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. What happens to informers -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le p'tit de Hormis qui a parlé à la police, on va y montrer ce qui arrive aux mouchards.",
    "Alex de LJP, tu vas voir ce qui arrive aux bavasseux quand tu sors du dep.",
    "Tu vas apprendre ce qui arrive aux porte-paniers, Mathis de LJP.",
])
def test_what_happens_to_informers_is_a_critical_threat(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


# --- 3. A boss's sexual remarks about a young worker or a trainee ---------------------------

@pytest.mark.parametrize("text", [
    "Can't wait to watch her bend over the counter all summer, the new 16 year old from LJP 😏",
    "The girl we hired from Hormisdas for the canteen 🥵 I'd teach her a thing or two",
    "La stagiaire en coiffure de LJP m'a lavé les cheveux, j'aurais aimé qu'a le fasse avec "
    "autre chose que ses mains 😍",
    "Notre petite serveuse de 15 ans de LJP avec son short de même derrière le bar, c'est elle "
    "qui attire les clients 😏",
])
def test_a_sexual_remark_about_a_young_worker_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "I'll teach her a few things about the cash register, the new girl from LJP is learning fast.",
    "La prof de LJP va vous montrer des affaires en mécanique.",
])
def test_teaching_a_new_worker_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. Favours asked in the back room ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La stagiaire du CFP, si tu veux garder ta place tu vas devoir être gentille avec moi dans "
    "mon bureau 😘",
    "Message à la nouvelle de LJP : si tu veux tes shifts, faudra être ben gentille avec moi "
    "dans l'arrière-boutique",
    "New trainee from LJP, you'll get a good evaluation if you're nice to me in the back room 😉",
])
def test_favours_asked_at_work_are_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


def test_favours_reported_to_the_police_are_nothing(charter: Charter) -> None:
    text = ("Mon patron a dit à ma fille de LJP « tu vas devoir être gentille avec moi dans "
            "l'arrière-boutique ». On a porté plainte à la police.")
    assert _verdict(charter, text) == (set(), False)


# --- 5. A money mule recruited --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Argent facile pour les jeunes de LJP 💵 ouvre un compte de banque à ton nom pis je te donne "
    "300$. Écris-moi.",
    "Easy cash for Hormisdas students: open a bank account in your name for me, $400 same day.",
])
def test_a_money_mule_offer_is_spam(charter: Charter, text: str) -> None:
    assert "spam" in _verdict(charter, text)[0]


def test_a_money_mule_warning_is_nothing(charter: Charter) -> None:
    text = ("Attention : on demande aux jeunes de LJP d'ouvrir un compte de banque à ton nom "
            "pour 500$. Ne répondez pas, c'est une fraude.")
    assert _verdict(charter, text) == (set(), False)


# --- 6. A school said to feed cheap labour --------------------------------------------------

@pytest.mark.parametrize("text", [
    "LJP is just a pipeline of cheap student labour for the local shops.",
    "Les stages de la FGA de Thurso, c'est juste pour avoir du cheap labor pis rien d'autre.",
    "Le salon de l'emploi de Hormis : des employeurs qui veulent du monde pas cher, point.",
])
def test_cheap_labour_is_contempt(charter: Charter, text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


# --- 7. "Je ne blâme pas" is the verb -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Je ne blâme pas les profs de LJP, mais mon gars a pas eu de stage cette année.",
    "Sans blâmer personne à Hormis, les horaires d'été sont durs pour les élèves.",
])
def test_not_blaming_sets_the_sanction_aside(charter: Charter, text: str) -> None:
    assert _set_aside(charter, text, "confidential")
    assert "confidential" not in _verdict(charter, text)[0]


def test_a_sanction_beside_not_blaming_keeps_its_word(charter: Charter) -> None:
    text = "Je ne blâme pas l'école, mais voici le blâme au dossier de M. Roy de LJP."
    assert "confidential" in _verdict(charter, text)[0]
