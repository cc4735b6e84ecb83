"""The round of rules tuned on "m-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Set aside: a parent's words about their own child, an insult quoted to apologise for it,
a school or street "sera fermée", a job offer sending applicants to a careers page, a game
talked about with a ball emoji, a leak denied ("rien n'a fuité"), a "joke" told as such,
denials and disagreements, the organisation's "des mesures disciplinaires ont été prises", a
move to another school told as done. Read: crude sexual remarks, escort adverts and porn
hosts, a ministry exam's subject told early, contempt with no insult word, a home e-mail, a
SIN given as one, incitement to suicide said of someone, veiled threats, mockery of a
child's accident, insults by idiom.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.context import Context, own_child
from worker.charter.lexicon import Charter, ContextFile, build_charter
from worker.charter.model import Document
from worker.charter.rules import OWN_CHILD, RuleScorer, scan
from worker.charter.surface import build_surface

# --- 1. The writer's own child -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Toujours pas de retour de l'ESHG sur le plan d'intervention de ma fille. Quelqu'un a "
    "un contact au CSSCV?",
    "Mon garçon a un plan d'intervention depuis la 2e année pis l'ESLJP l'applique pas.",
    "Ma fille a le diabète pis l'infirmière de l'ESLJP est tellement fine avec elle, merci!",
])
def test_a_parent_telling_their_own_childs_file_or_health_is_no_breach(
        charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("Le plan d'intervention de Léa Gauthier (sec 2, ESHG) traîne sur la photocopieuse.",
     "confidential"),
    # The child only says whose teacher it is: the teacher's health is exposed.
    ("Le prof de mon fils à l'ESHG, M. Caron, a le cancer pis il l'a dit à personne.",
     "privacy"),
    # Someone else's child beside the writer's own.
    ("Ma fille m'a montré le dossier disciplinaire de Zoé Landry de l'ESHG.", "confidential"),
])
def test_someone_elses_file_or_health_stays_flagged(charter: Charter, text: str,
                                                     category: str) -> None:
    categories, _ = _verdict(charter, text)
    assert category in categories


def _context(text: str) -> Context:
    charter = build_charter([], ContextFile(markers={
        "own": ["mon fils", "ma fille"], "own_of": ["de mon fils", "de ma fille"]}))
    return scan(build_surface(text), charter)[1]


@pytest.mark.parametrize(("text", "first", "last", "owned"), [
    # Tokens as the surface reads them: "le plan d intervention de mon fils".
    ("le plan d'intervention de mon fils", 1, 3, True),  # its owner, after "de"
    ("mon fils a le diabète", 4, 4, True),  # its subject, just before
    ("le prof de mon fils a le cancer", 7, 7, False),  # "de mon fils" says whose prof
    ("ma fille a dit que léo a le diabète", 8, 8, False),  # too far to be its subject
    ("Ma fille Rosalie a le diabète", 5, 5, True),  # her first name between them
    ("ma fille pis léo ont le diabète", 5, 5, False),  # no first name: as far, too far
    ("voici le plan d'intervention. De mon fils, rien.", 2, 4, False),  # another sentence
])
def test_own_child_reads_the_child_as_owner_or_subject_only(text: str, first: int, last: int,
                                                            owned: bool) -> None:
    assert own_child(first, last, _context(text)) is owned


def test_a_parents_own_child_says_why_it_was_set_aside(charter: Charter) -> None:
    flags = RuleScorer(charter).score(Document(
        "Je demande une rencontre à l'ESHG pour le plan d'intervention de mon fils."))
    leak = next(f for f in flags if f.category == "confidential")
    assert leak.score == 0.0 and OWN_CHILD in leak.reasons[0]


# --- 2. An insult quoted to apologise for it --------------------------------------------

@pytest.mark.parametrize("text", [
    "Hier j'ai écrit « le prof d'éduc de l'ESHG est un cave ». C'était déplacé, je "
    "m'excuse auprès de lui.",
    "I wrote \"the ESLJP principal is an idiot\" last night. I apologize, it was out of line.",
    "Je m'excuse d'avoir dit que la secrétaire de l'ESHG était conne.",
])
def test_an_insult_the_writer_apologises_for_is_disowned(charter: Charter,
                                                         text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Le prof d'éduc de l'ESHG est un cave.",
    # The apology is not for the insult, which is said outright (not quoted).
    "Je m'excuse, mais le prof d'éduc de l'ESHG est un cave.",
])
def test_an_insult_said_outright_is_not_disowned_by_an_apology(charter: Charter,
                                                               text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


# --- 3. Closed: an account, or a school ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "L'école Saint-Laurent de Buckingham sera fermée lundi à cause d'une fuite d'eau.",
    "Avis aux parents de l'ESLJP : la rue Principale sera fermée jusqu'à jeudi pour des "
    "travaux.",
    "All CSSCV schools will be closed tomorrow because of the storm.",
])
def test_a_closure_notice_is_no_scam(charter: Charter, text: str) -> None:
    assert "spam" not in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Votre compte du portail parents du CSSCV sera désactivé demain. Confirmez vos "
    "informations ici : portail-verif.example.com",
    "CSSCV staff: your payroll account will be suspended. Verify your details here: "
    "paie-verif.example.net",
])
def test_an_account_threatened_with_closing_is_a_scam(charter: Charter, text: str) -> None:
    assert "spam" in _verdict(charter, text)[0]


# --- 4. A job offer sending applicants to the careers page ----------------------------

@pytest.mark.parametrize("text", [
    "Le CSSCV recrute des concierges et des surveillants d'élèves! Postulez sur la page "
    "Carrières de notre site.",
    "Offre d'emploi : l'ESHG recrute des suppléants. Tous les postes sont dans la section "
    "Carrières du site du centre de services.",
])
def test_the_employers_own_job_offer_is_no_solicitation(charter: Charter, text: str) -> None:
    assert "spam" not in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Je recrute des mamans motivées de l'ESHG, revenu passif, écrivez-moi en privé!",
    "Le CSSCV recrute des « testeurs de produits » payés 40 $/h de la maison, voir notre "
    "site 👉 jobs-maison.example.xyz",
])
def test_a_recruiter_selling_something_is_still_solicitation(charter: Charter,
                                                             text: str) -> None:
    assert "spam" in _verdict(charter, text)[0]


# --- 5. A game, told with a ball --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Samedi on va les massacrer 🏀 Go Lynx de l'ESHG!",
    "On va les écraser pis les tuer vendredi 😤⚽ allez l'ESLJP",
])
def test_a_threat_beside_a_ball_emoji_is_sports_talk(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Je vais massacrer le prof de maths de l'ESHG samedi.",
    # Aimed at someone by role: a threat, ball or no ball.
    "Je vais massacrer le coach de l'ESHG après la game 🏒",
])
def test_a_threat_at_a_person_stays_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


# --- 6. Denied, disagreed with, told as a joke ------------------------------------------

@pytest.mark.parametrize("text", [
    "Y'a une rumeur comme quoi les codes d'alarme de l'ESLJP ont coulé. C'est faux, rien "
    "n'a fuité.",
    "Je suis pas en train de dire que la directrice de l'ESLJP est une idiote, mais la "
    "décision est mal expliquée.",
    "Loin de moi l'idée de dire que le CSSCV se fout des enfants; le transport est juste "
    "mal organisé.",
    "Qui a écrit que le prof de musique de l'ESHG a été congédié? C'est faux, il est en "
    "congé de paternité.",
    "Someone here wrote that ESLJP teachers are 'a bunch of clowns'. I disagree, they've "
    "been great with my kids.",
    "Mon gars a dit ça comme une joke au souper, rien de méchant contre l'ESHG.",
])
def test_a_clue_denied_disagreed_with_or_told_as_a_joke_is_set_aside(charter: Charter,
                                                                     text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("Le code d'alarme de l'ESLJP a fuité : 4-4-1-9.", "confidential"),
    ("Je suis en train de dire que la directrice de l'ESLJP est une idiote.", "defamation"),
    ("ESLJP teachers are a bunch of clowns. I disagree with the new schedule too.",
     "disparaging"),
    ("L'ESHG, c'est une joke.", "disparaging"),
])
def test_the_same_clue_said_outright_stays_flagged(charter: Charter, text: str,
                                                   category: str) -> None:
    assert category in _verdict(charter, text)[0]


# --- 7. The organisation's public line; a move told as done -------------------------------

@pytest.mark.parametrize("text", [
    "Une bagarre a éclaté à l'ESHG mardi. La direction indique que des mesures "
    "disciplinaires ont été prises.",
    "Le CSSCV affirme que des mesures disciplinaires seront prises, sans dire lesquelles.",
])
def test_a_news_line_that_discipline_followed_is_no_leak(charter: Charter, text: str) -> None:
    assert _verdict(charter, text, kind="article") == (set(), False)


def test_a_named_disciplinary_file_is_still_a_leak(charter: Charter) -> None:
    text = "Le dossier disciplinaire de Samuel Roy (sec 4, ESHG) circule sur Snap."
    assert "confidential" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Mme Lavoie a juste changé d'école, elle enseigne à Thurso maintenant. Rien de grave!",
    "Les élèves qui ont changé d'école en janvier sont bien intégrés à l'ESLJP.",
])
def test_a_move_told_as_done_is_no_call_to_leave(charter: Charter, text: str) -> None:
    assert "cyberbullying" not in _verdict(charter, text)[0]


@pytest.mark.parametrize(("text", "category"), [
    ("Zoé de l'ESHG, personne veut de toi, change d'école.", "cyberbullying"),
    # A family named by its surname is people one can identify.
    ("Les enfants Gagnon de l'ESHG sont en famille d'accueil, la mère a perdu la garde.",
     "privacy"),
])
def test_a_call_to_leave_and_a_named_familys_situation_stay_flagged(
        charter: Charter, text: str, category: str) -> None:
    assert category in _verdict(charter, text)[0]


# --- 8. Sexual remarks, escort adverts, porn hosts ---------------------------------------

@pytest.mark.parametrize(("text", "critical"), [
    ("La nouvelle prof d'anglais de l'ESHG est une vraie MILF 🔥", False),
    ("Le prof d'éduc de l'ESLJP a l'air bien monté dans son short 😳", False),
    ("Je paierais cher pour entendre la secrétaire de l'ESHG quand elle jouit", False),
    ("Une fille de sec 2 à l'ESHG qui a déjà un corps de femme, wow", True),
])
def test_a_crude_sexual_remark_is_sexual(charter: Charter, text: str,
                                         critical: bool) -> None:
    categories, is_critical = _verdict(charter, text)
    assert "sexual" in categories and is_critical is critical


@pytest.mark.parametrize("text", [
    "L'ESHG jouit d'une excellente réputation en sciences.",
    "Le spectacle de fin d'année de l'ESHG était bien monté, bravo aux élèves!",
    "La police a escorté l'autobus de l'ESHG jusqu'à Ottawa.",
    "Le cours de bio de l'ESHG porte sur le corps humain.",
])
def test_words_that_only_look_sexual_are_not(charter: Charter, text: str) -> None:
    assert "sexual" not in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Escortes VIP disponibles ce soir à Buckingham, textez-moi. Bonne rentrée à l'ESHG!",
    "Photos du bal de l'ESHG ici 👉 hotxxxgirls.site/bal",
])
def test_an_escort_advert_or_a_porn_host_is_sexual_and_spam(charter: Charter,
                                                            text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert {"sexual", "spam"} <= categories and not critical


# --- 9. A ministry exam's subject, told early ------------------------------------------

@pytest.mark.parametrize("text", [
    "Info de mon oncle : l'épreuve unique de français de juin porte sur les réseaux "
    "sociaux 😉 #ESHG",
    "Heads up ESLJP: the provincial math exam this year is about a bike trip. Study rates!",
])
def test_a_ministry_exams_subject_told_early_is_a_leak(charter: Charter, text: str) -> None:
    assert "confidential" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "L'examen de maths de demain à l'ESHG porte sur les fractions, révisez bien!",
    "Le ministère a annoncé que l'épreuve unique de juin porte sur un texte argumentatif.",
    "L'épreuve unique de français, c'est sûr que c'est stressant pour les sec 5 de l'ESHG.",
    "The provincial exam is on June 12 at ESLJP, good luck everyone!",
])
def test_a_study_guide_or_an_announced_exam_is_no_leak(charter: Charter, text: str) -> None:
    assert "confidential" not in _verdict(charter, text)[0]


# --- 10. Contempt with no insult word --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Les profs de l'ESLJP se foutent des élèves, c'est clair.",
    "The ESHG office staff couldn't care less about our kids.",
    "À l'ESHG, les secrétaires agissent comme si elles nous faisaient une faveur.",
    "The ESLJP board meeting was a circus.",
    "Les profs de l'ESHG, du monde pas capables de faire autre chose.",
])
def test_contempt_without_an_insult_is_disparaging(charter: Charter, text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Le concierge de l'ESHG nous a fait une faveur en ouvrant le gym samedi, merci!",
    "The ESHG science fair was a success.",
    "Je ne pense pas que les profs de l'ESLJP se foutent des élèves.",
    "I couldn't care less about the rumours, ESHG teachers are great.",
])
def test_a_favour_done_or_a_denial_is_no_contempt(charter: Charter, text: str) -> None:
    assert "disparaging" not in _verdict(charter, text)[0]


# --- 11. Personal contacts and identifiers ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Le courriel personnel de la directrice de l'ESHG : nathalie.r1974@gmail.com",
    "The ESLJP coach's home email is coachmarc88@hotmail.com if you want a quicker answer",
    "NAS de la concierge de l'ESHG trouvé dans le bac : 123 456 780",
    "Mme Thibault from ESHG lives next door to my cousin, the yellow house on the corner.",
])
def test_a_personal_contact_or_identifier_is_private(charter: Charter, text: str) -> None:
    assert "privacy" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Écrivez au secrétariat de l'ESHG : eshg@csscv.gouv.qc.ca",
    "Numéro de dossier 123 456 780, ESHG",
    "Lives next door to a school? Expect traffic near ESHG at 8am.",
])
def test_an_office_contact_or_a_bare_number_is_not(charter: Charter, text: str) -> None:
    assert "privacy" not in _verdict(charter, text)[0]


# --- 12. Incitement said of someone; veiled threats ------------------------------------

@pytest.mark.parametrize("text", [
    "Tout le monde à l'ESHG pense que Karim Larouche devrait se tuer.",
    "Honestly Jess from ESLJP should unalive herself",
    "The world would be better without that kid from ESHG, he should just end it",
    "Mégane de l'ESLJP, fais-nous tous une faveur pis disparais pour de bon.",
])
def test_incitement_to_suicide_said_of_someone_is_critical(charter: Charter,
                                                          text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories and critical


@pytest.mark.parametrize("text", [
    "Si ton ami parle de se tuer, parles-en à un adulte de l'ESHG.",
    # Said of no one named: a strike, a budget.
    "The union and the CSSCV should just end it already, this strike is hurting ESHG "
    "students.",
    "The CSSCV will cut deeper into services at ESHG next year.",
])
def test_talk_of_suicide_or_of_ending_a_strike_is_no_incitement(charter: Charter,
                                                                 text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Si la prof d'ES me met encore en retenue, j'vais lui planter mon crayon dans la main.",
    "If he shows up at ESLJP Monday he won't walk out of it.",
    "Au CSSCV, ils vont tous y passer, un après l'autre.",
    "J'arrive à l'ESHG demain avec mon bat.",
    "Jade from ESHG better not show up tomorrow. Everyone knows what's gonna happen 👊",
])
def test_a_veiled_or_plain_threat_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Mon gars a oublié son bat de baseball à l'ESHG, quelqu'un l'a vu?",
    "Everyone knows what's gonna happen at the ESHG budget meeting: nothing.",
    "Le prof de théâtre m'a aidée à planter le décor à l'ESHG.",
    "J'vais lui planter un gros bec à la prof de l'ESHG pour la remercier!",
    "Les élèves de sec 3 de l'ESHG vont tous y passer à la clinique de vaccination jeudi.",
])
def test_a_lone_weak_clue_is_no_threat(charter: Charter, text: str) -> None:
    assert "defamation" not in _verdict(charter, text)[0]


# --- 13. Mockery, pile-ons, insults by idiom -------------------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("Lol le p'tit Antoine de l'ESHG a encore pissé dans ses culottes pendant l'oral 😂",
     "cyberbullying"),
    ("Charles Dion de l'ESLJP se lave jamais, restez loin", "cyberbullying"),
    ("Les profs de l'ESLJP sont une gang d'hypocrites.", "defamation"),
    ("The ESHG staff are a bunch of drunks.", "defamation"),
    ("La secrétaire de l'ESHG a pas inventé le bouton à quatre trous.", "defamation"),
    ("La combinaison du cadenas du local de musique de l'ESHG est 12-34-08.",
     "confidential"),
])
def test_mockery_insults_and_codes_are_flagged(charter: Charter, text: str,
                                                category: str) -> None:
    assert category in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Mon fils faisait pipi au lit à 5 ans, c'est normal, dit l'infirmière de l'ESHG.",
    "Le club de théâtre de l'ESHG joue Tartuffe, une pièce sur les hypocrites.",
    "La combinaison gagnante au bingo de l'ESHG était 12-34-08.",
])
def test_their_harmless_look_alikes_are_not(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_going_in_a_group_to_an_address_is_critical_bullying(charter: Charter) -> None:
    text = ("Le prof qui a collé mon chum à l'ESLJP reste au 42, rue des Pins à Thurso. On y "
            "va en gang samedi?")
    categories, critical = _verdict(charter, text)
    assert {"cyberbullying", "privacy"} <= categories and critical


@pytest.mark.parametrize("text", [
    "Le spectacle des profs de l'ESHG est samedi, on y va en gang!",
    "C'est la fête de Mme Roy de l'ESHG, go leave her some love in the comments!",
])
def test_going_in_a_group_with_no_address_is_an_outing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
