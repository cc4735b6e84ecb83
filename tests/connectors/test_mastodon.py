"""The ``mastodon`` connector: recorded tag timelines, then Link paging and errors, live."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from connectors.base import Fetched, RawItem, SourceState
from connectors.http import Http
from connectors.mastodon import MastodonConnector, timeline_url
from tests.support.httpserver import LocalHttpServer, RecordedRequest, Response
from worker.errors import ParseError, PermanentSourceError, TransientSourceError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mastodon"
JSON = {"Content-Type": "application/json; charset=utf-8"}
PATH = "/api/v1/timelines/tag/CSSCV"


def _item(data: dict[str, Any]) -> RawItem:
    published = data["published_at"]
    return RawItem(**{**data, "published_at": published and datetime.fromisoformat(published)})


def _page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _options(server: LocalHttpServer, **extra: Any) -> MastodonConnector.Options:
    return MastodonConnector.Options(instance=server.url("/"), hashtag="CSSCV", **extra)


def _link(next_url: str, prev_url: str) -> dict[str, str]:
    return {**JSON, "Link": f'<{next_url}>; rel="next", <{prev_url}>; rel="prev"'}


# --- recorded -------------------------------------------------------------------------------


def test_recorded_timeline_pages_parse_to_exact_items() -> None:
    expected = json.loads((FIXTURES / "tag.expected.json").read_text("utf-8"))
    options = MastodonConnector.Options(**expected["options"])
    first, *rest = expected["pages"]
    extra = {f"{options.instance}/page/{n}": _page(name) for n, name in enumerate(rest)}
    fetched = Fetched(url=timeline_url(options), body=_page(first), extra=extra)
    assert MastodonConnector().parse(options, fetched) == [_item(i) for i in expected["items"]]


def test_timeline_url_encodes_the_tag_and_asks_for_local_posts_if_told() -> None:
    options = MastodonConnector.Options(
        instance="https://mastodon.example/", hashtag="#écoles", local_only=True
    )
    assert timeline_url(options, "42") == (
        "https://mastodon.example/api/v1/timelines/tag/%C3%A9coles?limit=40&local=true&max_id=42"
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"instance": "https://m.example", "hashtag": "deux mots"}, "mot-clic invalide"),
        ({"instance": "mastodon.social", "hashtag": "CSSCV"}, "adresse de base invalide"),
        ({"instance": "https://m.example", "hashtag": "x", "search": "x"}, "Extra inputs"),
    ],
)
def test_options_refuse_bad_values(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        MastodonConnector.Options(**options)


def test_an_error_object_instead_of_statuses_is_a_parse_error() -> None:
    fetched = Fetched(url="https://m.example/x", body=b'{"error": "Record not found"}')
    options = MastodonConnector.Options(instance="https://m.example", hashtag="x")
    with pytest.raises(ParseError, match="une liste de publications est attendue"):
        MastodonConnector().parse(options, fetched)


# --- live -----------------------------------------------------------------------------------


def test_fetch_follows_link_next_up_to_max_pages(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    def timeline(request: RecordedRequest) -> Response:
        max_id = request.path.partition("max_id=")[2]
        if not max_id:
            older = server.url(f"{PATH}?max_id=113114120987654321")
            return Response(
                200, _page("tag_page1.json"), _link(older, server.url(f"{PATH}?min_id=1"))
            )
        older = server.url(f"{PATH}?max_id=113101000000000001")
        return Response(200, _page("tag_page2.json"), _link(older, server.url(f"{PATH}?min_id=2")))

    server.handle(PATH, timeline)
    connector = MastodonConnector()
    items = connector.parse(_options(server), connector.fetch(_options(server), local, http))
    assert [r.path for r in server.requests] == [
        f"{PATH}?limit=40",
        f"{PATH}?limit=40&max_id=113114120987654321",
    ]
    assert len(items) == 3 and items[1].kind == "comment"


def test_next_page_is_asked_from_the_configured_instance_only(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    elsewhere = _link("https://elsewhere.example/api/v1/timelines/tag/CSSCV?max_id=7", "x")
    server.handle(
        PATH,
        lambda r: Response(
            200, b"[]" if "max_id" in r.path else _page("tag_page1.json"), elsewhere
        ),
    )
    MastodonConnector().fetch(_options(server), local, http)
    assert server.requests[-1].path == f"{PATH}?limit=40&max_id=7"


def test_no_link_header_means_no_more_pages(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route(PATH, _page("tag_page2.json"), headers=JSON)
    MastodonConnector().fetch(_options(server, max_pages=5), local, http)
    assert len(server.requests) == 1


def test_rate_limit_is_transient_with_retry_after(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    headers = {**JSON, "Retry-After": "300", "X-RateLimit-Remaining": "0"}
    server.route(PATH, b'{"error": "Too many requests"}', status=429, headers=headers)
    with pytest.raises(TransientSourceError) as caught:
        MastodonConnector().fetch(_options(server), local, http)
    assert caught.value.retry_after == 300


def test_an_instance_that_requires_login_is_permanent_with_a_hint(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    body = b'{"error": "This method requires an authenticated user"}'
    server.route(PATH, body, status=401, headers=JSON)
    with pytest.raises(PermanentSourceError) as caught:
        MastodonConnector().fetch(_options(server), local, http)
    assert "authentification requise (HTTP 401)" in str(caught.value)
    assert "choisir une autre instance" in str(caught.value)


def test_malformed_json_is_a_parse_error(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.route(PATH, b'[{"id": "1", "content": "<p>coup', headers=JSON)
    connector = MastodonConnector()
    with pytest.raises(ParseError, match="réponse de l'API Mastodon illisible"):
        connector.parse(_options(server), connector.fetch(_options(server), local, http))
