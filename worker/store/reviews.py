"""Queries of the review site, and what the digest and the classifier learn from it: who may
sign in, what the team decided about each flagged item, which exceptions are in force.

Reviews are append-only: an item's history is all its rows, its status the latest (highest
id). The digest asks ``suppressed_among``; the classifier asks ``active_exceptions``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session, aliased

from worker.charter.model import Evidence
from worker.dedupe import StoryMarks
from worker.errors import VeilleError
from worker.review.exceptions import KINDS, ExceptionSpec, flag_excepted, item_excepted
from worker.store.models import ExceptionRule, Flag, Item, Mention, Review, ReviewUser, Source
from worker.store.repository import FlaggedItem, item_values

# Status keys (stored) and their French labels (shown).
STATUSES: dict[str, str] = {
    "confirme": "confirmé",
    "traite": "traité",
    "faux_positif": "faux positif",
}
FALSE_POSITIVE = "faux_positif"
UNREVIEWED = "a_examiner"  # a list filter: items nobody decided on yet
MAX_NOTE = 2000
MAX_VALUE = 500


class ReviewError(VeilleError):
    """A review-site request that cannot be done as asked; the message is for a person."""


def normalise_email(email: str) -> str:
    return email.strip().lower()


# --- users -------------------------------------------------------------------------------------

def add_user(session: Session, email: str, password_hash: str, now: datetime) -> ReviewUser:
    """Create a user.

    Raises:
        ReviewError: the address is malformed or already has an account.
    """
    email = normalise_email(email)
    if "@" not in email or len(email) > 320:
        raise ReviewError(f"Adresse invalide : {email!r}")
    if find_user(session, email) is not None:
        raise ReviewError(f"Un compte existe déjà pour {email}.")
    user = ReviewUser(email=email, password_hash=password_hash, created_at=now)
    session.add(user)
    session.commit()
    return user


def find_user(session: Session, email: str) -> ReviewUser | None:
    return session.scalars(
        select(ReviewUser).where(ReviewUser.email == normalise_email(email))).first()


def list_users(session: Session) -> list[ReviewUser]:
    return list(session.scalars(select(ReviewUser).order_by(ReviewUser.email)))


def remove_user(session: Session, email: str) -> bool:
    """Delete an account (its decisions stay, under its address); False if there was none."""
    user = find_user(session, email)
    if user is None:
        return False
    session.delete(user)
    session.commit()
    return True


def set_password_hash(session: Session, email: str, password_hash: str) -> bool:
    """Replace a user's password hash (which signs out their sessions); False if no user."""
    user = find_user(session, email)
    if user is None:
        return False
    user.password_hash = password_hash
    session.commit()
    return True


# --- decisions ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReviewRecord:
    """One decision, as the history shows it."""

    item_id: int
    status: str
    note: str | None
    decided_by: str
    decided_at: datetime

    @property
    def status_fr(self) -> str:
        return STATUSES.get(self.status, self.status)


def _record(review: Review) -> ReviewRecord:
    return ReviewRecord(review.item_id, review.status, review.note, review.decided_by,
                        review.decided_at)


def record_review(session: Session, item_id: int, status: str, note: str | None,
                  decided_by: str, now: datetime) -> ReviewRecord:
    """Append a decision to an item's history.

    Raises:
        ReviewError: unknown status, or no such flagged item.
    """
    if status not in STATUSES:
        raise ReviewError(f"Statut inconnu : {status!r}")
    if flagged_item(session, item_id) is None:
        raise ReviewError(f"Élément introuvable : {item_id}")
    review = Review(item_id=item_id, status=status, note=(note or "").strip()[:MAX_NOTE] or None,
                    decided_by=decided_by, decided_at=now)
    session.add(review)
    session.commit()
    return _record(review)


def history(session: Session, item_id: int) -> list[ReviewRecord]:
    """Every decision about an item, oldest first."""
    return [_record(r) for r in session.scalars(
        select(Review).where(Review.item_id == item_id).order_by(Review.id))]


def recent_reviews(session: Session, limit: int = 100) -> list[tuple[ReviewRecord, str | None]]:
    """The latest decisions on any item, newest first, with the item's title."""
    rows = session.execute(
        select(Review, Item.title).join(Item, Item.id == Review.item_id)
        .order_by(Review.id.desc()).limit(limit))
    return [(_record(review), title) for review, title in rows]


def _latest_ids() -> Select[int]:
    return select(func.max(Review.id)).group_by(Review.item_id)


