"""A real HTTP server on 127.0.0.1 serving the files of a folder, with Last-Modified and
304 answers to If-Modified-Since (the standard library's handler does conditional GET)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class FeedServer:
    root: Path
    base_url: str
    log: list[tuple[str, int]] = field(default_factory=list)  # (path, status)

    def url(self, name: str) -> str:
        return f"{self.base_url}/{name}"

    def statuses(self, name: str) -> list[int]:
        return [status for path, status in self.log if path == f"/{name}"]


@contextmanager
def serve_folder(root: Path) -> Iterator[FeedServer]:
    server_log: list[tuple[str, int]] = []

    class Handler(SimpleHTTPRequestHandler):
        def log_request(self, code: Any = "-", size: Any = "-") -> None:
            server_log.append((self.path, int(code) if str(code).isdigit() else 0))

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield FeedServer(root, f"http://127.0.0.1:{httpd.server_address[1]}", server_log)
    finally:
        httpd.shutdown()
        httpd.server_close()
