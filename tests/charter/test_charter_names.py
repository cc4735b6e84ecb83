"""Watched names hidden from the learned scorer (``worker.charter.names``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.charter.names import NAME_PLACEHOLDER, NameMask, watched_names
from worker.config import load_config

SHIPPED = load_config(Path(__file__).resolve().parents[2] / "config" / "veille.yaml")
P = NAME_PLACEHOLDER


@pytest.fixture(scope="module")
def mask() -> NameMask:
    return NameMask(watched_names(SHIPPED))


def test_every_name_alias_and_ambiguous_name_is_hidden_but_no_context_word() -> None:
    names = watched_names(SHIPPED)
    assert {"CSSCV", "ESLJP", "Hormisdas-Gamelin", "Hormisdas", "LJP", "Providence",
            "École Maria-Goretti", "Centre de services scolaire au Cœur-des-Vallées"} <= set(names)
    assert not {"Buckingham", "école", "élèves", "Thurso"} & set(names)


@pytest.mark.parametrize(("text", "masked"), [
    ("Go ESLJP! 💙", f"Go {P}! 💙"),
    ("go eslJP!!", f"go {P}!!"),
    ("les profs de l'ÉCOLE SECONDAIRE hormisdas gamelin", f"les profs de l'{P}"),
    ("Le CSSCV (Coeur-des-Vallees) répond", f"Le {P} ({P}) répond"),
    # Overlapping names ("poly Hormisdas", "Hormisdas-Gamelin") hide as one.
    ("à la poly Hormisdas-Gamelin hier", f"à la {P} hier"),
    ("Hormisdas Hormisdas", f"{P} {P}"),
    # A word that holds a name is another word.
    ("les Saint-Laurentiens et eslJPx", "les Saint-Laurentiens et eslJPx"),
    ("", ""),
    ("rien à cacher ici", "rien à cacher ici"),
])
def test_names_are_hidden_whatever_their_case_accents_and_punctuation(
        mask: NameMask, text: str, masked: str) -> None:
    assert mask(text) == masked


def test_no_names_hide_nothing() -> None:
    assert NameMask([])("Go ESLJP!") == "Go ESLJP!"
    assert NameMask(["", "  "])("Go ESLJP!") == "Go ESLJP!"


def test_a_text_with_ligatures_and_combining_accents_keeps_its_other_characters(
        mask: NameMask) -> None:
    text = "Œuvre des e\u0301le\u0300ves de Maria-Goretti à Thurso — ﬁn"
    assert mask(text) == f"Œuvre des e\u0301le\u0300ves de {P} à Thurso — ﬁn"
