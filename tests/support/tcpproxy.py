"""A TCP proxy on 127.0.0.1 whose network can fail on demand: a real outage, not a mock.

::

    with TcpProxy(("127.0.0.1", 5432)) as proxy:
        url = f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/test"
        proxy.cut()        # open connections reset, new ones refused (as if the server died)
        proxy.restore()    # listening again on the same port
        proxy.pause()      # connections stay open, no byte goes through (a stalled network)
        proxy.resume()

Used in front of the shared PostgreSQL (which must never be stopped: others' tests use it)
and of the test SMTP server. One thread accepts; one thread per connection pumps both ways.
"""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct
import threading
from types import TracebackType

HOST = "127.0.0.1"
CHUNK = 65536
POLL_SECONDS = 0.05


class TcpProxy:
    """Forwards connections made to ``127.0.0.1:port`` to ``upstream``.

    Args:
        upstream: ``(host, port)`` of the real server.
    """

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = 0
        self.accepted = 0  # connections accepted since start, cut ones included
        self._lock = threading.Lock()
        self._links: set[_Link] = set()
        self._flowing = threading.Event()
        self._flowing.set()
        self._stop_accepting = threading.Event()
        self._listener: socket.socket | None = None
        self._acceptor: threading.Thread | None = None

    # -- lifecycle --

    def start(self) -> TcpProxy:
        """Listen (on a free port the first time, on the same port after a ``cut``)."""
        if self._listener is not None:
            return self
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        # The port must be reusable at once: restore() binds it again right after a cut.
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, self.port))
        listener.listen(64)
        self.port = int(listener.getsockname()[1])
        self._listener = listener
        self._stop_accepting.clear()
        self._acceptor = threading.Thread(target=self._accept_loop, args=(listener,),
                                          daemon=True)
        self._acceptor.start()
        return self

    def stop(self) -> None:
        """Close everything (safe to call twice)."""
        self._flowing.set()
        self.cut()

    def __enter__(self) -> TcpProxy:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- faults --

    def cut(self) -> None:
        """Reset every open connection and stop listening: new connections are refused.
        Returns once every connection is closed."""
        listener, self._listener = self._listener, None
        if listener is not None:
            self._stop_accepting.set()
            if self._acceptor is not None:
                self._acceptor.join(timeout=5)
            listener.close()
        with self._lock:
            doomed = list(self._links)
        for link in doomed:
            link.closing.set()
        for link in doomed:
            link.thread.join(timeout=5)

    def restore(self) -> None:
        """Accept connections again, on the same port."""
        self.start()

    def pause(self) -> None:
        """Hold every byte in both directions; connections stay open (and new ones are
        accepted) until ``resume``."""
        self._flowing.clear()

    def resume(self) -> None:
        self._flowing.set()

    @property
    def connections(self) -> int:
        """Connections open right now."""
        with self._lock:
            return len(self._links)

    # -- the threads --

    def _accept_loop(self, listener: socket.socket) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(listener, selectors.EVENT_READ)
            while not self._stop_accepting.is_set():
                if not selector.select(POLL_SECONDS):
                    continue
                try:
                    client, _ = listener.accept()
                except OSError:
                    return
                self._connect(client)

    def _connect(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.upstream, timeout=5)
        except OSError:
            _reset(client)  # the real server is down too: the client sees a reset
            return
        link = _Link(client, upstream, self._flowing)
        with self._lock:
            self._links.add(link)
            self.accepted += 1
        link.thread = threading.Thread(target=self._run, args=(link,), daemon=True)
        link.thread.start()

    def _run(self, link: _Link) -> None:
        try:
            link.pump()
        finally:
            with self._lock:
                self._links.discard(link)


class _Link:
    """One proxied connection: the client's socket, the upstream one, and the pump between."""

    def __init__(self, client: socket.socket, upstream: socket.socket,
                 flowing: threading.Event) -> None:
        self.peer = {client: upstream, upstream: client}
        self.flowing = flowing
        self.closing = threading.Event()
        self.thread = threading.Thread()

    def pump(self) -> None:
        """Forward until either side closes (then close the other) or the proxy cuts (then
        reset both).

        Sockets are only ever closed here, on the pump's own thread: closing them from
        ``cut()`` while they sit in this selector would race with descriptor reuse.
        """
        with selectors.DefaultSelector() as selector:
            for sock in self.peer:
                sock.setblocking(False)
                selector.register(sock, selectors.EVENT_READ)
            try:
                while not self.closing.is_set() and self._forward(selector):
                    pass
            except OSError:
                pass  # one side went away
        for sock in self.peer:
            if self.closing.is_set():
                _reset(sock)
            else:
                sock.close()  # an ordinary end: the other side gets an ordinary FIN

    def _forward(self, selector: selectors.BaseSelector) -> bool:
        """Move what is readable to the other side; False once either side has closed."""
        if not self.flowing.wait(POLL_SECONDS):
            return True  # paused: leave the bytes in the kernel's buffers
        for key, _ in selector.select(POLL_SECONDS):
            sock: socket.socket = key.fileobj  # type: ignore[assignment]
            data = sock.recv(CHUNK)
            if not data:
                return False
            target = self.peer[sock]
            target.setblocking(True)  # a short blocking write keeps the byte order simple
            target.sendall(data)
            target.setblocking(False)
        return True


def _reset(sock: socket.socket) -> None:
    """Close with RST rather than FIN, as a crashed server or a dropped route looks."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()
