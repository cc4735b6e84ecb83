"""Loading the lexicons: admins add terms without code, and bad files say where and why."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.charter.conftest import LEXICONS, PUBLIC_CONTACTS
from worker.charter import lexicon
from worker.charter.classify import classify
from worker.charter.context import LAZY_KINDS
from worker.charter.lexicon import Charter, load_charter
from worker.charter.model import Document
from worker.charter.rules import RuleScorer, scan
from worker.charter.surface import build_surface
from worker.errors import ConfigError
from worker.eval import parse_cases

CASES = LEXICONS / "cases.jsonl"


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, encoding="utf-8")


def test_an_admin_adds_a_term_without_code(tmp_path: Path) -> None:
    _write(tmp_path, "defamation.yaml", """
category: defamation
groups:
  - name: insultes
    reason: insulte
    weight: 0.9
    terms: [gougoune, "niochon*"]
""")
    charter = load_charter(tmp_path)
    verdict = classify(Document("Quelle gougoune, et quel niochonnerie", kind="post"), charter)
    [flag] = verdict.flags
    assert [e.text for e in flag.evidence] == ["gougoune", "niochonnerie"]


@pytest.mark.parametrize(
    ("text", "path", "message"),
    [
        ("category: rumeurs\n", "category", "catégorie inconnue"),
        ("category: spam\ngroups:\n  - name: x\n    reason: y\n    weight: 2\n    terms: [a]\n",
         "groups[0].weight", "au plus 1"),
        ("category: spam\ngroups:\n  - name: x\n    reason: y\n    weight: 0.5\n    terms: []\n",
         "groups[0].terms", "ne doit pas être vide"),
        ("category: spam\ngroups:\n  - name: x\n    reason: y\n    weight: 0.5\n    termes: [a]\n",
         "groups[0].termes", "clé inconnue"),
        ("category: spam\npatterns:\n  - {name: x, reason: y, weight: 0.5, regex: '(a'}\n",
         "patterns[0].regex", "expression régulière invalide"),
        ("category: spam\ngroups:\n  - name: x\n    reason: y\n    weight: 0.5\n"
         "    terms: ['!!']\n",
         "groups[0].terms[0]", "terme vide"),
        ("category: [spam\n", "ligne", "syntaxe YAML invalide"),
    ],
)
def test_bad_lexicon_files_name_the_file_the_path_and_the_problem(
    tmp_path: Path, text: str, path: str, message: str
) -> None:
    _write(tmp_path, "spam.yaml", text)
    with pytest.raises(ConfigError) as caught:
        load_charter(tmp_path)
    error = caught.value
    assert error.file.endswith("spam.yaml")
    assert any(p.path.startswith(path) and message in p.message for p in error.problems), \
        error.problems


def test_an_empty_folder_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="aucun lexique"):
        load_charter(tmp_path)


def test_the_shipped_lexicons_load(charter: object) -> None:
    assert charter is not None


def test_a_lexicon_named_yml_is_skipped_and_said_so(tmp_path: Path,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    _write(tmp_path, "spam.yaml",
           "category: spam\ngroups:\n  - name: pub\n    reason: publicité\n    weight: 0.8\n"
           "    terms: [code promo]\n")
    _write(tmp_path, "insultes.yml",
           "category: defamation\ngroups:\n  - name: insultes\n    reason: insulte\n"
           "    weight: 0.8\n    terms: [zigoto]\n")
    with caplog.at_level("WARNING", logger="worker.charter.lexicon"):
        charter = load_charter(tmp_path)
    assert charter.term_count == 1
    assert f"lexicon {tmp_path / 'insultes.yml'} skipped" in caplog.text


def test_a_harmless_phrase_clears_the_terms_inside_it_not_a_longer_phrase_around_it(
        tmp_path: Path) -> None:
    # "p'tits" splits into "p" and "tits": the harmless word keeps "tits" from counting,
    # but an admin's phrase that holds it ("p'tite vache") says more than the word.
    _write(tmp_path, "sexual.yaml", """
category: sexual
groups:
  - name: corps
    reason: contenu sexuel
    weight: 0.9
    terms: [tits]
  - name: mots familiers
    reason: expression anodine
    weight: 0.0
    benign: true
    terms: [p'tits, p'tite]
""")
    _write(tmp_path, "defamation.yaml", """
category: defamation
groups:
  - name: insultes
    reason: insulte
    weight: 0.9
    terms: [p'tite vache]
""")
    charter = load_charter(tmp_path)

    def flagged(text: str) -> set[str]:
        return {f.category for f in classify(Document(text, kind="post"), charter).flags}

    assert flagged("Mes p'tits sont rentrés de l'école") == set()
    assert flagged("Nice tits") == {"sexual"}
    assert flagged("La p'tite vache de la classe") == {"defamation"}


def test_lazy_marker_kinds_are_read_only_when_asked_and_read_the_same(
        charter: Charter, monkeypatch: pytest.MonkeyPatch) -> None:
    """A kind of ``LAZY_KINDS`` is left out of the scan and read when a rule asks about it: the
    verdicts are those of a charter that reads every kind in the scan."""
    surface = build_surface("Je vais le frapper demain, toi aussi")
    _, context = scan(surface, charter)
    assert not any(kind in context.marks for kind in LAZY_KINDS)
    assert context.tokens("victim") == [2, 5]  # "le", "toi"
    monkeypatch.setattr(lexicon, "LAZY_KINDS", frozenset())
    eager = load_charter(LEXICONS, PUBLIC_CONTACTS)
    assert eager.lazy_markers is None and charter.lazy_markers is not None
    cases = parse_cases(CASES.read_text(encoding="utf-8").splitlines())
    for case in cases[::25]:  # a thousand texts, threats and harmless ones
        assert RuleScorer(charter).score(case.document) == \
            RuleScorer(eager).score(case.document), case.id
