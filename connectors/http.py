"""The one fetching layer: every byte Veille reads from the network goes through ``Http``.

Network policy lives here so no connector can forget it: connect and read timeouts plus a
total deadline, a cap on the *decompressed* body size, redirects followed by hand so each
hop passes the SSRF guard (``connectors.ssrf``), conditional GET, ``Retry-After`` and
per-host pacing (``connectors.pacing``). Every failure leaves as a ``SourceError`` that
already says whether retrying can help.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from types import TracebackType
from urllib.parse import urljoin, urlsplit

import requests
import urllib3.exceptions
from requests.structures import CaseInsensitiveDict
from requests.utils import default_headers, requote_uri

from connectors.base import Fetched, NotModified, SourceState
from connectors.pacing import HostPacer, LocalPacer, RedisPacer
from connectors.pinning import PinnedAdapter, pinned
from connectors.ssrf import Resolver, checked_destination, is_public_address, resolve_host
from worker.errors import PermanentSourceError, SourceError, TransientSourceError

# Pacers and the guard's helpers are re-exported: connectors.http is the one import for IT.
__all__ = [
    "DEFAULT_USER_AGENT",
    "MIB",
    "HostPacer",
    "Http",
    "LocalPacer",
    "RedisPacer",
    "Resolver",
    "is_public_address",
    "parse_content_type",
    "parse_retry_after",
    "resolve_host",
]

DEFAULT_USER_AGENT = "Veille/0.1 (+https://github.com/csscv/veille; veille monitoring bot)"
MIB = 1024 * 1024
_CHUNK_BYTES = 64 * 1024


# --- pure helpers ---------------------------------------------------------------------------


def parse_retry_after(value: str | None, now: datetime) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header (delta-seconds or HTTP date).

    Args:
        value: the header value, or None when absent.
        now: the current time, timezone-aware.

    Returns:
        Seconds (0 for a date already past), or None when absent or unreadable.
    """
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # HTTP dates are GMT even when written "-0000"
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - now).total_seconds())


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """Split a ``Content-Type`` header into media type and charset, both lowercased.

    Returns:
        ``(media_type, charset)``; either is None when missing.
    """
    if not value:
        return None, None
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, raw = param.partition("=")
        if key.strip().lower() == "charset":
            charset = raw.strip().strip("\"'").lower() or None
    return media_type.strip().lower() or None, charset


