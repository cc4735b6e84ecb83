"""The ``facebook`` connector: recorded Graph pages, error mapping, then the live path.

The token is a made-up value; every test that can leak it checks that it did not.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from connectors.base import Fetched, RawItem, SourceState
from connectors.facebook import FacebookConnector, graph_error, posts_url, throttle_delay
from connectors.http import Http
from tests.support.httpserver import LocalHttpServer, RecordedRequest, Response
from worker.errors import ParseError, PermanentSourceError, TransientSourceError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facebook"
JSON = {"Content-Type": "application/json; charset=UTF-8"}
PAGE_ID = "104882345678901"
PATH = f"/v23.0/{PAGE_ID}/posts"
TOKEN = "EAAGm0PX4ZCpsBAJETONDEPAGE"
VARIABLE = "VEILLE_FACEBOOK_PAGE_TOKEN"
BUC = json.dumps(
    {PAGE_ID: [{"type": "pages", "call_count": 100, "total_cputime": 12, "total_time": 14,
                "estimated_time_to_regain_access": 19}]}
)  # fmt: skip


def _item(data: dict[str, Any]) -> RawItem:
    published = data["published_at"]
    return RawItem(**{**data, "published_at": published and datetime.fromisoformat(published)})


def _page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _options(server: LocalHttpServer, **extra: Any) -> FacebookConnector.Options:
    return FacebookConnector.Options(page_id=PAGE_ID, base_url=server.url("/"), **extra)


@pytest.fixture
def token(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(VARIABLE, f"  {TOKEN}\n")
    return TOKEN


# --- recorded -------------------------------------------------------------------------------


def test_recorded_pages_parse_to_posts_and_comments() -> None:
    expected = json.loads((FIXTURES / "posts.expected.json").read_text("utf-8"))
    options = FacebookConnector.Options(**expected["options"])
    first, *rest = expected["pages"]
    extra = {f"https://graph.example/page/{n}": _page(name) for n, name in enumerate(rest)}
    fetched = Fetched(url=posts_url(options), body=_page(first), extra=extra)
    assert FacebookConnector().parse(options, fetched) == [_item(i) for i in expected["items"]]


def test_posts_url_asks_for_comments_and_200_errors_but_never_holds_the_token() -> None:
    url = posts_url(FacebookConnector.Options(page_id="csscv", edge="feed"), "QVFI")
    assert url.startswith("https://graph.facebook.com/v23.0/csscv/feed?fields=id%2Cmessage")
    assert "comments.filter%28stream%29" in url
    assert url.endswith("&limit=25&suppress_http_code=1&after=QVFI")
    assert "access_token" not in url


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"page_id": "csscv/../me"}, "should match pattern"),
        ({"page_id": "csscv", "graph_version": "23"}, "should match pattern"),
        ({"page_id": "csscv", "token_env": "mon jeton"}, "should match pattern"),
        ({"page_id": "csscv", "access_token": TOKEN}, "Extra inputs"),
    ],
)
def test_options_refuse_bad_values(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        FacebookConnector.Options(**options)


def test_an_error_body_given_to_parse_is_a_parse_error() -> None:
    fetched = Fetched(url="https://graph.example/x", body=_page("error_permission.json"))
    with pytest.raises(ParseError, match="la réponse est une erreur"):
        FacebookConnector().parse(FacebookConnector.Options(page_id="csscv"), fetched)


# --- error mapping --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"x-business-use-case-usage": BUC}, 1140.0),
        ({"x-page-usage": '{"call_count": 100, "estimated_time_to_regain_access": 5}'}, 300.0),
        ({"x-app-usage": '{"call_count": 100, "total_time": 40}'}, None),
        ({"x-business-use-case-usage": "pas du json"}, None),
        ({}, None),
    ],
)
def test_throttle_delay_from_usage_headers(headers: dict[str, str], seconds: float | None) -> None:
    assert throttle_delay(headers) == seconds


@pytest.mark.parametrize(
    ("error", "kind", "words"),
    [
        ({"code": 190, "error_subcode": 463, "message": "Session has expired"},
         PermanentSourceError, "jeton de page refusé ou expiré (code 190) — Session has expired. "
                               f"Générer un nouveau jeton de page et le placer dans la variable "
                               f"{VARIABLE}"),
        ({"code": 10, "message": "(#10) requires pages_read_engagement"},
         PermanentSourceError, "permission manquante (code 10)"),
        ({"code": 200, "message": "(#200) Permissions error"},
         PermanentSourceError, "permission manquante (code 200)"),
        ({"code": 100, "message": "(#100) Unknown path components"},
         PermanentSourceError, "requête refusée (code 100) — (#100) Unknown path components. "
                               "Vérifier page_id et graph_version"),
        ({"code": 2, "message": "Service temporarily unavailable"},
         TransientSourceError, "erreur passagère (code 2)"),
        ({"code": 1234, "is_transient": True, "message": "x"}, TransientSourceError, "code 1234"),
        ({"code": 4, "message": "(#4) Application request limit reached"},
         TransientSourceError, "limite d'appels atteinte (code 4) — (#4)"),
    ],
)  # fmt: skip
def test_graph_errors_map_to_permanent_or_transient(
    error: dict[str, Any], kind: type[Exception], words: str
) -> None:
    options = FacebookConnector.Options(page_id=PAGE_ID)
    exc = graph_error(error, {}, options, TOKEN, "fb")
    assert type(exc) is kind
    assert str(exc).startswith(f"API Graph de Facebook (page {PAGE_ID}) : ")
    assert words in str(exc)


def test_a_token_echoed_by_graph_is_scrubbed() -> None:
    error = {"code": 190, "message": f"Invalid OAuth access token - Cannot parse {TOKEN}"}
    exc = graph_error(error, {}, FacebookConnector.Options(page_id="csscv"), TOKEN, "fb")
    assert TOKEN not in str(exc) and "Cannot parse ***" in str(exc)


# --- live -----------------------------------------------------------------------------------


def _graph(request: RecordedRequest) -> Response:
    """Graph's posts edge: page 2 after the page 1 cursor; an error without the token."""
    if request.header("Authorization") != f"Bearer {TOKEN}":
        return Response(200, _page("error_token_expired.json"), JSON)
    if "after=QVFIUkZAOa0tWTXln" in request.path:
        return Response(200, _page("posts_page2.json"), JSON)
    return Response(200, _page("posts_page1.json"), JSON)


