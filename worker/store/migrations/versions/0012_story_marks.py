"""story marks: a flagged item's folded title and text fingerprint, stored once

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-25

Items flagged before this revision get their marks here, in batches, from their stored title
and text (nothing to do for purged ones: the digest no longer shows them).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 1000


def upgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title_key", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("text_fingerprint", sa.BigInteger(), nullable=True))
    _backfill()


def _backfill() -> None:
    # Imported here: the marks must be the ones the running code computes, and a downgrade
    # does not need them.
    from worker.dedupe import story_marks
    from worker.store.repository import signed64

    items = sa.table("items", sa.column("id", sa.Integer), sa.column("title", sa.Text),
                     sa.column("text", sa.Text), sa.column("flagged", sa.Boolean),
                     sa.column("title_key", sa.Text),
                     sa.column("text_fingerprint", sa.BigInteger))
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(
            sa.select(items.c.id, items.c.title, items.c.text)
            .where(items.c.flagged.is_(True), items.c.text.is_not(None), items.c.id > last)
            .order_by(items.c.id).limit(BATCH)).all()
        if not rows:
            return
        for item_id, title, text in rows:
            marks = story_marks(None, title, text)
            connection.execute(
                items.update().where(items.c.id == item_id).values(
                    title_key=marks.title_key, text_fingerprint=signed64(marks.fingerprint)))
        last = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_column("text_fingerprint")
        batch_op.drop_column("title_key")
