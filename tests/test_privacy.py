"""Law 25: access (export) and removal (purge) requests, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from tests.pipeline_support import make_runtime
from tests.test_cli import veille
from tests.test_store import NOW, analysed, prepared
from worker.store import repository as repo
from worker.store.privacy import erase_items, export_item, item_ids_by_author


def test_export_then_erase_by_author(sessions: sessionmaker[Session]) -> None:
    with prepared(sessions) as session:
        saved = repo.save_items(session, "nouvelles", [analysed("a", flagged=True),
                                                       analysed("b")], NOW)
        first = saved.new_ids[0]
        exported = export_item(session, first)
        assert exported is not None
        assert exported["text"] == "Le CSSCV, un texte." and exported["author"] == "Auteur"
        assert exported["flags"][0]["evidence"] == [{"start": 0, "end": 5, "text": "Titre"}]
        ids = item_ids_by_author(session, "  auteur ")
        assert ids == saved.new_ids
        assert erase_items(session, ids, NOW) == 2
    with sessions() as session:
        erased = export_item(session, first)
        assert erased is not None
        assert (erased["title"], erased["text"], erased["author"]) == (None, None, None)
        assert erased["flags"][0]["evidence"] == [] and not erased["flagged"]
        assert repo.flagged_items(session, NOW - timedelta(days=1), NOW + timedelta(days=1)) == []
        # The identity stays, so the next poll does not store the item again.
        assert repo.save_items(session, "nouvelles", [analysed("a")], NOW).new_ids == []


def test_export_and_purge_commands(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'veille.sqlite3'}"
    runtime = make_runtime(tmp_path, database, [])
    with prepared(runtime.sessions) as session:
        item_id = repo.save_items(session, "nouvelles", [analysed("a")], NOW).new_ids[0]
    config = runtime.settings.config_path
    env = {"VEILLE_DATABASE_URL": database}
    exported = veille("export", "--item", str(item_id), "--config", str(config), cwd=tmp_path,
                      env=env)
    assert json.loads(exported.stdout)["author"] == "Auteur"
    asked = veille("purge", "--author", "Auteur", "--config", str(config), cwd=tmp_path, env=env)
    assert asked.returncode == 1 and "--yes" in asked.stderr
    done = veille("purge", "--author", "Auteur", "--yes", "--config", str(config), cwd=tmp_path,
                  env=env)
    assert done.returncode == 0 and "1 élément(s) effacé(s)" in done.stdout
    assert veille("export", "--author", "Auteur", "--config", str(config), cwd=tmp_path,
                  env=env).returncode == 1
