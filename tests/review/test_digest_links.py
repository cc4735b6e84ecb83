"""Each digest entry links to its review page with a signed link, once the site is set."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from tests.conftest import base_config
from tests.review.conftest import NOW, flagged, save
from worker.config import parse_config
from worker.digest.build import build_digest
from worker.digest.select import select_digest
from worker.review.links import read_item_token

SECRET = "s" * 40
CONFIG = parse_config(base_config())


def digest(session: Session):  # type: ignore[no-untyped-def]
    start = NOW - timedelta(hours=1)
    return select_digest(session, CONFIG, start, start + timedelta(days=1), NOW,
                         date(2026, 11, 25))


def test_entries_carry_a_signed_link_when_the_site_is_configured(
        sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_REVIEW_URL", "https://veille.example.org/revue/")
    monkeypatch.setenv("VEILLE_SECRET_KEY", SECRET)
    [item_id] = save(sessions, "nouvelles", flagged("a", "Quel imbécile.", "imbécile"))
    with sessions() as session:
        built = digest(session)
    [entry] = built.entries
    assert entry.review_url is not None
    prefix = "https://veille.example.org/revue/lien/"
    assert entry.review_url.startswith(prefix)
    assert read_item_token(entry.review_url.removeprefix(prefix), SECRET, NOW) == item_id
    rendered = build_digest(built)
    assert f'href="{entry.review_url}"' in rendered.html
    assert entry.review_url in rendered.text


def test_no_link_without_the_site_or_with_a_short_secret(
        sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch) -> None:
    save(sessions, "nouvelles", flagged("a", "Quel imbécile.", "imbécile"))
    monkeypatch.delenv("VEILLE_REVIEW_URL", raising=False)
    with sessions() as session:
        assert digest(session).entries[0].review_url is None
    monkeypatch.setenv("VEILLE_REVIEW_URL", "https://veille.example.org")
    monkeypatch.setenv("VEILLE_SECRET_KEY", "court")
    with sessions() as session:
        assert digest(session).entries[0].review_url is None
