"""A feed server for benchmarks: many loopback hosts, a fixed latency per response, ETag and
304, and a log of every request kept server-side (so pacing is checked where it matters).

It listens on loopback addresses only (``127.0.0.1`` … ``127.0.0.N``, all of which reach
``lo`` on Linux), one socket per address and the same port everywhere, so each address is a
distinct host for ``Http``'s per-host pacing. asyncio rather than a thread per request: a
thousand responses each held back 100 ms must not cost a thousand threads.
"""

from __future__ import annotations

import asyncio
import threading
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate

__all__ = ["Feed", "FeedHost", "Hit", "loopback_hosts", "serve_feeds"]

_MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class Feed:
    """One feed as the server holds it; ``etag`` changes whenever ``body`` does."""

    body: bytes
    etag: str
    last_modified: str
    content_type: str = "application/rss+xml; charset=utf-8"


@dataclass(frozen=True)
class Hit:
    """One request as the server saw it: when its head arrived (monotonic, same clock as the
    benchmark process), on which host, for what, the status and the bytes sent back."""

    at: float
    host: str
    path: str
    status: int
    bytes_out: int


@dataclass
class FeedHost:
    """The running server: its port, the feeds by ``(host, path)``, and the request log."""

    hosts: list[str]
    port: int = 0
    latency: float = 0.1
    feeds: dict[tuple[str, str], Feed] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)

    def url(self, host: str, path: str) -> str:
        return f"http://{host}:{self.port}{path}"

    def publish(self, host: str, path: str, body: bytes, version: int = 1) -> str:
        """Serve ``body`` at ``host``/``path``; returns its URL."""
        etag = f'"{version}-{zlib.crc32(body):08x}"'
        self.feeds[(host, path)] = Feed(body, etag, formatdate(time.time(), usegmt=True))
        return self.url(host, path)

    def hits_since(self, start: float) -> list[Hit]:
        return [h for h in self.hits if h.at >= start]


def loopback_hosts(count: int, first: int = 2) -> list[str]:
    """``count`` loopback addresses from ``127.0.0.<first>`` on (at most 254 of them)."""
    if not 1 <= first <= first + count - 1 <= 254:
        raise ValueError("at most 254 loopback hosts in 127.0.0.0/24")
    return [f"127.0.0.{n}" for n in range(first, first + count)]


def _response(status: int, reason: str, headers: list[tuple[str, str]], body: bytes) -> bytes:
    head = [f"HTTP/1.1 {status} {reason}", "Server: veille-bench",
            f"Date: {formatdate(time.time(), usegmt=True)}"]
    head += [f"{name}: {value}" for name, value in headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


def _answer(feed: Feed | None, method: str, request_headers: dict[str, str]) -> tuple[int, bytes]:
    """The status and the bytes of the answer. A 304 carries what RFC 9110 asks of it
    (Date, ETag) plus what common servers add (Server, Last-Modified): no smaller than the
    real thing, so the bytes of a no-change cycle are not flattered."""
    if feed is None:
        return 404, _response(404, "Not Found", [("Content-Length", "0")], b"")
    validators = [("ETag", feed.etag), ("Last-Modified", feed.last_modified)]
    if_none_match = request_headers.get("if-none-match")
    fresh = (if_none_match == feed.etag if if_none_match is not None
             else request_headers.get("if-modified-since") == feed.last_modified)
    if fresh:
        return 304, _response(304, "Not Modified", validators, b"")
    body = feed.body if method == "GET" else b""
    headers = [("Content-Type", feed.content_type), ("Content-Length", str(len(feed.body))),
               *validators]
    return 200, _response(200, "OK", headers, body)


def _parse_head(head: bytes) -> tuple[str, str, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = [*lines[0].split(" ", 2), "", ""][:3]
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name:
            headers[name.strip().lower()] = value.strip()
    return method, path, headers


async def _serve_connection(
    server: FeedHost, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    host = str(writer.get_extra_info("sockname")[0])
    try:
        while True:  # keep-alive: one request after another on the connection
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                return
            at = time.monotonic()
            method, path, headers = _parse_head(head)
            await asyncio.sleep(server.latency)
            status, data = _answer(server.feeds.get((host, path)), method, headers)
            writer.write(data)
            await writer.drain()
            server.hits.append(Hit(at, host, path, status, len(data)))
            if headers.get("connection", "").lower() == "close":
                return
    except ConnectionError:
        return
    finally:
        writer.close()


async def _listen(server: FeedHost) -> list[asyncio.Server]:
    """One listening socket per host, all on one port (the first free one that every host
    can bind)."""
    async def handler(r: asyncio.StreamReader, w: asyncio.StreamWriter) -> None:
        await _serve_connection(server, r, w)

    for _attempt in range(20):
        first = await asyncio.start_server(handler, server.hosts[0], 0, limit=_MAX_HEAD,
                                           backlog=1024)
        port = first.sockets[0].getsockname()[1]
        listeners = [first]
        try:
            for host in server.hosts[1:]:
                listeners.append(await asyncio.start_server(handler, host, port,
                                                            limit=_MAX_HEAD, backlog=1024))
        except OSError:
            for listener in listeners:
                listener.close()
            continue
        server.port = port
        return listeners
    raise OSError("no port free on every loopback host")


@contextmanager
def serve_feeds(hosts: list[str], latency: float = 0.1) -> Iterator[FeedHost]:
    """Run a ``FeedHost`` on ``hosts`` in a background thread for the ``with`` block."""
    server = FeedHost(hosts, latency=latency)
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    listeners: list[asyncio.Server] = []
    failure: list[BaseException] = []

    def run() -> None:
        asyncio.set_event_loop(loop)
        try:
            listeners.extend(loop.run_until_complete(_listen(server)))
        except BaseException as exc:
            failure.append(exc)
            ready.set()
            return
        ready.set()
        loop.run_forever()

    thread = threading.Thread(target=run, name="feedhost", daemon=True)
    thread.start()
    ready.wait(30)
    if failure:
        raise failure[0]
    try:
        yield server
    finally:
        async def shutdown() -> None:
            # Kept-alive connections still have a handler waiting: end them cleanly.
            for listener in listeners:
                listener.close()
            pending = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(shutdown(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()
