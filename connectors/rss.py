"""The ``rss`` connector: RSS 0.9x, RSS 1.0 (RDF), RSS 2.0 and Atom feeds.

``fetch`` is one conditional GET through ``Http``; ``parse`` hands the bytes to feedparser
and turns entries into ``RawItem``s with plain text (HTML stripped with BeautifulSoup).
Real feeds are often broken: whatever feedparser salvages is kept, and only a document that
is not a feed at all (HTML page, empty body, not XML) is a ``ParseError``.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import logging
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urljoin, urlsplit

import feedparser
from bs4 import BeautifulSoup
from pydantic import field_validator

from connectors.base import ConnectorOptions, Fetched, ParseError, RawItem, SourceState

if TYPE_CHECKING:
    from connectors.http import Http

__all__ = ["RssConnector", "html_to_text", "parse_feed", "validate_feed_url"]

logger = logging.getLogger(__name__)

MAX_ENTRIES = 500
MAX_TITLE_CHARS = 1_000
MAX_TEXT_CHARS = 100_000
MAX_AUTHOR_CHARS = 200
MAX_GUID_CHARS = 512
_FALLBACK_TITLE_CHARS = 120
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5"
)

# Break markers put into the HTML before extracting text: private-use characters, so they
# survive the collapse of the source's own (meaningless) whitespace.
_PARAGRAPH = "\ue000"
_LINE = "\ue001"
_BREAK_RUN = re.compile(r"[\s\ue000\ue001]+")
_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")
_PARAGRAPH_TAGS = (
    "p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "blockquote",
    "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "figure",
    "figcaption", "hr", "address", "form", "fieldset",
)  # fmt: skip
_LINE_TAGS = ("li", "tr", "dt", "dd")
_CELL_TAGS = ("td", "th")


def validate_feed_url(value: str) -> str:
    """The feed address, stripped, if it is an absolute http or https URL.

    Raises:
        ValueError: with a French message for the admin (pydantic turns it into a config error).
    """
    url = value.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or " " in url:
        raise ValueError(
            f"adresse de flux invalide : « {value} » (attendu une adresse complète "
            "commençant par http:// ou https://)"
        )
    return url


class RssConnector:
    """Reads RSS 0.9x/1.0/2.0 and Atom feeds: one item per entry, in feed order."""

    name: ClassVar[str] = "rss"

    class Options(ConnectorOptions):
        """The ``rss`` block of a source in ``veille.yaml``.

        Attributes:
            url: address of the feed (not of the site's home page).
        """

        url: str

        @field_validator("url")
        @classmethod
        def _check_url(cls, value: str) -> str:
            return validate_feed_url(value)

    def fetch(self, options: RssConnector.Options, state: SourceState, http: Http) -> Fetched:
        """One conditional GET of the feed.

        Raises:
            NotModified: the feed has not changed since the last poll.
            SourceError: any failure, classified by ``Http``.
        """
        return http.get(options.url, state, headers={"Accept": ACCEPT})

    def parse(self, options: RssConnector.Options, fetched: Fetched) -> list[RawItem]:
        """The feed's entries as items; a salvaged broken feed is logged as a warning.

        Raises:
            ParseError: the body is not a feed at all.
        """
        items, warning = parse_feed(fetched)
        if warning:
            logger.warning("flux %s : %s", fetched.url, warning)
        return items


def parse_feed(
    fetched: Fetched, *, max_entries: int = MAX_ENTRIES
) -> tuple[list[RawItem], str | None]:
    """Parse a fetched feed into items. Pure.

    Args:
        fetched: the response; its URL resolves relative links, its charset (if any) wins
            over the XML declaration.
        max_entries: entries beyond this many are ignored (feeds list newest first).

    Returns:
        ``(items, warning)``: ``warning`` (French) says the feed was malformed or cut short
        but items were still read; None when all is well. An empty valid feed gives ``[]``.

    Raises:
        ParseError: the body is not a feed (HTML page, empty body, not XML, other XML).
    """
    parsed = _run_feedparser(fetched)
    entries = parsed.get("entries", [])
    if not entries and not parsed.get("version"):
        reason = _not_a_feed_reason(fetched, parsed)
        raise ParseError(f"ce n'est pas un flux RSS/Atom valide : {reason}")
    items = [_to_item(entry, fetched.url) for entry in entries[:max_entries]]
    return items, _warning(parsed, len(items), len(entries))


def _run_feedparser(fetched: Fetched) -> Any:
    # feedparser applies RFC 3023, where text/xml without a charset means us-ascii; RFC 7303
    # dropped that, and it would flag most feeds. So only a declared charset is passed on.
    content_type = "application/xml"
    if fetched.encoding:
        content_type += f"; charset={fetched.encoding}"
    # No content-location: feedparser would resolve guids against it too ("a-1" becoming
    # "https://host/feed/a-1"), so a moved feed would repost every entry. Links are
    # resolved in _to_item instead.
    headers = {"content-type": content_type}
    # Given bytes, feedparser first tries them as a file name: a body of b"/etc/passwd"
    # would read that file. A stream is always read as the document. Its HTML sanitizer is
    # off because only text is kept (html_to_text), and it would keep what <noscript> hides.
    return feedparser.parse(io.BytesIO(fetched.body), response_headers=headers, sanitize_html=False)


def _not_a_feed_reason(fetched: Fetched, parsed: Any) -> str:
    body = fetched.body.removeprefix(b"\xef\xbb\xbf").lstrip()
    if not body:
        return "la réponse est vide"
    if _looks_like_html(fetched.content_type, body):
        return (
            "la réponse est une page HTML (l'adresse pointe peut-être vers le site "
            "plutôt que vers son flux)"
        )
    if parsed.get("bozo"):
        return f"le document n'est pas du XML lisible ({parsed.get('bozo_exception')})"
    return "aucun élément <rss>, <feed> ou <rdf:RDF> trouvé"


def _looks_like_html(content_type: str | None, body: bytes) -> bool:
    if content_type in ("text/html", "application/xhtml+xml"):
        return True
    head = body[:1024].lower()
    return head.startswith(b"<!doctype html") or b"<html" in head


def _warning(parsed: Any, kept: int, found: int) -> str | None:
    problems = []
    if parsed.get("bozo"):
        problems.append(
            f"flux mal formé ({parsed.get('bozo_exception')}), {kept} élément(s) lu(s) malgré tout"
        )
    if found > kept:
        problems.append(f"le flux contient {found} éléments, seuls les {kept} premiers sont lus")
    return " ; ".join(problems) or None


# --- one entry ------------------------------------------------------------------------------


def _to_item(entry: Mapping[str, Any], base_url: str) -> RawItem:
    text = _truncate(_entry_text(entry), MAX_TEXT_CHARS)
    title = _truncate(_one_line(html_to_text(entry.get("title") or "")), MAX_TITLE_CHARS)
    title = title or _truncate(_one_line(text), _FALLBACK_TITLE_CHARS)
    link = entry.get("link") or None
    return RawItem(
        guid=_guid(entry, link, title, text),
        url=_http_url_or_none(link and urljoin(base_url, link)),
        title=title,
        text=text,
        author=_author(entry),
        published_at=_published_at(entry),
        kind="article",
    )


def _entry_text(entry: Mapping[str, Any]) -> str:
    # Full content (content:encoded, Atom <content>) says more than the summary when both exist.
    details = [*entry.get("content", []), entry.get("summary_detail")]
    detail = next((d for d in details if d and d.get("value")), None)
    if detail is None:
        return ""
    if "html" in (detail.get("type") or "text/html"):
        return html_to_text(detail["value"])
    return _plain_text(detail["value"])


def _guid(entry: Mapping[str, Any], link: str | None, title: str, text: str) -> str:
    guid = str(entry.get("id") or link or "").strip()
    if not guid:
        # Stable as long as the entry's words are: a re-published entry keeps its guid.
        return "sha256:" + hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    if len(guid) > MAX_GUID_CHARS:
        return "sha256:" + hashlib.sha256(guid.encode()).hexdigest()
    return guid


def _http_url_or_none(link: str | None) -> str | None:
    # A javascript: or data: link from a hostile feed must never reach a digest.
    if link and urlsplit(link).scheme.lower() in ("http", "https"):
        return link
    return None


def _author(entry: Mapping[str, Any]) -> str | None:
    detail = entry.get("author_detail") or {}
    name = _one_line(html_to_text(detail.get("name") or entry.get("author") or ""))
    return _truncate(name, MAX_AUTHOR_CHARS) or None


def _published_at(entry: Mapping[str, Any]) -> datetime | None:
    # feedparser has already converted these struct_times to UTC.
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if not parsed:
            continue
        try:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
        except (OverflowError, OSError, ValueError):
            continue
    return None


# --- text -----------------------------------------------------------------------------------


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: paragraphs separated by a blank line, ``<br>`` and
    list items by a newline, other whitespace collapsed. Scripts, styles and embedded
    objects are dropped with their content.

    Args:
        html: an HTML fragment or document (plain text passes through, ``a<b`` included).

    Returns:
        The text, stripped.
    """
    html = html.replace(_PARAGRAPH, "").replace(_LINE, "")
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DROPPED_TAGS):
        tag.decompose()
    for tag in soup.find_all("br"):
        tag.replace_with(_LINE)
    for tag in soup.find_all(_PARAGRAPH_TAGS):
        tag.insert_before(_PARAGRAPH)
        tag.insert_after(_PARAGRAPH)
    for tag in soup.find_all(_LINE_TAGS):
        tag.insert_after(_LINE)
    for tag in soup.find_all(_CELL_TAGS):
        tag.insert_after(" ")
    return _BREAK_RUN.sub(_break_for, soup.get_text()).strip()


def _break_for(match: re.Match[str]) -> str:
    run = match.group()
    if _PARAGRAPH in run:
        return "\n\n"
    return "\n" if _LINE in run else " "


def _plain_text(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
