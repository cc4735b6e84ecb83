"""A fast path for the common case: well-formed RSS 2.0 and Atom 1.0, read with ElementTree.

feedparser is a SAX parser that calls back into Python for every element and every run of
text; it cost a third of a poll. Most feeds are plain RSS 2.0 or Atom 1.0, so this module
reads those with ``xml.etree.ElementTree`` (expat, like feedparser's strict parser, but the
tree is built in C) into the same entries feedparser would give ``connectors.rss._to_item``:
same keys, same values.

It declines (returns None) whenever it cannot be certain to match, and the caller falls back
to feedparser: other formats and versions, a DOCTYPE or entity declaration, XML that does
not parse (feedparser salvages it), a charset other than UTF-8, ``xml:base``, an element
feedparser handles that this module does not, a date it cannot read exactly as feedparser
does. The rules below are feedparser's (``mixin.py``, ``namespaces/_base.py``); where one
looks odd (``&amp;`` undone in links, Latin-1 mojibake repaired, an e-mail address cut out
of an RSS author), it is feedparser's, kept so that both paths give the same items.
"""

from __future__ import annotations

import contextlib
import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from xml.sax.saxutils import escape

import feedparser
from feedparser.mixin import _FeedParserMixin

from connectors.base import Fetched

__all__ = ["FastEntry", "fast_entries"]

FastEntry = dict[str, Any]
"""The part of a feedparser entry that ``connectors.rss._to_item`` reads."""

_ATOM = "{http://www.w3.org/2005/Atom}"
_XHTML_DIV = "{http://www.w3.org/1999/xhtml}div"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ID_LINK = "_link_from_id"  # a guid or Atom id stands in for a missing link

# feedparser's own tables, so that the fast path follows the feedparser installed: the
# prefix it gives each namespace it knows, and every element name it has a handler for.
_KNOWN_NAMESPACES: dict[str, str] = {
    uri.lower(): prefix for uri, prefix in _FeedParserMixin.namespaces.items()
}
_STANDARD_PREFIXES = frozenset(prefix for prefix in _KNOWN_NAMESPACES.values() if prefix)
_HANDLED = frozenset(
    name.removeprefix("_start_").removeprefix("_end_")
    for name in dir(_FeedParserMixin)
    if name.startswith(("_start_", "_end_"))
)
# Namespaces that would change feedparser's idea of the format (RSS 1.0, RSS 0.90) or add
# attributes of their own (XLink).
_REFUSED_NAMESPACES = frozenset(
    {"http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/",
     "http://www.w3.org/1999/xlink"}
)  # fmt: skip
# Keys feedparser's handlers (or _to_item) read: an unknown element of that name would be
# stored under it and change, or crash, what feedparser does.
_RESERVED = frozenset(feedparser.FeedParserDict.keymap) | {
    "author", "authors", "category", "cloud", "content", "contributors", "created",
    "email", "enclosures", "entries", "expired", "feed", "generator", "guidislink", "href",
    "id", "image", "info", "language", "license", "link", "links", "name", "newlocation",
    "published", "publisher", "rights", "source", "subtitle", "summary", "tags",
    "textinput", "title", "updated", "where",
}  # fmt: skip
# Handled elements that may hold others without feedparser treating them as markup.
_CONTAINERS = frozenset(
    {"rss", "channel", "feed", "item", "entry", "image", "textinput", "author",
     "contributor", "itunes_owner", "itunes_category", "media_group"}
)  # fmt: skip
# Handled elements whose handlers touch nothing _to_item reads, when they hold only text.
_INERT = frozenset(
    {"category", "dc_subject", "enclosure", "source", "rights", "media_content", "media_thumbnail"}
)
_ATOM_TYPES = {"text": "text/plain", "html": "text/html", "xhtml": "application/xhtml+xml"}
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_QUOTE = {'"': "&quot;"}

_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DECLARATION = re.compile(
    rb"<\?xml[ \t\r\n]+version=([\"'])1\.0\1"
    rb"(?:[ \t\r\n]+encoding=([\"'])([A-Za-z][A-Za-z0-9._-]*)\2)?"
    rb"(?:[ \t\r\n]+standalone=([\"'])(?:yes|no)\4)?[ \t\r\n]*\?>"
)
_URI_FIXER = re.compile("^([A-Za-z][A-Za-z0-9+-.]*://)(/*)(.*?)")
_ENTITY_IN_LINK = re.compile("&([A-Za-z0-9_]+);")
_C1_CONTROLS = re.compile(b"\xc2[\x80-\x9f]")
_EMAIL = re.compile(
    r"(([a-zA-Z0-9\_\-\.\+]+)@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.)|(([a-zA-Z0-9\-]+\.)+))"
    r"([a-zA-Z]{2,4}|[0-9]{1,3})(\]?))(\?subject=\S+)?"
)
_RFC822 = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} \d{2}:\d{2}(?::\d{2})? "
    r"(?:[+-]\d{4}|GMT|UTC?|Z|[ECMP][SD]T)",
    re.ASCII,
)
_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})", re.ASCII
)


