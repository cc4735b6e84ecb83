"""Per-host pacing: in one process (LocalPacer) and across processes (RedisPacer, real Redis)."""

from __future__ import annotations

import contextlib
import itertools
import threading
import time

import redis

from connectors.base import SourceState
from connectors.http import Http
from connectors.pacing import MAX_HOLD_SECONDS, FallbackPacer, LocalPacer, RedisPacer
from tests.connectors.conftest import REDIS_URL
from tests.support.httpserver import LocalHttpServer
from worker.errors import SourceError


class FakeClock:
    """A clock that only moves when the pacer sleeps, so spacing is exact."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 6))
        self.now += seconds


def test_local_pacer_spaces_requests_to_the_same_host() -> None:
    clock = FakeClock()
    pacer = LocalPacer(2.0, clock=clock, sleep=clock.sleep)
    for _ in range(3):
        pacer.wait("www.csscv.gouv.qc.ca")
        pacer.answered("www.csscv.gouv.qc.ca")  # at once
    assert clock.sleeps == [2.0, 2.0]


def test_local_pacer_holds_the_host_until_the_request_is_answered() -> None:
    # A thread granted a request may be kept off the CPU before sending it: the next
    # request to the host must still wait for its answer, not only for the interval.
    clock = FakeClock()
    answered_at: list[float] = []

    def sleep_then_answer(seconds: float) -> None:
        clock.sleep(seconds)
        if clock.now >= 1005.0 and not answered_at:  # answered 5 s after it was let through
            answered_at.append(clock.now)
            pacer.answered("www.csscv.gouv.qc.ca")

    pacer = LocalPacer(2.0, clock=clock, sleep=sleep_then_answer)
    pacer.wait("www.csscv.gouv.qc.ca")
    pacer.wait("www.csscv.gouv.qc.ca")
    assert answered_at == [1006.0]  # looked again every interval while the host was held
    assert clock.now == answered_at[0] + 2.0  # then an interval after the answer


def test_local_pacer_lets_go_of_a_host_whose_request_never_answered() -> None:
    clock = FakeClock()
    pacer = LocalPacer(2.0, clock=clock, sleep=clock.sleep)
    pacer.wait("www.csscv.gouv.qc.ca")  # its thread died without saying the host answered
    pacer.wait("www.csscv.gouv.qc.ca")
    assert clock.now == 1000.0 + MAX_HOLD_SECONDS


def test_local_pacer_counts_the_interval_again_from_the_answer() -> None:
    clock = FakeClock()
    pacer = LocalPacer(2.0, clock=clock, sleep=clock.sleep)
    pacer.wait("www.csscv.gouv.qc.ca")
    clock.now += 1.5  # the host takes 1.5 s to answer
    pacer.answered("www.csscv.gouv.qc.ca")
    pacer.wait("www.csscv.gouv.qc.ca")
    assert clock.sleeps == [2.0]  # 2 s after the answer, not 0.5 s after it


def test_local_pacer_does_not_delay_other_hosts_or_a_later_request() -> None:
    clock = FakeClock()
    pacer = LocalPacer(2.0, clock=clock, sleep=clock.sleep)
    pacer.wait("www.csscv.gouv.qc.ca")
    pacer.wait("echos-petite-nation.example")
    pacer.answered("www.csscv.gouv.qc.ca")
    clock.now += 5
    pacer.wait("WWW.CSSCV.GOUV.QC.CA")
    assert clock.sleeps == []


def test_local_pacer_spaces_concurrent_threads() -> None:
    pacer = LocalPacer(0.1)
    starts: list[float] = []
    lock = threading.Lock()

    def fetch() -> None:
        pacer.wait("www.csscv.gouv.qc.ca")
        with lock:
            starts.append(time.monotonic())
        pacer.answered("www.csscv.gouv.qc.ca")

    threads = [threading.Thread(target=fetch) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    starts.sort()
    gaps = [later - earlier for earlier, later in itertools.pairwise(starts)]
    assert min(gaps) >= 0.09


def test_http_paces_each_request_through_its_pacer(server: LocalHttpServer) -> None:
    server.route("/feed.xml", b"<rss/>")
    state = SourceState("ecoles-test", allow_private_network=True)
    with Http(min_interval=0.2) as http:
        started = time.monotonic()
        for _ in range(3):
            http.get(server.url("/feed.xml"), state)
        assert time.monotonic() - started >= 0.39


def test_redis_pacer_spaces_requests_from_two_processes(
    redis_client: redis.Redis, redis_prefix: str
) -> None:
    # Two pacers on one Redis stand for two worker processes.
    first = RedisPacer(redis_client, 0.2, prefix=redis_prefix)
    with redis.Redis.from_url(REDIS_URL) as other_client:
        second = RedisPacer(other_client, 0.2, prefix=redis_prefix)
        started = time.monotonic()
        first.wait("www.csscv.gouv.qc.ca")
        first.answered("www.csscv.gouv.qc.ca")
        assert time.monotonic() - started < 0.1
        second.wait("www.csscv.gouv.qc.ca")
        second.answered("www.csscv.gouv.qc.ca")
        after_second = time.monotonic() - started
        first.wait("www.csscv.gouv.qc.ca")
        after_third = time.monotonic() - started
    assert 0.18 <= after_second < 0.4
    assert 0.38 <= after_third < 0.7


def test_redis_pacer_holds_the_host_until_the_request_is_answered(
    redis_client: redis.Redis, redis_prefix: str
) -> None:
    first = RedisPacer(redis_client, 0.1, prefix=redis_prefix)
    with redis.Redis.from_url(REDIS_URL) as other_client:
        second = RedisPacer(other_client, 0.1, prefix=redis_prefix)
        first.wait("www.csscv.gouv.qc.ca")
        # The first process is slow to send its request and to be answered: 0.35 s.
        answer = threading.Timer(0.35, first.answered, ("www.csscv.gouv.qc.ca",))
        started = time.monotonic()
        answer.start()
        second.wait("www.csscv.gouv.qc.ca")
        waited = time.monotonic() - started
        answer.join()
    assert 0.43 <= waited < 0.7  # the answer, then the interval


def test_redis_pacer_lets_go_of_a_host_whose_request_never_answered(
    redis_client: redis.Redis, redis_prefix: str
) -> None:
    RedisPacer(redis_client, 0.1, prefix=redis_prefix).wait("www.csscv.gouv.qc.ca")
    ttl = redis_client.pttl(f"{redis_prefix}www.csscv.gouv.qc.ca")
    assert MAX_HOLD_SECONDS * 1000 - 1000 < ttl <= MAX_HOLD_SECONDS * 1000


def test_redis_pacer_counts_the_interval_again_from_the_answer(
    redis_client: redis.Redis, redis_prefix: str
) -> None:
    pacer = RedisPacer(redis_client, 0.3, prefix=redis_prefix)
    pacer.wait("www.csscv.gouv.qc.ca")
    time.sleep(0.2)  # the host answers after 0.2 s, while the slot still has 0.1 s to run
    pacer.answered("www.csscv.gouv.qc.ca")
    assert 250 < redis_client.pttl(f"{redis_prefix}www.csscv.gouv.qc.ca") <= 300
    started = time.monotonic()
    pacer.wait("www.csscv.gouv.qc.ca")
    assert time.monotonic() - started >= 0.25


def test_http_tells_its_pacer_when_the_host_answered_or_failed(server: LocalHttpServer) -> None:
    class Recorder:
        def __init__(self) -> None:
            self.calls: list[tuple[str, str]] = []

        def wait(self, host: str) -> None:
            self.calls.append(("wait", host))

        def answered(self, host: str) -> None:
            self.calls.append(("answered", host))

    server.route("/feed.xml", b"<rss/>")
    pacer = Recorder()
    state = SourceState("ecoles-test", allow_private_network=True)
    with Http(pacer=pacer, connect_timeout=0.5) as http:
        http.get(server.url("/feed.xml"), state)
        with contextlib.suppress(SourceError):
            http.get("http://127.0.0.1:1/refused.xml", state)  # nothing listens there
    assert pacer.calls == [("wait", "127.0.0.1"), ("answered", "127.0.0.1")] * 2


def test_redis_pacer_keeps_hosts_apart_and_expires_its_keys(
    redis_client: redis.Redis, redis_prefix: str
) -> None:
    pacer = RedisPacer(redis_client, 0.5, prefix=redis_prefix)
    started = time.monotonic()
    pacer.wait("www.csscv.gouv.qc.ca")
    pacer.wait("echos-petite-nation.example")
    assert time.monotonic() - started < 0.1
    pacer.answered("www.csscv.gouv.qc.ca")
    assert 0 < redis_client.pttl(f"{redis_prefix}www.csscv.gouv.qc.ca") <= 500


def test_redis_pacer_repairs_a_key_without_expiry(
    redis_client: redis.Redis, redis_prefix: str
) -> None:
    redis_client.set(f"{redis_prefix}www.csscv.gouv.qc.ca", b"1")
    started = time.monotonic()
    RedisPacer(redis_client, 0.1, prefix=redis_prefix).wait("www.csscv.gouv.qc.ca")
    assert time.monotonic() - started < 0.5


def test_fallback_pacer_paces_in_process_while_redis_is_down() -> None:
    unreachable = redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2)
    waits: list[float] = []
    fallback = LocalPacer(0.5, clock=lambda: 100.0, sleep=waits.append)
    class CountingRedisPacer(RedisPacer):
        tries = 0

        def wait(self, host: str) -> None:
            CountingRedisPacer.tries += 1
            super().wait(host)

    pacer = FallbackPacer(CountingRedisPacer(unreachable, 0.5), fallback)
    pacer.wait("example.org")
    pacer.answered("example.org")
    pacer.wait("example.org")
    assert waits == [0.5]
    # Redis was tried once: the outage does not cost a connection timeout per call.
    assert CountingRedisPacer.tries == 1


def test_fallback_pacer_tries_the_primary_again_after_a_while() -> None:
    class Flaky:
        def __init__(self) -> None:
            self.calls, self.down = 0, True

        def wait(self, host: str) -> None:
            self.calls += 1
            if self.down:
                raise ConnectionError("redis down")

        def answered(self, host: str) -> None:
            self.wait(host)

    now = [0.0]
    primary = Flaky()
    pacer = FallbackPacer(primary, LocalPacer(0.0), retry_after=30, clock=lambda: now[0])
    pacer.wait("example.org")
    pacer.wait("example.org")
    assert primary.calls == 1  # left alone after the failure
    primary.down, now[0] = False, 31.0
    pacer.wait("example.org")
    assert primary.calls == 2
