"""The round of rules tuned on "zm-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: the wrong critical alerts of "zm-" on harmless posts (a knife emoji beside a costume or
a haunted house for Halloween; a party that "va être une bombe 💣🎉" with a date; a mental-health
workshop on "what to do if a friend says" they want to end it all; a threat a child received
« d'un compte anonyme », quoted by the parent who reported it; a police officer's reminder
that "nudes of anyone under 18" are child pornography; a news story on a court ruling, where
"the judge found" the teacher had taken sick leave; a retired teacher's address given "to send
a Christmas card", private but no call to go after him) and the misses of "zm-" that name a
school: a crowd sent to a doxxed home ("gênez-vous pas d'aller cogner", "go have a word with",
"je dis ça pour ceux qui pensent comme moi"); incitement ("serait plus heureux sans toi"); a
veiled threat by a negated leaving verb ("a repartira pas sur ses deux jambes"); a "shame"
said to "toi" with the pronoun before the verb ("ça serait plate qu'y t'arrive de quoi").
Wrong flags fixed: the seven critical alerts above (Halloween knife ×2, party bomb,
prevention workshop, reported anonymous threat, police reminder, court story), the
Christmas-card address made critical, and work that "a pris du retard" read as the slur
"retard".

Set aside: a witch or a pirate costume with a knife emoji for a Halloween dance, a haunted
classroom for the food bank; a dance, a prom or a show that "va être une bombe 💣🎉"; a
workshop for parents on what to do if a friend says a teen wants to end it all; threats a
child received "d'un compte anonyme", reported; the law on nudes recalled by the police; a
court story and a ruling in a principal's favour; an address for a retired teacher's
Christmas card (still private); roadwork and buses that "ont pris du retard"; door-to-door
fundraising, an open house, an opinion "pour ceux qui pensent comme moi" with no address;
pupils "plus heureux sans cellulaire"; walking or standing again "sur ses deux jambes"; "c'est
plate ce qui t'arrive" said in sympathy. The threats of the same families stay critical (a
knife or a bomb with a day or a warning, a costume with "je vais poignarder" close before the
knife, "end it all" or "on sait où tu restes" said to someone, nudes of a pupil offered, "make
her life hell" or "a piece of their mind" beside a home address).

Left for a later round: veiled threats with no violent word ("wear something bulletproof ...
you've been warned" on Halloween, offices "en bois" and cheap gas with 🔥, "a va me voir arriver
pis j'serai pas tout seul", "y'en a qui rentreront pas chez eux", "no teachers, no cameras in
the park after", "profite ben de ta soirée", "je règle mes comptes", "gardez vos enfants à la
maison" after "pas une joke", a gift in the mailbox that "va faire du bruit 💥", "on a vos
plaques"); incitement by "à ta place je ferais comme ton frère l'an passé", by "personne va te
chercher demain" beside a bridge, by marks on the arms to go "jusqu'au bout"; "plus heureuse
sans toi" and "happier without you"; the same "ce serait dommage qu'il arrive quelque chose" in
a safety reminder read as a threat; "retomber sur ses deux pieds" (an idiom the term "sur ses
deux pieds" still reads as a threat); the court wording in French ("la juge a conclu"); a
costume in a threat whose "je vais" stands more than eight words before the threat word ("je
vais venir déguisé en clown à l'ESHG demain pis la prof va y goûter 🔪"), now read as told like
the costume posts; remaining wrong flags of "zm-" (a creepy message reported to the police with
"screenshot everything", an April fool, "freak out" read as an insult, a press report on an
administrative inquiry read as a leak, "textez-la direct le soir" after a private number);
sexual remarks on staff with no sexual word (🥵, "je la ferais danser collé", "m'orienter
n'importe où"), pupils asked for pictures "no face needed", leaks of exams and door codes, spam
with no link the rules know. Label questions seen: "aller cogner" at a doxxed home is labelled
defamation when the writer goes ("on va aller cogner chez elle") and cyberbullying when others
are urged ("gênez-vous pas d'aller cogner"); the rules now read only the second.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A weapon emoji in a costume or a haunted house -------------------------------------

@pytest.mark.parametrize("text", [
    "Ma fille va être déguisée en sorcière 🔪😂 pour le party d'Halloween de l'ESHG, a l'a "
    "tellement hâte de faire peur à son prof",
    "Le fils de ma voisine sera déguisé en pirate 🗡️😂 à la danse d'Halloween de l'ESLJP "
    "vendredi",
    "Our Halloween haunted classroom at ESLJP was SCARY 🔪👻 thanks to the grade 9 drama club, "
    "proceeds to the food bank!",
])
def test_costume_and_haunted_house_knives_are_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Lundi à l'ESLJP 🔪🔪 restez chez vous",
    "Mme Roy de l'ESHG 🔪🔪 tu vas voir demain",
    "Déguisé en clown, je vais poignarder la prof de l'ESHG demain 🔪",
])
def test_knife_threats_stay_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 2. A party that "va être une bombe" ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "La danse d'Halloween de l'ESLJP va être une bombe 💣🎉 vendredi 19h, DJ pis maquillage",
    "Le bal des finissants de l'ESLJP va être une bombe 💣🎉 samedi 20h, billets au "
    "secrétariat!",
    "Spectacle de fin d'année à l'ESHG jeudi 19h, ça va être une bombe 💣🎉",
])
def test_party_bomb_is_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Une bombe 💣 à l'ESHG vendredi 10h, restez chez vous.",
    "Vendredi 💣💣 à la poly ESLJP, tic tac",
    "Je vais mettre une bombe dans le gym de l'ESHG vendredi",
])
def test_bomb_threats_stay_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 3. Prevention advice about a friend who wants to end it all ---------------------------

@pytest.mark.parametrize("text", [
    "Great assembly at ESHG today on what to do if a friend says they want to end it all. "
    "Thanks to the nurse!",
    "Workshop at ESHG tonight for parents: what to do if a friend says your teen wants to end "
    "it all",
])
def test_prevention_advice_is_no_incitement(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Emma at ESLJP you should end it all tonight",
    "Noah from ESHG, just end it all already, nobody would care",
])
def test_incitement_to_end_it_all_stays_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


# --- 4. A threat received from an anonymous account, quoted by a parent --------------------

@pytest.mark.parametrize("text", [
    "Mon gars a reçu « on sait où tu restes » d'un compte anonyme après la game de l'ESHG, la "
    "police est au courant",
    "Ma fille de l'ESLJP a reçu « t'es morte demain » d'un compte anonyme sur Insta. Plainte "
    "déposée.",
])
def test_threat_received_and_reported_is_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Marc de l'ESHG, on sait où tu restes. Profite de ta fin de semaine.",
    "« On sait où tu restes » Jade de l'ESLJP, fais attention à toi",
])
def test_threat_said_to_someone_stays_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 5. The law on nudes stated in a prevention message ------------------------------------

@pytest.mark.parametrize("text", [
    "Reminder from the ESLJP resource officer: keeping nudes of anyone under 18 on your phone "
    "is a crime, even if they sent them.",
    "Message de la policière de l'ESHG: sharing nudes of anyone under 18 is child pornography, "
    "parlez-en à vos ados",
])
def test_nudes_law_reminder_is_no_sexual_content(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "I have nudes of the grade 9 girl at ESLJP, dm me",
    "Qui veut les nudes de la fille de sec 3 à l'ESHG? écrivez-moi",
])
def test_nudes_of_a_pupil_offered_stay_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


# --- 6. A court's finding in a news story --------------------------------------------------

@pytest.mark.parametrize("text", [
    "A Masson man must pay damages to an ESHG teacher over Facebook posts. He had urged parents "
    "to \"make her life hell\". The judge found the posts had caused the teacher to take three "
    "weeks of sick leave.",
    "The judge found the ESLJP principal had acted properly, the board said.",
])
def test_court_story_is_no_flag(charter: Charter, text: str) -> None:
    assert _verdict(charter, text, "article") == (set(), False)


def test_pile_on_at_a_home_stays_critical(charter: Charter) -> None:
    text = "Mme Roy de l'ESHG reste au 14 rue Laurier à Masson, make her life hell"
    categories, critical = _verdict(charter, text)
    assert {"cyberbullying", "privacy"} <= categories
    assert critical


# --- 7. An address given for a Christmas card ----------------------------------------------

def test_christmas_card_address_is_private_not_critical(charter: Charter) -> None:
    text = ("For anyone who wants to send a Christmas card to Mme Roy who retired from ESHG, her "
            "home address is 14 rue Laurier, Masson. She'd love it!")
    assert _verdict(charter, text) == ({"privacy"}, False)


def test_address_given_to_go_after_someone_stays_critical(charter: Charter) -> None:
    text = ("For anyone who wants to give Mme Roy from ESHG a piece of their mind, her home "
            "address is 14 rue Laurier, Masson.")
    categories, critical = _verdict(charter, text)
    assert "privacy" in categories
    assert critical


# --- 8. Being behind is not the slur "retard" ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Les travaux du gymnase de l'ESHG ont pris du retard, réouverture en novembre",
    "Le transport scolaire de l'ESLJP a pris du retard à cause de la neige ce matin",
])
def test_taking_delay_is_no_insult(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Le prof de maths de l'ESHG est un retard fini",
    "The ESLJP vice-principal is a total retard",
])
def test_the_slur_stays_an_insult(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "defamation" in categories


# --- 9. A crowd sent to a doxxed home -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le concierge de l'ESHG qui a crié après mon gars, c'est Guy Roy, y reste au 14 rue Laurier "
    "à Masson. Gênez-vous pas d'aller cogner, moi j'y vais à soir.",
    "The ESLJP bus driver who left my son in the cold is Guy Roy, he lives at 14 rue Laurier "
    "in Masson. Maybe some of you should go have a word with him tonight.",
    "La prof de l'ESHG qui a recalé mon gars, c'est Mme Roy, a reste au 14 rue Laurier à "
    "Masson. A reste toute seule. Je dis ça pour ceux qui pensent comme moi.",
])
def test_crowd_sent_to_a_doxxed_home_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert {"cyberbullying", "privacy"} <= categories
    assert critical


@pytest.mark.parametrize("text", [
    "Gênez-vous pas d'aller cogner chez vos voisins pour la guignolée de l'ESHG samedi!",
    "Parents, go have a word with the ESLJP teachers at the open house Thursday night",
    "Je dis ça pour ceux qui pensent comme moi: l'ESHG mérite un nouveau gymnase",
])
def test_crowd_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 10. Incitement: everyone would be happier without the person --------------------------

@pytest.mark.parametrize("text", [
    "Tout le monde à l'ESHG serait plus heureux sans toi Léa, tu le sais",
    "Les élèves de sec 2 à l'ESLJP seraient tellement plus heureux sans toi, Jade",
])
def test_happier_without_you_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Les élèves de l'ESHG sont plus heureux sans cellulaire en classe, dit la direction",
    "Mon chum est plus heureux depuis qu'il enseigne à l'ESLJP",
])
def test_happier_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 11. Veiled threats: not leaving on both legs, a "shame" said to "toi" -----------------

@pytest.mark.parametrize("text", [
    "Si le coach de l'ESHG touche encore à mon fils, y repartira pas sur ses deux jambes.",
    "La prochaine fois que la TES de l'ESLJP crie après ma fille, a sortira pas de l'école sur "
    "ses deux jambes",
    "Émile de sec 3 à l'ESHG, ça serait plate qu'y t'arrive de quoi en revenant du parc à soir",
    "Léa de l'ESLJP, ce serait dommage qu'il t'arrive quelque chose dans le stationnement",
])
def test_veiled_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Après sa chute en ski, le petit de l'ESHG est reparti sur ses deux jambes, plus de peur "
    "que de mal",
    "Le bébé de ma sœur tient debout sur ses deux jambes, fier grand frère de l'ESLJP!",
    "Opéré au genou en septembre, le coach de l'ESHG repartira sur ses deux jambes dans un mois",
    "C'est plate ce qui t'arrive Léa, toute l'ESLJP pense à toi ❤️",
    "C'est plate qu'y arrive rien d'intéressant à l'ESHG le vendredi",
])
def test_veiled_threat_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
