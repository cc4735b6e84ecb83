"""The ElementTree fast path (``connectors.feedxml``) against feedparser, its reference.

Every document here goes through both paths: ``parse_feed`` (fast path first) must give
exactly what ``parse_feed_entries`` (feedparser only) gives, items and warning, or fail the
same way. A table of hand-written variants also says, for each, whether the fast path must
read it (so that it cannot silently be always off) or must leave it to feedparser (hostile,
broken, or outside what it is sure of).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import pytest

from bench.workload import charter_cases, make_items, rss
from connectors.base import Fetched, RawItem
from connectors.feedxml import fast_entries
from connectors.rss import MAX_ENTRIES, parse_feed, parse_feed_entries

# feedparser's own warning when an entry has a published date but no updated one.
pytestmark = pytest.mark.filterwarnings("ignore:To avoid breaking existing software")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FEED_FILES = sorted(
    path
    for path in FIXTURES.rglob("*")
    if path.suffix in (".xml", ".rss", ".atom", ".rdf") and path.is_file()
)
URL = "https://www.csscv.gouv.qc.ca/actualites/feed/"
UTF8 = '<?xml version="1.0" encoding="utf-8"?>'
NS = (
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
    ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
)
Outcome = tuple[list[RawItem], str | None] | str


def _outcome_fast(fetched: Fetched, max_entries: int) -> Outcome:
    try:
        return parse_feed(fetched, max_entries=max_entries)
    except Exception as exc:  # a ParseError, or feedparser crashing on a hostile feed
        return f"{type(exc).__name__}: {exc}"


def _outcome_feedparser(fetched: Fetched, max_entries: int) -> Outcome:
    try:
        pairs, warning = parse_feed_entries(fetched, max_entries=max_entries)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return [item for _entry, item in pairs], warning


def _assert_same(fetched: Fetched, max_entries: int = MAX_ENTRIES) -> bool:
    """Both paths agree; returns whether the fast path read the document."""
    assert _outcome_fast(fetched, max_entries) == _outcome_feedparser(fetched, max_entries)
    return fast_entries(fetched, max_entries=max_entries) is not None


def _fetched(body: bytes, encoding: str | None = None) -> Fetched:
    return Fetched(url=URL, body=body, content_type="application/rss+xml", encoding=encoding)


def _rss(items: str, *, head: str = UTF8, ns: str = NS, channel: str = "") -> bytes:
    return (
        f'{head}<rss version="2.0"{ns}><channel><title>École</title>'
        f"<link>https://www.csscv.gouv.qc.ca/</link>{channel}{items}</channel></rss>"
    ).encode()


def _item(*parts: str) -> bytes:
    return _rss(f"<item>{''.join(parts)}</item>")


def _atom(entries: str, *, ns: str = "", feed: str = "") -> bytes:
    return (
        f'{UTF8}<feed xmlns="http://www.w3.org/2005/Atom"{ns}><title>Blogue</title>'
        f"<id>tag:csscv,2024:blogue</id><updated>2024-09-10T12:00:00Z</updated>"
        f"{feed}{entries}</feed>"
    ).encode()


def _entry(*parts: str) -> bytes:
    return _atom(f"<entry><id>tag:csscv,2024:e1</id><title>Titre</title>{''.join(parts)}</entry>")


def _xhtml(inner: str, *, kind: str = "content") -> str:
    return (
        f'<{kind} type="xhtml">\n  <div xmlns="http://www.w3.org/1999/xhtml">{inner}</div>\n'
        f"</{kind}>"
    )


def _latin(body: bytes, declared: bytes = b"ISO-8859-1", codec: str = "latin-1") -> bytes:
    return body.replace(b"utf-8", declared).decode().encode(codec)


@dataclass(frozen=True)
class Case:
    id: str
    fast: bool | None  # True: the fast path must read it; False: must decline; None: either
    body: bytes
    encoding: str | None = None


BASIC = (
    "<guid>g-1</guid><title>Rentrée</title><link>https://a.example/1</link>"
    "<pubDate>Tue, 03 Sep 2024 08:15:00 -0400</pubDate><description>Texte</description>"
)
BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
    b'<rss version="2.0"><channel><title>x</title><item><title>&lol3;</title>'
    b"<guid>b</guid></item></channel></rss>"
)
EXTERNAL_ENTITY = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<rss version="2.0"><channel><title>x</title><item><title>&xxe;</title>'
    b"<guid>x</guid></item></channel></rss>"
)
EXTENSIONS = (
    '<item xmlns:wfw="http://wellformedweb.org/commentAPI/"'
    ' xmlns:slash="http://purl.org/rss/1.0/modules/slash/">'
    "<guid>g</guid><title>x</title><comments>https://a.example/c</comments>"
    "<wfw:commentRss>https://a.example/c/feed</wfw:commentRss><slash:comments>3</slash:comments>"
    '<post-id xmlns="com-wordpress:feed-additions:1">42</post-id>'
    '<category domain="x"><![CDATA[Écoles]]></category><category>Vie</category>'
    '<enclosure url="https://a.example/x.mp3" length="1" type="audio/mpeg"/>'
    '<source url="https://b.example/">B</source></item>'
)
MEDIA = ' xmlns:media="http://search.yahoo.com/mrss/"'
ATOM_LINKS = (
    '<link rel="self" href="https://a.example/self"/>'
    '<link rel="ALTERNATE" type="text/html" href="/relatif"/>'
    '<link rel="enclosure" href="https://a.example/e.mp3"/>'
    '<link rel="alternate" type="application/pdf" href="https://a.example/p.pdf"/>'
    '<link rel="replies" type="application/atom+xml" href="https://a.example/r"/>'
)
RICH_XHTML = (
    '<p class="x" title="a &quot;b&quot; &amp; c">Un <em>beau</em> &lt;jour&gt; &amp;eacute;</p>'
    '<br/><ul><li>a</li><li>b</li></ul><P><A REL="NoFollow" type="Text/HTML" href="/x?a=1&amp;b">'
    "lien</A></P><script>alert(1)</script>"
)

RSS_CASES = [
    Case("rss-basic", True, _item(BASIC)),
    Case(
        "rss-cdata",
        True,
        _item(
            "<guid>g</guid><description><![CDATA[<p>Un</p><p>Deux &amp; trois</p>]]></description>"
        ),
    ),
    Case(
        "rss-escaped-html-entities",
        True,
        _item(
            "<guid>g</guid>",
            "<description>&lt;p&gt;caf&amp;eacute; &amp;amp; th&amp;#233;&lt;/p&gt;</description>",
        ),
    ),
    Case(
        "rss-title-markup",
        True,
        _item("<guid>g</guid><title>&lt;b&gt;Gras&lt;/b&gt; &amp;amp; fin</title>"),
    ),
    Case(
        "rss-title-cdata",
        True,
        _item("<guid>g</guid><title><![CDATA[Photo <img src=x onerror=alert(1)> ici]]></title>"),
    ),
    Case("rss-no-guid", True, _item("<title>Sans guid</title><link>https://a.example/2</link>")),
    Case("rss-no-guid-no-link", True, _item("<title>Rien</title><description>Seul</description>")),
    Case("rss-empty-item", True, _item("")),
    Case(
        "rss-guid-whitespace",
        True,
        _item("<guid>\n   https://a.example/g   \n</guid><title>x</title>"),
    ),
    Case(
        "rss-guid-permalink-is-link",
        True,
        _item("<guid>https://a.example/perma</guid><title>x</title>"),
    ),
    Case(
        "rss-guid-not-permalink",
        True,
        _item('<guid isPermaLink="false">https://a.example/p</guid>'),
    ),
    Case(
        "rss-guid-permalink-uppercase",
        True,
        _item('<guid isPermaLink="TRUE">https://a.example/p</guid>'),
    ),
    Case(
        "rss-guid-then-link",
        True,
        _item("<guid>https://a.example/g</guid><link>https://a.example/l</link>"),
    ),
    Case(
        "rss-link-then-guid",
        True,
        _item("<link>https://a.example/l</link><guid>https://a.example/g</guid>"),
    ),
    Case(
        "rss-empty-link-and-guid",
        True,
        _item("<link></link><guid>https://a.example/g</guid><title>x</title>"),
    ),
    Case("rss-empty-guid", True, _item("<guid></guid><title>Vide</title>")),
    Case("rss-relative-link", True, _item("<guid>g</guid><link>/actualites/x</link>")),
    Case("rss-relative-guid", True, _item("<guid>a-1</guid><title>x</title>")),
    Case(
        "rss-link-query",
        True,
        _item("<guid>g</guid><link>https://a.example/?a=1&amp;b=2&amp;amp;c=3&amp;d;e</link>"),
    ),
    Case("rss-link-extra-slashes", True, _item("<guid>g</guid><link>https:///a.example/x</link>")),
    Case("rss-javascript-link", True, _item("<guid>g</guid><link>javascript:alert(1)</link>")),
    Case(
        "rss-dc-creator",
        True,
        _item("<guid>g</guid><dc:creator><![CDATA[Julie Charette]]></dc:creator>"),
    ),
    Case(
        "rss-author-email-name",
        True,
        _item("<guid>g</guid><author>j.charette@example.org (Julie Charette)</author>"),
    ),
    Case(
        "rss-author-email-only",
        True,
        _item("<guid>g</guid><author>j.charette@example.org</author>"),
    ),
    Case(
        "rss-author-angle",
        True,
        _item("<guid>g</guid><author>Julie &lt;j@example.org&gt;</author>"),
    ),
    Case("rss-author-empty", True, _item("<guid>g</guid><author></author>")),
    Case(
        "rss-author-and-creator",
        False,
        _item("<guid>g</guid><author>a@b.org (A)</author><dc:creator>B</dc:creator>"),
    ),
    Case(
        "rss-content-encoded",
        True,
        _item(
            "<guid>g</guid><description>Court</description><content:encoded><![CDATA[<p>Long</p>]]></content:encoded>"
        ),
    ),
    Case(
        "rss-content-before-description",
        True,
        _item(
            "<guid>g</guid><content:encoded>&lt;p&gt;Long&lt;/p&gt;</content:encoded><description>Court</description>"
        ),
    ),
    Case(
        "rss-content-empty",
        True,
        _item("<guid>g</guid><content:encoded></content:encoded><description>Court</description>"),
    ),
    Case("rss-two-titles", False, _item("<guid>g</guid><title>Un</title><title>Deux</title>")),
    Case(
        "rss-two-descriptions",
        False,
        _item("<guid>g</guid><description>Un</description><description>Deux</description>"),
    ),
    Case(
        "rss-uppercase-elements",
        True,
        _item("<GUID>g</GUID><TITLE>Majuscules</TITLE><Link>https://a.example/m</Link>"),
    ),
    Case("rss-extensions", True, _rss(EXTENSIONS)),
    Case(
        "rss-extensions-with-atom",
        True,
        _rss(EXTENSIONS, ns=NS + ' xmlns:atom="http://www.w3.org/2005/Atom"'),
    ),
    Case(
        "rss-unknown-namespace-under-a-standard-prefix",
        False,
        _rss(
            "<item><guid>g</guid><media:author>Auteur</media:author></item>",
            ns=' xmlns:media="urn:foo" xmlns:atom="http://search.yahoo.com/mrss/"',
        ),
    ),
    Case(
        "rss-media",
        True,
        _rss(
            f'<item{MEDIA}><guid>g</guid><title>x</title><media:content url="https://a.ex/i.jpg"/>'
            '<media:thumbnail url="https://a.ex/t.jpg"/></item>'
        ),
    ),
    Case(
        "rss-media-title",
        False,
        _rss(
            f"<item{MEDIA}><guid>g</guid>"
            "<media:group><media:title>Autre titre</media:title></media:group></item>"
        ),
    ),
    Case(
        "rss-itunes-summary",
        False,
        _rss(
            '<item xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><guid>g</guid><itunes:summary>Résumé</itunes:summary></item>'
        ),
    ),
    Case(
        "rss-atom-link-in-item",
        False,
        _rss(
            '<item xmlns:atom="http://www.w3.org/2005/Atom"><guid>g</guid><atom:link href="https://a.example/alt"/></item>'
        ),
    ),
    Case(
        "rss-atom-self-link-in-channel",
        True,
        _rss(
            "<item><guid>g</guid><title>x</title></item>",
            ns=NS + ' xmlns:atom="http://www.w3.org/2005/Atom"',
            channel='<atom:link href="https://a.ex/feed" rel="self" type="application/rss+xml"/>',
        ),
    ),
    Case(
        "rss-unknown-prefix-dc",
        None,
        _rss(
            '<item xmlns:dc="http://evil.example/"><guid>g</guid><dc:creator>Faux</dc:creator></item>',
            ns="",
        ),
    ),
    Case(
        "rss-swapped-prefixes",
        False,
        _rss(
            "<item><guid>g</guid><content:creator>Auteur</content:creator><dc:encoded>x</dc:encoded></item>",
            ns=' xmlns:content="http://purl.org/dc/elements/1.1/" xmlns:dc="http://purl.org/rss/1.0/modules/content/"',
        ),
    ),
    Case(
        "rss-standard-prefix-on-another-known-namespace",
        False,
        _rss(
            "<item><guid>g</guid><x:creator>Auteur</x:creator></item>",
            ns=' xmlns:dc="http://www.w3.org/2005/Atom" xmlns:x="http://purl.org/dc/elements/1.1/"',
        ),
    ),
    Case(
        "rss-unknown-namespace-two-prefixes",
        False,
        _item('<guid>g</guid><a:x xmlns:a="urn:x">1</a:x><b:x xmlns:b="urn:x">2</b:x>'),
    ),
    Case(
        "rss-unknown-namespace-default-and-prefix",
        False,
        _item('<guid>g</guid><x xmlns="urn:x">1</x><b:x xmlns:b="urn:x">2</b:x>'),
    ),
    Case(
        "rss-unknown-default-namespace-title",
        None,
        _item('<guid>g</guid><title xmlns="urn:x">Titre ailleurs</title>'),
    ),
    Case(
        "rss-reserved-unknown-element",
        False,
        _item("<guid>g</guid><published_parsed>x</published_parsed>"),
    ),
    Case(
        "rss-unknown-bare-links",
        False,
        _item("<guid>g</guid><links>x</links><link>https://a.example/</link>"),
    ),
    Case(
        "rss-unknown-bare-element",
        True,
        _item("<guid>g</guid><title>x</title><note>interne</note>"),
    ),
    Case(
        "rss-item-attribute",
        False,
        _rss(
            '<item rdf:about="https://a.example/about" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><title>x</title></item>'
        ),
    ),
    Case(
        "rss-xml-base",
        False,
        _rss('<item xml:base="https://other.example/"><guid>g</guid><link>x</link></item>'),
    ),
    Case(
        "rss-base-attribute",
        False,
        _item('<guid>g</guid><link base="https://other.example/">x</link>'),
    ),
    Case(
        "rss-description-type",
        False,
        _item('<guid>g</guid><description type="text/plain">a &lt;b&gt;</description>'),
    ),
    Case(
        "rss-description-children",
        False,
        _item("<guid>g</guid><description><p>Non échappé</p></description>"),
    ),
    Case(
        "rss-channel-description-children",
        False,
        _rss(
            "<item><guid>g</guid></item>",
            channel="<description><p>x</p><item><guid>h</guid></item></description>",
        ),
    ),
    Case(
        "rss-item-in-image",
        False,
        _rss(
            "<item><guid>g</guid></item>",
            channel="<image><url>https://a.example/i.png</url><item><guid>h</guid></item></image>",
        ),
    ),
    Case(
        "rss-channel-image-textinput",
        True,
        _rss(
            "<item><guid>g</guid></item>",
            channel="<image><url>https://a.example/i.png</url><title>i</title><link>https://a.example/</link></image><textInput><title>t</title><name>q</name><link>https://a.example/s</link></textInput>",
        ),
    ),
    Case("rss-empty-channel", True, _rss("")),
    Case(
        "rss-mojibake",
        True,
        _item("<guid>g</guid><title>Ã‰cole Ã©tÃ©</title><description>CafÃ©</description>"),
    ),
    Case("rss-c1-control", False, _item("<guid>g</guid><title>Prix &#150; rabais</title>")),
    Case(
        "rss-nbsp",
        True,
        _item(
            "<guid>g</guid><title>&#160; Espacé &#160;</title>",
            "<description>1&amp;nbsp;100</description>",
        ),
    ),
    Case("rss-comment-and-pi", True, _item("<guid>g</guid><title>a<!-- c -->b<?pi x?>c</title>")),
    Case("rss-bom", True, b"\xef\xbb\xbf" + _item(BASIC)),
    Case("rss-no-declaration", True, _item(BASIC).removeprefix(UTF8.encode())),
    Case(
        "rss-standalone",
        True,
        _item(BASIC).replace(b'encoding="utf-8"?>', b'encoding="UTF-8" standalone="yes"?>'),
    ),
    Case(
        "rss-stylesheet",
        False,
        _item(BASIC).replace(UTF8.encode(), b'<?xml-stylesheet type="text/xsl" href="s.xsl"?>'),
    ),
    Case("rss-leading-whitespace", False, b"\n  " + _item(BASIC)),
    Case("rss-latin1", False, _latin(_item("<guid>g</guid><title>Journée pédagogique</title>"))),
    Case(
        "rss-windows-1252",
        False,
        _latin(_item("<guid>g</guid><title>L’école</title>"), b"windows-1252", "cp1252"),
    ),
    Case(
        "rss-undeclared-latin1",
        False,
        _latin(_item("<guid>g</guid><title>Journée</title>").removeprefix(UTF8.encode())),
    ),
    Case(
        "rss-http-charset-disagrees",
        False,
        _item("<guid>g</guid><title>Journée</title>"),
        "iso-8859-1",
    ),
    Case("rss-http-charset-utf8", True, _item("<guid>g</guid><title>Journée</title>"), "utf-8"),
    Case(
        "rss-http-utf8-declared-latin1",
        False,
        _item("<guid>g</guid><title>Journée</title>").replace(b"utf-8", b"iso-8859-1"),
        "utf-8",
    ),
    Case(
        "rss-encoding-later-on-first-line",
        False,
        _item("<guid>g</guid><title>a encoding='latin-1' ?> b</title>"),
    ),
    Case(
        "rss-091",
        False,
        _rss("<item><title>x</title></item>").replace(b'version="2.0"', b'version="0.91"'),
    ),
    Case(
        "rss-201",
        False,
        _rss("<item><title>x</title></item>").replace(b'version="2.0"', b'version="2.01"'),
    ),
    Case(
        "rss-default-namespace",
        False,
        _rss("<item><title>x</title></item>", ns=' xmlns="http://backend.userland.com/rss2"'),
    ),
    Case(
        "rss-two-channels",
        False,
        _rss("<item><guid>a</guid></item>").replace(
            b"</rss>", b"<channel><item><guid>b</guid></item></channel></rss>"
        ),
    ),
    Case("rss-billion-laughs", False, BILLION_LAUGHS),
    Case("rss-external-entity", False, EXTERNAL_ENTITY),
    Case("rss-unclosed", False, _item(BASIC).replace(b"</item>", b"")),
    Case("rss-html-entity", False, _item("<guid>g</guid><title>1&nbsp;100</title>")),
    Case(
        "rss-atom-entry-in-channel",
        False,
        _rss(
            '<entry xmlns="http://www.w3.org/2005/Atom"><title>x</title></entry><item><guid>g</guid></item>'
        ),
    ),
    Case(
        "rss-many-items",
        True,
        _rss("".join(f"<item><guid>g{n}</guid><title>T {n}</title></item>" for n in range(30))),
    ),
    Case(
        "html-page",
        False,
        b"<!DOCTYPE html><html><head><title>x</title></head><body>y</body></html>",
    ),
    Case("not-a-feed", False, b'<?xml version="1.0"?><ecoles><ecole>x</ecole></ecoles>'),
    Case("json", False, b'{"version": "x"}'),
    Case("empty", False, b""),
]

ATOM_CASES = [
    Case(
        "atom-basic",
        True,
        _entry(
            '<link href="https://a.example/1"/><updated>2024-09-10T11:00:00Z</updated><summary>Résumé</summary>'
        ),
    ),
    Case("atom-xhtml", True, _entry(_xhtml(RICH_XHTML))),
    Case("atom-xhtml-empty", True, _entry(_xhtml(""))),
    Case(
        "atom-xhtml-title-and-summary",
        True,
        _atom(
            f"<entry><id>e</id>{_xhtml('<i>T</i> riche', kind='title')}"
            f"{_xhtml('<b>S</b>', kind='summary')}</entry>"
        ),
    ),
    Case(
        "atom-xhtml-no-div",
        False,
        _entry('<content type="xhtml"><p xmlns="http://www.w3.org/1999/xhtml">x</p></content>'),
    ),
    Case(
        "atom-xhtml-text-outside-div",
        False,
        _entry(
            '<content type="xhtml">avant<div xmlns="http://www.w3.org/1999/xhtml">x</div></content>'
        ),
    ),
    Case("atom-xhtml-body", False, _entry(_xhtml("<body>x</body>"))),
    Case(
        "atom-xhtml-svg",
        False,
        _entry(_xhtml('<svg xmlns="http://www.w3.org/2000/svg"><title>t</title></svg>')),
    ),
    Case(
        "atom-xhtml-atom-element",
        False,
        _entry(
            '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><title xmlns="http://www.w3.org/2005/Atom">x</title></div></content>'
        ),
    ),
    Case("atom-xhtml-xml-lang", False, _entry(_xhtml('<p xml:lang="fr">x</p>'))),
    Case("atom-xhtml-attribute-case-clash", False, _entry(_xhtml('<p class="a" CLASS="b">x</p>'))),
    Case(
        "atom-html",
        True,
        _entry(
            '<summary type="html">&lt;p&gt;caf&amp;eacute; &amp;amp; ',
            "&lt;b&gt;gras&lt;/b&gt;&lt;/p&gt;</summary>",
            '<content type="HTML">&lt;p&gt;Long&lt;/p&gt;</content>',
        ),
    ),
    Case(
        "atom-text", True, _entry('<summary type="text">a &lt; b et c &gt; d\n\n\n  fin</summary>')
    ),
    Case(
        "atom-content-empty",
        True,
        _entry('<summary>Résumé</summary><content type="html"></content>'),
    ),
    Case(
        "atom-mime-type", False, _entry('<content type="text/html">&lt;p&gt;x&lt;/p&gt;</content>')
    ),
    Case(
        "atom-content-src", False, _entry('<content src="https://a.example/c" type="text/html"/>')
    ),
    Case("atom-mode", False, _entry('<content type="html" mode="escaped">x</content>')),
    Case("atom-links", True, _entry(ATOM_LINKS)),
    Case(
        "atom-two-alternates",
        True,
        _entry(
            '<link href="https://a.example/1"/><link rel="alternate" href="https://a.example/2"/>'
        ),
    ),
    Case(
        "atom-link-xhtml-type",
        True,
        _entry('<link rel="alternate" type="xhtml" href="https://a.example/x"/>'),
    ),
    Case("atom-link-empty-rel", True, _entry('<link rel="" href="https://a.example/x"/>')),
    Case(
        "atom-link-after-id",
        True,
        _atom('<entry><link href="https://a.example/l"/><id>https://a.example/id</id></entry>'),
    ),
    Case(
        "atom-id-is-link",
        True,
        _atom("<entry><id>https://a.example/id</id><title>x</title></entry>"),
    ),
    Case("atom-no-id", True, _atom("<entry><title>x</title><summary>y</summary></entry>")),
    Case("atom-link-no-href", False, _entry("<link>https://a.example/x</link>")),
    Case(
        "atom-author",
        True,
        _entry(
            "<author><name> Julie Charette </name><email>j@example.org</email><uri>https://j.example/</uri></author>"
        ),
    ),
    Case(
        "atom-author-extension",
        True,
        _entry(
            "<author><name>J</name>",
            '<gd:image xmlns:gd="http://schemas.google.com/g/2005" src="x"/></author>',
        ),
    ),
    Case("atom-author-mojibake-name", True, _entry("<author><name>Ã‰mile</name></author>")),
    Case(
        "atom-author-without-name", False, _entry("<author><email>j@example.org</email></author>")
    ),
    Case(
        "atom-two-authors",
        False,
        _entry("<author><name>A</name></author><author><name>B</name></author>"),
    ),
    Case("atom-contributor", False, _entry("<contributor><name>C</name></contributor>")),
    Case(
        "atom-category-rights",
        True,
        _entry('<category term="ecoles" label="Écoles"/><rights>© CSSCV</rights>'),
    ),
    Case(
        "atom-extension",
        True,
        _entry('<thr:total xmlns:thr="http://purl.org/syndication/thread/1.0">2</thr:total>'),
    ),
    Case(
        "atom-feed-level",
        True,
        _atom(
            "<entry><id>e</id></entry>",
            feed='<author><name>F</name></author><link rel="alternate" href="https://a.ex/"/>'
            '<subtitle type="html">&lt;b&gt;s&lt;/b&gt;</subtitle><icon>/i.png</icon>',
        ),
    ),
    Case(
        "atom-feed-subtitle-xhtml",
        False,
        _atom("<entry><id>e</id></entry>", feed=_xhtml("<p>x</p>", kind="subtitle")),
    ),
    Case(
        "atom-xml-lang",
        True,
        _atom('<entry xml:lang="en"><id>e</id><title xml:lang="fr">x</title></entry>'),
    ),
    Case("atom-entry-attribute", False, _atom('<entry foo="1"><id>e</id></entry>')),
    Case("atom-source", False, _entry("<source><title>Autre</title><id>s</id></source>")),
    Case(
        "atom-03",
        False,
        _atom("<entry><id>e</id></entry>").replace(
            b"http://www.w3.org/2005/Atom", b"http://purl.org/atom/ns#"
        ),
    ),
    Case(
        "atom-rss10-namespace",
        False,
        _atom("<entry><id>e</id></entry>", ns=' xmlns:rss="http://purl.org/rss/1.0/"'),
    ),
    Case("atom-zero-entries", True, _atom("")),
    Case(
        "atom-item-elsewhere",
        False,
        _atom("<entry><id>e</id></entry>", feed="<item><title>x</title></item>"),
    ),
]

RFC822_DATES = [
    "Tue, 03 Sep 2024 08:15:00 -0400", "Wed, 10 Jan 2024 05:45:00 GMT",
    "10 Jan 2024 05:45 +0000", "Thu, 17 Oct 2024 19:02:00 EST",
    "Sat, 07 Sep 2024 10:00:00 -0000", "Sun, 1 Dec 2024 23:59:59 PDT",
    "Mon, 30 Dec 2024 22:00:00 +0530", "Fri, 28 Feb 2025 00:00:00 UT",
    "Fri, 28 Feb 2025 00:00:00 UTC", "Fri, 28 Feb 2025 00:00:00 Z",
    "Tue, 01 Jul 2025 12:00:00 CDT", "Tue, 01 Jul 2025 12:00:00 MST",
    "Wed, 31 Dec 1969 23:59:59 +0000", "Mon, 01 Jan 1900 00:00:00 +0100",
    *(f"{day}, 15 {month} 2026 13:14:15 -0330" for day, month in zip(
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] * 2,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        strict=False,
    )),
]  # fmt: skip
ODD_DATES = [
    "Sun, 31 Feb 2024 10:00:00 GMT", "Tue, 03 Sep 2024 08:15:00",
    "Tue, 03 Sep 24 08:15:00 GMT", "tue, 03 sep 2024 08:15:00 gmt",
    "Tue, 03 Sep 2024 08:15:00 CEST", "Tue, 03 Sep 2024 24:00:00 GMT",
    "Tue, 03 Sep 0099 08:15:00 GMT", "Tue, 03 Sep 2024 08:15:60 GMT", "2024-09-03", "03/09/2024",
    "Tue, 03 Sep 2024 08:15:00 +2400", "", "demain", "Tue,  03 Sep 2024 08:15:00 GMT",
]  # fmt: skip
ISO_DATES = [
    "2024-09-09T09:30:00-04:00", "2024-09-09T09:30:00Z", "2024-09-09T09:30:00.999999999Z",
    "2024-09-09T09:30:00.5+05:30", "2024-09-09T09:30:00-00:30", "1900-01-01T00:00:00Z",
]  # fmt: skip
ODD_ISO_DATES = [
    "2024-09-09T09:30Z", "2024-09-09", "2024-09-09T24:00:00Z", "2024-02-30T00:00:00Z",
    "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "2024-09-09t09:30:00z",
    "2024-09-09T09:30:00", "2024-09-09 09:30:00+00:00", "20240909T093000Z", "2024-W36-1",
]  # fmt: skip

DATE_CASES = [
    *(
        Case(f"pubdate-{n}", True, _item(f"<pubDate>{date}</pubDate>"))
        for n, date in enumerate(RFC822_DATES)
    ),
    *(
        Case(f"pubdate-odd-{n}", False, _item(f"<pubDate>{date}</pubDate>"))
        for n, date in enumerate(ODD_DATES)
    ),
    *(
        Case(f"pubdate-iso-{n}", True, _item(f"<pubDate>{date}</pubDate>"))
        for n, date in enumerate(ISO_DATES)
    ),
    *(
        Case(f"dc-date-{n}", True, _item(f"<dc:date>{date}</dc:date>"))
        for n, date in enumerate(ISO_DATES)
    ),
    *(
        Case(
            f"atom-date-{n}",
            True,
            _entry(f"<published>{date}</published><updated>{date}</updated>"),
        )
        for n, date in enumerate(ISO_DATES)
    ),
    *(
        Case(f"atom-updated-only-{n}", True, _entry(f"<updated>{date}</updated>"))
        for n, date in enumerate(RFC822_DATES[:3])
    ),
    *(
        Case(f"atom-date-odd-{n}", False, _entry(f"<published>{date}</published>"))
        for n, date in enumerate(ODD_ISO_DATES)
    ),
    Case(
        "rss-pubdate-and-dc-date",
        True,
        _item(
            "<pubDate>Tue, 03 Sep 2024 08:15:00 -0400</pubDate>",
            "<dc:date>2020-01-01T00:00:00Z</dc:date>",
        ),
    ),
    Case(
        "rss-two-pubdates",
        False,
        _item(
            "<pubDate>Tue, 03 Sep 2024 08:15:00 -0400</pubDate>",
            "<pubDate>Wed, 04 Sep 2024 08:15:00 -0400</pubDate>",
        ),
    ),
]

CASES = RSS_CASES + ATOM_CASES + DATE_CASES


def _workload(seed: int, count: int) -> bytes:
    name = f"feed{seed:04d}"
    return rss(name, make_items(random.Random(seed), name, count, 1500, 0.3, charter_cases()))


# --- 1. both paths agree --------------------------------------------------------------------


@pytest.mark.parametrize("path", FEED_FILES, ids=lambda path: str(path.relative_to(FIXTURES)))
@pytest.mark.parametrize("encoding", [None, "utf-8", "iso-8859-1"])
def test_fixture_feeds_read_the_same_on_both_paths(path: Path, encoding: str | None) -> None:
    _assert_same(_fetched(path.read_bytes(), encoding))
    _assert_same(_fetched(path.read_bytes(), encoding), max_entries=1)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_variants_read_the_same_on_both_paths(case: Case) -> None:
    read = _assert_same(_fetched(case.body, case.encoding))
    if case.fast is not None:
        assert read is case.fast, "the fast path read it" if read else "the fast path declined"


@pytest.mark.parametrize("seed", [3, 4, 5, 6])
def test_workload_feeds_read_the_same_on_both_paths(seed: int) -> None:
    assert _assert_same(_fetched(_workload(seed, 10)))
    assert _assert_same(_fetched(_workload(seed, 12)), max_entries=4)


def test_entries_beyond_the_cap_give_the_same_items_and_warning() -> None:
    body = _rss("".join(f"<item><title>Avis {n}</title><guid>a-{n}</guid></item>"
                        for n in range(600)))  # fmt: skip
    assert _assert_same(_fetched(body))
    items, warning = parse_feed(_fetched(body))
    assert len(items) == 500
    assert warning == "le flux contient 600 éléments, seuls les 500 premiers sont lus"


# --- 2. the fast path is on for ordinary feeds ----------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["feeds/rss20.xml", "feeds/atom.xml", "feeds/hostile.xml", "feeds/empty-channel.xml",
     "pipeline/ecoles.xml", "google_news/search.xml"],
)  # fmt: skip
def test_fast_path_reads_well_formed_rss20_and_atom_fixtures(name: str) -> None:
    assert fast_entries(_fetched((FIXTURES / name).read_bytes()), max_entries=MAX_ENTRIES)


def test_fast_path_reads_the_bench_workload_feed() -> None:
    items = make_items(random.Random(3), "feed0001", 10, 1500, 0.1, charter_cases())
    body = rss("feed0001", items)
    read = fast_entries(_fetched(body), max_entries=MAX_ENTRIES)
    assert read is not None and read[1] == 10
    parsed, warning = parse_feed(_fetched(body))
    assert [item.guid for item in parsed] == [f"feed0001-{n}" for n in range(10)]
    assert warning is None


# --- 3. hostile and broken documents are feedparser's, as before ----------------------------


@pytest.mark.parametrize(
    "body",
    [BILLION_LAUGHS, EXTERNAL_ENTITY, (FIXTURES / "feeds" / "broken.xml").read_bytes(),
     (FIXTURES / "feeds" / "rss091.xml").read_bytes(),
     (FIXTURES / "feeds" / "latin1.xml").read_bytes()],
    ids=["billion-laughs", "external-entity", "broken", "doctype", "latin1"],
)  # fmt: skip
def test_hostile_and_broken_documents_are_left_to_feedparser(body: bytes) -> None:
    assert fast_entries(_fetched(body), max_entries=MAX_ENTRIES) is None
    assert not _assert_same(_fetched(body))


def test_entities_are_never_expanded_and_no_file_is_read() -> None:
    items, _ = parse_feed(_fetched(EXTERNAL_ENTITY))
    assert all("root:" not in item.title for item in items)
    items, _ = parse_feed(_fetched(BILLION_LAUGHS))
    assert all(len(item.title) < 1000 for item in items)


def test_broken_feed_is_still_salvaged_with_its_warning() -> None:
    items, warning = parse_feed(_fetched((FIXTURES / "feeds" / "broken.xml").read_bytes()))
    assert len(items) == 2
    assert warning is not None and warning.startswith("flux mal formé")
