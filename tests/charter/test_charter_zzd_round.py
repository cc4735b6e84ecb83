"""The round of rules tuned on "zzd-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: the little ones' school as parents and staff talk of it (elementary classes, the
daycare, kindergarten, lunch monitors, class photos and the school photographer, field trips
and concerts, homework apps, the parents' class groups). Its critical misses (adults' desire
for small children: a volunteer's lap and "secret games", a child asked for a pyjama picture,
more pictures of the little girls asked for in private, a man filming them as they change, a
little girl praised "for her age" down to her legs; threats to staff: a stretcher promised,
the car and the hour known, a name to be read in the paper, windows to be broken, a crowd
sent to a home described by its colour) and its precision (a board notice on falling
enrolment read as sex, parents' sales of outgrown clothes and books read as adverts).

Fixed: the moment children are filmed changing ("quand elles se changent", "while they're
changing", "au vestiaire", the school's "salle de bain"; beside a camera); the lure in texting
spelling ("don't tell ur mom", "I'll pick u up") and the secret called a game; a child on an
adult's lap, looks praised for her age, "belles petites jambes", "un corps de grande" (clues,
two make desire for a child); "pic of you in", "en petite culotte"; more pictures of them
asked for in private ("m'en envoyer d'autres en privé", "got more pics? I pay very well",
"discreet"); children named in English ("little girls", "kindergarten girls") and a parent's
child addressed ("votre fille") as minors; a stretcher promised; the half-said threat ("ça va
brasser", "je sais où tu mets ton char", "I know which car is yours", "vous allez lire son
nom dans le journal", "on va l'attendre devant", "tu sais pas quand, tu sais pas où", "elle
va avoir peur pour vrai"); a baseball bat as a weapon; a person's windows to be broken; "ça
donne des idées" and a child's hips watched; a home told by its colour ("la maison beige");
the crowd sent to a doxxed home ("that's where she'll be", "on va y faire passer le goût",
"his friends know where to find him"); "baisse d'inscriptions" (no sex act); a parent's sale
told by its wear or the child's growth ("porté un hiver", "he grew like a weed").

Set aside as look-alikes: a theft or a notice "au vestiaire", a pupil who changes on her own;
a surprise kept from a mother, a secret games night, a parent's pick-up; a grandparent's lap;
a grandmother pretty for her age, a parent's child mature for 8; a yearbook "photo of you in";
more photos of a show asked by a parent, a surprise party kept discreet; a dance class that
"se déhanche"; stretchers for a football game, a fall from the play structure; a stormy
council meeting, a prize in the paper, a grandfather waiting at the door with balloons,
Christmas coming fast; a bat for field day; windows broken by the wind; "La Maison rouge" as a
place's name; lost and found "where they'll be"; a shop's sale of snowsuits.

Left for a later round: "faites-le donc" two sentences after talk of dying (zzd-0202: no dying
marker near); an evening walk given with "si y'en a qui veulent y parler" (zzd-0300: no rule
reads a routine as privacy); a stranger's ride and candy for a "cute little girl" (zzd-0034);
a spa and "en bikini 😉" (zzd-0205); "y'a des hommes qui regardent 😏" (zzd-0271); filming
through the fence with a collection shared in private (zzd-0319: fence photos of children are
privacy only elsewhere); snow to be eaten, "je vais m'occuper d'elle" (zzd-0010, zzd-0267);
"te couper" in the infinitive (zzd-0226, already critical); children's words reported ("son
ami « est un idiot »", zzd-0078, zzd-0218); a budget meeting's "laissé fuiter" (zzd-0359);
a class shut out with no hurtful word (zzd-0004, zzd-0029, zzd-0051, zzd-0105, zzd-0154).
Limits seen: "au vestiaire" and the school's bathroom count beside a camera only; the ages
"mature pour 6 ans" to "11 ans" are written out one by one; "votre fille" and "ta fille" are
minors whoever they are; the doxxing terms count only beside a flagged address or number; "ça
arrive vite" weighs 0.3, a clue beside a clue; a private sale without a reason stays spam.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Children filmed as they change -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Un voisin filme les petites de l'école Providence quand elles se changent après la "
    "piscine.",
    "A man at the Hormis pool films the little girls while they're changing and sells the clips.",
    "J'ai des vidéos des petits de 1re année de Providence au vestiaire de la piscine, qui en "
    "veut?",
])
def test_children_filmed_changing_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Mon fils a oublié ses bottes au vestiaire de l'aréna après la game de Providence.",
    "La petite de 2e année à Providence se change toute seule maintenant, tellement fière "
    "d'elle!",
    "Rappel de Providence : les élèves de maternelle se changent au vestiaire avant le cours "
    "de natation.",
])
def test_a_cloakroom_or_a_child_changing_alone_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. The lure in texting spelling, the secret called a game -----------------------------

@pytest.mark.parametrize("text", [
    "Hey Mia from grade 5 at LJP, I'll pick u up after school, dont tell ur parents ok",
    "Les petits de maternelle à Providence adorent nos jeux secrets au SDG, les parents ont "
    "pas besoin de savoir 😉",
])
def test_the_lure_in_texting_spelling_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Don't tell ur mom but we got her the LJP mug for her birthday lol",
    "Secret games night at Providence for the grade 6 fundraiser, bring the family!",
    "I'll pick u up after the LJP game, text me when it's done",
])
def test_a_surprise_a_games_night_or_a_ride_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. A lap, looks for her age, little legs, a big girl's body ---------------------------

@pytest.mark.parametrize("text", [
    "La petite rousse de 1re année à Saint-Laurent est tellement jolie pour son âge, des "
    "belles petites cuisses 😍",
    "Ta fille est mature pour 9 ans, elle a un corps de grande 😉 je pourrais aller la "
    "chercher à Providence",
    "Les petites de la maternelle à Providence viennent s'asseoir sur mes genoux, pis c'est "
    "notre petit secret 😉",
])
def test_desire_for_a_little_girl_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "My granddaughter loves sitting on my lap while I read her stories from the Providence "
    "library.",
    "Ma grand-mère de 92 ans est encore jolie pour son âge, elle vient lire aux enfants de "
    "Providence.",
    "Mon gars est très mature pour 8 ans, sa prof de Providence nous l'a dit à la rencontre.",
    "Votre fille est mature pour 9 ans, elle a aidé toute la classe de Providence au "
    "spectacle. Bravo!",
])
def test_a_grandparent_or_a_mature_child_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. "pic of you in", "en petite culotte" -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Send me a pic of you in your Providence jersey, Emma, you're 10 and you're so pretty 😘 "
    "dont tell ur mom",
    "J'ai une photo de la petite Zoé de 1re année à Providence en petite culotte dans la "
    "salle de bain de l'école.",
])
def test_a_child_pictured_undressed_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Mme Roy of Providence, found a photo of you in the 1998 yearbook, so cute!",
    "Mon gars est revenu de Providence en petite culotte parce qu'il avait renversé son jus "
    "sur ses pantalons 😂",
    "Voici une photo de la salle de bain de l'école Providence rénovée, enfin des lavabos à "
    "la hauteur des petits!",
])
def test_a_yearbook_a_spill_or_a_renovation_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. More pictures of them asked for in private; 6. children named in English -----------

@pytest.mark.parametrize("text", [
    "Des photos des petites de maternelle à Providence en maillot au parc? Quelqu'un peut "
    "m'en envoyer d'autres en privé.",
    "Cute kindergarten girls in the LJP recital video, got more pics? I pay very well",
    "Those little girls at the Providence recital shaking those hips, got more vids? I collect "
    "them",
])
def test_more_pictures_of_children_asked_for_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "sexual")


@pytest.mark.parametrize("text", [
    "Super spectacle à Providence! Quelqu'un a d'autres photos d'elles? Ma fille et ses amies "
    "étaient si belles.",
    "Please be discreet about the surprise party for Mrs. Roy at Providence, she can't know!",
    "Stop crying like a little girl, Providence principal, and fix the buses.",
])
def test_a_parents_request_or_a_surprise_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. A stretcher promised ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mme Roy de Providence, si tu cries encore après mon gars, tu vas sortir de là sur une "
    "civière.",
    "Touch my son again, coach at LJP, and you'll be leaving on a stretcher.",
])
def test_a_stretcher_promised_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Les Griffons vont écraser LJP samedi, préparez les civières 🏈",
    "Le petit de Providence tombé du module est sorti de la cour sur une civière, il va bien, "
    "merci aux éducatrices.",
])
def test_a_games_stretchers_or_a_fall_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 8. The half-said threat ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Au prof de 2e à Providence : je sais où tu mets ton char. Ça va brasser lundi.",
    "Mrs. Roy from LJP: I know which car is yours and I know what time you leave.",
    "La surveillante de Providence qui a puni ma fille : tu sais pas quand, tu sais pas où.",
    "Le directeur de Providence, on va l'attendre devant l'école vendredi, il va avoir peur "
    "pour vrai.",
])
def test_a_half_said_threat_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Ça va brasser au conseil d'établissement de Providence mardi, venez nombreux!",
    "Bravo Léa de Providence, vous allez lire son nom dans le journal samedi pour son prix!",
    "Grand-papa va l'attendre devant l'école Providence avec des ballons pour sa fête 🎈",
    "Noël ça arrive vite, le marché de Providence est samedi!",
    "On va attendre Mathis après l'école à Providence avec la poussette pis on va aller au "
    "parc tous ensemble 😊",
])
def test_a_meeting_a_prize_or_a_welcome_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 9. A baseball bat; 10. a person's windows to be broken ----------------------------------

@pytest.mark.parametrize("text", [
    "If that lunch monitor at Providence touches my kid again I'll be there with a baseball "
    "bat.",
    "La directrice de Providence qui a renvoyé mon gars, on va briser ses fenêtres ce soir.",
])
def test_a_bat_or_broken_windows_promised_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Bring your baseball bat and glove to Providence's field day Friday!",
    "Le vent a brisé ses fenêtres, pauvre Mme Roy de Providence, on fait une collecte pour "
    "elle.",
])
def test_field_day_or_a_storm_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 11. Ideas given, a child's hips watched ------------------------------------------------

def test_ideas_given_by_little_dancers_are_critical(charter: Charter) -> None:
    _critical_in(charter, "Les petits gars de 2e à Providence au cours de danse, ça donne des "
                 "idées 😈 qqn a la vidéo?", "sexual")


@pytest.mark.parametrize("text", [
    "Le nouveau cours de zumba à Providence, ça donne des idées pour la fête de fin d'année!",
    "Les élèves de 3e à Providence se déhanchent sur la musique du spectacle, trop beau 😍",
])
def test_a_zumba_class_or_a_show_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 12. A home told by its colour; 13. the crowd sent to it --------------------------------

@pytest.mark.parametrize("text", [
    "La TES de Providence qui a fait un signalement, c'est Julie Roy, 12 chemin Lépine, la "
    "maison rouge avec la piscine. Qui vient avec moi samedi?",
    "Le p'tit Léo de 3e à Providence qui a stoolé mon gars, c'est au 8 rue Joseph, yellow "
    "duplex. Ses amis savent où le trouver.",
])
def test_a_crowd_sent_to_a_coloured_house_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "privacy")
    _critical_in(charter, text, "cyberbullying")


@pytest.mark.parametrize("text", [
    "The LJP vice-principal lives at 14 Rue Maclaren, that's where he'll be Sunday afternoon.",
    "La surveillante de Providence, Line Roy, 27 chemin du Lac, la maison brune. On va y faire "
    "passer le goût de punir nos enfants.",
])
def test_a_threat_at_a_given_home_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert {"privacy", "defamation"} <= categories
    assert critical


@pytest.mark.parametrize("text", [
    "La Maison rouge de Buckingham organise un bricolage pour les élèves de Providence samedi.",
    "Lost and found is in the Providence gym, that's where they'll be until Friday.",
    "La TES de Providence qui a fait un signalement, c'est Julie Roy. Qui vient avec moi "
    "samedi?",
])
def test_a_place_a_lost_and_found_or_no_address_is_nothing(charter: Charter,
                                                           text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 14. Falling enrolment ------------------------------------------------------------------

def test_falling_enrolment_is_nothing(charter: Charter) -> None:
    assert _verdict(charter, "Baisse d'inscriptions à Providence : les deux classes de "
                    "maternelle seront regroupées en septembre.") == (set(), False)


def test_a_teacher_said_to_have_sex_with_a_pupil_stays_critical(charter: Charter) -> None:
    _critical_in(charter, "Le prof de sec 4 à LJP baise une élève, tout le monde le sait.",
                 "sexual")


# --- 15. A parent's sale of outgrown things -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Je vends l'habit de neige de mon gars, porté un hiver à Providence, 30$, écrivez-moi en "
    "privé.",
    "Selling my daughter's Providence gym shorts and shirt, size 8, she grew like a weed. $10, "
    "message me.",
    "Je vends les cahiers d'exercices de 3e année de ma fille, Providence, 5$. Si ça peut aider "
    "un autre parent.",
])
def test_a_parents_sale_of_outgrown_things_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Liquidation d'habits de neige Kamik pour les élèves de Providence, 40$ chaque, écrivez-moi "
    "en privé 🙂",
    "Selling brand new Providence gym uniforms, all sizes, $25 each, DM me to order!",
])
def test_a_shops_sale_stays_spam(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"spam"}, False)
