"""The SSRF guard's address table and URL checks, without any server."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from connectors.base import SourceState
from connectors.ssrf import (
    Destination,
    Resolver,
    check_url,
    checked_destination,
    is_public_address,
)
from worker.errors import PermanentSourceError

PUBLIC = SourceState("ecoles-test")


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.1.2.3",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.10",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # carrier-grade NAT
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fe80::1%eth0",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",  # IPv4-mapped
        "::ffff:10.0.0.1",
        "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
        "2002:7f00:1::1",  # 6to4 of 127.0.0.1
        "pas-une-adresse",
    ],
)
def test_non_global_addresses_are_not_public(address: str) -> None:
    assert not is_public_address(address)


@pytest.mark.parametrize(
    "address", ["8.8.8.8", "142.250.72.35", "2001:4860:4860::8888", "::ffff:8.8.8.8"]
)
def test_global_addresses_are_public(address: str) -> None:
    assert is_public_address(address)


def _resolves_to(*addresses: str) -> Resolver:
    def resolve(host: str, port: int) -> Sequence[str]:
        return addresses

    return resolve


def test_a_host_with_one_private_address_among_public_ones_is_refused() -> None:
    resolve = _resolves_to("8.8.8.8", "10.1.2.3")
    with pytest.raises(PermanentSourceError, match=r"adresse privée refusée : 10\.1\.2\.3"):
        check_url("https://mixte.example/flux", PUBLIC, resolve)


def test_a_public_host_passes_and_gives_the_pacing_key() -> None:
    resolve = _resolves_to("8.8.8.8")
    assert check_url("https://WWW.CSSCV.example:8443/f", PUBLIC, resolve) == "www.csscv.example"


def test_allow_private_network_accepts_private_addresses_and_connects_to_them() -> None:
    """Still resolved, once: the connection goes to these addresses (no second look-up)."""
    state = SourceState("intranet", allow_private_network=True)
    destination = checked_destination("http://Intranet.local/flux", state,
                                      _resolves_to("10.1.2.3", "fd00::5"))
    assert destination == Destination("intranet.local", 80, ("10.1.2.3", "fd00::5"))


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://:80/flux", "sans nom d'hôte"),
        ("http://csscv.example:port/flux", "adresse invalide \\(port\\)"),
        ("javascript:alert(1)", "schéma d'adresse refusé : « javascript »"),
    ],
)
def test_malformed_urls_are_permanent(url: str, message: str) -> None:
    with pytest.raises(PermanentSourceError, match=message):
        check_url(url, PUBLIC, _resolves_to("8.8.8.8"))
