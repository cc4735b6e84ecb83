"""Access and removal requests (Quebec's Law 25): what is stored about an item or an author,
and erasing it.

Erasing keeps an item's identity (source, guid, URL) with no title, text, author or evidence:
without it the next poll would fetch the same item again and store it anew.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from worker.store.models import Flag, Item


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
    }


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
            title=None, text=None, author=None, flagged=False, text_purged_at=now))
    session.execute(update(Flag).where(Flag.item_id.in_(item_ids)).values(evidence=[],
                                                                          reasons=[]))
    session.commit()
    return int(result.rowcount)  # type: ignore[attr-defined]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
