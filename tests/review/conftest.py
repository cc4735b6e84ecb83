"""The review site against a real database: seeded flagged items, a user, a test client."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from connectors.base import RawItem
from worker.analyse import AnalysedItem, Analysis
from worker.charter.categories import Severity
from worker.charter.model import CategoryFlag, Evidence, Verdict
from worker.config import SourceConfig
from worker.review.app import create_app
from worker.review.auth import hash_password
from worker.review.present import Catalog
from worker.store import repository as repo
from worker.store import reviews

NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
SECRET = "s3cret-for-tests-only-0123456789abcdef"
EMAIL, PASSWORD = "agente@example.org", "un mot de passe solide"
SOURCES = [SourceConfig(id="nouvelles", connector="rss", url="https://example.org/f.xml"),
           SourceConfig(id="forum", connector="rss", url="https://example.org/g.xml")]
CATALOG = Catalog({"csscv": "CSSCV", "eshg": "École secondaire Hormisdas-Gamelin",
                   "sainte-famille-thurso": "École Sainte-Famille"})


def flagged(guid: str, text: str, term: str, *, category: str = "defamation",
            title: str = "Titre", url: str | None = None, author: str | None = "Auteur",
            mentions: tuple[str, ...] = ("eshg",)) -> AnalysedItem:
    """An item flagged in ``category`` with ``term`` (its first occurrence) as evidence."""
    full = f"{title}\n\n{text}"
    start = full.index(term)
    flag = CategoryFlag(category, 0.9, Severity.HIGH,
                        (Evidence(start, start + len(term), term),), ("insulte",))
    raw = RawItem(guid=guid, url=url, title=title, text=text, author=author,
                  published_at=NOW - timedelta(hours=2))
    return AnalysedItem(raw, Analysis(mentions, Verdict((flag,))))


def save(sessions: sessionmaker[Session], source_id: str, *items: AnalysedItem,
         now: datetime = NOW) -> list[int]:
    with sessions() as session:
        repo.sync_sources(session, SOURCES, NOW)
        return repo.save_items(session, source_id, items, now).new_ids


@dataclass(frozen=True)
class Seeded:
    insult: int  # defamation, ESHG, nouvelles
    spam: int  # spam, Sainte-Famille, forum
    other: int  # another defamation item, to check a link opens only its own


@pytest.fixture
def seeded(sessions: sessionmaker[Session]) -> Seeded:
    [insult] = save(sessions, "nouvelles", flagged(
        "a", "Le directeur de Hormisdas-Gamelin est un imbécile.", "imbécile",
        title="Colère à l'école", url="https://example.org/colere"))
    [spam] = save(sessions, "forum", flagged(
        "b", "Achetez des montres pas chères à Sainte-Famille.", "Achetez",
        category="spam", title="Promo", mentions=("sainte-famille-thurso",)),
        now=NOW + timedelta(days=1))
    [other] = save(sessions, "nouvelles", flagged(
        "c", "Un autre texte avec une insulte : crétin.", "crétin", title="Autre"))
    with sessions() as session:
        reviews.add_user(session, EMAIL, hash_password(PASSWORD), NOW)
    return Seeded(insult, spam, other)


@pytest.fixture
def app(sessions: sessionmaker[Session]) -> Flask:
    return create_app(sessions, SECRET, lambda: CATALOG, clock=lambda: datetime.now(UTC))


@pytest.fixture
def client(app: Flask) -> Iterator[FlaskClient]:
    with app.test_client() as client:
        yield client


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


def login(client: FlaskClient, email: str = EMAIL, password: str = PASSWORD) -> None:
    token = csrf_of(client.get("/connexion").get_data(as_text=True))
    response = client.post("/connexion", data={"email": email, "password": password,
                                               "csrf_token": token})
    assert response.status_code == 302, response.get_data(as_text=True)


def page_token(client: FlaskClient, path: str) -> str:
    """The CSRF token of a page the client can see."""
    response = client.get(path)
    assert response.status_code == 200, response.status_code
    return csrf_of(response.get_data(as_text=True))
