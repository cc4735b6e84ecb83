"""``Http`` against a real server on 127.0.0.1: validators, statuses, caps, redirects, guard."""

from __future__ import annotations

import re
import socket
import time
import zlib
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime

import pytest

from connectors.base import NotModified, SourceState
from connectors.http import MIB, Http, is_public_address, parse_content_type, parse_retry_after
from tests.support.httpserver import LocalHttpServer, RecordedRequest, Response
from worker.errors import PermanentSourceError, TransientSourceError

RSS = b'<?xml version="1.0"?><rss version="2.0"><channel><title>CSSCV</title></channel></rss>'
NOW = datetime(2024, 9, 3, 12, 0, tzinfo=UTC)


# --- success and validators -----------------------------------------------------------------


def test_get_returns_body_type_charset_and_validators(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route(
        "/feed.xml",
        RSS,
        headers={
            "Content-Type": 'application/rss+xml; charset="UTF-8"',
            "ETag": '"v1"',
            "Last-Modified": "Tue, 03 Sep 2024 12:00:00 GMT",
        },
    )
    fetched = http.get(server.url("/feed.xml"), local)
    assert fetched.body == RSS
    assert (fetched.status, fetched.url) == (200, server.url("/feed.xml"))
    assert (fetched.content_type, fetched.encoding) == ("application/rss+xml", "utf-8")
    assert (fetched.etag, fetched.last_modified) == ('"v1"', "Tue, 03 Sep 2024 12:00:00 GMT")
    assert fetched.headers["content-type"] == 'application/rss+xml; charset="UTF-8"'


def test_requests_carry_the_veille_user_agent_and_caller_headers(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route("/feed.xml", RSS)
    http.get(server.url("/feed.xml"), local, headers={"Accept": "application/rss+xml"})
    (request,) = server.requests
    assert request.header("User-Agent") == (
        "Veille/0.1 (+https://github.com/csscv/veille; veille monitoring bot)"
    )
    assert request.header("Accept") == "application/rss+xml"


def test_caller_headers_win_over_ours_whatever_their_case(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route("/feed.xml", RSS)
    http.get(server.url("/feed.xml"), local, headers={"user-agent": "Autre/2", "ACCEPT": "*/*"})
    (request,) = server.requests
    assert (request.header("User-Agent"), request.header("Accept")) == ("Autre/2", "*/*")


def test_no_cookie_is_kept_from_one_request_to_the_next(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    # One thread polls many sources in turn: a cookie one of them set must not ride along.
    server.route("/login", RSS, headers={"Set-Cookie": "session=abc; Path=/"})
    server.redirect("/consent", "/feed.xml")
    server.route("/feed.xml", RSS)
    http.get(server.url("/login"), local)
    http.get(server.url("/consent"), local)
    assert [r.header("Cookie") for r in server.requests] == [None, None, None]


def test_a_utf8_location_is_followed(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    # http.client reads header bytes as latin-1; the server sent "/flux-été" in UTF-8.
    server.redirect("/old", "/flux-été".encode().decode("latin-1"))
    server.route("/flux-%C3%A9t%C3%A9", RSS)
    fetched = http.get(server.url("/old"), local)
    assert (fetched.url, fetched.body) == (server.url("/flux-%C3%A9t%C3%A9"), RSS)


def test_gzip_body_is_decompressed(server: LocalHttpServer, http: Http, local: SourceState) -> None:
    server.gzip("/feed.xml", RSS * 50)
    assert http.get(server.url("/feed.xml"), local).body == RSS * 50


def _conditional_feed(request: RecordedRequest) -> Response:
    if request.header("If-None-Match") == '"v1"':
        return Response(304, headers={"ETag": '"v1"'})
    return Response(200, RSS, {"ETag": '"v1"', "Last-Modified": "Tue, 03 Sep 2024 12:00:00 GMT"})


def test_second_poll_sends_if_none_match_and_304_raises_not_modified(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.handle("/feed.xml", _conditional_feed)
    first = http.get(server.url("/feed.xml"), local)
    state = SourceState(local.source_id, first.etag, first.last_modified, True)
    with pytest.raises(NotModified):
        http.get(server.url("/feed.xml"), state)
    before, after = server.requests
    assert before.header("If-None-Match") is None
    assert after.header("If-None-Match") == '"v1"'
    assert after.header("If-Modified-Since") == "Tue, 03 Sep 2024 12:00:00 GMT"


def test_unconditional_get_sends_no_validators(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.handle("/feed.xml", _conditional_feed)
    state = SourceState(local.source_id, '"v1"', "Tue, 03 Sep 2024 12:00:00 GMT", True)
    assert http.get(server.url("/feed.xml"), state, conditional=False).body == RSS
    assert server.requests[0].header("If-None-Match") is None


# --- statuses -------------------------------------------------------------------------------


def test_429_with_retry_after_seconds_is_transient_with_retry_after(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route("/feed.xml", status=429, headers={"Retry-After": "120"})
    with pytest.raises(TransientSourceError) as caught:
        http.get(server.url("/feed.xml"), local)
    assert caught.value.retry_after == 120
    assert caught.value.source_id == "ecoles-test"
    assert str(caught.value).startswith("trop de requêtes (HTTP 429), réessayer dans 120 s")


def test_503_with_retry_after_date_is_transient(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route("/feed.xml", status=503, headers={"Retry-After": "Wed, 21 Oct 2099 07:28:00 GMT"})
    with pytest.raises(TransientSourceError) as caught:
        http.get(server.url("/feed.xml"), local)
    assert caught.value.retry_after is not None and caught.value.retry_after > 86400


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (401, "authentification requise (HTTP 401)"),
        (403, "accès interdit (HTTP 403)"),
        (404, "page introuvable (HTTP 404)"),
        (410, "la source n'existe plus (HTTP 410)"),
        (400, "requête refusée (HTTP 400)"),
        (300, "réponse inattendue (HTTP 300)"),
    ],
)
def test_client_errors_are_permanent(
    server: LocalHttpServer, http: Http, local: SourceState, status: int, message: str
) -> None:
    server.route("/feed.xml", b"nope", status=status)
    with pytest.raises(PermanentSourceError, match=re.escape(message)):
        http.get(server.url("/feed.xml"), local)


@pytest.mark.parametrize("status", [500, 502, 504, 408])
def test_server_errors_are_transient(
    server: LocalHttpServer, http: Http, local: SourceState, status: int
) -> None:
    server.route("/feed.xml", b"oops", status=status)
    with pytest.raises(TransientSourceError) as caught:
        http.get(server.url("/feed.xml"), local)
    assert caught.value.retry_after is None


def test_closed_port_is_transient(http: Http, local: SourceState) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(TransientSourceError, match="connexion impossible") as caught:
        http.get(f"http://127.0.0.1:{port}/feed.xml", local)
    assert caught.value.__cause__ is not None


# --- caps and deadlines ---------------------------------------------------------------------


def test_30_mb_body_with_content_length_fails_fast_with_size_error(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route("/big.xml", b"x" * (30 * MIB))
    started = time.monotonic()
    with pytest.raises(PermanentSourceError, match=r"réponse trop volumineuse \(plus de 10 Mio\)"):
        http.get(server.url("/big.xml"), local)
    assert time.monotonic() - started < 1


def _chunks(count: int, size: int) -> Iterator[bytes]:
    block = b"<item>" + b"x" * (size - 6)
    for _ in range(count):
        yield block


def test_30_mb_streamed_body_without_length_fails_fast_with_size_error(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route("/big.xml", _chunks(30, MIB))
    started = time.monotonic()
    with pytest.raises(PermanentSourceError, match="réponse trop volumineuse"):
        http.get(server.url("/big.xml"), local)
    assert time.monotonic() - started < 1


def _gzip_of_zeros(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip container
    block = bytes(MIB)
    parts = [compressor.compress(block) for _ in range(size // MIB)]
    return b"".join(parts) + compressor.flush()


def test_gzip_bomb_fails_fast_on_decompressed_size(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    bomb = _gzip_of_zeros(64 * MIB)
    assert len(bomb) < MIB // 8
    server.route("/bomb.xml", bomb, headers={"Content-Encoding": "gzip"})
    started = time.monotonic()
    with pytest.raises(PermanentSourceError, match="réponse trop volumineuse"):
        http.get(server.url("/bomb.xml"), local)
    assert time.monotonic() - started < 1


def test_server_that_never_answers_fails_within_read_timeout(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.hang("/feed.xml")
    started = time.monotonic()
    with pytest.raises(TransientSourceError, match=r"délai dépassé après 0\.5 s"):
        http.get(server.url("/feed.xml"), local)
    assert time.monotonic() - started < 1.5


def test_slow_drip_fails_at_the_total_deadline(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.drip("/feed.xml", chunk=b"<", interval=0.05)
    started = time.monotonic()
    with pytest.raises(TransientSourceError, match=r"délai total dépassé après 1\.5 s"):
        http.get(server.url("/feed.xml"), local)
    assert 1.4 < time.monotonic() - started < 2.5


# --- redirects ------------------------------------------------------------------------------


def test_redirects_are_followed_to_the_final_url(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.redirect("/old", "/moved", status=301)
    server.redirect("/moved", server.url("/feed.xml"), status=308)
    server.route("/feed.xml", RSS)
    fetched = http.get(server.url("/old"), local)
    assert (fetched.url, fetched.body) == (server.url("/feed.xml"), RSS)
    assert [r.path for r in server.requests] == ["/old", "/moved", "/feed.xml"]


def test_redirect_loop_is_permanent(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")
    with pytest.raises(PermanentSourceError, match="boucle de redirections"):
        http.get(server.url("/a"), local)
    assert len(server.requests) == 2


def test_too_many_redirects_is_permanent(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    for hop in range(10):
        server.redirect(f"/{hop}", f"/{hop + 1}")
    with pytest.raises(PermanentSourceError, match=r"trop de redirections \(plus de 5\)"):
        http.get(server.url("/0"), local)
    assert len(server.requests) == 6


def test_credentials_are_not_forwarded_to_another_host(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.redirect("/feed.xml", server.url("/elsewhere", host="localhost"))
    server.route("/elsewhere", RSS)
    secrets = {"Authorization": "Bearer secret", "X-Goog-Api-Key": "cle-secrete"}
    http.get(server.url("/feed.xml"), local, headers={**secrets, "Accept": "application/xml"})
    first, second = server.requests
    assert first.header("Authorization") == "Bearer secret"
    assert first.header("X-Goog-Api-Key") == "cle-secrete"
    assert second.header("Authorization") is None
    assert second.header("X-Goog-Api-Key") is None
    assert second.header("Accept") == "application/xml"
    assert second.header("User-Agent") == first.header("User-Agent")


def test_credentials_follow_a_redirect_on_the_same_host(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.redirect("/feed.xml", server.url("/moved"))
    server.route("/moved", RSS)
    http.get(server.url("/feed.xml"), local, headers={"X-Goog-Api-Key": "cle-secrete"})
    assert server.requests[1].header("X-Goog-Api-Key") == "cle-secrete"


# --- the SSRF guard -------------------------------------------------------------------------


def test_loopback_url_is_refused_without_allow_private_network(
    server: LocalHttpServer, http: Http, public: SourceState
) -> None:
    server.route("/feed.xml", RSS)
    with pytest.raises(PermanentSourceError) as caught:
        http.get(server.url("/feed.xml"), public)
    assert str(caught.value) == (
        "adresse privée refusée : 127.0.0.1 "
        "(ajouter allow_private_network: true pour une source interne)"
    )
    assert server.requests == []


def _pretend_127_0_0_1_is_public(address: str) -> bool:
    # The test server must be reachable, yet the guard must see a public first hop.
    return address == "127.0.0.1" or is_public_address(address)


def test_redirect_to_a_private_address_is_refused(
    server: LocalHttpServer, public: SourceState
) -> None:
    server.redirect("/feed.xml", server.url("/admin", host="127.0.0.2"))
    server.route("/admin", b"secret")
    http = Http(min_interval=0, is_public=_pretend_127_0_0_1_is_public)
    with http, pytest.raises(PermanentSourceError, match=r"adresse privée refusée : 127\.0\.0\.2"):
        http.get(server.url("/feed.xml"), public)
    assert [r.path for r in server.requests] == ["/feed.xml"]


def test_the_connection_goes_to_the_addresses_the_guard_checked(
    server: LocalHttpServer, local: SourceState
) -> None:
    """No second DNS look-up (DNS rebinding): the system cannot resolve ``flux.invalid``, the
    guard's resolver can, and the request reaches the server through that answer alone."""
    server.route("/feed.xml", RSS)
    resolved: list[str] = []

    def resolve(host: str, port: int) -> Sequence[str]:
        resolved.append(host)
        return ["127.0.0.1"] if host == "flux.invalid" else []

    with Http(min_interval=0, resolve=resolve) as http:
        fetched = http.get(f"http://flux.invalid:{server.port}/feed.xml", local)
    assert fetched.body == RSS and resolved == ["flux.invalid"]
    assert server.requests[0].header("host") == f"flux.invalid:{server.port}"


def test_a_trailing_dot_does_not_escape_the_pin(
    server: LocalHttpServer, local: SourceState
) -> None:
    server.route("/feed.xml", RSS)

    def resolve(host: str, port: int) -> Sequence[str]:
        return ["127.0.0.1"] if host.rstrip(".") == "flux.invalid" else []

    with Http(min_interval=0, resolve=resolve) as http:
        assert http.get(f"http://FLUX.invalid.:{server.port}/feed.xml", local).body == RSS


def test_each_checked_address_is_tried_in_turn(
    server: LocalHttpServer, local: SourceState
) -> None:
    """A name with several addresses: one that refuses the connection, then the server."""
    server.route("/feed.xml", RSS)
    with Http(min_interval=0, resolve=lambda host, port: ["127.0.0.3", "127.0.0.1"]) as http:
        assert http.get(f"http://flux.invalid:{server.port}/feed.xml", local).body == RSS


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://ftp.csscv.gouv.qc.ca/feed.xml", "gopher://x/", "/feed"]
)
def test_non_http_schemes_are_refused(http: Http, local: SourceState, url: str) -> None:
    with pytest.raises(PermanentSourceError, match="schéma d'adresse refusé"):
        http.get(url, local)


def test_unknown_host_is_transient(public: SourceState) -> None:
    def unknown(host: str, port: int) -> Sequence[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    http = Http(min_interval=0, resolve=unknown)
    with (
        http,
        pytest.raises(TransientSourceError, match=r"nom d'hôte introuvable : csscv\.invalid"),
    ):
        http.get("https://csscv.invalid/feed.xml", public)


# --- pure helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (None, None),
        ("120", 120.0),
        (" 0 ", 0.0),
        ("Tue, 03 Sep 2024 12:02:30 GMT", 150.0),
        ("Tue, 03 Sep 2024 11:00:00 GMT", 0.0),
        ("-5", None),
        ("bientôt", None),
        ("", None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, (None, None)),
        ("application/rss+xml", ("application/rss+xml", None)),
        ("Text/XML; Charset=ISO-8859-1", ("text/xml", "iso-8859-1")),
        ('application/atom+xml; type=feed; charset="utf-8"', ("application/atom+xml", "utf-8")),
        ("text/html; charset=", ("text/html", None)),
    ],
)
def test_parse_content_type(value: str | None, expected: tuple[str | None, str | None]) -> None:
    assert parse_content_type(value) == expected
