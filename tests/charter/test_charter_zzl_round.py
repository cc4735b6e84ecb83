"""The round of rules tuned on "zzl-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: transport, weather and the road to school (buses and their drivers, stops in the rangs,
late buses, carpools, storm days and closures, drivers' strikes, route lists) and what people
write about them. Its false alerts on road talk (a storm called a "bombe météo", "on va se
faire planter dans le banc de neige", a driver's retirement "ambushed" with a surprise party,
"go jump in a snowbank", "literally torture", "le plus chill", a sacre cried at a closure
followed by thanks, a free carpool read as an advert, a parent's letter on her own child's
stop read as privacy, a driver's number refused and the police to be called read as a pile-on),
its critical misses (a threat deep in a post of praise, "je lui crève ses pneus et lui avec";
shots at a bus's tyres "pis dans le chauffeur"; a pupil told to lie down in front of the bus or
to walk into traffic), its spam misses (fake closure alerts that ask parents to confirm an
absence "ici" to avoid a penalty, a remote starter and winter tyres with their price, an
insurer's "get a quote", an app "only $4.99"), its contempt missed ("de la graine de
délinquants").

Fixed: a storm called a "bombe météo", "weather bomb" or "bomb cyclone" (benign phrases, and
the bomb-warning pattern reads no bomb there), the writer's own car that "va se faire planter"
in a ditch, a teenager's "go jump in a snowbank", a ride called "literally torture" or "de la
torture", a bus "le plus chill", a surprise party for a driver (benign phrases that also set
defamation aside, so that the learned scorer's reading of them is discounted and not critical);
a bus waited for outside ("wait for the bus outside") is no one awaited at the exit (the
pattern); "every single day" beside praise ("what a sweetheart", "shoutout", "legend": its own
group, set aside by a positive word); a sacre the writer says they cried out ("j'ai crié mon
tabarnak"); the police, the transport office or the secretariat to be called, who boards where
on a route, and "continuez votre beau travail" (benign phrases beside the pile-on's "appelez-la"
and "continuez"); a free lift "sur mon chemin" (no advert); "son arrêt est" read only with the
hour or the corner (a parent's letter on her own child's stop asks for a shelter); a driver's
tyres and then the driver ("crève ses pneus et lui avec", "tire dans les pneus, pis sur le
chauffeur"; a pattern, critical); the road as the way out ("t'as juste à te coucher devant
l'autobus", "t'as juste à t'enlever la vie"; "walk into traffic", a clue beside another;
incitement, critical); "aller cogner chez" and "allons cogner chez" beside an address (doxxing,
critical); a closure alert's "confirmez l'absence" and "pour éviter une pénalité" (a clue
beside the look-alike link); an advert's small print ("taxes incluses", "offre valide
jusqu'au", "get a quote"), a price said to be small ("only $4.99", "seulement 79$") or given
with its fitting ("installé 199$", "posés 499$"), and a number to call up to 40 characters
after "appelez" (spam); pupils called "graine de délinquants", "de bandits", "de potence"
(contempt).

Set aside as look-alikes: a threat beside the idioms keeps its own words ("il va se faire
planter à la sortie", a bomb "pas une joke" after a bomb cyclone, bats brought to a "surprise
party", a driver awaited at the exit); "keep emailing ... every single day until he quits"; "mon
ostie de câlisse de chauffeur"; "appelez-le toute la nuit", "qui embarque?" beside an address,
"continuez, ça marche"; the police taunted beside a plan to knock at a driver's door (still
critical, through "aller cogner chez"); a lift sold by the day; a stop given with its hour to go
and wait there; tyres changed "pis elle aussi", tyres slashed as the news tells it; one's own
"I could just walk into traffic", "te coucher devant la télé", children taught not to play in
traffic; the secretariat's own absence line; a school trip "seulement 5$ par élève" or "350$
taxes incluses"; "en prendre de la graine".

Left for a later round: the leetspeak leer at sec 1 girls, flagged but not critical
(zzl-0102: the only ties between the leer and the girls are 🍑 and "m1@m"; the peach made
critical beside a grade turned 14 staff leers critical, and "miam" beside pupils is as often a
bake sale); children shown at their stop with the hour and a first name (zzl-0304: a lone first
name is no named person, and a stop with its hour is how a notice gives a route); "Je vais
l'attendre à son arrêt avec un café pis des beignes" (zzl-0283: right for the rules, but the
clue "je vais l'attendre à" is the one real threats at a stop carry, so defamation cannot be
set aside for the learned scorer); "t'3nl3v3r l@ v1e" (zzl-0032: an "@" at a word's end is
dropped, "l@" reads "l"); the other threats on the road (a crossing guard to be mowed down and
backed over, a driver run off the 309, scabs' plates and houses known; zzl-0025, zzl-0240,
zzl-0224, zzl-0017); a fake alert app in an ".apk" (zzl-0131: "téléchargez l'appli" is also the
school's own); the part's leers at drivers and pupils with no listed word (zzl-0033, zzl-0050,
zzl-0109, zzl-0113, zzl-0120, zzl-0125, zzl-0215, zzl-0243, zzl-0254, zzl-0302), its route
lists and files read as privacy but not confidential (zzl-0005, zzl-0058, zzl-0064, zzl-0073,
zzl-0144, zzl-0152, zzl-0238, zzl-0275, zzl-0296, zzl-0310, zzl-0345), its mockery with no
listed word (zzl-0001, zzl-0020, zzl-0038, zzl-0055, zzl-0166, zzl-0338, zzl-0341) and its
contempt (zzl-0019, zzl-0026, zzl-0047, zzl-0078, zzl-0104, zzl-0257, zzl-0280, zzl-0298).
Limits seen: the idioms help the learned scorer only where the rules read no other clue in
defamation; "walk into traffic" alone is one's own bad day (0.45, no flag); "son arrêt est au
bout du rang" said by a stranger is no longer read by the stop pattern alone; the tyres must be
named after a verb of harm (crève, tire, pète, perce) and the person after "et" or "pis"; "taxes
incluses" or a small price alone is a school's fee notice, a clue beside another only.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from tests.charter.verdicts import set_aside as _set_aside
from worker.charter.lexicon import Charter

# --- 1. Road and weather idioms -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Grosse bombe météo prévue vendredi sur l'Outaouais, le CSSCV va annoncer les fermetures à "
    "6h.",
    "The weather bomb hits Buckingham tonight, Hormis buses might not run tomorrow.",
    "Avec la glace noire sur la 317, on va se faire planter dans le fossé si l'autobus de LJP "
    "part à l'heure 😅",
    "\"Go jump in a lake\" says my teen when I ask him to shovel before the Hormis bus comes lol",
    "Le trajet de 50 minutes pour LJP c'est de la torture pour ma fille de 6 ans, mais la "
    "chauffeuse est adorable.",
    "L'autobus 14 de Hormis c'est le plus chill, le chauffeur laisse les jeunes choisir la "
    "musique.",
    "Surprise party for our crossing guard at Saint-Laurent on Friday, she retires after 30 "
    "years! Bring cards.",
    "My daughter waits for the LJP bus outside every morning, even at -30.",
])
def test_road_and_weather_idioms_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Grosse bombe météo prévue vendredi sur l'Outaouais, le CSSCV va annoncer les fermetures à "
    "6h.",
    "Avec la glace noire sur la 317, on va se faire planter dans le fossé si l'autobus de LJP "
    "part à l'heure 😅",
    "Surprise party for our crossing guard at Saint-Laurent on Friday, she retires after 30 "
    "years! Bring cards.",
])
def test_the_idioms_set_defamation_aside_for_the_learned_scorer(charter: Charter,
                                                                 text: str) -> None:
    assert _set_aside(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Le p'tit Gagnon de sec 3 à Hormis, y va se faire planter à la sortie de l'autobus demain.",
    "Bomb cyclone tonight, and there's a bomb in the Hormis gym tomorrow, not a joke, stay home.",
    "On va attendre le chauffeur du 8 de LJP à la sortie après l'école, y va comprendre.",
    "I'll be waiting for that Hormis driver outside after school, he'll learn.",
    "Surprise party pour le chauffeur du 16 de LJP : on va l'attendre à son arrêt avec des bâtons "
    "de baseball.",
])
def test_a_threat_beside_the_idioms_stays_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


# --- 2. "Every single day" beside praise ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "The LJP driver waits for my slow kid every single day, what a sweetheart.",
    "Shoutout to the Hormis crossing guard who waves at every bus every single day, legend!",
])
def test_every_single_day_beside_praise_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "I'll keep emailing the Hormis transport manager every single day until he quits.",
    "Julie Roy from Hormis wears the same dirty coat every single day, gross.",
])
def test_every_single_day_without_praise_stays_defamation(charter: Charter,
                                                          text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


# --- 3. A sacre cried out -------------------------------------------------------------------

def test_a_sacre_cried_at_the_news_is_nothing(charter: Charter) -> None:
    text = ("J'ai crié mon tabarnak en voyant la neige ce matin, pis l'autobus de Hormis est passé "
            "pareil, merci au chauffeur!")
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "J'ai crié mon ostie de cave au chauffeur de LJP quand y'a passé tout droit.",
    "Mon ostie de câlisse de chauffeur du 12 à Hormis, t'es un cave fini.",
])
def test_a_sacre_said_to_someone_stays_defamation(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


# --- 4. The police or an office called; who boards where; thanks --------------------------

@pytest.mark.parametrize("text", [
    "Si vous voyez un char rôder autour de l'arrêt de Saint-Laurent, appelez la police tout de "
    "suite.",
    "Vous avez une plainte sur le chauffeur? Appelez le bureau du transport du CSSCV, pas sa "
    "maison.",
    "Horaire du circuit 4 pour Hormis, pour savoir qui embarque où : 7h02 coin Maclaren, 7h10 "
    "église.",
    "Merci au chauffeur du 9 de Hormis pour la patience cet hiver, continuez votre beau travail!",
])
def test_the_police_an_office_a_route_or_thanks_is_nothing(charter: Charter,
                                                           text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Le chauffeur du 31 de LJP c'est Marc Roy, appelez-le toute la nuit au 819-555-0142, qu'y "
    "dorme pas.",
    "Elle reste au 14 rue Bélanger, la p'tite Roy de LJP, on y va ce soir, qui embarque?",
])
def test_a_crowd_sent_to_someone_stays_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "cyberbullying")


def test_a_pupil_ignored_on_purpose_stays_bullying(charter: Charter) -> None:
    text = "Le p'tit Labelle de l'autobus 14 de LJP, personne lui parle, continuez, ça marche 😂"
    assert "cyberbullying" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Appelez la police si vous voulez, on va quand même aller cogner chez la chauffeuse du 31 à "
    "Thurso ce soir, elle reste au 12 rue des Pins.",
    "La remplaçante du 22 de Hormis reste au 40 rue Lépine, on va aller cogner chez elle après "
    "le souper.",
    "Le p'tit qui a lancé des roches sur l'autobus de LJP reste au 9 rue Principale, allons "
    "cogner chez eux à soir.",
])
def test_going_to_knock_at_a_given_address_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "privacy")


# --- 5. The road as the way out -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Léa de sec 2 à Hormis, t'as juste à te coucher devant l'autobus demain matin, personne va "
    "pleurer.",
    "Jayden from LJP should just walk into traffic, nobody would even notice.",
    "Mia Roy de LJP, t'as juste à t'enlever la vie, personne va t'attendre à l'arrêt.",
])
def test_the_road_as_the_way_out_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "cyberbullying")


@pytest.mark.parametrize("text", [
    "Ugh the Hormis bus was 40 min late again, I could just walk into traffic lol.",
    "T'as juste à te coucher devant la télé pis à attendre que l'autobus de LJP arrive, y'est "
    "toujours en retard.",
    "Les enfants de Saint-Laurent ont appris à pas jouer dans le trafic devant l'autobus, merci à "
    "la brigadière!",
])
def test_a_bad_day_the_tv_or_a_safety_lesson_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. A driver's tyres, then the driver ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Si la chauffeuse du 12 de Hormis repasse tout droit, je lui crève ses pneus pis elle avec.",
    "Je tire dans les pneus de l'autobus de LJP, pis sur le chauffeur si y faut.",
    "Merci à M. Roy du 8 de Hormis, le meilleur chauffeur. Le remplaçant par contre, la prochaine "
    "fois je lui pète ses pneus et lui avec. Bonne fin d'année!",
])
def test_the_tyres_then_the_driver_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "defamation")


@pytest.mark.parametrize("text", [
    "Le garage de Thurso a changé les pneus de l'autobus de Sainte-Famille, pis elle aussi, la "
    "chauffeuse, a changé ses pneus d'hiver.",
    "Quelqu'un a crevé les pneus de l'autobus de Hormis hier soir, la police enquête.",
])
def test_tyres_changed_or_slashed_in_the_news_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. A free lift on the way --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Covoit pour Hormis : je passe par Masson à 7h, 3 places pour des jeunes de sec 2, gratuit, "
    "c'est sur ma route. Textez-moi.",
    "Lift to LJP every morning from Plaisance, 2 seats free, it's on my way, message me.",
])
def test_a_free_lift_on_the_way_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_lift_sold_by_the_day_stays_spam(charter: Charter) -> None:
    text = ("Covoiturage vers LJP, 15$ par jour par élève, réservez vite, écrivez-moi en privé, "
            "places limitées.")
    assert "spam" in _verdict(charter, text)[0]


# --- 8. "Son arrêt est" with the hour or the corner -----------------------------------------

def test_a_parents_letter_on_her_childs_stop_is_nothing(charter: Charter) -> None:
    text = ("Mon gars est en 3e année à Saint-Laurent. Son arrêt est au bout du rang 4, sans "
            "lumière, l'autobus passe à 6h50.")
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "La petite Roy de LJP, son arrêt est à 7h10 au coin Georges, allez l'attendre.",
    "La p'tite Roy de LJP, son arrêt c'est au coin de la rue Georges, on la voit tous les matins.",
])
def test_a_pupils_stop_with_the_hour_or_the_corner_stays_private(charter: Charter,
                                                                 text: str) -> None:
    assert "privacy" in _verdict(charter, text)[0]


# --- 9. A fake closure alert ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "URGENT CSSCV : écoles fermées demain. Confirmez l'absence de votre enfant ici ➜ "
    "csscv-alertes.info",
    "Parents: pay the bus fee today to avoid a penalty ➜ csscv-transport-pay.co/login",
])
def test_a_fake_closure_alert_is_spam(charter: Charter, text: str) -> None:
    assert "spam" in _verdict(charter, text)[0]


def test_the_secretariats_absence_line_is_nothing(charter: Charter) -> None:
    text = ("Le secrétariat de Saint-Laurent rappelle : confirmez l'absence de votre enfant au 819 "
            "986-8511 avant 8h.")
    assert _verdict(charter, text) == (set(), False)


# --- 10. An advert's small print and its price ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Pneus d'hiver posés 499$ chez Garage Lafleur à Thurso, offre valide jusqu'au 15 novembre!",
    "Snow tires for the Hormis run? Get a quote today at lievre-tires.ca, only $89 a tire.",
    "Auto-démarreur installé 249$ taxes incluses, parfait pour attendre l'autobus de LJP au "
    "chaud! Garage Lafleur 819-555-0177",
])
def test_an_advert_with_its_small_print_is_spam(charter: Charter, text: str) -> None:
    assert "spam" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Sortie aux pommes des élèves de Saint-Laurent : seulement 5$ par élève, payable au "
    "secrétariat.",
    "Le voyage à Québec des sec 5 de LJP coûte 350$ taxes incluses, payable en trois versements.",
])
def test_a_schools_fee_notice_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 11. "Graine de délinquants" ------------------------------------------------------------

def test_pupils_called_the_seed_of_bandits_is_contempt(charter: Charter) -> None:
    text = ("Les jeunes de l'autobus 12 de Hormis, de la graine de bandits, pas surprenant vu les "
            "parents.")
    assert "disparaging" in _verdict(charter, text)[0]


def test_learning_from_someone_is_nothing(charter: Charter) -> None:
    text = ("Les parents de Hormis devraient en prendre de la graine, les élèves ont ramassé 500 "
            "livres de déchets.")
    assert _verdict(charter, text) == (set(), False)
