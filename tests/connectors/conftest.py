"""Fixtures for connector tests: a real local HTTP server, a fast ``Http``, a real Redis.

No test here reaches the network: every URL points at 127.0.0.1.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from connectors.base import SourceState
from connectors.http import Http
from tests.support.httpserver import LocalHttpServer

FEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "feeds"
REDIS_URL = "redis://127.0.0.1:6379/5"  # db 5 is reserved for these tests


@pytest.fixture
def server() -> Iterator[LocalHttpServer]:
    """A local HTTP server with no routes yet (unknown paths answer 404)."""
    with LocalHttpServer() as local_server:
        yield local_server


@pytest.fixture
def http() -> Iterator[Http]:
    """An ``Http`` with short timeouts and no pacing, so failure tests stay fast."""
    with Http(connect_timeout=1, read_timeout=0.5, deadline=1.5, min_interval=0) as client:
        yield client


@pytest.fixture
def local() -> SourceState:
    """A source allowed to reach private addresses: the test server is on 127.0.0.1."""
    return SourceState("ecoles-test", allow_private_network=True)


@pytest.fixture
def public() -> SourceState:
    """A source restricted to public addresses, as every source is by default."""
    return SourceState("ecoles-test")


@pytest.fixture
def redis_client() -> Iterator[redis.Redis]:
    """A client on the real local Redis, db 5; keys are under a prefix unique to the test."""
    client = redis.Redis.from_url(REDIS_URL)
    yield client
    client.close()


@pytest.fixture
def redis_prefix(redis_client: redis.Redis) -> Iterator[str]:
    """A key prefix no other test uses; its keys are deleted afterwards."""
    prefix = f"veille-test:pace:{uuid.uuid4().hex}:"
    yield prefix
    for key in redis_client.scan_iter(f"{prefix}*"):
        redis_client.delete(key)
