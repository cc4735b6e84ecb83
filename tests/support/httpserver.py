"""A real HTTP server on 127.0.0.1 for tests: register routes, point the client at ``url()``.

::

    with LocalHttpServer() as server:
        server.route("/feed.xml", b"<rss ...>", headers={"Content-Type": "application/rss+xml"})
        server.redirect("/old", "/feed.xml")
        server.handle("/cond", lambda req: Response(304) if req.header("If-None-Match")
                      else Response(200, b"<rss ...>", {"ETag": '"v1"'}))
        server.url("/feed.xml")         # "http://127.0.0.1:PORT/feed.xml"
        server.requests                 # [RecordedRequest(method, path, headers, body), ...]

Canned misbehaviour: ``gzip`` (compressed body), ``drip`` (a byte every so often, forever),
``hang`` (accepts the connection, never answers), and any iterable ``body`` is streamed
without ``Content-Length`` (the connection closes at the end). Unknown paths answer 404.
Every request gets its own connection (HTTP/1.0), so no test depends on keep-alive.
Routes can be changed while the server runs; each request sees the latest.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

__all__ = ["Handler", "LocalHttpServer", "RecordedRequest", "Response"]


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server received it.

    Attributes:
        method: ``GET``, ``HEAD``, ``POST``...
        path: path with its query string, as sent.
        headers: header names lowercased (``headers["if-none-match"]``).
        body: request body (empty for GET).
    """

    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes = b""

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (any case), or None."""
        return self.headers.get(name.lower())


@dataclass(frozen=True)
class Response:
    """What a route answers.

    Attributes:
        status: HTTP status code.
        body: bytes (sent with ``Content-Length``), or an iterable of bytes, streamed chunk
            by chunk without ``Content-Length`` and ended by closing the connection.
        headers: response headers, sent as given.
    """

    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: Mapping[str, str] = field(default_factory=dict)


Handler = Callable[[RecordedRequest], Response]
"""A route computed per request (conditional GET, counting calls...)."""


class LocalHttpServer:
    """A threaded HTTP server on an ephemeral port of 127.0.0.1.

    Use as a context manager, or call ``start()`` and ``stop()``.
    """

    def __init__(self, host: str = "127.0.0.1") -> None:
        self._routes: dict[str, Handler] = {}
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self._server = _Server((host, 0), _RequestHandler, self)
        # A short poll interval keeps stop() (and so each test's teardown) quick.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    # -- lifecycle --

    def start(self) -> LocalHttpServer:
        """Start serving in a background thread; returns self."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; hung and dripping handlers are released."""
        self.stopping.set()
        if self._thread.is_alive():  # shutdown() would wait forever for a loop never started
            self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> LocalHttpServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # -- addresses --

    @property
    def port(self) -> int:
        """The port the server listens on."""
        return int(self._server.server_address[1])

    def url(self, path: str = "/", *, host: str = "127.0.0.1") -> str:
        """Absolute URL of ``path``; ``host="localhost"`` gives a second host name."""
        return f"http://{host}:{self.port}{path}"

    # -- routes --

    def handle(self, path: str, handler: Handler) -> None:
        """Answer requests to ``path`` (query string ignored unless given) with ``handler``."""
        with self._lock:
            self._routes[path] = handler

    def route(
        self,
        path: str,
        body: bytes | Iterable[bytes] = b"",
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer ``path`` with a fixed response. An iterable body is consumed once."""
        response = Response(status, body, dict(headers or {}))
        self.handle(path, lambda _request: response)

    def redirect(self, path: str, location: str, *, status: int = 302) -> None:
        """Answer ``path`` with a redirect to ``location`` (absolute or relative)."""
        self.route(path, status=status, headers={"Location": location})

    def gzip(self, path: str, body: bytes, *, headers: Mapping[str, str] | None = None) -> None:
        """Answer ``path`` with ``body`` gzip-compressed (``Content-Encoding: gzip``)."""
        self.route(
            path, gzip.compress(body), headers={**(headers or {}), "Content-Encoding": "gzip"}
        )

    def drip(
        self,
        path: str,
        *,
        chunk: bytes = b" ",
        interval: float = 0.05,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer ``path`` with 200, then ``chunk`` every ``interval`` s until the client leaves."""
        self.handle(
            path, lambda _request: Response(200, self._drip(chunk, interval), headers or {})
        )

    def hang(self, path: str) -> None:
        """Accept requests to ``path`` and never answer (until the server stops)."""
        self.handle(path, self._hang)

    # -- what was received --

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received so far, in arrival order (a copy)."""
        with self._lock:
            return list(self._requests)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        """The requests whose path (query string included) is ``path``."""
        return [request for request in self.requests if request.path == path]

    # -- used by the request handler --

    def _receive(self, request: RecordedRequest) -> Response:
        with self._lock:
            self._requests.append(request)
            handler = self._routes.get(request.path) or self._routes.get(
                request.path.partition("?")[0]
            )
        if handler is None:
            return Response(404, b"not found", {"Content-Type": "text/plain"})
        return handler(request)

    def _drip(self, chunk: bytes, interval: float) -> Iterator[bytes]:
        while not self.stopping.wait(interval):
            yield chunk

    def _hang(self, _request: RecordedRequest) -> Response:
        self.stopping.wait()
        return Response(503)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        owner: LocalHttpServer,
    ) -> None:
        self.owner = owner
        super().__init__(address, handler)


class _RequestHandler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        request = RecordedRequest(
            method=self.command,
            path=self.path,
            headers={name.lower(): value for name, value in self.headers.items()},
            body=self.rfile.read(length) if length else b"",
        )
        self._write(self.server.owner._receive(request))

    do_HEAD = do_POST = do_PUT = do_DELETE = do_GET

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""

    def _write(self, response: Response) -> None:
        try:
            self._send_head(response)
            if self.command != "HEAD" and response.status not in (204, 304):
                self._send_body(response.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, which is what many tests are about

    def _send_head(self, response: Response) -> None:
        self.send_response(response.status)
        headers = dict(response.headers)
        has_length = any(name.lower() == "content-length" for name in headers)
        if isinstance(response.body, bytes) and not has_length and response.status != 304:
            headers["Content-Length"] = str(len(response.body))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def _send_body(self, body: bytes | Iterable[bytes]) -> None:
        if isinstance(body, bytes):
            self.wfile.write(body)
            return
        for chunk in body:
            self.wfile.write(chunk)
            self.wfile.flush()
