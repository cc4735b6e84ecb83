"""The round of rules tuned on "x-": ways of writing the rules read wrongly, each with the
look-alikes that must keep their verdict.

Read: threats (a school to be "shot up" in leetspeak, a joke denied "this time", people told
to duck or to stay home, exits to be chained, a back to watch, a name engraved on a knife, a
talk that "won't just be talking", flowers and a baseball bat, a pain to understand, a walk
home alone, blackmail with screenshots); self-harm urged (better off killing oneself, a rope
that settles everything, someone who should stop breathing, a bridge near one's school, kill
yourself spelled letter by letter); students shunned and mocked (a meme page tagged, pig
noises, a smell, a contest to make someone cry, a party invitation withdrawn); sexual
remarks (girls who "grew up nice", the first to turn 16, erotic massages, a post won on
one's knees); contempt without insults (staff paid to stare at the ceiling, zero
competence, a diploma from a cereal box, a file lost in a drawer, praise meaning the
opposite); leaks (a decision not announced until later, an internal version of a report, a
relative in the office, a whole class's permanent codes); spam (essential oils, a garage
sale, follow for follow, the soldier-doctor of a romance scam).
Set aside: "I'd kill for" a school, a bullet for oneself after a long week, a death on
stage, a carnage promised at a tournament, a lap a child could not run, a child who would
need an intervention plan, a sextortion campaign's own words.

Left for a later round: a threat taken back in brackets ("j'vais le tuer 😂 (non je
l'aime)"), a prevention poster quoting a nude photo, a teacher's home described without an
address, "vous êtes des bêtes" as praise, threats the label reads as defamation while the
rules read them as cyberbullying (a crowd sent to a teacher's home).

Written here, never taken from a labelled set.
"""

from __future__ import annotations

import pytest

from tests.charter.verdicts import categories_and_critical as _verdict
from worker.charter.lexicon import Charter

# --- 1. Threats ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "gonna be sh00ting up the ESHG cafeteria on monday, i'm not kidding this time",
    "Shooting up the ESLJP gym at noon, tell your friends to duck.",
    "Les élèves de l'ESHG, venez pas à l'école demain. Just trust me on this one.",
    "The ESLJP principal should watch his back when he walks to his car at night.",
    "Julien Roy de l'ESHG, j'ai un couteau pis ton nom est écrit dessus.",
    "Je sais où tu travailles, le directeur de l'ESLJP. On va jaser, pis ce sera pas juste "
    "pour parler.",
    "Pour le prof de musique de l'ESHG : des fleurs et un bâton de baseball 😇",
    "Emma de l'ESLJP, après l'école tu vas comprendre ta douleur.",
    "The ESLJP auditorium has one door. Would be a shame if someone chained the doors "
    "during the show.",
])
def test_threats_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "defamation" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Honestly I would kill for a gym like the one at ESHG, lucky students.",
    "Troisième réunion de parents cette semaine à l'ESLJP, j'vais me tirer une balle 💀",
    "Le héros de la pièce de l'ESHG se fait tuer sur scène au 2e acte, bravo à la troupe!",
    "Notre équipe de volley de l'ESLJP va faire un carnage au tournoi régional samedi!",
    "Prices keep shooting up at the ESHG cafeteria, a muffin is now four dollars.",
])
def test_look_alikes_are_no_threat(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


@pytest.mark.parametrize("text", [
    "Ms. Roy at ESHG: pay me or the screenshots get sent to every parent by Friday.",
    "Le prof de l'ESLJP a jusqu'à lundi pour me payer, sinon les captures d'écran s'en vont "
    "sur Facebook.",
])
def test_blackmail_is_defamation(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "defamation" in categories


# --- 2. Self-harm urged, students shunned and mocked ---------------------------------------

@pytest.mark.parametrize("text", [
    "Zoé de l'ESHG, t'es mieux de te suicider, personne te regretterait.",
    "Antoine à l'ESLJP, as-tu pensé à la corde? ça règlerait toute.",
    "Le gros Kevin de l'ESHG devrait arrêter de respirer, ça ferait du bien à tout le monde.",
    "Hey Owen from ESLJP, k.y.s",
])
def test_self_harm_urged_is_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "cyberbullying" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Lucas Martel de l'ESHG 🐷 oink oink",
    "Mia Roy de l'ESLJP pue tellement que personne veut s'asseoir à côté d'elle",
    "Ce meme sur Mme Caron de l'ESHG est hilarant, keep tagging her until she sees it 😂",
    "Concours à l'ESLJP : le premier qui fait brailler Olivier Lavoie gagne 10$ 😂",
    "Arrêtez d'inviter Chloé Gagnon aux partys de l'ESHG, elle gâche toute.",
])
def test_shunning_and_mockery_are_cyberbullying(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "cyberbullying" in categories


@pytest.mark.parametrize("text", [
    "Two years ago my daughter couldn't run a lap, today she won the ESHG cross-country. "
    "Thank you coach!",
    "The ESLJP workshop explains what to do if someone threatens to share their nude photos: "
    "tell an adult.",
])
def test_look_alike_family_news_is_no_bullying(charter: Charter, text: str) -> None:
    assert _verdict(charter, text) == (set(), False)


# --- 3. Sexual content -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The cheer squad at ESHG 😍 which one of them turns 16 first?",
    "Les filles de sec 4 de l'ESLJP, elle a quel âge la brune? j'aimerais ben ça la "
    "connaître 😉",
])
def test_sexual_remarks_on_minors_are_critical(charter: Charter, text: str) -> None:
    categories, critical = _verdict(charter, text)
    assert "sexual" in categories
    assert critical


@pytest.mark.parametrize("text", [
    "Massages érotiques pour les profs stressés de l'ESHG, texto seulement 😘",
    "I bet the new ESLJP principal got on her knees to get that job.",
])
def test_sexual_content_is_flagged(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "sexual" in categories


# --- 4. Contempt without insults ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Les surveillants de l'ESHG sont payés pour regarder le plafond.",
    "À l'ESLJP, zéro écoute, zéro empathie, zéro compétence.",
    "Un diplôme de l'ESHG, c'est comme un diplôme trouvé dans une boîte de céréales.",
    "La direction de l'ESLJP s'en fout complètement des élèves qui ont de la misère.",
    "Merci à l'ESHG pour votre magnifique gestion de la tempête, encore une fois 👏",
])
def test_contempt_is_disparaging(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "disparaging" in categories


def test_an_intervention_plan_asked_for_is_no_leak(charter: Charter) -> None:
    text = "Si votre enfant a besoin d'un plan d'intervention, l'ESHG a une belle équipe."
    assert _verdict(charter, text) == (set(), False)


# --- 5. Leaks and spam ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The ESHG music program is moving to ESLJP next year. It won't be announced until "
    "June, don't tell anyone I said so.",
    "J'ai la version interne du rapport sur l'ESLJP, ma sœur travaille au secrétariat.",
    "Photo de la liste de l'ESHG avec le code permanent de chaque élève, trouvée dans la "
    "poubelle.",
])
def test_leaks_are_confidential(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "confidential" in categories


@pytest.mark.parametrize("text", [
    "Parents de l'ESLJP : mes huiles essentielles calment le stress des examens, demandez "
    "un échantillon gratuit!",
    "Follow for follow? Je suis à l'ESHG moi aussi",
    "Hello dear, I saw you on the ESLJP page. I am a US Army doctor on mission, can we talk "
    "on WhatsApp?",
])
def test_adverts_are_spam(charter: Charter, text: str) -> None:
    categories, _ = _verdict(charter, text)
    assert "spam" in categories
