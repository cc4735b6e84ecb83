"""The round of rules tuned on "zza-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: pupils' digital life: group chats, Discord servers, TikTok trends and challenges,
confession pages, gaming, AI images and deepfakes, sextortion, leaked exams. Their worst
precision (warnings and news about online harms read as the harms: a phishing notice
"pretending to be from" the board, a sextortion warning saying "screenshot everything", "un
faux compte" reported or fallen victim to, a plea "de ne pas partager ces images"; game talk
read as threats, "t'es mort dans Minecraft", "« je vais te tuer » dans Among Us", water guns
in the "assassin" game), their critical misses (a "slap a teacher" challenge set for a day,
an underwear picture as a forfeit, a "nudify" bot fed classmates' photos, sextortion, a
pile-on telling a pupil to end it with "go add yours", dangerous challenges dared on a pupil)
and their defamation misses (blackmail over pictures, a head of school shown "en uniforme
nazi").

Fixed: a death placed inside a video game ("dans Minecraft", "in Fortnite", "bedwars", "dans
le jeu"), a game near a threat set aside when the text laughs (sport markers, now read by
"menaces de violence"); a quote someone "m'a expliqué" (reported); toy guns (benign phrases, and the
brought-weapon pattern skips "water", "nerf", "à eau"); a fake account alone, now a clue that
needs another, making one stays full weight; a scam "pretending to be from" the school, the
advice to "screenshot everything", a plea not to share images (benign phrases); a slap of a
teacher planned for a moment (a pattern); a picture of the reader "in your underwear" asked
(terms); photos fed to a "nudify" app or bot (a pattern); sextortion: another picture
demanded "ou je montre", pictures held over someone, money paid so they stay unposted (one
regex, read as sexual and as blackmail); a crowd telling someone to die with a call to add
one's own (a pattern); someone filmed "en train de se changer" (voyeurism terms); shown "en
uniforme nazi" or "déguisé en nazi" (insult terms); a dangerous challenge dared ("fais le
blackout challenge", "retiens ton souffle jusqu'à tomber", a video awaited; a pattern); "ça
marche vraiment", "ça marche pas" said of a thing (benign phrases).

Set aside as look-alikes: "pas dans Minecraft, pour vrai" and a game near a threat with no
laugh; a threat explained but not quoted; a real gun brought; a fake account made in a
pupil's name; "pretending to be Mr. X" for laughs; an internal document stamped "ne pas
partager"; the "slap a teacher" trend told as a hoax, food that "slaps"; "don't show up in
your underwear"; a warning that nudify apps exist, or to never send them a photo; a
workshop's quoted "envoie-moi une photo ou je ...", more photos asked for a yearbook, a
friend paid to post team photos; a news story of messages telling a pupil to die; pupils
who may change in the change room; a Nazi uniform in a museum; a challenge "going around"
told to parents, a swimming drill, a reading challenge filmed; "continuez, ça marche".

Left for a later round: game trash talk with no laugh ("jvais te faire la peau au prochain
bedwars ... sois prêt après l'école") and "Fortnite est down, jvais tuer quelqu'un 😭"; an
exam leak in the news or a Discord study group before "l'épreuve" (confidential); warnings
and complaints about Robux and crypto adverts ("un faux concours", "les pubs de V-Bucks",
a board's hijacked account) read as spam, and "it steals accounts" read as an accusation;
a school project's fake account ("un faux compte de Samuel de Champlain"); a stolen change-
room photo of a pupil named by first name only (sexual, but not critical: one first name is
no "named" person); pictures or a drunk pupil's video offered "en DM" with no price; a
"deepfake de Léa G." with no girl word; pile-ons with no listed word (roasts of a teacher,
"rate my teacher", a sticker pack of a crying teacher, a petition to expel a pupil); an AI
fake account of a teacher; a "skull breaker" challenge read as cyberbullying but not as
the threat it also is; filming under skirts set as a "challenge" (not read); contempt with no listed
word ("une génération perdue", "touché le fond du baril", "amateur hour").
Limits seen: a game near a threat sets it aside only with a laugh in the text, so "je vais
te tuer dans le jeu 😂" said in earnest is set aside; the nudify pattern is void after "n'",
"never", "don't", "jamais", "quelqu'un", "someone" just before the verb; the sextortion
regex needs "another"/"d'autres" pictures, "your pics", or "pays me ... so I don't post"
with the pictures named; the pile-on needs a call such as "add yours", "allez commenter".

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A death inside a video game; 2. a quote explained to the writer --------------------

@pytest.mark.parametrize("text", [
    "Je t'ai tué trois fois dans Fortnite hier soir, t'es mort dans Fortnite mon chum 😂 à "
    "demain à LJP",
    "t'es mort au prochain skywars 😂 on se reprend après l'école à Hormis",
    "t'es mort in Minecraft lol, see you in class at LJP 😂",
    "Mon gars m'a expliqué que « t'es mort » dans Valorant c'est juste une façon de parler, les "
    "jeunes de l'ESHG disent ça tout le temps.",
    "Le prof de LJP nous a expliqué que « je vais te tuer » en ligne peut quand même être une "
    "menace.",
])
def test_a_death_in_a_game_or_a_quote_explained_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "T'es mort lundi à la sortie de LJP, pas dans Minecraft, pour vrai.",
    "T'es mort lundi au tournoi de hockey à Hormis, je vais te faire la peau.",
    "Le gars qui m'a battu dans le jeu à l'ESHG, t'es mort demain derrière le gym.",
    "Je vais te tuer demain à LJP, pis je te l'ai déjà expliqué.",
])
def test_a_threat_out_of_the_game_stays_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 3. Toy guns ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "On va sortir les fusils à eau pour le jeu Assassin de Hormis demain 😈",
    "Je vais remplir mon pistolet à eau pour la guerre des finissants de LJP vendredi.",
    "I'm gonna bring my water guns to the LJP grad day, nobody stays dry 😂",
    "We're bringing nerf guns to the Hormis games club on Friday.",
    "J'apporte mon fusil à eau à LJP vendredi pour la guerre des finissants.",
])
def test_a_toy_gun_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "On va sortir les fusils pour le jeu de Hormis demain 😈",
    "I'm gonna bring my gun to LJP on Friday.",
    "I'm bringing a knife and a water gun to LJP tomorrow.",
])
def test_a_real_weapon_stays_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 4. A fake account told or warned about ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ma fille à l'ESHG a été victime d'un faux compte Instagram l'an passé, la direction a "
    "réglé ça vite.",
    "A fake account is using the Hormis principal's photo, please report it and don't follow "
    "it.",
])
def test_a_fake_account_reported_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "On va faire un faux compte au nom de Jade de sec 3 à LJP pis publier ses secrets 😂",
    "J'ai créé un faux compte de la prof de maths de Hormis, allez voir ce qu'elle « dit » 😂",
])
def test_a_fake_account_made_stays_cyberbullying(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


# --- 5. A scam warning, evidence kept, a plea not to share ---------------------------------

@pytest.mark.parametrize("text", [
    "Avis du CSSCV : a text pretending to be from the LJP office asks for your banking "
    "details. Delete it.",
    "Parents of Hormis: if someone threatens your teen online, screenshot everything, block "
    "and call the police.",
    "La direction de LJP demande à tous de ne pas partager la vidéo de la bagarre, par respect "
    "pour les élèves.",
    "Le CSSCV demande aux parents de ne pas partager les images qui circulent sur les élèves "
    "de Hormis.",
])
def test_a_warning_or_a_plea_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text, category", [
    ("Someone's pretending to be Mr. Roy from LJP on TikTok, dancing like a clown lol 😂 go "
     "follow", "cyberbullying"),
    ("Chloé from LJP thinks she can sing 😂 screenshot her story before she deletes it",
     "cyberbullying"),
    ("Document interne du CSSCV, ne pas partager : la liste des postes abolis à LJP.",
     "confidential"),
    ("Note interne de l'ESHG (ne pas partager svp) : fermeture du gymnase en mai.",
     "confidential"),
])
def test_mockery_or_a_stamped_document_stays(charter: Charter, text: str,
                                             category: str) -> None:
    categories, _ = _verdict(charter, text)
    assert category in categories


# --- 6. A slap of a teacher planned --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "slap a teacher challenge 👋 doing Mrs. Gagnon at Hormis tomorrow in room 108, who films?",
    "On gifle la prof de français de LJP vendredi pendant la période 2, qui filme? 👋",
    "Slapping the sub at ESHG on Monday, 20 bucks to whoever gets the video.",
])
def test_a_planned_slap_of_a_teacher_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    'The "slap a teacher" trend was a hoax from 2021, nobody at LJP did it.',
    "Le TikTok « slap a teacher » c'était une rumeur, à Hormis personne a fait ça. Parlez-en "
    "avec vos jeunes.",
    "The new cafeteria menu at Hormis slaps, tell the teachers thanks!",
])
def test_the_trend_told_or_food_that_slaps_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. An underwear picture asked; 8. a nudify bot fed photos -----------------------------

@pytest.mark.parametrize("text", [
    "Dare rules for the LJP sec 2 group chat: whoever loses posts a selfie in your underwear, "
    "no excuses 😈",
    "new nudify bot on the LJP server, just send a pic of any girl in sec 2 and it does the "
    "rest 😈",
    "Le bot nudify du Discord de Hormis marche trop bien, envoyez-y les photos de classe des "
    "sec 1 lol",
])
def test_a_pupils_picture_undressed_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Sec 1 kids at LJP: pyjama day is Friday, please don't show up in your underwear lol",
    "Parents de LJP : les applis « nudify » existent, parlez-en à vos ados. Fabriquer ces "
    "images d'une mineure est un crime.",
    "N'envoyez jamais de photos à une appli nudify, parents de LJP, parlez-en à vos ados.",
    "Never upload a classmate's photo to a nudify app, Hormis students: it's a crime.",
    "Si quelqu'un envoie ta photo à un bot nudify, parle à un adulte de LJP.",
])
def test_pyjama_day_or_a_nudify_warning_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 9. Sextortion -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "J'ai tes photos. 300$ par Interac d'ici ce soir ou je les envoie à toute ta classe de LJP.",
    "Send me more pics by tonight or I show the first ones to your whole grade at Hormis.",
    "Zack from ESHG pays me 10 bucks a week so I don't post his pics lol",
    "Tu m'en envoies d'autres photos ou tout le monde à Hormis voit celles de samedi.",
    "Le gars de sec 3 à LJP me paye 20$ par semaine pour pas que je publie ses photos.",
])
def test_sextortion_is_critical_blackmail(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert {"sexual", "defamation"} <= categories
    assert critical


@pytest.mark.parametrize("text", [
    "Atelier à LJP sur la sextorsion : « Envoie-moi une photo ou je la montre à tes amis », "
    "voilà comment ça commence souvent.",
    "The Hormis yearbook club needs more photos or videos of the grad trip, send them to Mme "
    "Roy!",
    "He pays me 20$ so I post his pics of the LJP hockey team on my page.",
    "Prends une autre photo de la classe de LJP ou je vais la prendre moi-même.",
])
def test_a_workshop_a_yearbook_or_a_paid_post_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 10. A pile-on telling someone to die --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Regardez le post de Léa de LJP, tout le monde lui dit de se tuer 😂 allez commenter vous "
    "aussi",
    "go add yours under Jake's video lol, the whole grade at Hormis is telling him to kill "
    "himself",
])
def test_a_pile_on_to_die_is_critical_cyberbullying(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Une élève de LJP a reçu des messages lui disant de se tuer. Si c'est votre enfant, ajoutez "
    "le numéro de Jeunesse J'écoute à son cell.",
    "The Hormis anti-bullying week: add your name to the kindness wall!",
])
def test_a_news_story_or_a_kindness_wall_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 11. Someone filmed changing -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "J'ai une vid de Noémie Charbonneau de LJP en train de se changer, qui la veut? 😏",
    "Got a pic of Jade at Hormis getting changed after gym lol",
])
def test_someone_filmed_changing_is_sexual(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "sexual" in categories


@pytest.mark.parametrize("text", [
    "Les élèves de LJP peuvent se changer dans le vestiaire avant le cours d'éduc.",
    "My daughter at Hormis takes forever getting changed for dance class 😅",
])
def test_changing_with_no_camera_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 12. Shown as a Nazi -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "J'ai photoshoppé la directrice de LJP en uniforme nazi, partagez ça dans le groupe des "
    "sec 3 😂",
    "Le directeur adjoint de Hormis déguisé en nazi, montage fait par les sec 5 😂 faites "
    "circuler",
])
def test_a_staff_member_shown_as_a_nazi_is_defamation(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "defamation" in categories


@pytest.mark.parametrize("text", [
    "Au musée de la guerre, les sec 4 de LJP ont vu un uniforme nazi exposé à côté d'un "
    "uniforme canadien.",
    "Le cours d'histoire de Hormis sur la montée des nazis était passionnant, merci Mme Roy.",
])
def test_a_museum_or_a_history_class_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 13. A dangerous challenge dared -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Léo de LJP, fais le choking challenge ce soir pis filme-toi, sinon t'es pu dans la gang",
    "Try the blackout challenge tonight @max.ljp, the whole Hormis group chat is waiting for "
    "the video",
    "Tide pod challenge pour Mathis de sec 1 à LJP demain midi, on va filmer 😂",
    "Retiens ton souffle jusqu'à perdre connaissance, Zoé, pis filme-toi, toute la classe de "
    "Hormis attend",
])
def test_a_dangerous_challenge_dared_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Parents de LJP : le « blackout challenge » refait surface sur TikTok. Parlez-en avec vos "
    "enfants ce soir.",
    "The Hormis nurse warns that the Benadryl challenge is going around again, lock up your "
    "medicine.",
    "Cours de natation à LJP : retiens ton souffle jusqu'à 10 sous l'eau, c'est l'exercice de "
    "la semaine.",
    "Les sec 2 de Hormis ont relevé le défi lecture, filmez-vous en train de lire pour la "
    "vidéo de fin d'année!",
])
def test_a_warning_a_drill_or_a_reading_challenge_is_nothing(charter: Charter,
                                                             text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 14. "Ça marche" said of a thing -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le prof d'informatique de LJP a essayé le nouveau tableau, ça marche pas pantoute.",
    "La secrétaire de Hormis dit que le portail des parents, ça marche pas depuis lundi.",
    "Mon code promo de la cafétéria de LJP, ça marche vrm, merci à la direction!",
])
def test_a_thing_that_works_or_not_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_free_offer_that_works_is_spam_only(charter: Charter) -> None:
    categories, _ = _verdict(charter, "FREE V-BUCKS pour les jeunes de l'ESHG 🎮 entrez votre "
                             "mot de passe ici ➡️ vbucks-gratos.xyz (ça marche vraiment!!)")
    assert categories == {"spam"}


def test_a_pupil_ignored_on_purpose_stays_cyberbullying(charter: Charter) -> None:
    categories, _ = _verdict(charter, "On ignore Léa de LJP depuis une semaine, continuez, ça "
                             "marche 😂")
    assert "cyberbullying" in categories