class _Decline(Exception):
    """The document is not one this module is sure to read as feedparser does."""


def fast_entries(fetched: Fetched, *, max_entries: int) -> tuple[list[FastEntry], int] | None:
    """The feed's first entries as feedparser would give them, if the fast path is sure. Pure.

    Args:
        fetched: the response (its charset, if any, must be UTF-8).
        max_entries: how many entries to return at most.

    Returns:
        ``(entries, found)``, ``found`` counting every entry of the feed; None when the
        document must go through feedparser.
    """
    try:
        entries = _read(fetched)
    except _Decline:
        return None
    return entries[:max_entries], len(entries)


def _read(fetched: Fetched) -> list[FastEntry]:
    body = fetched.body.removeprefix(b"\xef\xbb\xbf")
    _check_prolog(body, fetched.encoding)
    root, declarations, tags = _parse(body)
    names = _Names(declarations)
    if root.tag == "rss":
        entry_tag, fields, elements = "item", _RSS_FIELDS, _rss_items(root)
    elif root.tag == f"{_ATOM}feed":
        entry_tag, fields = f"{_ATOM}entry", _ATOM_FIELDS
        elements = root.findall(entry_tag)
    else:
        raise _Decline
    _check_names(tags, names, entry_tag)
    # feedparser makes an entry of every <item> or <entry>, wherever it is.
    if sum(1 for _ in root.iter(entry_tag)) != len(elements):
        raise _Decline
    _check_feed_level(root, names, entry_tag)
    return [_entry(element, names, fields) for element in elements]


def _check_prolog(body: bytes, charset: str | None) -> None:
    # feedparser decodes with the HTTP charset, else the declared one; both must be UTF-8,
    # as expat reads the body. A DTD (entities, RSS 0.91's) is feedparser's to handle.
    if charset is not None and charset.lower() not in ("utf-8", "utf8"):
        raise _Decline
    if _DTD.search(body):
        raise _Decline
    if not body.startswith(b"<?"):
        return
    declaration = _DECLARATION.match(body)
    if declaration is None or (declaration[3] or b"utf-8").lower() != b"utf-8":
        raise _Decline
    # feedparser sniffs the last ``encoding=`` of the first line, wherever it is.
    expected = 0 if declaration[3] is None else 1
    if body.partition(b"\n")[0].count(b"encoding=") != expected:
        raise _Decline


def _parse(body: bytes) -> tuple[ET.Element, list[tuple[str, str]], set[str]]:
    """The tree, the namespace declarations and the distinct tags."""
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start-ns", "start"))
    elements: list[ET.Element] = []
    declarations: list[tuple[str, str]] = []
    try:
        parser.feed(body)
        parser.close()
        for event in parser.read_events():
            value = event[-1]
            if isinstance(value, ET.Element):
                elements.append(value)
            elif isinstance(value, tuple):
                declarations.append(value)
    except (SyntaxError, ValueError, LookupError) as exc:  # ParseError is a SyntaxError
        raise _Decline from exc
    if not elements:
        raise _Decline
    for element in elements:
        _check_attribute_names(element)
    return elements[0], declarations, {element.tag for element in elements}


def _check_attribute_names(element: ET.Element) -> None:
    # ``base`` (in any namespace) moves feedparser's base URI, ``xmlns...`` its namespaces.
    for key in element.attrib:
        local = key.rpartition("}")[2].lower()
        if local == "base" or local.startswith("xmlns"):
            raise _Decline


class _Names:
    """feedparser's name for an element: the prefix it gives the namespace (its standard one
    when it knows the namespace, else the document's), an underscore, the local name, all
    lowercased: ``dc_creator``, ``content_encoded``, ``yt_videoid``, bare ``link`` for RSS
    and Atom."""

    def __init__(self, declarations: Iterable[tuple[str, str]]) -> None:
        self._unknown = _unknown_prefixes(declarations)
        self._cache: dict[str, str] = {}

    def __call__(self, tag: str) -> str:
        name = self._cache.get(tag)
        if name is None:
            name = self._cache[tag] = self._name(tag)
        return name

    def _name(self, tag: str) -> str:
        if not tag.startswith("{"):
            return tag.lower()
        uri, _, local = tag[1:].partition("}")
        prefix = _KNOWN_NAMESPACES.get(uri.lower())
        if prefix is None:
            prefix = self._unknown.get(uri)
            if prefix is None:
                raise _Decline
        return f"{prefix}_{local}".lower() if prefix else local.lower()


