"""What the JSON API connectors share: reading JSON, following cursors, adding context.

A paged fetch keeps the first page as ``Fetched.body`` (fetched with conditional GET, so an
unchanged first page is a 304) and the following pages in ``Fetched.extra``, in order; the
connector's ``parse`` reads them back with ``json_pages``. Cursors are read by the connector
(each platform names them differently) and turned into an address on the configured host,
so a token never follows a link to another host.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from connectors.base import Fetched, ParseError, SourceError, SourceState, TransientSourceError

if TYPE_CHECKING:
    from connectors.http import Http

__all__ = [
    "ACCEPT_JSON",
    "NextUrl",
    "api_url",
    "decode_json",
    "fetch_pages",
    "json_pages",
    "mapping",
    "string",
    "try_decode_json",
    "validate_base_url",
    "with_context",
]

logger = logging.getLogger(__name__)

ACCEPT_JSON = "application/json"

NextUrl = Callable[[Fetched], "str | None"]
"""Reads a fetched page and returns the address of the next one, or None to stop."""


def validate_base_url(value: str) -> str:
    """An API's base address, stripped of spaces and of a trailing ``/``.

    Raises:
        ValueError: in French, when it is not an absolute http(s) address.
    """
    url = value.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or " " in url:
        raise ValueError(
            f"adresse de base invalide : « {value} » (attendu une adresse complète "
            "commençant par http:// ou https://)"
        )
    return url


def api_url(base_url: str, path: str, params: Mapping[str, object]) -> str:
    """``base_url`` + ``path`` with the non-None ``params`` as a query string."""
    # ":" stays readable (ceid=CA:fr, lang:fr), as the platforms write it in their docs.
    query = urlencode({key: value for key, value in params.items() if value is not None}, safe=":")
    return f"{base_url}{path}?{query}" if query else f"{base_url}{path}"


def fetch_pages(
    http: Http,
    state: SourceState,
    url: str,
    next_url: NextUrl,
    *,
    max_pages: int,
    headers: Mapping[str, str] | None = None,
) -> Fetched:
    """GET ``url`` and up to ``max_pages - 1`` following pages.

    Args:
        http: the fetching layer.
        state: the source; conditional GET applies to the first page only.
        url: the first page.
        next_url: given a page, the next page's address or None; it may raise a
            ``SourceError`` for an error the platform reported with a 200.
        max_pages: at least 1.
        headers: request headers for every page (``Accept``, credentials).

    Returns:
        The first page, with the following ones in ``extra`` keyed by their address.

    Raises:
        NotModified: the first page is unchanged.
        SourceError: the first page failed. A later page that fails ends the paging with a
            logged warning and the pages already read are kept: the newest items are on the
            first page, and one refused cursor should not throw them away.
    """
    first = http.get(url, state, headers=headers)
    link = next_url(first)  # also where an error reported with a 200 surfaces
    extra: dict[str, bytes] = {}
    for _ in range(max_pages - 1):
        if link is None or link in extra or link == url:
            break
        try:
            page = http.get(link, state, headers=headers, conditional=False)
            following = next_url(page)
        except SourceError as exc:
            logger.warning("source %s : pagination interrompue : %s", state.source_id, exc)
            break
        extra[link] = page.body
        link = following
    return replace(first, extra=extra)


def json_pages(fetched: Fetched, what: str) -> list[Any]:
    """Every page of a paged fetch, decoded, first page first.

    Args:
        fetched: the result of ``fetch_pages`` (or of a single GET).
        what: names the document in messages ("réponse de l'API Reddit").

    Returns:
        The decoded pages; a later page that is not JSON is skipped with a logged warning.

    Raises:
        ParseError: the first page is not JSON.
    """
    pages = [decode_json(fetched.body, what)]
    for url, body in fetched.extra.items():
        page = try_decode_json(body)
        if page is None:
            logger.warning("%s : page suivante illisible, ignorée — %s", what, url)
            continue
        pages.append(page)
    return pages


def decode_json(body: bytes, what: str) -> Any:
    """The JSON document in ``body``.

    Raises:
        ParseError: in French, saying whether the body was empty, an HTML page or broken JSON.
    """
    try:
        return json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(f"{what} illisible : {_not_json_reason(body, exc)}") from exc


def try_decode_json(body: bytes) -> Any:
    """The JSON document in ``body``, or None when it is not JSON (used to find cursors)."""
    try:
        return json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


def _not_json_reason(body: bytes, exc: Exception) -> str:
    head = body.lstrip()[:512].lower()
    if not head:
        return "la réponse est vide"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "la réponse est une page HTML au lieu de JSON (blocage, page de maintenance ?)"
    return f"JSON invalide ({exc})"


def with_context(exc: SourceError, context: str, hint: str = "") -> SourceError:
    """The same kind of error, its message prefixed with ``context`` and followed by ``hint``.

    Args:
        exc: an error from ``Http`` (its class says transient or permanent).
        context: where it happened ("API Reddit, r/Outaouais").
        hint: what IT can do about a permanent failure (a transient one is retried by
            itself, so it gets no hint).

    Returns:
        An error of the same class, same ``source_id`` and ``retry_after``; raise it
        ``from exc``. An error whose message already starts with ``context`` (raised by
        the connector itself) is returned unchanged.
    """
    if str(exc).startswith(context):
        return exc
    message = f"{context} : {exc}"
    if isinstance(exc, TransientSourceError):
        return TransientSourceError(message, exc.source_id, retry_after=exc.retry_after)
    return type(exc)(message + (f". {hint}" if hint else ""), exc.source_id)


def string(value: Any) -> str:
    """``value`` if it is a string, else "": platforms send null, numbers or objects anywhere."""
    return value if isinstance(value, str) else ""


def mapping(value: Any) -> Mapping[str, Any]:
    """``value`` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}
