"""Every built-in connector keeps the contract: it loads, satisfies the ``Connector`` protocol,
has a strict ``Options`` model and is documented in the README, option by option (a connector
IT cannot configure from the README is not finished)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from connectors import registry
from connectors.base import Connector, ConnectorOptions

README = Path(__file__).resolve().parents[2] / "README.md"
NAMES = sorted(registry.BUILTINS)


def _connectors_section() -> str:
    text = README.read_text("utf-8")
    start = text.index("## Connectors (IT)")
    return text[start : text.index("\n## ", start + 1)]


def _subsection(name: str) -> str:
    section = _connectors_section()
    match = re.search(rf"^### `{re.escape(name)}`\n(.*?)(?=^### |\Z)", section, re.M | re.S)
    assert match, f"README.md: no '### `{name}`' under '## Connectors (IT)'"
    return match.group(1)


@pytest.mark.parametrize("name", NAMES)
def test_builtin_loads_and_satisfies_the_protocol(name: str) -> None:
    connector = registry.get(name)
    assert isinstance(connector, Connector)
    assert connector.name == name


@pytest.mark.parametrize("name", NAMES)
def test_builtin_options_are_a_strict_connector_options_model(name: str) -> None:
    options = registry.get(name).Options
    assert issubclass(options, ConnectorOptions)
    assert options.model_config.get("extra") == "forbid"


@pytest.mark.parametrize("name", NAMES)
def test_builtin_is_documented_with_every_option(name: str) -> None:
    section = _subsection(name)
    undocumented = [
        field
        for field in registry.get(name).Options.model_fields
        if f"| `{field}` |" not in section
    ]
    assert undocumented == [], f"README.md, ### `{name}`: options table lacks {undocumented}"
