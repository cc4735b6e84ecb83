"""The main text of an article page: the part a reader reads, without menus and footers.

A plain heuristic, good enough for the news pages of school boards and local papers: an
explicit selector if the source gives one, else the longest ``<article>``, else ``<main>``,
else the element holding the most paragraph text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from bs4 import BeautifulSoup, Tag

from connectors.html.dates import parse_date
from connectors.text import html_to_text

__all__ = ["Article", "read_article"]

_NOISE = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
          "form", "iframe", "svg", "button")  # fmt: skip
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datePublished")


@dataclass(frozen=True)
class Article:
    """What an article page adds to its entry on the list page."""

    text: str
    published_at: datetime | None


def read_article(body: bytes, zone: tzinfo, selector: str | None = None) -> Article:
    """The main text of an HTML article page and the date it gives itself. Pure.

    Args:
        body: the page as fetched (its ``<meta charset>`` is honoured).
        zone: the site's time zone, for a date written without offset.
        selector: CSS selector of the content, when the heuristic picks the wrong block.

    Returns:
        The text (paragraphs separated by blank lines, "" for a page without text) and the
        publication date from Open Graph metadata or the first ``<time datetime>``.
    """
    soup = BeautifulSoup(body, "html.parser")
    published = _published(soup, zone)  # before the noise goes: <time> is often in <header>
    for tag in soup.find_all(_NOISE):
        tag.decompose()
    root = _main_element(soup, selector)
    return Article(html_to_text(str(root)) if root is not None else "", published)


def _main_element(soup: BeautifulSoup, selector: str | None) -> Tag | None:
    if selector and (chosen := soup.select_one(selector)) is not None:
        return chosen
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda tag: len(tag.get_text(strip=True)))
    return soup.find("main") or _densest_block(soup) or soup.body or soup


def _densest_block(soup: BeautifulSoup) -> Tag | None:
    # Paragraph text per parent: the article body is the parent with the most of it.
    scores: dict[int, tuple[Tag, int]] = {}
    for paragraph in soup.find_all("p"):
        parent = paragraph.parent
        if parent is None:
            continue
        _, score = scores.get(id(parent), (parent, 0))
        scores[id(parent)] = (parent, score + len(paragraph.get_text(strip=True)))
    if not scores:
        return None
    return max(scores.values(), key=lambda pair: pair[1])[0]


def _published(soup: BeautifulSoup, zone: tzinfo) -> datetime | None:
    for name in _PUBLISHED_META:
        meta = soup.find("meta", attrs={"property": name}) or soup.find(
            "meta", attrs={"itemprop": name}
        )
        if isinstance(meta, Tag) and (when := parse_date(str(meta.get("content") or ""), zone)):
            return when
    stamp = soup.find("time", attrs={"datetime": True})
    if isinstance(stamp, Tag):
        return parse_date(str(stamp.get("datetime")), zone)
    return None
