from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest

from tests.conftest import REPO, base_config, write_config
from worker.config import VeilleConfig, config_advice, load_config, parse_config, parse_duration
from worker.errors import ConfigError


def problems(data: object) -> dict[str, str]:
    with pytest.raises(ConfigError) as caught:
        parse_config(data, "veille.yaml")
    return {p.path: p.message for p in caught.value.problems}


@pytest.mark.parametrize(
    ("text", "expected"),
    [("30s", timedelta(seconds=30)), ("15m", timedelta(minutes=15)), ("2h", timedelta(hours=2)),
     ("1d", timedelta(days=1)), (900, timedelta(minutes=15)), (" 5 m ", timedelta(minutes=5))],
)
def test_durations_parse(text: object, expected: timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["15", "quinze minutes", "1w", "", "-5m"])
def test_bad_durations_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="durée invalide"):
        parse_duration(text)


def test_shipped_config_is_valid() -> None:
    config = load_config(REPO / "config" / "veille.yaml")
    assert config.organisation.id == "csscv"
    assert config.digest.timezone == "America/Toronto"
    assert config.digest.send_at == time(7, 0)
    assert config.sources, "the shipped config names real public feeds"


def test_minimal_config_gets_defaults() -> None:
    config = parse_config(base_config())
    assert config.classification.min_score == 0.5
    assert config.retention.item_text_days == 180
    assert [e.id for e in config.watched] == ["csscv", "eshg", "sainte-famille-thurso"]


def test_every_problem_is_reported_at_once_with_its_path_in_french() -> None:
    data = base_config(
        sources=[{"id": "a", "connector": "rss", "url": "https://example.org/f.xml",
                  "every": "2x"}],
        surprise=True,
    )
    data["digest"]["recipients"] = ["pas-une-adresse"]
    data["digest"]["timezone"] = "Mars/Olympus"
    found = problems(data)
    assert found["sources[0].every"].startswith("durée invalide")
    assert found["surprise"] == "clé inconnue (faute de frappe ?)"
    assert "adresse courriel invalide" in found["digest.recipients"]
    assert "fuseau horaire inconnu" in found["digest.timezone"]


def test_unknown_connector_is_named() -> None:
    data = base_config(sources=[{"id": "a", "connector": "telepathie"}])
    assert "connecteur inconnu 'telepathie'" in problems(data)["sources[0].connector"]


def test_connector_options_are_validated_with_the_connector_model() -> None:
    data = base_config(sources=[{"id": "a", "connector": "rss", "urll": "https://x.org/"}])
    found = problems(data)
    assert found["sources[0].urll"] == "clé inconnue (faute de frappe ?)"
    assert found["sources[0].url"] == "clé obligatoire manquante"


def test_duplicate_source_ids_are_refused() -> None:
    source = {"id": "a", "connector": "rss", "url": "https://example.org/f.xml"}
    assert any("en double" in m for m in problems(base_config(sources=[source, source])).values())


def test_polling_more_often_than_every_minute_is_refused() -> None:
    data = base_config(sources=[{"id": "a", "connector": "rss",
                                 "url": "https://example.org/f.xml", "every": "10s"}])
    assert "trop court" in problems(data)["sources[0].every"]


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "veille.yaml"
    path.write_text("organisation:\n  id: [csscv\n", "utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert "syntaxe YAML invalide" in str(caught.value)
    assert "ligne" in caught.value.problems[0].path


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="lecture impossible"):
        load_config(tmp_path / "absent.yaml")


def test_a_file_saved_in_another_encoding_is_a_config_error(tmp_path: Path) -> None:
    # An editor on Windows may save the file in Latin-1: "École" is then not UTF-8.
    path = tmp_path / "veille.yaml"
    path.write_bytes("organisation:\n  name: École Providence\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="lecture impossible"):
        load_config(path)


def test_config_round_trips_through_a_file(tmp_path: Path) -> None:
    path = write_config(tmp_path / "veille.yaml", base_config())
    assert load_config(path).organisation.name.startswith("Centre de services")


def test_an_empty_list_of_public_contacts_is_pointed_out() -> None:
    data = base_config()
    assert config_advice(VeilleConfig.model_validate(data)) == []
    data["organisation"] = {**data["organisation"], "public_contacts": []}
    [advice] = config_advice(VeilleConfig.model_validate(data))
    assert advice.startswith("organisation.public_contacts est vide")
