"""The round of rules tuned on "zzj-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: the buildings, the food and the technology of the schools (renovations, the cafeteria,
cameras, locks and alarm codes, the school portal and its app, lent devices, breaches and
phishing) and what people write about them. Its critical misses (a drill said not to be one,
a bomb claimed in the boiler room, a knife promised on the way back, a teacher's last day to
be "made memorable", a pupil told to rid the planet of herself, a child leered at deep in a
long warm post, pupils' pictures from the school's app leered at, the cameras used to ogle
girls), its confidential misses (a door's digits, a master badge left in a van, a cloned
badge, a breach dump with a sample row), its sexual misses (a technician's cables, "je parle
pas des fruits"), its precision (the board's notice that door codes change, a proud parent's
screenshot sent to the family).

Fixed: a drill named, then said not to be one ("the next fire drill won't be a drill", "le
prochain exercice de feu, ce sera pas un exercice"), or the alarm's next ring said to be real
(a pattern, critical); someone's last day to be "made memorable" beside a warning (a pattern,
critical beside "tick tock" and the like); a bomb said to be placed in a place, even with
"bonne chance" after it (a pattern, critical); a weapon brought on the way back ("je reviens
avec un couteau"; a Swiss army knife or a bread knife is none); "tu vas comprendre" and "rien
comparé à ce qui s'en vient" (veiled-threat clues); someone told to rid the planet of
themself, and a past attempt wished successful (incitement, critical); a child to be got
alone behind a building or cornered (desire for a minor); the school's cameras used to leer
(a pattern, critical near a pupil); a technician's cables, ports and desk, and detention
imposed, as innuendo about staff (never critical); lewd asides in cover words ("je parle pas
des fruits", watched bending over); a way in given away (a door or a keypad said to open with
its digits, a master badge, a cloned badge); a stolen database passed round (a breach dump, a
sample row, the file on one's Drive, "faites Ctrl+F"); pupils' pictures from the school's page
leered at (more asked "in uniform", each girl zoomed in on, her Snap asked for beside her body
remarked on); the board's notice that door codes change, sent "par courriel interne
sécurisé" (benign phrases); a proud parent's screenshot sent to the family (benign phrases).

Set aside as look-alikes: a drill "like the others" with firemen; a notice about the real
alarm; a retirement party's plan; a bath bomb in a science class; a bomb told in the news; a
Swiss army knife brought home from camp; a teacher's invitation to spend a day in class; a
forecast of more snow; an ecology slogan; an exam passed last time; a parent who wants to get
a teacher alone to plan a party; a pupil stuck alone in a lift; new cameras praised; a ticket
asking IT to check a projector's cables; fresh melons at the cafeteria; a gym teacher showing
how to bend; doors that open with volunteers; a news story on a cloning gadget; the board's
word on a breach; a request for team photos for the yearbook; a friend's Snap asked for a
project; a building "already built like that".

Left for a later round: a fire extinguisher to bring to a pep rally "not joking" (zzj-0001);
a girl "so hot for 12" with the leer thirty words later (zzj-0011); a locker room filmed,
the camera named after the place ("qqn peut me la filmer? je paye", "j'ai filmé les sec 2";
zzj-0018, zzj-0239: voyeurism needs the camera before); girls "en maillot" from a grade 6
outing, not critical since "6e" marks no minor (zzj-0179); "elle fait pas 11 ans" after 🤤
(zzj-0220); a password in brackets after a pupil's initial and its period (zzj-0047); a
gradebook, a camera screenshot, a cafeteria debt list, an air report and an HR letter shown
with no listed word (zzj-0108, zzj-0120, zzj-0124, zzj-0126, zzj-0350); a lockdown code
phrase, a vape-detector plan and a platform switch told in confidence (zzj-0166, zzj-0290,
zzj-0274); leggings with 😍 and the dads who volunteer (zzj-0318); the phishing, spam and
contempt of this part (zzj-0030, zzj-0038, zzj-0040, zzj-0154, zzj-0169, zzj-0069,
zzj-0094, zzj-0168, zzj-0232, zzj-0255, zzj-0262, zzj-0309, zzj-0335, zzj-0343). The board's
"strictly confidential" reminder, "staff can kill the alarm from the office panel", "Password
reset day", "On va l'attendre à la ligne d'arrivée" and "it's free" are flagged by the learned
scorer only: the rules give each a single clue under 0.5.
Limits seen: the drill must be named before "won't be a drill" on the same line (80
characters at most), in French as "exercice de feu, d'évacuation, d'incendie, de confinement
or d'alarme", and the alarm's ring needs "ça va être", "ce sera" or "it'll be" before "pour
vrai" or "for real"; the last day counts only beside a warning marker ("tick tock", "vous êtes
avertis"); the bomb needs one of the verbs listed and "dans", "sous", "in" or "under" right
after it; "je reviens de la chasse avec ma carabine" reads as a weapon brought, as "j'arrive"
did already; the cameras need a woman or girls named between them and the face (or the
watching verb before them); "send more pics in uniform" is read as a leer even from a parent;
a code given after the board's notice without the word "code" ("Porte de côté : 4512") is now
set aside with it; "screenshot envoyé à toute la famille de Léo" would be set aside too.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A drill said not to be one, the alarm's next ring said to be real -------------------

@pytest.mark.parametrize("text", [
    "The LJP evacuation drill next week won't be a drill, trust me. Stay home if you're smart.",
    "Le prochain exercice de feu à Hormis, ce sera pas un exercice. Ceux qui riaient de moi "
    "vont voir.",
    "Next time the alarm goes off at LJP it'll be for real, and nobody's putting out that fire.",
])
def test_a_drill_said_not_to_be_one_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "The fire drill at LJP next month won't be a drill like the others: firefighters will run "
    "it with a smoke machine.",
    "Le prochain exercice d'évacuation à Hormis sera pas un exercice comme les autres, les "
    "pompiers seront là avec leur camion.",
    "À LJP, la prochaine fois que l'alarme sonne pour vrai, sortez par la porte B et allez au "
    "terrain de soccer.",
])
def test_a_drill_with_firemen_or_a_notice_on_the_alarm_is_nothing(charter: Charter,
                                                                  text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A last day "made memorable" beside a warning ----------------------------------------

@pytest.mark.parametrize("text", [
    "Mme Roy's last class at Hormis is Friday. I've got everything ready to make her last day "
    "memorable. You've been warned.",
    "On va rendre sa dernière journée inoubliable au directeur de LJP. Tic tac.",
])
def test_a_last_day_made_memorable_with_a_warning_is_critical(charter: Charter,
                                                              text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "We'll make Mme Roy's last day memorable with cake and a card from every class at Hormis.",
    "Les élèves de LJP vont rendre sa dernière journée inoubliable à la secrétaire qui prend sa "
    "retraite, bravo à eux!",
])
def test_a_retirement_partys_plan_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. A bomb said to be placed in a place -------------------------------------------------

@pytest.mark.parametrize("text", [
    "J'ai laissé une bombe sous les estrades du gym à LJP. Bonne chance à tous.",
    "On a caché une bombe dans le gymnase de Hormis, bonne fin de semaine à tous.",
])
def test_a_bomb_placed_in_a_place_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


def test_a_bath_bomb_in_class_is_nothing(charter: Charter) -> None:
    text = ("Les élèves de 2e année de Hormis ont mis une bombe de bain dans l'eau pour "
            "l'expérience de science.")
    assert _verdict(charter, text) == (set(), False)


def test_a_bomb_told_in_the_news_is_nothing(charter: Charter) -> None:
    text = ("Un ancien élève de LJP a été accusé d'avoir placé une bombe dans une voiture, a "
            "indiqué la police.")
    assert _verdict(charter, text, kind="article") == (set(), False)


# --- 4. A weapon brought on the way back ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le surveillant de LJP, je reviens après le dîner avec mon couteau, on va voir s'il fait "
    "son smatte.",
    "Le surveillant de Hormis qui m'a suspendu, je reviens demain avec mon bat pis on va voir "
    "s'il fait encore le boss.",
])
def test_a_weapon_brought_back_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Mon gars revient du camp de LJP avec un couteau suisse gravé à son nom, trop fier.",
    "Je reviens de l'épicerie avec un couteau à pain pour le dîner communautaire de Hormis.",
])
def test_a_swiss_army_knife_or_a_bread_knife_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. "Tu vas comprendre" and what is coming, beside another clue -------------------------

@pytest.mark.parametrize("text", [
    "La TES de LJP qui a ri de mon gars, on va la guetter dans le stationnement. Tu vas "
    "comprendre.",
    "Vos pneus crevés à Hormis, c'est rien comparé à ce qui s'en vient. On sait à quelle heure "
    "tu pars.",
    "The teachers at LJP who failed my brother, your tires are nothing compared to what's "
    "coming. We know what time you leave.",
])
def test_half_said_threats_together_are_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Viens passer une journée dans ma classe de sec 1 à LJP, tu vas comprendre pourquoi on est "
    "fatigués.",
    "La tempête d'hier à Hormis, c'est rien comparé à ce qui s'en vient demain selon "
    "MétéoMédia.",
])
def test_an_invitation_or_a_forecast_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. The planet to be rid of someone; a past attempt wished successful -------------------

@pytest.mark.parametrize("text", [
    "Jayden Roy de LJP, débarrasse donc la planète, personne va pleurer.",
    "Mia de sec 2 à Hormis est revenue de l'hôpital, on serait tous mieux si tu l'avais réussi "
    "la dernière fois.",
])
def test_suicide_urged_without_a_listed_word_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "cyberbullying")


@pytest.mark.parametrize("text", [
    "Débarrasse la planète du plastique: apporte ta gourde à LJP lundi!",
    "Ton examen de maths à Hormis, tu l'avais réussi la dernière fois, bravo!",
])
def test_an_ecology_slogan_or_an_exam_passed_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. A child to be got alone behind a building or cornered -------------------------------

@pytest.mark.parametrize("text", [
    "The grade 5 girl with the braids at the LJP book fair, I'd love to get her alone behind "
    "the portable 😏",
    "La p'tite de 6e année à Hormis au carnaval, j'aimerais la coincer toute seule après la "
    "danse.",
])
def test_a_child_to_be_got_alone_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "I need to get her alone after class to plan Mme Roy's surprise retirement party at LJP.",
    "Ma fille de 6e à Hormis s'est fait coincer toute seule dans l'ascenseur en panne, "
    "heureusement le concierge est arrivé vite.",
])
def test_a_party_planned_or_a_stuck_lift_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 8. The school's cameras used to leer ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "The guy who watches the LJP cameras must enjoy the grade 8 girls in gym shorts all day 🤤",
    "Le technicien des caméras à Hormis doit se rincer l'œil sur les filles de sec 2 à la "
    "récré.",
])
def test_cameras_used_to_ogle_pupils_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


def test_cameras_used_to_ogle_staff_is_sexual(charter: Charter) -> None:
    text = "La secrétaire de LJP, je la regarderais sur les caméras de l'entrée toute la journée 🥵"
    assert "sexual" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Les nouvelles caméras de LJP sont enfin installées dans le stationnement, bravo au CSSCV!",
    "Les caméras de Hormis filment maintenant en 4K, la secrétaire est contente du nouveau "
    "logiciel.",
    "Les caméras de LJP montrent toute la cour en 4K 🤤",
])
def test_new_cameras_praised_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 9. A technician's cables, ports and desk, detention imposed ----------------------------

@pytest.mark.parametrize("text", [
    "La technicienne du CSSCV à Hormis peut venir brancher mes câbles quand elle veut, j'ai un "
    "port à lui montrer.",
    "The LJP tech guy could come check my cables anytime, wouldn't mind him crawling under my "
    "desk 😏",
    "The Hormis librarian can put me in detention anytime 😉",
])
def test_a_staff_members_job_as_innuendo_is_sexual(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"sexual"}, False)


@pytest.mark.parametrize("text", [
    "Can the LJP tech check the cables in room 204? The projector won't connect to the laptop.",
    "La technicienne du CSSCV est venue brancher les câbles du projecteur à Hormis, merci!",
])
def test_a_ticket_for_it_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 10. Lewd asides in cover words ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La caissière de la café à LJP a des beaux melons pis je parle pas des fruits 😏",
    "The Hormis crossing guard, I walk my dog past twice a day just to watch her bend over.",
])
def test_a_lewd_aside_in_cover_words_is_sexual(charter: Charter, text: str) -> None:
    assert "sexual" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "La café de LJP sert des melons frais ce midi, pis je parle des fruits du Québec, bravo!",
    "Le prof d'éduc de Hormis montre aux élèves comment se pencher sans se faire mal au dos.",
])
def test_fresh_melons_or_a_gym_lesson_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 11. A way in given away: a door's digits, a master badge, a cloned badge ---------------

@pytest.mark.parametrize("text", [
    "The back gate at LJP opens with 4-4-0-1, been that way for years lol",
    "La porte du gymnase de Hormis s'ouvre avec 9876, même pas besoin de sonner.",
    "Les gars du CSSCV oublient leur badge maître dans le camion, stationné devant Hormis tous "
    "les soirs.",
    "I cloned his badge with a Flipper Zero, I can open every door at LJP now.",
])
def test_a_way_in_given_away_is_confidential(charter: Charter, text: str) -> None:
    assert "confidential" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Les portes de LJP ouvrent avec 1500 visiteurs attendus pour la journée portes ouvertes "
    "samedi.",
    "The Hormis gym doors open with 2 volunteers at each entrance for the concert.",
    "Un article sur le Flipper Zero, le gadget que le Canada veut interdire, à lire avant la "
    "rencontre de parents à LJP.",
])
def test_an_open_house_or_a_gadget_in_the_news_is_nothing(charter: Charter,
                                                          text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 12. A stolen database passed round -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The CSSCV data dump is all over Discord, here's a row from LJP so you know it's real: "
    "Roy, Léa, sec 3, 12 rue Main.",
    "J'ai mis le fichier de la fuite du CSSCV sur mon Drive, faites Ctrl+F avec le nom de votre "
    "enfant.",
])
def test_a_stolen_database_passed_round_is_confidential(charter: Charter, text: str) -> None:
    assert "confidential" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Le CSSCV confirme une fuite de données. Les parents de LJP recevront une lettre, ne "
    "téléchargez aucun fichier.",
    "The board says a breach dump may circulate; don't open it, report it to the LJP office.",
])
def test_the_boards_word_on_a_breach_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 13. Pupils' pictures from the school's page leered at ----------------------------------

@pytest.mark.parametrize("text", [
    "The LJP team page posted the sec 2 volleyball girls again 😍 send more pics in uniform "
    "please",
    "La photo de classe des sec 1 de Hormis sur le portail, j'ai zoomé sur chaque fille 🥵",
    "That sec 3 girl in the Hormis yearbook photo, already built like that at 14... anyone got "
    "her snap?",
])
def test_pupils_pictures_leered_at_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Can the LJP coach post more photos of the team in uniform for the yearbook? Grandma wants "
    "one.",
    "Ma fille cherche sa nouvelle amie de sec 1 à Hormis, quelqu'un a son Snap pour le projet "
    "d'équipe?",
    "The new LJP gym is already built like that? Wow, the contractors were fast.",
])
def test_team_photos_or_a_friends_snap_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 14. The board's notice that door codes change ------------------------------------------

@pytest.mark.parametrize("text", [
    "Hormis reminder: alarm codes change Friday. Staff will get them by secure internal email; "
    "never share them with students.",
    "À LJP, les nouveaux codes des portes seront transmis par courriel interne sécurisé lundi.",
    "Avis de Hormis : les codes des portes changent vendredi, ne les partagez jamais avec les "
    "élèves.",
])
def test_the_boards_notice_on_door_codes_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Les codes des portes changent vendredi à Hormis : le nouveau code de la porte de côté "
    "c'est 4512.",
    "LJP door codes are changing Monday, the new code for the side door is 7731.",
])
def test_a_new_code_given_after_the_notice_stays_a_leak(charter: Charter, text: str) -> None:
    assert "confidential" in _verdict(charter, text)[0]


# --- 15. A proud parent's screenshot sent to the family -------------------------------------

@pytest.mark.parametrize("text", [
    "Ma fille a eu 95 en sciences à LJP!!! Screenshot envoyé à toute la famille 🥳",
    "Mon fils a fini premier de sa classe à Hormis, screenshot envoyé à la famille, tellement "
    "fière!",
])
def test_a_proud_parents_screenshot_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_screenshot_of_a_pupils_fall_sent_round_stays(charter: Charter) -> None:
    text = ("Screenshot de la face de Léo Roy de LJP quand il s'est planté, envoyé dans tous les "
            "groupes 😂")
    assert "cyberbullying" in _verdict(charter, text)[0]
