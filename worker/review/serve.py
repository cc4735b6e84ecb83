"""``veille web``: the review site built from the runtime and served by waitress."""

from __future__ import annotations

from flask import Flask

from worker.review.app import create_app
from worker.review.present import Catalog
from worker.review.settings import ReviewSettings
from worker.runtime import Runtime


def build_app(runtime: Runtime, settings: ReviewSettings) -> Flask:
    """The site on the runtime's database and config (school names, time zone)."""
    return create_app(
        runtime.sessions, settings.secret_key,
        catalog=lambda: Catalog.from_config(runtime.config),
        link_max_age_seconds=int(settings.link_max_age.total_seconds()),
        secure_cookies=settings.secure_cookies,
        session_hours=settings.session_lifetime.total_seconds() / 3600,
    )


def serve(app: Flask, host: str, port: int, threads: int = 4) -> None:
    """Serve until interrupted (waitress: a production WSGI server, pure Python)."""
    from waitress import serve as waitress_serve

    waitress_serve(app, host=host, port=port, threads=threads, ident="veille")
