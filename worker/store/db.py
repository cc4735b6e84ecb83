"""Engines and schema migration. One function per job; the rest of the code gets sessions."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"
POOL_SIZE = 20


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the worker write while the CLI reads; the timeout rides out short write locks.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; creates the folder of a SQLite file."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A worker with the threads pool runs up to --concurrency polls at once, each wanting a
    # connection: with fewer pooled, the extra ones were opened and closed per poll (a new
    # PostgreSQL backend each time, the worker's largest cost). Unused slots cost nothing.
    return create_engine(url, pool_pre_ping=True, pool_size=POOL_SIZE, max_overflow=10)


def make_session_factory(bind: Engine | Connection) -> sessionmaker[Session]:
    """Sessions on ``bind``. Bound to a ``Connection``, every session (and every transaction
    after a commit) reuses it: no checkout and no liveness ping each time."""
    return sessionmaker(bind, expire_on_commit=False)


@contextmanager
def one_connection(sessions: sessionmaker[Session]) -> Iterator[sessionmaker[Session]]:
    """Sessions that all use one connection of ``sessions``' engine, for work made of many
    short transactions (a batch of polls): each checkout from the pool cost a round trip to
    check the connection is alive, as much CPU as the statement it was for."""
    engine = sessions.kw["bind"]
    with engine.connect() as connection:
        yield make_session_factory(connection)


def _alembic_config(engine: Engine) -> AlembicConfig:
    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision``, the latest migration by default (idempotent)."""
    command.upgrade(_alembic_config(engine), revision)


def is_current(engine: Engine) -> bool:
    """Whether the database is at the latest migration."""
    head = ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision() == head
