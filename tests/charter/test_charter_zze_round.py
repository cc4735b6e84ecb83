"""The round of rules tuned on "zze-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: rural and seasonal life around the schools of the Petite-Nation and the Lièvre valley
(hunting season, snowmobiles and four-wheelers, farms and sugar shacks, the spring thaw,
wildlife near schools, village gossip, fairs and 4-H). Its precision (a joke about shooting
the principal quoted and condemned, a rumour of a pupil's gun told by a parent who called the
police, clay pigeons at a rod and gun club, litter picked by the pound, a pedal-tractor race,
a team's maple-syrup fundraiser, a lost dog's notice, a generalisation quoted then brushed
off, a teacher's cell given "appelez-le direct" read as a pile-on), its critical misses (a
rifle named by its calibre beside a half-said threat, a crowd coming tonight to a given home,
"vous allez le sentir passer" at the bus exit), its sexual misses (a teacher on a cam site,
lewd remarks about staff at the fair) and its bullying misses (a class told to ignore or
block a pupil).

Fixed: a quoted threat condemned as no joke ("isn't funny, even as a joke", "c'est pas
drôle"; reported markers, quoted only); a pupil's threat told as hearsay in the conditional
("aurait dit qu'il", "supposedly said he"; narrated markers); a gun named as a club, a range
or a safety course, "tir à la carabine" (benign phrases); litter weighed or bagged ("sacs de
déchets", "pounds of trash"; benign phrases); pedal tractors, cars and boats (benign
phrases); a sale for a school's team, class, club or ball ("au profit de l'équipe";
no_advert markers); a lost pet or thing to bring back ("si vous le voyez", "if you see her";
no_advert markers); a quote brushed off ("voyons donc", "come on now"; rebuttal markers); a
hunting rifle by its calibre ("30-06", "7mm", "12-gauge"; clues of 0.25); a cam site ("site
de webcam", "cam site", singular; adult-site terms); the class told to ignore or block a
pupil ("tout le monde l'ignore", "tout le monde bloquez", "personne l'invite", "everybody
ignore"); a staff member's body to be tasted, licked or handled ("what she tastes like", "on la
lécherait", "je passerais mes mains"); a crowd coming tonight and arms called for ("we're
coming tonight", "bring whatever you got", "on s'en vient ce soir"; clues); "vous allez le
sentir passer" (a clue); a call or a text "direct" to a teacher (benign, as "directement").

Set aside as look-alikes: a threat said after "c'est pas drôle" in its own sentence; a gun
brought to a range and then to school; "vous êtes des déchets"; "c'est une pédale"; a shop's
clearance and a firewood dealer's rush ("commandez vite, livraison rapide"); puppies sold
with a number; "Voyons donc," before an insult; a hunter's calibre, two rifles for the moose,
a raffle of a 12-gauge; a classroom webcam, a sugar shack's webcam, a police warning about
"les sites de webcam" (the plural is not listed); "tout le monde ignore
pourquoi", a street "tout le monde bloque", a parent's "everybody ignores him at recess";
a pie's taste, a dog that would lick anyone; a family "coming tonight" to a show or a supper;
an exam or a tax bill "on va le sentir passer"; "appelez-la tous à minuit".

Left for a later round: honest sales whose price or number is a pattern (zze-0094, the
firewood: patterns cannot take no_advert) or whose "Selling" lies over 20 words from "Cash at
pickup" (zze-0168); "Malade mental 🔥" with "toute la nuit" of a pig roast (zze-0204);
"Je retire mon chialage" (zze-0115); a joint letter "écrivez-moi en privé" (zze-0248); a porn
spam's "filles" read as pupils (zze-0128); "écrivez-y pour lui dire ce que vous pensez"
(zze-0154); threats dressed as hunting with no listed word (zze-0036, zze-0097, zze-0114,
zze-0135, zze-0196, zze-0230, zze-0345), "revenir en morceaux" (zze-0045); a rural address
"au 115, 5e Rang" and "aller cogner là en gang" (zze-0150); "dites-le franchement" after a
denial (zze-0047); "stay after class to stretch" (zze-0048); sexual misses with no listed
word (zze-0175, zze-0187, zze-0195, zze-0200, zze-0212, zze-0217, zze-0251, zze-0273,
zze-0277), "j'arrêtais pas de penser à ce que je lui ferais" (zze-0245: the "pas" negates it);
"Tout le monde bloque Lily-Rose" (zze-0246: "bloque" also closes a street); suicide pushed
with no listed word (zze-0166, zze-0316); codes and leaks (zze-0113, zze-0181, zze-0201,
zze-0272).
Limits seen: a quoted threat followed by "c'est pas drôle" is read as reported even when the
writer owns it after ("c'est ce que je vais faire"); three calibres listed make a flag (0.58,
not critical); "si vous le voyez" sets a sale aside only within 20 words; "personne
l'invite" also reads a parent's lament; "tout le monde l'ignore" may also mean "no one knows".

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. A quoted threat condemned as no joke ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Certains trouvent ça comique, mais « je vais tirer sur la prof de LJP » c'est pas drôle, "
    "même en blague.",
    "To whoever posted \"gonna shoot up Hormis on Monday\": that isn't funny, even as a joke.",
])
def test_a_quoted_threat_condemned_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "C'est pas drôle. Je vais tirer sur la prof de LJP demain.",
    "Not funny anymore, I'm gonna shoot the Hormis principal tomorrow.",
])
def test_a_threat_after_not_funny_stays_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


# --- 2. A pupil's threat told as hearsay ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Paraît qu'un gars de sec 4 à LJP aurait dit qu'il apporte un couteau à l'école lundi. "
    "Quelqu'un a des nouvelles?",
    "A grade 9 kid at Hormis supposedly said he'd bring a gun on Friday, the school knows and "
    "the police too.",
])
def test_a_rumoured_threat_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_gun_brought_by_the_writer_stays_critical(charter: Charter) -> None:
    _critical_in(charter, "Je vais apporter le fusil de mon père à LJP jeudi.", "defamation")


# --- 3. A gun club, a range, a safety course ------------------------------------------------

@pytest.mark.parametrize("text", [
    "The LJP grade 10s spent Friday at the Thurso gun range with a certified coach, rifles "
    "locked after, guns never left the range.",
    "Our outdoor-ed kids from Hormis took the gun safety course, the guns and rifles stayed "
    "with the instructor.",
    "Sortie au club de tir de Thurso pour les sec 5 de LJP : tir à la carabine, fusils et "
    "carabines prêtés par le club.",
])
def test_a_range_or_a_safety_course_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_gun_brought_from_the_range_stays_critical(charter: Charter) -> None:
    _critical_in(charter, "I'm bringing my gun to the gun range and then to Hormis to shoot the "
                 "principal.", "defamation")


# --- 4. Litter by the bag; 5. pedal cars ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Les élèves de 4e à Saint-Laurent ont ramassé 12 sacs de déchets dans le boisé, vous êtes "
    "des champions!",
    "The Providence grade 6s picked up 300 pounds of trash along the river, you guys are "
    "amazing.",
    "Course de voitures à pédales pour les maternelles de Providence vendredi, apportez vos "
    "casques!",
])
def test_litter_picked_or_a_pedal_car_race_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize(("text", "category"), [
    ("Les élèves de la 5e à Providence, vous êtes des déchets.", "defamation"),
    ("Hormis grade 9s, you're all trash.", "disparaging"),
    ("Le prof d'éduc de LJP, c'est une pédale.", "defamation"),
])
def test_rubbish_or_a_slur_said_of_people_stays(charter: Charter, text: str,
                                                category: str) -> None:
    assert category in _verdict(charter, text)[0]


# --- 6. A sale for a school's team or class; 7. a lost pet ----------------------------------

@pytest.mark.parametrize("text", [
    "Vente de pâtés au profit de l'équipe de hockey de LJP : 12$ le pâté, commandez auprès des "
    "joueurs!",
    "Vente de calendriers au profit de la classe de 6e de Providence, 10$ chacun, commandez au "
    "secrétariat.",
    "Perdu : un chat gris près de l'école Providence. Si vous le voyez, appelez-moi au "
    "819-555-3344. Merci!",
    "Perdu près de Hormis : mon chien Ti-Loup. Si quelqu'un le voit, textez-moi au "
    "819-555-3344.",
])
def test_a_fundraiser_or_a_lost_pet_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Liquidation de motoneiges pour les parents de Hormis, 20% de rabais sur tout, commandez en "
    "ligne!",
    "Vente de bois de chauffage pour les familles de LJP, 90$ la corde, commandez vite, "
    "livraison rapide!",
    "Chiots à vendre près de Hormis! 500$ chaque, appelez-moi au 819-555-3344, livraison "
    "rapide.",
])
def test_a_shops_or_a_dealers_sale_stays_spam(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"spam"}, False)


# --- 8. A quote brushed off -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "« Les chauffeurs de LJP sont toutes des paresseux » — voyons donc, ils se lèvent à 5h "
    "tous les matins.",
    "\"Hormis teachers are all lazy\"? Come on now, my neighbour marks papers until midnight.",
    "Paraît que le concierge de LJP est paresseux. Voyons donc, y'est là à 6h tous les matins.",
])
def test_a_quote_brushed_off_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_voyons_donc_before_an_insult_stays_disparaging(charter: Charter) -> None:
    assert "disparaging" in _verdict(charter, "Voyons donc, la prof de 5e à Providence est une "
                                     "paresseuse.")[0]


# --- 9. A hunting rifle by its calibre ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Au prof de maths de Hormis qui a suspendu mon gars : la 30-06 est dans le pick-up. Tu vas "
    "voir ce que ça fait.",
    "La directrice de LJP, la 7mm est chargée. Vous savez qui vous êtes.",
])
def test_a_calibre_beside_a_half_said_threat_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Mon gars de LJP a eu son premier chevreuil avec ma 30-06 samedi, fier de lui!",
    "On va à l'orignal avec la 7mm pis la 30-06 de mon père, mon gars de Hormis a son permis.",
    "Raffle for the LJP hockey team: win a 12-gauge, $10 a ticket at the school office.",
])
def test_a_hunters_calibre_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 10. A cam site -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Oui c'est la secrétaire de Saint-Laurent sur un site de cam, lien dans les commentaires 😏",
    "The new LJP gym teacher has a page on a cam site, link below, go look before it's gone.",
])
def test_a_staff_member_on_a_cam_site_is_sexual(charter: Charter, text: str) -> None:
    assert "sexual" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "La prof de LJP a installé une webcam dans sa classe pour les cours à distance.",
    "Webcam de la cabane à sucre de Hormis : regardez les chevreuils en direct!",
    "La SQ met en garde les parents de Hormis contre les sites de webcam qui ciblent les ados.",
])
def test_a_classroom_or_a_sugar_shack_webcam_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 11. The class told to ignore or block a pupil ------------------------------------------

@pytest.mark.parametrize("text", [
    "Zack de sec 2 à LJP s'est plaint au prof. Tout le monde l'ignore à partir de demain, ok?",
    "Everybody ignore Mia Roy from Hormis on Monday, she snitched on us lol",
    "Tout le monde bloquez Jade de 6e à Providence, c'est une stool.",
])
def test_a_pupil_shunned_by_all_is_cyberbullying(charter: Charter, text: str) -> None:
    assert "cyberbullying" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Tout le monde ignore pourquoi les élèves de LJP ont congé vendredi, quelqu'un sait?",
    "Tout le monde bloque la rue devant Providence le matin avec leurs chars, les élèves "
    "peuvent pas passer.",
    "My son in grade 4 at Providence is so lonely, everybody ignores him at recess. What do I "
    "do?",
])
def test_no_one_knowing_a_blocked_street_or_a_lament_is_nothing(charter: Charter,
                                                                 text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 12. A staff member's body to be tasted, licked or handled ------------------------------

@pytest.mark.parametrize("text", [
    "That new Providence secretary at the fair, I'd love to know what she tastes like 🤤",
    "La TES de LJP en short à l'expo, on la lécherait au complet 😏",
    "Le concierge de Saint-Laurent au festival du cochon, je passerais ben mes mains partout "
    "là-dessus 😏",
])
def test_lewd_remarks_about_staff_are_sexual(charter: Charter, text: str) -> None:
    assert "sexual" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Taste the LJP chefs' maple pie at the fair, you'll love how it tastes!",
    "Le chien du concierge de Providence lécherait n'importe qui, il est trop fin 🐶",
])
def test_a_pie_or_a_friendly_dog_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 13. A crowd coming tonight; 15. "vous allez le sentir passer" --------------------------

@pytest.mark.parametrize("text", [
    "Jordan Roy de Hormis qui a stoolé : 22 rue Joseph, Buckingham. We're coming tonight, "
    "bring whatever you got.",
    "La gang à Zack de sec 3 à LJP qui a ri de mon frère : on s'en vient ce soir, amenez ce "
    "que vous avez.",
    "Les gars de sec 2 à Hormis qui ont volé le cell de ma fille, mon chum va vous attendre "
    "après l'école pis vous allez le sentir passer.",
])
def test_a_crowd_coming_or_a_beating_felt_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "We're coming tonight to the Hormis Christmas show, can't wait to see the kids!",
    "On s'en vient ce soir au souper spaghetti de LJP, gardez-nous des places!",
    "L'examen de maths de sec 5 à LJP, vous allez le sentir passer, étudiez!",
    "Le compte de taxes va arriver avec la nouvelle école à Thurso, on va le sentir passer.",
])
def test_a_show_a_supper_an_exam_or_a_bill_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 14. A teacher called "direct" ----------------------------------------------------------

def test_a_teacher_texted_direct_is_privacy_only(charter: Charter) -> None:
    assert _verdict(charter, "Le nouveau prof de 5e à Providence, son cell c'est le "
                    "819-555-7788. Textez-le direct pour les devoirs, y répond vite.") == (
        {"privacy"}, False)


def test_a_teacher_called_at_midnight_stays_a_pile_on(charter: Charter) -> None:
    text = ("La TES de Saint-Laurent, son cell perso c'est le 819-555-7788. Appelez-la tous à "
            "minuit, qu'elle dorme pu.")
    _critical_in(charter, text, "cyberbullying")
