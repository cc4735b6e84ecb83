"""Access and removal requests (Quebec's Law 25): what is stored about an item or an author,
and erasing it.

Erasing keeps an item's identity (source, guid, URL) with no title, text, author or evidence:
without it the next poll would fetch the same item again and store it anew. The reviewers'
notes on an erased item go too (they quote and name people); their decisions stay, so the
history still says who decided what. An author's "never flag" exceptions name them: an
author's request lists them and erasing removes them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from worker.store.models import ExceptionRule, Flag, Item, Review


def export_item(session: Session, item_id: int) -> dict[str, Any] | None:
    """Everything stored about one item, as JSON-ready data; None if there is no such item."""
    item = session.get(Item, item_id)
    if item is None:
        return None
    return {
        "id": item.id, "source_id": item.source_id, "guid": item.guid, "url": item.url,
        "kind": item.kind, "title": item.title, "text": item.text, "author": item.author,
        "published_at": _iso(item.published_at), "fetched_at": _iso(item.fetched_at),
        "text_purged_at": _iso(item.text_purged_at), "flagged": item.flagged,
        "severity": item.severity, "flagged_at": _iso(item.flagged_at),
        "mentions": sorted(m.entity_id for m in item.mentions),
        "flags": [{"category": f.category, "score": f.score, "severity": f.severity,
                   "evidence": f.evidence, "reasons": f.reasons} for f in item.flags],
        "reviews": [{"status": r.status, "note": r.note, "decided_by": r.decided_by,
                     "decided_at": _iso(r.decided_at)}
                    for r in session.scalars(select(Review).where(Review.item_id == item_id)
                                             .order_by(Review.id))],
    }


def author_exceptions(session: Session, author: str) -> list[dict[str, Any]]:
    """The "never flag this author" exceptions naming ``author`` (as ``item_ids_by_author``
    compares names), active or not, as JSON-ready data."""
    return [{"id": e.id, "value": e.value, "active": e.active, "created_by": e.created_by,
             "created_at": _iso(e.created_at)}
            for e in session.scalars(_author_exceptions(author).order_by(ExceptionRule.id))]


def erase_author_exceptions(session: Session, author: str) -> int:
    """Delete the exceptions naming ``author``; the classifier flags them like anyone again."""
    result = session.execute(delete(ExceptionRule).where(
        ExceptionRule.id.in_(_author_exceptions(author).with_only_columns(ExceptionRule.id))))
    session.commit()
    return int(result.rowcount)  # type: ignore[attr-defined]


def _author_exceptions(author: str) -> Select[ExceptionRule]:
    return select(ExceptionRule).where(
        ExceptionRule.kind == "author",
        func.lower(func.trim(ExceptionRule.value)) == author.strip().lower())


def item_ids_by_author(session: Session, author: str) -> list[int]:
    """Items whose author is ``author`` (case-insensitive, surrounding spaces ignored)."""
    wanted = author.strip().lower()
    return list(session.scalars(
        select(Item.id).where(func.lower(func.trim(Item.author)) == wanted).order_by(Item.id)))


def erase_items(session: Session, item_ids: list[int], now: datetime) -> int:
    """Erase what identifies people in these items; they leave the digest for good."""
    if not item_ids:
        return 0
    result = session.execute(
        update(Item).where(Item.id.in_(item_ids)).values(
            title=None, text=None, author=None, title_key=None, text_fingerprint=None,
            flagged=False, text_purged_at=now))
    session.execute(update(Flag).where(Flag.item_id.in_(item_ids)).values(evidence=[],
                                                                          reasons=[]))
    session.execute(update(Review).where(Review.item_id.in_(item_ids)).values(note=None))
    session.commit()
    return int(result.rowcount)  # type: ignore[attr-defined]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