def _unknown_prefixes(declarations: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The document's prefix for each namespace feedparser does not know ("" if only ever
    the default namespace). Declines where feedparser's answer would depend on the order of
    declarations, or where its table of prefixes would mix two namespaces."""
    declarations = [(prefix, uri) for prefix, uri in declarations if uri]
    uris_by_prefix: dict[str, set[str]] = {}
    prefixes_by_uri: dict[str, set[str]] = {}
    for prefix, uri in declarations:
        _check_namespace(prefix, uri)
        if prefix:
            uris_by_prefix.setdefault(prefix.lower(), set()).add(uri)
        if uri.lower() not in _KNOWN_NAMESPACES:
            prefixes_by_uri.setdefault(uri, set()).add(prefix)
    # feedparser files a known namespace under its standard prefix, an unknown one under the
    # document's: the same key for both would lose one of them.
    standard = {_KNOWN_NAMESPACES.get(uri.lower()) for _prefix, uri in declarations}
    unknown = {prefix.lower() for prefixes in prefixes_by_uri.values() for prefix in prefixes}
    unknown.discard("")  # default namespaces are filed under "" and never looked up
    if any(len(uris) > 1 for uris in uris_by_prefix.values()) or unknown & standard:
        raise _Decline
    if any(len(prefixes) > 1 for prefixes in prefixes_by_uri.values()):
        raise _Decline
    return {uri: prefixes.pop() for uri, prefixes in prefixes_by_uri.items()}


def _check_namespace(prefix: str, uri: str) -> None:
    lowered = uri.lower()
    known = _KNOWN_NAMESPACES.get(lowered)
    if lowered in _REFUSED_NAMESPACES or "backend.userland.com" in lowered:
        raise _Decline
    if "}" in uri or any(char.isspace() for char in uri):
        raise _Decline  # feedparser's SAX names split the URI on whitespace
    if prefix.lower() in _STANDARD_PREFIXES and known not in (None, prefix.lower()):
        raise _Decline  # feedparser would rename the elements of the prefix's own namespace


def _check_names(tags: Iterable[str], names: _Names, entry_tag: str) -> None:
    for tag in tags:
        name = names(tag)
        if name in ("item", "entry") and tag != entry_tag:
            raise _Decline
        if name not in _HANDLED and (name in _RESERVED or name.endswith(("_detail", "_parsed"))):
            raise _Decline


def _check_feed_level(root: ET.Element, names: _Names, entry_tag: str) -> None:
    """Outside entries, only containers may hold elements: inside a title or a description,
    feedparser takes them for markup and still calls their end handlers."""
    stack = [root]
    while stack:
        for child in stack.pop():
            if len(child) and child.tag != entry_tag:
                name = names(child.tag)
                if name in _HANDLED and name not in _CONTAINERS:
                    raise _Decline
                stack.append(child)


def _rss_items(root: ET.Element) -> list[ET.Element]:
    channels = root.findall("channel")
    if root.get("version") != "2.0" or len(channels) != 1:
        raise _Decline
    return channels[0].findall("item")


# --- one entry ------------------------------------------------------------------------------

_Reader = Callable[[ET.Element, FastEntry, _Names], None]


def _entry(element: ET.Element, names: _Names, fields: dict[str, tuple[str, _Reader]]) -> FastEntry:
    # feedparser reads an id, a link and a date from some attributes of <item> and <entry>.
    if _attributes(element):
        raise _Decline
    entry: FastEntry = {}
    seen: set[str] = set()
    for child in element:
        field = fields.get(names(child.tag))
        if field is None:
            _check_inert(child, names)
            continue
        slot, read = field
        if slot in seen:  # feedparser keeps the first of some, the last of others
            raise _Decline
        if slot:
            seen.add(slot)
        read(child, entry, names)
    fallback = entry.pop(_ID_LINK, None)
    if fallback is not None:
        entry.setdefault("link", fallback)
    return entry


def _check_inert(element: ET.Element, names: _Names) -> None:
    for node in element.iter():
        name = names(node.tag)
        if name in _INERT:
            if len(node):
                raise _Decline
        elif name in _HANDLED and name != "media_group":
            raise _Decline


def _attributes(element: ET.Element) -> dict[str, str]:
    """The attributes as feedparser sees them: names lowercased, ``rel`` and ``type`` values
    too; ``xml:lang`` left out (it only sets a language)."""
    attributes: dict[str, str] = {}
    for key, value in element.attrib.items():
        if key == _XML_LANG:
            continue
        name = key.lower()
        if key.startswith("{") or name in attributes:
            raise _Decline
        attributes[name] = value.lower() if name in ("rel", "type") else value
    return attributes


def _leaf(element: ET.Element, allowed: Iterable[str] = ()) -> str:
    """The text of an element that holds only text, with only ``allowed`` attributes."""
    if len(element) or (element.attrib and not set(_attributes(element)) <= set(allowed)):
        raise _Decline
    return (element.text or "").strip()


def _stored(value: str) -> str:
    """What feedparser stores for a text: a UTF-8 text read as Latin-1 repaired; C1 controls
    it maps to Windows-1252, so the fast path leaves those to it."""
    if value.isascii():
        return value
    with contextlib.suppress(UnicodeError):
        value = value.encode("iso-8859-1").decode("utf-8")
    if _has_c1_control(value):
        raise _Decline
    return value


def _has_c1_control(value: str) -> bool:
    # On the UTF-8 bytes (C1 controls are \xc2\x80-\xc2\x9f there): a bytes search is
    # several times faster than a character class run over a non-ASCII str, and every
    # entry's whole text goes through here.
    encoded = value.encode("utf-8", "surrogatepass")
    return b"\xc2" in encoded and _C1_CONTROLS.search(encoded) is not None


def _uri(value: str) -> str:
    # feedparser's _urljoin against an empty base: only its fix of "scheme:///" applies.
    match = _URI_FIXER.match(value)
    return match[1] + value[match.end() :] if match and match[2] else value


def _date(element: ET.Element) -> time.struct_time:
    """The date as the UTC time tuple feedparser stores, for the formats where its parser and
    the standard library's agree (RFC 822 with a zone, RFC 3339)."""
    value = _leaf(element)
    try:
        if _RFC822.fullmatch(value):
            when = parsedate_to_datetime(value)
            if value.endswith(" -0000"):  # "UTC, local zone unknown": feedparser reads UTC
                when = when.replace(tzinfo=UTC)
        elif _RFC3339.fullmatch(value):
            when = datetime.fromisoformat(value)
        else:
            raise _Decline
        if when.tzinfo is None:
            raise _Decline
        return when.utctimetuple()
    except (ValueError, OverflowError, TypeError) as exc:
        raise _Decline from exc


