from __future__ import annotations

import pytest

from tests.conftest import base_config
from worker.config import parse_config
from worker.matching import Matcher
from worker.normalise import fold


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    data = base_config(exclude=["Sainte-Famille de Paris"])
    data["entities"].append({"id": "providence", "name": "École Providence",
                             "aliases": ["Providence"], "context": ["Buckingham"],
                             "exclude": ["Providence RI"]})
    return Matcher.from_config(parse_config(data))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Centre de services scolaire au Cœur-des-Vallées annonce…", ["csscv"]),
        ("centre de services scolaire au coeur des vallees", ["csscv"]),
        ("CENTRE DE SERVICES SCOLAIRE AU CŒUR DES VALLÉES", ["csscv"]),
        ("Le CSSCV et l'ESHG", ["csscv", "eshg"]),
        ("à l'école Hormisdas Gamelin hier", ["eshg"]),
        ("hormisdas-gamelin", ["eshg"]),
        ("CSSCVX n'est pas un sigle connu", []),
        ("ESHGs", []),
        ("Sainte-Famille à Thurso", ["sainte-famille-thurso"]),
        ("Sainte-Famille, à Montréal", []),
        ("Sainte-Famille, CSSCV", ["csscv", "sainte-famille-thurso"]),
        ("Sainte-Famille de Paris, près de Thurso", []),
        ("Providence à Buckingham", ["providence"]),
        ("Providence RI, Buckingham Palace", []),
        ("", []),
    ],
)
def test_entities_found(matcher: Matcher, text: str, expected: list[str]) -> None:
    assert matcher.entities(text) == expected


def test_mention_spans_point_into_the_original_text(matcher: Matcher) -> None:
    text = "Hier, l'École secondaire Hormisdas-Gamelin (ESHG) a gagné."
    spans = [text[m.start:m.end] for m in matcher.find(text)]
    assert spans == ["École secondaire Hormisdas-Gamelin", "Hormisdas-Gamelin", "ESHG"]


def test_an_exclude_phrase_vetoes_only_the_mention_it_covers(matcher: Matcher) -> None:
    text = "Sainte-Famille de Paris a écrit à l'École Sainte-Famille de Thurso."
    assert [text[m.start:m.end] for m in matcher.find(text)] == [
        "École Sainte-Famille", "Sainte-Famille"]


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Cœur-des-Vallées", " coeur des vallees "), ("  L'ÉCOLE!! ", " l ecole "),
     ("ﬁn", " fin "), ("", " ")],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text).text == folded


def test_fold_offsets_map_back() -> None:
    text = "À l'École Œuvre"
    folded = fold(text)
    start = folded.text.index("ecole")
    a, b = folded.span(start, start + len("ecole"))
    assert text[a:b] == "École"
