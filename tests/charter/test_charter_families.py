"""Families of clues read with their structure: written here, never taken from a labelled set.

An act of violence counts when someone means it and aims it; an exposure counts under a
condition (blackmail); a harmless phrase hides the term it holds; a call to go after someone
next to their address is critical.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.categories import Severity
from worker.charter.classify import classify
from worker.charter.lexicon import Charter
from worker.charter.model import Document


@pytest.mark.parametrize("text", [
    "M'as aller crisser une volée au concierge de l'école demain matin.",
    "On va brûler l'école Saint-Jean vendredi soir, personne va nous arrêter.",
    "I'm gonna beat up the gym teacher after class, he won't see it coming.",
    "We should burn down the school board office with everyone in it.",
    "La prof de français va se faire planter dans le stationnement, je vous le garantis.",
    "je v@is te p3ter la face mon osti de prof",
])
def test_an_act_of_violence_meant_and_aimed_is_a_critical_threat(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Je vais tuer le temps en lisant avant le conseil d'établissement.",
    "Notre équipe va écraser l'autre école samedi, on va les battre à plate couture!",
    "I'm going to shoot some photos of the graduation ceremony for the school.",
    "Le concierge va brûler les feuilles mortes dans la cour demain.",
    "On va aller voir le spectacle des élèves jeudi, j'ai hâte!",
    "Mon gars va avoir un accident de parcours s'il n'étudie pas, mais bon.",
])
def test_violent_words_in_ordinary_phrases_are_not_threats(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("Si tu me donnes pas ma note, je publie les messages que tu m'as envoyés. "
     "T'as jusqu'à vendredi.", "defamation"),
    ("Le directeur est un sale pédale pis un hypocrite.", "defamation"),
    ("That principal is a lying crook and a drunk.", "defamation"),
    ("Les profs de cette école sont des épais finis, aucun jugement.", "disparaging"),
    ("What a bunch of clueless amateurs running the school board.", "disparaging"),
    ("Everyone go flood her DMs and tell her how ugly she is lol", "cyberbullying"),
    ("Appelez-la tous en même temps cette nuit, la prof de maths, lâchez-la pas.",
     "cyberbullying"),
    ("Le prof de gym a un OnlyFans, contenu explicite pour les abonnés.", "sexual"),
])
def test_families_beyond_the_labelled_phrases(charter: Charter, text: str,
                                              category: str) -> None:
    assert category in _verdict(charter, text)[0]


@pytest.mark.parametrize(("text", "category"), [
    ("Léa t'es tellement laide, tu devrais te tirer une balle.", "cyberbullying"),
    ("Nobody would miss you Kevin, just end it all tonight.", "cyberbullying"),
    ("Le surveillant a filmé des élèves dans le vestiaire, c'est dégueu.", "sexual"),
])
def test_self_harm_and_minors_filmed_are_critical(charter: Charter, text: str,
                                                  category: str) -> None:
    categories, critical = _verdict(charter, text)
    assert category in categories and critical


def test_an_exposure_without_a_condition_is_not_blackmail(charter: Charter) -> None:
    assert "defamation" not in _verdict(charter, "Je publie les photos du bal demain soir.")[0]


def test_a_call_to_go_after_someone_beside_their_address_is_critical(charter: Charter) -> None:
    text = ("La prof de maths reste au 12 rue des Érables à Thurso. "
            "Allez y dire votre façon de penser ce soir.")
    categories, critical = _verdict(charter, text)
    assert {"privacy", "cyberbullying"} <= categories and critical


@pytest.mark.parametrize("text", [
    "Crisse que c'est beau le spectacle des élèves, bravo tout le monde!",
    "Les élèves apprennent à se protéger contre la sextorsion lors d'un atelier.",
    "Selon la police, un élève aurait menacé de tirer sur des enseignants; il a été arrêté.",
])
def test_praise_prevention_and_news_stay_clean(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "École Providence jeudi 💣💣 à 11h",
    "poly des Vallées 🧨🧨 demain matin, je dis juste ça",
    "Grade 7 wing tomorrow 💣 tick tock",
    "💣 au centre administratif. Restez chez vous.",
])
def test_a_bomb_emoji_with_a_moment_or_a_warning_is_a_critical_threat(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Le spectacle de Noël de l'école Providence, c'était la bombe 💣 bravo aux élèves!",
    "Vente de bombes de bain samedi à la kermesse 🛁💣 pour le voyage de fin d'année",
    "Graduation party was the bomb 💣 see you all next week!",
    "💣💣💣",
])
def test_a_bomb_emoji_as_praise_or_alone_is_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "La direction de l'école Saint-Jean, vous allez voir ce qui va arriver à la rentrée.",
    "Les profs du secondaire 3 vont le regretter. J'ai une liste.",
    "Staff at the board office: your last week is coming. Remember my name.",
    "Aux employés du centre de services : vous allez payer, et pas en argent.",
    "ça va sauter au bureau de la direction, profitez-en pendant que vous êtes là",
])
def test_a_veiled_threat_aimed_at_a_school_or_its_staff_is_critical(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Vous allez voir ce qui va arriver en finale samedi, notre équipe est prête!",
    "Ceux qui ont manqué le concert vont le regretter, c'était tellement beau.",
    "Les Faucons vont le regretter en finale, notre équipe est en feu!",
])
def test_a_veiled_threat_in_a_boast_or_praise_is_no_threat(charter: Charter,
                                                           text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Je vais faire un Columbine à la poly, vous allez voir.",
    "someone should pull a columbine at that school",
    "Y'a une bombe dans le gymnase de l'école, bonne chance.",
    "Demain j'arrive à l'école avec une hache.",
    "I'm coming to the board meeting with my rifle.",
    "On va brûler le centre administratif avec le directeur général dedans.",
    "I'll burn that school to the ground.",
])
def test_a_named_massacre_a_planted_bomb_a_weapon_or_a_fire_is_critical(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Le feu a réduit la vieille grange en cendres, aucun blessé selon les pompiers.",
    "Le cours d'histoire sur Columbine et Polytechnique a beaucoup touché les élèves.",
    "Ce film m'a touché, les élèves devraient le voir avant la fin de l'année.",
    "Exercice d'évacuation à l'école demain à 10h : restez calmes et suivez les consignes.",
])
def test_history_fire_news_and_drills_are_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Les filles de 2e secondaire sont ben développées pour leur âge 🤤",
    "that 8th grader is hot for her age ngl",
    "Les petites de maternelle, vivement qu'elles grandissent 😏",
])
def test_a_minor_s_body_remarked_on_is_critical_sexual_content(charter: Charter,
                                                               text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories and critical


@pytest.mark.parametrize("text", [
    "Le surveillant de l'école vend de la drogue aux jeunes, il devrait être en prison.",
    "Le prof de gym tripote les élèves dans le vestiaire, tout le monde le sait.",
    "That teacher touches kids, everyone knows it.",
    "Les immigrants à l'école, c'est dans leur culture d'être violents.",
    "Retournez dans votre pays, les nouveaux profs.",
])
def test_a_crime_laid_at_someone_s_door_or_a_group_s_nature_blamed_is_defamation(
    charter: Charter, text: str
) -> None:
    assert "defamation" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Samuel de sec 3, on le pogne après l'école pis on lui règle son compte.",
    "Let's catch him after school by the field, no witnesses.",
])
def test_a_call_to_beat_someone_up_is_a_critical_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


def test_a_clue_made_critical_by_an_address_says_so_not_minor(charter: Charter) -> None:
    text = "Allez lui régler son cas à ce prof, il reste au 12 rue des Érables."
    verdict = classify(Document(text, kind="post"), charter)
    [flag] = [f for f in verdict.flags if f.category == "cyberbullying"]
    assert flag.severity is Severity.CRITICAL
    assert any("coordonnées" in r for r in flag.reasons)
    assert not any("mineur" in r for r in flag.reasons)


@pytest.mark.parametrize("text", [
    "On va les tuer samedi au tournoi, go les Faucons de l'ESHG!",
    "We're gonna murder them on the court Friday, let's go Hormisdas-Gamelin!",
    "Les Griffons vont massacrer la poly LJP en finale, préparez les civières.",
    "Notre équipe de volley a fusillé l'adversaire 🔫 quel match!",
    "L'équipe de hockey va se faire planter en troisième période si on joue de même.",
])
def test_violent_words_in_sports_talk_are_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Je vais tuer le coach après la game, il m'a mis sur le banc.",
    "On va tuer la directrice de l'ESHG après le match de vendredi.",
])
def test_a_threat_at_a_person_stays_a_threat_beside_a_game(charter: Charter,
                                                             text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Ce cours de chimie à l'ESLJP va me tuer lol, 3 examens en 2 jours.",
    "This math exam is killing me, send help.",
    "Les sec 5 vont tuer ça au spectacle de talents à soir!",
    "The drop-off zone is chaos every morning. Someone's going to get hurt, add a crossing guard.",
])
def test_exam_jokes_performances_and_safety_worries_are_no_threat(charter: Charter,
                                                                   text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "gonna set the ESLJP gym on fire during the assembly, watch",
    "Si je rentrais à la poly avec une machette, ça ferait de la peine à personne.",
    "school shooter simulator irl at the poly next week, no cap",
    "Les profs de l'ESHG ➡️ ⚰️⚰️ bientôt",
])
def test_arson_a_weapon_a_shooting_or_a_coffin_with_a_moment_is_critical(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "The band set the stage on fire last night, bravo to the music teachers!",
    "Our team set the court on fire in the final, champions!",
    "Lockdown drill: what to do in a school shooting drill, a guide for parents.",
    "Mon grand-père ⚰️ nous a quittés, merci aux profs pour leur soutien.",
])
def test_praise_drills_and_mourning_are_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("s u i c i d e - t o i Coralie, signé toute la classe", "cyberbullying"),
    ("j.v.a.i.s   f.a.i.r.e   s.a.u.t.e.r   l.a   p.o.l.y   v.e.n.d.r.e.d.i", "defamation"),
])
def test_words_spelled_out_letter_by_letter_are_read_word_by_word(charter: Charter, text: str,
                                                                  category: str) -> None:
    categories, critical = _verdict(charter, text)
    assert category in categories and critical


@pytest.mark.parametrize("text", [
    "qui a les nudes de Kayla M. de sec 3?? jpaye 20$",
    "Le rapport d'enquête sur la technicienne Annie Bisson : plainte de 3 parents, je l'ai en PDF.",
    "Selon un rapport interne, l'enseignant Patrice Côté a reçu un avertissement écrit.",
])
def test_intimate_images_or_a_file_of_a_named_person_are_privacy(charter: Charter,
                                                                 text: str) -> None:
    assert "privacy" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Un enseignant de l'ESHG a fait l'objet d'une enquête administrative, confirme le CSSCV.",
    "Mme Gagnon a présenté le plan de réussite au conseil d'établissement hier.",
])
def test_an_unnamed_file_or_a_named_person_without_one_is_not_privacy(charter: Charter,
                                                                       text: str) -> None:
    assert "privacy" not in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Told my cousin to wait for Ms. Dubé outside the school at 3:15. She'll learn some respect.",
    "La gang a voté: Samuel se fait noyer dans la piscine au cours d'éduc jeudi 😂",
    "What that principal needs is a good smack in the mouth, monday morning at drop-off.",
    "ngl ESHG is the type of school that needs a shooter to wake the staff up",
    "Mr. Bergeron better enjoy his last weekend with his kids",
])
def test_waiting_outside_drowning_wished_violence_and_last_days_are_threats(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "I'll wait for my son outside after school today, the bus is late again.",
    "Je suis noyée dans les corrections ce soir, pauvre moi.",
    "The Sec 5 physics final literally murdered me. I'm dead.",
    "Enjoy your last week of summer, see you all at school on Monday!",
])
def test_pickups_workloads_and_the_end_of_summer_are_no_threat(charter: Charter,
                                                               text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Mme Fortin, son adresse c'est le 112 ch. des Érables. Faites ce que vous voulez avec l'info.",
    "She lives at 88 Maple Crescent. Let's make her life hell, show up at her door.",
])
def test_an_address_left_to_the_crowd_is_critical_doxxing(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert {"privacy", "cyberbullying"} <= categories and critical


def test_a_secret_kept_from_a_child_s_parents_is_critical_sexual_content(
        charter: Charter) -> None:
    text = ("Coach privé offre séances gratuites aux garçons de 12-14 ans, chez moi, pas besoin "
            "d'en parler aux parents, c'est notre petit secret 🤫")
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories and critical


def test_a_surprise_kept_from_the_parents_is_nothing(charter: Charter) -> None:
    text = "Party surprise pour la fête des mères à l'école, les enfants: dis-le pas à tes parents!"
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("c'est quand que quelqu'un va faire à la poly ce qui s'est passé à Dawson? chu volontaire",
     "defamation"),
    ("ok tlm, demain midi on regle le cas de la nouvelle en sec 1. amenez vos bagues",
     "defamation"),
    ("Kayla pas besoin de revenir lundi si tu veux rester en vie. t'es avertie.", "defamation"),
    ("À ta place Rosalie je me réveillerais pas demain matin, t'es un fardeau pour tout le monde.",
     "cyberbullying"),
])
def test_named_massacres_settling_scores_and_staying_alive_are_critical(
    charter: Charter, text: str, category: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert category in categories and critical


@pytest.mark.parametrize("text", [
    "Alicia Nadeau la nouvelle, c'est une fille trans, son ancien nom c'était Alex.",
    "Faites attention: le garçon Thériault en 3e année a la gale, l'école nous dit rien!!",
])
def test_outing_and_a_named_child_s_condition_are_privacy(charter: Charter, text: str) -> None:
    assert "privacy" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "If my kid ever said 'kys' to someone at school I'd take his phone for a month.",
    "Radio caller said 'someone should burn down the CSSCV offices', the host cut him off.",
    "Calling a teacher 'a disgrace' because your kid got a 58 is wild.",
])
def test_single_quoted_words_someone_else_said_are_reported(charter: Charter,
                                                             text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# Bomb threats in contracted joual: the verb of an explosion said in the first person or the
# future, aimed at a place, at people or at a moment; emojis of an explosion add to it.
@pytest.mark.parametrize("text", [
    "ajd jfais sauter la poly Hormisdas, vous êtes avertis",
    "j'fais péter le bureau du CSSCV demain matin 💣",
    "m'as toute faire exploser l'école vendredi, restez chez vous",
    "jvais faire sauter vos bureaux au centre de services, c pas une joke 💥💥",
    "On fait sauter la bâtisse à midi. Tic tac.",
    "I'm gonna blow up the school on monday, stay home",
])
def test_an_explosion_promised_in_any_spelling_is_a_critical_threat(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Mon gars va sauter une classe l'an prochain à l'école Providence, on est fiers!",
    "La bibliothèque de l'ESHG va faire sauter les frais de retard pour la rentrée.",
    "Au cours de cuisine de la poly, on fait sauter les crêpes demain midi 🥞",
    "Le micro-ondes du salon du personnel a fait sauter le fusible encore aujourd'hui.",
    "Nos élèves ont fait exploser les records de la collecte de fonds cette semaine!",
    "Les feux d'artifice du bal vont sauter ce soir 💥 bravo au comité!",
    "Un élève a menacé de faire sauter la poly hier, la SQ enquête et les cours reprennent.",
])
def test_making_fees_fuses_or_records_jump_is_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_the_evidence_of_an_explosion_in_emojis_is_exact(charter: Charter) -> None:
    text = "auj jfais sauter la poly 💥💥 #serieux"
    verdict = classify(Document(text, kind="post"), charter)
    spans = [e for f in verdict.flags for e in f.evidence]
    assert spans and all(text[e.start:e.end] == e.text for e in spans)


# A wish that someone act on their talk of dying is incitement to suicide; help is not.
@pytest.mark.parametrize("text", [
    "Noémie dit qu'elle veut mourir depuis une semaine. Ben qu'elle le fasse, on va avoir la paix.",
    "Tu parles tout le temps de te tuer Mathis. Vas-y fais-le, personne va te retenir.",
    "Zack keeps saying he wants to die. Go ahead and do it then, nobody's stopping you.",
    "Elle veut se suicider Léa? personne va t'en empêcher, fais-le donc",
])
def test_a_wish_to_see_suicidal_talk_acted_on_is_critical_cyberbullying(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories and critical


@pytest.mark.parametrize("text", [
    "Semaine de prévention du suicide à l'ESHG: si un ami dit qu'il veut mourir, "
    "parlez-en à un adulte avant qu'il le fasse.",
    "Prévention du suicide : on veut que chaque élève de la poly sache qu'il peut en parler.",
    "Le comité étudiant organise la course de la prévention du suicide, gêne-toi pas pour "
    "t'inscrire!",
    "Go ahead and sign up for the school's suicide prevention walk on Saturday.",
])
def test_suicide_prevention_is_no_incitement(charter: Charter, text: str) -> None:
    assert "cyberbullying" not in _verdict(charter, text)[0]


# A relationship between an adult of the school and a student, said or asked: sexual and
# critical, and an accusation laid at a named person's door.
@pytest.mark.parametrize("text", [
    "Est-ce que c'est vrai que le prof d'éduc de la poly sort avec une élève de sec 4?",
    "Mme Gagnon de l'école Providence a une liaison avec un élève, toute la poly le sait.",
    "Is it true Mr. Lacroix is dating one of his students? The whole school is talking.",
    "Le surveillant couche avec une de ses élèves, ça fait des mois.",
])
def test_a_rumoured_relationship_with_a_student_is_sexual_and_critical(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories and critical


def test_a_rumour_about_a_named_teacher_and_a_student_is_an_accusation_too(
    charter: Charter
) -> None:
    text = "M. Bélanger de l'ESHG a-tu une relation avec une élève? Toute l'école en parle."
    assert {"sexual", "defamation"} <= _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Cours d'éducation à la sexualité en sec 4 : relations amoureuses saines et consentement.",
    "Mme Roy a une belle relation avec ses élèves, c'est la meilleure prof de l'ESHG.",
    "Atelier pour les parents : comment parler de sexualité avec votre ado, jeudi à 19h.",
    "Our sex-ed unit for grade 9 students covers healthy relationships and consent.",
])
def test_sex_education_and_good_rapport_are_not_rumours(charter: Charter, text: str) -> None:
    assert "sexual" not in _verdict(charter, text)[0]


# Contempt through a metaphor after an "is" or a "like", or through understatement.
@pytest.mark.parametrize("text", [
    "L'école Sainte-Famille c'est rendu un zoo, pis la direction regarde ailleurs.",
    "Le CSSCV, c'est un cirque à 200 millions par année.",
    "La poly Hormisdas est une usine à diplômes, rien de plus.",
    "Le service aux parents du CSSCV nous traite comme du bétail.",
    "That school is basically a daycare with a gym.",
    "Le comité de parents? Des plantes vertes, on dirait des figurants.",
    "Le site du CSSCV est à peu près aussi utile qu'une porte moustiquaire dans un sous-marin.",
    "À l'ESHG les profs font semblant d'enseigner pis les jeunes font semblant d'écouter.",
    "La direction de la poly se soucie plus de son stationnement que des élèves.",
    "The board cares more about its logo than about the kids.",
    "Vous êtes juste bons à envoyer des sondages, la gang du CSSCV.",
])
def test_contempt_through_metaphor_or_understatement_is_disparaging(
    charter: Charter, text: str
) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Le Cirque du Soleil offre un atelier aux élèves de l'école Providence, quelle chance!",
    "Les élèves de l'école du cirque de la poly présentent leur spectacle vendredi.",
    "Le CSSCV annonce l'ouverture d'une garderie scolaire à Thurso en septembre.",
    "Les élèves de 2e année de Sainte-Famille visitent le zoo de Granby jeudi.",
    "Je ne suis pas d'accord avec la décision du CSSCV de couper le transport du midi; "
    "c'est un choix qui pénalise les familles, et j'espère qu'il sera revu.",
    "La direction de l'ESHG devrait mieux expliquer le nouvel horaire aux parents.",
])
def test_circus_shows_daycares_and_firm_criticism_are_not_contempt(
    charter: Charter, text: str
) -> None:
    assert _verdict(charter, text) == (set(), False)


# A veiled threat through the person's daily life: their car, where they park or live, their
# way to school, a warning to be careful. Two half-said clues together make the threat.
@pytest.mark.parametrize("text", [
    "La directrice de l'ESHG ferait mieux de faire attention quand a démarre son char le soir.",
    "That principal should be careful when he starts his car in the morning, just saying.",
    "Le prof de chimie, on sait où il stationne. Y'é mieux de pas se présenter lundi.",
    "Ma gang pis moi on sait où tu restes, la prof de 4e année.",
    "Mr. Caron better not show up Monday. I know where he parks.",
    "J'ai pus rien à perdre. Les portes du gymnase de la poly sont jamais barrées.",
    "Nothing left to lose now. Remember that when you lock up the school tonight.",
])
def test_a_threat_through_a_car_a_home_or_a_route_is_critical(charter: Charter,
                                                              text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


@pytest.mark.parametrize("text", [
    "Les parents devraient faire attention dans la zone de débarcadère de l'ESHG le matin.",
    "Mon char démarre pas le matin, le stationnement de l'école est glacé.",
    "Les autobus se stationnent devant l'école le matin, quelqu'un devrait faire attention.",
    "Les portes de côté de la poly sont jamais barrées, la direction doit régler ça.",
    "Le spectacle des sec 5 va faire du bruit vendredi, bravo à toute l'équipe!",
    "Students should be careful on the icy stairs by the ESHG gym this week.",
])
def test_a_safety_worry_or_a_parking_complaint_is_no_threat(charter: Charter,
                                                            text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "jvais tuer l'oral d'espagnol demain à la poly, j'ai tellement pratiqué",
    "On va tuer la présentation de sciences à l'ESHG jeudi 💪",
    "I'm gonna kill this presentation tomorrow at ESHG, wish me luck",
])
def test_killing_an_oral_or_a_presentation_is_a_boast(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_killing_a_teacher_after_the_oral_stays_a_threat(charter: Charter) -> None:
    text = "je vais tuer le prof d'anglais après l'oral à la poly"
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories and critical


# An adult seeking private contact with children (grooming): asking for their Snapchat or
# number, writing to them at night, adding them. A child asking classmates is not.
@pytest.mark.parametrize("text", [
    "Un moniteur du camp de jour de l'ESHG demande leur snap aux jeunes de 10 ans pis leur "
    "écrit tard le soir.",
    "The bus driver asks the grade 5 kids for their snapchat and texts them at night.",
    "La stagiaire en éduc ajoute des élèves de sec 1 sur Insta pis les texte la nuit.",
])
def test_an_adult_asking_children_for_private_contact_is_critical_grooming(
    charter: Charter, text: str
) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories and critical


@pytest.mark.parametrize("text", [
    "Les élèves de sec 3 de l'ESHG, donnez-moi vos snaps on fait un groupe pour le projet!",
    "Ma fille de 12 ans a demandé à ses amies leur snap pour le party de fin d'année.",
    "Le prof a créé un groupe Teams pour les élèves de sec 4; pas de textos le soir.",
])
def test_classmates_sharing_snaps_or_a_class_group_is_nothing(charter: Charter,
                                                              text: str) -> None:
    assert "sexual" not in _verdict(charter, text)[0]


# Sexual images of students offered, sold or asked for, often as an advert with a link.
@pytest.mark.parametrize("text", [
    "🔞 Photos de finissantes de la poly sans censure, lien en bio",
    "selling videos of students from the ESHG locker room, e-transfer only",
    "Filles de sec 2 à l'ESHG, envoyez-moi vos photos en bikini, je paie bien 😉",
    "Une prof de la poly envoie des sextos à un élève de sec 3, tout le monde le sait.",
])
def test_sexual_images_or_messages_involving_students_are_critical(charter: Charter,
                                                                   text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories and critical


@pytest.mark.parametrize("text", [
    "Les photos de finissantes et finissants sont arrivées au secrétariat de l'ESHG.",
    "Soirée 🔞 pour les parents bénévoles de l'ESHG, cocktails inclus",
    "Bravo aux finissantes et finissants de la poly, quel beau bal!",
])
def test_graduation_photos_and_an_adults_party_are_not_sexual(charter: Charter,
                                                             text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# An address or number given with a veiled invitation to go and see or call the person.
@pytest.mark.parametrize("text", [
    "La technicienne de l'ESHG, Line Dubé, reste au 44 rue Lafleur. Pour ceux qui voudraient "
    "lui parler, vous savez quoi faire.",
    "Mr. Giroux from the poly lives at 12 Oak Street. Drop by tonight, bring eggs.",
    "Le numéro perso du directeur de la poly c'est le 819-555-0177, appelez-le pour y dire "
    "ce que vous pensez.",
])
def test_an_address_with_a_veiled_invitation_is_critical_doxxing(charter: Charter,
                                                                 text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "privacy" in categories and critical


@pytest.mark.parametrize("text", [
    "Pour ceux qui voudraient lui parler, Mme Roy sera au gymnase de l'ESHG jeudi à 19h.",
    "Stop by the ESHG book fair Thursday, bring the kids!",
    "Pour info, portes ouvertes à l'école Providence samedi, pour ceux que ça intéresse.",
])
def test_an_invitation_without_an_address_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# Contempt through irony, pity or an idiom, no insult: two clues, or one beside an eye-roll.
@pytest.mark.parametrize("text", [
    "Le CSSCV a encore changé l'horaire 🙄 ça a tellement bien marché la dernière fois.",
    "La soi-disant « consultation » du CSSCV : trois jours pour répondre 🙄",
    "Ms. Dubé at ESHG stopped caring years ago, those kids deserve better.",
    "Je plains sincèrement les enfants qui vont à la poly LJP. Quelle misère.",
    "The board's so-called leadership team: truly visionary, as always 🤡",
])
def test_contempt_through_irony_or_pity_is_disparaging(charter: Charter, text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Félicitations à l'équipe de robotique de l'ESHG pour ce nouveau record, quel exploit!",
    "Les élèves de l'ESHG méritent mieux que ces coupures; je plains les enfants qui perdent "
    "leur aide.",
    "Exam de maths demain à la poly 🙄 souhaitez-moi bonne chance",
    "Le trou noir de l'exposition d'astronomie de la poly était magnifique!",
])
def test_sincere_congratulations_firm_criticism_and_eye_rolls_at_oneself_are_fine(
    charter: Charter, text: str
) -> None:
    assert _verdict(charter, text) == (set(), False)


# A call to harass a member of the staff is defamation (harassment); the same call at a
# student stays cyberbullying alone.
@pytest.mark.parametrize("text", [
    "Le cell du directeur de l'ESHG, textez-le toute la nuit jusqu'à ce qu'il recule.",
    "Call Mrs. Lalonde from the poly at 3am, every night, she cancelled the trip.",
])
def test_a_call_to_harass_a_staff_member_is_defamation(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


def test_a_call_to_harass_a_student_is_not_defamation(charter: Charter) -> None:
    text = "Maya de sec 2 à l'ESHG, on va la texter toute la nuit, tout le monde en même temps."
    assert "defamation" not in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "La prof de musique de l'ESHG a pratiqué toute la nuit pour le concert, bravo!",
    "Rumour has it the ESHG band is playing at the winter carnival, can't wait!",
])
def test_praise_and_harmless_rumours_are_not_defamation(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Ngl the CSSCV buses are always late but the drivers are sweethearts so I can't even be "
    "mad",
    "Huge thanks to the staff at ESHG ❤️ you have no idea what that means to us.",
    "La relâche du CSSCV tombe en même temps que celle de l'Ontario, c'est un mauvais choix.",
])
def test_fondness_and_times_that_hold_a_term_are_no_breach(charter: Charter,
                                                           text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("The teachers at ESHG can't even spell, what a bunch of clowns.", "disparaging"),
    ("The principal has no idea what she's doing, useless.", "disparaging"),
    ("Appelez-la tous en même temps cette nuit, la prof de maths, lâchez-la pas.",
     "cyberbullying"),
])
def test_the_same_words_in_contempt_or_a_pile_on_stay_flagged(charter: Charter, text: str,
                                                              category: str) -> None:
    assert category in _verdict(charter, text)[0]
