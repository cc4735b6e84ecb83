"""Tables. Only what the digest, reviews and statistics need is kept (Law 25): items that
mention no watched entity keep their identity (to be recognised next poll) but no text."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC out, on SQLite (no time zones) as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcDateTime()}


class Source(Base):
    """A configured source and its polling state."""

    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    connector: Mapped[str] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    next_poll_after: Mapped[datetime | None] = mapped_column(index=True)
    lease_until: Mapped[datetime | None]
    lease_token: Mapped[str | None] = mapped_column(String(64))
    last_polled_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    failing_since: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    # What the last full read salvaged around (a broken feed parsed as far as possible).
    last_warning: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)


class Item(Base):
    """One fetched item, stored once per source (by guid, and by canonical URL)."""

    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("source_id", "guid", name="uq_items_source_guid"),
        UniqueConstraint("source_id", "canonical_url", name="uq_items_source_canonical_url"),
        Index("ix_items_flagged_at", "flagged_at"),
        Index("ix_items_matched_fetched", "matched", "fetched_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    guid: Mapped[str] = mapped_column(String(1024))
    url: Mapped[str | None] = mapped_column(Text)
    canonical_url: Mapped[str | None] = mapped_column(String(2048))
    kind: Mapped[str] = mapped_column(String(20), default="article")
    fetched_at: Mapped[datetime]
    published_at: Mapped[datetime | None]
    matched: Mapped[bool] = mapped_column(Boolean, default=False)
    # Kept only for items that mention a watched entity; purged after the retention period.
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(300))
    text_purged_at: Mapped[datetime | None]
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    severity: Mapped[str | None] = mapped_column(String(10))
    flagged_at: Mapped[datetime | None]
    # A flagged item's story marks (``dedupe.story_marks``), for the digest to merge copies
    # of one story. ``title_key`` is the title folded: purged with it.
    title_key: Mapped[str | None] = mapped_column(Text)
    text_fingerprint: Mapped[int | None] = mapped_column(BigInteger)  # signed 64-bit

    mentions: Mapped[list[Mention]] = relationship(
        back_populates="item", cascade="all, delete-orphan", lazy="selectin"
    )
    flags: Mapped[list[Flag]] = relationship(
        back_populates="item", cascade="all, delete-orphan", lazy="selectin"
    )


class Mention(Base):
    __tablename__ = "mentions"

    item_id: Mapped[int] = mapped_column(
        ForeignKey("items.id", ondelete="CASCADE"), primary_key=True
    )
    entity_id: Mapped[str] = mapped_column(String(100), primary_key=True, index=True)
    item: Mapped[Item] = relationship(back_populates="mentions")


class Flag(Base):
    """One charter category an item may breach, with the evidence that caused it."""

    __tablename__ = "flags"
    __table_args__ = (UniqueConstraint("item_id", "category", name="uq_flags_item_category"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(30))
    score: Mapped[float] = mapped_column(Float)
    severity: Mapped[str] = mapped_column(String(10))
    # [{"start", "end", "text"}], offsets into title + "\n\n" + text
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    item: Mapped[Item] = relationship(back_populates="flags")


class DigestRun(Base):
    """One digest per recipient list and local day. The unique row is the claim that makes
    sending exactly-once: a retry finds it and either resumes (claim expired) or skips."""

    __tablename__ = "digest_runs"
    __table_args__ = (UniqueConstraint("list_key", "period", name="uq_digest_runs_list_period"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    list_key: Mapped[str] = mapped_column(String(100))
    period: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))  # claimed | sent | empty
    window_start: Mapped[datetime]
    window_end: Mapped[datetime]
    claimed_until: Mapped[datetime | None]
    claim_token: Mapped[str | None] = mapped_column(String(64))
    message_id: Mapped[str] = mapped_column(String(200))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    entry_count: Mapped[int] = mapped_column(Integer, default=0)


class AlertRun(Base):
    """One alert per critical item. The unique row is the claim that makes the alert
    exactly-once: a later poll, a retry or the minute sweep finds it and skips."""

    __tablename__ = "alert_runs"
    __table_args__ = (UniqueConstraint("item_id", name="uq_alert_runs_item"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10))  # claimed | sent | failed
    claimed_until: Mapped[datetime | None]
    claim_token: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    recipients: Mapped[int] = mapped_column(Integer, default=0)


# --- reviews (the team's decisions on flagged items) -------------------------------------------

class ReviewUser(Base):
    """A person who may sign in to the review site; the password is stored hashed only."""

    __tablename__ = "review_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime]


class Review(Base):
    """One decision about a flagged item. Append-only: the history is every row of an item,
    its current status is the latest one (highest id)."""

    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_item_id", "item_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20))  # confirme | traite | faux_positif
    note: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str] = mapped_column(String(320))
    decided_at: Mapped[datetime]


class ExceptionRule(Base):
    """Something the classifier must no longer flag: a term (optionally only in a context),
    an author, or a source. Removing one deactivates it, so the history stays readable."""

    __tablename__ = "exception_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))  # term | author | source
    value: Mapped[str] = mapped_column(String(500))
    context: Mapped[str | None] = mapped_column(String(500))
    from_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("items.id", ondelete="SET NULL"))
    created_by: Mapped[str] = mapped_column(String(320))
    created_at: Mapped[datetime]
    active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    removed_by: Mapped[str | None] = mapped_column(String(320))
    removed_at: Mapped[datetime | None]
