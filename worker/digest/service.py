"""Sending the digest exactly once per recipient list and local day.

The lists: ``main`` (``digest.recipients``, everything) and one per route
(``route:<id>``, only the items the route matches). For each list and day:
claim (a unique row per period) -> select -> build -> deliver -> mark sent. A failed delivery
gives the claim back and raises, so the task retries with the same window and Message-ID; a
second run for a period already sent finds the row and sends nothing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session, sessionmaker

from worker.config import RouteConfig, VeilleConfig
from worker.digest.build import build_digest
from worker.digest.model import Digest, RenderedDigest, SourceHealth
from worker.digest.select import select_digest
from worker.digest.send import compose, deliver
from worker.errors import DeliveryError
from worker.store import repository as repo

log = logging.getLogger(__name__)

MAIN_LIST = "main"
ROUTE_PREFIX = "route:"
CLAIM_TTL = timedelta(minutes=15)
# A route added to a running service starts with the last day, not with everything ever
# flagged (the main list's first digest, on a new service, has no such past).
ROUTE_FIRST_WINDOW = timedelta(days=1)

Outcome = Literal["sent", "empty", "already_done", "removed"]


@dataclass(frozen=True)
class DigestOutcome:
    status: Outcome
    period: date
    entries: int = 0
    where: str | None = None  # SMTP server or .eml path
    list_key: str = MAIN_LIST


def local_period(config: VeilleConfig, now: datetime) -> date:
    """The local calendar day (in the digest's time zone) that ``now`` falls on."""
    return now.astimezone(config.digest.zone).date()


def is_due(config: VeilleConfig, now: datetime) -> bool:
    """Whether today's send time has passed, in the digest's time zone."""
    return now.astimezone(config.digest.zone).time() >= config.digest.send_at


def digest_day_of(session: Session, config: VeilleConfig, flagged_at: datetime) -> date:
    """The day of the main digest that holds an item flagged at ``flagged_at``: its local
    day, or the next one if that day's digest had already fixed its window."""
    day = local_period(config, flagged_at)
    end = repo.digest_window_end(session, MAIN_LIST, day)
    return day if end is None or flagged_at < end else day + timedelta(days=1)


def list_keys(config: VeilleConfig) -> list[str]:
    """Every recipient list of the config: ``main``, then ``route:<id>`` per route."""
    return [MAIN_LIST, *(ROUTE_PREFIX + route.id for route in config.digest.routes)]


def route_of(config: VeilleConfig, list_key: str) -> RouteConfig | None:
    """The route behind ``list_key``; None for the main list.

    Raises:
        KeyError: no such list in the config (a route removed since the task was queued).
    """
    if list_key == MAIN_LIST:
        return None
    if not list_key.startswith(ROUTE_PREFIX):
        raise KeyError(list_key)
    return config.digest.route(list_key.removeprefix(ROUTE_PREFIX))


def message_id(list_key: str, period: date, sender: str) -> str:
    """Deterministic, so a retried send carries the same Message-ID (receivers can dedupe)."""
    domain = sender.rpartition("@")[2] or "veille.local"
    ident = list_key.replace(":", "-")  # a colon is not allowed in a Message-ID's left part
    return f"<digest-{ident}-{period.isoformat()}@{domain}>"


def send_digest(
    sessions: sessionmaker[Session], config: VeilleConfig, smtp_url: str | None, outbox: Path,
    now: datetime, list_key: str = MAIN_LIST, period: date | None = None,
    config_problem: str | None = None, retry_in: timedelta | None = None,
) -> DigestOutcome:
    """Send the digest of ``period`` (default: the local day of ``now``) to ``list_key``
    unless it was already sent. A retry passes the period it was queued for, even after
    midnight. A route with nothing for the day sends nothing, whatever ``send_when_empty``
    says: principals get no "rien à signaler" mail.

    Args:
        config_problem: why the config file is invalid, when the service runs on its last
            valid version; shown to IT in the main digest's source-health section.
        retry_in: when the caller will retry a failed send; until then the claim is kept,
            so the scheduler's next ticks do not queue the same digest again.
    Raises:
        DeliveryError: the send failed; the claim was released for the retry.
    """
    period = period or local_period(config, now)
    try:
        route = route_of(config, list_key)
    except KeyError:
        log.info("digest list %s is no longer in the config, skipped", list_key)
        return DigestOutcome("removed", period, list_key=list_key)
    with sessions() as session:
        claim = repo.claim_digest(session, list_key, period, now, CLAIM_TTL,
                                  message_id(list_key, period, config.digest.sender),
                                  _first_start(route, now))
        if claim is None:
            return DigestOutcome("already_done", period, list_key=list_key)
        digest = select_digest(session, config, claim.window_start, claim.window_end, now,
                               period, route)
        if config_problem and route is None:
            digest = replace(digest, source_health=(config_health(config_problem),
                                                    *digest.source_health))
        if not digest.entries and (route is not None or not config.digest.send_when_empty):
            repo.finish_digest(session, claim, now, 0, sent=False)
            return DigestOutcome("empty", period, list_key=list_key)
        recipients = route.recipients if route else config.digest.recipients
        where = _deliver_claimed(session, claim, digest, config.digest.sender, recipients,
                                 smtp_url, outbox, now, retry_in)
    log.info("digest %s %s sent: %d entries", list_key, period, len(digest.entries))
    return DigestOutcome("sent", period, len(digest.entries), where, list_key)


def config_health(problem: str) -> SourceHealth:
    """The invalid config file, shown as one more failing "source" to the people who fix it."""
    return SourceHealth("config", "Configuration (veille.yaml) invalide — la dernière version "
                        "valide est en service", None, problem, 1, None)


def _first_start(route: RouteConfig | None, now: datetime) -> datetime:
    return repo.EPOCH if route is None else now - ROUTE_FIRST_WINDOW


def _deliver_claimed(
    session: Session, claim: repo.DigestClaim, digest: Digest, sender: str,
    recipients: list[str], smtp_url: str | None, outbox: Path, now: datetime,
    retry_in: timedelta | None = None,
) -> str:
    message = compose(build_digest(digest), sender, recipients, claim.message_id, now)
    try:
        where = deliver(message, smtp_url, outbox)
    except DeliveryError as exc:
        repo.release_digest(session, claim, str(exc), now + retry_in if retry_in else None)
        log.warning("digest run %d not delivered: %s", claim.run_id, exc)
        raise
    repo.finish_digest(session, claim, now, len(digest.entries), sent=True)
    return where


def send_all_digests(
    sessions: sessionmaker[Session], config: VeilleConfig, smtp_url: str | None, outbox: Path,
    now: datetime,
) -> list[tuple[str, DigestOutcome | DeliveryError]]:
    """Today's digest for every list of the config (see ``send_lists``)."""
    return send_lists(sessions, config, smtp_url, outbox, now, list_keys(config))


def send_lists(
    sessions: sessionmaker[Session], config: VeilleConfig, smtp_url: str | None, outbox: Path,
    now: datetime, keys: list[str],
) -> list[tuple[str, DigestOutcome | DeliveryError]]:
    """Today's digest for each of ``keys``; one list's failed delivery does not stop the
    others.

    Returns:
        ``(list key, outcome or the error that stopped it)``, in the order of ``keys``.
    """
    results: list[tuple[str, DigestOutcome | DeliveryError]] = []
    for key in keys:
        try:
            results.append((key, send_digest(sessions, config, smtp_url, outbox, now, key)))
        except DeliveryError as exc:
            results.append((key, exc))
    return results


def preview_digest(
    sessions: sessionmaker[Session], config: VeilleConfig, now: datetime,
    list_key: str = MAIN_LIST,
) -> tuple[Digest, RenderedDigest]:
    """The digest that would be sent now to ``list_key``, without claiming or sending.

    Raises:
        KeyError: no such list in the config.
    """
    route = route_of(config, list_key)
    with sessions() as session:
        start = repo.last_digest_end(session, list_key) or _first_start(route, now)
        digest = select_digest(session, config, start, now, now, local_period(config, now),
                               route)
    return digest, build_digest(digest)
