"""The review site (Flask, server-rendered, French).

Access is denied by default: a request reaches a view only if the person is signed in, or
the view is one of the few public ones (the login page, and the signed-link page, which
checks its own token). So a route added later is protected without anyone remembering to.
Every POST carries a CSRF token (Flask-WTF); sessions are signed with ``VEILLE_SECRET_KEY``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from flask import Flask, current_app, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_wtf.csrf import CSRFError, CSRFProtect
from sqlalchemy.orm import Session, sessionmaker
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers.response import Response

from worker.review.auth import password_fingerprint
from worker.review.present import Catalog, local_datetime
from worker.store import reviews
from worker.store.models import ReviewUser

PUBLIC_ENDPOINTS = frozenset({"login.login", "pages.signed_link", "pages.missing_link"})
EXTENSION = "veille_review"


@dataclass(frozen=True)
class Site:
    """What the views need, given once to ``create_app``."""

    sessions: sessionmaker[Session]
    secret_key: str
    catalog: Callable[[], Catalog]  # read per request: a config edit shows without restart
    link_max_age_seconds: int
    clock: Callable[[], datetime]


def site() -> Site:
    value: Site = current_app.extensions[EXTENSION]
    return value


def db() -> Session:
    """The request's database session, closed when the request ends."""
    if "db" not in g:
        g.db = site().sessions()
    value: Session = g.db
    return value


def current_user() -> ReviewUser | None:
    """The signed-in user, or None. A session whose user was removed, or whose password
    changed since, counts as signed out."""
    if "user" not in g:
        g.user = _user_from_session()
    user: ReviewUser | None = g.user
    return user


def _user_from_session() -> ReviewUser | None:
    uid, fingerprint = session.get("uid"), session.get("pw")
    if not isinstance(uid, int):
        return None
    user = db().get(ReviewUser, uid)
    if user is None or password_fingerprint(user.password_hash) != fingerprint:
        session.clear()
        return None
    return user


def create_app(
    sessions: sessionmaker[Session],
    secret_key: str,
    catalog: Callable[[], Catalog] = Catalog,
    link_max_age_seconds: int = 14 * 86400,
    secure_cookies: bool = False,
    session_hours: float = 12,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Flask:
    """The review site's WSGI app.

    Args:
        sessions: database sessions (the schema must be migrated).
        secret_key: ``VEILLE_SECRET_KEY``: signs sessions, CSRF tokens and item links.
        catalog: school names and time zone, read per request.
        link_max_age_seconds: how long a signed item link opens its page.
        secure_cookies: send the session cookie over HTTPS only.
        clock: now, aware (tests move it).
    """
    app = Flask(__name__, static_folder=None,
                template_folder=str(Path(__file__).parent / "templates"))
    app.config.update(
        SECRET_KEY=secret_key,
        SESSION_COOKIE_NAME="veille_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=secure_cookies,
        PERMANENT_SESSION_LIFETIME=int(session_hours * 3600),
        # The token lives as long as the session, which expires on its own.
        WTF_CSRF_TIME_LIMIT=None,
        MAX_CONTENT_LENGTH=64 * 1024,
    )
    app.extensions[EXTENSION] = Site(sessions, secret_key, catalog, link_max_age_seconds, clock)
    CSRFProtect(app)
    _register(app)
    return app


def _register(app: Flask) -> None:
    from worker.review.login import blueprint as login_blueprint
    from worker.review.pages import blueprint as pages_blueprint

    app.register_blueprint(login_blueprint)
    app.register_blueprint(pages_blueprint)
    app.before_request(_require_login)
    app.after_request(_security_headers)
    app.teardown_appcontext(_close_db)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    app.context_processor(_template_globals)


def _require_login() -> ResponseReturnValue | None:
    if request.endpoint in PUBLIC_ENDPOINTS or current_user() is not None:
        return None
    if request.method == "GET" and request.endpoint is not None:
        return redirect(url_for("login.login", suivant=request.full_path.rstrip("?")))
    return render_template("error.html", title="Connexion requise",
                           message="Connectez-vous pour faire cette action."), 403


def _security_headers(response: Response) -> Response:
    headers = response.headers
    # No script at all; inline styles only (the stylesheet is in the page).
    headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'")
    headers["X-Frame-Options"] = "DENY"
    headers["X-Content-Type-Options"] = "nosniff"
    # A signed link is in the address bar: it must not leak to the sites an item links to.
    headers["Referrer-Policy"] = "no-referrer"
    headers["Cache-Control"] = "no-store"
    return response


def _close_db(_exc: BaseException | None) -> None:
    database = g.pop("db", None)
    if database is not None:
        database.close()


def _csrf_error(error: CSRFError) -> ResponseReturnValue:
    return render_template(
        "error.html", title="Formulaire refusé",
        message="Le formulaire a expiré ou ne vient pas de ce site (jeton CSRF "
                "manquant ou invalide). Rechargez la page et recommencez."), 400


_HTTP_MESSAGES = {
    403: ("Accès refusé", "Vous n'avez pas accès à cette page."),
    404: ("Introuvable", "Cette page ou cet élément n'existe pas."),
    405: ("Méthode refusée", "Cette adresse ne s'utilise pas ainsi."),
    413: ("Trop long", "Le formulaire envoyé est trop long."),
}


def _http_error(error: HTTPException) -> ResponseReturnValue:
    code = error.code or 500
    title, message = _HTTP_MESSAGES.get(code, ("Erreur", "La requête n'a pas abouti."))
    return render_template("error.html", title=title, message=message), code


def _template_globals() -> dict[str, object]:
    zone = site().catalog().timezone
    return {
        "user": current_user() if request.endpoint else None,
        "quand": lambda value: local_datetime(value, zone),
        "statuses": reviews.STATUSES,
    }
