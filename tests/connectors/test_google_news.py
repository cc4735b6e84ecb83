"""The ``google_news`` connector: a recorded search feed, then the live path on a local server."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from connectors.base import Fetched, NotModified, RawItem, SourceState
from connectors.google_news import GoogleNewsConnector, search_url
from connectors.http import Http
from tests.support.httpserver import LocalHttpServer, RecordedRequest, Response
from worker.errors import ParseError, TransientSourceError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "google_news"
QUERY = '"CSSCV" OR "Cœur-des-Vallées"'


def _item(data: dict[str, Any]) -> RawItem:
    published = data["published_at"]
    return RawItem(**{**data, "published_at": published and datetime.fromisoformat(published)})


def _options(server: LocalHttpServer | None = None) -> GoogleNewsConnector.Options:
    if server is None:
        return GoogleNewsConnector.Options(query=QUERY)
    return GoogleNewsConnector.Options(query=QUERY, base_url=server.url("/rss/search"))


def test_recorded_search_parses_to_exact_items() -> None:
    expected = json.loads((FIXTURES / "search.expected.json").read_text("utf-8"))
    fetched = Fetched(body=(FIXTURES / expected["body"]).read_bytes(), **expected["fetched"])
    items = GoogleNewsConnector().parse(_options(), fetched)
    assert items == [_item(item) for item in expected["items"]]


def test_outlet_is_cut_only_when_the_source_element_confirms_it() -> None:
    fetched = Fetched(
        url="https://news.google.com/rss/search", body=(FIXTURES / "search.xml").read_bytes()
    )
    titles = {item.title: item.author for item in GoogleNewsConnector().parse(_options(), fetched)}
    # " - " inside the title is kept; a title without <source> is left whole.
    assert titles["Gatineau - Buckingham : l’école Maria-Goretti agrandie"] == "Radio-Canada.ca"
    assert titles["Rentrée scolaire en Outaouais - Le Petit Journal"] is None


def test_search_url_carries_query_language_and_edition() -> None:
    assert search_url(_options()) == (
        "https://news.google.com/rss/search?q=%22CSSCV%22+OR+%22C%C5%93ur-des-Vall%C3%A9es%22"
        "&hl=fr-CA&gl=CA&ceid=CA:fr"
    )


def test_options_refuse_an_empty_query_and_unknown_keys() -> None:
    with pytest.raises(ValidationError, match="la recherche \\(query\\) est vide"):
        GoogleNewsConnector.Options(query="   ")
    with pytest.raises(ValidationError):
        GoogleNewsConnector.Options(query=QUERY, langue="fr")  # type: ignore[call-arg]


def test_fetch_and_parse_through_a_local_server_with_conditional_get(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    body = (FIXTURES / "search.xml").read_bytes()

    def search(request: RecordedRequest) -> Response:
        if request.header("If-None-Match") == '"gn-1"':
            return Response(304)
        return Response(200, body, {"Content-Type": "application/xml", "ETag": '"gn-1"'})

    server.handle("/rss/search", search)
    connector = GoogleNewsConnector()
    fetched = connector.fetch(_options(server), local, http)
    assert len(connector.parse(_options(server), fetched)) == 4
    assert server.requests[0].path.endswith("&hl=fr-CA&gl=CA&ceid=CA:fr")
    with pytest.raises(NotModified):
        connector.fetch(_options(server), SourceState(local.source_id, '"gn-1"', None, True), http)


def test_rate_limited_search_is_transient_with_retry_after(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route("/rss/search", b"Too Many Requests", status=429, headers={"Retry-After": "120"})
    with pytest.raises(TransientSourceError) as caught:
        GoogleNewsConnector().fetch(_options(server), local, http)
    assert caught.value.retry_after == 120


def test_a_consent_page_instead_of_the_feed_is_a_parse_error() -> None:
    page = "<!DOCTYPE html><html><body><form>Avant d'accéder à Google</form></body></html>"
    fetched = Fetched(
        url="https://consent.google.com/", body=page.encode(), content_type="text/html"
    )
    with pytest.raises(ParseError, match="la réponse est une page HTML"):
        GoogleNewsConnector().parse(_options(), fetched)
