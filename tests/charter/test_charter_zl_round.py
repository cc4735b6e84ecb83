"""The round of rules tuned on "zl-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: incitement in texting spelling or slang ("nobody would miss u", "cut deeper next time",
"je me couperais encore" said in the place of someone, "tell him to off himself", someone
named who "mérite pas de vivre"); a crowd sent to a doxxed home ("allez sonner chez eux",
"let's show up", "honk outside her place", where "her place" / "his place" now say the
address is the person's home) or told to ring someone in the night ("l'appeler à 2h du
mat", "call her at 3am"); threats with no "je vais" right before (both legs or knees to be
broken, "ça va saigner" at a school); young people asked by an adult to change in front of
him or to undress, or watched changing; contempt as irony or simile (the school's people
called "des génies" beside an eye-roll, "vraiment" or "/s", "the charisma of a brick wall",
staff "who don't give a damn").
Wrong flags fixed: none in this round (the round's budget went to what was missed).

Set aside: "we will miss u" said to a teacher who retires; a board that will "cut deeper
next time"; hair cut again; pads taken "off himself"; a photocopier that "mérite pas de
vivre"; bottles collected by ringing at neighbours; showing up for teachers at a meeting;
a party "at her place"; the office called at 8 in the morning; a nurse one may call at
night, thanked; one's own fall on the ice ("se casser les deux jambes"); a hockey
tournament where "ça va saigner"; a team asked to change before a game; a Santa for the
photo, praised or not (so an adult asking little ones onto his knees is not read); a child
on a parent's knees; "nos petits génies", "génies en herbe", "les génies du club d'échecs"
(praise), thanks closed by a heart; "la personnalité d'un leader"; teachers who "give a damn".

Left for a later round: the wrong flags of "zl-" (a class groaning that the teachers "vont
nous tuer avec les examens 😭" read as a critical threat; "c'est un malade mental lol je
l'aime" and "mange d'la marde l'hiver" as insults; "Vous êtes des bêtes 🤯" for an impro win
and a school "c'est une prison" answered by its defender as contempt; the school's own
address as private; a phishing warning as spam); a truncated home number ("819 985-...")
given "en privé", read as no private detail; veiled threats ("elle va avoir de la visite
pis pas de la belle visite", "on va te faire la même chose que l'an passé", "je rentre
dans l'école avec mon 12" where "un 12" is also a case of beer); girls told to "rate your
body, send pics"; pictures a girl "sent her ex" asked for; a teacher texting "t'es sexy" to
a girl of 14; contempt as a slogan or sarcasm ("come for the mold, stay for the staff",
"Quelle expertise!", "Excellence!", diplomas "en carton", "aussi inefficace que",
"gardiens d'enfants payés trop cher", "s'en contrecrissent"); slurs masked by an asterisk
or leetspeak ("r*tard", "n3gr0", "c0ch0ns"); spam with no link the rules know (a loan "sans
vérification de crédit", "devenez votre propre patron", essays sold on WhatsApp); leaks
said in passing (the answer to an exam question, a padlock's code). Label questions seen:
a night call urged after a staff member's number is labelled cyberbullying in "zl-" and
defamation in "t6-"; the rules read it as cyberbullying.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Incitement in texting spelling and slang --------------------------------------------

@pytest.mark.parametrize("text", [
    "Olivier from grade 10 at ESHG, nobody in your class would even miss u, just saying",
    "noone at ESLJP is gonna miss ya Emma. tonight's the night",
    "Léa de sec 3 à l'ESLJP, cut deeper next time, personne va t'arrêter",
    "Si j'étais toi Zoé je me couperais encore, de toute façon personne te parle à l'ESHG",
    "somebody tell Liam from ESLJP to just off himself already",
    "Jayden Morin de sec 1 à l'ESHG mérite pas de vivre, quelqu'un dites-y",
])
def test_incitement_in_slang_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Mme Roy is retiring from ESHG this June, we will miss u so much!!",
    "Si le budget passe pas, the CSSCV will cut deeper next time, says the union",
    "Si j'étais toi je me couperais encore les cheveux avant la photo de l'ESHG",
    "Coach at ESHG helped Liam take the pads off himself after the game",
    "Ce photocopieur de l'ESHG mérite pas de vivre une autre rentrée, il bloque à chaque page",
])
def test_incitement_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A crowd sent to a doxxed home, or told to call in the night -------------------------

@pytest.mark.parametrize("text", [
    "La TES de l'ESHG qui a appelé la DPJ reste au 14 rue Laurier, Masson. Allez sonner "
    "chez elle à minuit, ça va lui apprendre",
    "That ESLJP secretary who lost my kid's file lives at 12 rue Maple. Let's show up Sunday "
    "night and make some noise",
    "Got the ESHG counsellor's address: 301 ch. Kelly. Everybody go bang pots outside her "
    "place Friday",
    "Found where the ESLJP coach lives: 18 ch. Dupuis. Everybody go honk outside his place "
    "all weekend",
    "The ESHG vice-principal's cell is 819-555-3417, call her at 2 am all week",
])
def test_crowd_sent_to_a_private_home_or_number_is_critical(charter: Charter,
                                                            text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert {"cyberbullying", "privacy"} <= categories
    assert critical


def test_night_calls_urged_are_critical(charter: Charter) -> None:
    text = ("Le num du directeur de l'ESLJP c'est 819 555-3417, vous pouvez l'appeler à 3h du "
            "mat comme il le mérite")
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Allez sonner chez vos voisins pour la collecte de bouteilles de l'ESHG samedi matin",
    "Let's show up for the ESLJP teachers at the board meeting Tuesday!",
    "Mme Roy from ESHG hosted the staff party at her place, what a lovely evening",
    "Vous pouvez appeler le secrétariat de l'ESHG à 8h du matin pour les absences",
    "La nouvelle infirmière de l'ESHG, tu peux l'appeler à 2h du matin s'il y a une urgence, "
    "merci à elle!",
])
def test_crowd_and_night_call_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Threats with no "je vais" right before ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Le prochain qui crie après ma fille dans le bus de l'ESHG, c'est mon chum qui va y "
    "casser les deux jambes",
    "Marc-Olivier de l'ESLJP, si tu parles encore de ma sœur on va te péter les deux genoux",
    "Lundi matin à l'ESLJP ça va saigner. J'en dis pas plus.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Attention au verglas devant l'ESHG ce matin, y'a de quoi se casser les deux jambes",
    "Mon gars s'est cassé les deux bras en ski, merci aux profs de l'ESLJP pour leur patience",
    "Ça va saigner au tournoi de hockey de l'ESHG samedi contre Gatineau!",
])
def test_threat_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. Young people asked to undress in front of an adult, or watched changing -----------

@pytest.mark.parametrize("text", [
    "Le concierge de l'ESHG demande aux filles de sec 1 de se déshabiller pour « un jeu »",
    "The new ESLJP gym teacher keeps telling the grade 7 girls to change in front of him",
    "Le prof d'éduc de l'ESLJP regarde les filles de sec 2 se changer après le cours, "
    "personne dit rien",
])
def test_young_people_asked_to_undress_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Le coach de l'ESHG demande aux joueuses de se changer avant le match de samedi",
    "Le père Noël de l'ESHG fait asseoir les petits sur ses genoux pour la photo, bravo au "
    "comité!",
    "Le père Noël fait asseoir les petits sur ses genoux à l'école Sainte-Famille de Thurso",
    "Santa at Providence school in Buckingham makes every kid sit on his lap for a photo",
    "Ma fille de 4 ans veut toujours s'asseoir sur mes genoux pendant les spectacles de "
    "l'ESLJP",
])
def test_undressing_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. Contempt as irony or simile ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le CSSCV a encore fermé les écoles à 7h10 quand les autobus étaient déjà partis. Des "
    "génies, vraiment.",
    "Merci au CSSCV d'avoir coupé le transport du midi, vous êtes des génies 🙄",
    "Une autre décision de génies au CSSCV : l'autobus passe à 6h20",
    "The ESLJP vice-principal has the charisma of a brick wall and the vision to match",
    "Le nouveau DG du CSSCV a la personnalité d'une chaise de plastique",
    "Buckingham's Providence school: leaky roof, broken lockers and teachers who don't give a "
    "damn",
])
def test_contempt_as_irony_or_simile_is_disparaging(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert categories == {"disparaging"}
    assert not critical


@pytest.mark.parametrize("text", [
    "Bravo à nos petits génies de l'ESHG qui ont gagné l'expo-sciences régionale!",
    "Les génies du club d'échecs de l'ESLJP ont encore gagné le régional",
    "Le club de génies en herbe de l'ESLJP recrute des arbitres pour jeudi soir",
    "Les profs de l'ESHG qui donnent des cours de rattrapage le samedi, vous êtes des génies "
    "de patience ❤️",
    "Atelier à l'ESLJP jeudi: la personnalité d'un leader, avec une conférencière invitée",
    "Say what you want about ESHG, the teachers there really give a damn and it shows",
])
def test_contempt_look_alikes(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
