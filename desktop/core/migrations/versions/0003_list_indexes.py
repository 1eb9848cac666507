"""Indexes for the events list at 100 000 events.

A covering index for facet counts, and expression indexes matching the list's
date order (first day, then precision, then title; undated last either way),
so sorting by date (or title) reads an index instead of sorting the table;
each ends with ``seq``, so a search result is checked against the index alone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PRECISION_RANK = ("CASE date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 "
                  "WHEN 'season' THEN 2 WHEN 'year' THEN 3 WHEN 'decade' THEN 4 "
                  "WHEN 'century' THEN 5 ELSE 9 END")


def upgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_facets",
                              ["country", "status", "category_id", "event_type_id", "id"])
    op.execute("CREATE INDEX ix_events_order_newest ON events "
               f"(coalesce(date_start, ''), {PRECISION_RANK}, title, seq)")
    op.execute("CREATE INDEX ix_events_order_oldest ON events "
               f"(coalesce(date_start, '9999-12-31'), {PRECISION_RANK}, title, seq)")
    op.execute("CREATE INDEX ix_events_order_title ON events (lower(title), seq)")
    op.execute("ANALYZE")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_events_order_title")
    op.execute("DROP INDEX IF EXISTS ix_events_order_oldest")
    op.execute("DROP INDEX IF EXISTS ix_events_order_newest")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_facets")
