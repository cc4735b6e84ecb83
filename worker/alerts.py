"""Alerts that cannot wait: each critical item (threat of violence, sexual content involving
students, doxxing of a student, incitement to self-harm) emailed within minutes, once.

Per item: claim (a unique row) -> build -> deliver -> mark sent, like the digest. A later
poll of the same item, a duplicate task or the minute sweep finds the row and skips. A
failed delivery gives the claim back and raises ``DeliveryError`` for the task to retry; a
permanent failure marks the alert failed so no sweep repeats it. Either way the item still
appears in the next digest: alerts never hold the digest back.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from worker.config import VeilleConfig
from worker.digest.build import build_alert
from worker.digest.model import DigestEntry
from worker.digest.select import route_matches, select_alert, without_dismissed
from worker.digest.send import compose, deliver
from worker.digest.service import digest_day_of
from worker.errors import DeliveryError
from worker.store import repository as repo
from worker.store.models import Item

log = logging.getLogger(__name__)

CLAIM_TTL = timedelta(minutes=5)
# Older critical items are the digest's business: after a day an "alert" alarms for nothing,
# and the first run on an existing database must not mail its whole history.
LOOKBACK = timedelta(hours=24)


@dataclass(frozen=True)
class AlertsOutcome:
    sent: tuple[int, ...] = ()  # ids of the items alerted by this call
    where: tuple[str, ...] = ()  # SMTP server or .eml path, per alert


def alert_recipients(config: VeilleConfig, entry: DigestEntry) -> list[str]:
    """``alerts.recipients`` (else the digest's main list), then every matching route's.

    Returns:
        The addresses, each once (compared without case), in that order.
    """
    addresses = list(config.alerts.recipients or config.digest.recipients)
    for route in config.digest.routes:
        if route_matches(route, entry):
            addresses += route.recipients
    unique: dict[str, str] = {}
    for address in addresses:
        unique.setdefault(address.casefold(), address)
    return list(unique.values())


def alert_message_id(item_id: int, sender: str) -> str:
    """Deterministic per item, so a retried alert carries the same Message-ID."""
    domain = sender.rpartition("@")[2] or "veille.local"
    return f"<alert-{item_id}@{domain}>"


def send_alerts(
    sessions: sessionmaker[Session], config: VeilleConfig, smtp_url: str | None, outbox: Path,
    now: datetime,
) -> AlertsOutcome:
    """Send the alert of every critical item flagged in the last day and not yet alerted.

    Args:
        smtp_url: see ``send.parse_smtp_url``; None writes ``.eml`` files to ``outbox``.
        now: aware UTC; also when the messages say they were sent.

    Returns:
        The items alerted by this call (others may be held by a concurrent call).

    Raises:
        DeliveryError: one alert could not be sent; its claim was released (or, when
            ``permanent``, it was marked failed). Alerts sent before it stay sent.
    """
    if not config.alerts.enabled:
        return AlertsOutcome()
    sent: list[int] = []
    where: list[str] = []
    with sessions() as session:
        candidates = repo.alert_candidates(session, now - LOOKBACK, now)
        for item in without_dismissed(session, candidates):
            claim = repo.claim_alert(session, item.id, now, CLAIM_TTL)
            if claim is None:
                continue  # another worker holds it, or finished it since the query
            where.append(_send_claimed(session, config, item, claim, smtp_url, outbox, now))
            sent.append(item.id)
    return AlertsOutcome(tuple(sent), tuple(where))


def _send_claimed(
    session: Session, config: VeilleConfig, item: Item, claim: repo.AlertClaim,
    smtp_url: str | None, outbox: Path, now: datetime,
) -> str:
    period = digest_day_of(session, config, item.flagged_at or now)
    alert = select_alert(session, config, item, now, period)
    recipients = alert_recipients(config, alert.entry)
    sender = config.digest.sender
    message = compose(build_alert(alert), sender, recipients,
                      alert_message_id(item.id, sender), now)
    try:
        where = deliver(message, smtp_url, outbox)
    except DeliveryError as exc:
        repo.release_alert(session, claim, str(exc), give_up=exc.permanent)
        log.warning("alert for item %d not delivered: %s", item.id, exc)
        raise
    repo.finish_alert(session, claim, now, len(recipients))
    log.info("alert for item %d sent to %d recipient(s)", item.id, len(recipients))
    return where
