"""The ``youtube`` connector: a recorded feed with comment threads, then the live path with
and without an API key (the key is made up; tests check it never leaks)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from connectors.base import Fetched, NotModified, RawItem, SourceState
from connectors.http import Http
from connectors.youtube import YoutubeConnector, feed_address
from tests.support.httpserver import LocalHttpServer, RecordedRequest, Response
from worker.errors import ParseError, PermanentSourceError, TransientSourceError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "youtube"
JSON = {"Content-Type": "application/json; charset=UTF-8"}
ATOM = {"Content-Type": "text/xml; charset=UTF-8", "ETag": '"yt-1"'}
CHANNEL = "UC3kQmZ9vB2xYw7pLr5tNc1A"
KEY = "AIzaSyFAKEFAKEFAKEFAKEFAKEFAKEFAKE0"
VARIABLE = "VEILLE_YOUTUBE_API_KEY"


def _item(data: dict[str, Any]) -> RawItem:
    published = data["published_at"]
    return RawItem(**{**data, "published_at": published and datetime.fromisoformat(published)})


def _file(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _options(server: LocalHttpServer, **extra: Any) -> YoutubeConnector.Options:
    return YoutubeConnector.Options(
        channel_id=CHANNEL, feed_url=server.url("/feeds/videos.xml"),
        api_url=server.url("/youtube/v3"), **extra,
    )  # fmt: skip


def _serve_youtube(server: LocalHttpServer) -> None:
    server.route("/feeds/videos.xml", _file("channel.xml"), headers=ATOM)
    server.route("/youtube/v3/videos", _file("videos_statistics.json"), headers=JSON)

    def threads(request: RecordedRequest) -> Response:
        name = "page2" if "pageToken=" in request.path else "page1"
        return Response(200, _file(f"comment_threads_{name}.json"), JSON)

    server.handle("/youtube/v3/commentThreads", threads)


@pytest.fixture
def key(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(VARIABLE, KEY)
    return KEY


@pytest.fixture
def no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(VARIABLE, raising=False)


# --- recorded -------------------------------------------------------------------------------


def test_recorded_feed_and_comments_parse_to_exact_items() -> None:
    expected = json.loads((FIXTURES / "channel.expected.json").read_text("utf-8"))
    options = YoutubeConnector.Options(**expected["options"])
    extra = {f"https://api.example/{n}": _file(name) for n, name in enumerate(expected["extra"])}
    fetched = Fetched(url=feed_address(options), body=_file(expected["feed"]), extra=extra)
    assert YoutubeConnector().parse(options, fetched) == [_item(i) for i in expected["items"]]


def test_feed_address_for_a_channel_or_a_playlist() -> None:
    playlist = YoutubeConnector.Options(playlist_id="PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG")
    assert feed_address(playlist) == (
        "https://www.youtube.com/feeds/videos.xml?playlist_id=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG"
    )


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({}, "indiquer soit « channel_id », soit « playlist_id » \\(un seul\\)"),
        ({"channel_id": CHANNEL, "playlist_id": "PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG"}, "un seul"),
        ({"channel_id": "csscv"}, "should match pattern"),
        ({"channel_id": CHANNEL, "max_videos": 16}, "less than or equal to 15"),
    ],
)
def test_options_refuse_bad_values(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        YoutubeConnector.Options(**options)


def test_unreadable_comment_pages_are_skipped_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    options = YoutubeConnector.Options(channel_id=CHANNEL)
    fetched = Fetched(url="https://yt.example/feed", body=_file("channel.xml"),
                      extra={"https://api.example/threads": b'{"kind": "youtube#comm'})  # fmt: skip
    assert [item.kind for item in YoutubeConnector().parse(options, fetched)] == ["video"] * 2
    assert "réponse de commentaires illisible" in caplog.text


# --- live -----------------------------------------------------------------------------------


def test_without_a_key_only_the_feed_is_read_with_conditional_get(
    server: LocalHttpServer, http: Http, local: SourceState, no_key: None
) -> None:
    def feed(request: RecordedRequest) -> Response:
        if request.header("If-None-Match") == '"yt-1"':
            return Response(304)
        return Response(200, _file("channel.xml"), ATOM)

    server.handle("/feeds/videos.xml", feed)
    connector = YoutubeConnector()
    fetched = connector.fetch(_options(server), local, http)
    assert [item.kind for item in connector.parse(_options(server), fetched)] == ["video"] * 2
    assert server.requests[0].path == f"/feeds/videos.xml?channel_id={CHANNEL}"
    with pytest.raises(NotModified):
        connector.fetch(_options(server), SourceState(local.source_id, '"yt-1"', None, True), http)


def test_with_a_key_comments_are_read_for_commented_videos_only(
    server: LocalHttpServer, http: Http, local: SourceState, key: str
) -> None:
    _serve_youtube(server)
    connector = YoutubeConnector()
    options = _options(server, max_comment_pages=2)
    state = SourceState(local.source_id, '"yt-1"', None, True)
    items = connector.parse(options, connector.fetch(options, state, http))
    paths = [r.path for r in server.requests]
    assert paths[1] == "/youtube/v3/videos?part=statistics&id=Rt5kP0aQx9M%2CKd8wQ2nZp1E"
    assert [p.partition("?")[0] for p in paths[2:]] == ["/youtube/v3/commentThreads"] * 2
    assert all("videoId=Rt5kP0aQx9M" in p for p in paths[2:]) and "pageToken=" in paths[3]
    # New comments do not change the feed, so it is read in full when comments are wanted.
    assert server.requests[0].header("If-None-Match") is None
    assert {r.header("X-Goog-Api-Key") for r in server.requests[1:]} == {key}
    assert not any(key in p for p in paths)
    assert [item.kind for item in items] == ["video"] * 2 + ["comment"] * 4


def test_comment_pages_are_capped(
    server: LocalHttpServer, http: Http, local: SourceState, key: str
) -> None:
    _serve_youtube(server)
    YoutubeConnector().fetch(_options(server), local, http)
    assert len(server.requests) == 3  # feed, videos.list, one page of threads


def test_max_videos_zero_turns_comments_off(
    server: LocalHttpServer, http: Http, local: SourceState, key: str
) -> None:
    _serve_youtube(server)
    YoutubeConnector().fetch(_options(server, max_videos=0), local, http)
    assert len(server.requests) == 1


def test_a_refused_key_is_permanent_and_names_the_variable(
    server: LocalHttpServer, http: Http, local: SourceState, key: str
) -> None:
    _serve_youtube(server)
    error = {"error": {"code": 400, "message": "API key not valid. Please pass a valid API key.",
                       "errors": [{"reason": "badRequest", "domain": "global"}],
                       "status": "INVALID_ARGUMENT"}}  # fmt: skip
    server.route("/youtube/v3/videos", json.dumps(error).encode(), status=400, headers=JSON)
    with pytest.raises(PermanentSourceError) as caught:
        YoutubeConnector().fetch(_options(server), local, http)
    message = str(caught.value)
    assert message.startswith("API YouTube Data (videos.list) : requête refusée (HTTP 400)")
    assert f"la clé d'API de la variable {VARIABLE}" in message and key not in message


def test_a_rate_limited_api_is_transient_with_retry_after(
    server: LocalHttpServer, http: Http, local: SourceState, key: str
) -> None:
    _serve_youtube(server)
    server.route("/youtube/v3/videos", b"{}", status=429, headers={"Retry-After": "3600"})
    with pytest.raises(TransientSourceError) as caught:
        YoutubeConnector().fetch(_options(server), local, http)
    assert caught.value.retry_after == 3600


def test_comments_turned_off_since_the_count_skip_that_video_only(
    server: LocalHttpServer, http: Http, local: SourceState, key: str,
    caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    _serve_youtube(server)
    disabled = b'{"error": {"code": 403, "errors": [{"reason": "commentsDisabled"}]}}'
    server.route("/youtube/v3/commentThreads", disabled, status=403, headers=JSON)
    connector = YoutubeConnector()
    items = connector.parse(_options(server), connector.fetch(_options(server), local, http))
    assert [item.kind for item in items] == ["video"] * 2
    assert "commentaires de Rt5kP0aQx9M ignorés" in caplog.text


def test_a_page_that_is_not_a_feed_is_a_parse_error(
    server: LocalHttpServer, http: Http, local: SourceState, key: str
) -> None:
    server.route("/feeds/videos.xml", b"<!DOCTYPE html><html><body>Erreur 500</body></html>",
                 headers={"Content-Type": "text/html"})  # fmt: skip
    connector = YoutubeConnector()
    fetched = connector.fetch(_options(server), local, http)
    assert len(server.requests) == 1  # no video, no API call
    with pytest.raises(ParseError, match="la réponse est une page HTML"):
        connector.parse(_options(server), fetched)
