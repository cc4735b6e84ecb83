"""The ``bluesky`` connector: recorded searchPosts pages, then cursors and errors, live."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from connectors.base import Fetched, RawItem, SourceState
from connectors.bluesky import BlueskyConnector, post_url, search_url
from connectors.http import Http
from tests.support.httpserver import LocalHttpServer, RecordedRequest, Response
from worker.errors import ParseError, PermanentSourceError, TransientSourceError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bluesky"
JSON = {"Content-Type": "application/json; charset=utf-8"}
PATH = "/xrpc/app.bsky.feed.searchPosts"
QUERY_PATH = f"{PATH}?q=CSSCV&limit=100&sort=latest"


def _item(data: dict[str, Any]) -> RawItem:
    published = data["published_at"]
    return RawItem(**{**data, "published_at": published and datetime.fromisoformat(published)})


def _page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _options(server: LocalHttpServer, **extra: Any) -> BlueskyConnector.Options:
    return BlueskyConnector.Options(query="CSSCV", base_url=server.url("/"), **extra)


def _search(request: RecordedRequest) -> Response:
    """The recorded pages, in the order of Bluesky's cursor; past them, no cursor."""
    cursor = request.path.partition("cursor=")[2]
    pages = {"": "search_page1.json", "100": "search_page2.json"}
    if cursor in pages:
        return Response(200, _page(pages[cursor]), JSON)
    return Response(200, b'{"hitsTotal": 3, "posts": []}', JSON)


# --- recorded -------------------------------------------------------------------------------


def test_recorded_search_pages_parse_to_exact_items() -> None:
    expected = json.loads((FIXTURES / "search.expected.json").read_text("utf-8"))
    options = BlueskyConnector.Options(**expected["options"])
    first, *rest = expected["pages"]
    extra = {f"https://bsky.example/page/{n}": _page(name) for n, name in enumerate(rest)}
    fetched = Fetched(url=search_url(options), body=_page(first), extra=extra)
    assert BlueskyConnector().parse(options, fetched) == [_item(i) for i in expected["items"]]


@pytest.mark.parametrize(
    ("uri", "handle", "url"),
    [
        ("at://did:plc:abc/app.bsky.feed.post/3l3qo", "ledroit.bsky.social",
         "https://bsky.app/profile/ledroit.bsky.social/post/3l3qo"),
        ("at://did:plc:abc/app.bsky.feed.post/3l3qo", "handle.invalid",
         "https://bsky.app/profile/did:plc:abc/post/3l3qo"),
        ("at://did:plc:abc/app.bsky.feed.post/3l3qo", None,
         "https://bsky.app/profile/did:plc:abc/post/3l3qo"),
        ("at://did:plc:abc/app.bsky.feed.like/3l3qo", "a.bsky.social", None),
        ("at://did:plc:abc/app.bsky.feed.post/", "a.bsky.social", None),
        ("https://bsky.app/profile/a/post/3l3qo", "a.bsky.social", None),
    ],
)  # fmt: skip
def test_post_url_from_at_uri_and_handle(uri: str, handle: str | None, url: str | None) -> None:
    assert post_url(uri, handle) == url


def test_search_url_carries_query_sort_language_and_cursor() -> None:
    options = BlueskyConnector.Options(query="Cœur-des-Vallées lang:fr", lang="fr", sort="top")
    assert search_url(options, "100") == (
        "https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts"
        "?q=C%C5%93ur-des-Vall%C3%A9es+lang:fr&limit=100&sort=top&lang=fr&cursor=100"
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"query": " "}, "la recherche \\(query\\) est vide"),
        ({"query": "x", "lang": "français"}, "should match pattern"),
        ({"query": "x", "max_pages": 6}, "less than or equal to 5"),
        ({"query": "x", "sort": "new"}, "'latest' or 'top'"),
    ],
)
def test_options_refuse_bad_values(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        BlueskyConnector.Options(**options)


def test_an_answer_without_posts_is_a_parse_error() -> None:
    fetched = Fetched(url="https://bsky.example/x", body=b'{"cursor": "1"}')
    with pytest.raises(ParseError, match="la liste « posts » manque"):
        BlueskyConnector().parse(BlueskyConnector.Options(query="x"), fetched)


# --- live -----------------------------------------------------------------------------------


def test_one_page_is_read_by_default(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.handle(PATH, _search)
    connector = BlueskyConnector()
    items = connector.parse(_options(server), connector.fetch(_options(server), local, http))
    assert [r.path for r in server.requests] == [QUERY_PATH]
    assert len(items) == 2


def test_the_cursor_is_followed_up_to_max_pages(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.handle(PATH, _search)
    connector = BlueskyConnector()
    fetched = connector.fetch(_options(server, max_pages=2), local, http)
    assert [r.path for r in server.requests] == [QUERY_PATH, f"{QUERY_PATH}&cursor=100"]
    assert len(connector.parse(_options(server), fetched)) == 4


def test_paging_stops_at_a_page_without_posts(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.handle(PATH, _search)
    BlueskyConnector().fetch(_options(server, max_pages=5), local, http)
    assert len(server.requests) == 3  # the third page is empty: no fourth request


def test_a_refused_cursor_keeps_the_first_page(
    server: LocalHttpServer, http: Http, local: SourceState, caplog: pytest.LogCaptureFixture
) -> None:
    def search(request: RecordedRequest) -> Response:
        if "cursor=" in request.path:
            return Response(403, b"Request forbidden by administrative rules.", {})
        return Response(200, _page("search_page1.json"), JSON)

    server.handle(PATH, search)
    connector = BlueskyConnector()
    fetched = connector.fetch(_options(server, max_pages=3), local, http)
    assert len(connector.parse(_options(server), fetched)) == 2
    assert "pagination interrompue" in caplog.text


def test_anonymous_search_switched_off_is_permanent_with_a_hint(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    body = b'{"error": "AuthMissing", "message": "Authentication Required"}'
    server.route(PATH, body, status=403, headers=JSON)
    with pytest.raises(PermanentSourceError) as caught:
        BlueskyConnector().fetch(_options(server), local, http)
    message = str(caught.value)
    assert message.startswith("API Bluesky (searchPosts) : accès interdit (HTTP 403)")
    assert "suspend parfois la recherche anonyme" in message


def test_rate_limit_is_transient_with_retry_after(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    headers = {**JSON, "Retry-After": "45", "RateLimit-Remaining": "0"}
    server.route(PATH, b'{"error": "RateLimitExceeded"}', status=429, headers=headers)
    with pytest.raises(TransientSourceError) as caught:
        BlueskyConnector().fetch(_options(server), local, http)
    assert caught.value.retry_after == 45


def test_malformed_json_is_a_parse_error(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route(PATH, b'{"posts": [{"uri": "at://', headers=JSON)
    connector = BlueskyConnector()
    with pytest.raises(ParseError, match="réponse de l'API Bluesky illisible : JSON invalide"):
        connector.parse(_options(server), connector.fetch(_options(server), local, http))
