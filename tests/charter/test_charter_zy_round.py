"""The round of rules tuned on "zy-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: politics and public debate around the schools: strikes and picket lines, negotiations,
budgets, elections, Bills 21 and 96, gender identity and sex education, vaccination, book
removals, flags. Their critical misses (a car promised through a picket line "and I won't
brake", "je vais y passer dessus avec mon char"; a door code given "pour ceux qui veulent
rentrer régler ça"; a pupil's age guessed beside a leer, "elle a quel âge, 15?" after 🤤, or
"bonne ... pour 13 ans 🤤"; pupils urged to "pratiquer" with a teacher in a sex-education
thread; a personal e-mail given with "une centaine de courriels par jour"; "we know which one
is yours in the lot", "I know your route home"), their weakest category, defamation (smears
with no insulting word: "un nazi", "un fasciste" said of a named person, a staff member who
"aime un peu trop" the boys, one "payé en faveurs sexuelles", "retournez en Ontario", a
vaccine said to make girls sterile), their pile-ons (an inbox to flood, a contest to make a
pupil cry, a day to ruin, 🐷 on every photo, a trans pupil's former name told) and their
worst precision (shame at a decision read as contempt, "la rentrée va nous tuer" read as a
threat).

Fixed: a vehicle driven at people: "passer dessus" or "rentrer dedans" with the writer's
car, a picket line driven through without braking, "I'll run them over" (a pattern); a call
to go in and settle it, a threat beside a leaked code (terms, with the confidential flag); a
minor's age guessed or named beside a leering emoji (a pattern); "pratiquer avec" a teacher
or pupils proposed in a sex-education thread (a pattern); an inbox or a phone to flood, and a
count of e-mails to send by the day or each, critical beside a private address (patterns);
"un nazi", "une fasciste", "are fascists" (terms); a staff member who likes young boys or
girls "un peu trop" or is "trop proche" of them (a pattern); a staff member "payé en faveurs
sexuelles" (terms); a group sent back to a province or a country (a pattern); a vaccine said
to make children sterile or autistic (terms); a contest to make a pupil cry, a day made "the
worst of her life" (terms), a hostile emoji put on every post of someone (a pattern); a trans
person's former name told (a pattern); shame at a decision ("for closing", "d'avoir coupé") or
at a fact ("c'est honteux que") set aside; "nous tuer" set aside as "me tuer" is; what a
crowd knows of someone ("we know which car is yours", "which bus he takes", "on sait c'est
lequel ton casier") and "I know your route home" (a pattern, terms).

Set aside as look-alikes: a pothole driven over, a picket line crossed to drop a child, a drive
"without stopping for coffee", a team to crush at a tournament; a door code for a parents'
evening, a dispute to settle at a meeting; a new pupil's age asked, a birthday cake with 🤤;
role-plays practised in a sex-education class; a secretariat that receives many e-mails, a
spring flood, a campaign to an organisation; the history of the Nazis; a daughter who likes
the boys too much, a teacher who likes homework too much; a daughter going back to Ontario,
"retournez en classe", a son going back to see his father; a vaccine refuted or a refutation
reported; a day that was the worst of one's life, hearts on every photo; a maiden name, a club
renamed; a team's season to ruin; an exam week that "va nous tuer"; a lunchbox whose owner is
known, a caterer who knows "which exit you use".

Left for a later round: threats with no violent word and no known possession ("devrait faire
attention en rentrant chez elle le soir", "it'd be a real shame if someone brought a can of
gas", "on va s'en occuper nous-autres", "send them back in a box", "j'amène ma 12" to a
meeting); a pupil threatened read as defamation but not as the cyberbullying it also is ("we
know which bus stop is yours" said to a "little snitch"); exclusion without a listed word
("personne invite Rosalie à la fête", "Les amis de personne"); leaks told without a document
word (a budget "version de travail non adoptée", a director chosen "officiel dans deux
semaines", a Teams chat screenshot); contempt with no listed word ("une secte", "bottom of the
barrel", "des missionnaires"); sexual remarks on staff with no listed word ("watch the DG's
ass", "chandail moulant"); election and petition links repeated (spam); a slur reported to
condemn it still read as contempt ("Someone wrote 'f*g club' ... Disgusting."); a teacher's
class "dont 9 avec un plan d'intervention" read as a leaked file; "Faites circuler!" under a
health scare read as cyberbullying; "elle a l'air d'aimer ça les jeunes" (a teacher) not read.
Limits seen: "we know which bus is yours" is critical even when a school tells parents where
to wait (no such text in the set); the leer must be one of 🤤 🥵 😏 😈 👅 beside the age, so
"elle a quel âge, 15?" with no emoji stays an age asked; "pratiquer avec" needs a wish
("devraient", "veux", "should") and the sex-education word before it in the text; a worried
parent's question "est-ce vrai que le vaccin rend les filles stériles?" is read as the rumour.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A vehicle promised as a weapon; a code given to go in and settle it -----------------

@pytest.mark.parametrize("text", [
    "Si les grévistes bloquent encore la sortie de l'ESHG, j'leur passe dessus avec mon "
    "pick-up.",
    "Les profs du piquet devant LJP, je vais leur rentrer dedans avec mon char demain matin.",
    "Je fonce dans le piquet de Hormis lundi pis je freine pas.",
    "I'm gonna drive right through the picket line at LJP tomorrow and I won't slow down.",
    "If those strikers at ESHG block the road again I'll run them over.",
    "Le code de l'alarme de LJP c'est 2291, pour ceux qui veulent entrer régler ça avec les "
    "remplaçants.",
    "The back door code at ESHG is 7734, for anyone who wants to go in and settle this with "
    "the scabs.",
])
def test_a_car_driven_at_people_or_a_code_to_go_in_is_a_critical_threat(charter: Charter,
                                                                         text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Le nid-de-poule devant l'ESHG est tellement gros que j'ai passé dessus avec mon char pis "
    "j'ai crevé.",
    "I drove through the picket line at LJP this morning to drop my kid, the teachers waved.",
    "I'm driving through Buckingham to the LJP game and I won't stop for coffee.",
    "On va leur passer dessus samedi au tournoi de l'ESHG, notre équipe est prête!",
    "Le directeur de LJP a demandé aux parents de ne pas foncer dans le stationnement avec leur "
    "char.",
    "Le CE de l'ESHG se réunit jeudi, ceux qui veulent rentrer régler ça avec la direction sont "
    "bienvenus.",
])
def test_a_pothole_a_crossing_or_a_meeting_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_code_for_a_parents_evening_is_a_leak_not_a_threat(charter: Charter) -> None:
    categories, critical = _verdict(
        charter, "Le code de la porte du gymnase de LJP c'est 4410, pour ceux qui veulent "
        "rentrer à la soirée des parents.")
    assert "defamation" not in categories
    assert not critical


# --- 2. A minor's age beside a leer; "practice" proposed in a sex-education thread ----------

@pytest.mark.parametrize("text", [
    "La nouvelle de sec 3 à LJP sur la photo du spectacle 🥵 elle a quoi, 14?",
    "She's hot for 14 🤤 that ESHG cheerleader in the yearbook",
    "T'as vu la fille de sec 2 à Hormis au gala, pas pire pour 13 ans 😏",
    "Le cours d'éducation sexuelle à LJP? Les filles de sec 2 devraient pratiquer avec le prof "
    "de gym 😏",
    "Sex ed at ESHG: the grade 8 boys should practise with their teacher, she'd love it",
])
def test_a_young_persons_age_leered_at_or_practice_proposed_is_critical_sexual(
        charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "La nouvelle élève de sec 3 à LJP, elle a quel âge, 15? Elle est super gentille.",
    "Ma fille a eu 12 ans hier, on a fêté avec ses amies de l'ESHG 🎂🤤 le gâteau était "
    "tellement bon",
    "Elle a fait un gâteau pour sa fille de 12 ans 🤤 merci à la cuisine de l'ESHG",
    "Éducation sexuelle à LJP : les élèves de sec 3 vont pratiquer avec leur enseignante des "
    "mises en situation sur le consentement.",
    "Au cours d'éducation sexuelle de l'ESHG, on apprend à dire non; mon gars devrait pratiquer "
    "avec sa sœur à la maison pour l'oral d'anglais.",
])
def test_an_age_asked_a_birthday_or_a_class_role_play_is_nothing(charter: Charter,
                                                                 text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. An inbox to flood, e-mails counted by the day --------------------------------------

@pytest.mark.parametrize("text", [
    "Tout le monde, inondez sa boîte de courriels au prof de maths de LJP jusqu'à vendredi.",
    "Let's flood Mr. Roy's inbox at ESHG tonight, he deserves it.",
])
def test_an_inbox_to_flood_is_cyberbullying(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"cyberbullying"}, False)


def test_e_mails_by_the_day_to_a_private_address_is_critical(charter: Charter) -> None:
    categories, critical = _verdict(
        charter, "Envoyez-lui 50 courriels par jour, son courriel perso c'est "
        "marc.roy1977@hotmail.com, le prof de LJP.")
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Le secrétariat de l'ESHG reçoit une centaine de courriels par jour pendant la grève, soyez "
    "patients.",
    "La secrétaire de LJP répond à des dizaines de courriels par jour, un gros merci à elle!",
    "The spring flood closed the road to LJP, buses will take the detour.",
    "Parents, flood the CSSCV board with your comments before Tuesday's budget vote!",
])
def test_a_workload_a_flood_or_a_campaign_to_a_board_is_nothing(charter: Charter,
                                                                 text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. Smears with no insulting word ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le prof d'histoire de LJP, Marc Pilon, c'est un nazi pis tout le monde le sait.",
    "Mme Roy à l'ESHG est une fasciste, elle interdit les casquettes.",
    "The CSSCV trustee Paul Grant is a fascist, plain and simple.",
    "Le surveillant de dîner à LJP aime un peu trop les petites filles, surveillez vos enfants.",
    "That ESHG bus driver likes the little girls a bit too much if you ask me.",
    "Le coach de Hormis est ben trop proche des jeunes garçons de son équipe.",
    "The ESHG coach gets paid in sexual favours by the booster moms, everybody knows.",
    "Les profs français de LJP qui chialent contre nos accents, retournez en France.",
    "Those Ontario families at ESHG complaining about Bill 96 can go back to Ontario.",
    "Qu'ils retournent dans leur pays, les nouveaux de la classe d'accueil de Providence.",
    "Le vaccin contre la grippe donné à LJP rend les enfants autistes, le CSSCV le sait.",
    "The HPV shot they give grade 4 girls at ESHG makes girls infertile. Share before it's "
    "deleted.",
])
def test_a_smear_with_no_insult_is_defamation(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert not critical


def test_paid_in_sexual_favours_is_also_a_sexual_rumour(charter: Charter) -> None:
    categories, _ = _verdict(
        charter, "La secrétaire de LJP se fait payer en faveurs sexuelles par le concierge, "
        "demandez-y.")
    assert categories == {"defamation", "sexual"}


@pytest.mark.parametrize("text", [
    "Les élèves de sec 4 de LJP ont visité le Musée de l'Holocauste pour comprendre les camps "
    "nazis.",
    "Mon gars à l'ESHG fait un exposé sur l'Allemagne nazie et la montée des fascistes en "
    "Italie.",
    "Ma fille de sec 4 aime un peu trop les garçons ces temps-ci 🙄 ses notes à l'ESHG "
    "baissent.",
    "Le prof de LJP aime un peu trop les devoirs, mon gars en a trois heures par soir.",
    "Mme Roy de l'ESHG est très proche de ses élèves, ils l'adorent.",
    "Le code de conduite du CSSCV interdit de demander des faveurs sexuelles en échange de "
    "notes.",
    "Ma fille retourne en Ontario cet été, elle termine son secondaire à l'ESHG en juin.",
    "Après le tournoi de LJP, les joueurs retournent en Ontario dimanche.",
    "Le directeur de l'ESHG nous a dit : retournez en classe après la pause, merci!",
    "My son should go back to Ontario to see his dad after the ESHG exams.",
    "Non, le vaccin VPH donné à l'ESHG ne rend pas les filles stériles, l'infirmière l'a bien "
    "expliqué.",
    "Ceux qui disent que le vaccin de LJP rend les filles stériles se trompent, lisez les "
    "études.",
])
def test_history_a_daughter_a_trip_or_a_refuted_rumour_is_nothing(charter: Charter,
                                                                  text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. Pile-ons on a named person; a trans person's former name told ----------------------

@pytest.mark.parametrize("text", [
    "Concours à LJP : qui va réussir à la faire pleurer, la nouvelle de sec 2, avant Noël?",
    "Tout le monde au gala de l'ESHG, on hue Zoé quand elle monte sur le stage. Faisons-en la "
    "pire journée de sa vie.",
    "Let's all show up at Maya's recital at Hormis and make it the worst day of her life.",
    "Leave a 🤡 on every post of Mr. Gagnon from ESHG until he deletes his account.",
    "Mettez des 💩 sous chacune de ses photos, la TES de LJP qui a dénoncé notre groupe.",
    "Le nouveau à l'ESHG, Alex Roy, il est trans, il s'appelait Alexandra avant. Faites passer.",
    "That LJP kid Jordan is trans, his real name is Emily, look it up.",
])
def test_a_pile_on_or_an_outing_is_cyberbullying(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


@pytest.mark.parametrize("text", [
    "Mettez un ❤️ sur chaque photo de nos finissants de LJP, ils le méritent!",
    "Le jour de l'accident de son père a été la pire journée de sa vie, soyons doux avec Léo à "
    "l'ESHG.",
    "Ma fille dit que l'oral d'anglais à Hormis a été la pire journée de sa vie 😂",
    "We'll make it the worst day of their season, go Hormis! 🏀",
    "Mme Lacroix de LJP s'appelait Tremblay avant son mariage, c'est pour ça que le bottin est "
    "mêlé.",
    "Le club trans-culturel de l'ESHG s'appelait Club Monde avant la fusion.",
])
def test_hearts_a_bad_day_told_or_a_maiden_name_is_nothing(charter: Charter,
                                                           text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. Shame at a decision or a fact; a hard week that "kills" the writer's team ----------

@pytest.mark.parametrize("text", [
    "Shame on the CSSCV for cutting the bus route to Thurso, parents deserve an answer.",
    "Honte au centre de services d'avoir coupé le transport du midi à Masson-Angers.",
    "C'est une honte que le gymnase de LJP soit encore fermé en novembre.",
    "It's shameful that ESHG still has no school nurse.",
    "Les examens de fin d'année à LJP vont nous tuer, mais on lâche pas 💪",
    "This strike week at ESHG is killing us, but we're ready for Monday.",
])
def test_shame_at_a_decision_or_a_hard_week_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Shame on the ESHG staff, a bunch of lazy clowns.",
    "Honte à la direction de LJP qui traite les parents comme des imbéciles.",
])
def test_shame_on_people_called_names_stays_disparaging(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "disparaging" in categories


def test_a_threat_to_kill_you_stays_critical(charter: Charter) -> None:
    categories, critical = _verdict(
        charter, "Je vais vous tuer, les profs de LJP, vous allez voir lundi.")
    assert "defamation" in categories
    assert critical


# --- 7. What a crowd knows of someone: their car, their locker, their way home -------------

@pytest.mark.parametrize("text", [
    "To the ESHG teacher who reported my son: we know which car is yours. Have a nice day.",
    "Au prof de LJP qui a suspendu mon gars : on sait c'est lequel ton casier au salon des "
    "profs.",
    "That Hormis kid who snitched on the team, we know which bus he takes.",
    "To the LJP principal: I know your schedule. I know your route home.",
])
def test_a_known_car_locker_or_way_home_is_a_critical_threat(charter: Charter,
                                                             text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "I found a lunchbox near the ESHG office, I think I know which one is yours, Mia!",
    "On sait quelle équipe est la meilleure à LJP 🎉 bravo les filles!",
    "The caterer for the LJP gala: we know which exit you use, we'll park the truck there.",
])
def test_a_lunchbox_the_best_team_or_a_delivery_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
