"""The ``html`` connector: news sites and blogs without a feed.

The list page is read with CSS selectors (one per item, then link, title, date, summary
inside it); optionally the newest articles are fetched too and their main text kept
(``connectors.html.article``). robots.txt is read first and obeyed: a list page it forbids
is a permanent error, a forbidden article is skipped. Only articles on the list page's own
site are fetched, so the source never crawls third parties. The connector cannot know
which articles are already stored, so each poll reads up to ``max_articles`` of them.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import soupsieve
from pydantic import Field, field_validator

from connectors.base import (
    ConnectorOptions,
    Fetched,
    PermanentSourceError,
    RawItem,
    SourceError,
    SourceState,
)
from connectors.html.article import read_article
from connectors.html.listing import Entry, Selectors, list_entries
from connectors.html.robots import Robots, fetch_robots
from connectors.items import make_item

if TYPE_CHECKING:
    from connectors.http import Http

__all__ = ["HtmlConnector"]

logger = logging.getLogger(__name__)

MAX_ITEMS = 200
ACCEPT_HTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
_HTML_TYPES = (None, "text/html", "application/xhtml+xml")


class HtmlConnector:
    """News items scraped from a list page, with their articles' text if asked."""

    name: ClassVar[str] = "html"

    class Options(ConnectorOptions):
        """The ``html`` block of a source in ``veille.yaml``.

        Attributes:
            url: the list page (news, blog index).
            item_selector: CSS selector matching each news item on the list page.
            link_selector: inside an item, the link to the article.
            title_selector: inside an item, its title (default: the link's text).
            date_selector: inside an item, its date (``datetime`` attribute or text).
            summary_selector: inside an item, its summary.
            timezone: the site's time zone, for dates written without offset.
            fetch_articles: also fetch each article and keep its main text.
            max_articles: articles fetched per poll, newest (first listed) first.
            article_selector: CSS selector of an article's content, if the heuristic errs.
        """

        url: str
        item_selector: str
        link_selector: str = "a[href]"
        title_selector: str | None = None
        date_selector: str | None = None
        summary_selector: str | None = None
        timezone: str = "America/Toronto"
        fetch_articles: bool = False
        max_articles: int = Field(default=10, ge=1, le=30)
        article_selector: str | None = None

        @field_validator("url")
        @classmethod
        def _check_url(cls, value: str) -> str:
            url = value.strip()
            parts = urlsplit(url)
            if parts.scheme.lower() not in ("http", "https") or not parts.hostname or " " in url:
                raise ValueError(
                    f"adresse de page invalide : « {value} » (attendu une adresse complète "
                    "commençant par http:// ou https://)"
                )
            return url

        @field_validator(
            "item_selector", "link_selector", "title_selector", "date_selector",
            "summary_selector", "article_selector",
        )  # fmt: skip
        @classmethod
        def _check_selector(cls, value: str | None) -> str | None:
            if value is None:
                return None
            try:
                soupsieve.compile(value)
            except (soupsieve.SelectorSyntaxError, TypeError) as exc:
                raise ValueError(f"sélecteur CSS invalide : « {value} » ({exc})") from None
            return value

        @field_validator("timezone")
        @classmethod
        def _check_timezone(cls, value: str) -> str:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(
                    f"fuseau horaire inconnu : « {value} » (par exemple America/Toronto)"
                ) from None
            return value

        def selectors(self) -> Selectors:
            """The list page's selectors."""
            return Selectors(
                self.item_selector, self.link_selector, self.title_selector,
                self.date_selector, self.summary_selector,
            )  # fmt: skip

    def fetch(self, options: HtmlConnector.Options, state: SourceState, http: Http) -> Fetched:
        """robots.txt, the list page (conditional GET), then articles if asked.

        Raises:
            PermanentSourceError: robots.txt forbids the list page to Veille.
            NotModified: the list page has not changed.
            SourceError: robots.txt unreachable (5xx, timeout) or the list page failed.
        """
        robots = fetch_robots(http, state, options.url)
        if not robots.allows(options.url):
            raise PermanentSourceError(
                f"le robots.txt de {urlsplit(options.url).hostname} interdit à Veille de lire "
                f"{options.url} : retirer la source ou demander au site d'autoriser « Veille »",
                state.source_id,
            )
        page = http.get(options.url, state, headers={"Accept": ACCEPT_HTML})
        if not options.fetch_articles:
            return page
        links = _article_links(options, page, robots)
        return replace(page, extra=_fetch_articles(http, state, links))

    def parse(self, options: HtmlConnector.Options, fetched: Fetched) -> list[RawItem]:
        """One item per entry of the list page, with the article's text when fetched.

        Raises:
            ParseError: no element of the page matches ``item_selector``.
        """
        zone = ZoneInfo(options.timezone)
        entries = list_entries(
            fetched.body, fetched.url, fetched.encoding, options.selectors(), zone
        )[:MAX_ITEMS]
        return [_to_item(entry, fetched.extra.get(entry.url), options, zone) for entry in entries]


def _article_links(options: HtmlConnector.Options, page: Fetched, robots: Robots) -> list[str]:
    try:
        entries = list_entries(
            page.body, page.url, page.encoding, options.selectors(), ZoneInfo(options.timezone)
        )
    except SourceError:
        return []  # parse will say the selectors match nothing
    host = urlsplit(page.url).hostname
    links = [e.url for e in entries if urlsplit(e.url).hostname == host and robots.allows(e.url)]
    return links[: options.max_articles]


def _fetch_articles(http: Http, state: SourceState, links: list[str]) -> dict[str, bytes]:
    articles: dict[str, bytes] = {}
    for link in links:
        try:
            article = http.get(link, state, headers={"Accept": ACCEPT_HTML}, conditional=False)
        except SourceError as exc:
            # One missing article must not hide the list: its entry is kept without its text.
            logger.warning("source %s : article ignoré : %s", state.source_id, exc)
            continue
        if article.content_type in _HTML_TYPES:  # a PDF notice has no text to read here
            articles[link] = article.body
    return articles


def _to_item(
    entry: Entry, article_body: bytes | None, options: HtmlConnector.Options, zone: ZoneInfo
) -> RawItem:
    text, published = entry.summary, entry.published_at
    if article_body is not None:
        article = read_article(article_body, zone, options.article_selector)
        text = article.text or text
        published = published or article.published_at
    return make_item(
        guid=entry.url,
        url=entry.url,
        title=entry.title,
        text=text,
        published_at=published,
        kind="article",
    )