def test_fetch_sends_the_token_in_a_header_and_follows_the_cursor(
    server: LocalHttpServer, http: Http, local: SourceState, token: str
) -> None:
    server.handle(PATH, _graph)
    connector = FacebookConnector()
    options = _options(server, max_pages=5)
    items = connector.parse(options, connector.fetch(options, local, http))
    paths = [r.path for r in server.requests]
    assert len(paths) == 2 and paths[1].endswith("&after=QVFIUkZAOa0tWTXln")
    assert not any(token in path for path in paths)
    assert [item.kind for item in items] == ["post", "comment", "comment", "comment", "post"]


def test_max_pages_caps_the_cursor(
    server: LocalHttpServer, http: Http, local: SourceState, token: str
) -> None:
    server.handle(PATH, _graph)
    FacebookConnector().fetch(_options(server, max_pages=1), local, http)
    assert len(server.requests) == 1


def test_an_unset_token_variable_is_permanent_and_names_the_variable(
    server: LocalHttpServer, http: Http, local: SourceState, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(VARIABLE, raising=False)
    with pytest.raises(PermanentSourceError, match=f"la variable d'environnement {VARIABLE}"):
        FacebookConnector().fetch(_options(server), local, http)
    assert server.requests == []


def test_an_expired_token_is_permanent_and_never_shown(
    server: LocalHttpServer, http: Http, local: SourceState, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    monkeypatch.setenv(VARIABLE, "EAAexpiredtokenvalue")
    server.handle(PATH, _graph)
    with pytest.raises(PermanentSourceError) as caught:
        FacebookConnector().fetch(_options(server), local, http)
    assert "jeton de page refusé ou expiré (code 190)" in str(caught.value)
    assert VARIABLE in str(caught.value)
    assert "EAAexpiredtokenvalue" not in str(caught.value) + repr(caught.value) + caplog.text


def test_page_throttling_is_transient_with_the_delay_graph_reports(
    server: LocalHttpServer, http: Http, local: SourceState, token: str
) -> None:
    headers = {**JSON, "X-Business-Use-Case-Usage": BUC}
    server.route(PATH, _page("error_rate_limit.json"), headers=headers)
    with pytest.raises(TransientSourceError) as caught:
        FacebookConnector().fetch(_options(server), local, http)
    assert caught.value.retry_after == 1140
    assert "limite d'appels atteinte (code 32), réessayer dans 1140 s" in str(caught.value)


def test_a_429_with_retry_after_is_transient(
    server: LocalHttpServer, http: Http, local: SourceState, token: str
) -> None:
    server.route(PATH, _page("error_rate_limit.json"), status=429, headers={"Retry-After": "600"})
    with pytest.raises(TransientSourceError) as caught:
        FacebookConnector().fetch(_options(server), local, http)
    assert caught.value.retry_after == 600
    assert str(caught.value).startswith(f"API Graph de Facebook (page {PAGE_ID}) : trop de")


def test_a_permission_error_with_its_http_status_is_permanent(
    server: LocalHttpServer, http: Http, local: SourceState, token: str
) -> None:
    # If Graph ignored suppress_http_code, the status alone still says "do not retry".
    server.route(PATH, _page("error_permission.json"), status=403, headers=JSON)
    with pytest.raises(PermanentSourceError, match="accès interdit \\(HTTP 403\\)") as caught:
        FacebookConnector().fetch(_options(server), local, http)
    assert token not in str(caught.value)


def test_malformed_json_is_a_parse_error(
    server: LocalHttpServer, http: Http, local: SourceState, token: str
) -> None:
    server.route(PATH, b'{"data": [{"id": "1", "message": "coup', headers=JSON)
    connector = FacebookConnector()
    fetched = connector.fetch(_options(server), local, http)
    with pytest.raises(ParseError, match="réponse de l'API Graph de Facebook illisible"):
        connector.parse(_options(server), fetched)
