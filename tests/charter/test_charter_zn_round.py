"""The round of rules tuned on "zn-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: the critical misses of "zn-", three of four of them grooming with no sexual word (an
adult writing to a pupil: "almost legal", "extra help" after hours, "viens me voir ... seule",
a gift, a private account, a compliment on looks, beside a secret asked of the young person:
"pas un mot à tes amies", "on garde ça entre nous", "tes parents comprendraient pas", "our
little secret"), and a former pupil who has found a teacher's address and says he "va
finalement comprendre ce qu'il m'a fait"; the wrong alerts of "zn-" on harmless posts (parents
who quote a message "saying 'watch your back'" and reported it to the police; a sex-ed class
"sur le consentement pis les nudes"; a news story quoting a parent's insult at a board meeting
"en ces termes", or an insult "criée par un parent"; a class's fundraiser sold on "the school's
Facebook page" or "la page officielle de l'école"; the board that "confirmed that" a staff
member was placed on administrative leave; a parent warning that a child got a "message d'un
faux compte"; "je ne traiterai pas ... d'imbéciles").
Wrong flags fixed: the two critical alerts above (the quoted "watch your back", defamation and
cyberbullying; the sex-ed class, sexual), and the news stories (disparaging), the fundraisers
(spam), the announced leave (confidential), the fake account's message (cyberbullying) and the
refused insult (defamation, disparaging).

Set aside: a surprise party or a secret Santa kept from the teacher, however many times it
says so ("pas un mot à la prof", "keep this between us and don't tell anyone"); a parent's
compliment; a teacher's extra help; a message "saying 'watch your back'" that a child received
and the parents reported; a sex-ed class on consent and nudes; a parent's insult quoted in a
news story; a fundraiser on the school's own page; a leave the board confirmed; a message from
a fake account a child received; an insult the writer refuses to use; an e-mail address found
on a school's site; a therapist helping to understand "ce qu'il m'a fait". The threats of the
same families stay critical (a secret asked beside an adult's attention, "watch your back"
said to someone, nudes of a pupil offered, a revenge after an address found), and the insults,
adverts and leaks stay flagged.

Left for a later round: a birthday number the crowd is asked to text ("textez-le tlm"), read
as a pile-on and critical beside the number (a positive word cannot set the pile-on aside
without losing real ones); praise said with an insult ("t'es un malade mental ❤️"); veiled
threats with no violent word ("vont comprendre lundi ... restez chez vous" stays high, not
critical; "don't park near the building 📦💥"; "I know where your kids go to school"; "on va
régler ça entre adultes"); incitement with no suicide word ("juste disparaître ... le pont",
"make it permanent", "toutes les pilules de ma mère"); crowds sent to a home described rather
than given an address ("rue Lépine, white house w/ red door ... yall know what to do"); pupils
asked for videos "plus privées" or a "modeling gig"; sexual remarks on staff with no sexual
word (🥵, "se pencher au comptoir", "rendez-vous privé dans son bureau"); leaks of exams,
passwords, alarm hours and budgets; contempt for the board with no insult ("tour d'ivoire",
"machine à broyer du monde"); spam with no link the rules know (a realtor, a window seller, a
referral app).

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Grooming: an adult's attention beside a secret asked of a young person -------------

@pytest.mark.parametrize("text", [
    "Salut Rosalie, c'est ton prof d'éduc de l'ESHG, tu étais vraiment belle au spectacle. "
    "Pas un mot à tes parents, ok? Ils comprendraient pas.",
    "Coralie, tu es la plus belle de ta classe à l'ESLJP 😍 viens me voir au local 114 après "
    "l'école, seule. On garde ça entre nous.",
    "Hey Emma, it's your coach from ESLJP, I added you on my private insta. You looked so "
    "pretty at the game. Don't tell anyone, your parents wouldn't understand.",
    "To Chloé my old student at ESHG: you're almost legal now 😉 I have a gift for you. Keep "
    "this between us.",
])
def test_attention_and_secret_asked_of_a_young_person_is_critical(charter: Charter,
                                                                   text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "C'est notre petit secret, pas un mot à la prof pour sa fête! Party surprise pour Mme Roy à "
    "l'ESHG vendredi 🎉",
    "Échange de cadeaux du secret Santa à l'ESLJP: pas un mot à personne, on dévoile les noms "
    "jeudi!",
    "Surprise party for Mme Roy at ESHG Friday! Don't tell anyone in her class, it's our little "
    "secret 🎉",
    "Léa, t'étais vraiment belle au bal de l'ESHG, toute la famille est fière de toi ❤️",
    "Extra help in math at ESLJP every Tuesday after school, room 204, all grade 9 students "
    "welcome",
])
def test_a_secret_or_a_compliment_alone_is_no_grooming(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A threat a child received, quoted by the parents who reported it -------------------

@pytest.mark.parametrize("text", [
    "My daughter got a text saying 'watch your back at ESHG monday'. We reported it to the "
    "police and the principal. Check your kids' phones, parents.",
    "Our son at ESLJP got a message on Snap saying 'watch your back' from someone he doesn't "
    "know. The school and the police are handling it.",
])
def test_a_received_threat_quoted_and_reported_is_no_threat(charter: Charter,
                                                             text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Noah from ESHG, watch your back monday, we know your bus.",
    "Hey Mme Roy from ESLJP, watch your back tomorrow after school.",
])
def test_watch_your_back_said_to_someone_stays_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 3. A sex-ed class on consent and nudes ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Super atelier à l'ESLJP en sec 3 sur le consentement et les nudes, mon ado est revenu "
    "plein de questions 👏",
    "Le cours d'éducation à la sexualité à l'ESHG cette semaine portait sur le consentement pis "
    "les nudes, bravo aux profs",
])
def test_a_sex_ed_class_on_nudes_is_no_sexual_content(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "J'ai les nudes de la fille de sec 3 à l'ESHG, qui en veut? dm",
    "Qui veut les nudes de Jade de sec 4 à l'ESLJP? écrivez-moi",
])
def test_nudes_of_a_pupil_offered_stay_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


# --- 4. A parent's insult quoted in a news story -------------------------------------------

@pytest.mark.parametrize("text", [
    "« Une gang d'incompétents » : c'est en ces termes qu'une mère a interpellé la direction de "
    "l'ESHG lors de la séance du conseil, mardi.",
    "« Des pourris » : l'insulte, criée par un père à la réunion du CSSCV, a forcé la "
    "présidente à suspendre la séance.",
])
def test_an_insult_quoted_in_a_news_story_is_no_flag(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "La direction de l'ESHG c'est une gang d'incompétents pis des pourris",
    "Les profs de l'ESLJP sont des incompétents",
])
def test_the_same_insult_said_stays_flagged(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "disparaging" in categories


# --- 5. A fundraiser sold on the school's own page -----------------------------------------

@pytest.mark.parametrize("text", [
    "Les finissants de l'ESLJP vendent des sapins pour leur voyage 🎄 bon de commande sur la "
    "page officielle de l'école!",
    "Our grade 8 class at ESHG is selling cookie dough for the spring trip, order form on the "
    "school's Facebook page.",
])
def test_a_fundraiser_on_the_schools_page_is_no_spam(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_an_advert_stays_spam(charter: Charter) -> None:
    text = "Promo! 50 % de rabais sur tout, parents de l'ESHG, achetez maintenant ➡️ deals-555.xyz"
    categories, _ = _verdict(charter, text)
    assert "spam" in categories


# --- 6. A leave the board confirmed --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le CSSCV a confirmé qu'un enseignant de l'ESHG a été placé en congé administratif, sans "
    "plus de détails.",
    "ESLJP: the board confirmed that a teacher was placed on administrative leave, no other "
    "details were given.",
])
def test_an_announced_leave_is_no_leak(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Scoop: le prof de maths de l'ESHG est en congé administratif depuis lundi, personne vous "
    "le dira",
    "Inside info: the ESLJP gym teacher is on administrative leave, the board is hiding it",
])
def test_a_leaked_leave_stays_confidential(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "confidential" in categories


# --- 7. A former pupil's revenge: an address found, someone who "va comprendre" ------------

@pytest.mark.parametrize("text", [
    "J'ai quitté l'ESHG à cause de Mme Roy. Hier j'ai trouvé son adresse. A va comprendre ce "
    "qu'elle m'a fait.",
    "Trois ans après l'ESLJP, j'ai enfin trouvé son adresse au prof de gym. Il va comprendre ce "
    "qu'il m'a fait.",
])
def test_revenge_after_an_address_found_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "J'ai trouvé son adresse courriel sur le site de l'ESHG, je vais lui écrire pour le voyage",
    "Ma thérapeute m'aide à comprendre ce qu'il m'a fait quand j'étais à l'ESLJP. Ça va mieux.",
])
def test_an_address_found_or_a_hurt_understood_alone_is_no_threat(charter: Charter,
                                                                  text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 8. A message from a fake account, reported by a parent --------------------------------

@pytest.mark.parametrize("text", [
    "Parents de l'ESHG: ma fille a reçu un message d'un faux compte qui lui demandait des "
    "photos. On a appelé la police. Parlez-en à vos jeunes.",
    "Heads up ESLJP parents, my son got a message from a fake account asking for money. "
    "Reported to the police.",
])
def test_a_fake_accounts_message_reported_is_no_bullying(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_fake_account_made_to_mock_stays_bullying(charter: Charter) -> None:
    text = "On a fait un faux compte pour niaiser Léa de l'ESHG 😂 allez rire d'elle"
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


# --- 9. An insult the writer refuses to use ------------------------------------------------

def test_a_refused_insult_is_no_insult(charter: Charter) -> None:
    text = ("Je ne traiterai pas la direction de l'ESHG d'imbéciles, mais j'attends encore une "
            "réponse depuis deux semaines.")
    assert _verdict(charter, text) == (set(), False)


def test_the_insult_said_stays_an_insult(charter: Charter) -> None:
    categories, _ = _verdict(charter, "La direction de l'ESHG c'est une gang d'imbéciles")
    assert {"defamation", "disparaging"} <= categories
