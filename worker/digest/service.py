"""Sending the digest exactly once per recipient list and local day.

Claim (a unique row per period) -> select -> build -> deliver -> mark sent. A failed delivery
gives the claim back and raises, so the task retries with the same window and Message-ID; a
second run for a period already sent finds the row and sends nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session, sessionmaker

from worker.config import VeilleConfig
from worker.digest.build import build_digest
from worker.digest.model import Digest, RenderedDigest
from worker.digest.select import select_digest
from worker.digest.send import compose, deliver
from worker.errors import DeliveryError
from worker.store import repository as repo

log = logging.getLogger(__name__)

MAIN_LIST = "main"
CLAIM_TTL = timedelta(minutes=15)

Outcome = Literal["sent", "empty", "already_done"]


@dataclass(frozen=True)
class DigestOutcome:
    status: Outcome
    period: date
    entries: int = 0
    where: str | None = None  # SMTP server or .eml path


def local_period(config: VeilleConfig, now: datetime) -> date:
    """The local calendar day (in the digest's time zone) that ``now`` falls on."""
    return now.astimezone(config.digest.zone).date()


def is_due(config: VeilleConfig, now: datetime) -> bool:
    """Whether today's send time has passed, in the digest's time zone."""
    return now.astimezone(config.digest.zone).time() >= config.digest.send_at


def message_id(list_key: str, period: date, sender: str) -> str:
    """Deterministic, so a retried send carries the same Message-ID (receivers can dedupe)."""
    domain = sender.rpartition("@")[2] or "veille.local"
    return f"<digest-{list_key}-{period.isoformat()}@{domain}>"


def send_digest(
    sessions: sessionmaker[Session], config: VeilleConfig, smtp_url: str | None, outbox: Path,
    now: datetime, list_key: str = MAIN_LIST, period: date | None = None,
) -> DigestOutcome:
    """Send the digest of ``period`` (default: the local day of ``now``) unless it was
    already sent. A retry passes the period it was queued for, even after midnight.

    Raises:
        DeliveryError: the send failed; the claim was released for the retry.
    """
    period = period or local_period(config, now)
    with sessions() as session:
        claim = repo.claim_digest(session, list_key, period, now, CLAIM_TTL,
                                  message_id(list_key, period, config.digest.sender))
        if claim is None:
            return DigestOutcome("already_done", period)
        digest = select_digest(session, config, claim.window_start, claim.window_end, now, period)
        if not digest.entries and not config.digest.send_when_empty:
            repo.finish_digest(session, claim, now, 0, sent=False)
            return DigestOutcome("empty", period)
        message = compose(build_digest(digest), config.digest.sender, config.digest.recipients,
                          claim.message_id, now)
        try:
            where = deliver(message, smtp_url, outbox)
        except DeliveryError as exc:
            repo.release_digest(session, claim, str(exc))
            log.warning("digest %s %s not delivered: %s", list_key, period, exc)
            raise
        repo.finish_digest(session, claim, now, len(digest.entries), sent=True)
    log.info("digest %s %s sent: %d entries", list_key, period, len(digest.entries))
    return DigestOutcome("sent", period, len(digest.entries), where)


def preview_digest(
    sessions: sessionmaker[Session], config: VeilleConfig, now: datetime
) -> tuple[Digest, RenderedDigest]:
    """The digest that would be sent now, without claiming or sending anything."""
    with sessions() as session:
        start = repo.last_digest_end(session, MAIN_LIST) or repo.EPOCH
        digest = select_digest(session, config, start, now, now, local_period(config, now))
    return digest, build_digest(digest)
