"""The ``digest.routes`` and ``alerts`` keys of veille.yaml: defaults, and French errors
addressed by their YAML path."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import base_config
from worker.config import VeilleConfig, parse_config
from worker.errors import ConfigError


def config_with(routes: list[dict[str, Any]] | None = None, **overrides: Any) -> dict[str, Any]:
    data = base_config(**overrides)
    data["digest"] = {**data["digest"], "routes": routes or []}
    return data


def problems(data: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(ConfigError) as caught:
        parse_config(data)
    return {p.path: p.message for p in caught.value.problems}


def test_without_routes_or_alerts_keys_alerts_go_to_the_main_list() -> None:
    config: VeilleConfig = parse_config(base_config())
    assert config.digest.routes == []
    assert (config.alerts.enabled, config.alerts.recipients) == (True, [])


def test_a_valid_route_and_alert_list_load() -> None:
    config = parse_config(config_with(
        [{"id": "eshg", "recipients": ["direction@example.org"], "entities": ["eshg"],
          "categories": ["privacy", "cyberbullying"]}],
        alerts={"recipients": ["securite@example.org"], "enabled": True}))
    assert config.digest.route("eshg").categories == ["privacy", "cyberbullying"]
    assert config.alerts.recipients == ["securite@example.org"]


def test_route_problems_are_reported_in_french_with_their_paths() -> None:
    found = problems(config_with(
        [{"id": "a", "recipients": ["pas-une-adresse"], "entities": ["eshg"]},
         {"id": "b", "recipients": ["b@example.org"], "categories": ["insultes"]},
         {"id": "c", "recipients": ["c@example.org"]},
         {"id": "D", "recipients": [], "entities": ["eshg"]}],
        alerts={"recipients": ["zzz"], "enabled": "peut-être"}))
    assert found == {
        "digest.routes[0].recipients": "adresse courriel invalide : 'pas-une-adresse'",
        "digest.routes[1].categories": "catégorie inconnue : 'insultes' (connues : privacy, "
                                       "defamation, disparaging, sexual, spam, cyberbullying, "
                                       "confidential)",
        "digest.routes[2]": "préciser entities, categories ou les deux (la liste principale "
                            "digest.recipients reçoit déjà tout)",
        "digest.routes[3].id": "identifiant invalide : minuscules, chiffres, - et _ seulement",
        "digest.routes[3].recipients": "ne doit pas être vide",
        "alerts.recipients": "adresse courriel invalide : 'zzz'",
        "alerts.enabled": "doit être true ou false",
    }


def test_a_route_naming_an_unknown_entity_lists_the_known_ones() -> None:
    found = problems(config_with(
        [{"id": "a", "recipients": ["a@example.org"], "entities": ["eshg", "ecole-fantome"]}]))
    assert found == {"digest.routes[0].entities[1]": "entité inconnue 'ecole-fantome' (connues "
                     ": csscv, eshg, sainte-famille-thurso)"}


def test_duplicate_route_ids_are_refused() -> None:
    route = {"id": "a", "recipients": ["a@example.org"], "entities": ["eshg"]}
    assert problems(config_with([route, route])) == {
        "": "identifiant en double dans digest.routes : 'a'"}


def test_unknown_keys_in_a_route_are_typos() -> None:
    found = problems(config_with(
        [{"id": "a", "recipients": ["a@example.org"], "entites": ["eshg"],
          "entities": ["eshg"]}]))
    assert found == {"digest.routes[0].entites": "clé inconnue (faute de frappe ?)"}
