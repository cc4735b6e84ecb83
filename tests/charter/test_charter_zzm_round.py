"""The round of rules tuned on "zzm-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: families and custody around the schools (separated parents, shared custody, the DPJ,
foster families and group homes, step-parents and grandparents raising children, report cards
sent to one parent, lawyers' letters, mediation, Father's Day) and what people write about
them. Its critical miss (a pile-on that ends "maybe this time he finally cuts deep enough lol"),
its misses (a rape laid at an ex's door deep in a long open letter, "votre secrétariat ... se
foutent éperdument des enfants" at the end of a polite letter, "c'est pour les losers", a news
story naming a pupil of 9 in foster care, a clown and "restez dans votre coin" for a school's
family night), its wrong flags (a lawyer's letter "au nom de notre cliente" read as
impersonation, the "Mozaïk Portail" read as a named person beside "garde partagée", a
"halte-garderie" read as a school called a daycare, "I don't think the teacher is incompetent
at all", a mediation link on the CSSCV's site and a defence of the teachers or Father's Day
cards read by the learned scorer as spam and contempt), and the rules' misses on children
mocked for their family (a father in prison, parents splitting, a mother who never comes) or
to be texted all weekend, and on remarks about staff at parent meetings.

Fixed: a cut wished "deep enough" ("he finally cuts deep enough", "qu'a se coupe assez
profond"; incitement, critical); a pupil's family laughed at, the laugh after it in the
sentence ("son papa en prison 😂", "his parents are splitting lol", "sa mère vient pas le
chercher 😂"; mockery, fuller beside a name); a pupil to be texted or called all weekend or all
night, the pronoun saying who ("on va la texter tout le weekend", "text him all night";
harassment, critical beside a private number); a lawyer writing "au nom de notre cliente" or a
wallet "au nom de" someone (harmless phrases); a rape or a molestation laid at someone's door,
of a relative or a pupil ("a violé sa nièce", "molesting kids"; an accusation of a crime); "se
foutent éperdument des enfants", "se fout complètement des pères" (indifference with an
adverb, contempt); a school "pour les losers", "is for losers" (contempt); "restez dans votre
coin" (a clue beside a clown or a second jibe); a "halte-garderie"; the contempt word followed
by "at all" or "du tout" (only a denial says it so); a defence of the teachers ("faut arrêter
de blâmer les profs", "rien que de bons mots") and Father's or Mother's Day (harmless phrases
that also set disparaging aside, so that the learned scorer's reading of them is discounted);
the CSSCV's own site pointed to (the same, in spam); "Mozaïk" and "Portail" never begin a name;
"the secretary", "that secretary" as a role, as "la secrétaire" is (an innuendo beside her is
sexual); "bent over that desk"; a first name set off before "who" or "qui" ("Mila, who has
been in foster care", "Léo, qui vit en famille d'accueil"; a named person).

Set aside as look-alikes: a saw, a knife or the budget that "cuts deep enough" to do something,
a recipe's "coupez assez profond"; the writer's own parents divorcing with a laugh, a boy told
of gently, one's own son laughing at his father in prison; a parent texting her sick daughter
all night, a staff member to call "toute la journée", a birthday greeting beside 🎉; a fake
account "au nom de" a pupil (still cyberbullying); an ex who "a violé l'ordonnance", a man
"accusé d'avoir violé" or "convicted of raping" in the news, a victim's own story; "se fout pas
complètement des familles", the same denied; a raffle's losers, a tournament's; a lockdown
drill's "restez dans votre coin"; a school called "une garderie", "incompetent at all levels";
contempt written beside a defence of the teachers; a scam's link beside the CSSCV's site; a
named parent's custody beside the portal; "Providence, qui a", "Bon, qui a", "Noël, qui
arrive", "Maman, qui est".

Left for a later round: the DPJ worker who "met with us" (zzm-0032: the family is the writer's
own only by "with us", after the term, and "DPJ worker" made harmless would hide a named child
taken out of class by one); a mother's own report card post flagged privacy and cyberbullying
by the learned scorer alone (zzm-0001: two categories, the rules read nothing there); a girl to
be frozen out "until she changes schools" and a boy nobody sits beside (zzm-0258, zzm-0027:
"passez le mot à vos ados" is also how a collection is announced, and a lone first name is no
target); mockery with the laugh in the next sentence or with no listed word (zzm-0276,
zzm-0265, zzm-0279, zzm-0320, zzm-0165); the leers at staff with no listed word
(zzm-0127, zzm-0259, zzm-0260, zzm-0083, zzm-0057, zzm-0084, zzm-0299) and at pupils, critical
(zzm-0150, zzm-0231, zzm-0114, zzm-0249, zzm-0099); threats the learned scorer alone makes
critical (zzm-0026, zzm-0028, zzm-0097, zzm-0108, zzm-0130, zzm-0230, zzm-0233, zzm-0290,
zzm-0292, zzm-0342); "maudite vache" and "négresse" (zzm-0256, zzm-0148: plain words for the
next round's insults and slurs); the custody adverts and scams (zzm-0100, zzm-0219, zzm-0254,
zzm-0273, zzm-0317, zzm-0171, zzm-0335, zzm-0129, zzm-0222) and the leaks (zzm-0116, zzm-0149,
zzm-0161, zzm-0189, zzm-0225, zzm-0296, zzm-0354, zzm-0359); the part's contempt with no listed
word (zzm-0049, zzm-0056, zzm-0121, zzm-0238, zzm-0275, zzm-0282, zzm-0301, zzm-0357).
Limits seen: the family's laugh must follow in the same sentence, within 40 characters, and
the family be said with "ses", "son", "sa", "his", "tes" (not "mes", "ma"); texting all
weekend is read with a pronoun ("la texter", "textez-le", "text her"), not "toute la
journée"; "viol imputé" reads the victim only when named by a word for a relative or a
pupil, and is a pattern, so never negated ("il a jamais violé sa nièce" is flagged); the
indifference pattern needs the adverb right after the verb; the harmless "incompetent at all"
would hide "incompetent at all levels", so that phrase (and "lazy at all times") is a term of
its own; the first name before "qui" is marked whatever follows, so "Léo, qui vit en famille
d'accueil" is privacy even in praise; a private number beside "textez-y toute la nuit" makes
the flag critical, also where the labels do not (zg-0177, a teacher's number).

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import assert_critical_in as _critical_in
from tests.charter.verdicts import categories_and_critical as _verdict
from tests.charter.verdicts import set_aside as _set_aside
from worker.charter.lexicon import Charter

# --- 1. A cut wished deep enough ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Jayden at LJP cried again in class lol, hope this time he cuts deep enough.",
    "Everyone knows Léa from Hormis cuts herself. Maybe she'll finally cut deep enough 💀",
    "La p'tite Roy de sec 2 à LJP, j'espère qu'a se coupe assez profond cette fois 🙃",
])
def test_a_cut_wished_deep_enough_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "cyberbullying")


@pytest.mark.parametrize("text", [
    "Shop class at LJP: make sure the saw cuts deep enough to go through the whole board.",
    "The budget cuts deep enough at Hormis that the library closes Fridays.",
    "Recette de Sainte-Famille: coupez assez profond dans la pâte pour que ça lève.",
    "The knife cuts deep enough for the cake, the Hormis bake sale was a success!",
])
def test_a_saw_a_budget_or_a_recipe_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. A pupil's family laughed at ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le p'tit Gagnon de 5e à Sainte-Famille pleure parce que ses parents divorcent 😂😂",
    "Noah Roy from LJP keeps crying because his parents are divorcing lmao",
    "Zoé Tremblay de LJP, son père est en prison haha pas surprenant",
    "Jade de LJP, tes parents divorcent pis ton père est en prison lol",
])
def test_a_pupils_family_laughed_at_is_bullying(charter: Charter, text: str) -> None:
    assert "cyberbullying" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Mes parents divorcent lol, au moins j'aurai deux Noëls, merci à ma TES de LJP pour "
    "l'écoute.",
    "Le p'tit Gagnon de Sainte-Famille vit un moment dur, ses parents divorcent. Soyez doux avec "
    "lui.",
    "Mon fils de LJP rit quand je dis que son père est en prison 😂 il a le même humour que moi",
])
def test_ones_own_family_or_a_kind_word_is_no_bullying(charter: Charter, text: str) -> None:
    assert "cyberbullying" not in _verdict(charter, text)[0]


# --- 3. Texted all weekend or all night -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Léa Roy de sec 1 à LJP, on va la texter tout le weekend jusqu'à ce qu'a pleure.",
    "Mme Roy de LJP, textez-la toute la nuit, a mérite pas de dormir.",
])
def test_a_person_to_be_texted_all_weekend_is_harassment(charter: Charter, text: str) -> None:
    assert "cyberbullying" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Here's Mason Clark's number from Hormis, text him all night, make him regret it.",
    "Le numéro à Zack de sec 2 à LJP c 819-555-0148, textez-le toute la nuit pis on verra s'il "
    "revient lundi",
])
def test_the_same_beside_a_private_number_is_critical(charter: Charter, text: str) -> None:
    _critical_in(charter, text, "cyberbullying")


@pytest.mark.parametrize("text", [
    "Ma fille est malade, je vais la texter toute la nuit pour voir si elle va bien. Merci à "
    "l'infirmière de LJP.",
    "Le secrétariat de Hormis répond au téléphone, appelez toute la journée entre 8h et 16h.",
    "On va la texter toute la nuit pour sa fête, bravo Léa Roy pour ton bal à LJP! 🎉",
])
def test_a_parent_an_office_or_a_birthday_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 4. A lawyer's client, a lost wallet ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Au nom de mon client, nous demandons à la direction de LJP de remettre les bulletins aux "
    "deux parents.",
    "On behalf of our client, we ask Hormisdas to send both parents the report cards.",
])
def test_a_lawyers_letter_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


def test_a_fake_account_in_a_pupils_name_stays_bullying(charter: Charter) -> None:
    text = "J'ai fait un faux compte au nom de Léa Roy de LJP pis je publie des niaiseries 😂"
    assert "cyberbullying" in _verdict(charter, text)[0]


def test_a_threat_in_a_lawyers_words_stays_critical(charter: Charter) -> None:
    text = ("Au nom de mon client: si la direction de LJP remet pas les bulletins, je vais aller "
            "la tuer.")
    _critical_in(charter, text, "defamation")


# --- 5. A rape laid at someone's door -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le beau-père de Zoé à Sainte-Famille a violé sa fille pis tout le monde le sait.",
    "The new janitor at Hormis raped his stepdaughter, ask anyone.",
    "Le coach de LJP a abusé sexuellement des élèves en 2015, personne l'a dénoncé.",
    "Lettre aux parents de Thurso. Les enseignantes sont dévouées, la direction fait ce qu'elle "
    "peut. Mais je dois le dire: le père de mes enfants, que vous croisez à la sortie de "
    "Sainte-Famille, a violé sa cousine et personne ne l'a dénoncé.",
])
def test_a_rape_laid_at_someones_door_is_defamation(charter: Charter, text: str) -> None:
    assert "defamation" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Mon ex a violé l'ordonnance du juge encore, j'ai écrit à la direction de LJP.",
    "Un homme accusé d'avoir violé sa nièce comparaît, a dit la police; il n'a aucun lien avec "
    "LJP.",
    "The man convicted of raping his niece was not a Hormis employee, the CSSCV confirmed.",
    "Ma fille a été violée l'an dernier, merci à la TES de LJP pour son soutien.",
])
def test_an_order_breached_the_news_or_a_victims_story_is_no_defamation(charter: Charter,
                                                                         text: str) -> None:
    assert "defamation" not in _verdict(charter, text)[0]


# --- 6. Indifference with an adverb ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "La direction de Hormis se fiche complètement des familles monoparentales.",
    "Vous vous foutez royalement des parents séparés à LJP.",
    "Madame, je vous écris au sujet des bulletins de LJP. J'ai appelé quatre fois. Votre "
    "secrétariat est une bande de fonctionnaires qui se foutent éperdument des enfants.",
])
def test_indifference_with_an_adverb_is_contempt(charter: Charter, text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "La direction de Hormis se fout pas complètement des familles, faut être juste.",
    "Je dirai jamais que la direction de LJP se fout des enfants, elle fait ce qu'elle peut.",
])
def test_the_same_denied_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 7. "C'est pour les losers" -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le CFP de Buckingham c'est pour les ratés qui ont lâché la poly.",
    "L'éduc des adultes à Thurso, c'est pour les perdants.",
])
def test_a_school_for_losers_is_contempt(charter: Charter, text: str) -> None:
    assert "disparaging" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "Le prix de participation c'est pour les perdants du tirage, bravo à tous les élèves de LJP!",
    "Le tournoi B c'est pour les perdants de la ronde 1, le hockey de LJP joue samedi.",
])
def test_a_raffles_or_a_tournaments_losers_are_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 8. "Restez dans votre coin" ------------------------------------------------------------

def test_sent_back_to_their_corner_beside_a_clown_is_contempt(charter: Charter) -> None:
    text = "Le CSSCV pis ses belles campagnes pour les familles 🤡 restez dans votre coin."
    assert "disparaging" in _verdict(charter, text)[0]


def test_a_lockdown_drills_corner_is_nothing(charter: Charter) -> None:
    text = "Exercice de confinement à Sainte-Famille: restez dans votre coin de classe, en silence."
    assert _verdict(charter, text) == (set(), False)


# --- 9. A childcare service; "du tout", "at all" --------------------------------------------

@pytest.mark.parametrize("text", [
    "La halte-garderie du CFP Relais de la Lièvre est ouverte les soirs d'examen, merci!",
    "La prof de ma fille à LJP est pas incompétente du tout, arrêtez de la dénigrer.",
    "I don't think the Hormis principal is incompetent at all, she followed the court order.",
])
def test_a_childcare_or_a_word_denied_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "LJP c'est une garderie, les profs sont des gardiens.",
    "The LJP administration is incompetent at all levels.",
    "La direction de Hormis est pas incompétente du tout, c'est juste une gang de menteurs.",
])
def test_a_school_called_a_daycare_or_incompetent_everywhere_stays(charter: Charter,
                                                                   text: str) -> None:
    assert _verdict(charter, text)[0] & {"disparaging", "defamation"}


# --- 10. Teachers defended; Father's Day ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Faut arrêter de blâmer les profs de Providence pour nos séparations, moi j'ai rien que de "
    "bons mots.",
    "Stop blaming the teachers at Hormis for our custody mess, they have 30 kids each.",
    "Fête des pères à Sainte-Famille: ma fille a fait une carte pour son papa pis une pour son "
    "beau-père.",
])
def test_a_defence_or_a_family_day_is_nothing_and_discounts_the_model(charter: Charter,
                                                                      text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
    assert _set_aside(charter, text, "disparaging")


def test_contempt_beside_a_defence_keeps_its_words(charter: Charter) -> None:
    text = ("Arrêtez de blâmer les profs, c'est la direction de LJP qui est une bande "
            "d'incompétents.")
    assert "disparaging" in _verdict(charter, text)[0]


# --- 11. The CSSCV's own site ---------------------------------------------------------------

def test_the_organisations_site_is_nothing_and_discounts_the_model(charter: Charter) -> None:
    text = ("La médiation familiale gratuite: toutes les infos sur le site du CSSCV, section "
            "Parents.")
    assert _verdict(charter, text) == (set(), False)
    assert _set_aside(charter, text, "spam")


def test_a_scam_link_beside_the_site_stays_spam(charter: Charter) -> None:
    text = "Médiation gratuite! Inscrivez-vous sur le site du CSSCV ➡️ bit.ly/mediation-csscv"
    assert "spam" in _verdict(charter, text)[0]


# --- 12. The school portal is no one --------------------------------------------------------

def test_the_portal_beside_shared_custody_is_nothing(charter: Charter) -> None:
    text = ("Nouveau parent en garde partagée? Activez votre compte Mozaïk Portail avant vendredi, "
            "LJP.")
    assert _verdict(charter, text) == (set(), False)


def test_a_named_parents_custody_beside_the_portal_stays_private(charter: Charter) -> None:
    text = ("Sur Mozaïk Portail tout le monde voit que Julie Tremblay a perdu la garde de ses "
            "enfants à Providence.")
    assert "privacy" in _verdict(charter, text)[0]


# --- 13. The secretary; a desk --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The secretary at Hormis in those leggings, I'd stay after school if you know what I mean 😏",
    "Mrs. Roy at LJP, I'd love to see her bent over this desk 😏",
])
def test_an_innuendo_about_staff_is_sexual(charter: Charter, text: str) -> None:
    assert "sexual" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "The LJP tutor bent over the desk to help my son with his fractions, so patient.",
    "Thanks to the secretary at Hormis, she found my son's lost lunchbox in five minutes.",
])
def test_staff_at_work_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 14. A first name set off before "who" or "qui" -----------------------------------------

def test_a_pupil_named_again_by_first_name_in_the_news_is_private(charter: Charter) -> None:
    text = ("An 8-year-old pupil at Saint-Laurent in Buckingham, Emma Lafrance, was at the centre "
            "of a scene in the yard on Monday when a relative under a no-contact order came to see "
            "her. Emma, who has been in foster care since the spring, was not hurt.")
    assert "privacy" in _verdict(charter, text, kind="article")[0]


def test_a_first_name_before_qui_is_a_person(charter: Charter) -> None:
    text = ("Léo, qui vit en famille d'accueil depuis mars, a encore pleuré à la récré de "
            "Sainte-Famille.")
    assert "privacy" in _verdict(charter, text)[0]


@pytest.mark.parametrize("text", [
    "L'école Providence, qui a fermé sa bibliothèque, rouvre lundi.",
    "Bon, qui a vu le spectacle de Noël à LJP? C'était génial.",
    "Noël, qui arrive dans deux semaines, sera fêté à Sainte-Famille avec un dîner.",
    "Maman, qui est infirmière, vient parler aux élèves de LJP jeudi.",
])
def test_a_school_a_word_a_holiday_or_a_parent_is_no_one(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)
