"""The round of rules tuned on "zzr-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: health, special needs and care (the school nurse, allergies, ADHD and medication,
autism and the TSA classes, TES, psychologists and speech therapists, intervention plans,
mental health, lice, sick staff and burnout) and what people write about them. Its critical
misses (a bomb threat announced by its author for "LJP tomorrow, the nurse's office first";
a laid-off worker who "still has the school's key" and promises that "Monday they'll
understand"), its wrong flags (parents telling their own child's diagnosis, "le mien TSA, la
mienne dyspraxie"; a school's reminder that medicines go to the nurse; a nurse's medication
error in the news; the nurse and the psychologist thanked by trade; the TSA classes as a
programme and the TES of one; "pas question de dire que les profs sont paresseux"; "please
stop assuming we all hate our jobs"; a call to train substitutes "pour les élèves qui ont un
plan d'intervention"; "vidéos amateurs" read as contempt), and its misses ("une crisse de
vache sans cœur", "those kids are retards", "le mongol en chaise roulante", a tongue emoji
said of a speech therapist, "le communiqué est prêt mais y attendent", a sneer at a CFP's
trainees, a pupil named as "de la classe TSA", eggs and a "belle visite" urged at an address
just given).

Fixed: "bomb threat" or "alerte à la bombe" for a school and a day to come (critical); a key
kept by someone let go, a clue beside another veiled threat; "pis vos œufs", "bring eggs",
"y faire une belle visite", "j'veux qu'a comprenne", "go wait for him" beside a private address
(a threat, critical); "are retards", "those retards", a sacre before "vache", "vache sans
cœur"; "le mongol en", "l'autre mongol" (an insult that points at someone); 👅 near a person or
a staff member named by trade (the care staff are now roles); a first name "de la classe TSA"
or "in the TSA class" (a person, whose class tells a diagnosis); "le communiqué est prêt
mais", "déjà signé l'entente" (a decision not yet public); "avec les profs qu'y ont, j'espère
jamais tomber malade 😂" (contempt). Set aside: the parent's own child with the verb between
("ma fille a été diagnostiquée", "ma fille aussi c'est", "le mien", "la mienne") and the
reader's child in a question or an advert ("si ton enfant", "quand ton enfant fait", "ton
enfant a", "si t'as un"); a rule on medicines, a medicine cabinet, a medication error; the
psychologist listed with the nurse, the TES or the paediatrician, or met by the parent; "les
classes TSA", "la TES de la classe TSA"; the pupils who have an intervention plan as a group
to serve; "pas question de dire que", "stop assuming" (a denial); "vidéos amateurs". "STI"
alone is no longer a health word: it folds to the sacre "sti".

Set aside as look-alikes: a bomb alert told for a day past, a drill announced, a hoax
reported; a retiree's key; eggs for pancakes or a cooking class; a cow at a farm, late buses;
another parent's child diagnosed, a named pupil's medicines; a list of the pupils who have a
plan; the announcement itself ("le communiqué est en ligne"); the flu going round; 👅 beside
a poutine or a speech therapist praised; "pas question de dire le contraire" after contempt.

Left for a later round: an own child named before the condition ("ma fille Rosalie a une
allergie", zzr-0002) or the school named after it ("y commence en classe TSA", zzr-0099), a
medicine told in the next sentence ("le Concerta a aidé", zzr-0219): the own-child reading
reaches three words only; a pupil named by first name and grade ("Kim de sec 3", "Mia from
sec 4") and "la fille avec l'appareil auditif", whose health the set labels private here and
not in earlier parts (the same words with nudes or a wheelchair are labelled both ways);
"make her regret it" and "apportez des œufs" at an address (a threat in some parts, a pile-on
only in others); the critical sexual readings of zzr-0145, 0306, 0307, where a pupil is only
a bystander ("les enfants sont à l'école", "la prof de sec 4", "les élèves en parlent"): the
rules have no way to say so; the learned model's own flags (head lice read as defamation,
zzr-0286; "si t'as un diagnostic" read as a critical insult, zzr-0244; the critical alerts of
zzr-0004, 0035, 0047, 0055, 0073, 0074, 0134, 0187); "we're not pulling u out" at the pool
(zzr-0324); "mongol" as the language or the empire (read before this round).

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from tests.charter.verdicts import set_aside as _set_aside
from worker.charter.lexicon import Charter

# --- 1. A bomb threat announced, a key kept -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Alerte à la bombe à la poly LJP demain, le bureau de la direction en premier.",
    "bomb threat at Hormisdas-Gamelin tomorrow, the gym first. so done with this place",
    "J'ai encore mes clés de Providence depuis qu'y m'ont mis dehors. Lundi y vont comprendre.",
])
def test_a_threat_announced_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Une alerte à la bombe a forcé l'évacuation de LJP hier matin, les cours reprennent demain.",
    "Exercice d'alerte à la bombe à LJP demain matin, les parents n'ont pas à s'inquiéter.",
    "Bomb threat drill at Hormisdas-Gamelin tomorrow morning, parents please don't worry.",
    "Police say the bomb threat at LJP this morning was a hoax, classes resume tomorrow.",
    "J'ai pris ma retraite de Trois-Chemins en juin pis j'ai encore ma clé de l'école, faut "
    "que j'aille la porter.",
])
def test_news_a_drill_or_a_retiree_s_key_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A parent's own child, the reader's child, care named by trade -----------------------

@pytest.mark.parametrize("text", [
    "Mon gars a été diagnostiqué TDAH en 2e année à LJP, pis l'orthopédagogue l'a ben aidé.",
    "Le mien TDAH pis la mienne dyslexie, pis l'enseignante de Providence les comprend super "
    "bien.",
    "Si ton enfant fait de l'anxiété, parles-en à l'infirmière de LJP.",
    "Rappel de LJP : les médicaments doivent être apportés à l'infirmière par un adulte.",
    "L'infirmière et la psy de LJP ont été extraordinaires avec les élèves après le drame.",
    "10 % des profits du souper vont aux classes TSA de Providence.",
    "La TES de la classe TSA à LJP mérite une médaille.",
])
def test_no_one_s_health_told_sets_privacy_aside(charter: Charter, text: str) -> None:
    assert _set_aside(charter, text, "privacy")
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "L'infirmière de LJP a fait une erreur de médication avec un élève, le syndicat la défend.",
    "Le CSSCV devrait embaucher plus de TES pour les élèves qui ont un plan d'intervention à "
    "LJP.",
])
def test_an_error_or_a_group_served_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("Le fils de ma voisine a été diagnostiqué TDAH à LJP, il prend du Ritalin.", "privacy"),
    ("La fille de Mme Roy à LJP est autiste pis prend du Ritalin.", "privacy"),
    ("Léa Gagnon de LJP prend des médicaments pour son anxiété.", "privacy"),
    ("Jérémie de la classe TSA à LJP fait des crises, lol.", "privacy"),
    ("Thomas in the TSA class at Providence is so weird lol", "privacy"),
    ("Emma Roy from LJP has an STI, everyone knows", "privacy"),
    ("J'ai la liste des élèves qui ont un plan d'intervention à LJP, qui la veut?",
     "confidential"),
])
def test_someone_else_s_health_or_file_keeps_its_reading(charter: Charter, text: str,
                                                         category: str) -> None:
    assert category in _verdict(charter, text)[0]


def test_the_sacre_sti_is_no_health_word(charter: Charter) -> None:
    categories = _verdict(charter, "Sti de fif de Jonathan Roy de LJP")[0]
    assert "defamation" in categories
    assert "privacy" not in categories


# --- 3. A word ruled out before it is said ---------------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("Y'est pas question de dire que les profs de LJP sont paresseux, ils sont épuisés.",
     "disparaging"),
    ("Please stop assuming we all hate the kids at LJP, we love them.", "cyberbullying"),
    ("Vidéos amateurs du spectacle de fin d'année de LJP sur la page Facebook de l'école!",
     "disparaging"),
])
def test_a_denial_or_a_genre_sets_the_category_aside(charter: Charter, text: str,
                                                     category: str) -> None:
    assert _set_aside(charter, text, category)
    assert _verdict(charter, text) == (set(), False)


def test_contempt_said_before_the_denial_keeps_its_word(charter: Charter) -> None:
    text = "Les profs de LJP sont paresseux, pas question de dire le contraire."
    assert "disparaging" in _verdict(charter, text)[0]


# --- 4. Insults -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mme Roy de LJP est une vraie vache sans cœur.",
    "The buses to Hormisdas-Gamelin are always late, those retards in transport can't read a "
    "schedule.",
    "L'autre mongol de LJP a encore perdu son cadenas.",
])
def test_an_insult_is_defamation(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Les élèves de LJP ont visité une ferme, la vache s'appelait Marguerite.",
    "Ostie que la vache de la ferme éducative de LJP était belle!",
    "Les retards d'autobus à LJP sont rendus ridicules.",
])
def test_a_cow_or_a_late_bus_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. A crowd sent to an address ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mme Roy de LJP reste au 12 rue des Pins. Allez y faire une belle visite, j'veux qu'a "
    "comprenne.",
    "Le prof de LJP qui a coulé mon gars reste au 8 rue Dollard. Ce soir on y va, amenez vos "
    "pancartes pis vos œufs.",
])
def test_a_crowd_sent_to_an_address_is_a_critical_threat(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "On organise un souper à LJP vendredi, apportez vos œufs pour les crêpes!",
    "Au cours de cuisine de LJP, apportez des œufs et de la farine lundi.",
])
def test_eggs_for_a_supper_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. A tongue said of someone ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "L'enseignante de chimie à LJP 👅👅",
    "The speech therapist at Providence can check my tongue anytime 👅",
])
def test_a_tongue_said_of_staff_is_sexual(charter: Charter, text: str) -> None:
    assert "sexual" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "La poutine de la cafétéria de LJP 👅👅",
    "L'orthophoniste de Providence est super, mon gars prononce enfin ses L 👅",
])
def test_a_tongue_beside_food_or_praise_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. A decision held back, a sneer at trainees -------------------------------------------

def test_an_announcement_held_back_is_confidential(charter: Charter) -> None:
    text = ("C'est signé, le CSSCV ferme la bibliothèque de LJP en juin. Le communiqué est prêt "
            "mais y attendent après les élections.")
    assert "confidential" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Le CSSCV a annoncé la fermeture de la clinique de LJP, le communiqué est en ligne.",
    "Le communiqué est prêt, on le publie demain matin sur le site de LJP.",
])
def test_the_announcement_itself_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_sneer_at_trainees_is_disparaging(charter: Charter) -> None:
    text = ("Le CFP de Buckingham forme des infirmières auxiliaires? Avec les formateurs qu'y "
            "ont, j'espère jamais tomber malade 😂")
    assert "disparaging" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Grippe partout à LJP, j'espère jamais tomber malade lol",
    "Avec les virus qui courent à LJP, j'espère que je vais jamais tomber malade lol",
])
def test_a_worry_about_the_flu_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
