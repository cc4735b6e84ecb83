"""Shared set-up for pipeline, digest and Celery tests: a folder of feeds served over real
HTTP, a config pointing at it, and a Runtime on the test database."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from tests.conftest import REPO, base_config, write_config
from tests.support.feedserver import FeedServer
from worker.runtime import Runtime
from worker.settings import Settings

FIXTURES = REPO / "tests" / "fixtures" / "pipeline"


def publish(server: FeedServer, name: str, body: bytes | None = None) -> str:
    """Put a fixture (or given bytes) in the served folder; returns its URL."""
    target = server.root / name
    if body is None:
        shutil.copyfile(FIXTURES / name, target)
    else:
        target.write_bytes(body)
    return server.url(name)


def source(source_id: str, url: str, **extra: Any) -> dict[str, Any]:
    return {"id": source_id, "connector": "rss", "url": url, "every": "15m",
            "allow_private_network": True, **extra}


def make_runtime(tmp_path: Path, database_url: str, sources: list[dict[str, Any]],
                 smtp_url: str | None = None, **overrides: Any) -> Runtime:
    config = write_config(tmp_path / "veille.yaml", base_config(sources=sources, **overrides))
    settings = Settings(config_path=config, data_dir=tmp_path / "var",
                        database_url=database_url, broker_url="memory://", smtp_url=smtp_url,
                        min_host_interval=0.0)  # every test source is on 127.0.0.1
    return Runtime(settings)
