"""Law 25: access (export) and removal (purge) requests, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tests.pipeline_support import make_runtime
from tests.test_cli import veille
from tests.test_store import NOW, analysed, prepared
from worker.store import repository as repo
from worker.store import reviews
from worker.store.models import Item
from worker.store.privacy import (
    author_exceptions,
    erase_author_exceptions,
    erase_items,
    export_item,
    item_ids_by_author,
)


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


def test_erasing_an_item_erases_its_folded_title(sessions: sessionmaker[Session]) -> None:
    item = analysed("a", flagged=True)
    item = replace(item, raw=replace(item.raw, title="Un titre de quatre mots",
                                     text=" ".join(["mot"] * 40)))
    with prepared(sessions) as session:
        [item_id] = repo.save_items(session, "nouvelles", [item], NOW).new_ids
        assert erase_items(session, [item_id], NOW) == 1
    with sessions() as session:
        assert session.execute(select(Item.title_key, Item.text_fingerprint)).one() == (None, None)


def test_reviewers_notes_are_exported_and_erased_with_the_item(
    sessions: sessionmaker[Session],
) -> None:
    with prepared(sessions) as session:
        item_id = repo.save_items(session, "nouvelles", [analysed("a", flagged=True)],
                                  NOW).new_ids[0]
        reviews.record_review(session, item_id, "confirme", "C'est bien la fille de Mme Roy.",
                              "com@csscv.example", NOW)
        exported = export_item(session, item_id)
        assert exported is not None
        assert [(r["status"], r["note"], r["decided_by"]) for r in exported["reviews"]] == [
            ("confirme", "C'est bien la fille de Mme Roy.", "com@csscv.example")]
        erase_items(session, [item_id], NOW)
    with sessions() as session:
        erased = export_item(session, item_id)
        assert erased is not None
        # The decision stays (who decided what), its note does not.
        assert [(r["status"], r["note"]) for r in erased["reviews"]] == [("confirme", None)]


def test_an_author_s_exceptions_are_listed_and_erased_with_their_request(
    sessions: sessionmaker[Session],
) -> None:
    with prepared(sessions) as session:
        reviews.add_exception(session, "author", "Jean Tremblay", None, "com@csscv.example", NOW)
        reviews.add_exception(session, "term", "Jean Tremblay", None, "com@csscv.example", NOW)
        assert [e["value"] for e in author_exceptions(session, " jean tremblay")] == [
            "Jean Tremblay"]
        assert erase_author_exceptions(session, "JEAN TREMBLAY") == 1
        assert author_exceptions(session, "Jean Tremblay") == []
        assert len(reviews.active_exceptions(session)) == 1  # the term exception stays


def test_retention_erases_the_notes_of_purged_items_only(sessions: sessionmaker[Session]
                                                         ) -> None:
    with prepared(sessions) as session:
        old = repo.save_items(session, "nouvelles", [analysed("a", flagged=True)],
                              NOW).new_ids[0]
        recent = repo.save_items(session, "nouvelles", [analysed("b", flagged=True)],
                                 NOW + timedelta(days=10)).new_ids[0]
        for item_id in (old, recent):
            reviews.record_review(session, item_id, "traite", "Appelé la direction.",
                                  "com@csscv.example", NOW)
        assert repo.purge_texts(session, NOW + timedelta(days=1), NOW + timedelta(days=181)) == 1
    with sessions() as session:
        notes = {i: [r["note"] for r in (export_item(session, i) or {})["reviews"]]
                 for i in (old, recent)}
        assert notes == {old: [None], recent: ["Appelé la direction."]}


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


def test_an_author_request_exports_and_purges_their_exceptions_too(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'veille.sqlite3'}"
    runtime = make_runtime(tmp_path, database, [])
    with prepared(runtime.sessions) as session:
        repo.save_items(session, "nouvelles", [analysed("a")], NOW)
        reviews.add_exception(session, "author", "Auteur", None, "com@csscv.example", NOW)
    config = runtime.settings.config_path
    env = {"VEILLE_DATABASE_URL": database}
    exported = json.loads(veille("export", "--author", "Auteur", "--config", str(config),
                                 cwd=tmp_path, env=env).stdout)
    assert [i["author"] for i in exported["items"]] == ["Auteur"]
    assert [e["value"] for e in exported["author_exceptions"]] == ["Auteur"]
    done = veille("purge", "--author", "Auteur", "--yes", "--config", str(config), cwd=tmp_path,
                  env=env)
    assert done.returncode == 0 and "1 exception(s) d'auteur supprimée(s)" in done.stdout
    with runtime.sessions() as session:
        assert author_exceptions(session, "Auteur") == []
