"""Signed, expiring links to one item's page, for the digest: a recipient reaches the item
in one click, without an account, and the link opens that item's page and nothing else.

The token is ``<item id>.<timestamp>.<HMAC-SHA256>`` (itsdangerous' ``TimestampSigner``)
keyed by ``VEILLE_SECRET_KEY`` with a salt of its own, so a session cookie can never pass
for a link, nor a link for a cookie. Pure: the clock is an argument.

The digest should call ``item_link(VEILLE_REVIEW_URL, entry.item_id, VEILLE_SECRET_KEY,
now)`` for each entry when both variables are set.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner

from worker.review.settings import ReviewConfigError, load_review_settings

log = logging.getLogger(__name__)

SALT = "veille.review.item-link"
DEFAULT_MAX_AGE = timedelta(days=14)
LINK_PATH = "/lien/"


class LinkError(Exception):
    """A link that opens nothing; ``str(err)`` says why, in French, for the page."""

    def __init__(self, message: str, expired: bool = False) -> None:
        self.expired = expired
        super().__init__(message)


class _ClockSigner(TimestampSigner):
    """A ``TimestampSigner`` whose clock is given, so signing and checking are pure."""

    def __init__(self, secret: str, now: datetime) -> None:
        super().__init__(secret, salt=SALT, digest_method=hashlib.sha256)
        self._now = now

    def get_timestamp(self) -> int:
        return int(self._now.timestamp())


def item_token(item_id: int, secret: str, now: datetime) -> str:
    """The signed token for ``item_id``, dated ``now`` (aware)."""
    return _ClockSigner(secret, now).sign(str(item_id)).decode("ascii")


def item_link(base_url: str, item_id: int, secret: str, now: datetime) -> str:
    """The address of ``item_id``'s page on the review site, signed and dated ``now``.

    Args:
        base_url: the site's public address (``VEILLE_REVIEW_URL``), e.g.
            ``https://veille.example.org``; a path prefix is kept.
        secret: ``VEILLE_SECRET_KEY``.
        now: aware datetime; the link expires ``VEILLE_REVIEW_LINK_DAYS`` after it.
    """
    return f"{base_url.rstrip('/')}{LINK_PATH}{item_token(item_id, secret, now)}"


def read_item_token(token: str, secret: str, now: datetime,
                    max_age: timedelta = DEFAULT_MAX_AGE) -> int:
    """The item id a token opens.

    Raises:
        LinkError: the token is malformed, tampered with, signed with another secret, dated
            in the future, or older than ``max_age`` (``expired`` is then True).
    """
    signer = _ClockSigner(secret, now)
    try:
        value = signer.unsign(token, max_age=int(max_age.total_seconds()))
    except SignatureExpired as exc:
        raise LinkError("Ce lien a expiré : ouvrez l'élément depuis le site après vous être "
                        "connecté, ou depuis un condensé plus récent.", expired=True) from exc
    except BadSignature as exc:
        raise LinkError("Ce lien n'est pas valide (incomplet ou modifié).") from exc
    text = value.decode("ascii", "replace")
    if not text.isdigit():
        raise LinkError("Ce lien n'est pas valide (incomplet ou modifié).")
    return int(text)


def digest_linker(now: datetime, env: Mapping[str, str] | None = None
                  ) -> Callable[[int], str] | None:
    """What the digest and alerts use to link each item to its review page: None (no links)
    unless ``VEILLE_REVIEW_URL`` and a valid ``VEILLE_SECRET_KEY`` are both set."""
    env = os.environ if env is None else env
    if not env.get("VEILLE_REVIEW_URL"):
        return None
    try:
        settings = load_review_settings(env)
    except ReviewConfigError as exc:
        log.warning("no review links in the digest: %s", exc)
        return None
    base_url, secret = settings.base_url or "", settings.secret_key
    return lambda item_id: item_link(base_url, item_id, secret, now)
