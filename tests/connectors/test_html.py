"""The ``html`` connector: a recorded list page with articles, dates, main text, then robots.txt
and article fetching on a local server."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from connectors.base import Fetched, NotModified, RawItem, SourceState
from connectors.html import HtmlConnector
from connectors.html.article import read_article
from connectors.html.dates import parse_date
from connectors.http import Http
from tests.support.httpserver import LocalHttpServer, Response
from worker.errors import ParseError, PermanentSourceError, TransientSourceError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
HTML = {"Content-Type": "text/html; charset=utf-8"}
QUEBEC = ZoneInfo("America/Toronto")
SELECTORS = {
    "item_selector": "article.nouvelle",
    "link_selector": "h2 a",
    "date_selector": "time, .date",
    "summary_selector": ".resume",
}


def _item(data: dict[str, Any]) -> RawItem:
    published = data["published_at"]
    return RawItem(**{**data, "published_at": published and datetime.fromisoformat(published)})


def _file(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _options(server: LocalHttpServer, **extra: Any) -> HtmlConnector.Options:
    return HtmlConnector.Options(url=server.url("/actualites/"), **SELECTORS, **extra)


def _serve_site(server: LocalHttpServer) -> None:
    server.route("/robots.txt", _file("robots.txt"), headers={"Content-Type": "text/plain"})
    server.route("/actualites/", _file("list.html"), headers={**HTML, "ETag": '"liste-1"'})
    server.route("/actualites/fermeture-sainte-famille/", _file("article-fermeture.html"),
                 headers=HTML)  # fmt: skip
    server.route("/actualites/rentree-boise/", _file("article-boise.html"),
                 headers={"Content-Type": "text/html"})  # fmt: skip
    server.route("/documents/calendrier-2024-2025.pdf", b"%PDF-1.7 ...",
                 headers={"Content-Type": "application/pdf"})  # fmt: skip


# --- recorded -------------------------------------------------------------------------------


def test_recorded_list_page_and_articles_parse_to_exact_items() -> None:
    expected = json.loads((FIXTURES / "list.expected.json").read_text("utf-8"))
    options = HtmlConnector.Options(**expected["options"])
    articles = {url: _file(name) for url, name in expected["articles"].items()}
    fetched = Fetched(body=_file(expected["page"]), extra=articles, **expected["fetched"])
    assert HtmlConnector().parse(options, fetched) == [_item(i) for i in expected["items"]]


@pytest.mark.parametrize(
    ("written", "utc"),
    [
        ("2024-09-10T17:15:00-04:00", "2024-09-10T21:15:00+00:00"),
        ("2024-09-10", "2024-09-10T04:00:00+00:00"),
        ("2024-01-10 14:30", "2024-01-10T19:30:00+00:00"),
        ("Publié le 3 septembre 2024", "2024-09-03T04:00:00+00:00"),
        ("1er août 2024 à 14 h 30", "2024-08-01T18:30:00+00:00"),
        ("Mardi 3 sept. 2024, 9h05", "2024-09-03T13:05:00+00:00"),
        ("10 FÉVRIER 2025", "2025-02-10T05:00:00+00:00"),
        ("28/08/2024", "2024-08-28T04:00:00+00:00"),
        ("2024/08/28", "2024-08-28T04:00:00+00:00"),
        ("September 3, 2024", "2024-09-03T04:00:00+00:00"),
        ("31 février 2024", None),
        ("hier", None),
        ("", None),
    ],
)
def test_dates_as_sites_write_them(written: str, utc: str | None) -> None:
    expected = datetime.fromisoformat(utc) if utc else None
    assert parse_date(written, QUEBEC) == expected


def test_article_main_text_prefers_the_given_selector_then_main() -> None:
    page = (
        b"<html><body><nav>Menu</nav><main><p>Texte principal.</p></main>"
        b"<div class='encadre'><p>Encadr\xc3\xa9.</p></div></body></html>"
    )
    assert read_article(page, QUEBEC).text == "Texte principal."
    assert read_article(page, QUEBEC, "div.encadre").text == "Encadré."
    assert read_article(b"<html><body></body></html>", QUEBEC).text == ""


def test_a_list_page_without_matching_items_is_a_parse_error() -> None:
    options = HtmlConnector.Options(url="https://www.csscv.gouv.qc.ca/", item_selector="li.news")
    fetched = Fetched(url=options.url, body=_file("list.html"), content_type="text/html")
    with pytest.raises(
        ParseError, match=re.escape("aucun élément ne correspond à item_selector « li.news »")
    ):
        HtmlConnector().parse(options, fetched)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"item_selector": "article[class="}, "sélecteur CSS invalide"),
        ({"item_selector": "article", "date_selector": "time::"}, "sélecteur CSS invalide"),
        ({"item_selector": "article", "timezone": "Quebec/Gatineau"}, "fuseau horaire inconnu"),
        ({"item_selector": "article", "url": "www.csscv.gouv.qc.ca"}, "adresse de page invalide"),
        ({"item_selector": "article", "max_articles": 31}, "less than or equal to 30"),
    ],
)
def test_options_refuse_bad_values(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        HtmlConnector.Options(**{"url": "https://www.csscv.gouv.qc.ca/", **options})


# --- live: robots.txt -----------------------------------------------------------------------


def test_a_list_page_forbidden_by_robots_is_permanent_and_not_fetched(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    _serve_site(server)
    options = HtmlConnector.Options(url=server.url("/prive/nouvelles/"), **SELECTORS)
    with pytest.raises(
        PermanentSourceError, match=re.escape("robots.txt de 127.0.0.1 interdit à Veille")
    ):
        HtmlConnector().fetch(options, local, http)
    assert [r.path for r in server.requests] == ["/robots.txt"]


def test_a_site_that_forbids_veille_by_name_is_obeyed(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    _serve_site(server)
    server.route("/robots.txt", b"User-agent: Veille\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    with pytest.raises(PermanentSourceError):
        HtmlConnector().fetch(_options(server), local, http)


def test_a_missing_robots_txt_allows_everything(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    _serve_site(server)
    server.route("/robots.txt", b"not found", status=404)
    connector = HtmlConnector()
    items = connector.parse(_options(server), connector.fetch(_options(server), local, http))
    assert len(items) == 5


def test_an_unreachable_robots_txt_means_not_now(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    _serve_site(server)
    server.route("/robots.txt", b"", status=503, headers={"Retry-After": "120"})
    with pytest.raises(TransientSourceError) as caught:
        HtmlConnector().fetch(_options(server), local, http)
    assert caught.value.retry_after == 120
    assert [r.path for r in server.requests] == ["/robots.txt"]


# --- live: list and articles ----------------------------------------------------------------


def test_list_only_is_one_conditional_get_after_robots(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    _serve_site(server)
    server.handle("/actualites/", lambda r: Response(304) if r.header("If-None-Match") else
                  Response(200, _file("list.html"), {**HTML, "ETag": '"liste-1"'}))  # fmt: skip
    connector = HtmlConnector()
    fetched = connector.fetch(_options(server), local, http)
    assert fetched.extra == {} and [r.path for r in server.requests] == [
        "/robots.txt",
        "/actualites/",
    ]
    with pytest.raises(NotModified):
        connector.fetch(_options(server), SourceState("s", '"liste-1"', None, True), http)


def test_articles_fetched_are_same_site_allowed_html_and_capped(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    _serve_site(server)
    connector = HtmlConnector()
    options = _options(server, fetch_articles=True, max_articles=3)
    state = SourceState(local.source_id, '"ancienne"', None, True)
    items = connector.parse(options, connector.fetch(options, state, http))
    article_requests = server.requests[2:]
    # quebec.ca is another site and /prive/ is forbidden: neither is asked for.
    assert [r.path for r in article_requests] == [
        "/actualites/fermeture-sainte-famille/",
        "/actualites/rentree-boise/",
        "/documents/calendrier-2024-2025.pdf",
    ]
    assert all(r.header("If-None-Match") is None for r in article_requests)
    assert items[0].text.startswith("En raison d’un bris d’aqueduc")
    assert items[1].text.startswith("Une rentrée réussie à l’école du Boisé\n\nPlus de 300 élèves")
    assert items[2].text == ""  # the PDF is listed, not read


def test_a_missing_article_keeps_its_list_entry(
    server: LocalHttpServer, http: Http, local: SourceState, caplog: pytest.LogCaptureFixture
) -> None:
    _serve_site(server)
    server.route("/actualites/rentree-boise/", b"gone", status=410)
    connector = HtmlConnector()
    options = _options(server, fetch_articles=True)
    items = connector.parse(options, connector.fetch(options, local, http))
    assert items[1].text == "Plus de 300 élèves ont fait leur rentrée."
    assert "article ignoré" in caplog.text and "HTTP 410" in caplog.text


def test_a_rate_limited_list_page_is_transient_with_retry_after(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    _serve_site(server)
    server.route("/actualites/", b"", status=429, headers={"Retry-After": "90"})
    with pytest.raises(TransientSourceError) as caught:
        HtmlConnector().fetch(_options(server), local, http)
    assert caught.value.retry_after == 90


def test_a_list_page_behind_a_login_is_permanent(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    _serve_site(server)
    server.route("/actualites/", b"<html>Connexion requise</html>", status=401, headers=HTML)
    with pytest.raises(PermanentSourceError, match="authentification requise"):
        HtmlConnector().fetch(_options(server), local, http)


def test_articles_are_not_fetched_when_selectors_match_nothing(
    server: LocalHttpServer, http: Http, local: SourceState
) -> None:
    _serve_site(server)
    options = HtmlConnector.Options(
        url=server.url("/actualites/"), item_selector="li.news", fetch_articles=True
    )
    fetched = HtmlConnector().fetch(options, local, http)
    assert fetched.extra == {} and len(server.requests) == 2
