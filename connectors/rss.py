"""The ``rss`` connector: RSS 0.9x, RSS 1.0 (RDF), RSS 2.0, Atom and JSON Feed.

``fetch`` is one conditional GET through ``Http``; ``parse`` hands the bytes to feedparser
(or, for a JSON Feed, to ``connectors.jsonfeed``) and turns entries into ``RawItem``s with
plain text (HTML stripped with BeautifulSoup). Well-formed RSS 2.0 and Atom 1.0, most feeds,
are first tried on ``connectors.feedxml``, which builds the same entries at a fraction of
feedparser's cost and leaves every document it is not sure of to feedparser.
Real feeds are often broken: whatever feedparser salvages is kept, and only a document that
is not a feed at all (HTML page, empty body, not XML) is a ``ParseError``.
"""

from __future__ import annotations

import calendar
import io
import logging
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urljoin, urlsplit

import feedparser
from pydantic import field_validator

from connectors.base import (
    ConnectorOptions,
    Fetched,
    ItemDraft,
    ParsedItems,
    ParseError,
    RawItem,
    SourceState,
)
from connectors.feedxml import fast_entries
from connectors.items import (
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    http_url_or_none,
    make_item,
    stable_guid,
)
from connectors.jsonfeed import json_feed_document, parse_json_feed
from connectors.text import html_to_text, one_line, plain_text

if TYPE_CHECKING:
    from connectors.http import Http

# html_to_text and the caps live in connectors.text and connectors.items; re-exported here
# because this module is where IT first looks for them.
__all__ = [
    "ACCEPT",
    "MAX_TEXT_CHARS",
    "MAX_TITLE_CHARS",
    "FeedEntry",
    "RssConnector",
    "html_to_text",
    "parse_feed",
    "parse_feed_drafts",
    "parse_feed_entries",
    "validate_feed_url",
]

logger = logging.getLogger(__name__)

MAX_ENTRIES = 500
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, "
    "application/json;q=0.7, */*;q=0.5"
)

FeedEntry = Mapping[str, Any]
"""One feedparser entry (``entry["yt_videoid"]``, ``entry["source"]``...)."""


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
    """Reads RSS 0.9x/1.0/2.0, Atom and JSON Feed: one item per entry, in feed order."""

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
        """The feed's entries as items; a salvaged broken feed carries its warning (recorded
        on the source) and is logged.

        Raises:
            ParseError: the body is not a feed at all.
        """
        items, warning = parse_feed(fetched)
        return ParsedItems(items, _warnings(fetched, warning)) if warning else items

    def drafts(self, options: RssConnector.Options, fetched: Fetched
               ) -> tuple[list[ItemDraft], list[str]]:
        """What ``parse`` reads, as drafts (see ``ItemDraft``), with its warnings."""
        drafts, warning = parse_feed_drafts(fetched)
        return drafts, _warnings(fetched, warning)


def _warnings(fetched: Fetched, warning: str | None) -> list[str]:
    """A salvaged broken feed's warning, recorded on the source; logged too."""
    if not warning:
        return []
    logger.warning("flux %s : %s", fetched.url, warning)
    return [f"flux lu en partie : {warning}"]


def parse_feed(
    fetched: Fetched, *, max_entries: int = MAX_ENTRIES
) -> tuple[list[RawItem], str | None]:
    """Parse a fetched feed (XML or JSON Feed) into items. Pure.

    Args:
        fetched: the response; its URL resolves relative links, its charset (if any) wins
            over the XML declaration.
        max_entries: entries beyond this many are ignored (feeds list newest first).

    Returns:
        ``(items, warning)``: ``warning`` (French) says the feed was malformed or cut short
        but items were still read; None when all is well. An empty valid feed gives ``[]``.

    Raises:
        ParseError: the body is not a feed (HTML page, empty body, not XML, other XML, a
            JSON Feed without items).
    """
    document = json_feed_document(fetched)
    if document is not None:
        return parse_json_feed(document, fetched.url, max_entries=max_entries)
    entries, found, parsed = _xml_entries(fetched, max_entries)
    pairs = _read_entries(entries, fetched.url)
    return ([item for _entry, item in pairs],
            _warning(parsed, len(entries), found, len(entries) - len(pairs)))


def parse_feed_drafts(
    fetched: Fetched, *, max_entries: int = MAX_ENTRIES
) -> tuple[list[ItemDraft], str | None]:
    """``parse_feed``, with each entry's text left unread until its draft is built. Pure.

    An entry with neither id nor link is built at once: its guid is a hash of its words.
    An entry whose keys cannot be read is left out and counted in the warning; one that
    fails later builds to None.
    """
    document = json_feed_document(fetched)
    if document is not None:
        items, warning = parse_json_feed(document, fetched.url, max_entries=max_entries)
        return [ItemDraft.ready(item) for item in items], warning
    entries, found, parsed = _xml_entries(fetched, max_entries)
    drafts = []
    for entry in entries:
        try:
            drafts.append(_draft(entry, fetched.url))
        except (TypeError, AttributeError, KeyError, ValueError):
            continue  # as in _read_entries
    return drafts, _warning(parsed, len(entries), found, len(entries) - len(drafts))


