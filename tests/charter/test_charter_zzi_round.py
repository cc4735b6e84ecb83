"""The round of rules tuned on "zzi-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: the news and the justice system around the schools (articles, court reports, police
releases, letters to the editor, columns, corrections, and the comments under them). Its
critical misses (a beating promised deep in a long open letter, a principal's or a manager's
personal cell handed to the crowd, cheerleaders called "jailbait", a pupil told to kill
herself), its privacy misses (a pupil's autism named in the news, a teacher's street address
in a portrait), its precision (a tribunal's ruling, an acquittal, a youth-court verdict, a
retraction, an exam leak reported with the board's word, an answer that calls a word unfair),
its misses (lewd asides about women on staff, graduates who cannot do their trade, a pupil to
be made to "feel it").

Fixed: the beating "of his life" promised ("il va manger la volée de sa vie"; a veiled threat of
violence, critical); a private phone rung again and again until the person breaks (crowd clues,
critical beside a private number); someone's personal number handed round with "faites tourner" (a
pattern, critical); "jailbait" (desire for a minor, and a minor marker); a staff member's authority
wished on the writer ("elle peut me punir quand elle veut", "give me detention any day"; a group
that is never critical, since the writer's kid is often named near) and a woman on staff "as
dessert"; the boys held by a woman on staff ("c'est pas pour ses dictées que les gars écoutent"; a
pattern, and "pas surprenant que les gars s'inscrivent en musique" after a woman is named, a clue
beside another); an address written "au 302 de la rue" (the address pattern); a named pupil's
autism ("souffre d'un trouble du spectre", "est autiste"); a court's ruling read as an announcement
(a dismissal or a suspension it names is no leak, even beside a titled name); a retraction, a
verdict and a "n'a pas commenté" read as news reporting; the board's inquiry into a leak (benign
phrases); "mais dire que ..., c'est injuste pour ..." (a claim, then a rebuttal); tradespeople who
cannot do their trade (contempt); a pupil to be made to "feel it" (a pattern); suicide urged with
"juste" between or closed on what it would settle.

Set aside as look-alikes: a team's rout of its life; a fright of one's life; a bus every 5
minutes; a coach everyone calls by a nickname; a teacher's cell given to parents for an
outing; cheerleaders praised for a title; a principal's rules on detention; praise of a
program or a coach the boys sign up for; a school's future address; a parent telling of an
own child's autism; a prize for work with autistic pupils; a leaked file still shown; a
newcomer to be made to feel welcome; pride to be made felt; a teacher who should rest.

Left for a later round: trial pictures traded or asked for in private (zzi-0001, zzi-0214);
deaths wished "la prochaine fois" (zzi-0018); a victim blamed with more pictures promised
(zzi-0076); "j'vais y crisser une claque sur la gueule" (zzi-0105); a supervisor texting a
pupil she is "mature" (zzi-0158); a car and where it is parked at night (zzi-0177); pictures
from a locker room sold, with no privacy clue (zzi-0182); "we'll deal with him ourselves
behind the gym" (zzi-0191); "how old is she? asking for me" (zzi-0204); "pousser contre un
mur. Promis." (zzi-0263); crowds sent with words no list holds ("allez le ramasser",
"on passe ce soir les gars", "y faire un tour en gang", "allez tous le huer"; zzi-0044,
zzi-0207, zzi-0331, zzi-0213); an address "1190 chemin de Montréal Ouest" with no personal
word, so privacy stays under 0.5 and the crowd call is not critical (zzi-0241); staff named
with a title or a surname alone in an HR move (zzi-0016, zzi-0084, zzi-0094: letting
"dossier d'une personne nommée" count a titled name made six older confidential-only cases
worse); "Appelez là, pas sur le cell personnel" read as "appelez-la" (zzi-0159); quoted
insults condemned nine words later (zzi-0160: the reported marker must be within eight);
a contractor and free work in a fraud trial read as an ad (zzi-0172); columns of contempt
with no listed word (zzi-0015, zzi-0189, zzi-0253).
Limits seen: the boys' enrolment counts only after "elle", "Mme", "madame", "directrice" or
"enseignante" within 160 characters, and as a clue only ("Mme Roy est géniale, pas surprenant que
les gars s'inscrivent en robotique" is praise), so a columnist's "comprend pourquoi les gars
s'inscrivent" beside a quoted lewd remark is missed (zzi-0346); the number handed round needs "son
cell perso", "son numéro perso" or "his private cell", and "faites tourner", "faites circuler",
"spread it" or "share it around" (not "faites passer"); "faites-y sentir" is read as hostile unless
"que", "combien", "bienvenu", "fier" and the like follow; the court words ("a donné raison", "a été
acquitté", "salle d'audience") now spare every HR term near them, even next to a titled name; "se
tuer, ça réglerait" stays a clue in a sentence that denies it.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. The beating "of his life" promised --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le surveillant de Hormis qui a confisqué le cell de mon gars, m'as le croiser pis il va "
    "manger la raclée de sa vie.",
    "That LJP coach who cut my son is gonna get the beating of his life in the parking lot "
    "tonight.",
])
def test_the_beating_of_a_life_promised_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Les Griffons de LJP ont mangé la volée de leur vie en finale, 9 à 0.",
    "Mon gars a eu la frousse de sa vie au party d'Halloween de Hormis.",
])
def test_a_rout_or_a_fright_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A private phone rung until the person breaks; 3. a personal number handed round -----

@pytest.mark.parametrize("text", [
    "Son numéro perso : 819-455-2291, la TES de LJP. Toute la soirée aux 5 minutes, jusqu'à "
    "ce qu'elle craque.",
    "The Hormis secretary's home number is 819-455-2291. Every 5 minutes until she cracks.",
])
def test_a_private_phone_rung_until_she_breaks_is_critical(charter: Charter,
                                                            text: str) -> None:
    _critical_in(charter, text, "cyberbullying")


@pytest.mark.parametrize("text", [
    "Le directeur de Hormis, son numéro perso c'est le 819-455-2291. Faites circuler.",
    "Here's the LJP principal, his private cell is 819-455-2291. Spread the word.",
])
def test_a_personal_number_handed_round_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "cyberbullying")


@pytest.mark.parametrize("text", [
    "Le bus de LJP passe aux 5 minutes le matin, pas de stress.",
    "Le coach de Hormis, on l'appelle tous coach Bob depuis des années.",
    "Mme Roy de LJP a donné son cell perso aux parents pour la sortie, faites passer l'info.",
])
def test_a_bus_a_nickname_or_an_outings_number_is_nothing(charter: Charter,
                                                          text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. "Jailbait" --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Les filles de l'équipe de cheer de LJP sur la photo du journal, jailbait mais ça vaut la "
    "peine 🥵",
    "Hormis volleyball girls in the paper today... total jail bait 😏",
])
def test_girls_called_jailbait_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


def test_cheerleaders_praised_is_nothing(charter: Charter) -> None:
    text = "Les meneuses de claque de LJP ont gagné le championnat, bravo les filles!"
    assert _verdict(charter, text) == (set(), False)


# --- 5. A staff member's authority wished on the writer -------------------------------------

@pytest.mark.parametrize("text", [
    "La nouvelle directrice de Hormis à la télé, elle peut me punir quand elle veut 😏",
    "That LJP vice-principal can give me detention any time 😉",
    "The Hormis gym teacher in the paper can manhandle me anytime",
])
def test_a_staff_members_authority_wished_is_sexual(charter: Charter, text: str) -> None:
    assert "sexual" in _verdict(charter, text)[0]


def test_the_same_beside_the_writers_kid_is_not_critical(charter: Charter) -> None:
    text = "The sub at my kid's school LJP is cute, she can give me detention anytime"
    assert _verdict(charter, text) == ({"sexual"}, False)


@pytest.mark.parametrize("text", [
    "Le directeur de LJP peut nous punir quand il veut, c'est le règlement.",
    "At LJP the principal can give detention to any student who skips class.",
])
def test_a_principals_rules_on_detention_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. The boys held by a woman on staff ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Belle entrevue de la prof de danse de LJP, mais c'est pas pour ses chorégraphies que les "
    "gars restent après l'école 😏",
    "La nouvelle enseignante de chimie de Hormis, quel beau petit cul, pas étonnant que les "
    "gars s'inscrivent en sciences fortes.",
])
def test_the_boys_held_by_a_woman_on_staff_is_sexual(charter: Charter, text: str) -> None:
    assert "sexual" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "C'est pour ses projets de robotique que les gars de LJP restent après l'école, merci "
    "M. Roy!",
    "Le coach de Hormis, M. Roy, est génial; pas surprenant que les gars s'inscrivent en "
    "sport-études.",
    "Je comprends pourquoi les gars s'inscrivent en mécanique au CFP de LJP, les ateliers "
    "sont neufs.",
    "Mme Gauthier de Hormis est géniale, pas surprenant que les gars s'inscrivent en robotique!",
])
def test_a_program_or_a_coach_the_boys_sign_up_for_is_nothing(charter: Charter,
                                                              text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. An address "au 302 de la rue"; 8. a named pupil's autism ----------------------------

@pytest.mark.parametrize("text", [
    "L'enseignant de LJP qui a été acquitté habite au 14 de la rue Maple à Thurso avec sa "
    "famille.",
    "Le directeur de Hormis reste au 220 du chemin Lépine, la maison jaune.",
])
def test_a_home_address_with_de_la_rue_is_private(charter: Charter, text: str) -> None:
    assert "privacy" in _verdict(charter, text)[0]


def test_a_schools_future_address_is_nothing(charter: Charter) -> None:
    text = ("La nouvelle école primaire près de LJP ouvrira au 300 de la rue Principale, selon "
            "le CSSCV.")
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Selon nos sources, la victime, Léo Gagnon, 13 ans, élève à LJP, est atteint d'un trouble "
    "du spectre de l'autisme.",
    "The injured pupil, Noah Tremblay, 12, of LJP, is autistic, witnesses said.",
])
def test_a_named_pupils_autism_in_the_news_is_private(charter: Charter, text: str) -> None:
    assert "privacy" in _verdict(charter, text, kind="article")[0]


@pytest.mark.parametrize("text", [
    "Mon fils est autiste et la classe TSA de LJP a tout changé pour lui.",
    "Une enseignante de Hormis a reçu un prix pour son travail auprès des élèves ayant un "
    "trouble du spectre de l'autisme.",
])
def test_a_parents_word_or_a_prize_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 9. A court's ruling; 10. a retraction, a verdict, no comment ---------------------------

@pytest.mark.parametrize("text", [
    "Le tribunal a conclu que le congédiement du concierge de LJP respectait la convention "
    "collective.",
    "Le tribunal a donné raison au CSSCV : la suspension sans solde de Mme Roy, enseignante à "
    "LJP, était justifiée.",
    "Rétractation : nous avons affirmé que la secrétaire de LJP était suspendue. Cette "
    "information est inexacte.",
])
def test_a_ruling_or_a_retraction_in_the_news_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text, kind="article") == (set(), False)


@pytest.mark.parametrize("text", [
    "Un élève de Hormis a été reconnu coupable d'avoir diffusé des photos d'une camarade sans "
    "son consentement.",
    "L'enseignant de LJP, qui était suspendu depuis un an, n'a pas commenté le verdict.",
])
def test_a_verdict_or_no_comment_in_the_news_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text, kind="article") == (set(), False)


def test_a_disciplinary_file_passed_on_stays_a_leak(charter: Charter) -> None:
    text = ("Le dossier disciplinaire de M. Roy de LJP, je l'ai eu par les RH : congédiement en "
            "juin.")
    assert "confidential" in _verdict(charter, text)[0]


def test_pictures_spread_by_the_writer_stay_private(charter: Charter) -> None:
    text = ("L'élève de Hormis a diffusé des photos de Léa Roy sans son consentement, je les ai "
            "encore.")
    assert "privacy" in _verdict(charter, text)[0]


# --- 11. The board's inquiry into a leak ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "L'examen d'histoire de LJP a été repris mardi. Selon le CSSCV, une enquête interne est en "
    "cours pour déterminer l'origine de la fuite.",
    "The LJP board said an internal investigation is under way to find the source of the leak "
    "of the math exam.",
])
def test_an_inquiry_into_a_leak_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text, kind="article") == (set(), False)


def test_a_leaked_document_shown_stays(charter: Charter) -> None:
    text = "Voici la fuite : les questions de l'examen de français de LJP, document interne."
    assert "confidential" in _verdict(charter, text)[0]


# --- 12. A word called unfair to those it names ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Les résultats de LJP sont décevants, oui. Mais dire que c'est un dépotoir, c'est injuste "
    "pour les profs.",
    "But to say that Hormis is a dump is unfair to the kids who work hard there.",
])
def test_a_word_called_unfair_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_the_word_said_outright_stays(charter: Charter) -> None:
    assert "disparaging" in _verdict(charter, "LJP c'est un dépotoir, c'est tout.")[0]


# --- 13. Tradespeople who cannot do their trade ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Le CFP de Hormis sort des mécaniciens qui savent pas changer un pneu.",
    "Welders who can't weld, that's what the LJP trade program turns out.",
])
def test_graduates_who_cannot_do_their_trade_is_disparaging(charter: Charter,
                                                            text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


def test_a_welding_workshop_for_beginners_is_nothing(charter: Charter) -> None:
    text = "Atelier au CFP de Hormis pour les élèves qui savent pas encore souder, inscrivez-vous!"
    assert _verdict(charter, text) == (set(), False)


# --- 14. A pupil to be made to "feel it" ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le gardien de LJP a tout fait perdre, faites-y sentir lundi à la cafétéria.",
    "Les deux de sec 2 à Hormis qui ont stoolé, faites-leur sentir à la récré.",
])
def test_a_pupil_to_be_made_to_feel_it_is_cyberbullying(charter: Charter, text: str) -> None:
    assert "cyberbullying" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Le nouveau de LJP arrive lundi, faites-y sentir qu'il est le bienvenu!",
    "Faites-leur sentir combien on est fiers d'eux, les finissants de Hormis!",
])
def test_a_welcome_or_pride_made_felt_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 15. Suicide urged with a word between or closed on what it would settle ---------------

@pytest.mark.parametrize("text", [
    "Le p'tit Mathéo Roy de LJP devrait juste se pendre, personne s'en rendrait compte.",
    "Jade Roy de Hormis, si elle pouvait se tuer, ça réglerait toute.",
])
def test_suicide_urged_on_a_named_pupil_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "cyberbullying")


def test_a_teacher_who_should_rest_is_nothing(charter: Charter) -> None:
    text = "Le prof de LJP devrait juste se reposer, il travaille trop."
    assert _verdict(charter, text) == (set(), False)
