"""The entries of a news list page, found with the source's CSS selectors. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from urllib.parse import urldefrag, urljoin

from bs4 import BeautifulSoup, Tag

from connectors.base import ParseError
from connectors.html.dates import parse_date
from connectors.items import http_url_or_none
from connectors.text import html_to_text, one_line

__all__ = ["Entry", "Selectors", "list_entries"]


@dataclass(frozen=True)
class Selectors:
    """Where things are on the list page (CSS selectors, relative to one item but ``item``)."""

    item: str
    link: str = "a[href]"
    title: str | None = None
    date: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class Entry:
    """One news item as the list page shows it."""

    url: str
    title: str
    summary: str
    published_at: datetime | None


def list_entries(
    body: bytes, page_url: str, encoding: str | None, selectors: Selectors, zone: tzinfo
) -> list[Entry]:
    """The list page's entries, in page order, one per distinct link.

    Args:
        body: the list page.
        page_url: its final address, to resolve relative links (``<base href>`` wins).
        encoding: the charset the server declared, if any (it wins over ``<meta>``).
        selectors: the source's selectors.
        zone: the site's time zone, for dates written without offset.

    Returns:
        The entries; items without a usable http(s) link are left out.

    Raises:
        ParseError: no element matches ``selectors.item`` (the site's layout changed, or the
            address is not the list page).
    """
    soup = BeautifulSoup(body, "html.parser", from_encoding=encoding)
    containers = soup.select(selectors.item)
    if not containers:
        raise ParseError(
            f"aucun élément ne correspond à item_selector « {selectors.item} » : la mise en "
            "page du site a peut-être changé, ou l'adresse n'est pas celle de la liste"
        )
    base = _base_url(soup, page_url)
    entries: dict[str, Entry] = {}
    for container in containers:
        entry = _entry(container, base, selectors, zone)
        if entry is not None:
            entries.setdefault(entry.url, entry)
    return list(entries.values())


def _base_url(soup: BeautifulSoup, page_url: str) -> str:
    base = soup.find("base", href=True)
    return urljoin(page_url, str(base["href"])) if isinstance(base, Tag) else page_url


def _entry(container: Tag, base: str, selectors: Selectors, zone: tzinfo) -> Entry | None:
    link = container if container.name == "a" else container.select_one(selectors.link)
    href = str(link.get("href") or "").strip() if link is not None else ""
    url = http_url_or_none(urldefrag(urljoin(base, href)).url) if href else None
    if link is None or url is None:
        return None
    return Entry(
        url=url,
        title=_title(container, link, selectors.title),
        summary=_summary(container, selectors.summary),
        published_at=_date(container, selectors.date, zone),
    )


def _title(container: Tag, link: Tag, selector: str | None) -> str:
    node = container.select_one(selector) if selector else link
    text = one_line(node.get_text(" ")) if node is not None else ""
    return text or one_line(str(link.get("title") or ""))


def _summary(container: Tag, selector: str | None) -> str:
    node = container.select_one(selector) if selector else None
    return html_to_text(str(node)) if node is not None else ""


def _date(container: Tag, selector: str | None, zone: tzinfo) -> datetime | None:
    node = container.select_one(selector) if selector else None
    if node is None:
        return None
    # <time datetime="..."> and <meta content="..."> say it better than the visible text.
    value = node.get("datetime") or node.get("content") or node.get_text(" ")
    return parse_date(str(value), zone)
