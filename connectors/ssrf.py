"""The SSRF guard: which URLs ``Http`` may request on behalf of a source.

Only http and https, and unless the source says ``allow_private_network: true``, only hosts
whose every resolved address is global: a feed URL (or a redirect) must not reach the
worker's own network, a database port on localhost or a cloud metadata endpoint.

Known limit: the host name is resolved and checked here, then ``requests`` resolves it again
to connect. A DNS server that answers differently the second time (DNS rebinding) can slip
through that gap. Closing it means pinning the connection to the checked address, which for
HTTPS needs a custom transport adapter (SNI, certificate host name); not worth it while
sources are chosen by admins. Block private ranges at the firewall as well.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Sequence
from urllib.parse import urlsplit

from connectors.base import SourceState
from worker.errors import PermanentSourceError, TransientSourceError

__all__ = ["Resolver", "check_url", "is_public_address", "resolve_host"]

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


def check_url(url: str, state: SourceState, resolve: Resolver = resolve_host) -> str:
    """Refuse ``url`` unless Veille may request it for this source.

    Args:
        url: the address about to be requested (first request or redirect hop).
        state: the source; ``allow_private_network`` lifts the address check.
        resolve: host name resolver (tests pass a fake one).

    Returns:
        The host name, lowercased (the key for pacing).

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
    if not state.allow_private_network:
        _refuse_private(host, port, state, resolve)
    return host


def _refuse_private(host: str, port: int, state: SourceState, resolve: Resolver) -> None:
    try:
        addresses = resolve(host, port)
    except UnicodeError as exc:  # IDNA refused the name: a typo, not an outage
        raise PermanentSourceError(f"nom d'hôte invalide : {host}", state.source_id) from exc
    except OSError as exc:
        raise TransientSourceError(f"nom d'hôte introuvable : {host}", state.source_id) from exc
    if not addresses:
        raise TransientSourceError(f"nom d'hôte introuvable : {host}", state.source_id)
    for address in addresses:
        if not is_public_address(address):
            raise PermanentSourceError(
                f"adresse privée refusée : {address} ({_PRIVATE_HINT})", state.source_id
            )
