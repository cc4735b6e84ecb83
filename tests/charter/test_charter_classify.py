"""Small cases, one behaviour each: what the rules flag, how severe, and what they leave."""

from __future__ import annotations

import pytest

from worker.charter.categories import CATEGORY_KEYS, Severity
from worker.charter.classify import classify, classify_with, combine
from worker.charter.lexicon import Charter
from worker.charter.model import CategoryFlag, Document, Evidence, Verdict
from worker.charter.rules import RuleScorer


def _verdict(charter: Charter, text: str, kind: str = "post", title: str = "") -> Verdict:
    return classify(Document(text, title, kind), charter)


def _categories(verdict: Verdict) -> set[str]:
    return {f.category for f in verdict.flags}


POSITIVES = [
    # defamation
    ("T'es un ostie de cave, Mme Tremblay", "defamation"),
    ("La directrice de l'ESHG est une vraie conne", "defamation"),
    ("Ferme ta yeule le prof de math", "defamation"),
    ("That teacher is a moron and a liar", "defamation"),
    ("Le prof d'éduc est un fif", "defamation"),
    ("Sinon je publie tes messages à toute l'école", "defamation"),
    # disparaging
    ("La direction du CSSCV est une gang d'incompétents", "disparaging"),
    ("Les profs de l'École Providence se pognent le cul toute la journée", "disparaging"),
    ("Quelle décision de génie encore, bravo les génies du centre de services", "disparaging"),
    ("The school board staff are useless and lazy", "disparaging"),
    # sexual
    ("Nouveaux vidéos porno gratuits sur mon site", "sexual"),
    ("Check my onlyfans, link in bio", "sexual"),
    # spam
    ("Achetez maintenant! Code promo CSSCV20, livraison gratuite", "spam"),
    ("Make money from home, passive income, click here bit.ly/3xYz", "spam"),
    ("Vous avez gagné une carte-cadeau! Réclamez votre prix ici", "spam"),
    # cyberbullying
    ("Personne t'aime à l'école, change d'école", "cyberbullying"),
    ("Partagez cette photo pour que toute l'école voie sa face de rat", "cyberbullying"),
    ("Nobody likes you, everyone hates you", "cyberbullying"),
    # confidential
    ("Voici le document interne du CSSCV, c'est pas encore annoncé", "confidential"),
    ("Le code de l'alarme de l'école est 4521", "confidential"),
    ("J'ai les réponses de l'examen du ministère de 4e secondaire", "confidential"),
    ("Mme Roy a reçu une lettre de réprimande, j'ai vu son dossier disciplinaire",
     "confidential"),
    # privacy
    ("La petite Léa de 3e année est autiste pis elle prend du ritalin", "privacy"),
    ("Voici le cell de Mme Gagnon: 819-555-0142, appelez-la", "privacy"),
    ("Son NAS est le 046 454 286", "privacy"),
    ("Code permanent de mon voisin: TREM 1503 0912", "privacy"),
    ("Le directeur habite au 42 rue des Érables, allez le voir", "privacy"),
    ("Je l'ai filmée à son insu dans le vestiaire", "privacy"),
]


@pytest.mark.parametrize(("text", "category"), POSITIVES)
def test_each_category_is_flagged(charter: Charter, text: str, category: str) -> None:
    assert category in _categories(_verdict(charter, text))


