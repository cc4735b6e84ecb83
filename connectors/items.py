"""Building ``RawItem``s the same way in every connector: caps, stable guids, safe links, UTC.

A platform's answer is untrusted: titles can be megabytes long, links can be ``javascript:``,
dates can be missing or nonsense. Every connector ends its ``parse`` here, so those rules
hold for all sources alike.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import urlsplit

from connectors.base import RawItem
from connectors.text import one_line, short_title, truncate

__all__ = [
    "MAX_AUTHOR_CHARS",
    "MAX_GUID_CHARS",
    "MAX_TEXT_CHARS",
    "MAX_TITLE_CHARS",
    "from_epoch",
    "http_url_or_none",
    "make_item",
    "parse_timestamp",
    "stable_guid",
    "unique_items",
]

MAX_TITLE_CHARS = 1_000
MAX_TEXT_CHARS = 100_000
MAX_AUTHOR_CHARS = 200
MAX_GUID_CHARS = 512


def make_item(
    *,
    guid: str,
    url: str | None,
    title: str,
    text: str,
    author: str | None = None,
    published_at: datetime | None = None,
    kind: str = "article",
) -> RawItem:
    """A ``RawItem`` with every cap applied.

    Args:
        guid: the platform's id for the item ("" to derive one from the words).
        url: the item's public address; anything but http(s) is dropped.
        title: plain text; an empty title is replaced by the start of ``text``.
        text: plain text (already converted from HTML).
        author: display name, if any.
        published_at: aware datetime, converted to UTC.
        kind: ``article``, ``post``, ``comment`` or ``video``.

    Returns:
        The item, with title, text, author and guid within their caps.
    """
    text = truncate(text, MAX_TEXT_CHARS)
    title = truncate(one_line(title), MAX_TITLE_CHARS) or short_title(text)
    return RawItem(
        guid=stable_guid(guid, title, text),
        url=http_url_or_none(url),
        title=title,
        text=text,
        author=truncate(one_line(author or ""), MAX_AUTHOR_CHARS) or None,
        published_at=published_at.astimezone(UTC) if published_at else None,
        kind=kind,
    )


def stable_guid(candidate: str, title: str, text: str) -> str:
    """``candidate`` if usable, else a hash that stays the same as long as the words do.

    Args:
        candidate: the platform's id, link or "" when there is none.
        title: the item's title, hashed when there is no candidate.
        text: the item's text, hashed when there is no candidate.

    Returns:
        A guid of at most ``MAX_GUID_CHARS`` characters.
    """
    guid = candidate.strip()
    if not guid:
        return "sha256:" + hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    if len(guid) > MAX_GUID_CHARS:
        return "sha256:" + hashlib.sha256(guid.encode()).hexdigest()
    return guid


def http_url_or_none(link: str | None) -> str | None:
    """``link`` if it is an http(s) address: a ``javascript:`` link must never reach a digest."""
    if link and urlsplit(link).scheme.lower() in ("http", "https"):
        return link
    return None


def parse_timestamp(value: object) -> datetime | None:
    """An ISO 8601 timestamp (``Z``, ``+00:00`` or ``+0000``) as an aware UTC datetime.

    Args:
        value: what the platform sent; anything but a string gives None.

    Returns:
        The instant in UTC; a timestamp without offset is taken as UTC (the APIs read here
        document UTC); None when absent or unreadable.
    """
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if when.tzinfo is None:
        return when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def from_epoch(value: object) -> datetime | None:
    """Seconds since the Unix epoch (int or float) as an aware UTC datetime, else None."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return datetime.fromtimestamp(value, UTC)
    except (OverflowError, OSError, ValueError):
        return None


def unique_items(items: Iterable[RawItem], limit: int) -> list[RawItem]:
    """The first item of each guid, in order, at most ``limit`` of them.

    A post can move from one page to the next while pages are read, and one list page can
    link the same article twice; the store keys items on the guid, so keep the first.
    """
    unique: dict[str, RawItem] = {}
    for item in items:
        unique.setdefault(item.guid, item)
        if len(unique) >= limit:
            break
    return list(unique.values())
