"""The ``mastodon`` connector: a hashtag's public timeline on a chosen instance.

``GET /api/v1/timelines/tag/<tag>`` needs no account on instances that allow previews of
their timelines (most do). Pages go back in time with ``max_id``, read from the ``Link``
header's ``rel="next"`` address as Mastodon documents, and the next address is rebuilt on
the configured instance. Full-text search of posts is not offered: Mastodon only searches
posts for a signed-in account.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import parse_qs, quote, urlsplit

from pydantic import Field, field_validator
from requests.utils import parse_header_links

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
    string,
    with_context,
)
from connectors.options import BaseUrl
from connectors.text import html_to_text, one_line

if TYPE_CHECKING:
    from connectors.http import Http

__all__ = ["MastodonConnector"]

logger = logging.getLogger(__name__)

MAX_ITEMS = 400
PAGE_SIZE = 40  # the API's maximum for timelines
_HASHTAG = re.compile(r"\w[\w·]*")
_WHAT = "réponse de l'API Mastodon"
_HINT = (
    "Si l'instance exige une connexion (HTTP 401 ou 422), elle ne publie pas ses fils : "
    "choisir une autre instance dans « instance »"
)


class MastodonConnector:
    """Public posts carrying a hashtag, as seen by one Mastodon instance, newest first."""

    name: ClassVar[str] = "mastodon"

    class Options(ConnectorOptions):
        """The ``mastodon`` block of a source in ``veille.yaml``.

        Attributes:
            instance: the instance's address (``https://mastodon.social``); it sees the
                posts of its own users and of those its users follow.
            hashtag: the tag, with or without ``#`` (``CSSCV``).
            local_only: only posts written on that instance.
            max_pages: pages of up to 40 posts read per poll.
        """

        instance: BaseUrl
        hashtag: str
        local_only: bool = False
        max_pages: int = Field(default=2, ge=1, le=10)

        @field_validator("hashtag")
        @classmethod
        def _check_hashtag(cls, value: str) -> str:
            tag = value.strip().removeprefix("#")
            if not _HASHTAG.fullmatch(tag):
                raise ValueError(
                    f"mot-clic invalide : « {value} » (lettres, chiffres et _ seulement)"
                )
            return tag

    def fetch(self, options: MastodonConnector.Options, state: SourceState, http: Http) -> Fetched:
        """The timeline's first page (conditional GET) and up to ``max_pages - 1`` more.

        Raises:
            NotModified: the first page has not changed.
            SourceError: any failure, classified by ``Http``, with the instance named.
        """
        try:
            return fetch_pages(
                http, state, timeline_url(options), _next_url(options),
                max_pages=options.max_pages, headers={"Accept": ACCEPT_JSON},
            )  # fmt: skip
        except SourceError as exc:
            context = f"Mastodon ({options.instance}, #{options.hashtag})"
            raise with_context(exc, context, _HINT) from exc

    def parse(self, options: MastodonConnector.Options, fetched: Fetched) -> list[RawItem]:
        """The statuses of every fetched page, at most ``MAX_ITEMS``.

        Raises:
            ParseError: the first page is not a list of statuses.
        """
        statuses: list[Mapping[str, Any]] = []
        for page in json_pages(fetched, _WHAT):
            if not isinstance(page, list):
                raise ParseError(f"{_WHAT} inattendue : une liste de publications est attendue")
            statuses.extend(status for status in page if isinstance(status, dict))
        return unique_items((_to_item(status) for status in statuses), MAX_ITEMS)


def timeline_url(options: MastodonConnector.Options, max_id: str | None = None) -> str:
    """The address of a page of the hashtag's timeline (``max_id``: older than this id)."""
    path = f"/api/v1/timelines/tag/{quote(options.hashtag, safe='')}"
    params = {"limit": PAGE_SIZE, "local": "true" if options.local_only else None}
    return api_url(options.instance, path, {**params, "max_id": max_id})


def _next_url(options: MastodonConnector.Options) -> NextUrl:
    def next_url(page: Fetched) -> str | None:
        max_id = _next_max_id(page.headers.get("link", ""))
        return timeline_url(options, max_id) if max_id else None

    return next_url


def _next_max_id(link_header: str) -> str | None:
    for link in parse_header_links(link_header) if link_header else []:
        if link.get("rel") == "next":
            values = parse_qs(urlsplit(link.get("url", "")).query).get("max_id")
            return values[0] if values else None
    return None


def _to_item(status: Mapping[str, Any]) -> RawItem:
    # A boost carries the boosted post; tag timelines hold none, but be safe.
    if isinstance(status.get("reblog"), dict):
        status = status["reblog"]
    uri = string(status.get("uri"))
    return make_item(
        guid=uri or f"mastodon:{string(status.get('url'))}",
        url=string(status.get("url")) or uri,
        title="",
        text=_text(status),
        author=_author(status.get("account")),
        published_at=parse_timestamp(status.get("created_at")),
        kind="comment" if status.get("in_reply_to_id") else "post",
    )


def _text(status: Mapping[str, Any]) -> str:
    # The content warning is written by the author and often says what the post is about.
    warning = one_line(string(status.get("spoiler_text")))
    content = html_to_text(string(status.get("content")))
    return f"{warning}\n\n{content}".strip() if warning else content


def _author(account: Any) -> str | None:
    if not isinstance(account, dict):
        return None
    acct = string(account.get("acct"))
    name = one_line(string(account.get("display_name")))
    if name and acct:
        return f"{name} (@{acct})"
    return name or (f"@{acct}" if acct else None)