NEGATIVES = [
    # respectful criticism
    "Je suis en désaccord avec la décision du CSSCV de fermer l'école Saint-Laurent.",
    "Avec respect, je trouve que la direction aurait dû consulter les parents avant.",
    "I strongly disagree with the board's decision to cut bus routes.",
    "La décision est décevante et mal expliquée; j'espère que le conseil va la revoir.",
    # enthusiasm
    "C'est malade en tabarnak, bravo l'équipe!",
    "Crisse que c'était beau le spectacle de l'ESHG hier, félicitations!",
    "Holy shit that game was amazing, congrats to the team!",
    # negation
    "Le prof n'est pas un cave, il fait son possible.",
    "T'es pas un cave, t'es juste fatigué, lâche pas!",
    # neutral news
    "Le CSSCV annonce l'ouverture d'une nouvelle classe à l'École Providence.",
    "Pour information, appelez l'école au 819 986-8511.",
    "Call us toll free at 1-800-555-0199 or write info@csscv.gouv.qc.ca",
    "La soirée des finissants aura lieu le 20 juin au gymnase.",
    "Les élèves ont amassé 3 000 $ pour la guignolée.",
    "Numéro de dossier 046 454 287 (ce n'est pas un NAS valide).",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ordinary_and_respectful_text_is_not_flagged(charter: Charter, text: str) -> None:
    assert _verdict(charter, text).flags == ()


def test_a_journalist_quoting_an_insult_is_not_insulting(charter: Charter) -> None:
    text = ("Un parent aurait traité l'enseignante de « grosse conne » devant les élèves, "
            "a-t-elle raconté. Le CSSCV a porté plainte.")
    assert _verdict(charter, text, kind="article").flags == ()
    assert "defamation" in _categories(_verdict(charter, "La prof est une grosse conne"))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Je vais te tuer demain après l'école", "defamation"),
        ("M'a te casser la yeule mon tabarnak", "defamation"),
        ("On va amener un gun à l'ESHG lundi", "defamation"),
        ("I'll kill you after class", "defamation"),
        ("Va te pendre, personne t'aime", "cyberbullying"),
        ("kys loser", "cyberbullying"),
        ("Le monde serait mieux sans toi", "cyberbullying"),
        ("Des nudes de la petite Léa de sec 2 circulent", "sexual"),
        ("J'ai des vidéos porno d'une élève de l'École du Versant", "sexual"),
    ],
)
def test_threats_self_harm_and_sexual_with_minors_are_critical(
    charter: Charter, text: str, category: str
) -> None:
    verdict = _verdict(charter, text)
    flag = next(f for f in verdict.flags if f.category == category)
    assert flag.severity is Severity.CRITICAL
    assert verdict.severity is Severity.CRITICAL
    assert verdict.flags[0].severity is Severity.CRITICAL


@pytest.mark.parametrize(
    "text",
    [
        "T'es un c0nn@rd",
        "t'es un caaaave",
        "t'es tellement n i a i s e u x",
        "Quel c.o.n.n.a.r.d ce prof",
        "t'es une $alope",
        "TA YEULE",
    ],
)
def test_obfuscated_insults_are_found(charter: Charter, text: str) -> None:
    assert "defamation" in _categories(_verdict(charter, text))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Son NAS: 046 454 286", True),
        # Given as a NAS, a number is disclosed as one whatever its checksum (people
        # misremember a digit); the checksum decides for a number no word names.
        ("Son NAS: 046 454 287", True),
        ("Dossier 046 454 287 fermé", False),
        ("Commande no 046-454-287 expédiée hier", False),
        ("NAS 046-454-286 de la secrétaire", True),
        ("Voici son code permanent: GAGL 2207 1105", True),
        ("Sa carte RAMQ: GAGL 1107 2205", True),
        ("Référence ABCD 9999 9999", False),
    ],
)
def test_identifiers_are_checked_not_just_shaped(
    charter: Charter, text: str, flagged: bool
) -> None:
    assert ("privacy" in _categories(_verdict(charter, text))) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Appelez le secrétariat au (819) 986-8511 pour inscrire votre enfant", False),
        ("Textez-la au 819-555-0142, c'est son cell perso", True),
        ("Her personal number is 613.555.0188, call her", True),
        ("Écrivez à info@csscv.gouv.qc.ca", False),
        # a school's address under the organisation's domain is public too
        ("Écrivez à son courriel, gagnon.m@eshg.csscv.gouv.qc.ca", False),
        ("Écrivez à son courriel, gagnon.m@csscv.gouv.qc.ca.evil.com", True),
        ("Son courriel perso: marie.t1982@hotmail.com, écrivez-lui", True),
    ],
)
def test_public_contacts_are_not_private(charter: Charter, text: str, flagged: bool) -> None:
    assert ("privacy" in _categories(_verdict(charter, text))) is flagged


@pytest.mark.parametrize(
    "document",
    [
        Document("Le prof est un c0nn@rd. Je vais te tuer.", "Titre « ostie »", "post"),
        Document("Son NAS: 046 454 286, appelez-la au 819-555-0142", "", "comment"),
        Document("t'es n i a i s e u x et un caaave", "Élève", "post"),
    ],
)
def test_evidence_spans_are_exact_offsets_into_full_text(
    charter: Charter, document: Document
) -> None:
    verdict = classify(document, charter)
    assert verdict.flags
    for flag in verdict.flags:
        assert flag.evidence and flag.reasons and 0.0 <= flag.score <= 1.0
        for evidence in flag.evidence:
            assert document.full_text[evidence.start:evidence.end] == evidence.text


def test_flags_are_sorted_most_severe_then_highest(charter: Charter) -> None:
    text = "Achetez ici bit.ly/x promo! T'es une conne. Je vais te tuer."
    flags = _verdict(charter, text).flags
    keys = [(f.severity.rank, -f.score) for f in flags]
    assert keys == sorted(keys)
    assert flags[0].severity is Severity.CRITICAL
    assert all(f.category in CATEGORY_KEYS for f in flags)


