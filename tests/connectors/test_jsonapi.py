"""What the JSON API connectors share: cursor paging, JSON reading, error context, timestamps."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from connectors.base import SourceState
from connectors.http import Http
from connectors.items import from_epoch, make_item, parse_timestamp, unique_items
from connectors.jsonapi import decode_json, fetch_pages, with_context
from tests.support.httpserver import LocalHttpServer, RecordedRequest, Response
from worker.errors import ParseError, PermanentSourceError, TransientSourceError


def test_fetch_pages_stops_when_a_cursor_comes_back(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    server.handle("/api", lambda _r: Response(200, b"{}"))
    loop = server.url("/api?cursor=same")
    fetched = fetch_pages(http, local, server.url("/api"), lambda _page: loop, max_pages=10)
    assert len(server.requests) == 2 and list(fetched.extra) == [loop]


def test_fetch_pages_sends_validators_on_the_first_page_only(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    def api(request: RecordedRequest) -> Response:
        return Response(200, request.path.encode())

    server.handle("/api", api)
    state = SourceState(local.source_id, '"v1"', None, True)
    pages = iter([server.url("/api?p=2"), None])
    fetch_pages(http, state, server.url("/api"), lambda _page: next(pages), max_pages=5)
    assert [r.header("If-None-Match") for r in server.requests] == ['"v1"', None]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "la réponse est vide"),
        (
            b"  <!DOCTYPE html><html>Maintenance</html>",
            "la réponse est une page HTML au lieu de JSON",
        ),
        (b'{"a": ', "JSON invalide"),
        (b"\xff\xfe{}", "JSON invalide"),
    ],
)
def test_decode_json_says_why_a_body_is_not_json(body: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=f"réponse de test illisible : {reason}"):
        decode_json(body, "réponse de test")


def test_with_context_keeps_the_class_and_retry_after_and_hints_only_permanent_errors() -> None:
    transient = with_context(TransientSourceError("lent", "s", retry_after=30), "API X", "Indice")
    assert isinstance(transient, TransientSourceError) and transient.retry_after == 30
    assert str(transient) == "API X : lent"
    permanent = with_context(PermanentSourceError("refusé", "s"), "API X", "Indice")
    assert type(permanent) is PermanentSourceError and str(permanent) == "API X : refusé. Indice"
    assert with_context(permanent, "API X") is permanent


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-09-10T21:15:03+0000", datetime(2024, 9, 10, 21, 15, 3, tzinfo=UTC)),
        ("2024-09-10T13:02:11.123Z", datetime(2024, 9, 10, 13, 2, 11, 123000, tzinfo=UTC)),
        ("2024-09-10T17:15:00-04:00", datetime(2024, 9, 10, 21, 15, tzinfo=UTC)),
        ("2024-09-10T21:15:00", datetime(2024, 9, 10, 21, 15, tzinfo=UTC)),
        ("pas une date", None),
        (1725966900, None),
        (None, None),
    ],
)
def test_parse_timestamp(value: object, expected: datetime | None) -> None:
    assert parse_timestamp(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1725966900, datetime(2024, 9, 10, 11, 15, tzinfo=UTC)),
        (True, None),
        ("1", None),
        (1e20, None),
    ],
)
def test_from_epoch(value: object, expected: datetime | None) -> None:
    assert from_epoch(value) == expected


def test_make_item_caps_and_unique_items_keeps_the_first_of_each_guid() -> None:
    item = make_item(guid="g", url="javascript:x", title="", text="mot " * 40, author="  A  ")
    assert item.url is None and item.author == "A" and item.title.endswith("…")
    again = make_item(guid="g", url=None, title="autre", text="")
    other = make_item(guid="h", url=None, title="h", text="")
    assert unique_items([item, again, other], 5) == [item, other]
    assert unique_items([item, other], 1) == [item]
