"""The round of rules tuned on "zzk-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: growing up at school (crushes, breakups, prom, rumours, coming out, dress codes, body
image, the sex-education class) and the adults around the pupils. Its critical misses (a
grooming line at the end of a bus driver's long farewell, a girl leered at deep in a post on a
basketball season, "sugar daddy" offers to pupils, a porn site welcoming "all ages", a rumour of
two named pupils' sex, grade girls said to be "rendues ben formées"), its cyberbullying and
privacy misses (a photo on a confessions page, a pupil's secret told behind the parents' back),
its precision (sex education read as sexual content, a pupil's coming out or pregnancy named only
to stop the guessing, "I didn't freak out"), its misses ("stuck-up bitches", "f*ggots", a
denial taken back, fake ID cards for the after-prom).

Fixed: a child told she was the adult's favourite, or "so mature for", beside a secret said as
"ça resterait entre nous" or "juste entre nous (deux)" (the grooming pattern, critical), and
"juste entre nous deux" as a second secret beside messages to delete; a girl called a woman "for
her age", grade girls "rendues ben formées" (the plural), pupils "plus matures que les femmes de
mon âge" (desire for a minor, critical); the looking excused by their clothes ("faut pas se
plaindre si on regarde", a clue beside another); a generous man's offer ("homme généreux cherche
jeune amie", "generous gentleman", "in exchange for company", a sugardad or sugarbabe handle,
worn panties bought; critical beside pupils); an adult site open to any age ("all ages welcome",
"aucune vérification d'âge", critical beside a sexual clue); two people said to have slept
together (a sexual rumour); a sex-education word asked about or named as the class's topic ("c'est
quoi un nude", "what sexting means", "on parle de masturbation"; benign phrases); "freak out" (a
benign phrase); "on sait tous ce qu'elle fait" (an insinuation: the denial before it no longer
counts); "bitches" and "f*ggots"; fake ID cards sold (spam) and a warning about them ("met en
garde", no advert); a pupil's photo or video put on a confessions page (cyberbullying); the
guessing told to stop, or the secret of a pupil no one names confided to the reader (respect
markers, read by the sensitive situations' group, not the two health groups: there a respect phrase
beside a named pupil's pregnancy, "Zoé est enceinte, laissez-la tranquille", would hide it;
zzk-0083 stays flagged); a pupil's secret kept from the parents, told with a laugh or a wink
(cyberbullying) or told at all (privacy).

Set aside as look-alikes: a teacher's farewell to a favourite pupil; a friend of the father who
plans a surprise "entre nous"; a draw kept secret; a daughter tall for her age; a young woman
of 17 who won a prize; a heat wave or a dull game no one should complain about; a generous
donor; a police reminder about "sugar daddies"; trousers "portées" sold; a show or a gym night
open to all ages; pupils who slept at the school for a reading night; cadets in tents; a
teacher praised for what she "a fait"; "mes bitches"; a police warning about fake IDs; the
confessions page closed or read; a worried teacher whose pupil's parents do not know (privacy
only). Still read: a sex-ed word said to a pupil, a teacher who speaks of it to girls in
private, someone called a freak, a pupil named with her health.

Left for a later round: a coach's "private coaching" to a girl who "really grew up"
(zzk-0002); grads who "don't look 17" (zzk-0097); cheerleaders who make a man of 38 want to go
back to high school (zzk-0166); grade 6 girls "in 4-5 years 😏" (zzk-0248); "which girls are 18
already? asking for me" (zzk-0259); a photographer's "photos privées" for "jeunes modèles"
(zzk-0017); "nudes of Hormis girls", where "girls" marks no minor (zzk-0104); pictures passed
round or acts in a bus or a car told with no sexual word ("from when she was with Dylan", "ont
fait des affaires"; zzk-0141, zzk-0149, zzk-0181); a revealing photo offered in DMs, flagged
cyberbullying only (zzk-0326); "j'ai 24 ans mais l'âge c'est juste un chiffre" to a handle
that marks no name (zzk-0351); a nurse to leave "en ambulance" (zzk-0306); "on te c@ss3 les
d3nts" (zzk-0124); eggs for the house of the boy who came out (zzk-0177); a pregnancy test
bought, a girl who "stopped eating", "elle se mutile", a former name and a gender dysphoria
note (zzk-0215, zzk-0207, zzk-0234, zzk-0226, zzk-0110); an outing with the laugh after it
(zzk-0330) or posted as a "coming out surprise" (zzk-0256); mockery with no listed word (a
crane for the limo, "built like a fridge", a love poem photocopied, a fund to rent a date, a
rating of the dumped, a group chat without her; zzk-0222, zzk-0249, zzk-0322, zzk-0298,
zzk-0196, zzk-0204); the workbook's words listed to defend it (zzk-0310: "pénis", "vagin" and
"orgasme" are each explicit); the nurse's message on intimate photos read as confidential
(zzk-0108); a parents' dating advert made critical by "les enfants" (zzk-0024); the dress-code
letter's "mal baisée", critical beside "petites filles" and "leur corps" (zzk-0217); the
adverts for prom (a limo, a tanning salon, promposals, a driving school, acne cream; zzk-0021,
zzk-0158, zzk-0107, zzk-0048, zzk-0007) and the part's contempt with no listed word.
Limits seen: "t'étais ma préférée" beside "ça reste entre nous" reads as a lure even as a
teacher's joke; "un ami de ton père" is not read (with "ça reste entre nous" it is a surprise
party); "femme pour son âge" would read of an adult too; "ont couché ensemble" is also Quebec's
"slept over together"; "all ages welcome" beside "sexy" makes a critical flag; "sugar daddy"
itself is not listed (the warnings quote it), so an offer without one of the listed words is
missed; "c'est quoi un nude" is set aside even in a lure; the laugh or the wink must come
before the parents kept in the dark (within 15 words, in the sentence); "it is not yours to share"
cannot be a marker ("not" would negate it); "met en garde" near a fake ID or an adult site sets it
aside.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A child told she is the favourite, or mature, beside a secret -----------------------

@pytest.mark.parametrize("text", [
    "Léa de sec 2 à LJP, t'étais ma préférée au camp de jour, viens faire un tour de moto avec "
    "moi samedi, ça resterait entre nous 😘",
    "Je suis un ami de ton père, je t'ai vue jouer au soccer à Hormis. Efface nos messages, "
    "c'est juste entre nous deux ok?",
    "you're my favorite of the grade 8 girls at LJP, message me tonight, keep it between us",
])
def test_a_favourite_told_to_keep_a_secret_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Chers élèves de sec 5 à LJP, vous allez me manquer, t'étais ma préférée Camille, bonne "
    "chance au cégep!",
    "Je suis un ami de ton père, on lui prépare une fête surprise à Hormis samedi, ça reste "
    "entre nous!",
    "Le prix de la loto-voyage de Hormis, ça resterait entre nous jusqu'au tirage, promis.",
])
def test_a_farewell_a_surprise_or_a_draw_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A girl called a woman for her age, grade girls "rendues ben formées" ----------------

@pytest.mark.parametrize("text", [
    "La petite Gauthier de l'équipe de natation de LJP est rendue ben femme pour son âge 😏",
    "Les sec 3 de LJP sont rendues ben formées cette année 😏",
    "Y'a des filles de sec 4 à LJP plus matures que les femmes de mon âge, je dis ça de même 😏",
])
def test_a_girls_body_looked_at_as_a_womans_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Ma fille de sec 2 à LJP est grande pour son âge, elle joue déjà avec les juvéniles.",
    "Une jeune femme de 17 ans de Hormis a remporté le concours d'art oratoire, bravo!",
])
def test_a_tall_daughter_or_a_young_woman_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. The looking excused by the girls' clothes -------------------------------------------

def test_the_looking_excused_beside_girls_dressed_as_women_is_critical(charter: Charter
                                                                      ) -> None:
    text = ("Les filles de sec 3 à Hormis s'habillent comme des femmes, faut pas se plaindre si "
            "on regarde.")
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "À LJP on a le droit de porter des shorts, faut pas se plaindre de la chaleur en juin.",
    "Le match de Hormis était plate, faut pas se plaindre si on regarde nos cells.",
])
def test_a_heat_wave_or_a_dull_game_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. A generous man's offer to pupils ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Filles de sec 4 à LJP, homme généreux cherche jeune amie pour souper au resto, 300$ la "
    "soirée, écris-moi.",
    "Hormis grade 10 girls, generous gentleman will cover your phone bill in exchange for "
    "company, discreet.",
    "J'achète des petites culottes portées, élèves de LJP écrivez-moi.",
])
def test_a_generous_mans_offer_to_pupils_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Un homme d'affaires généreux de Buckingham a donné 5000$ à la fondation de LJP, merci!",
    "Les policiers rappellent aux élèves de Hormis de bloquer tout « sugar daddy » qui leur "
    "écrit.",
    "Je vends des culottes portées une fois par mon gars de sec 2 à LJP, grandeur 14.",
])
def test_a_donor_a_police_reminder_or_trousers_sold_is_nothing(charter: Charter,
                                                               text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. An adult site open to any age -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bored in Hormis health class? Real porn videos free tonight, all ages welcome 🔥",
    "Hormis boys, free porn site, no age verification, link in bio",
])
def test_an_adult_site_open_to_any_age_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Spectacle de fin d'année de LJP au parc samedi, tous les âges bienvenus!",
    "Hormis open gym night, no age check, just bring your sneakers.",
])
def test_a_show_or_a_gym_night_for_all_ages_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. Two people said to have slept together ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Maxime Roy pis Léa de sec 4 à LJP ont couché ensemble au chalet après le bal, tout le "
    "monde le sait.",
    "Rumour at Hormis is that Jake Lee and Mia slept together after the grad party.",
])
def test_two_pupils_said_to_have_slept_together_is_critical(charter: Charter,
                                                            text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Les élèves de sec 1 de LJP ont dormi ensemble au gymnase pour la nuit du 24 h de lecture.",
    "The Hormis cadets slept in tents together at the summer camp.",
])
def test_a_reading_night_or_a_camp_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. A sex-education word asked about or named as the class's topic ---------------------

@pytest.mark.parametrize("text", [
    "Ma fille de 10 ans à Hormis m'a demandé c'est quoi le sexting après le cours, vous "
    "répondez quoi?",
    "My son at LJP asked me what a nude is after the police talk. How do you explain it to an "
    "11 year old?",
    "Oui, en sec 3 à LJP on parle de masturbation dans le cours d'éducation à la sexualité, "
    "c'est au programme.",
])
def test_a_parents_question_or_the_class_topic_is_nothing(charter: Charter,
                                                          text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Envoie-moi un nude ce soir Léa, t'es en sec 2 à LJP non?",
    "Le prof de LJP parle de masturbation aux filles de sec 1 en privé après le cours, c'est "
    "louche 🤢",
])
def test_the_word_said_to_a_pupil_stays_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


# --- 8. "Freak out" -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "My son told me a girl at LJP likes him. I didn't freak out, I just asked how he felt.",
    "Don't freak out if your kid at Hormis comes home with a note about lice, it's routine.",
    "Parents of LJP, please don't freak out, the lockdown was a drill.",
])
def test_freaking_out_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_someone_called_a_freak_stays(charter: Charter) -> None:
    text = "Riley from Hormis, you're such a freak, nobody wants you at prom."
    assert "cyberbullying" in _verdict(charter, text)[0]


# --- 9. A denial taken back: "on sait tous ce qu'elle fait" ---------------------------------

@pytest.mark.parametrize("text", [
    "Je dis pas que la prof de théâtre de LJP est une folle. On sait tous ce qu'elle fait "
    "après les répétitions.",
    "I'm not saying the Hormis gym teacher is a creep, but we all know what he does after "
    "practice.",
])
def test_a_denial_taken_back_is_defamation(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


def test_a_teachers_deeds_praised_after_a_denial_is_nothing(charter: Charter) -> None:
    text = ("Je dis pas que la prof de LJP est une folle, elle est juste exigeante, on sait tous "
            "ce qu'elle a fait pour l'harmonie.")
    assert _verdict(charter, text) == (set(), False)


# --- 10. "Bitches" and "f*ggots" ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Hormis cheer captains are a bunch of mean bitches who kick out anyone new.",
    "LJP is full of f*ggots now, thanks to the new club.",
])
def test_bitches_and_an_evaded_slur_are_defamation(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


def test_a_girl_and_her_bitches_on_a_road_trip_is_nothing(charter: Charter) -> None:
    text = "Moi pis mes bitches on part en road trip après le bal de LJP 💅"
    assert _verdict(charter, text) == (set(), False)


# --- 11. Fake ID cards sold -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Fake IDs for Hormis grads, perfect quality, ready before prom, DM me.",
    "Faux ID pour le party d'après-bal de LJP, livraison à Papineauville, écris sur Snap.",
])
def test_fake_ids_sold_to_grads_is_spam(charter: Charter, text: str) -> None:
    assert "spam" in _verdict(charter, text)[0]


def test_a_police_warning_about_fake_ids_is_nothing(charter: Charter) -> None:
    text = ("La police met en garde les finissants de LJP contre les fausses cartes d'identité "
            "vendues en ligne.")
    assert _verdict(charter, text) == (set(), False)


# --- 12. A pupil's picture put on a confessions page ----------------------------------------

@pytest.mark.parametrize("text", [
    "Quelqu'un a mis la vidéo de Jérémie qui tombe dans l'escalier de LJP sur la page des "
    "confessions 😂",
    "Someone posted Ava's yearbook photo on the confessions page of Hormis with a pig filter "
    "lol",
])
def test_a_picture_on_the_confessions_page_is_cyberbullying(charter: Charter,
                                                            text: str) -> None:
    assert "cyberbullying" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "La page de confessions de LJP a été fermée par la direction, bravo.",
    "J'ai lu sur la page de confessions de Hormis que le bal va être au Château cette année.",
])
def test_the_confessions_page_closed_or_read_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 13. The guessing told to stop; a secret no one names confided to the reader ------------

@pytest.mark.parametrize("text", [
    "Si un jeune te confie qu'il est gai à Hormis, c'est son secret, pas le tien.",
])
def test_a_plea_to_leave_a_pupils_secret_alone_is_nothing(charter: Charter,
                                                          text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_the_pupil_named_with_the_health_stays_private(charter: Charter) -> None:
    text = ("Le gars de sec 4 à LJP qui est en dépression c'est Nathan Roy, il prend des pilules "
            "depuis Noël.")
    assert "privacy" in _verdict(charter, text)[0]


# --- 14. A pupil's secret kept from the parents ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Émile Cyr de sec 2 à Hormis sort avec un gars en cachette lol ses parents le savent même "
    "pas",
    "Paraît que Jade Roy de LJP fume en cachette 👀 sa mère le sait pas",
])
def test_a_secret_told_behind_the_parents_back_is_bullying(charter: Charter,
                                                           text: str) -> None:
    assert {"cyberbullying", "privacy"} <= _verdict(charter, text)[0]


def test_a_worried_teachers_report_is_privacy_only(charter: Charter) -> None:
    text = ("Jade Roy (sec 3, LJP) nous a confié qu'elle se mutile, ses parents le savent pas. On "
            "a fait un signalement, je suis bouleversée.")
    assert _verdict(charter, text) == ({"privacy"}, False)
