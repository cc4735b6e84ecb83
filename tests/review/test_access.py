"""Who reaches what: nothing without a login or a signed link; a link opens its own item,
read-only; every action needs a login and a CSRF token."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session, sessionmaker

from tests.review.conftest import (
    EMAIL,
    NOW,
    PASSWORD,
    SECRET,
    Seeded,
    csrf_of,
    login,
    page_token,
)
from worker.review.app import PUBLIC_ENDPOINTS
from worker.review.auth import hash_password
from worker.review.links import item_link, item_token
from worker.store import reviews


def route_urls(app: Flask, item_id: int) -> list[tuple[str, str]]:
    """(method, url) of every non-public route, its arguments filled in."""
    urls = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint in PUBLIC_ENDPOINTS:
            continue
        values = {name: item_id if name != "token" else "x" for name in rule.arguments}
        with app.test_request_context():
            from flask import url_for
            url = url_for(rule.endpoint, **values)
        urls.extend((method, url) for method in sorted(rule.methods - {"HEAD", "OPTIONS"}))
    return urls


def test_every_page_without_login_redirects_to_the_login(
        app: Flask, client: FlaskClient, seeded: Seeded) -> None:
    gets = [url for method, url in route_urls(app, seeded.insult) if method == "GET"]
    assert "/elements" in gets and f"/elements/{seeded.insult}" in gets
    for url in gets:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.headers["Location"].startswith("/connexion?suivant="), url


def test_every_action_without_login_is_refused_even_with_a_csrf_token(
        app: Flask, client: FlaskClient, seeded: Seeded,
        sessions: sessionmaker[Session]) -> None:
    posts = [url for method, url in route_urls(app, seeded.insult) if method == "POST"]
    assert len(posts) >= 4
    for url in posts:
        assert client.post(url, data={"statut": "faux_positif"}).status_code == 400, url
        token = page_token(client, "/connexion")  # an anonymous session has a token too
        refused = client.post(url, data={"statut": "faux_positif", "csrf_token": token,
                                         "type": "source"})
        assert refused.status_code == 403, url
        assert "Connectez-vous" in refused.get_data(as_text=True)
    with sessions() as session:
        assert reviews.history(session, seeded.insult) == []
        assert reviews.exception_rules(session, include_removed=True) == []


def test_a_signed_link_opens_its_item_read_only(
        client: FlaskClient, seeded: Seeded) -> None:
    page = client.get(item_link("http://x", seeded.insult, SECRET, datetime.now(UTC))
                      .removeprefix("http://x"))
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "Colère à l&#39;école" in html and "<mark>imbécile</mark>" in html
    assert "Propos diffamatoires (attaque, insulte" in html  # the charter clause
    assert 'id="decision"' not in html and "connectez-vous" in html
    assert page.headers["Referrer-Policy"] == "no-referrer"


def test_a_signed_link_opens_nothing_else(client: FlaskClient, seeded: Seeded) -> None:
    token = item_token(seeded.insult, SECRET, datetime.now(UTC))
    assert client.get(f"/lien/{token}").status_code == 200
    for url in (f"/elements/{seeded.insult}", f"/elements/{seeded.other}", "/elements",
                "/exceptions"):
        assert client.get(url).status_code == 302, url


@pytest.mark.parametrize("case", ["expired", "future", "id changed", "signature changed",
                                  "other secret", "garbage", "truncated"])
def test_bad_signed_links_are_refused(client: FlaskClient, seeded: Seeded, case: str) -> None:
    now = datetime.now(UTC)
    good = item_token(seeded.insult, SECRET, now)
    value, stamp, signature = good.split(".")
    middle = len(signature) // 2
    flipped = signature[:middle] + ("A" if signature[middle] != "A" else "B") \
        + signature[middle + 1:]
    token = {
        "expired": item_token(seeded.insult, SECRET, now - timedelta(days=15)),
        "future": item_token(seeded.insult, SECRET, now + timedelta(days=1)),
        "id changed": f"{seeded.other}.{stamp}.{signature}",
        "signature changed": f"{value}.{stamp}.{flipped}",
        "other secret": item_token(seeded.insult, "another-secret-" + SECRET, now),
        "garbage": "abc",
        "truncated": f"{value}.{stamp}",
    }[case]
    response = client.get(f"/lien/{token}")
    assert response.status_code == 403
    html = response.get_data(as_text=True)
    assert "Lien refusé" in html and "imbécile" not in html
    assert ("expiré" in html) == (case in ("expired", "future"))


def test_a_missing_token_is_refused(client: FlaskClient, seeded: Seeded) -> None:
    assert client.get("/lien/").status_code == 403
    assert client.get("/lien").status_code in (308, 403, 404)


def test_a_link_to_an_erased_item_opens_nothing(
        client: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]) -> None:
    from worker.store import privacy

    with sessions() as session:
        privacy.erase_items(session, [seeded.insult], NOW)
    token = item_token(seeded.insult, SECRET, datetime.now(UTC))
    assert client.get(f"/lien/{token}").status_code == 404


def test_a_wrong_password_or_address_gets_one_message(
        client: FlaskClient, seeded: Seeded) -> None:
    for email, password in ((EMAIL, "mauvais mot de passe"), ("inconnu@example.org", PASSWORD)):
        token = page_token(client, "/connexion")
        response = client.post("/connexion", data={"email": email, "password": password,
                                                   "csrf_token": token})
        assert response.status_code == 401
        assert "Adresse ou mot de passe incorrect." in response.get_data(as_text=True)
    assert client.get("/elements").status_code == 302


def test_login_without_csrf_is_refused(client: FlaskClient, seeded: Seeded) -> None:
    client.get("/connexion")
    response = client.post("/connexion", data={"email": EMAIL, "password": PASSWORD})
    assert response.status_code == 400
    assert "jeton CSRF" in response.get_data(as_text=True)


def test_login_goes_back_where_asked_but_never_off_site(app: Flask, seeded: Seeded) -> None:
    for target, expected in ((f"/elements/{seeded.insult}", f"/elements/{seeded.insult}"),
                             ("https://evil.example/", "/elements"),
                             ("//evil.example/", "/elements")):
        client = app.test_client()
        token = page_token(client, "/connexion")
        response = client.post("/connexion", data={"email": EMAIL, "password": PASSWORD,
                                                   "suivant": target, "csrf_token": token})
        assert response.headers["Location"] == expected


def test_actions_without_csrf_are_refused_when_signed_in(
        client: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]) -> None:
    login(client)
    for data in ({"statut": "faux_positif"},
                 {"statut": "faux_positif", "csrf_token": "forged"}):
        response = client.post(f"/elements/{seeded.insult}/decision", data=data)
        assert response.status_code == 400
    assert client.post(f"/elements/{seeded.insult}/exceptions",
                       data={"type": "source"}).status_code == 400
    assert client.post("/deconnexion").status_code == 400
    with sessions() as session:
        assert reviews.history(session, seeded.insult) == []
        assert reviews.active_exceptions(session) == ()


def test_a_signed_in_link_holder_is_taken_to_the_full_page(
        client: FlaskClient, seeded: Seeded) -> None:
    login(client)
    token = item_token(seeded.insult, SECRET, datetime.now(UTC))
    response = client.get(f"/lien/{token}")
    assert response.headers["Location"] == f"/elements/{seeded.insult}"


def test_logout_and_password_change_and_removal_end_sessions(
        client: FlaskClient, seeded: Seeded, sessions: sessionmaker[Session]) -> None:
    login(client)
    assert client.get("/elements").status_code == 200
    client.post("/deconnexion", data={"csrf_token": page_token(client, "/elements")})
    assert client.get("/elements").status_code == 302
    login(client)
    with sessions() as session:
        reviews.set_password_hash(session, EMAIL, hash_password("un tout autre mot de passe"))
    assert client.get("/elements").status_code == 302
    login(client, password="un tout autre mot de passe")
    with sessions() as session:
        reviews.remove_user(session, EMAIL)
    assert client.get("/elements").status_code == 302


def test_pages_send_protective_headers(client: FlaskClient, seeded: Seeded) -> None:
    response = client.get("/connexion")
    assert "script-src" not in response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"
    cookie = response.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_fetched_text_is_escaped(client: FlaskClient, sessions: sessionmaker[Session],
                                 seeded: Seeded) -> None:
    from tests.review.conftest import flagged, save

    [item] = save(sessions, "nouvelles", flagged(
        "x", "<script>alert(1)</script> est idiot", "idiot", title="<b>gras</b>"))
    login(client)
    html = client.get(f"/elements/{item}").get_data(as_text=True)
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    assert "<b>gras</b>" not in html
    assert csrf_of(html)
