"""Per-host pacing: one request at a time per host, and a minimum interval between them.

``Http`` calls ``pacer.wait(host)`` before every request (every redirect hop included) and
``pacer.answered(host)`` once the host has answered (or failed to). A request holds its host
from the moment it is let through until it is answered, and the next one goes at least the
interval after that answer. So the host sees requests at least the interval apart even when a
busy worker is slow to send one it was granted, and a slow host is asked less often. A
holder that never says it was answered (its process died) lets go after ``MAX_HOLD_SECONDS``.
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

__all__ = ["MAX_HOLD_SECONDS", "FallbackPacer", "HostPacer", "LocalPacer", "RedisPacer"]

log = logging.getLogger(__name__)

# Longer than any request can last (``Http``'s 30 s deadline per hop, plus its connect
# timeout): a hold older than this belongs to a process that died mid-request.
MAX_HOLD_SECONDS = 60.0


class HostPacer(Protocol):
    """Spaces requests to the same host so Veille stays a polite visitor."""

    def wait(self, host: str) -> None:
        """Block until a request to ``host`` may be sent."""
        ...

    def answered(self, host: str) -> None:
        """``host`` has answered the request ``wait`` let through: the interval starts again."""
        ...


class LocalPacer:
    """One request at a time per host, ``min_interval`` apart, within one process.

    Thread-safe. Hosts are remembered for the life of the process; there are only as many
    as there are sources.

    Args:
        min_interval: seconds between a host's answer and the next request to it; 0 turns
            pacing off.
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
        self._held_until: dict[str, float] = {}  # hosts with a request not yet answered
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        """Block until ``host`` has answered the request before and ``min_interval`` has
        passed since."""
        if self.min_interval <= 0:
            return
        host = host.lower()
        while (delay := self._reserve(host)) is None:
            # Held by a request in flight: its answer comes an interval before the host is
            # free at the soonest, so looking again an interval later never oversleeps.
            self._sleep(self.min_interval)
        if delay > 0:
            self._sleep(delay)

    def answered(self, host: str) -> None:
        if self.min_interval <= 0:
            return
        host = host.lower()
        with self._lock:
            now = self._clock()
            self._held_until.pop(host, None)
            self._next_slot[host] = max(self._next_slot.get(host, now), now + self.min_interval)

    def _reserve(self, host: str) -> float | None:
        """Seconds until the slot booked for this caller, or None while the host is held.
        The slot is booked under the lock but slept outside it, so a thread waiting for one
        host never holds up threads bound for other hosts."""
        with self._lock:
            now = self._clock()
            if self._held_until.get(host, now) > now:
                return None
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + self.min_interval
            self._held_until[host] = slot + MAX_HOLD_SECONDS
        return slot - now


class RedisPacer:
    """``LocalPacer``'s pacing shared by every worker process, kept in Redis.

    Whoever sets the host's key (``SET NX PX``) may fetch; when the host has answered, the key
    is set to expire an interval later, and the others wait for it to go. Redis does the
    timing, so the workers' clocks need not agree.

    Args:
        client: a synchronous Redis client.
        min_interval: seconds between a host's answer and the next request to it.
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
        """Block until this process holds the host: its key, set until the answer."""
        interval_ms = round(self.min_interval * 1000)
        if interval_ms <= 0:
            return
        key = self.prefix + host.lower()
        while not self._client.set(key, b"1", nx=True, px=round(MAX_HOLD_SECONDS * 1000)):
            # While a request is in flight the key outlives it by far: look again an interval
            # later (the host cannot be free sooner than that after the answer).
            self._sleep(min(self._remaining_seconds(key, interval_ms), self.min_interval))

    def answered(self, host: str) -> None:
        interval_ms = round(self.min_interval * 1000)
        if interval_ms > 0:
            # Unconditional: only the holder's request is in flight, as no other is let
            # through before this answer (or before the hold's expiry, long after any answer).
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
