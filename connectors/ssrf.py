"""The SSRF guard: which URLs ``Http`` may request on behalf of a source.

Only http and https, and unless the source says ``allow_private_network: true``, only hosts
whose every resolved address is global: a feed URL (or a redirect) must not reach the
worker's own network, a database port on localhost or a cloud metadata endpoint.

The addresses checked are the ones connected to: ``Http`` pins each request's connections to
them (``connectors.pinning``), so a DNS server that answers differently the second time (DNS
rebinding) cannot send a request elsewhere. Block private ranges at the firewall as well.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from typing import NamedTuple
from urllib.parse import urlsplit

from connectors.base import SourceState
from worker.errors import PermanentSourceError, TransientSourceError

__all__ = ["Destination", "Resolver", "check_url", "checked_destination", "is_public_address",
           "resolve_host"]

Resolver = Callable[[str, int], Sequence[str]]
"""``(host, port) -> IP addresses`` as strings; raises ``OSError`` when the name is unknown."""

_DEFAULT_PORTS = {"http": 80, "https": 443}
_PRIVATE_HINT = "ajouter allow_private_network: true pour une source interne"
# NAT64 and 6to4 carry an IPv4 address inside an IPv6 one; the embedded address is the real
# destination, so it must pass the same check.
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def resolve_host(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, as the connection would see them.

    Raises:
        OSError: the name cannot be resolved (``socket.gaierror``).
    """
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


def is_public_address(address: str) -> bool:
    """Whether ``address`` is a global unicast address that Veille may connect to.

    Loopback, private, link-local (cloud metadata), multicast, reserved and unspecified
    addresses are refused, also when wrapped in IPv4-mapped, 6to4 or NAT64 IPv6.

    Returns:
        False for anything that is not a plain global address, including unparsable text.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return is_public_address(str(ip.ipv4_mapped))
    embedded = _embedded_ipv4(ip)
    if embedded is not None and not is_public_address(str(embedded)):
        return False
    special = (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )
    return ip.is_global and not special


def _embedded_ipv4(
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address,
) -> ipaddress.IPv4Address | None:
    if isinstance(ip, ipaddress.IPv4Address):
        return None
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip.sixtofour


class Destination(NamedTuple):
    """Where a request may go: the host name (lowercased, the key for pacing), the port, and
    the addresses to connect to (the ones checked)."""

    host: str
    port: int
    addresses: tuple[str, ...]


def check_url(url: str, state: SourceState, resolve: Resolver = resolve_host) -> str:
    """The host name of ``url``, if Veille may request it (see ``checked_destination``)."""
    return checked_destination(url, state, resolve).host


def checked_destination(url: str, state: SourceState, resolve: Resolver = resolve_host,
                        is_public: Callable[[str], bool] = is_public_address) -> Destination:
    """Refuse ``url`` unless Veille may request it for this source.

    Args:
        url: the address about to be requested (first request or redirect hop).
        state: the source; ``allow_private_network`` lifts the address check (the name is
            still resolved: the connection goes to the addresses found here).
        resolve: host name resolver (tests pass a fake one).
        is_public: which addresses a source that does not allow the private network may
            reach (tests pretend their local server is public).

    Raises:
        PermanentSourceError: scheme other than http/https, no host, bad port, or an
            address that is not public.
        TransientSourceError: the host name does not resolve (DNS can recover).
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise PermanentSourceError(
            f"schéma d'adresse refusé : « {scheme or '(aucun)'} » "
            f"(seuls http et https sont acceptés) — {url}",
            state.source_id,
        )
    try:
        port = parts.port or _DEFAULT_PORTS[scheme]
    except ValueError as exc:
        raise PermanentSourceError(f"adresse invalide (port) : {url}", state.source_id) from exc
    host = (parts.hostname or "").lower()
    if not host:
        raise PermanentSourceError(f"adresse invalide, sans nom d'hôte : {url}", state.source_id)
    addresses = _resolved(host, port, state, resolve)
    if not state.allow_private_network:
        _refuse_private(addresses, state, is_public)
    return Destination(host, port, addresses)


def _resolved(host: str, port: int, state: SourceState, resolve: Resolver) -> tuple[str, ...]:
    try:
        addresses = tuple(resolve(host, port))
    except UnicodeError as exc:  # IDNA refused the name: a typo, not an outage
        raise PermanentSourceError(f"nom d'hôte invalide : {host}", state.source_id) from exc
    except OSError as exc:
        raise TransientSourceError(f"nom d'hôte introuvable : {host}", state.source_id) from exc
    if not addresses:
        raise TransientSourceError(f"nom d'hôte introuvable : {host}", state.source_id)
    return addresses


def _refuse_private(addresses: tuple[str, ...], state: SourceState,
                    is_public: Callable[[str], bool]) -> None:
    for address in addresses:
        if not is_public(address):
            raise PermanentSourceError(
                f"adresse privée refusée : {address} ({_PRIVATE_HINT})", state.source_id
            )
