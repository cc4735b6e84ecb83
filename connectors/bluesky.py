"""The ``bluesky`` connector: post search through the public AppView API.

``GET /xrpc/app.bsky.feed.searchPosts`` needs no account on ``public.api.bsky.app``, but
Bluesky switches anonymous search off now and then (HTTP 403) and refuses the ``cursor``
of anonymous requests, so one page (100 posts, newest first) is read by default. Post
addresses are built from the ``at://`` URI and the author's handle, as bsky.app shows them.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import Field

from connectors.base import (
    ConnectorOptions,
    Fetched,
    ParseError,
    RawItem,
    SourceError,
    SourceState,
)
from connectors.items import make_item, parse_timestamp, unique_items
from connectors.jsonapi import (
    ACCEPT_JSON,
    NextUrl,
    api_url,
    fetch_pages,
    json_pages,
    mapping,
    string,
    try_decode_json,
    with_context,
)
from connectors.options import BaseUrl, SearchQuery
from connectors.text import one_line, plain_text, short_title

if TYPE_CHECKING:
    from connectors.http import Http

__all__ = ["BlueskyConnector", "post_url"]

logger = logging.getLogger(__name__)

MAX_ITEMS = 500
PAGE_SIZE = 100  # the API's maximum
WEB_URL = "https://bsky.app"
_POST_COLLECTION = "app.bsky.feed.post"
_WHAT = "réponse de l'API Bluesky"
_HINT = (
    "Bluesky suspend parfois la recherche anonyme (HTTP 403) et refuse le curseur de "
    "pagination sans connexion : garder max_pages à 1 et réessayer plus tard"
)


class BlueskyConnector:
    """Bluesky posts matching a search, newest first."""

    name: ClassVar[str] = "bluesky"

    class Options(ConnectorOptions):
        """The ``bluesky`` block of a source in ``veille.yaml``.

        Attributes:
            query: the search, in Bluesky's syntax (``"Cœur-des-Vallées" lang:fr``).
            lang: only posts in this language (``fr``), if set.
            sort: ``latest`` (newest first) or ``top``.
            max_pages: pages of up to 100 posts read per poll.
            base_url: the AppView's address (a test server in tests).
        """

        query: SearchQuery
        lang: str | None = Field(default=None, pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
        sort: Literal["latest", "top"] = "latest"
        max_pages: int = Field(default=1, ge=1, le=5)
        base_url: BaseUrl = "https://public.api.bsky.app"

    def fetch(self, options: BlueskyConnector.Options, state: SourceState, http: Http) -> Fetched:
        """The first page of results (conditional GET) and up to ``max_pages - 1`` more.

        Raises:
            NotModified: the first page has not changed.
            SourceError: any failure, classified by ``Http``.
        """
        try:
            return fetch_pages(
                http, state, search_url(options), _next_url(options),
                max_pages=options.max_pages, headers={"Accept": ACCEPT_JSON},
            )  # fmt: skip
        except SourceError as exc:
            raise with_context(exc, "API Bluesky (searchPosts)", _HINT) from exc

    def parse(self, options: BlueskyConnector.Options, fetched: Fetched) -> list[RawItem]:
        """The posts of every fetched page, at most ``MAX_ITEMS``.

        Raises:
            ParseError: the first page is not a searchPosts answer.
        """
        posts: list[Mapping[str, Any]] = []
        for page in json_pages(fetched, _WHAT):
            found = page.get("posts") if isinstance(page, dict) else None
            if not isinstance(found, list):
                raise ParseError(f"{_WHAT} inattendue : la liste « posts » manque")
            posts.extend(post for post in found if isinstance(post, dict))
        items = (_to_item(post) for post in posts)
        return unique_items((item for item in items if item is not None), MAX_ITEMS)


def search_url(options: BlueskyConnector.Options, cursor: str | None = None) -> str:
    """The address of a page of results (``cursor``: from the previous page)."""
    params: dict[str, str | int | None] = {
        "q": options.query,
        "limit": PAGE_SIZE,
        "sort": options.sort,
        "lang": options.lang,
        "cursor": cursor,
    }
    return api_url(options.base_url, "/xrpc/app.bsky.feed.searchPosts", params)


def _next_url(options: BlueskyConnector.Options) -> NextUrl:
    def next_url(page: Fetched) -> str | None:
        document = try_decode_json(page.body)
        if not isinstance(document, dict) or not document.get("posts"):
            return None
        cursor = document.get("cursor")
        return search_url(options, cursor) if isinstance(cursor, str) and cursor else None

    return next_url


def post_url(uri: str, handle: str | None) -> str | None:
    """The bsky.app address of a post, from its ``at://`` URI and its author's handle.

    Args:
        uri: ``at://<did>/app.bsky.feed.post/<rkey>``.
        handle: the author's handle; the DID is used when it is missing or invalid.

    Returns:
        ``https://bsky.app/profile/<handle>/post/<rkey>``, or None for another kind of URI.
    """
    authority, _, rest = uri.removeprefix("at://").partition("/")
    collection, _, rkey = rest.partition("/")
    if not uri.startswith("at://") or collection != _POST_COLLECTION or not rkey or "/" in rkey:
        return None
    profile = handle if handle and handle != "handle.invalid" else authority
    return f"{WEB_URL}/profile/{profile}/post/{rkey}"


def _to_item(post: Mapping[str, Any]) -> RawItem | None:
    uri = string(post.get("uri"))
    record = post.get("record")
    if not uri or not isinstance(record, dict):
        return None
    author = mapping(post.get("author"))
    words = plain_text(string(record.get("text")))
    card = _link_card(record)
    return make_item(
        guid=uri,
        url=post_url(uri, string(author.get("handle"))),
        title=short_title(words) or short_title(card),
        text="\n\n".join(part for part in (words, card) if part),
        author=_author(author),
        published_at=parse_timestamp(record.get("createdAt"))
        or parse_timestamp(post.get("indexedAt")),
        kind="comment" if isinstance(record.get("reply"), dict) else "post",
    )


def _link_card(record: Mapping[str, Any]) -> str:
    # A shared link's card says what the post is about when its text is only "à lire".
    external = mapping(mapping(record.get("embed")).get("external"))
    lines = (one_line(string(external.get(key))) for key in ("title", "description", "uri"))
    return "\n".join(line for line in lines if line)


def _author(author: Mapping[str, Any]) -> str | None:
    handle = string(author.get("handle"))
    if handle in ("", "handle.invalid"):
        handle = string(author.get("did"))
    name = one_line(string(author.get("displayName")))
    if name and handle:
        return f"{name} (@{handle})"
    return name or (f"@{handle}" if handle else None)
