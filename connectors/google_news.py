"""The ``google_news`` connector: a search query turned into Google News' RSS search feed.

Google News titles end with `` - Outlet`` and each item names its outlet in ``<source>``.
The outlet is moved out of the title (and out of the description, which repeats the title)
into ``author``: a clean title reads better in the digest and the outlet is still shown.
Only an outlet that ``<source>`` confirms is cut, so a title that merely contains " - " is
kept whole. Links are Google News redirect addresses
(``news.google.com/rss/articles/...``): they open the article in a browser, and are kept
as they are because decoding them would need one more request per item.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from connectors.base import ConnectorOptions, Fetched, ParsedItems, RawItem, SourceState
from connectors.jsonapi import api_url
from connectors.options import BaseUrl, SearchQuery
from connectors.rss import ACCEPT, FeedEntry, parse_feed_entries
from connectors.text import one_line

if TYPE_CHECKING:
    from connectors.http import Http

__all__ = ["GoogleNewsConnector"]

logger = logging.getLogger(__name__)

MAX_ENTRIES = 200  # Google News returns at most 100 per query


class GoogleNewsConnector:
    """Google News search results for a query, one item per article."""

    name: ClassVar[str] = "google_news"

    class Options(ConnectorOptions):
        """The ``google_news`` block of a source in ``veille.yaml``.

        Attributes:
            query: the search, in Google News syntax (``"CSSCV" OR "Cœur-des-Vallées"``,
                ``when:7d``).
            hl: interface language of the results.
            gl: country of the edition.
            ceid: edition, ``country:language``.
            base_url: the search feed's address (a test server in tests).
        """

        query: SearchQuery
        hl: str = "fr-CA"
        gl: str = "CA"
        ceid: str = "CA:fr"
        base_url: BaseUrl = "https://news.google.com/rss/search"

    def fetch(
        self, options: GoogleNewsConnector.Options, state: SourceState, http: Http
    ) -> Fetched:
        """One conditional GET of the search feed.

        Raises:
            NotModified: the feed has not changed since the last poll.
            SourceError: any failure, classified by ``Http``.
        """
        return http.get(search_url(options), state, headers={"Accept": ACCEPT})

    def parse(self, options: GoogleNewsConnector.Options, fetched: Fetched) -> list[RawItem]:
        """The search results as items, titles without their outlet.

        Raises:
            ParseError: the body is not a feed (Google answered with a consent or error page).
        """
        entries, warning = parse_feed_entries(fetched, max_entries=MAX_ENTRIES)
        if warning:
            logger.warning("Google News %s : %s", fetched.url, warning)
        items = [_with_outlet(entry, item) for entry, item in entries]
        return ParsedItems(items, [f"flux lu en partie : {warning}"] if warning else [])


def search_url(options: GoogleNewsConnector.Options) -> str:
    """The address of the search feed for ``options``."""
    params = {"q": options.query, "hl": options.hl, "gl": options.gl, "ceid": options.ceid}
    return api_url(options.base_url, "", params)


def _with_outlet(entry: FeedEntry, item: RawItem) -> RawItem:
    source = entry.get("source") or {}
    outlet = one_line(str(source.get("title") or ""))
    if not outlet:
        return item
    title = _without_suffix(item.title, f" - {outlet}") or item.title
    # The description is the title again, then the outlet: keep what it adds, if anything.
    text = _without_suffix(item.text, f" {outlet}") or item.text
    return replace(item, title=title, text=text, author=item.author or outlet)


def _without_suffix(text: str, suffix: str) -> str:
    return text[: -len(suffix)].rstrip() if text.endswith(suffix) else text