# --- RSS 2.0 --------------------------------------------------------------------------------


def _rss_text(key: str, kind: str | None = None) -> _Reader:
    def read(element: ET.Element, entry: FastEntry, _names: _Names) -> None:
        value = _stored(_leaf(element))
        if kind is None:
            entry[key] = value
        else:
            detail = {"type": kind, "value": value}
            entry[key] = [detail] if key == "content" else detail

    return read


def _rss_link(element: ET.Element, entry: FastEntry, _names: _Names) -> None:
    # feedparser undoes what it takes for entities in a link's query string.
    value = _stored(_uri(_leaf(element)))
    if "&" in value:
        value = _ENTITY_IN_LINK.sub(r"&\1", value.replace("&amp;", "&"))
    entry["link"] = value


def _rss_guid(element: ET.Element, entry: FastEntry, _names: _Names) -> None:
    is_link = _attributes(element).get("ispermalink", "true") == "true"
    value = _leaf(element, allowed=("ispermalink",))
    entry["id"] = _stored(_uri(value) if is_link else value)
    if is_link:
        entry[_ID_LINK] = entry["id"]


def _rss_author(element: ET.Element, entry: FastEntry, _names: _Names) -> None:
    """feedparser's reading of ``email@example.org (Name)``: the address cut out, the rest
    (brackets and all) as the name."""
    author = entry["author"] = _stored(_leaf(element))
    match = _EMAIL.search(author)
    email, name = (match[0], author.replace(match[0], "")) if match else (None, author)
    if email:
        name = name.replace("()", "").replace("<>", "").replace("&lt;&gt;", "").strip()
        name = name.removeprefix("(").removesuffix(")").strip()
    if name or email:
        entry["author_detail"] = {"name": name} if name else {"email": email}


def _dated(key: str) -> _Reader:
    def read(element: ET.Element, entry: FastEntry, _names: _Names) -> None:
        entry[key] = _date(element)

    return read


