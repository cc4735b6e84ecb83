"""Reading the admins' YAML files (``veille.yaml``, the charter lexicons).

libyaml's parser when PyYAML was built with it (PyPI's wheels are): the lexicons hold
thousands of terms, and the pure-Python parser spent over a second on them at every start.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from worker.errors import ConfigError, ConfigProblem

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path) -> object:
    """The data of a YAML file.

    Raises:
        ConfigError: an unreadable file, or a YAML syntax error with its line and column.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(str(path), [ConfigProblem("", f"lecture impossible : {exc}")]) from exc
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"ligne {mark.line + 1}, colonne {mark.column + 1}" if mark else ""
        raise ConfigError(str(path), [ConfigProblem(where, "syntaxe YAML invalide")]) from exc
