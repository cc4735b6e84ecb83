"""The shared Redis on 127.0.0.1:6379, as the Celery tests use it for their broker.

Those tests flush their database, so each pytest-xdist worker has its own: ``gw0`` db 11,
``gw1`` db 12 (13 and 14 are the benchmarks'). The connectors' tests share db 5 safely:
each test keeps its keys under a prefix of its own.
"""

from __future__ import annotations

import os

CELERY_DB = 11
MAX_WORKERS = 2


def _worker_index() -> int:
    name = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    index = int(name.removeprefix("gw"))
    if index >= MAX_WORKERS:
        raise RuntimeError(f"at most {MAX_WORKERS} pytest-xdist workers (-n {MAX_WORKERS}): "
                           "each needs a Redis database of its own")
    return index


CELERY_BROKER = f"redis://127.0.0.1:6379/{CELERY_DB + _worker_index()}"
