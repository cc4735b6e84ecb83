"""The round of rules tuned on "zw-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: health, disability and special needs: pupils' diagnoses, intervention plans, allergies
and medication, mental-health crises, accessibility, fundraisers for a sick child;
information shared with good intentions, the cruelty aimed at disability and illness, and
miracle cures. Their critical misses (a pupil told in the imperative to stop eating for good
after a remark on her weight, a self-harm "tutorial" in leetspeak, "killer la dirlo" in
leetspeak, a past attempt recalled then "try harder", cutting recalled then "recommence",
distress dared to "prove it", "the kind thing would be to not wake up", a school said to be
headed "comme à Columbine", a 12-gauge brought into the school, death promised "si je le
croise", footage "de la douche après le cours") and their weakest categories: cyberbullying
(a pupil's illness said to be faked, pupils rated "1-10"), privacy (a named pupil's allergy,
asthma attack or heart surgery). Harmless texts were flagged confidential for an intervention
plan named as a kind of document (a question about the plans' rights, a plan meeting, the
services a plan provides).

Fixed: stopping eating "complètement/pour de bon" ordered after a second person and a comma
(a pattern); "t'as déjà essayé une fois, essaie plus fort" (a pattern, beside "finis la
job"); "si t'étais vraiment en détresse/suicidaire tu l'aurais déjà fait" (a pattern);
self-harm recalled ("quand tu te coupais") then "recommence/refais-le" (a pattern); the
"kind/best thing" being to not wake up (a pattern); "self harm tutorial", "tuto
d'automutilation" (terms: leetspeak reads the same); a shooting foretold ("ça va finir comme
à Columbine", "gonna end like Columbine") and "killer" aimed at a principal or a teacher
(terms); the 12-gauge brought "dans l'école", "à LJP" (a pattern); death promised on meeting
someone ("si je le pogne il est mort", "if I see him he's dead") (a pattern); footage "de la
douche après le cours/le gym" beside a camera (terms); an illness or disability called faked
(a pattern); "1-10" as a rating scale; a named pupil's allergy to peanuts, anaphylactic
shock, asthma attack, heart surgery (terms); a plan named as a kind of document (benign
phrases).

Set aside as look-alikes: a parent whose child "arrête de manger complètement" when anxious,
chips given up; a match or an exam tried "harder"; "si t'étais vraiment motivé tu l'aurais
déjà fait"; someone who used to cut told they can talk about it; a baby's brother not woken;
a report line for self-harm tutorials; "ça va pas finir comme à Columbine"; "killer l'exam";
a parent coming "avec mon 12 ans", a "12e année"; "mort de rire", "dead tired"; a shower
taken after the class with no camera; a parent's own child allergic or in surgery, a general
peanut rule; a parent defending a child who "is not faking"; burgers rated 1-10; the list of
pupils with a plan, or a photo of a named pupil's plan (still confidential).

Left for a later round: threats hinted by a visit or a bag ("une visite qu'elle oubliera
jamais", "I've got everything ready in my bag", "vous allez sortir de là en chaise
roulante", "someone at the head office is getting hurt"); a home address with "si du monde
passe le voir ce soir" or "bring friends" (privacy found, no call to go); sexual remarks on
disabled pupils without a listed word ("dit oui à tout, profitez-en", "would sleep with
anyone", "private lessons ;)", "filles spéciales"), on staff ("intervention physique",
"examen complet"); bare bomb notices ("Bombe à l'ESHG lundi."); sarcasm and scorn at a
service ("des génies", "c'est du vent"); miracle cures without a link or a price; a pupil
named by first name only ("Anaïs", "Florence") whose diagnosis is told. Limits seen: "Je dis
pas que X fait exprès ses crises..." holds a denial, so the new pattern (``unless:
[denial]``) clears that insinuation too; a pupil said to fake a wheelchair ("y fait juste
semblant") names no illness after the verb and is not read; "les élèves avec un plan
d'intervention" could not be made harmless, as a leaked list says it too.

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Self-harm urged: fasting, a past attempt, distress dared, a tutorial ----------------

@pytest.mark.parametrize("text", [
    "Jessica de l'ESHG, t'es tellement énorme, arrête de manger pour de bon, on va te remercier",
    "ur so fat Kayla, just stop eating completely lol",
    "Tu as déjà essayé une fois, alors essaie plus fort cette fois 💀",
    "you already tried once, try harder next time",
    "Si t'étais vraiment suicidaire tu l'aurais déjà fait, arrête ton cinéma",
    "if you were really depressed you'd have done it already. prove it",
    "Tsé quand tu te mutilais l'an passé? Refais-le, on s'ennuie pas",
    "the best thing for your parents would be to not wake up tomorrow.",
    "new s3lf-h4rm tutorial for the sec 2 kids at LJP 🩸 link in bio",
])
def test_self_harm_urged_is_critical_cyberbullying(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Ma fille, quand elle est anxieuse, arrête de manger complètement pendant des jours, des "
    "conseils?",
    "Mon fils arrête de manger complètement quand il stresse.",
    "Toi qui veux maigrir, arrête de manger des chips complètement!",
    "Tu as déjà essayé une fois, essaie plus fort au prochain match!",
    "you already tried once, try harder on the next test",
    "Si t'étais vraiment motivé tu l'aurais déjà fait, ton devoir.",
    "Tsé quand tu te coupais, je veux que tu saches que tu peux m'en parler.",
    "The best thing for the baby would be to not wake up her brother.",
    "Signalez tout tutoriel sur l'automutilation à la ligne 1 866 APPELLE.",
])
def test_a_child_who_stops_eating_a_match_or_help_offered_is_nothing(charter: Charter,
                                                                     text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 2. Threats: a shooting foretold, "killer", a 12-gauge, death on meeting ------------------

@pytest.mark.parametrize("text", [
    "Si la poly LJP continue d'ignorer mon gars, ça va finir comme à Polytechnique, je vous "
    "aurai avertis.",
    "If nobody stops them this is gonna end like Columbine at ESHG.",
    "j'vais killer le dirlo de Hormis lundi, y m'a renvoyé",
    "j'arrive à l'ESHG avec ma 12 demain pis on va voir qui rit",
    "je rentre dans l'école avec mon 12 gauge si y touchent encore à mon frère",
    "Le prof d'éduc de Providence, si je le pogne il est mort.",
    "if I see him at pickup he's dead, that aide who hit my son",
])
def test_a_foretold_shooting_a_gun_or_death_promised_is_critical(charter: Charter,
                                                                 text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Rassurez-vous, ça va pas finir comme à Columbine : l'école a un plan de sécurité "
    "exemplaire.",
    "Ma fille va killer l'exam de maths demain, elle a tellement étudié!",
    "Je rentre à l'école avec mon 12 ans demain pour la rencontre de parents.",
    "J'arrive à LJP avec ma 12e année de bénévolat à la bibliothèque, merci à tous!",
    "Si je le croise au tournoi je vais être mort de rire, il a tellement changé.",
    "if I see him at the game he's dead tired after the double shift, poor coach",
])
def test_reassurance_an_exam_a_child_of_twelve_or_laughter_is_nothing(charter: Charter,
                                                                      text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Footage from the showers after a school class ---------------------------------------

@pytest.mark.parametrize("text", [
    "J'ai filmé des vidéos de la douche après le gym à LJP, 20$ pour le lien",
    "pics from the showers after gym at Hormis, DM for the link 🍑",
])
def test_footage_from_the_school_showers_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


def test_a_shower_after_class_with_no_camera_is_nothing(charter: Charter) -> None:
    text = "Rappel: prenez une douche après le cours d'éduc, apportez une serviette."
    assert _verdict(charter, text) == (set(), False)


# --- 4. An illness called faked; pupils rated -----------------------------------------------

@pytest.mark.parametrize("text", [
    "Tout le monde à LJP sait que Mathis fait exprès ses crises pour sortir des cours lol",
    "Anyone else think Maya at Hormis is faking her anxiety for attention? 🙄",
    "Zoé à Maria-Goretti, son « autisme » c'est du fake, elle veut juste de l'attention",
    "Rate the girls of sec 4 at ESHG 1-10, pics in my story",
])
def test_an_illness_called_fake_or_pupils_rated_is_cyberbullying(charter: Charter,
                                                                  text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert not critical


@pytest.mark.parametrize("text", [
    "Mon fils ne fait pas exprès ses crises, c'est neurologique, soyez indulgents.",
    "My daughter is not faking her anxiety, please believe the kids.",
    "Rate the burgers at the LJP cafeteria 1-10 in the comments!",
])
def test_a_parent_defending_or_burgers_rated_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 5. A named pupil's allergy, asthma, surgery --------------------------------------------

@pytest.mark.parametrize("text", [
    "Attention à la collation: Léa Bouchard de 3e année à Providence est allergique aux "
    "arachides.",
    "Pensées pour Mathis Giroux de LJP qui se fait opérer au coeur vendredi à Sainte-Justine.",
    "Praying for Olivia Martel (grade 2, Hormis), she had an asthma attack at recess and is at "
    "CHEO.",
])
def test_a_named_pupils_health_is_privacy(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == ({"privacy"}, False)


@pytest.mark.parametrize("text", [
    "Mon fils est allergique aux arachides, est-ce que la cafétéria de LJP offre un menu sans "
    "noix?",
    "Rappel aux parents: aucune collation avec des arachides, plusieurs élèves sont allergiques "
    "aux arachides.",
    "Ma fille se fait opérer au coeur demain, merci à son enseignante de Hormis pour la carte.",
])
def test_a_parents_own_child_or_a_general_rule_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 6. An intervention plan named as a kind of document ------------------------------------

@pytest.mark.parametrize("text", [
    "Les élèves avec un plan d'intervention ont droit à du temps supplémentaire aux examens du "
    "ministère?",
    "À la réunion de plan d'intervention, l'orthopédagogue de LJP nous a vraiment écoutés. "
    "Merci!",
    "Le CSSCV doit offrir les services prévus au plan d'intervention, point.",
])
def test_a_plan_named_as_a_kind_of_document_is_nothing(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Voici la liste des élèves avec un plan d'intervention à LJP, avec leurs diagnostics.",
    "Ma voisine qui travaille à LJP m'a envoyé une photo du plan d'intervention de Jayden S.",
])
def test_a_plan_shown_stays_confidential(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "confidential" in categories
