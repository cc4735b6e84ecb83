"""The round of rules tuned on "zx-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: money around the schools: fees and collections, fundraisers, second-hand sales between
parents, tutoring and babysitting offers, contracts and tenders, scams and the warnings about
them, home-business recruiting, and sexual offers dressed as jobs. Their critical misses
(modelling, massage, "ménage" or babysitting jobs offered to girls of 14-17 with the job in
quotation marks, discretion asked and the parents kept off the set; feet pictures "plus si
affinités"; pictures "in their bathing suits" paid for; a grade's girls asked to "come to my
place" as "our little secret"; "jvé crissé le feu à l'école"; "ça va mal finir pour le
président"; a pupil told "tu devrais te pendre", or said of her "elle devrait juste se tuer";
veiled debt collection), their worst precision (a parent's sale of a child's outgrown jersey
or old calculator, the school's own fundraiser for its trip, warnings about phishing read as
the scam itself) and their weakest category, disparaging (a school called a money machine or
"une business, pas une école", thanks in scare quotes, "couldn't organise a bake sale").
A late fee, "12$ de retard", was read as the English slur "retard".

Fixed: a job or a photo session in quotation marks ("artistiques", « aide-massothérapeute »,
"modeling", "babysit", "ménage", "outfit check", "natural"), a clue critical near a young
person (a pattern); discretion promised or asked ("discrétion totale", "must be discreet",
"tant que t'es discrète"), the parents kept off the set, "come to my place", "private
modeling" (terms); feet and swimwear pictures paid for, "plus si affinités" (terms); girls
sought by age ("girls 14+") read as minors; "je vais" spelt as said ("jvé", "jvai") and
"crissé le feu"; "ça va mal finir pour" any role of a school or board (a pattern); limbs
broken by "les 2 jambes" (a pattern); incitement said of her or him with a word between
("elle devrait juste se tuer") and "tu devrais te pendre"; the school's own fundraiser ("tous
les profits vont à la bibliothèque", "all proceeds go to the year-end trip"), a private
seller's reason (the child outgrew it or graduated, "c'est juste du ménage", "clearing the
basement") and a warning about a scam ("un faux courriel circule", "phishing", "Ne cliquez
pas") set the advert's words aside; a school or board called a money machine, "une
business, pas une école", a useless organisation, run by "people who couldn't care less",
unable to "organise" anything (terms); thanks or a virtue put in scare quotes (a pattern, a
clue beside another); "retard" after a French article or "de" (benign phrases).

Set aside as look-alikes: a teen who looks for a babysitting job, a son who does
"babysitting" for the neighbours, pupils' "artistic" photos at a show, "parents pas admis"
at a swimming lesson, a foot-massage evening "chez moi" for the committee's mothers, thanks
for the management's "discrétion totale"; "jvé crissé mon camp", a son's two legs broken
skiing, "ça va mal finir pour le budget", "devrait juste se pendre de honte", "kill herself
laughing", a teacher who "devrait juste se reposer"; real adverts beside those words (a
Norwex seller, an MLM recruiter, a phishing page with a link, a jeweller whose daughter
graduated, a candle seller giving 10% "to LJP"); "« merci »" taught in kindergarten, a coffee
machine, "I couldn't care less" about oneself, thanks without quotes; the slur "retard".

Left for a later round: "écrivez-moi en privé" counts as two clues ("écrivez-moi" and "en
privé"), so a carpool, a lost phone, a babysitter's or a tutor's notice is spam; counting it
once fixed 24 cases of the whole set and lost 10 real adverts that have no other clue
(weight-loss claims "perdez 10 livres", paid photo sessions "rémunérées", a financial
adviser); a price per hour read as "promesse de gains" ("10$/h" for homework help); the
pupils' own raffle ("2$ le billet"); a complaint about prices ("an extra $15 a week",
"discount card"); a group's rule against adverts that names Avon and crypto; veiled threats
with no violent word ("je connais ton char", "he won't walk off that stage", "Qu'ils se
préparent", "something might happen to him on the way home", "Une facture, ça se paye dans
les deux sens", "goes boom ... fair warning"); threats read as defamation but not as the
cyberbullying a pupil aimed at also makes; leetspeak weapons ("j'@p0rt3 1 gun"); leaks of
tenders, budgets and unannounced decisions (confidential); sexual remarks on staff with no
listed word ("me fait de l'effet", "autre chose que de la poutine"); "Oh great, another
fundraiser" (the set's jokes say it too: "Oh great, another PD day ... kidding").
Limits seen: the seller's reason, the fundraiser and the scam warning clear the advert's
words within 20 words, so an advert that says them is cleared too (a candle seller whose "all
proceeds go to" the school, a phishing page that says "ne cliquez pas sur les faux liens");
its links and prices still count. "jvé crissé le feu dans le foyer" is a threat as "je vais
crisser le feu dans le foyer" already was. A "devrait juste se tuer à l'ouvrage" said of a
named teacher is read as a threat by the violent-acts group, as before this round.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Sexual offers dressed as jobs or photo sessions for young people -------------------

@pytest.mark.parametrize("text", [
    "Job d'été pour filles de 15-16 ans de l'ESHG : « massage » à domicile, 200$ la soirée, "
    "discrétion totale 😉",
    "LJP girls 15+ wanted for \"artistic\" shoots at my studio, must be discreet, cash paid.",
    "Cherche élèves de sec 3 de Hormis pour du \"babysitting\" chez moi, parents pas admis, 60$ "
    "cash",
    "Ado de 14 ans de Maria-Goretti recherchée pour « ménage » le samedi soir, tant que t'es "
    "discrète 💵",
    "Paying ESHG grade 9 girls $40 for pics in their swimsuits, DM me",
    "Filles de sec 2 à LJP, 30$ pour des photos de tes pieds, plus si affinités",
    "Grade 8 girls at Providence, come to my place after school, it'll be our secret 😘",
])
def test_a_job_offered_to_young_people_as_a_cover_is_critical_sexual(charter: Charter,
                                                                     text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Mon ado de 15 ans de l'ESHG cherche un job de gardiennage cet été à Buckingham.",
    "Mon fils de 16 ans fait du \"babysitting\" pour les voisins de l'ESHG, il adore ça.",
    "L'atelier de photographie de LJP : les élèves ont présenté leurs photos « artistiques » au "
    "vernissage, bravo!",
    "Cours de natation à Hormis : apportez votre maillot de bain, parents pas admis sur le bord "
    "de la piscine.",
    "Soirée massage des pieds pour les mamans du comité de l'ESHG, venez chez moi jeudi!",
    "Merci pour la discrétion totale de la direction de l'ESHG dans le dossier de mon fils.",
])
def test_a_babysitting_job_a_photo_show_or_a_swimming_lesson_is_nothing(charter: Charter,
                                                                        text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. Threats: "jvé", "les 2 jambes", "ça va mal finir pour" a role ----------------------

@pytest.mark.parametrize("text", [
    "Jvé crissé le feu au garage du CSSCV si y coupent encore le bus de mon gars",
    "j'vai y casser les 2 bras au concierge de LJP, y va comprendre",
    "Si la direction coupe encore le transport, ça va mal finir pour la directrice de l'ESHG.",
])
def test_a_threat_spelt_as_said_or_aimed_at_a_role_is_critical(charter: Charter,
                                                               text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Jvé crissé mon camp de l'ESHG à 15h, y'a trop de monde au stationnement",
    "Jvé être en retard au CE de l'ESHG ce soir, commencez sans moi.",
    "Mon gars s'est cassé les 2 jambes en ski, merci aux profs de LJP pour les devoirs envoyés.",
    "Si ça continue comme ça, ça va mal finir pour le budget de l'ESHG.",
])
def test_leaving_a_fall_or_a_budget_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Incitement to suicide said of her or him, or with hanging named ---------------------

@pytest.mark.parametrize("text", [
    "Lui là, Zack de sec 2 à LJP, il devrait juste se pendre, personne va le pleurer.",
    "Maya from Hormis owes everyone money, she should just kill herself honestly.",
    "Félix de l'ESHG, tu devrais te pendre avec ton fil de chargeur.",
])
def test_suicide_urged_on_a_pupil_is_critical_cyberbullying(charter: Charter,
                                                            text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Ma fille dit qu'elle devrait juste se pendre de honte après sa présentation ratée à "
    "l'ESHG 😂",
    "She should just kill herself laughing at the LJP talent show, it's that good.",
    "Le prof de LJP devrait juste se reposer cette fin de semaine, il est épuisé.",
    "He should just hang out with us after the Hormis game, he's new.",
])
def test_shame_laughter_or_rest_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. Private sales, the school's own fundraiser, scam warnings ---------------------------

@pytest.mark.parametrize("text", [
    "Je vends les patins de mon gars, pointure 5, il est rendu trop grand pour. 25$, ramassage "
    "à Thurso près de Sainte-Famille, écrivez-moi.",
    "Selling my daughter's Hormis gym uniform, she outgrew it. $15, pickup in Buckingham, "
    "message me.",
    "Vends la calculatrice de ma fille, elle a gradué de LJP en juin. 30$, écrivez-moi en privé.",
    "The ESHG grade 6 class is selling cookies at recess, $2 a bag, pickup at the office. All "
    "proceeds go to the year-end trip.",
    "Papineauville parents: the LJP grad committee is selling wreaths, $25 each, pickup at the "
    "school. Money goes to the grad trip.",
    "Vente de gâteaux des élèves de Providence vendredi, 3$ la part, tous les profits vont à la "
    "bibliothèque.",
    "Attention : un faux courriel au nom du CSSCV demande vos informations bancaires pour un "
    "remboursement. Ne cliquez pas.",
    "Heads up LJP parents, phishing texts pretending to come from the school promise a refund "
    "on a gift card. Don't click.",
])
def test_a_parents_sale_a_school_fundraiser_or_a_scam_warning_is_nothing(charter: Charter,
                                                                         text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Je vends des produits Norwex, livraison gratuite aux parents de l'ESHG, écrivez-moi en "
    "privé!",
    "Vos frais du CSSCV sont impayés? Confirmez vos informations bancaires ici pour un "
    "remboursement : csscv-remboursement.com",
    "Mamans de LJP, je recrute! Revenu d'appoint de la maison, 500$/semaine, écrivez-moi.",
    "Elle a gradué de LJP, fait que maintenant je vends mes bijoux : 20% de rabais sur tout avec "
    "le code LJP20, lien dans ma bio!",
    "Buy my candles for the holidays! 10% of the money goes to LJP, order on candlesbylisa.com, "
    "use code LJP10.",
])
def test_adverts_scams_and_recruiting_stay_spam(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"spam"}, False)


# --- 5. Contempt: a money machine, a useless organisation, thanks in scare quotes ----------

@pytest.mark.parametrize("text", [
    "L'ESHG, c'est rendu une machine à factures, chaque semaine une nouvelle demande de "
    "paiement.",
    "Hormis is a business, not a school. Everything has a price tag now.",
    "Le CSSCV, une organisation inutile qui coûte une fortune.",
    "The LJP office couldn't organise a field trip to save its life.",
    "Saint-Laurent is run by people who couldn't care less, parents pay and pay.",
    "« Bravo » au CSSCV pour la troisième hausse des frais cette année 🙄",
    "La contribution « volontaire » de Providence, rappelée trois fois par courriel, continuez "
    "comme ça 👏",
])
def test_contempt_for_a_school_that_only_bills_is_disparaging(charter: Charter,
                                                              text: str) -> None:
    assert _verdict(charter, text) == ({"disparaging"}, False)


@pytest.mark.parametrize("text", [
    "Mon fils a appris à dire « merci » à la maternelle de Providence, quelle belle équipe!",
    "La machine à café du salon des parents de l'ESHG est brisée, quelqu'un peut appeler le "
    "concierge?",
    "I couldn't care less about the dress code debate at LJP, my kid likes the uniform.",
    "Bravo au CSSCV pour la rentrée, tout s'est bien passé!",
])
def test_a_word_taught_a_coffee_machine_or_plain_thanks_is_nothing(charter: Charter,
                                                                   text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. "retard": lateness in French, the slur in English -----------------------------------

@pytest.mark.parametrize("text", [
    "Le CSSCV me réclame 8$ de retard pour le service de garde de Providence, c'est correct, je "
    "paie.",
    "La politique de retard de LJP est trop sévère à mon avis, j'en parlerai au CE.",
    "Le retard dans la construction du gymnase de l'ESHG inquiète les parents.",
])
def test_a_late_fee_or_a_delay_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_the_english_slur_stays_defamation(charter: Charter) -> None:
    categories, _ = _verdict(charter, "The bus driver at Hormis is a total retard.")
    assert "defamation" in categories
