"""Storage: SQLAlchemy models, the repository (intent-shaped methods), Alembic migrations."""