def _seconds(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _mebibytes(size: int) -> str:
    return _seconds(round(size / MIB, 1)) + " Mio"


# --- classification of failures -------------------------------------------------------------

_STATUS_MESSAGES = {
    401: "authentification requise (HTTP 401)",
    403: "accès interdit (HTTP 403)",
    404: "page introuvable (HTTP 404) : vérifier l'adresse de la source",
    410: "la source n'existe plus (HTTP 410)",
    429: "trop de requêtes (HTTP 429)",
    503: "service indisponible (HTTP 503)",
}

# First match wins: requests' ConnectTimeout is also a ConnectionError. urllib3 classes are
# listed because the body is read straight from urllib3 (see Http._read_body).
_TRANSPORT_ERRORS: tuple[tuple[tuple[type[Exception], ...], type[SourceError], str], ...] = (
    (
        (requests.ConnectTimeout, urllib3.exceptions.ConnectTimeoutError),
        TransientSourceError,
        "délai de connexion dépassé après {connect} s",
    ),
    (
        (requests.ReadTimeout, urllib3.exceptions.ReadTimeoutError),
        TransientSourceError,
        "délai dépassé après {read} s",
    ),
    (
        (requests.exceptions.SSLError, urllib3.exceptions.SSLError),
        TransientSourceError,
        "échec de la connexion sécurisée (TLS)",
    ),
    (
        (
            requests.exceptions.InvalidURL,
            requests.exceptions.InvalidSchema,
            requests.exceptions.MissingSchema,
        ),
        PermanentSourceError,
        "adresse invalide",
    ),
    (
        (requests.exceptions.ContentDecodingError, urllib3.exceptions.DecodeError),
        TransientSourceError,
        "contenu compressé illisible",
    ),
    (
        (requests.ConnectionError, urllib3.exceptions.ProtocolError),
        TransientSourceError,
        "connexion impossible ou interrompue",
    ),
)


def _status_error(status: int, headers: Mapping[str, str], url: str, source_id: str) -> SourceError:
    """The error for a non-2xx, non-304 final status."""
    retry_after = None
    if status in (429, 503):
        retry_after = parse_retry_after(headers.get("Retry-After"), datetime.now(UTC))
    message = _STATUS_MESSAGES.get(status) or _generic_status_message(status)
    if retry_after is not None:
        message += f", réessayer dans {_seconds(retry_after)} s"
    message += f" — {url}"
    # 408: the server gave up waiting for us; a later try usually works.
    if status >= 500 or status in (408, 429):
        return TransientSourceError(message, source_id, retry_after=retry_after)
    return PermanentSourceError(message, source_id)


def _generic_status_message(status: int) -> str:
    if status >= 500:
        return f"erreur du serveur (HTTP {status})"
    if status >= 400:
        return f"requête refusée (HTTP {status})"
    return f"réponse inattendue (HTTP {status})"


# --- the client -----------------------------------------------------------------------------


# Request headers that may follow a redirect to another host; every other one may be a secret.
_SAFE_ACROSS_HOSTS = frozenset({"user-agent", "accept", "accept-language", "accept-encoding"})


class Http:
    """The only HTTP client of Veille. One per worker process, safe to share between threads:
    each thread gets a connection pool (a requests ``HTTPAdapter``) of its own (a shared pool
    would drop connections past 10 per host).

    Requests go straight to the adapter, not through a ``requests.Session``: redirects are
    followed by hand here and the environment is ignored, so a session would only add its
    settings merge (about a fifth of a request's CPU) and a cookie jar. No cookie is kept: a
    feed needs none, and one source's cookies must not ride along to the next.

    Args:
        user_agent: sent with every request, so site owners know who is calling.
        connect_timeout: seconds to establish a connection.
        read_timeout: seconds to wait for each read (headers or body bytes).
        deadline: seconds allowed for one response, from sending the request to the last
            body byte; catches servers that drip bytes just fast enough to dodge
            ``read_timeout``. Waiting for the headers is bounded by ``read_timeout`` only.
        max_bytes: cap on the decompressed body, so a gzip bomb fails fast.
        max_redirects: redirects followed before giving up.
        pacer: spaces requests per host; default ``LocalPacer(min_interval)``.
        min_interval: seconds between a host's answer and the next request to it, for the
            default pacer.
        proxies: explicit proxies (``{"https": "http://proxy:3128"}``). Proxy variables and
            ``~/.netrc`` from the environment are ignored on purpose, so credentials meant
            for one host are never sent to a source.
        resolve: host name resolver for the SSRF guard; default ``resolve_host``. Requests
            connect to the addresses it gives (``connectors.pinning``).
        is_public: the guard's test of an address; tests pretend their server is public.
    """

    def __init__(
        self,
        *,
        user_agent: str = DEFAULT_USER_AGENT,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
        deadline: float = 30.0,
        max_bytes: int = 10 * MIB,
        max_redirects: int = 5,
        pacer: HostPacer | None = None,
        min_interval: float = 1.0,
        proxies: Mapping[str, str] | None = None,
        resolve: Resolver | None = None,
        is_public: Callable[[str], bool] = is_public_address,
    ) -> None:
        self.user_agent = user_agent
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.deadline = deadline
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.pacer: HostPacer = pacer if pacer is not None else LocalPacer(min_interval)
        self._resolve: Resolver = resolve or resolve_host
        self._is_public = is_public
        self._proxies = dict(proxies or {})
        self._headers = default_headers()
        self._headers["User-Agent"] = user_agent
        self._local = threading.local()
        # Weak, so the pool of a thread that ended goes with it.
        self._adapters: weakref.WeakSet[PinnedAdapter] = weakref.WeakSet()
        self._adapters_lock = threading.Lock()

    def __enter__(self) -> Http:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the pooled connections of every thread (a thread's pool stays usable and
        reconnects when it is used again)."""
        with self._adapters_lock:
            adapters = list(self._adapters)
        for adapter in adapters:
            adapter.close()

    @property
    def _adapter(self) -> PinnedAdapter:
        """This thread's connection pool, made on its first request."""
        adapter: PinnedAdapter | None = getattr(self._local, "adapter", None)
        if adapter is None:
            adapter = PinnedAdapter()
            self._local.adapter = adapter
            with self._adapters_lock:
                self._adapters.add(adapter)
        return adapter

    def get(
        self,
        url: str,
        state: SourceState,
        *,
        headers: Mapping[str, str] | None = None,
        conditional: bool = True,
    ) -> Fetched:
        """GET ``url`` for a source, applying every policy of this layer.

        Args:
            url: an http or https address.
            state: the source's id, cache validators and ``allow_private_network``.
            headers: extra request headers (``Accept``, an API key); they win over ours.
            conditional: send ``If-None-Match`` / ``If-Modified-Since`` from ``state``.

        Returns:
            The body (decompressed) with its type, charset, validators and final URL.

        Raises:
            NotModified: the server answered 304.
            TransientSourceError: timeout, connection failure, 5xx, 408, 429; ``retry_after``
                is set when the server said how long to wait.
            PermanentSourceError: refused scheme or address, 4xx, redirect loop or too many
                redirects, body larger than ``max_bytes``.
        """
        request_headers = _request_headers(state, headers, conditional)
        response, deadline_at = self._follow_redirects(url, state, request_headers)
        try:
            if not 200 <= response.status_code < 300:
                raise self._status_outcome(response, state)
            body = self._read_body(response, deadline_at, state)
        finally:
            response.close()
        return _to_fetched(response, body)

    # -- redirects and hops --

    def _follow_redirects(
        self, url: str, state: SourceState, headers: Mapping[str, str]
    ) -> tuple[requests.Response, float]:
        seen: set[str] = set()
        for _ in range(self.max_redirects + 1):
            seen.add(url)
            response, deadline_at = self._send(url, state, headers)
            if not response.is_redirect:
                return response, deadline_at
            response.close()
            url, headers = self._next_hop(response, url, headers)
            if url in seen:
                raise PermanentSourceError(
                    f"boucle de redirections : {url} a déjà été visitée", state.source_id
                )
        raise PermanentSourceError(
            f"trop de redirections (plus de {self.max_redirects}) — {url}", state.source_id
        )

    def _next_hop(
        self, response: requests.Response, url: str, headers: Mapping[str, str]
    ) -> tuple[str, Mapping[str, str]]:
        target = _redirect_target(response)
        next_url = requote_uri(urljoin(url, target))
        if urlsplit(next_url).hostname != urlsplit(url).hostname:
            # Credentials meant for the source (Authorization, but also API-key headers such
            # as X-Goog-Api-Key) must not follow it to another host: keep only the harmless.
            headers = {k: v for k, v in headers.items() if k.lower() in _SAFE_ACROSS_HOSTS}
        return next_url, headers

    def _send(
        self, url: str, state: SourceState, headers: Mapping[str, str]
    ) -> tuple[requests.Response, float]:
        destination = checked_destination(url, state, self._resolve, self._is_public)
        host = destination.host
        self.pacer.wait(host)
        deadline_at = time.monotonic() + self.deadline
        try:
            with pinned(host, destination.port, destination.addresses):
                response = self._adapter.send(
                    _prepared_get(url, self._headers, headers),
                    stream=True,
                    timeout=(self.connect_timeout, self.read_timeout),
                    proxies=self._proxies,
                )
        except requests.RequestException as exc:
            raise self._transport_error(exc, url, state) from exc
        finally:
            self.pacer.answered(host)
        return response, deadline_at

    # -- responses --

    def _status_outcome(self, response: requests.Response, state: SourceState) -> Exception:
        if response.status_code == 304:
            return NotModified()
        return _status_error(response.status_code, response.headers, response.url, state.source_id)

    def _read_body(
        self, response: requests.Response, deadline_at: float, state: SourceState
    ) -> bytes:
        """The decompressed body, enforcing ``max_bytes`` and the deadline as bytes arrive."""
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise self._too_large(response.url, state)
        chunks: list[bytes] = []
        size = 0
        try:
            # read1 returns whatever has arrived (iter_content would block until a full chunk,
            # so a drip-feeding server would never reach the deadline check), and urllib3
            # decompresses at most _CHUNK_BYTES per call, so a bomb is cut off early.
            while chunk := response.raw.read1(_CHUNK_BYTES, decode_content=True):
                size += len(chunk)
                if size > self.max_bytes:
                    raise self._too_large(response.url, state)
                if time.monotonic() > deadline_at:
                    raise TransientSourceError(
                        f"délai total dépassé après {_seconds(self.deadline)} s "
                        f"(réponse trop lente) — {response.url}",
                        state.source_id,
                    )
                chunks.append(chunk)
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            raise self._transport_error(exc, response.url, state) from exc
        return b"".join(chunks)

    def _too_large(self, url: str, state: SourceState) -> PermanentSourceError:
        return PermanentSourceError(
            f"réponse trop volumineuse (plus de {_mebibytes(self.max_bytes)}) — {url}",
            state.source_id,
        )

    def _transport_error(self, exc: Exception, url: str, state: SourceState) -> SourceError:
        for kinds, error_class, template in _TRANSPORT_ERRORS:
            if isinstance(exc, kinds):
                message = template.format(
                    connect=_seconds(self.connect_timeout), read=_seconds(self.read_timeout)
                )
                return error_class(f"{message} — {url}", state.source_id)
        message = f"erreur réseau ({type(exc).__name__}) — {url}"
        return TransientSourceError(message, state.source_id)


def _prepared_get(url: str, ours: CaseInsensitiveDict[str], theirs: Mapping[str, str]
                  ) -> requests.PreparedRequest:
    """A GET of ``url`` with our headers and the caller's (theirs win), as requests sends it:
    the URL checked and quoted, the headers validated. No cookie, no body."""
    headers = CaseInsensitiveDict(ours)
    headers.update(theirs)
    prepared = requests.PreparedRequest()
    prepared.prepare_method("GET")
    prepared.prepare_url(url, None)
    prepared.prepare_headers(headers)
    prepared.prepare_body(None, None)
    return prepared


def _redirect_target(response: requests.Response) -> str:
    """The Location of a redirect. http.client decodes headers as latin-1, but servers
    mostly send UTF-8: undo that when the bytes are UTF-8 (as requests does)."""
    location = response.headers.get("location", "")
    try:
        return location.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return location


def _request_headers(
    state: SourceState, extra: Mapping[str, str] | None, conditional: bool
) -> dict[str, str]:
    headers: dict[str, str] = {}
    if conditional and state.etag:
        headers["If-None-Match"] = state.etag
    if conditional and state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    headers.update(extra or {})
    return headers


def _to_fetched(response: requests.Response, body: bytes) -> Fetched:
    headers = {name.lower(): value for name, value in response.headers.items()}
    media_type, charset = parse_content_type(headers.get("content-type"))
    return Fetched(
        url=response.url,
        body=body,
        content_type=media_type,
        encoding=charset,
        etag=headers.get("etag"),
        last_modified=headers.get("last-modified"),
        status=response.status_code,
        headers=headers,
    )
