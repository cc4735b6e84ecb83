"""Per-host pacing: a minimum interval between two requests to the same host.

``Http`` calls ``pacer.wait(host)`` before every request (every redirect hop included) and
``pacer.answered(host)`` once the host has answered (or failed to): the interval then runs
again from the answer. So the host sees requests at least the interval apart even when a busy
worker is slow to send one it was granted (the next one waits for the answer), and a slow
host is asked less often.
``LocalPacer`` paces within one process; ``RedisPacer`` shares the interval between all
worker processes, which is what matters once several Celery workers poll the same site.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from redis import Redis

__all__ = ["FallbackPacer", "HostPacer", "LocalPacer", "RedisPacer"]

log = logging.getLogger(__name__)


class HostPacer(Protocol):
    """Spaces requests to the same host so Veille stays a polite visitor."""

    def wait(self, host: str) -> None:
        """Block until a request to ``host`` may be sent."""
        ...

    def answered(self, host: str) -> None:
        """``host`` has answered the request ``wait`` let through: the interval starts again."""
        ...


class LocalPacer:
    """A minimum interval between two requests to the same host, within one process.

    Thread-safe. Hosts are remembered for the life of the process; there are only as many
    as there are sources.

    Args:
        min_interval: seconds between the starts of two requests to the same host.
        clock: monotonic clock, injectable for tests.
        sleep: how to wait, injectable for tests.
    """

    def __init__(
        self,
        min_interval: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.min_interval = min_interval
        self._clock = clock
        self._sleep = sleep
        self._next_slot: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        """Block until ``min_interval`` has passed since the last request to ``host``."""
        delay = self._reserve(host.lower())
        if delay > 0:
            self._sleep(delay)

    def answered(self, host: str) -> None:
        host = host.lower()
        with self._lock:
            now = self._clock()
            self._next_slot[host] = max(self._next_slot.get(host, now), now + self.min_interval)

    def _reserve(self, host: str) -> float:
        # The slot is booked under the lock but slept outside it, so a thread waiting for
        # one host never holds up threads bound for other hosts.
        with self._lock:
            now = self._clock()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + self.min_interval
        return slot - now


class RedisPacer:
    """A minimum interval per host shared by every worker process, kept in Redis.

    Whoever sets the host's key (``SET NX PX``) may fetch; the others sleep until the key
    expires. Redis does the timing, so the workers' clocks need not agree.

    Args:
        client: a synchronous Redis client.
        min_interval: seconds between the starts of two requests to the same host.
        prefix: key prefix, so several deployments (or tests) can share one Redis.
        sleep: how to wait, injectable for tests.
    """

    def __init__(
        self,
        client: Redis,
        min_interval: float = 1.0,
        *,
        prefix: str = "veille:pace:",
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.min_interval = min_interval
        self.prefix = prefix
        self._client = client
        self._sleep = sleep

    def wait(self, host: str) -> None:
        """Block until this process holds the host's slot for the next ``min_interval``."""
        interval_ms = round(self.min_interval * 1000)
        if interval_ms <= 0:
            return
        key = self.prefix + host.lower()
        while not self._client.set(key, b"1", nx=True, px=interval_ms):
            self._sleep(self._remaining_seconds(key, interval_ms))

    def answered(self, host: str) -> None:
        interval_ms = round(self.min_interval * 1000)
        if interval_ms > 0:
            # Unconditional: if another process already holds the next slot, its request
            # was sent an interval after this one's, and pushing its key back is harmless.
            self._client.set(self.prefix + host.lower(), b"1", px=interval_ms)

    def _remaining_seconds(self, key: str, interval_ms: int) -> float:
        ttl_ms = self._client.pttl(key)
        if ttl_ms == -1:
            # A key without expiry (set by hand?) would block this host forever.
            self._client.pexpire(key, interval_ms)
            ttl_ms = interval_ms
        return max(ttl_ms, 1) / 1000


class FallbackPacer:
    """Paces through ``primary`` (Redis) and falls back to ``fallback`` (in-process) while
    the primary fails: a Redis outage must slow politeness down to per-process, not stop
    every poll. After a failure the primary is left alone for ``retry_after`` seconds, so an
    outage costs one connection timeout per interval, not two per request."""

    def __init__(self, primary: HostPacer, fallback: HostPacer, *, retry_after: float = 30.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._primary = primary
        self._fallback = fallback
        self._retry_after = retry_after
        self._clock = clock
        self._primary_down_until = 0.0

    def wait(self, host: str) -> None:
        self._call("wait", host)

    def answered(self, host: str) -> None:
        self._call("answered", host)

    def _call(self, method: str, host: str) -> None:
        if self._clock() >= self._primary_down_until:
            try:
                getattr(self._primary, method)(host)
                return
            except Exception as exc:
                self._primary_down_until = self._clock() + self._retry_after
                log.warning("shared pacing unavailable (%s); pacing in-process for %.0f s",
                            exc, self._retry_after)
        getattr(self._fallback, method)(host)
