"""The round of rules tuned on "zzn-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: learning, marks and exams around the schools (report cards, ministry exams and their
leaks, cheating, tutoring, summer school, grading disputes and mark reviews) and what people
write about them. Its critical misses (a threat with no threat word, "there will be
consequences at the office. Bring extra security. This is not a joke", and a tutoring advert
offering, deep inside, a guaranteed mark to the girls who come alone at night), defamation's
recall under target (a teacher or a marker doxxed with a call to go, a call to write to a
teacher every hour until a mark changes, a principal said to sell exam answers, marks said to be
traded for favours, "je dis pas qu'elle est conne, je dis juste qu'elle a l'intelligence d'un
poteau"), its other misses (a tutor one dreams of seeing shirtless, sarcastic congratulations
on a failing mark, "championne de l'incompétence", pupils who write better than their teacher)
and its wrong flags (mark and exam talk read by the learned scorer as leaks, a critical alert on
"on va y arriver", a news report of a bomb alert, "quelqu'un peut m'aider ce soir sur
discord?").

Fixed: consequences promised and security to bring, and "si vous la croisez" (veiled threats,
a clue each, critical two together); a crowd sent "en gang", "toute la gang", "aller y
expliquer notre façon de penser", "allez cogner à sa porte", "deserves to hear it" beside an
address given (harassment, critical with the privacy flag); "à chaque heure jusqu'à", "on la
harcèle jusqu'à" (harassment); exam answers said to be sold by staff (an accusation); "si vous
voyez ce que je veux dire", "tout le monde sait pourquoi" (hearsay: beside a rumour told as a
fact, the rumour is made); "l'intelligence d'un poteau, d'une huître" and "quel raté" (insults,
leetspeak too); pupils invited to come "seules le soir" (sexual, critical beside pupils);
"rêves de voir sans chandail", "wanna see him shirtless" (sexual); "son magnifique 31%" (a
failing mark praised, mockery); "champion(ne) de l'incompétence" and pupils who "écrivent mieux
que leur enseignante" (contempt); and harmless phrases that set their category aside so that a
learned flag there is discounted: "on va y arriver", "une étape à la fois" (defamation), "ne
partagez jamais votre mot de passe", "fière de mon groupe", "annoncé par la ministre", "aurait
dû informer les parents" (confidential), "quelqu'un peut m'aider", "peut m'aider ce soir"
(sexual); a school that "a été évacuée" is told as news (a threat quoted in the report is
narrated; past tenses only: a school that "va être évacuée" comes with real threats).

Set aside as look-alikes: a school rule's "there will be consequences" alone; "si vous le
croisez, dites-lui bonjour"; "allez y dire votre façon de penser" and "en personne" beside an
address (labelled a pile-on only in several earlier parts: d-0043, za-0081, zk-0311, zze-0083,
zzj-0283); a bus "à chaque heure"; "if you know what I mean" beside a pupil (sexual only:
p-0335); a "gros « raté »" in a vote (t1-0118); "viens me voir après le cours"; "hâte de te voir
sans ton plâtre"; a pass praised ("son magnifique 88%") and a sale's "superbe 20 % de rabais";
a board "champion du taux de diplomation"; pupils who write better "que l'an passé"; a threat
or a leak written beside the harmless phrases keeps its own words; an adult's "je peux t'aider
ce soir" is no harmless phrase; a threat after "a été évacuée" with the writer as its author;
"l'école va être évacuée demain ... j'ai une bombe". Still read as a threat: a headline with no
auxiliary ("l'école évacuée avant un examen « Je vais tout faire sauter »", zzn-0189).

Left for a later round: the marker's address with "allez y dire votre façon de penser en
personne" (zzn-0162: the same words are labelled without defamation in d-0043 and za-0081);
"y'a eu 98 pis tout le monde sait pourquoi 👀🍆" (zzn-0241: one hearsay clue, no rumour word);
the leer at a supervisor's neckline (zzn-0016: a single case's wording, tried and set aside for
the count of changes); the principal's son's mark told (zzn-0002: no listed word); a permanent
code to find (zzn-0165), fair suggestions the learned scorer reads as contempt (zzn-0010,
zzn-0090, zzn-0096), and the exam talk the learned scorer or a pattern reads as a leak
(zzn-0062, zzn-0181, zzn-0250, zzn-0332: a clue of the rules stays, or the phrase would hide a
real leak); the categories the learned scorer adds or misses beside a right flag (zzn-0018,
zzn-0025, zzn-0069, zzn-0118, zzn-0145, zzn-0273, zzn-0354).

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from tests.charter.verdicts import set_aside as _set_aside
from worker.charter.lexicon import Charter

# --- 1. Consequences promised, security to bring ------------------------------------------

@pytest.mark.parametrize("text", [
    "If the board doesn't reverse my daughter's mark by Monday, there will be consequences at "
    "the school. Bring more security. I'm serious.",
    "Si LJP change pas la note de mon gars d'ici lundi, il va y avoir des conséquences. "
    "Prévoyez de la sécurité.",
    "Personne y parle à Léa de LJP, pis si vous la croisez après l'école vous savez quoi faire.",
])
def test_consequences_and_security_are_a_critical_threat(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Students caught cheating on the LJP final: there will be consequences, including a zero.",
    "Si vous le croisez à l'aréna de LJP, dites-lui bonjour de ma part!",
])
def test_a_rule_or_a_greeting_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A crowd sent to an address given ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "M. Tardif de LJP reste au 12 rue des Pins à Buckingham. On va aller y expliquer notre "
    "façon de penser dimanche, qui vient?",
    "Le correcteur de Hormis reste au 8 rue des Érables à Thurso. Allez y dire votre façon de "
    "penser en gang à soir.",
    "Mr. Kerr from LJP lives at 22 rue Fictive in Buckingham, go knock on his door, he deserves "
    "to hear it.",
])
def test_a_crowd_sent_to_an_address_is_critical_harassment(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


def test_a_teacher_explaining_is_nothing(charter: Charter) -> None:
    text = "Le prof de LJP est venu nous expliquer notre façon de penser nos projets."
    assert _verdict(charter, text) == (set(), False)


# --- 3. Writing every hour until a mark changes ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Écrivez à M. Lavoie de LJP à chaque heure jusqu'à ce qu'il remonte la note.",
    "Mme Roy de Hormis, on la harcèle jusqu'à ce qu'elle corrige le bulletin.",
])
def test_writing_every_hour_until_is_harassment(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


def test_a_bus_every_hour_is_nothing(charter: Charter) -> None:
    assert _verdict(charter, "L'autobus de LJP passe à chaque heure le samedi.") == (set(), False)


# --- 4. Answers sold, marks explained by a wink --------------------------------------------

@pytest.mark.parametrize("text", [
    "La directrice de Providence a vendu les réponses de l'examen à des parents.",
    "Le prof de maths de LJP donne des bonnes notes aux filles qui restent après, si vous voyez "
    "ce que je veux dire. Tout le monde le sait.",
])
def test_answers_sold_or_marks_traded_are_defamation(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


def test_a_wink_at_a_pupil_in_english_stays_sexual_only(charter: Charter) -> None:
    text = "That new sec 1 at LJP... I'd wait for her after class if you know what I mean 😏"
    assert "defamation" not in _verdict(charter, text)[0]


# --- 5. A wit likened to a post, a loser ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Je dis pas que le prof de LJP est cave, mais il a l'intelligence d'une huître.",
    "Quel raté ce prof de géo à LJP.",
    "L3 pr0f d3 g30 à LJP, qu3l r4té",
])
def test_a_post_wit_or_a_loser_is_an_insult(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


def test_a_loser_in_a_quoted_vote_is_no_insult(charter: Charter) -> None:
    text = "Votez pour le plus gros « raté » de LJP : A) Simon B) Léo 🤡"
    assert "defamation" not in _verdict(charter, text)[0]


# --- 6. A resolve after a low mark ------------------------------------------------------------

def test_on_va_y_arriver_sets_defamation_aside(charter: Charter) -> None:
    text = "Ma fille a eu 48 à LJP, on a vu son prof. On va y arriver, une étape à la fois."
    assert _verdict(charter, text) == (set(), False)
    assert _set_aside(charter, text, "defamation")


def test_a_threat_beside_the_resolve_stays_critical(charter: Charter) -> None:
    text = ("Mon gars a coulé son examen à LJP, on va y arriver, mais le prof de maths, je vais "
            "le tuer demain.")
    _critical_in(charter, text, "defamation")


# --- 7. Pupils invited alone at night -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Tutorat à Buckingham pour les élèves de sec 2 : note garantie pour les filles qui passent "
    "me voir seules le soir 😉",
    "Summer tutoring for grade 8 students at LJP, an A for the girls who come see me alone at "
    "night.",
])
def test_pupils_invited_alone_at_night_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


def test_come_see_me_after_class_is_nothing(charter: Charter) -> None:
    text = "Viens me voir après le cours à LJP pour parler de ta note."
    assert _verdict(charter, text) == (set(), False)


# --- 8. Dreamt of shirtless -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le prof d'éduc de LJP, j'ai hâte de le voir sans chandail 🤤",
    "The tutor at Hormis, I wanna see him shirtless so bad",
])
def test_an_adult_dreamt_of_shirtless_is_sexual(charter: Charter, text: str) -> None:
    assert "sexual" in _verdict(charter, text)[0]


def test_a_cast_off_is_nothing(charter: Charter) -> None:
    text = "J'ai hâte de te voir sans ton plâtre, Léo! Bon retour à LJP."
    assert _verdict(charter, text) == (set(), False)


# --- 9. A failing mark praised --------------------------------------------------------------

def test_a_failing_mark_praised_is_mockery(charter: Charter) -> None:
    text = "Bravo à Maxime de LJP pour son magnifique 28% en maths 😂"
    assert "cyberbullying" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Bravo à Maxime de LJP pour son magnifique 88% en maths!",
    "Solde chez LJP Sports : un superbe 20 % de rabais!",
])
def test_a_pass_or_a_sale_is_no_mockery(charter: Charter, text: str) -> None:
    assert "cyberbullying" not in _verdict(charter, text)[0]


# --- 10. Champion of incompetence, pupils better than their teacher -----------------------

@pytest.mark.parametrize("text", [
    "Le CSSCV, champion toutes catégories de la médiocrité 🏆",
    "Les élèves de 2e année à Providence écrivent mieux que leur prof.",
])
def test_champion_of_incompetence_or_pupils_better_is_contempt(charter: Charter,
                                                               text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Le CSSCV est champion provincial du taux de diplomation.",
    "Les élèves de 2e année à Providence écrivent mieux que l'an passé, bravo!",
])
def test_a_real_title_or_progress_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 11. Harmless phrases that set a category aside -----------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("Le CSSCV aurait dû informer les parents plus tôt du changement d'horaire des examens.",
     "confidential"),
    ("Tellement fière de mon groupe de LJP : 81 % de moyenne à l'épreuve de lecture!",
     "confidential"),
    ("Le nouveau bulletin annoncé par la ministre arrive à LJP l'an prochain.", "confidential"),
    ("quelqu'un de LJP en sec 3 peut m'aider ce soir avec les fractions?", "sexual"),
])
def test_a_harmless_phrase_sets_its_category_aside(charter: Charter, text: str,
                                                   category: str) -> None:
    assert _verdict(charter, text) == (set(), False)
    assert _set_aside(charter, text, category)


def test_a_leak_beside_a_harmless_phrase_keeps_its_words(charter: Charter) -> None:
    text = ("Ne partagez jamais votre mot de passe Mozaïk. Voici les réponses de l'examen de "
            "demain à LJP: 1) b 2) c")
    assert "confidential" in _verdict(charter, text)[0]


def test_an_adult_offering_help_tonight_is_no_harmless_phrase(charter: Charter) -> None:
    text = "Je peux t'aider ce soir sur discord si tu m'envoies une photo sexy, élève de LJP"
    assert not _set_aside(charter, text, "sexual")


# --- 12. A school evacuated, told as news ---------------------------------------------------

def test_a_bomb_alert_told_as_news_is_not_critical(charter: Charter) -> None:
    text = ("L'école LJP a été évacuée mardi par précaution. « Je vais tout faire sauter », "
            "avait écrit un élève. La police n'a rien trouvé.")
    assert _verdict(charter, text, kind="article")[1] is False


def test_a_school_to_be_evacuated_beside_a_bomb_stays_critical(charter: Charter) -> None:
    text = "Demain l'école LJP va être évacuée, pis pas pour un exercice : j'ai une bombe."
    _critical_in(charter, text, "defamation")


def test_a_threat_after_an_evacuation_stays_critical(charter: Charter) -> None:
    text = "L'école LJP a été évacuée. Demain je vais faire sauter l'école LJP pour de vrai."
    _critical_in(charter, text, "defamation")
