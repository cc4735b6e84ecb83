"""The environment: where the database, broker, SMTP server and data folder are. Secrets come
only from here, never from ``veille.yaml`` (which admins edit and may share)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    config_path: Path
    data_dir: Path
    database_url: str
    broker_url: str
    smtp_url: str | None
    # Seconds between two requests to the same host, across all workers.
    min_host_interval: float = 1.0

    @property
    def outbox(self) -> Path:
        return self.data_dir / "outbox"

    def __repr__(self) -> str:  # the SMTP URL may carry a password
        return f"Settings(config_path={self.config_path!s}, data_dir={self.data_dir!s})"


def load_settings(env: Mapping[str, str] | None = None, config: str | None = None) -> Settings:
    """Read ``VEILLE_*`` variables; embedded defaults need no server at all.

    Args:
        env: the environment (``os.environ`` by default).
        config: a ``--config`` given on the command line, which wins over ``VEILLE_CONFIG``.
    """
    env = os.environ if env is None else env
    data_dir = Path(env.get("VEILLE_DATA_DIR") or "var")
    default_db = f"sqlite:///{(data_dir / 'veille.sqlite3').as_posix()}"
    default_broker = f"sqla+sqlite:///{(data_dir / 'broker.sqlite3').as_posix()}"
    return Settings(
        config_path=Path(config or env.get("VEILLE_CONFIG") or "config/veille.yaml"),
        data_dir=data_dir,
        database_url=env.get("VEILLE_DATABASE_URL") or default_db,
        broker_url=env.get("VEILLE_BROKER_URL") or default_broker,
        smtp_url=env.get("VEILLE_SMTP_URL") or None,
        min_host_interval=float(env.get("VEILLE_MIN_HOST_INTERVAL") or 1.0),
    )
