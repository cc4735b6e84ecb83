"""``veille users``, ``veille web`` and ``veille train`` as IT runs them (real subprocesses)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import base_config, write_config
from tests.review.conftest import NOW, SECRET, flagged, save
from tests.review.test_training import synthetic
from worker.store import reviews
from worker.store.db import make_engine, make_session_factory, upgrade
from worker.training import METRICS_FILE, MODEL_FILE


def veille(*args: str, data_dir: Path, stdin: str = "", env: dict[str, str] | None = None
           ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "worker.cli", *args], input=stdin,
                          capture_output=True, text=True, env=environment(data_dir, env),
                          timeout=120)


def environment(data_dir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    env.update(VEILLE_DATA_DIR=str(data_dir), **(extra or {}))
    return env


@pytest.fixture
def config(tmp_path: Path) -> str:
    return str(write_config(tmp_path / "veille.yaml", base_config()))


def test_users_add_list_password_remove(tmp_path: Path, config: str) -> None:
    var = tmp_path / "var"
    added = veille("users", "add", "Agente@Example.org", "--password-stdin", "--config", config,
                   data_dir=var, stdin="un mot de passe solide\n")
    assert added.returncode == 0, added.stderr
    assert "Compte créé : agente@example.org" in added.stdout
    again = veille("users", "add", "agente@example.org", "--password-stdin", "--config", config,
                   data_dir=var, stdin="un mot de passe solide\n")
    assert again.returncode == 1 and "Un compte existe déjà" in again.stderr
    short = veille("users", "add", "autre@example.org", "--password-stdin", "--config", config,
                   data_dir=var, stdin="court\n")
    assert short.returncode == 1 and "au moins 12 caractères" in short.stderr
    listed = veille("users", "list", "--config", config, data_dir=var)
    assert listed.stdout.startswith("agente@example.org  (créé le ")
    changed = veille("users", "password", "agente@example.org", "--password-stdin",
                     "--config", config, data_dir=var, stdin="un autre mot de passe\n")
    assert changed.returncode == 0 and "Mot de passe changé" in changed.stdout
    engine = make_engine(f"sqlite:///{var / 'veille.sqlite3'}")
    with make_session_factory(engine)() as session:
        user = reviews.find_user(session, "agente@example.org")
        assert user is not None and user.password_hash.startswith("scrypt:")
        assert "un autre mot de passe" not in user.password_hash
    engine.dispose()
    removed = veille("users", "remove", "agente@example.org", "--config", config, data_dir=var)
    assert removed.returncode == 0 and "Compte supprimé" in removed.stdout
    gone = veille("users", "remove", "agente@example.org", "--config", config, data_dir=var)
    assert gone.returncode == 1 and "Aucun compte pour" in gone.stderr
    empty = veille("users", "list", "--config", config, data_dir=var)
    assert "Aucun compte." in empty.stdout
    missing = veille("users", "add", "--config", config, data_dir=var)
    assert missing.returncode == 2 and "Préciser l'adresse" in missing.stderr


def test_web_refuses_to_start_without_a_secret(tmp_path: Path, config: str) -> None:
    done = veille("web", "--config", config, data_dir=tmp_path / "var")
    assert done.returncode == 2
    assert "VEILLE_SECRET_KEY manque" in done.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def test_web_serves_the_login_page_and_guards_the_rest(tmp_path: Path, config: str) -> None:
    port = free_port()
    command = [sys.executable, "-m", "worker.cli", "web", "--port", str(port), "--config", config]
    server = subprocess.Popen(command, env=environment(tmp_path / "var",
                                                       {"VEILLE_SECRET_KEY": SECRET}),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        login = wait_for(f"http://127.0.0.1:{port}/connexion")
        assert "Connexion" in login
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/lien/1.abc.def", timeout=5)
        assert refused.value.code == 403
    finally:
        server.terminate()
        server.wait(timeout=10)


def wait_for(url: str) -> str:
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                body: str = response.read().decode()
                return body
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def test_train_reports_and_saves_a_model(tmp_path: Path, config: str) -> None:
    var = tmp_path / "var"
    engine = make_engine(f"sqlite:///{var / 'veille.sqlite3'}")
    upgrade(engine)
    sessions = make_session_factory(engine)
    for decision in synthetic(4)[:40]:
        [item_id] = save(sessions, "nouvelles", flagged(
            f"g{decision.item_id}", decision.text, "Message", title=decision.title))
        with sessions() as session:
            status = "confirme" if decision.breach else "faux_positif"
            reviews.record_review(session, item_id, status, None, "a@example.org", NOW)
    engine.dispose()
    done = veille("train", "--config", config, data_dir=var)
    assert done.returncode == 0, done.stderr
    assert "Décisions utilisées : 40 (20 confirmées ou traitées, 20 faux positifs)" in done.stdout
    assert "Règles seules" in done.stdout and "Modèle retenu :" in done.stdout
    assert (var / "model" / MODEL_FILE).is_file() and (var / "model" / METRICS_FILE).is_file()


def test_train_says_when_there_is_too_little(tmp_path: Path, config: str) -> None:
    done = veille("train", "--config", config, data_dir=tmp_path / "var")
    assert done.returncode == 1 and "Pas assez de décisions" in done.stderr
