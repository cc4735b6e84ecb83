"""docs/connectors.md's worked example, installed as written and run through the CLI."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, base_config, write_config
from tests.support.feedserver import serve_folder

pytestmark = pytest.mark.slow

FENCE = re.compile(r"```\w+ file=(\S+)\n(.*?)```", re.DOTALL)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example package built from the doc and installed into a folder of its own."""
    root = tmp_path_factory.mktemp("example")
    package, site = root / "veille-json-posts", root / "site"
    package.mkdir()
    files = dict(FENCE.findall((REPO / "docs" / "connectors.md").read_text("utf-8")))
    assert set(files) == {"veille_json_posts.py", "pyproject.toml"}
    for name, body in files.items():
        (package / name).write_text(body, "utf-8")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--no-build-isolation", "--target", str(site), str(package)], check=True)
    return site


def veille(site: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env["PYTHONPATH"] = os.pathsep.join([str(site), str(REPO)])
    return subprocess.run([sys.executable, "-m", "worker.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_installed_example_is_listed(installed: Path, tmp_path: Path) -> None:
    done = veille(installed, "connectors", "list", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "json_posts — installé (veille_json_posts:JsonPostsConnector)" in done.stdout
    assert "url (str, obligatoire)" in done.stdout


def test_installed_example_fetches_and_classifies(installed: Path, tmp_path: Path) -> None:
    config = write_config(tmp_path / "veille.yaml", base_config())
    posts = [{"id": 1, "title": "ESHG", "body": "Ce prof de l'ESHG est un cave, je vais le "
              "tuer.", "url": "https://example.org/p/1", "date": "2026-11-24T10:00:00-05:00"},
             {"id": 2, "title": "Météo", "body": "Il neige à Gatineau."}]
    (tmp_path / "feeds").mkdir()
    (tmp_path / "feeds" / "posts.json").write_text(json.dumps(posts), "utf-8")
    with serve_folder(tmp_path / "feeds") as server:
        done = veille(installed, "source", "test", "--connector", "json_posts", "--url",
                      server.url("posts.json"), "--allow-private-network", "--config",
                      str(config), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("2 élément(s), 1 avec mention, 1 signalé(s).")
    assert "École secondaire Hormisdas-Gamelin" in done.stdout
    assert "mentions : aucune" in done.stdout