def parse_feed_entries(
    fetched: Fetched, *, max_entries: int = MAX_ENTRIES
) -> tuple[list[tuple[FeedEntry, RawItem]], str | None]:
    """Parse an XML feed into feedparser entries paired with their items. Pure.

    For connectors built on a feed that need more than the item (Google News' ``source``,
    YouTube's ``yt_videoid``). Same rules as ``parse_feed``, JSON Feed excepted.

    Returns:
        ``([(entry, item), ...], warning)``.

    Raises:
        ParseError: the body is not an RSS, RDF or Atom feed.
    """
    parsed = _feedparser_feed(fetched)
    entries = parsed.get("entries", [])
    kept = entries[:max_entries]
    pairs = _read_entries(kept, fetched.url)
    return pairs, _warning(parsed, len(kept), len(entries), len(kept) - len(pairs))


def _xml_entries(fetched: Fetched, max_entries: int) -> tuple[Sequence[FeedEntry], int, Any]:
    """The feed's first ``max_entries`` entries, how many it has, and feedparser's result
    (``{}`` when the fast path read it)."""
    fast = fast_entries(fetched, max_entries=max_entries)
    if fast is not None:
        entries, found = fast
        return entries, found, {}
    parsed = _feedparser_feed(fetched)
    entries = parsed.get("entries", [])
    return entries[:max_entries], len(entries), parsed


def _feedparser_feed(fetched: Fetched) -> Any:
    """feedparser's reading of the body; ParseError when it is not a feed at all."""
    parsed = _run_feedparser(fetched)
    if not parsed.get("entries") and not parsed.get("version"):
        reason = _not_a_feed_reason(fetched, parsed)
        raise ParseError(f"ce n'est pas un flux RSS/Atom valide : {reason}")
    return parsed


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
    # off because only text is kept (html_to_text), and it would keep what <noscript> hides;
    # its rewriting of relative links inside the HTML too: links are not text, and it
    # re-parsed every entry's HTML (a tenth of a poll).
    return feedparser.parse(io.BytesIO(fetched.body), response_headers=headers,
                            sanitize_html=False, resolve_relative_uris=False)


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


def _warning(parsed: Any, kept: int, found: int, unreadable: int = 0) -> str | None:
    problems = []
    if parsed.get("bozo"):
        problems.append(
            f"flux mal formé ({parsed.get('bozo_exception')}), {kept} élément(s) lu(s) malgré tout"
        )
    if found > kept:
        problems.append(f"le flux contient {found} éléments, seuls les {kept} premiers sont lus")
    if unreadable:
        problems.append(f"{unreadable} élément(s) illisible(s) ignoré(s)")
    return " ; ".join(problems) or None


# --- one entry ------------------------------------------------------------------------------


def _read_entries(entries: Sequence[FeedEntry], base_url: str) -> list[tuple[FeedEntry, RawItem]]:
    """Each entry with its item; the entries that cannot be read are left out."""
    pairs = []
    for entry in entries:
        try:
            pairs.append((entry, _to_item(entry, base_url)))
        except (TypeError, AttributeError, KeyError, ValueError):
            # feedparser hands over what the feed says: a list where a string belongs, a
            # dict for a date... One odd entry must not lose the feed's others.
            continue
    return pairs


def _draft(entry: FeedEntry, base_url: str) -> ItemDraft:
    """The entry's keys as ``_to_item`` makes them (``make_item``'s rules), its text later."""
    link = _link(entry)
    candidate = str(entry.get("id") or link or "")
    if not candidate.strip():
        return ItemDraft.ready(_to_item(entry, base_url))
    url = http_url_or_none(link and urljoin(base_url, link))

    def build() -> RawItem | None:
        try:
            return _to_item(entry, base_url)
        except (TypeError, AttributeError, KeyError, ValueError):
            return None  # as in _read_entries

    return ItemDraft(stable_guid(candidate, "", ""), url, build)


def _link(entry: FeedEntry) -> str | None:
    link = entry.get("link") or None
    # feedparser makes a list of <link> when <links> comes after it
    return link if isinstance(link, str) else None


def _to_item(entry: FeedEntry, base_url: str) -> RawItem:
    link = _link(entry)
    return make_item(
        guid=str(entry.get("id") or link or ""),
        url=link and urljoin(base_url, link),
        title=html_to_text(entry.get("title") or ""),
        text=_entry_text(entry),
        author=_author(entry),
        published_at=_published_at(entry),
        kind="article",
    )


def _entry_text(entry: FeedEntry) -> str:
    # Full content (content:encoded, Atom <content>) says more than the summary when both exist.
    details = [*entry.get("content", []), entry.get("summary_detail")]
    detail = next((d for d in details if d and d.get("value")), None)
    if detail is None:
        return ""
    if "html" in (detail.get("type") or "text/html"):
        return html_to_text(detail["value"])
    return plain_text(detail["value"])


def _author(entry: FeedEntry) -> str | None:
    detail = entry.get("author_detail") or {}
    return one_line(html_to_text(detail.get("name") or entry.get("author") or "")) or None


def _published_at(entry: FeedEntry) -> datetime | None:
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