def test_thresholds_per_category_override_min_score(charter: Charter) -> None:
    document = Document("Achetez maintenant, code promo ici", kind="post")
    assert "spam" in _categories(classify(document, charter, min_score=0.5))
    assert "spam" not in _categories(classify(document, charter, 0.5, {"spam": 0.99}))
    assert classify(document, charter, min_score=1.0).flags == ()


def test_classify_is_deterministic(charter: Charter) -> None:
    document = Document("T'es un cave pis une conne, ta yeule, va chier", kind="post")
    assert classify(document, charter) == classify(document, charter)


class _FixedScorer:
    def __init__(self, flags: list[CategoryFlag]) -> None:
        self.flags = flags

    def score(self, document: Document) -> list[CategoryFlag]:
        return self.flags


def test_other_scorers_combine_with_the_rules(charter: Charter) -> None:
    from worker.charter.rules import RuleScorer

    document = Document("Le CSSCV, quelle belle journée", kind="post")
    model = _FixedScorer([CategoryFlag("disparaging", 0.8, Severity.MEDIUM,
                                       (Evidence(0, 8, "Le CSSCV"),), ("modèle",))])
    verdict = classify_with(document, [RuleScorer(charter), model])
    assert _categories(verdict) == {"disparaging"}
    merged = combine([[CategoryFlag("spam", 0.4, Severity.LOW)],
                      [CategoryFlag("spam", 0.7, Severity.HIGH)]])
    assert merged == [CategoryFlag("spam", 0.7, Severity.HIGH)]


def _model_flag(category: str, score: float, text: str) -> _FixedScorer:
    return _FixedScorer([CategoryFlag(category, score, Severity.HIGH,
                                      (Evidence(0, len(text), text),), ("modèle",))])


def test_a_term_the_rules_set_aside_makes_another_scorer_be_surer(charter: Charter) -> None:
    from worker.charter.rules import RuleScorer

    text = "Je dis pas que la prof de maths est conne, loin de là."
    document = Document(text, kind="post")
    [aside] = RuleScorer(charter).score(document)
    assert (aside.category, aside.score) == ("defamation", 0.0)
    assert aside.evidence[0].text == "conne" and "démenti" in aside.reasons[0]
    # A model flag just past its threshold is not enough against the denial...
    unsure = classify_with(document, [RuleScorer(charter), _model_flag("defamation", 0.7, text)])
    assert unsure.flags == ()
    # ...a much surer one still flags, saying what the rules had set aside.
    [flag] = classify_with(document, [RuleScorer(charter),
                                      _model_flag("defamation", 0.95, text)]).flags
    assert flag.score == pytest.approx(0.57) and any("démenti" in r for r in flag.reasons)
    # Other categories are left alone.
    other = classify_with(document, [RuleScorer(charter), _model_flag("spam", 0.7, text)])
    assert _categories(other) == {"spam"}


@pytest.mark.parametrize(("text", "why"), [
    ("Le prof n'est pas un cave.", "négation"),
    ("Calvaire que le spectacle était débile, bravo les jeunes!", "éloge"),
    ("On va tuer le temps avant la réunion.", "expression anodine"),
    ("Nos p'tits de 2e année ont gagné le tournoi de ballon-chasseur!", "expression anodine"),
    ("Besoin d'une tapette à souris au local 204, merci!", "expression anodine"),
])
def test_the_rules_say_why_they_set_a_term_aside(charter: Charter, text: str,
                                                 why: str) -> None:
    from worker.charter.rules import RuleScorer

    flags = RuleScorer(charter).score(Document(text, kind="post"))
    assert flags and all(f.score == 0.0 for f in flags)
    assert any(why in f.reasons[0] for f in flags)
    assert classify(Document(text, kind="post"), charter).flags == ()


def test_a_model_flag_in_a_category_the_rules_set_aside_is_not_critical(
        charter: Charter) -> None:
    text = "On va les tuer samedi au tournoi de basket, go les Faucons!"
    rules = RuleScorer(charter).score(Document(text, kind="post"))
    [aside] = [f for f in rules if f.category == "defamation"]
    assert aside.score == 0.0
    model = CategoryFlag("defamation", 0.95, Severity.CRITICAL,
                         (Evidence(10, 14, "tuer"),), ("modèle appris : p = 0.97",))
    [merged] = combine([rules, [model]])
    assert merged.score == round(0.95 * 0.6, 4) and merged.severity is Severity.HIGH
