"""The ``reddit`` connector: a subreddit's newest posts, or search results, from Reddit's
public JSON listings (``/r/<name>/new.json``, ``/search.json``).

No account is used: Reddit asks anonymous clients for a descriptive User-Agent (Veille's
names the project; ``user_agent`` can name the CSSCV's contact) and limits them to a few
requests a minute, so pages are capped. Listings are paged with the ``after`` cursor.
Reddit answers an unknown subreddit with a redirect to its subreddit search, which is
reported as such rather than read as an empty listing.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urljoin, urlsplit

from pydantic import Field, field_validator, model_validator

from connectors.base import (
    ConnectorOptions,
    Fetched,
    ParseError,
    PermanentSourceError,
    RawItem,
    SourceError,
    SourceState,
)
from connectors.items import from_epoch, make_item, unique_items
from connectors.jsonapi import (
    ACCEPT_JSON,
    NextUrl,
    api_url,
    fetch_pages,
    json_pages,
    string,
    try_decode_json,
    with_context,
)
from connectors.options import BaseUrl
from connectors.text import one_line, plain_text

if TYPE_CHECKING:
    from connectors.http import Http

__all__ = ["RedditConnector"]

logger = logging.getLogger(__name__)

MAX_ITEMS = 500
PAGE_SIZE = 100  # Reddit's maximum
_SUBREDDIT = re.compile(r"[A-Za-z0-9_]{2,21}")
_WHAT = "réponse de l'API Reddit"


class RedditConnector:
    """Reddit posts from a subreddit or a search, newest first."""

    name: ClassVar[str] = "reddit"

    class Options(ConnectorOptions):
        """The ``reddit`` block of a source in ``veille.yaml``.

        Attributes:
            subreddit: a subreddit's name (``Outaouais`` or ``r/Outaouais``); alone, its
                newest posts are read; with ``search``, the search is limited to it.
            search: words to search for, in Reddit's search syntax.
            max_pages: pages of up to 100 posts read per poll.
            user_agent: replaces Veille's User-Agent, e.g. to add a contact address.
            base_url: Reddit's address (a test server in tests).
        """

        subreddit: str | None = None
        search: str | None = Field(default=None, max_length=512)
        max_pages: int = Field(default=2, ge=1, le=10)
        user_agent: str | None = Field(default=None, min_length=8, max_length=200)
        base_url: BaseUrl = "https://www.reddit.com"

        @field_validator("subreddit")
        @classmethod
        def _check_subreddit(cls, value: str | None) -> str | None:
            if value is None:
                return None
            name = value.strip().removeprefix("/").removeprefix("r/")
            if not _SUBREDDIT.fullmatch(name):
                raise ValueError(
                    f"nom de subreddit invalide : « {value} » (2 à 21 lettres, chiffres ou _)"
                )
            return name

        @field_validator("search")
        @classmethod
        def _check_search(cls, value: str | None) -> str | None:
            return None if value is None else one_line(value) or None

        @model_validator(mode="after")
        def _needs_a_target(self) -> RedditConnector.Options:
            if self.subreddit is None and self.search is None:
                raise ValueError("indiquer « subreddit », « search » ou les deux")
            return self

    def fetch(self, options: RedditConnector.Options, state: SourceState, http: Http) -> Fetched:
        """The listing's first page (conditional GET) and up to ``max_pages - 1`` more.

        Raises:
            NotModified: the first page has not changed.
            PermanentSourceError: the subreddit does not exist, is private or banned.
            SourceError: any other failure, classified by ``Http``.
        """
        headers = {"Accept": ACCEPT_JSON}
        if options.user_agent:
            headers["User-Agent"] = options.user_agent
        try:
            fetched = fetch_pages(
                http, state, listing_url(options), _next_url(options),
                max_pages=options.max_pages, headers=headers,
            )  # fmt: skip
        except SourceError as exc:
            raise with_context(exc, _context(options), _HINT) from exc
        _check_not_redirected_to_search(options, fetched, state)
        return fetched

    def parse(self, options: RedditConnector.Options, fetched: Fetched) -> list[RawItem]:
        """The posts of every fetched page, at most ``MAX_ITEMS``, first page first.

        Raises:
            ParseError: the first page is not a Reddit listing.
        """
        posts: list[Mapping[str, Any]] = []
        for page in json_pages(fetched, _WHAT):
            posts.extend(_listing_posts(page))
        return unique_items((_to_item(post, options.base_url) for post in posts), MAX_ITEMS)


_HINT = (
    "Vérifier que le subreddit existe et est public ; Reddit refuse aussi parfois les "
    "requêtes anonymes venant de serveurs (HTTP 403/429)"
)


def listing_url(options: RedditConnector.Options, after: str | None = None) -> str:
    """The address of a listing page for ``options`` (``after``: Reddit's cursor)."""
    params: dict[str, str | int | None] = {"limit": PAGE_SIZE, "raw_json": 1, "after": after}
    if options.search is None:
        return api_url(options.base_url, f"/r/{options.subreddit}/new.json", params)
    params.update({"q": options.search, "sort": "new", "t": "all", "type": "link"})
    if options.subreddit is None:
        return api_url(options.base_url, "/search.json", params)
    params["restrict_sr"] = 1
    return api_url(options.base_url, f"/r/{options.subreddit}/search.json", params)


def _next_url(options: RedditConnector.Options) -> NextUrl:
    def next_url(page: Fetched) -> str | None:
        if _redirected_to_search(page):
            return None
        document = try_decode_json(page.body)
        data = document.get("data") if isinstance(document, dict) else None
        after = data.get("after") if isinstance(data, dict) else None
        children = data.get("children") if isinstance(data, dict) else None
        if not isinstance(after, str) or not after or not children:
            return None
        return listing_url(options, after)

    return next_url


def _context(options: RedditConnector.Options) -> str:
    target = f"r/{options.subreddit}" if options.subreddit else "recherche"
    return f"API Reddit ({target})"


def _redirected_to_search(page: Fetched) -> bool:
    return urlsplit(page.url).path.startswith("/subreddits/search")


def _check_not_redirected_to_search(
    options: RedditConnector.Options, fetched: Fetched, state: SourceState
) -> None:
    if _redirected_to_search(fetched):
        raise PermanentSourceError(
            f"{_context(options)} : le subreddit r/{options.subreddit} n'existe pas "
            "(Reddit renvoie vers sa recherche de subreddits) : corriger « subreddit »",
            state.source_id,
        )


def _listing_posts(page: Any) -> list[Mapping[str, Any]]:
    data = page.get("data") if isinstance(page, dict) else None
    if not isinstance(page, dict) or page.get("kind") != "Listing" or not isinstance(data, dict):
        raise ParseError(f"{_WHAT} inattendue : une liste (« kind »: « Listing ») est attendue")
    children = data.get("children")
    if not isinstance(children, list):
        return []
    # t3 is a post; a search can also mix in other kinds, which are not posts.
    posts = (child for child in children if isinstance(child, dict) and child.get("kind") == "t3")
    return [post["data"] for post in posts if isinstance(post.get("data"), dict)]


def _to_item(post: Mapping[str, Any], base_url: str) -> RawItem:
    permalink = string(post.get("permalink"))
    return make_item(
        guid=f"reddit:{string(post.get('name'))}" if post.get("name") else "",
        url=urljoin(base_url + "/", permalink) if permalink else string(post.get("url")),
        title=string(post.get("title")),
        text=_post_text(post),
        author=_author(post),
        published_at=from_epoch(post.get("created_utc")),
        kind="post",
    )


def _post_text(post: Mapping[str, Any]) -> str:
    # raw_json=1: selftext is the Markdown source, entities unescaped; a link post's text is
    # its title plus the address it shares, which is what a reader would see.
    text = plain_text(string(post.get("selftext")))
    if not post.get("is_self") and (link := string(post.get("url"))):
        text = f"{text}\n\n{link}".strip()
    return text


def _author(post: Mapping[str, Any]) -> str | None:
    author = string(post.get("author"))
    return f"u/{author}" if author and author != "[deleted]" else None
