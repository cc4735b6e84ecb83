"""The ``rss`` connector: recorded feeds next to their expected items, then the live path.

Each ``tests/fixtures/feeds/<name>.expected.json`` names a feed file, the response it came
in (URL, content type, charset), the exact items and the expected warning (a substring, or
null). Add a case by dropping a pair of files there.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from connectors import registry, rss
from connectors.base import Connector, Fetched, NotModified, RawItem, SourceState
from connectors.http import Http
from connectors.rss import (
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    RssConnector,
    html_to_text,
    parse_feed,
    parse_feed_drafts,
    parse_feed_entries,
)
from tests.connectors.conftest import FEEDS
from tests.support.httpserver import LocalHttpServer, RecordedRequest, Response
from worker.errors import ParseError

CASES = sorted(FEEDS.glob("*.expected.json"))


def _fetched(
    body: bytes,
    content_type: str | None = "application/rss+xml",
    url: str = "https://www.csscv.gouv.qc.ca/feed/",
) -> Fetched:
    return Fetched(url=url, body=body, content_type=content_type)


def _item(data: dict[str, Any]) -> RawItem:
    published = data["published_at"]
    return RawItem(**{**data, "published_at": published and datetime.fromisoformat(published)})


def _rss(items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>CSSCV</title><link>https://www.csscv.gouv.qc.ca/</link>{items}</channel></rss>"
    ).encode()


# --- recorded feeds -------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.name.split(".")[0])
def test_feed_parses_to_exact_items(case: Path) -> None:
    expected = json.loads(case.read_text("utf-8"))
    fetched = Fetched(body=(FEEDS / expected["feed"]).read_bytes(), **expected["fetched"])
    items, warning = parse_feed(fetched)
    assert items == [_item(item) for item in expected["items"]]
    if expected["warning"] is None:
        assert warning is None
    else:
        assert warning is not None and expected["warning"] in warning


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.name.split(".")[0])
def test_drafts_build_the_same_items_under_the_same_keys(case: Path) -> None:
    expected = json.loads(case.read_text("utf-8"))
    fetched = Fetched(body=(FEEDS / expected["feed"]).read_bytes(), **expected["fetched"])
    drafts, warning = parse_feed_drafts(fetched)
    built = [draft.build() for draft in drafts]
    assert built == parse_feed(fetched)[0]
    assert [(d.guid, d.url) for d in drafts] == [(i.guid, i.url) for i in built if i]
    assert warning == parse_feed(fetched)[1]


def test_a_draft_reads_no_text_until_built(monkeypatch: pytest.MonkeyPatch) -> None:
    converted: list[str] = []
    monkeypatch.setattr(rss, "html_to_text", lambda html: converted.append(html) or html)
    body = _rss("<item><guid>a-1</guid><description>&lt;p&gt;Texte&lt;/p&gt;</description>"
                "<title>Un</title></item>"
                "<item><description>&lt;p&gt;Sans id ni lien&lt;/p&gt;</description></item>")
    drafts, _ = parse_feed_drafts(_fetched(body))
    # The entry with no id and no link is read at once: its guid is a hash of its words.
    assert converted == ["", "<p>Sans id ni lien</p>", ""]
    assert drafts[0].guid == "a-1" and drafts[1].guid.startswith("sha256:")
    item = drafts[0].build()
    assert item is not None and item.text == "<p>Texte</p>"


def test_every_published_at_is_aware_utc() -> None:
    items, _ = parse_feed(_fetched((FEEDS / "rss20.xml").read_bytes()))
    assert {item.published_at.tzinfo for item in items if item.published_at} == {UTC}


@pytest.mark.parametrize("content_type", [None, "text/xml", "application/xml", "text/html"])
def test_latin1_feed_decodes_whatever_the_declared_media_type(content_type: str | None) -> None:
    items, warning = parse_feed(_fetched((FEEDS / "latin1.xml").read_bytes(), content_type))
    assert [item.title for item in items][1] == (
        "Le Centre de services scolaire au Cœur-des-Vallées recrute des brigadiers"
    )
    assert warning is None


def test_hostile_markup_never_survives_in_titles_or_texts() -> None:
    items, _ = parse_feed(_fetched((FEEDS / "hostile.xml").read_bytes()))
    for item in items:
        for text in (item.title, item.text):
            assert not any(bad in text for bad in ("<", "script", "onerror", "alert", "{"))


@pytest.mark.parametrize(
    ("name", "content_type", "reason"),
    [
        ("page.html", "text/html", "la réponse est une page HTML"),
        ("page.html", None, "la réponse est une page HTML"),
        ("empty.xml", "application/rss+xml", "la réponse est vide"),
        ("maintenance.json", "application/json", "le document n'est pas du XML lisible"),
    ],
)
def test_a_document_that_is_not_a_feed_is_a_parse_error(
    name: str, content_type: str | None, reason: str
) -> None:
    with pytest.raises(ParseError) as caught:
        parse_feed(_fetched((FEEDS / name).read_bytes(), content_type))
    assert str(caught.value).startswith(f"ce n'est pas un flux RSS/Atom valide : {reason}")


def test_well_formed_xml_that_is_not_a_feed_is_a_parse_error() -> None:
    body = b'<?xml version="1.0"?><ecoles><ecole>Hormisdas-Gamelin</ecole></ecoles>'
    with pytest.raises(ParseError, match="aucun élément <rss>, <feed> ou <rdf:RDF> trouvé"):
        parse_feed(_fetched(body))


def test_a_body_naming_a_local_file_is_parsed_not_opened(tmp_path: Path) -> None:
    secret = tmp_path / "secret.xml"
    secret.write_bytes(_rss("<item><title>secret</title><guid>s</guid></item>"))
    with pytest.raises(ParseError):
        parse_feed(_fetched(str(secret).encode()))


# --- entries --------------------------------------------------------------------------------


def test_entries_beyond_the_cap_are_dropped_with_a_warning() -> None:
    body = _rss(
        "".join(f"<item><title>Avis {n}</title><guid>a-{n}</guid></item>" for n in range(600))
    )
    items, warning = parse_feed(_fetched(body))
    assert len(items) == 500
    assert (items[0].guid, items[-1].guid) == ("a-0", "a-499")
    assert warning == "le flux contient 600 éléments, seuls les 500 premiers sont lus"


def test_absurdly_long_title_and_text_are_truncated() -> None:
    title = "T" * 5000
    text = "mot " * 60_000
    body = _rss(
        f"<item><guid>g</guid><title>{title}</title><description>{text}</description></item>"
    )
    (item,), _ = parse_feed(_fetched(body))
    assert len(item.title) == MAX_TITLE_CHARS and item.title.endswith("T…")
    assert len(item.text) <= MAX_TEXT_CHARS and item.text.endswith("…")


def test_guid_falls_back_to_link_then_to_a_stable_hash() -> None:
    body = _rss(
        "<item><guid>id-1</guid><link>https://a.example/1</link><title>Un</title></item>"
        "<item><link>https://a.example/2</link><title>Deux</title></item>"
        "<item><title>Trois</title><description>Sans lien</description></item>"
    )
    first, _ = parse_feed(_fetched(body))
    again, _ = parse_feed(_fetched(body))
    assert [item.guid for item in first][:2] == ["id-1", "https://a.example/2"]
    assert first[2].guid.startswith("sha256:") and first[2].guid == again[2].guid


def test_an_entry_without_title_is_titled_by_its_text() -> None:
    body = _rss(
        "<item><guid>g</guid><description>Fermeture de l’école demain.</description></item>"
    )
    (item,), _ = parse_feed(_fetched(body))
    assert item.title == "Fermeture de l’école demain."


def test_relative_links_resolve_against_the_final_url() -> None:
    body = _rss("<item><guid>g</guid><title>x</title><link>/actualites/x</link></item>")
    (item,), _ = parse_feed(_fetched(body, url="https://www.csscv.gouv.qc.ca/feed/"))
    assert item.url == "https://www.csscv.gouv.qc.ca/actualites/x"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>Un</p><p>Deux</p>", "Un\n\nDeux"),
        ("Ligne 1<br>Ligne 2<br/>Ligne 3", "Ligne 1\nLigne 2\nLigne 3"),
        ("<ul><li>a</li><li>b</li></ul>Suite", "a\nb\n\nSuite"),
        ("<p>Texte\n   sur\tplusieurs\n lignes</p>", "Texte sur plusieurs lignes"),
        ("1&nbsp;100 élèves", "1 100 élèves"),
        ("<b>Bon</b>jour", "Bonjour"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\nc"),
        ("<script>alert(1)</script><style>p{}</style>Reste", "Reste"),
        ("<!-- commentaire -->Visible", "Visible"),
        ("note < 60 et a<b", "note < 60 et a<b"),
        ("Q&amp;R", "Q&R"),
        ("", ""),
    ],
)
def test_html_to_text(html: str, text: str) -> None:
    assert html_to_text(html) == text


# --- options --------------------------------------------------------------------------------


def test_options_accept_an_http_url() -> None:
    options = RssConnector.Options(url="  https://www.csscv.gouv.qc.ca/feed/ ")
    assert options.url == "https://www.csscv.gouv.qc.ca/feed/"


@pytest.mark.parametrize(
    "url", ["ftp://ftp.csscv.gouv.qc.ca/feed", "file:///etc/passwd", "www.csscv.gouv.qc.ca", ""]
)
def test_options_refuse_other_urls_in_french(url: str) -> None:
    with pytest.raises(ValidationError, match="adresse de flux invalide"):
        RssConnector.Options(url=url)


def test_options_refuse_unknown_keys() -> None:
    with pytest.raises(ValidationError):
        RssConnector.Options(url="https://www.csscv.gouv.qc.ca/feed/", urls=["x"])  # type: ignore[call-arg]


# --- live: fetch through Http ---------------------------------------------------------------


def test_registry_gives_the_rss_connector() -> None:
    connector = registry.get("rss")
    assert isinstance(connector, RssConnector) and isinstance(connector, Connector)


def test_fetch_then_parse_against_a_local_server_with_conditional_get(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    body = (FEEDS / "rss20.xml").read_bytes()

    def feed(request: RecordedRequest) -> Response:
        if request.header("If-None-Match") == '"rss-1"':
            return Response(304)
        return Response(200, body, {"Content-Type": "application/rss+xml", "ETag": '"rss-1"'})

    server.handle("/feed/", feed)
    connector = RssConnector()
    options = RssConnector.Options(url=server.url("/feed/"))
    fetched = connector.fetch(options, local, http)
    assert connector.parse(options, fetched)[0].guid == "csscv-actualite-1287"
    assert "application/rss+xml" in (server.requests[0].header("Accept") or "")
    with pytest.raises(NotModified):
        connector.fetch(options, SourceState(local.source_id, fetched.etag, None, True), http)


def test_salvaged_feed_warning_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    connector = RssConnector()
    options = RssConnector.Options(url="https://echos-petite-nation.example/feed")
    items = connector.parse(options, _fetched((FEEDS / "broken.xml").read_bytes()))
    assert len(items) == 2
    assert "flux mal formé" in caplog.text


def test_an_entry_feedparser_cannot_make_sense_of_is_skipped_not_fatal() -> None:
    """Hostile but well-formed: ``<links>`` before ``<link>`` makes feedparser's ``link`` a
    dict (it raised TypeError and failed the source); the entry keeps its title."""
    body = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
            b'<entry><id>g1</id><title>Un</title><links>x</links>'
            b'<link href="https://a.org/1"/></entry>'
            b'<entry><id>g2</id><title>Deux</title><link href="https://a.org/2"/></entry>'
            b'</feed>')
    fetched = Fetched("https://a.org/feed", body, "application/atom+xml")
    pairs, warning = parse_feed_entries(fetched)  # feedparser's path, where this broke
    assert [(i.guid, i.url, i.title) for _entry, i in pairs] == [
        ("g1", None, "Un"), ("g2", "https://a.org/2", "Deux")]
    assert warning is None
    assert [i.title for i in parse_feed(fetched)[0]] == ["Un", "Deux"]


def test_an_unreadable_entry_is_counted_in_the_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    from connectors import rss

    real = rss._to_item

    def to_item(entry: Any, base_url: str) -> RawItem:
        if entry.get("title") == "Un":
            raise TypeError("an entry of an unexpected shape")
        return real(entry, base_url)

    monkeypatch.setattr(rss, "_to_item", to_item)
    body = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            b'<item><title>Un</title><link>https://a.org/1</link></item>'
            b'<item><title>Deux</title><link>https://a.org/2</link></item>'
            b'</channel></rss>')
    items, warning = parse_feed(Fetched("https://a.org/feed", body, "application/rss+xml"))
    assert [i.title for i in items] == ["Deux"]
    assert warning == "1 élément(s) illisible(s) ignoré(s)"
