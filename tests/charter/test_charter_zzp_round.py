"""The round of rules tuned on "zzp-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: identity, culture and belonging at school (Indigenous, Black, Muslim and anglophone
pupils, LGBTQ+ pupils and staff, heritage months) and what people write about them. Its wrong
flags on reports that quote or describe racism to denounce it ("des commentaires racistes sous
la publication, je les ai signalés", "l'incident raciste", "it's not a joke, it's racist",
"de là à l'appeler raciste", kids "who keep calling" a girl a name, pupils who defended a
friend "au lieu de rire de lui"), its critical alerts on harmless items (a parent who called
the police and warns the others, a pupil ogled in a locker room reported to the principal, a
pupil's testimony of her heritage, thanks to a teacher for a traditional game, "that accent
could melt butter" read as the French "buter"), its misses (slurs masked or not, "ont tous la
gale", a plane back "to wherever they came from", "diversity hires", "lazy racists", a
9-year-old outed as trans) and its critical misses (a bullet or a lynching wished, a veil to
tear off, a sworn slap, the car and the hour someone leaves, "c pas une menace c une
promesse", gas cans brought to "settle it ourselves", a teen cam site about the pupils).

Fixed: racism named as a deed ("commentaires, insultes, inscriptions, graffitis, propos
racistes", "incident raciste", "c'est raciste", "racist comments", "it's racist": harmless,
no one is called a racist); "de là à l'appeler", "de là à le traiter de" (a denial);
"who keep(s) calling", "qui continuent de traiter" (harassment told of others); "au lieu de
rire de lui", "instead of laughing at her" (mockery avoided); and harmless phrases that set
their category aside so that a learned flag there is discounted: "j'ai appelé la police",
"vérifiez les téléphones", "check your kids' phones" (sexual), "j'ai écrit à la direction",
"je les ai tous signalés", "faut que ça cesse", "I reported it to" (cyberbullying), "big up
au", "m'a aidée à comprendre" (defamation); butter in English ("peanut butter", "melt
butter"); slurs ("mulâtre", "s*uvages", "sauvagesse", "f*gs", "lazy Indians"), "back to
wherever they came from", "ont tous la gale", "diversity hires" and "engagées pour les
quotas" (also contempt), "racists", "une gang d'extrémistes"; "s'est présentée comme trans",
"came out as trans" (privacy, spared when said of one's own child); "devrait y mettre une
balle", "should be lynched" (violence wished, critical); "arracher son voile", "crisser une
claque" after "je vais" (a threat, critical); "we know his car", "on sait à quelle heure elle
part" (a veiled threat, critical beside another); the SMS spelling of "c'est pas une menace
c'est une promesse"; "bidons d'essence" and "venir régler ça nous-mêmes" (a clue each); "teen
cams" (a porn site, critical beside pupils, and spam).

Set aside as look-alikes: a person called a racist beside a deed called racist ("c'est
raciste ce qu'elle dit, c'est une sale raciste"); an insult after "de là à l'appeler"; a call
to "keep calling her until she quits"; a group made "pour rire de lui"; a learned flag beside a
real clue of the rules (the idioms discount nothing then); "je vais le buter"; "arrêtez de
dire que ... sont des diversity hires", the words quoted to be denounced; a rumour of scabies
rebutted; "not racists"; one's own child who came out, a programme for pupils who identify as
trans; a puck or a ball "dans le filet"; a museum's lynching; a veil torn off told as news; a
slap promised to one's own child with a laugh; a trip's departure asked about; a final's
"c pas une menace c une promesse on va gagner"; gas cans in a mechanics class; "régler ça
nous-mêmes avec la direction"; a warning naming the cam site; a team "live on cam".

Left for a later round: the privacy of a pupil whose photo was mocked, told by the one who
reported it (zzp-0312: "la photo de l'élève" is a doxx's words too), a mother asking not to
share her daughter's fight video (zzp-0169: a named child and "vidéo de"), a plea not to ruin
a pupil's life online (zzp-0131) and a poster taken to the office (zzp-0235): learned flags
with no rules clue to set aside but phrases a real doxx or leak would hold; "ptits sauvages
... vont encore brûler l'école" (zzp-0259, an accusation read as a threat), a pupil called a
terrorist who "sent la bombe" (zzp-0165), "on va tout casser, pis les profs avec" (zzp-0214:
"tout casser" is also praise), "Mohamed-le-kamikaze" (zzp-0012: "kamikaze" is a reckless
driver too), the cyberbullying beside a right defamation (zzp-0044, zzp-0237) and the
disparaging beside a right privacy (zzp-0220); the rest of the part's slurs with one case each
("chocolat", "Kung Fu Panda", "groomers", "dégénérés", "ça doit être génétique").

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from tests.charter.verdicts import set_aside as _set_aside
from worker.charter.lexicon import Charter

# --- 1. Racism named as a deed, told or denounced -------------------------------------------

@pytest.mark.parametrize("text", [
    "Quelqu'un a laissé des commentaires racistes sous la photo de l'équipe de LJP. Je les ai "
    "signalés aux modérateurs.",
    "La direction de LJP a bien réagi après l'incident raciste au gymnase, merci.",
    "Des graffitis racistes ont été effacés ce matin sur le mur de LJP par le concierge.",
    "Someone keeps leaving racist comments under the LJP band video. It's racist, stop it.",
    "Le prof de LJP a été maladroit, mais de là à l'appeler raciste devant toute la classe, non.",
])
def test_racism_named_as_a_deed_is_set_aside(charter: Charter, text: str) -> None:
    assert _set_aside(charter, text, "defamation")
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "C'est raciste ce qu'elle dit, la prof de LJP est une sale raciste.",
    "That LJP coach is a racist, plain and simple.",
    "LJP teachers are lazy racists who ignore the kids from away.",
    "De là à l'appeler raciste? Non. Mais le prof de LJP est un gros cave.",
])
def test_a_person_called_a_racist_keeps_the_word(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


# --- 2. Name-calling told of others, mockery avoided ----------------------------------------

@pytest.mark.parametrize("text", [
    "The grade 9s at LJP who keep calling him 'refugee' need to stop. The principal knows.",
    "Whoever keeps calling the LJP cook names on Facebook, grow up.",
    "Fière des élèves de LJP qui ont aidé le nouveau au lieu de rire de lui.",
    "Instead of laughing at her, the LJP grade 8s sat with her at lunch.",
])
def test_harassment_told_of_others_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Everyone keep calling the LJP secretary until she quits.",
    "Léo Roy de LJP, on a créé un groupe juste pour rire de lui 😂",
])
def test_a_call_to_harass_or_to_mock_keeps_its_words(charter: Charter, text: str) -> None:
    assert "cyberbullying" in _verdict(charter, text)[0]


# --- 3. Reports, warnings, thanks: the category set aside -----------------------------------

@pytest.mark.parametrize(("text", "category"), [
    ("Un gars de sec 5 de LJP demande des photos à ma fille sur Snap. J'ai appelé la police. "
     "Parents, vérifiez les téléphones.", "sexual"),
    ("Someone messaged my son at LJP asking for pics. I called the police. Check your kids' "
     "phones.", "sexual"),
    ("Des gars de LJP ridiculisent une élève dans le vestiaire. Faut que ça cesse, j'ai écrit "
     "à la direction.", "cyberbullying"),
    ("Les messages contre la petite de LJP continuent sur Insta. Je les ai tous signalés.",
     "cyberbullying"),
    ("Big up aux profs de LJP qui ont organisé la journée du chandail orange.", "defamation"),
    ("L'atelier de LJP m'a aidée à comprendre d'où vient ma famille.", "defamation"),
])
def test_reports_and_thanks_set_the_category_aside(charter: Charter, text: str,
                                                   category: str) -> None:
    assert _set_aside(charter, text, category)
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("Big up à la direction de LJP, mais le prof d'éduc est un ostie de cave.", "defamation"),
    ("Les filles de sec 2 à LJP, envoyez-moi des nudes 😏 j'ai appelé la police lol",
     "sexual"),
])
def test_a_breach_beside_a_harmless_phrase_keeps_its_words(charter: Charter, text: str,
                                                           category: str) -> None:
    assert category in _verdict(charter, text)[0]


# --- 4. Butter is no "buter" ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Peanut butter is banned at LJP, gonna pack a cheese sandwich instead.",
    "The LJP choir teacher's voice could melt butter, I'd listen to her all day.",
])
def test_butter_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_the_french_verb_stays_a_threat(charter: Charter) -> None:
    _critical_in(charter, "Je vais le buter, le prof de LJP.", "defamation")


# --- 5. Slurs and smears about origin or orientation ----------------------------------------

@pytest.mark.parametrize("text", [
    "Y'a juste des mulâtres dans la classe de ma fille à LJP astheure.",
    "Les s*uvages de la réserve ont encore toute gratis à LJP.",
    "LJP is crawling with f*gs since the pride club opened.",
    "Send those new kids at LJP back to wherever they came from.",
    "Les réfugiés de LJP ont tous la gale, gardez vos enfants loin.",
    "Bunch of lazy Indians at LJP getting everything handed to them.",
    "Les profs de LJP, une gang d'extrémistes qui endoctrinent nos enfants.",
])
def test_slurs_and_smears_are_defamation(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Half the staff at LJP are diversity hires who can't teach.",
    "Les nouvelles profs de LJP ont été engagées pour les quotas, pas pour leur talent.",
])
def test_diversity_hires_are_a_slur_and_contempt(charter: Charter, text: str) -> None:
    assert {"defamation", "disparaging"} <= _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Arrêtez de dire que les profs noirs de LJP sont des diversity hires, c'est faux.",
    "Calling our new LJP teachers 'diversity hires' is insulting. They earned their jobs.",
    "Il paraît que les élèves du groupe 202 de LJP ont tous la gale? C'est faux, l'infirmière "
    "confirme un seul cas.",
    "LJP parents are not racists, they just want answers about the budget.",
])
def test_a_smear_denied_or_quoted_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. A child outed as trans --------------------------------------------------------------

def test_a_child_outed_as_trans_is_privacy(charter: Charter) -> None:
    text = ("Le petit de 3e année à LJP qui s'est présenté comme trans au spectacle, il a 8 ans. "
            "Ses parents devraient avoir honte.")
    assert "privacy" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Mon enfant s'est présenté comme trans à sa classe de LJP hier, je suis tellement fière.",
    "Le nouveau programme de LJP aide les jeunes qui s'identifient comme trans.",
])
def test_ones_own_child_or_a_programme_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. Violence wished or sworn ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le prof de LJP qui a organisé ça, quelqu'un devrait lui mettre une balle.",
    "The LJP principal should be lynched for that decision.",
    "Je vais y arracher son voile à la prof de LJP demain matin.",
    "J'vais crisser une claque au surveillant de LJP lundi, y va comprendre.",
    "Tell the LJP vice-principal to watch her back. We know her car and we know when she "
    "leaves.",
    "Si le drag show a lieu à LJP je viens avec le fusil de mon père, c pas une menace c une "
    "promesse.",
    "Profs de LJP, continuez vos affaires de fierté pis on va venir régler ça nous-mêmes avec "
    "des bidons d'essence.",
])
def test_violence_wished_or_sworn_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Au hockey de LJP, on va y mettre une balle dans le filet samedi 🏒",
    "In 1920, a mob near LJP shouted that he should be lynched, the museum exhibit explains.",
    "Une élève de LJP s'est fait arracher son voile dans la cour; la police enquête.",
    "Mon gars a encore oublié son lunch à LJP, j'vais y crisser une claque 😂",
    "Does anyone know when he leaves for the LJP ski trip?",
    "Finale samedi contre LJP, c pas une menace c une promesse on va gagner 🏆",
    "Au cours de mécanique de LJP, on va apprendre à ranger les bidons d'essence.",
    "Les parents de LJP vont venir régler ça nous-mêmes avec la direction jeudi, en réunion.",
])
def test_a_ball_a_museum_a_news_item_or_a_game_is_no_threat(charter: Charter,
                                                            text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 8. A teen cam site ---------------------------------------------------------------------

def test_a_teen_cam_site_about_pupils_is_critical_and_spam(charter: Charter) -> None:
    text = "Hot teens from LJP live on cam 🔞 free access at teencams.example"
    _critical_in(charter, text, "sexual")
    assert "spam" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Attention parents de LJP : un site appelé teencams circule sur Snap, ne cliquez pas et "
    "signalez-le.",
    "Watch our LJP girls live on cam tonight at the volleyball final!",
])
def test_a_warning_or_a_match_on_cam_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
