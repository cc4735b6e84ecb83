"""The round of rules tuned on "zv-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: newcomer families and pupils writing in approximate French or English, machine-translated
posts, code-switching (Arabic, Spanish, Creole, Tagalog, Ukrainian), children writing by ear,
grandparents, rural joual; the hostility newcomers meet and the kindness they are shown.
Their wrong critical alerts (a grandmother who will "le tuer de bisous", a proverb of the
child who "will burn it down to feel its warmth", a teacher's personal e-mail given with
"écrivez-lui pour le spectacle", a cell given "si vous voulez lui parler du voyage"), their
critical misses (a principal told "je sais où vous habitez", a school told "better not come
to school Friday. I'm not saying why", a director told to check "sous son char avant de
partir", a TES to be stabbed "je la plante avec un couteau", a pupil filmed "ds la douche")
and their weakest category, defamation: xenophobia with no slur ("qu'elle retourne chez
elle", "Retournez chez vous.", "retourne o maroc", "depuis que les Africains sont arrivés,
le niveau a baissé"). Harmless texts were flagged for a meal "sans porc", buses with "du
retard", "vous allez y arriver", and "baissé" (which folds like "baisé": the surface reads a
doubled letter as one) in "le niveau a baissé", "en légère baisse", "baissé les bras".

Fixed: love told as a threat ("tuer de bisous/becs/câlins", "kill her with kisses"); the
proverb of the village burnt "to feel its warmth"; pork on a menu, a bus or a payment late;
"écrivez-lui direct/là/pour le ..."; a teacher reached "pour parler de votre enfant, du
voyage"; courage "vous allez y arriver"; someone sent home at the start of a clause, the
clause ending there (a pattern, with its time/purpose/manner guards); a school's level said
to have fallen since a group of newcomers arrived (a pattern); "baisser" read as to lower in
its usual phrases; "je sais où vous habitez"; a school told to stay away with the reason
withheld (two clues); checking under someone's car "before" leaving; a stabbing promised
with "planter" and a blade; "ds la douche", "ds le vestiaire"; "ceux qui disent", "those who
say" before a quoted slur (reported speech: the writer condemns it).

Set aside as look-alikes: "je vais le tuer" with no kiss; a building one will "burn down
tonight"; "t'es un gros porc"; a pile-on ("Appelez-la, écrivez-lui, qu'elle dorme plus");
"si vous voulez lui parler" beside a home address; a colleague who goes back to Colombia for
the summer, "retournez chez vous prudemment" after a cancelled show, a feverish child sent
home to rest, "triste qu'elle retourne chez elle"; a refutation ("arrêtez de dire que ...")
and a choir that grew since Syrian families came; "il l'a baisée" (not "a baissé" alone,
which is why that phrase was not made harmless); "je sais pas où vous habitez"; feverish
kids who "better not come to school"; a mechanic checking under a car; a cutting cut "avec
un couteau", a tree planted with a spade; pupils changing "ds le vestiaire" with no camera.

Left for a later round: incitement phrased about a third person ("Amira should just end it":
"the board should just end it" and "she should just end it" about a boyfriend read the same,
and "Amira" alone is no named person); exclusion and mockery of accents and names ("on
l'imite toute la journée", "everyone call him Pac-Man", "tlm bloké Ana"); "this is Canada not
Kabul" (a weather joke "this is Canada, not Florida" reads the same); a bridge named between
"le pont" and "est pas loin"; pills "de ma mère" in the first person; predators' approaches
without a listed phrase ("un homme de 35 ans ... envoyez-moi vos snaps les filles",
"gardiennage discret, pas besoin de le dire aux parents"); leetspeak adverts ("s3xy p1cs");
scams aimed at newcomers ("FRAIS D'IMMIGRATION", "agent de l'immigration ... frais de
dossier"); crude remarks on staff ("la dir en l!ngerie", "un gros paquet"); sarcasm ("Des
génies", "Truly geniuses"); a threat in Creole. Limits seen: a pattern is not cleared by a
denial as a term is, hence ``unless: [denial]`` on the two new ones, which clears the whole
text; "le niveau de stress a baissé" or "la liste d'attente a baissé" are still read as
sexual ("a baissé" cannot be made harmless without hiding "l'a baisée"); "je sais à quelle
heure votre femme finit" (a ride offered) is read as surveillance, so the hours of someone's
spouse were not added as a threat.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Love told as a threat; a proverb; pork and lateness ----------------------------------

@pytest.mark.parametrize("text", [
    "Bonjour à tous,, grand-papa de Léo en 2e année à St-Laurent,, quand il sort de l'autobus "
    "je vais le tuer de bisous ce p'tit bonhomme!!",
    "Ma puce, ta maîtresse de Providence dit que t'as été sage, je vais te tuer de câlins ce "
    "soir 💕",
    "Grandma here: I'm going to kill her with kisses when she gets home from Maria-Goretti, so "
    "proud of her report card",
    "Back home our elders say the child the village does not embrace will burn it down to feel "
    "its warmth. Thank you Hormisdas for embracing my son.",
    "Merci à la cafétéria de Maria-Goretti pour le menu sans porc pendant le ramadan, mes "
    "filles étaient ravies.",
    "Les autobus de Thurso ont du retard ce matin à cause de la neige, soyez patients.",
    "Le CSSCV annonce un retard de paiement pour les suppléants, désolé.",
    "Aux nouveaux élèves de francisation du CFP : lâchez pas, vous allez y arriver!",
])
def test_kisses_a_proverb_a_menu_or_a_late_bus_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Le prof d'éduc de LJP a frappé mon gars. Je vais le tuer, c'est un homme mort.",
    "That ESHG gym is a joke, I'll burn it down tonight.",
])
def test_a_threat_without_a_kiss_or_a_proverb_stays_critical(charter: Charter,
                                                             text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


def test_a_staff_member_called_a_pig_stays_defamation(charter: Charter) -> None:
    categories, _ = _verdict(charter, "M. Gagnon de LJP, t'es un gros porc.")
    assert "defamation" in categories


# --- 2. A teacher reached for a school matter: a breach, not a pile-on -----------------------

@pytest.mark.parametrize("text", [
    "La TES de Providence, son courriel perso c'est m.lavoie88@hotmail.com, écrivez-lui pour "
    "la vente de garage",
    "Le prof de musique de LJP, son gmail perso c'est jf.music74@gmail.com, écrivez-lui là, il "
    "répond plus vite",
    "Mme Pelletier de Maria-Goretti, son cell perso c'est le 819-555-0171 si vous voulez lui "
    "parler de votre enfant",
    "Le prof de 6e à St-Laurent, son cell perso c'est le 819 555-0166 si vous voulez lui parler "
    "de la sortie aux pommes",
])
def test_a_private_contact_for_a_school_matter_is_privacy_only(charter: Charter,
                                                               text: str) -> None:
    assert _verdict(charter, text) == ({"privacy"}, False)


@pytest.mark.parametrize("text", [
    "La TES de LJP qui a suspendu mon gars: Julie Côté, 819 555-0143. Appelez-la, écrivez-lui, "
    "qu'elle dorme plus jamais tranquille.",
    "Mme Pelletier de Maria-Goretti reste au 14 rue Dollard à Buckingham, son cell c'est le "
    "819 555-0171 si vous voulez lui parler.",
])
def test_a_call_to_go_after_someone_beside_their_contact_stays_critical(charter: Charter,
                                                                        text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "privacy" in categories
    assert critical


# --- 3. Someone sent home; a level said to have fallen since newcomers came ------------------

@pytest.mark.parametrize("text", [
    "La nouvelle TES de LJP avec son hijab, on est au Québec ici, qu'elle retourne chez elle.",
    "Les Haïtiens qui arrivent à Hormis parlent même pas français, qu'ils retournent donc chez "
    "eux!",
    "Les immigrés de Providence, retournez chez vous.",
    "son accent on comprend rien, retourne en Colombie 🙄",
    "Depuis que les réfugiés sont arrivés à Maria-Goretti le niveau a baissé, c'est un fait.",
    "depuis qu'y a des immigrants à l'ESHG les résultats ont chuté, tout le monde le sait",
])
def test_newcomers_sent_home_or_blamed_are_defamation(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert not critical


@pytest.mark.parametrize("text", [
    "Ma collègue colombienne retourne en Colombie cet été voir sa famille, bon voyage!",
    "La tempête arrive, le spectacle de Sainte-Famille est annulé, retournez chez vous "
    "prudemment.",
    "Si votre enfant a de la fièvre, qu'il retourne chez lui se reposer, l'infirmière rappelle "
    "les règles.",
    "J'ai trouvé triste qu'elle retourne chez elle en Ukraine, toute la classe de LJP l'aimait.",
    "Arrêtez de dire que depuis que les immigrants sont arrivés le niveau a baissé, c'est faux "
    "et c'est raciste.",
    "Depuis que les familles syriennes sont arrivées à Providence, la chorale a doublé ses "
    "membres!",
    "Ceux qui disent « retournez chez vous » aux familles de Sainte-Famille, vous devriez avoir "
    "honte.",
    "Those who say \"go back to your country\" to the kids at LJP should be ashamed.",
])
def test_a_trip_home_a_day_end_or_a_refutation_is_nothing(charter: Charter,
                                                          text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_sent_back_to_ones_country_said_directly_stays_defamation(charter: Charter) -> None:
    categories, _ = _verdict(charter, "Retourne dans ton pays, Karim, personne te veut à LJP.")
    assert "defamation" in categories


# --- 4. "Baisser", to lower, is not "baiser" ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Les résultats de maths de 4e secondaire sont en légère baisse cette année au CSSCV.",
    "Un personnel qui a baissé les bras, voilà ce que j'ai vu à l'ESHG.",
    "Le niveau a baissé en français à l'ESHG, selon le bulletin du ministère.",
])
def test_a_level_that_fell_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_sex_with_a_pupil_stays_critical(charter: Charter) -> None:
    categories, critical = _verdict(
        charter, "Le prof de gym de LJP l'a baisée dans le vestiaire, elle est en sec 4.")
    assert "sexual" in categories
    assert critical


# --- 5. Veiled threats: a home known, a school told to stay away, a car, a knife -------------

@pytest.mark.parametrize("text", [
    "Monsieur le directeur de l'ESHG, je sais où vous habitez. Pensez-y avant de suspendre ma "
    "fille.",
    "Everyone in sec 3 at ESHG better not come to school Monday. I'm not saying why.",
    "Tell the principal of Hormisdas to check under his car before he drives home tonight.",
    "Le concierge de Maria-Goretti, si y touche encore à ma fille je le plante avec un couteau.",
])
def test_a_veiled_or_knife_threat_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Je sais pas où vous habitez, pouvez-vous m'écrire votre adresse pour le covoiturage du "
    "tournoi de LJP?",
    "Kids with a fever better not come to school, keep them home and call the office.",
    "Le garagiste va vérifier sous son char demain, le silencieux de l'autobus de LJP fait du "
    "bruit.",
    "Pour la bouture du projet de science, coupez la plante avec un couteau propre.",
    "On a planté des arbres avec les élèves de St-Laurent, on le plante avec une pelle au "
    "printemps.",
])
def test_an_address_asked_a_fever_a_mechanic_or_a_plant_is_nothing(charter: Charter,
                                                                   text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. "ds" for "dans" where pupils undress ---------------------------------------------------

def test_a_pupil_filmed_in_the_locker_room_in_texting_is_critical(charter: Charter) -> None:
    categories, critical = _verdict(
        charter, "jvd vidéo de la fille de sec 2 à Hormis filmée ds le vestiaire, 5$ en virement")
    assert "sexual" in categories
    assert critical


def test_pupils_changing_in_the_locker_room_is_nothing(charter: Charter) -> None:
    text = "Rappel sec 1 : vous vous changez ds le vestiaire avant le cours d'éduc."
    assert _verdict(charter, text) == (set(), False)
