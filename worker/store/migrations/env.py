"""Alembic environment: the engine is handed in by ``worker.store.db.upgrade``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from worker.store.models import Base

engine: Engine | None = context.config.attributes.get("engine")
if engine is None:
    from worker.settings import load_settings
    from worker.store.db import make_engine

    engine = make_engine(load_settings().database_url)

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
