"""The ``reddit`` connector: recorded listings, then paging and errors on a local server."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from connectors.base import Fetched, RawItem, SourceState
from connectors.http import Http
from connectors.reddit import RedditConnector, listing_url
from tests.support.httpserver import LocalHttpServer, RecordedRequest, Response
from worker.errors import ParseError, PermanentSourceError, TransientSourceError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reddit"
JSON = {"Content-Type": "application/json; charset=UTF-8"}
PATH = "/r/gatineau/new.json"


def _item(data: dict[str, Any]) -> RawItem:
    published = data["published_at"]
    return RawItem(**{**data, "published_at": published and datetime.fromisoformat(published)})


def _page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _options(server: LocalHttpServer, **extra: Any) -> RedditConnector.Options:
    return RedditConnector.Options(subreddit="gatineau", base_url=server.url("/"), **extra)


def _listing(request: RecordedRequest) -> Response:
    """Serves the recorded pages in order, following Reddit's ``after`` cursor."""
    pages = {"t3_1fcx2b7": "new_page2.json", "t3_1fa0001": "new_page3.json"}
    after = request.path.partition("after=")[2].partition("&")[0]
    return Response(200, _page(pages.get(after, "new_page1.json")), JSON)


# --- recorded -------------------------------------------------------------------------------


def test_recorded_listing_pages_parse_to_exact_items() -> None:
    expected = json.loads((FIXTURES / "new.expected.json").read_text("utf-8"))
    options = RedditConnector.Options(**expected["options"])
    first, *rest = expected["pages"]
    fetched = Fetched(
        url=listing_url(options),
        body=_page(first),
        extra={f"https://www.reddit.com/page/{n}": _page(name) for n, name in enumerate(rest)},
    )
    assert RedditConnector().parse(options, fetched) == [_item(i) for i in expected["items"]]


@pytest.mark.parametrize(
    ("options", "url"),
    [
        ({"subreddit": "r/gatineau"}, "/r/gatineau/new.json?limit=100&raw_json=1"),
        (
            {"search": "CSSCV"},
            "/search.json?limit=100&raw_json=1&q=CSSCV&sort=new&t=all&type=link",
        ),
        (
            {"search": "école", "subreddit": "outaouais"},
            "/r/outaouais/search.json?limit=100&raw_json=1&q=%C3%A9cole&sort=new&t=all&type=link"
            "&restrict_sr=1",
        ),
    ],
)
def test_listing_url_for_subreddit_search_or_both(options: dict[str, str], url: str) -> None:
    assert listing_url(RedditConnector.Options(**options)) == "https://www.reddit.com" + url


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({}, "indiquer « subreddit », « search » ou les deux"),
        ({"subreddit": "r/a b"}, "nom de subreddit invalide"),
        ({"search": "x", "max_pages": 11}, "less than or equal to 10"),
        ({"search": "x", "base_url": "reddit.com"}, "adresse de base invalide"),
    ],
)
def test_options_refuse_bad_values(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        RedditConnector.Options(**options)


def test_a_page_that_is_not_a_listing_is_a_parse_error() -> None:
    fetched = Fetched(url="https://www.reddit.com/x", body=b'{"kind": "t3", "data": {}}')
    with pytest.raises(ParseError, match="une liste"):
        RedditConnector().parse(RedditConnector.Options(search="x"), fetched)


# --- live -----------------------------------------------------------------------------------


def test_fetch_follows_the_after_cursor_up_to_max_pages(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.handle(PATH, _listing)
    connector = RedditConnector()
    options = _options(
        server, max_pages=2, user_agent="veille-csscv/0.1 (contact: ti@csscv.example)"
    )
    items = connector.parse(options, connector.fetch(options, local, http))
    assert [r.path for r in server.requests] == [
        f"{PATH}?limit=100&raw_json=1",
        f"{PATH}?limit=100&raw_json=1&after=t3_1fcx2b7",
    ]
    assert {r.header("User-Agent") for r in server.requests} == {
        "veille-csscv/0.1 (contact: ti@csscv.example)"
    }
    assert [item.guid for item in items] == [
        "reddit:t3_1fcy7q2", "reddit:t3_1fcx2b7", "reddit:t3_1fb5k0a",
    ]  # fmt: skip
    assert items[0].url == server.url(
        "/r/gatineau/comments/1fcy7q2/autobus_scolaire_en_retard_encore_ce_matin/"
    )


def test_fetch_stops_when_reddit_gives_no_after(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route(
        PATH,
        _page("new_page3.json").replace(b'"t3_19zzzzz", "dist"', b'null, "dist"'),
        headers=JSON,
    )
    RedditConnector().fetch(_options(server, max_pages=5), local, http)
    assert len(server.requests) == 1


def test_rate_limit_is_transient_with_retry_after(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route(PATH, b'{"message": "Too Many Requests", "error": 429}', status=429,
                 headers={**JSON, "Retry-After": "60"})  # fmt: skip
    with pytest.raises(TransientSourceError) as caught:
        RedditConnector().fetch(_options(server), local, http)
    assert caught.value.retry_after == 60
    assert str(caught.value).startswith("API Reddit (r/gatineau) : trop de requêtes (HTTP 429)")


def test_a_private_subreddit_is_permanent_with_a_hint(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    body = b'{"reason": "private", "message": "Forbidden", "error": 403}'
    server.route(PATH, body, status=403, headers=JSON)
    with pytest.raises(PermanentSourceError, match=r"accès interdit.*est public"):
        RedditConnector().fetch(_options(server), local, http)


def test_an_unknown_subreddit_redirected_to_search_is_permanent(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.redirect(PATH, "/subreddits/search.json?q=gatineau")
    server.route(
        "/subreddits/search.json", b'{"kind": "Listing", "data": {"children": []}}', headers=JSON
    )
    with pytest.raises(PermanentSourceError, match="le subreddit r/gatineau n'existe pas"):
        RedditConnector().fetch(_options(server), local, http)


def test_malformed_json_is_a_parse_error(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route(PATH, b'{"kind": "Listing", "data": {"children": [', headers=JSON)
    connector = RedditConnector()
    fetched = connector.fetch(_options(server), local, http)
    with pytest.raises(ParseError, match="réponse de l'API Reddit illisible : JSON invalide"):
        connector.parse(_options(server), fetched)


def test_an_html_block_page_is_a_parse_error_that_says_so(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route(PATH, b"<!DOCTYPE html><html><body>whoa there, pardner!</body></html>",
                 headers={"Content-Type": "text/html"})  # fmt: skip
    connector = RedditConnector()
    with pytest.raises(ParseError, match="page HTML au lieu de JSON"):
        connector.parse(_options(server), connector.fetch(_options(server), local, http))


def test_a_failing_second_page_keeps_the_first_and_warns(
    server: LocalHttpServer, http: Http, local: SourceState, caplog: pytest.LogCaptureFixture
) -> None:
    def listing(request: RecordedRequest) -> Response:
        if "after=" in request.path:
            return Response(503, b"", {"Retry-After": "30"})
        return Response(200, _page("new_page1.json"), JSON)

    server.handle(PATH, listing)
    connector = RedditConnector()
    items = connector.parse(_options(server), connector.fetch(_options(server), local, http))
    assert len(items) == 2
    assert "pagination interrompue" in caplog.text and "HTTP 503" in caplog.text