def current_statuses(session: Session, item_ids: Collection[int]) -> dict[int, str]:
    """Item id -> latest status, for the items that have one."""
    if not item_ids:
        return {}
    return dict(session.execute(
        select(Review.item_id, Review.status).where(
            Review.id.in_(_latest_ids()), Review.item_id.in_(list(item_ids)))).all())


def suppressed_item_ids(session: Session, ids: Collection[int]) -> set[int]:
    """Those of ``ids`` the digest must leave out (see ``suppressed_among``)."""
    if not ids:
        return set()
    rows = session.execute(select(Item.id, Item.canonical_url, Item.title_key)
                           .where(Item.id.in_(list(ids))))
    return suppressed_among(session, {item_id: StoryMarks(url, key, None)
                                      for item_id, url, key in rows})


def suppressed_among(session: Session, marks: Mapping[int, StoryMarks]) -> set[int]:
    """Those of the items in ``marks`` (id -> its story marks) the digest must leave out:
    items whose latest decision is « faux positif », and their duplicates in the digest's
    sense (same canonical URL, or same title key, from any source), unless a duplicate has a
    decision of its own.

    Compared here rather than in SQL: a day's 10,000 ids in IN lists cost half a second to
    send, the false positives are few, and the items' marks are already loaded.
    """
    if not marks:
        return set()
    latest = _latest_ids().where(Review.item_id.between(min(marks), max(marks)))
    statuses = {item_id: status for item_id, status in session.execute(
        select(Review.item_id, Review.status).where(Review.id.in_(latest))) if item_id in marks}
    direct = {i for i, status in statuses.items() if status == FALSE_POSITIVE}
    undecided = [i for i in marks if i not in statuses]
    if not undecided:
        return direct
    false_positives = select(Review.item_id).where(
        Review.id.in_(_latest_ids()), Review.status == FALSE_POSITIVE)
    urls: set[str] = set()
    titles: set[str] = set()
    for url, key in session.execute(select(Item.canonical_url, Item.title_key)
                                    .where(Item.id.in_(false_positives))):
        urls.update([url] if url else [])
        titles.update([key] if key else [])
    return direct | {i for i in undecided
                     if marks[i].canonical_url in urls or marks[i].title_key in titles}


# --- the list and the item page ----------------------------------------------------------------

@dataclass(frozen=True)
class ListFilters:
    """What the list is narrowed to; None means any."""

    status: str | None = None  # a STATUSES key, or UNREVIEWED
    entity_id: str | None = None
    category: str | None = None
    since: datetime | None = None  # flagged at or after
    until: datetime | None = None  # flagged before


@dataclass(frozen=True)
class ListedItem:
    item: Item
    source_name: str
    status: str | None
    decided_by: str | None
    decided_at: datetime | None

    @property
    def status_fr(self) -> str:
        return STATUSES.get(self.status, self.status) if self.status else "à examiner"


def list_flagged(session: Session, filters: ListFilters, limit: int = 50, offset: int = 0
                 ) -> tuple[list[ListedItem], int]:
    """Flagged items matching ``filters``, newest first, and how many match in all."""
    latest = aliased(Review)
    query = (
        select(Item, Source.name, latest.status, latest.decided_by, latest.decided_at)
        .join(Source, Source.id == Item.source_id)
        .outerjoin(latest, (latest.item_id == Item.id) & latest.id.in_(_latest_ids()))
        .where(Item.flagged.is_(True))
    )
    query = _narrow(query, filters, latest)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(Item.flagged_at.desc(), Item.id.desc()).limit(limit).offset(offset))
    return [ListedItem(*row) for row in rows], total


def _narrow(query: Select[Item, str, str, str, datetime], filters: ListFilters,
            latest: type[Review]) -> Select[Item, str, str, str, datetime]:
    if filters.status == UNREVIEWED:
        query = query.where(latest.id.is_(None))
    elif filters.status:
        query = query.where(latest.status == filters.status)
    if filters.entity_id:
        query = query.where(Item.id.in_(
            select(Mention.item_id).where(Mention.entity_id == filters.entity_id)))
    if filters.category:
        query = query.where(Item.id.in_(
            select(Flag.item_id).where(Flag.category == filters.category)))
    if filters.since:
        query = query.where(Item.flagged_at >= filters.since)
    if filters.until:
        query = query.where(Item.flagged_at < filters.until)
    return query


