"""The round of rules tuned on "zq-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: posts by the school staff themselves (teachers, substitutes, janitors, TES, bus drivers,
coaches, principals). Their wrong critical alerts (class tomatoes "on va sûrement les noyer"; a
former teacher's pupil who "a failli faire sauter le labo de chimie par accident"; a pupil's
"joke" about bringing his dad's rifle, told by a colleague; a coach's locker-room photos sent
to the police by the writer; a drunk janitor who "va mettre le feu à l'école avec ses
cigarettes"), their critical misses (a dismissal answered by "j'espère qu'il a une bonne
assurance vie"; "j'ai mon permis de possession d'arme à feu pis une très très mauvaise
semaine"; a pupil who "menace de se tuer ... honnêtement qu'il le fasse"; a bridge shown to a
pupil, "à ta place, j'irais faire un tour sur le pont pis je reviendrais pas", "tell him the
bridge is that way 👉🌉"; "on sait tous où il reste"; a pupil who looks "pas mal mature pour son
âge"), and their misses by category (a principal said to have slept her way to her post; a
board "where good ideas come to die" or that "sends teachers to die"; a school that "est devenue
un dépotoir"; a colleague's multiple sclerosis; pupils named among those "enceintes").
Fixed: the pupil's rifle "joke" and the lab nearly blown up (defamation alerts, now told); the
insurance, the gun licence, the talk of suicide past an ellipsis, the bridge and the home known
"de tous" (now critical); "pas mal mature pour son âge", where "pas mal" is "quite" and was read
as a negation (now critical sexual); the post won in bed (sexual); the places where ideas and
teachers die and what a place "est devenue" (disparaging); a colleague's health and the
pregnant pupils (privacy).

Set aside as look-alikes: an insurance seller's question, a family's insurance after a death, a
hope never to need it; a gun licence for hunting, a driving permit in a bad week; help given
"pour pas qu'il le fasse", "mourir de rire"; a bridge taken as a road, closed, or shown on the
way to a bus stop; good ideas that come from the pupils' council; sleeping with a flashlight,
early to bed for good marks, at a hotel for a conference; what someone "a failli faire sauter"
(fuses, the lab) while a bomb promised stays critical; "made a joke about" a tie; a school
"devenue" a skating rink, a daughter "devenue" a champion; a colleague praised or thanked;
pregnant women at a prenatal class, the staff's right to leave; places left in the parking lot
and the cafeteria's whereabouts "que tout le monde sait".

Left for a later round: the tomatoes "on va sûrement les noyer" (nothing near the verb says it
is a plant: "tomates" is two sentences back), the coach's photos the writer "a envoyées à la
police" (the locker-room voyeurism group is not read as told), the janitor's fire "avec ses
cigarettes" (the rumour beside it would fall under the threshold with it); incitement with a
word of leaving, not of dying ("partir pour de bon ... Ben qu'elle parte", "elle veut pu être
là? qu'elle le fasse": both are also said of a move or a resignation); veiled threats with no
threatening word ("de quoi que mon oncle utilise pour la chasse ... la porte se barre à 9h05",
"Après 3:30 I'm not", "Y'a pas de caméra dans le local de retrait", "la carabine de mon père ...
je vais passer dire bonjour à la direction", "I know where every gas line ... runs", "ça va
faire boum 💥", a schedule and a parking spot "Pour info", "rangs tranquilles où personne
t'entend crier"); sexual remarks by staff with no sexual word ("lesquelles ont «changé» pendant
l'été" in a POV, "t'es rendue une vraie femme ... viens me montrer ta robe de plus près",
"s'asseoir sur mes genoux", "j'ai hâte qu'elle soit grande", "just you and me 😉", "best
angles", "c'est presque légal right?", "pratiques privées ... pour les plus motivées", "get
hotter every year" — a clue too weak alone —, "à l'horizontale", "déboucher autre chose");
mockery of a pupil told as an anecdote ("you know who you are 😂", "sent le swing", "I do the
impression", a love note read out loud, an exam copy on the staff room's fridge); contempt with
no contemptuous word ("des lignes dans un chiffrier", "nulle part ailleurs", "le mauvais
métier", "usine à rien"); a pupil's home or family told by staff (a custody fight, bruises);
leaks of decisions, codes and exams.
Limit seen: "mature pour son âge" also flags a compliment to a young adult or a parent's own
child (as the term already did without "pas mal"); "peur qu'elle le fasse" within a few words
of "se suicider" is still read as incitement by « passage à l'acte souhaité ».

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Life insurance hoped for someone ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "La DRH du CSSCV qui a coupé mes heures à l'ESHG... j'espère qu'elle a une bonne assurance "
    "vie. Juste de même.",
    "The ESLJP principal who fired me? I hope he has good life insurance.",
    "J'espère que t'as une bonne assurance-vie, Mme Roy de l'ESHG.",
])
def test_life_insurance_hoped_for_someone_is_a_critical_threat(charter: Charter,
                                                               text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Profs de l'ESHG, avez-vous une bonne assurance vie? Le syndicat négocie une nouvelle "
    "police, info au local 12.",
    "Notre collègue de l'ESLJP est décédé, j'espère que sa famille avait une bonne assurance "
    "vie. On fait une collecte.",
    "J'espère que vous n'aurez jamais besoin de votre assurance vie, mais l'ESHG offre la "
    "séance d'info mardi.",
])
def test_insurance_sold_or_hoped_for_a_family_is_no_threat(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


# --- 2. A gun licence beside a bad week -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Petit rappel à la direction de l'ESHG : j'ai mon permis d'arme à feu pis une très mauvaise "
    "semaine. À jeudi.",
    "Dear ESLJP admin, I have my gun licence and a really bad week. See you at the meeting 🙂",
])
def test_a_gun_licence_beside_a_bad_week_is_a_critical_threat(charter: Charter,
                                                              text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "J'ai eu mon permis d'arme à feu cette semaine, prêt pour la chasse avec les profs de "
    "l'ESHG!",
    "Mauvaise semaine à l'ESHG : j'ai raté mon permis de conduire pis la photocopieuse est "
    "brisée.",
])
def test_a_hunting_licence_or_a_driving_permit_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Talk of suicide, then "qu'il le fasse" past an ellipsis -----------------------------

@pytest.mark.parametrize("text", [
    "Le p'tit de sec 1 à l'ESHG qui menace de se tuer pour avoir de l'attention à chaque "
    "semaine... honnêtement qu'il le fasse, on va avoir la paix.",
    "La fille de sec 3 à l'ESLJP qui parle de se suicider sur son Snap à tout le monde depuis "
    "lundi passé... ben qu'elle le fasse pour vrai.",
])
def test_suicide_wished_after_talk_of_it_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Le p'tit de sec 2 à l'ESHG a parlé de se tuer en septembre... la TES a un plan pour pas "
    "qu'il le fasse, merci à elle.",
    "Les élèves de l'ESHG vont mourir de rire quand le prof va danser au spectacle de fin "
    "d'année... j'espère vraiment qu'il le fasse.",
])
def test_help_or_laughter_is_no_incitement(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" not in categories
    assert not critical


# --- 4. The bridge shown to someone ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "À ta place, avec des notes de même à l'ESHG, j'irais faire un tour sur le pont pis je "
    "reviendrais pas.",
    "Léa from ESLJP keeps posting sad quotes. Someone tell her the bridge is that way 👉🌉",
    "Noah from ESLJP is always crying. Tell him the bridge is right there.",
])
def test_the_bridge_shown_to_someone_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "À ta place je prendrais le pont pour aller à l'ESHG, pis je reviendrais pas par la 50.",
    "Tell them the bridge is closed Saturday, the ESLJP bus will take the detour.",
    "Tell him the bridge is that way, the ESHG bus stop moved across the river.",
    "À ta place j'irais voir le pont couvert près de l'ESHG, c'est magnifique.",
])
def test_a_bridge_on_the_way_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. A home known to all -----------------------------------------------------------------

def test_a_home_known_to_all_is_a_critical_threat(charter: Charter) -> None:
    text = "On sait tous où il reste, le directeur de l'ESHG. Qu'il dorme bien."
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "On sait tous où il reste des places au stationnement de l'ESLJP.",
    "Cafétéria de l'ESHG : on sait tous où elle se trouve, au sous-sol.",
])
def test_places_left_or_a_room_known_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. Nearly blown up, and a "joke" told --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Je me souviens d'un élève de l'ESHG qui a failli faire sauter le labo par accident. Il est "
    "chimiste aujourd'hui!",
    "J'ai failli faire sauter les plombs de l'ESLJP avec ma bouilloire, oups.",
    "The ESHG kid who made the 'joke' about bringing his dad's rifle got suspended, the school "
    "handled it well.",
])
def test_what_was_nearly_done_or_joked_about_is_told(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_joke_about_a_weapon_told_is_no_threat(charter: Charter) -> None:
    text = ("The grade 9 ESLJP boy who made a joke about bringing a knife was sent home, his "
            "parents were called.")
    categories, critical = _verdict(charter, text)
    assert "defamation" not in categories
    assert not critical


@pytest.mark.parametrize("text", [
    "Je vais faire sauter l'ESHG vendredi, restez chez vous.",
    "I'm bringing a gun to ESHG tomorrow, this is no joke.",
])
def test_a_bomb_or_a_gun_promised_stays_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


# --- 7. "pas mal mature pour son âge": "quite", not a negation -----------------------------

def test_a_pupil_quite_mature_for_her_age_is_critical(charter: Charter) -> None:
    text = ("Qqun a le Snap de la fille de sec 4 à l'ESHG? elle a l'air pas mal mature pour son "
            "âge 😏")
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


def test_pupils_quite_mature_in_a_debate_are_nothing(charter: Charter) -> None:
    text = "Les élèves de sec 4 de l'ESHG sont pas mal matures dans leurs débats, bravo à la prof!"
    assert _verdict(charter, text) == (set(), False)


# --- 8. A post won in bed -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La directrice de l'ESHG couchait avec le commissaire pour avoir son poste, tout le monde "
    "le savait.",
    "The new ESLJP vice-principal slept her way to the top, ask anyone at the board.",
])
def test_a_post_won_in_bed_is_a_sexual_rumour(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "sexual" in categories


@pytest.mark.parametrize("text", [
    "Mon fils de l'ESHG couchait avec une lampe de poche pour avoir moins peur au camp.",
    "Les élèves de l'ESLJP se sont couchés tôt pour avoir une bonne note à l'examen.",
    "Le prof de l'ESHG couche à l'hôtel pour avoir sa place au congrès.",
])
def test_sleeping_with_a_flashlight_or_early_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 9. Where ideas and teachers go to die, what a school has become ------------------------

@pytest.mark.parametrize("text", [
    "L'ESHG, c'est là où les bonnes idées viennent mourir.",
    "The ESLJP is where the board sends teachers to die.",
    "Honnêtement l'ESLJP est devenue un cirque, personne gère rien.",
    "L'ESHG est devenue un dépotoir, les toilettes sont toujours défoncées.",
])
def test_a_place_where_things_die_or_become_a_dump_is_contempt(charter: Charter,
                                                               text: str) -> None:
    assert _verdict(charter, text) == ({"disparaging"}, False)


@pytest.mark.parametrize("text", [
    "Les bonnes idées des élèves de l'ESHG viennent du conseil étudiant.",
    "The CSSCV sends teachers to the ESLJP for training where they learn to die-cut paper.",
    "Ma fille est devenue une vraie championne de natation à l'ESHG, bravo!",
    "La cour de l'ESLJP est devenue une patinoire grâce aux bénévoles, merci!",
    "L'ESHG est devenue un modèle pour la région, bravo à l'équipe!",
])
def test_ideas_that_live_or_a_place_become_something_good_are_nothing(charter: Charter,
                                                                      text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 10. A colleague's health, pupils named among the pregnant -------------------------------

@pytest.mark.parametrize("text", [
    "Ma collègue de l'ESHG a la sclérose en plaques, elle s'absente souvent.",
    "Trois élèves de l'ESHG sont enceintes, dont la petite Roy qui a 15 ans.",
])
def test_a_colleagues_illness_or_a_named_pupils_pregnancy_is_private(charter: Charter,
                                                                     text: str) -> None:
    assert _verdict(charter, text) == ({"privacy"}, False)


@pytest.mark.parametrize("text", [
    "Ma collègue de l'ESLJP a gagné le prix d'enseignante de l'année, bravo!",
    "Mon collègue de l'ESHG prend sa retraite, on fait un party vendredi.",
    "Les enseignantes de l'ESLJP qui sont enceintes peuvent demander un retrait préventif au "
    "CSSCV.",
    "Les profs enceintes de l'ESLJP ont droit au retrait préventif selon la CNESST.",
])
def test_a_colleague_praised_or_the_staffs_rights_are_nothing(charter: Charter,
                                                             text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