_RSS_FIELDS: dict[str, tuple[str, _Reader]] = {
    "title": ("title", _rss_text("title")),
    "link": ("link", _rss_link),
    "description": ("summary", _rss_text("summary_detail", "text/html")),
    "content_encoded": ("content", _rss_text("content", "text/html")),
    "guid": ("id", _rss_guid),
    "pubdate": ("published", _dated("published_parsed")),
    "dc_date": ("updated", _dated("updated_parsed")),
    "author": ("author", _rss_author),
    "dc_creator": ("author", _rss_author),
    "dc_author": ("author", _rss_author),
}


# --- Atom 1.0 -------------------------------------------------------------------------------


def _atom_text(key: str) -> _Reader:
    def read(element: ET.Element, entry: FastEntry, names: _Names) -> None:
        attributes = _attributes(element)
        kind = _ATOM_TYPES.get(attributes.pop("type", "text"))
        if kind is None or attributes:
            raise _Decline
        value = _stored(_xhtml(element, names) if "xhtml" in kind else _leaf(element, ["type"]))
        if key == "title":
            entry[key] = value
        else:
            detail = {"type": kind, "value": value}
            entry[key] = [detail] if key == "content" else detail

    return read


def _xhtml(element: ET.Element, names: _Names) -> str:
    """The markup inside the one ``<div>``, serialized as feedparser does (names lowercased,
    attributes in order, text escaped); anything but plain XHTML declines."""
    div = element[0] if len(element) == 1 else None
    if div is None or div.tag != _XHTML_DIV or (element.text or "").strip():
        raise _Decline
    if (div.tail or "").strip():
        raise _Decline
    pieces = [escape(div.text or "")]
    stack: list[tuple[ET.Element, Iterator[ET.Element]]] = [(div, iter(div))]
    while stack:
        parent, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if stack:
                pieces += (f"</{_xhtml_name(parent, names)}>", escape(parent.tail or ""))
            continue
        if _XML_LANG in child.attrib:  # feedparser would write it out twice
            raise _Decline
        attributes = "".join(
            f' {key}="{escape(value, _QUOTE)}"' for key, value in _attributes(child).items()
        )
        pieces += (f"<{_xhtml_name(child, names)}{attributes}>", escape(child.text or ""))
        stack.append((child, iter(child)))
    return "".join(pieces).strip()


def _xhtml_name(element: ET.Element, names: _Names) -> str:
    # Only the XHTML namespace; not <body> (feedparser ends the content there) nor <svg> or
    # <math> (handled apart).
    name = names(element.tag)
    if not name.startswith("xhtml_") or name in _HANDLED or name in ("xhtml_svg", "xhtml_math"):
        raise _Decline
    return name.removeprefix("xhtml_")


def _atom_id(element: ET.Element, entry: FastEntry, _names: _Names) -> None:
    entry["id"] = entry[_ID_LINK] = _stored(_uri(_leaf(element)))


def _atom_link(element: ET.Element, entry: FastEntry, _names: _Names) -> None:
    attributes = _attributes(element)
    href = attributes.get("href")
    if len(element) or not href or "url" in attributes or "uri" in attributes:
        raise _Decline
    rel = attributes.get("rel", "alternate")
    kind = attributes.get("type", "application/atom+xml" if rel == "self" else "text/html")
    if rel == "alternate" and _ATOM_TYPES.get(kind, kind) in _HTML_TYPES:
        entry["link"] = _uri(href)


def _atom_author(element: ET.Element, entry: FastEntry, names: _Names) -> None:
    # feedparser takes the <name> as is (not even stripped of mojibake); without one, it
    # would fall back on the e-mail or the element's own text.
    parts: dict[str, str] = {}
    if _attributes(element) or (element.text or "").strip():
        raise _Decline
    for child in element:
        name = names(child.tag)
        if name in parts or (child.tail or "").strip():
            raise _Decline
        if name in ("name", "email", "uri"):
            parts[name] = _leaf(child)
        else:
            _check_inert(child, names)
    if not parts.get("name"):
        raise _Decline
    entry["author"] = parts["name"]
    entry["author_detail"] = {"name": parts["name"]}


_ATOM_FIELDS: dict[str, tuple[str, _Reader]] = {
    "id": ("id", _atom_id),
    "title": ("title", _atom_text("title")),
    "summary": ("summary", _atom_text("summary_detail")),
    "content": ("content", _atom_text("content")),
    "link": ("", _atom_link),
    "published": ("published", _dated("published_parsed")),
    "updated": ("updated", _dated("updated_parsed")),
    "author": ("author", _atom_author),
}