def flagged_item(session: Session, item_id: int) -> tuple[Item, str] | None:
    """A flagged item and its source's name; None if absent or not flagged (an item erased
    under Law 25 is no longer flagged, so it leaves the site too)."""
    row = session.execute(
        select(Item, Source.name).join(Source, Source.id == Item.source_id)
        .where(Item.id == item_id, Item.flagged.is_(True))).first()
    return (row[0], row[1]) if row else None


def reviewed_items(session: Session) -> list[tuple[Item, str]]:
    """Every item with a decision and its text still kept, with its latest status."""
    rows = session.execute(
        select(Item, Review.status).join(Review, Review.item_id == Item.id)
        .where(Review.id.in_(_latest_ids()), Item.text.is_not(None)).order_by(Item.id))
    return [(item, status) for item, status in rows]


# --- exceptions --------------------------------------------------------------------------------

def add_exception(session: Session, kind: str, value: str, context: str | None,
                  created_by: str, now: datetime, from_item_id: int | None = None
                  ) -> ExceptionRule:
    """Create an exception (or return the identical active one).

    Raises:
        ReviewError: unknown kind, or an empty value.
    """
    value, context = value.strip()[:MAX_VALUE], (context or "").strip()[:MAX_VALUE] or None
    if kind not in KINDS:
        raise ReviewError(f"Type d'exception inconnu : {kind!r}")
    if not value:
        raise ReviewError("Une exception doit avoir une valeur.")
    if kind != "term":
        context = None  # a context only makes sense around a term
    same = session.scalars(select(ExceptionRule).where(
        ExceptionRule.active.is_(True), ExceptionRule.kind == kind,
        ExceptionRule.value == value, ExceptionRule.context.is_(None) if context is None
        else ExceptionRule.context == context)).first()
    if same is not None:
        return same
    rule = ExceptionRule(kind=kind, value=value, context=context, created_by=created_by,
                         created_at=now, active=True, from_item_id=from_item_id)
    session.add(rule)
    session.commit()
    return rule


def exception_rules(session: Session, include_removed: bool = False) -> list[ExceptionRule]:
    """Exceptions, newest first; the removed ones too if asked."""
    query = select(ExceptionRule).order_by(ExceptionRule.id.desc())
    if not include_removed:
        query = query.where(ExceptionRule.active.is_(True))
    return list(session.scalars(query))


def remove_exception(session: Session, rule_id: int, removed_by: str, now: datetime) -> bool:
    """Deactivate an exception (kept for the record); False if it was not active."""
    result = session.execute(
        update(ExceptionRule).where(ExceptionRule.id == rule_id, ExceptionRule.active.is_(True))
        .values(active=False, removed_by=removed_by, removed_at=now))
    session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


def active_exceptions(session: Session) -> tuple[ExceptionSpec, ...]:
    """The exceptions in force, oldest first, as the classifier takes them."""
    return tuple(
        ExceptionSpec(r.id, r.kind, r.value, r.context) for r in session.scalars(
            select(ExceptionRule).where(ExceptionRule.active.is_(True))
            .order_by(ExceptionRule.id)))


def excepted_item_ids(session: Session, ids: Collection[int],
                      exceptions: Sequence[ExceptionSpec]) -> set[int]:
    """Those of ``ids`` whose every stored flag an exception now silences (see
    ``excepted_among``)."""
    if not ids or not exceptions:
        return set()
    items = session.scalars(select(Item).where(Item.id.in_(list(ids))))
    return excepted_among([item_values(item) for item in items], exceptions)


def excepted_among(items: Iterable[FlaggedItem],
                   exceptions: Sequence[ExceptionSpec]) -> set[int]:
    """Those of ``items`` whose every flag an exception now silences: for items stored
    before the exception was made and not yet in a digest."""
    if not exceptions:
        return set()
    return {item.id for item in items if _all_flags_excepted(item, exceptions)}


def _all_flags_excepted(item: FlaggedItem, exceptions: Sequence[ExceptionSpec]) -> bool:
    if item_excepted(item.author, item.source_id, exceptions):
        return True
    if item.text is None or not item.flags:
        return False
    full_text = f"{item.title}\n\n{item.text}" if item.title else item.text
    return all(flag_excepted(tuple(Evidence(*span) for span in flag.evidence), full_text,
                             exceptions) for flag in item.flags)


def evidence_of(flag: Flag) -> tuple[Evidence, ...]:
    """A stored flag's evidence as values."""
    return tuple(Evidence(int(e["start"]), int(e["end"]), str(e["text"])) for e in flag.evidence)
