"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), read by the ``rss`` connector.

A response is a JSON Feed when it says so (``application/feed+json``) or when its body is a
JSON object whose ``version`` is a jsonfeed.org version address: many servers send JSON
Feeds as ``application/json``. Anything else goes to feedparser, so a JSON error page still
gets the usual "not a feed" message.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urljoin

from connectors.base import Fetched, ParseError, RawItem
from connectors.items import make_item, parse_timestamp
from connectors.jsonapi import string
from connectors.text import html_to_text, plain_text

__all__ = ["JSON_FEED_TYPE", "json_feed_document", "parse_json_feed"]

JSON_FEED_TYPE = "application/feed+json"
_VERSION_PREFIXES = ("https://jsonfeed.org/version/1", "http://jsonfeed.org/version/1")


def json_feed_document(fetched: Fetched) -> dict[str, Any] | None:
    """The decoded JSON Feed in ``fetched``, or None when the response is not one.

    Raises:
        ParseError: the response is declared ``application/feed+json`` but is not a JSON
            object.
    """
    declared = fetched.content_type == JSON_FEED_TYPE
    body = fetched.body.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not declared and not body.startswith(b"{"):
        return None
    try:
        document = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        if declared:
            raise ParseError(
                f"ce n'est pas un flux JSON Feed valide : JSON invalide ({exc})"
            ) from exc
        return None
    if not isinstance(document, dict):
        if declared:
            raise ParseError("ce n'est pas un flux JSON Feed valide : un objet JSON est attendu")
        return None
    return document if declared or _has_json_feed_version(document) else None


def _has_json_feed_version(document: Mapping[str, Any]) -> bool:
    version = document.get("version")
    return isinstance(version, str) and version.startswith(_VERSION_PREFIXES)


def parse_json_feed(
    document: Mapping[str, Any], base_url: str, *, max_entries: int
) -> tuple[list[RawItem], str | None]:
    """Items of a decoded JSON Feed, in feed order. Pure.

    Args:
        document: from ``json_feed_document``.
        base_url: the feed's final address, to resolve relative links.
        max_entries: items beyond this many are ignored.

    Returns:
        ``(items, warning)``, the warning (French) saying what was skipped or cut, or None.

    Raises:
        ParseError: the document has no ``items`` list.
    """
    entries = document.get("items")
    if not isinstance(entries, list):
        raise ParseError("ce n'est pas un flux JSON Feed valide : la liste « items » manque")
    usable = [entry for entry in entries if isinstance(entry, dict)]
    items = [_to_item(entry, base_url) for entry in usable[:max_entries]]
    return items, _warning(len(entries), len(usable), len(items))


def _to_item(entry: Mapping[str, Any], base_url: str) -> RawItem:
    link = string(entry.get("url")) or string(entry.get("external_url"))
    url = urljoin(base_url, link) if link else None
    return make_item(
        guid=_id(entry.get("id")) or url or "",
        url=url,
        title=html_to_text(string(entry.get("title"))),
        text=_text(entry),
        author=_author(entry),
        published_at=parse_timestamp(entry.get("date_published"))
        or parse_timestamp(entry.get("date_modified")),
        kind="article",
    )


def _text(entry: Mapping[str, Any]) -> str:
    # Full content says more than the summary; the HTML version keeps paragraph breaks.
    if html := string(entry.get("content_html")):
        return html_to_text(html)
    return plain_text(string(entry.get("content_text")) or string(entry.get("summary")))


def _author(entry: Mapping[str, Any]) -> str | None:
    # 1.1 has "authors" (a list); 1.0 had one "author" object.
    authors = entry.get("authors")
    candidates = authors if isinstance(authors, list) else [entry.get("author")]
    for author in candidates:
        if isinstance(author, dict) and (name := string(author.get("name"))):
            return html_to_text(name)
    return None


def _id(value: Any) -> str:
    # The spec asks readers to coerce numeric ids to strings.
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return string(value)


def _warning(found: int, usable: int, kept: int) -> str | None:
    problems = []
    if usable < found:
        problems.append(f"{found - usable} élément(s) du flux JSON ne sont pas des objets")
    if usable > kept:
        problems.append(f"le flux contient {usable} éléments, seuls les {kept} premiers sont lus")
    return " ; ".join(problems) or None
