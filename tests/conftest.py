"""Real servers as fixtures: databases (SQLite and PostgreSQL), and helpers to build configs.

PostgreSQL tests each get a schema of their own in the local ``test`` database; set
``VEILLE_TEST_PG_URL`` to use another server. They fail (not skip) when the server is
unreachable, unless ``VEILLE_TEST_SKIP_PG=1``: CI must not go green without them.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from tests.support.feedserver import FeedServer, serve_folder
from tests.support.smtpserver import SmtpSink
from worker.store.db import make_engine, make_session_factory, upgrade

PG_URL = os.environ.get("VEILLE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
REPO = Path(__file__).resolve().parent.parent
CHARTER_DIR = REPO / "config" / "charter"


def _pg_schema_url(schema: str) -> str:
    return f"{PG_URL}?options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database: a SQLite file, then a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'veille.sqlite3'}"
        return
    if os.environ.get("VEILLE_TEST_SKIP_PG") == "1":
        pytest.skip("VEILLE_TEST_SKIP_PG=1")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield _pg_schema_url(schema)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    engine = make_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    return make_session_factory(engine)


@pytest.fixture
def feeds(tmp_path: Path) -> Iterator[FeedServer]:
    """A real HTTP server on 127.0.0.1 serving the test's own folder of feeds."""
    root = tmp_path / "feeds"
    root.mkdir()
    with serve_folder(root) as server:
        yield server


@pytest.fixture
def smtp() -> Iterator[SmtpSink]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 keeping what it receives."""
    with SmtpSink() as sink:
        yield sink


@pytest.fixture(scope="session")
def shipped_case_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the case model a worker trains on the shipped config's labelled cases,
    trained once per test session (over a minute) for the tests that need the real one."""
    from worker.case_model import case_model_for
    from worker.charter.classify import classify_with
    from worker.charter.lexicon import load_charter
    from worker.charter.names import watched_names
    from worker.charter.rules import RuleScorer
    from worker.config import lexicons_dir, load_config, training_case_files

    shipped = REPO / "config" / "veille.yaml"
    config = load_config(shipped)
    rules = [RuleScorer(load_charter(lexicons_dir(shipped, config),
                                     config.organisation.public_contacts))]
    classification = config.classification
    folder = tmp_path_factory.mktemp("shipped-case-model")
    scorer = case_model_for(
        folder, training_case_files(shipped, config),
        lambda document: classify_with(document, rules, classification.min_score,
                                       classification.thresholds).flagged,
        watched_names(config))
    assert scorer is not None, "the shipped labelled cases must train a model"
    return folder


def base_config(**overrides: Any) -> dict[str, Any]:
    """A small valid config as YAML data; tests change what they need."""
    data: dict[str, Any] = {
        "organisation": {
            "id": "csscv",
            "name": "Centre de services scolaire au Cœur-des-Vallées",
            "short_name": "CSSCV",
            "aliases": ["CSSCV"],
            "public_contacts": ["819-555-0100"],
        },
        "entities": [
            {"id": "eshg", "name": "École secondaire Hormisdas-Gamelin",
             "aliases": ["Hormisdas-Gamelin", "ESHG"]},
            {"id": "sainte-famille-thurso", "name": "École Sainte-Famille",
             "aliases": ["Sainte-Famille"], "context": ["Thurso"]},
        ],
        "exclude": [],
        "sources": [],
        "digest": {"recipients": ["communications@example.org"],
                   "sender": "veille@example.org", "send_at": "07:00",
                   "timezone": "America/Toronto", "send_when_empty": True},
        "classification": {"min_score": 0.5, "lexicons": str(CHARTER_DIR)},
    }
    data.update(overrides)
    return data


def write_config(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (``--dist loadgroup``), the tests that need the shipped case model
    run on one worker, which trains it once while the other worker goes on with the rest."""
    for item in items:
        if "shipped_case_model" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("shipped-case-model"))
