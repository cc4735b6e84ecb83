"""The round of rules tuned on "zzc-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: staff's private lives as the public sees them (a teacher at the bar or on a dating app,
a principal's divorce, side businesses, sick leaves gossiped about) and families' lives as
staff see them (a teacher venting about parents, a secretary telling a custody dispute, a bus
driver's video of a child). Their critical misses (a pupil pantsed "you can see everything",
"we all told him to go ahead" after talk of dying, a teacher's dating username handed to a
crowd, a pupil's bus stop given with "vous savez quoi faire", locker-room pictures of pupils
sold), their privacy misses (a fertility clinic, a psychiatric unit, a wife who moved out, a
child's video posted by the driver) and their precision (a phishing warning about a "teacher
OnlyFans" link, a widow's sale, a divorce said to be none of our business, a parent's own
child's dark thoughts).

Fixed: the push given to one who talks of dying, told ("told him to go ahead", "on lui a dit
vas-y"; terms beside a dying marker); a dating or social profile's username given for
someone (a pattern, so that a call to write to them is doxxing); a body seen ("on voit
toute", "you can see everything"; a pattern, critical beside a pupil); the name of an adult
site set aside by a scam warning (its own group) and what a scam steals from the reader
("steals your password", "vole vos mots de passe"; benign phrases); an heir's sale ("my late
husband's"; no_advert markers); fertility treatment and a psychiatric unit (health terms); a
couple's break-up ("her husband moved out", "sa blonde l'a quitté"; terms); a divorce said
to be no one's business (respect markers, which now set the sensitive situation aside); a
pupil's video handed round ("here's the clip", "voici la vidéo"; beside a child or a name);
the parent's own child as subject of a relative clause ("ma fille qui avait"; own markers);
priorities said to show ("really shows where her priorities are", "on voit ben c'est quoi qui
compte pour lui") and a mock role model ("Bel exemple pour nos jeunes 🙄"); where a pupil
takes or leaves the bus (a pattern); locker-room pictures and photos sold (terms).

Set aside as look-alikes: a pupil let go to the toilets ("on lui a dit vas-y"); one's own
username, a school login; a rink seen from the stands, a portal, cameras, a supervisor who
"voit toute"; a widow's sale beside an Avon catalogue stays spam; a clinic's talk to
parents, in vitro in a biology class; the writer's own wife moving out; gossip about a
divorce with no plea; a superintendent's press video, a concert video; a coach whose visit
"shows where his heart is"; pupils' fundraising "bel exemple pour nos jeunes"; the writer's
own son's bus corner, directions at a corner, a notice to the pupils of a bus corner;
locker-room renovations.

Left for a later round: a teacher's own Etsy shop or tutoring recommended by a parent
(zzc-0042, zzc-0266: "30$/h" is a pattern no marker sets aside), used school supplies and a
team jersey sold by a parent (zzc-0024, zzc-0242); "la traiter de conne, c'est non"
(zzc-0188); a photo of a teacher at the bar rebuked (zzc-0211); the Tinder screenshot rebuked
with "Leave her be" (zzc-0202: a respect marker beside mockery would also excuse "Respectfully,
she still wets her pants"); "said he wanted to die" as health (labels elsewhere read the same
words as bullying only); contempt with no listed word ("rude, slow, and proud of it",
"Nepotism central", "Les priorités, hein" alone); veiled threats with no threatening word
(zzc-0129, zzc-0171, zzc-0264, zzc-0317, zzc-0318, zzc-0338); a pantsed pupil as privacy
("baisser ses culottes" is also to give in).
Limits seen: the bus-stop pattern reads one pupil's stop ("prend", "débarque"), not the
plural of a notice, and "his stop is" whatever follows; "you can see everything" counts after
"you", "u", "I" or "we" only; the respect markers also excuse a divorce after a sarcastic
"Respectfully,"; a pupil's video counts beside "kid" or a name, so a concert video of "the
kids" is read as privacy, as the labels read it.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. The push given to one who talks of dying, told -------------------------------------

@pytest.mark.parametrize("text", [
    "Noah de sec 2 à LJP a écrit qu'il voulait mourir. On lui a dit vas-y 😂",
    "Maya from Hormis posted that she wants to die lol, we told her to go ahead",
])
def test_go_ahead_after_talk_of_dying_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Léo de LJP voulait aller aux toilettes pendant l'examen, on lui a dit vas-y.",
    "Mia at Hormis asked if she could present first, so we told her to go ahead.",
])
def test_go_ahead_to_the_toilets_or_a_talk_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A dating or social profile's username given ---------------------------------------

@pytest.mark.parametrize("text", [
    "Mme Lavoie de Hormis est sur Bumble, son pseudo c'est lavoie_82, écrivez-lui toute la "
    "gang 😂",
    "Found Mr. Grant from LJP on Hinge, username grantie77, go message him guys, spam him till "
    "he quits lol",
])
def test_a_username_handed_to_a_crowd_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert {"privacy", "cyberbullying"} <= categories
    assert critical


@pytest.mark.parametrize("text", [
    "Add me on Roblox, my username is ninja_204, LJP gang",
    "Les élèves de Hormis entrent leur nom d'utilisateur prenom.nom2024 dans Mozaïk.",
])
def test_ones_own_username_or_a_login_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. A body seen ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La nouvelle suppléante de Hormis avec ses leggings, on voit toute 😏",
    "that sub at LJP bent over and I could see everything lmao",
])
def test_an_adults_body_seen_is_sexual(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"sexual"}, False)


def test_a_pupils_body_seen_is_critical_sexual(charter: Charter) -> None:
    categories, critical = _verdict(charter, "the grade 8 kid at LJP got his shorts pulled off "
                                    "in gym, you can see everything in the video lol")
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Du haut des gradins de LJP, on voit toute la patinoire.",
    "Parents of Hormis: you can see everything on the portal now, grades included.",
    "The new cameras at LJP can see everything in the hallway.",
    "La surveillante de LJP voit toute, faites attention dans le corridor.",
])
def test_a_view_a_portal_or_a_watchful_supervisor_is_nothing(charter: Charter,
                                                             text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. An adult site named by a scam warning; 5. what a scam steals -----------------------

@pytest.mark.parametrize("text", [
    "Attention parents de Hormis : un faux lien « OnlyFans d'une prof » circule, c'est du "
    "hameçonnage qui vole vos mots de passe. Ne cliquez pas.",
    "Heads up LJP families: the 'teacher OnlyFans' link is a scam that steals your password. "
    "Don't click it.",
])
def test_a_phishing_warning_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_teachers_onlyfans_stays_sexual(charter: Charter) -> None:
    categories, _ = _verdict(charter, "La prof de sciences de LJP a un OnlyFans, tout le monde "
                             "le sait 😏")
    assert "sexual" in categories


def test_a_janitor_said_to_steal_stays_defamation(charter: Charter) -> None:
    categories, _ = _verdict(charter, "The LJP janitor steals from the lost and found, "
                             "everybody knows it.")
    assert "defamation" in categories


# --- 6. An heir's sale ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Selling my late husband's fishing rods, he coached at Hormis for years and would love a "
    "student to have them. Message me.",
    "Je vends les outils de feu mon père, il enseignait au CFP Relais de la Lièvre. "
    "Écrivez-moi.",
])
def test_a_widows_or_an_heirs_sale_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_sale_with_a_catalogue_stays_spam(charter: Charter) -> None:
    assert _verdict(charter, "Selling my son's old Hormis hoodies, also have the new Avon "
                    "catalog, DM me for prices") == ({"spam"}, False)


# --- 7. Fertility treatment and a psychiatric unit -----------------------------------------

@pytest.mark.parametrize("text", [
    "Paraît que Mme Côté de LJP fait des traitements de fertilité, ma cousine travaille à la "
    "clinique.",
    "Mr. Dubé from Hormis has been in the psychiatric unit in Gatineau since Monday, my aunt "
    "works there.",
])
def test_a_staff_members_treatment_told_is_privacy(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"privacy"}, False)


@pytest.mark.parametrize("text", [
    "La clinique de fertilité de Gatineau offre une conférence aux parents de LJP jeudi.",
    "The sec 5 biology class at LJP learned about in vitro fertilisation today.",
])
def test_a_clinics_talk_or_a_biology_class_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 8. A couple's break-up told; 9. a divorce said to be no one's business ----------------

@pytest.mark.parametrize("text", [
    "Mrs. Gagnon from LJP, her husband moved out last month and she's been a mess since.",
    "Le prof de gym de Hormis, sa blonde l'a quitté à Noël pis y dort chez sa mère.",
    "Le directeur de LJP est en train de divorcer, tout le monde en parle au dépanneur.",
])
def test_a_break_up_told_of_someone_is_privacy(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"privacy"}, False)


@pytest.mark.parametrize("text", [
    "My wife moved out in June and my son at LJP is coping well, thanks to his teachers.",
    "Mr. Tran's divorce is none of our business, Hormis parents, let's talk about the bus "
    "schedule.",
    "Le divorce de la directrice de LJP, ça nous regarde pas. Parlons plutôt du transport.",
])
def test_ones_own_break_up_or_a_plea_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 10. A pupil's video handed round ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Voici la vidéo du p'tit gars de 2e année qui tombe en bas de la glissade à Providence 😂",
    "Here's the clip of the grade 3 kid at LJP throwing his lunch at the wall 😂",
    "Bus driver on the Hormis run here, this kid screams every single morning, here's the clip "
    "🙄",
])
def test_a_pupils_video_handed_round_is_privacy(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "privacy" in categories


@pytest.mark.parametrize("text", [
    "Voici la vidéo de la conférence du directeur général sur le budget du centre de "
    "services.",
    "Here's the video of the LJP spring concert, the choir did an amazing job!",
])
def test_a_press_or_a_concert_video_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 11. The parent's own child in a relative clause ---------------------------------------

@pytest.mark.parametrize("text", [
    "Merci à Mme Roy de LJP, qui a tellement aidé mon gars qui avait des idées noires cet "
    "hiver.",
    "Merci à M. Dion de Hormis, patient avec ma fille qui a un trouble anxieux depuis l'an "
    "passé.",
])
def test_a_parent_telling_of_their_own_child_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_staff_members_dark_thoughts_stay_privacy(charter: Charter) -> None:
    assert _verdict(charter, "Mme Roy de LJP a des idées noires depuis l'automne, ma voisine "
                    "me l'a dit.") == ({"privacy"}, False)


# --- 12. Priorities said to show; 13. a mock role model ------------------------------------

@pytest.mark.parametrize("text", [
    "Le directeur de LJP poste ses photos de golf pendant que le toit coule. On voit ben "
    "c'est quoi qui compte pour lui.",
    "The Hormis principal was at the casino during the snow day. Really shows where her "
    "priorities are.",
    "La prof d'éduc de Hormis fumait devant l'école à la sortie des classes. Bel exemple pour "
    "nos jeunes 🙄",
])
def test_priorities_or_a_role_model_sneered_at_is_disparaging(charter: Charter,
                                                              text: str) -> None:
    assert _verdict(charter, text) == ({"disparaging"}, False)


@pytest.mark.parametrize("text", [
    "The LJP coach drove three hours to visit his player in the hospital. That shows where "
    "his heart is.",
    "On voit ben que la prof de Hormis aime ses élèves, elle reste après l'école tous les "
    "jours.",
    "Les élèves de LJP ont ramassé 2000 $ pour le refuge, bel exemple pour nos jeunes!",
    "Mrs. Khan from Hormis ran her first marathon at 60, what a role model!",
])
def test_a_coachs_heart_or_a_real_example_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 14. Where a pupil takes or leaves the bus ---------------------------------------------

@pytest.mark.parametrize("text", [
    "La fille de sec 1 qui a stoolé à Hormis, Léa B., elle prend le bus 12 au coin Maclaren à "
    "7h05. Vous savez quoi faire.",
    "That snitch from LJP, Tyler M., gets off at the corner of Main and Bridge at 3:40 every "
    "day. You know what to do.",
])
def test_a_pupils_bus_stop_with_a_call_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "privacy" in categories
    assert critical


def test_a_pupils_stop_alone_is_privacy(charter: Charter) -> None:
    assert _verdict(charter, "Jacob in sec 1 at LJP, his stop is the one by the Esso"
                    ) == ({"privacy"}, False)


@pytest.mark.parametrize("text", [
    "Mon gars prend l'autobus au coin de la rue Joseph, est-ce que le trajet de Hormis change "
    "lundi?",
    "Pour le tournoi à LJP, tournez à droite au coin de la rue Maclaren.",
    "Les jeunes de Hormis qui prennent l'autobus au coin de la 309 : le transport est annulé "
    "demain.",
])
def test_ones_own_child_directions_or_a_notice_is_nothing(charter: Charter,
                                                          text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 15. Locker-room pictures sold ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "anyone got the Hormis girls locker room photos from sec 2? paying well",
    "selling the Hormis change room pics of the sec 2 girls, dm me",
])
def test_locker_room_pictures_of_pupils_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Locker room renovations at Hormis are done, the new benches look great.",
    "Les rénos du vestiaire de LJP sont finies, les nouveaux bancs sont beaux.",
])
def test_locker_room_renovations_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
