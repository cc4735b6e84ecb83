"""JSON Feed 1.0 and 1.1 through the ``rss`` connector: recorded feeds, detection, errors."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from connectors.base import Fetched, RawItem, SourceState
from connectors.http import Http
from connectors.rss import RssConnector, parse_feed
from tests.support.httpserver import LocalHttpServer
from worker.errors import ParseError

JSONFEED = Path(__file__).resolve().parent.parent / "fixtures" / "jsonfeed"
CASES = sorted(JSONFEED.glob("*.expected.json"))
URL = "https://bulletin-petite-nation.example/feed.json"


def _item(data: dict[str, Any]) -> RawItem:
    published = data["published_at"]
    return RawItem(**{**data, "published_at": published and datetime.fromisoformat(published)})


def _fetched(body: bytes, content_type: str | None = "application/feed+json") -> Fetched:
    return Fetched(url=URL, body=body, content_type=content_type)


def _feed(items: list[Any]) -> bytes:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": items}).encode()


@pytest.mark.parametrize("case", CASES, ids=lambda path: path.name.split(".")[0])
def test_json_feed_parses_to_exact_items(case: Path) -> None:
    expected = json.loads(case.read_text("utf-8"))
    fetched = Fetched(body=(JSONFEED / expected["feed"]).read_bytes(), **expected["fetched"])
    items, warning = parse_feed(fetched)
    assert items == [_item(item) for item in expected["items"]]
    assert warning == expected["warning"]


@pytest.mark.parametrize("content_type", [None, "application/json", "text/plain"])
def test_json_feed_is_recognised_by_its_version_whatever_the_content_type(
    content_type: str | None,
) -> None:
    body = b"\xef\xbb\xbf  " + _feed([{"id": "a", "content_text": "Texte"}])
    items, _ = parse_feed(_fetched(body, content_type))
    assert [item.guid for item in items] == ["a"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": [', "JSON invalide"),
        (b"[]", "un objet JSON est attendu"),
        (b'{"version": "https://jsonfeed.org/version/1.1"}', "la liste « items » manque"),
    ],
)
def test_a_declared_json_feed_that_is_broken_is_a_parse_error(body: bytes, message: str) -> None:
    with pytest.raises(ParseError, match=f"ce n'est pas un flux JSON Feed valide : {message}"):
        parse_feed(_fetched(body))


def test_json_without_a_json_feed_version_is_not_taken_for_a_feed() -> None:
    body = b'{"version": "2", "items": [{"id": "x"}]}'
    with pytest.raises(ParseError, match="ce n'est pas un flux RSS/Atom valide"):
        parse_feed(_fetched(body, "application/json"))


def test_json_feed_items_beyond_the_cap_are_dropped_with_a_warning() -> None:
    body = _feed([{"id": f"n-{n}", "content_text": "x"} for n in range(12)])
    items, warning = parse_feed(_fetched(body), max_entries=10)
    assert [item.guid for item in items][-1] == "n-9"
    assert warning == "le flux contient 12 éléments, seuls les 10 premiers sont lus"


def test_json_feed_hostile_values_are_neutralised() -> None:
    body = _feed(
        [
            {
                "id": "x" * 600,
                "url": "javascript:alert(1)",
                "title": "<img src=x onerror=alert(1)>Titre",
                "content_html": "<script>alert(1)</script><p>Texte</p>",
                "date_published": "hier",
                "authors": [{"name": 42}, {"name": "<b>Nom</b>"}],
            }
        ]
    )
    (item,), _ = parse_feed(_fetched(body))
    assert item.guid.startswith("sha256:") and item.url is None
    assert (item.title, item.text, item.author, item.published_at) == (
        "Titre", "Texte", "Nom", None,
    )  # fmt: skip


def test_rss_connector_fetches_a_json_feed_from_a_local_server(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    body = (JSONFEED / "feed11.json").read_bytes()
    server.route("/feed.json", body, headers={"Content-Type": "application/feed+json"})
    connector = RssConnector()
    options = RssConnector.Options(url=server.url("/feed.json"))
    items = connector.parse(options, connector.fetch(options, local, http))
    assert items[0].url == server.url("/2024/09/transport-scolaire")
    assert "application/feed+json" in (server.requests[0].header("Accept") or "")
