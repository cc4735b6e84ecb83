"""Connections that go to the addresses the SSRF guard checked, not to a second DNS answer.

``connectors.ssrf`` resolves a host name and checks every address; without this module
``requests`` would then resolve the name again to connect, and a DNS server that answers
differently the second time (DNS rebinding) would send the request to the worker's own
network. ``Http`` wraps each request in ``pinned(host, port, addresses)``; the connections
of its sessions (``PinnedAdapter``) then connect to those addresses, in order. TLS still
checks the certificate against the host name (urllib3 takes it from the URL, not from the
address connected to). A connection to a proxy, or one opened outside ``pinned``, resolves
as usual.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NewConnectionError

__all__ = ["PinnedAdapter", "pinned"]

# (host, port) -> addresses, for the request being sent in this thread (or task).
Pins = Mapping[tuple[str, int], tuple[str, ...]]
_PINS: ContextVar[Pins | None] = ContextVar("veille_pins", default=None)


@contextmanager
def pinned(host: str, port: int, addresses: Sequence[str]) -> Iterator[None]:
    """Connections to ``host:port`` opened inside the block go to ``addresses``."""
    token = _PINS.set({**(_PINS.get() or {}), _key(host, port): tuple(addresses)})
    try:
        yield
    finally:
        _PINS.reset(token)


def _key(host: str, port: int) -> tuple[str, int]:
    # As the URL parser and urllib3 may each write it: any case, "[::1]" or "::1", and a
    # trailing dot ("example.org." is the same name, and must not escape the pin).
    return host.lower().strip("[]").rstrip("."), port


class _PinnedConnectionMixin:
    """Overrides urllib3's ``_new_conn``: the pinned addresses instead of the name."""

    _dns_host: str
    port: int

    def _new_conn(self) -> socket.socket:
        addresses = (_PINS.get() or {}).get(_key(self._dns_host, self.port))
        if not addresses:
            return super()._new_conn()  # type: ignore[misc,no-any-return]
        name = self._dns_host
        try:
            for address in addresses[:-1]:  # the last one's failure is the one raised
                self._dns_host = address
                with suppress(NewConnectionError):
                    return super()._new_conn()  # type: ignore[misc,no-any-return]
            self._dns_host = addresses[-1]
            return super()._new_conn()  # type: ignore[misc,no-any-return]
        finally:
            self._dns_host = name


class _PinnedHTTPConnection(_PinnedConnectionMixin, HTTPConnection):
    pass


class _PinnedHTTPSConnection(_PinnedConnectionMixin, HTTPSConnection):
    pass


class _PinnedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = _PinnedHTTPConnection


class _PinnedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _PinnedHTTPSConnection


class PinnedAdapter(HTTPAdapter):
    """``requests``' adapter whose direct connections honour ``pinned``."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _PinnedHTTPConnectionPool, "https": _PinnedHTTPSConnectionPool}
