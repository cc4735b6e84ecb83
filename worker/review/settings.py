"""The review site's environment: its secret, its public address, how long links live.

Secrets come only from the environment (see ``worker.settings``); this is read apart from
``Settings`` so that the worker needs none of it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from worker.errors import VeilleError

MIN_SECRET_LENGTH = 32
GENERATE_HINT = 'python3 -c "import secrets; print(secrets.token_urlsafe(48))"'


class ReviewConfigError(VeilleError):
    """The review site cannot start (or sign links) with this environment."""


@dataclass(frozen=True)
class ReviewSettings:
    """What the site and the digest's links need."""

    secret_key: str
    base_url: str | None  # VEILLE_REVIEW_URL: the site's public address, for links
    link_max_age: timedelta = timedelta(days=14)
    session_lifetime: timedelta = timedelta(hours=12)

    @property
    def secure_cookies(self) -> bool:
        """Send the session cookie over HTTPS only when the site is served over HTTPS."""
        return bool(self.base_url and self.base_url.startswith("https://"))

    def __repr__(self) -> str:  # never print the secret
        return f"ReviewSettings(base_url={self.base_url!r}, link_max_age={self.link_max_age})"


def load_review_settings(env: Mapping[str, str] | None = None) -> ReviewSettings:
    """Read ``VEILLE_SECRET_KEY``, ``VEILLE_REVIEW_URL``, ``VEILLE_REVIEW_LINK_DAYS`` and
    ``VEILLE_REVIEW_SESSION_HOURS``.

    Raises:
        ReviewConfigError: the secret is missing or too short, or a number is not one.
    """
    env = os.environ if env is None else env
    secret = env.get("VEILLE_SECRET_KEY") or ""
    if len(secret) < MIN_SECRET_LENGTH:
        raise ReviewConfigError(
            "VEILLE_SECRET_KEY manque ou est trop court (au moins "
            f"{MIN_SECRET_LENGTH} caractères) : le site de révision ne démarre pas sans lui. "
            f"En créer un avec : {GENERATE_HINT}")
    return ReviewSettings(
        secret_key=secret,
        base_url=(env.get("VEILLE_REVIEW_URL") or "").strip() or None,
        link_max_age=timedelta(days=_number(env, "VEILLE_REVIEW_LINK_DAYS", 14)),
        session_lifetime=timedelta(hours=_number(env, "VEILLE_REVIEW_SESSION_HOURS", 12)),
    )


def _number(env: Mapping[str, str], name: str, default: float) -> float:
    raw = env.get(name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if value <= 0:
        raise ReviewConfigError(f"{name} doit être un nombre positif (reçu : {raw!r}).")
    return value
