"""An event's participants, sources and figures read in their order from the index.

Exports and forms read an event's links, sources and figures in their order;
with the index on ``event_id`` alone SQLite sorts each event's rows in a
temporary B-tree, which was a fifth of the JSON export's time.  The index on
``(event_id, sort_order)`` gives them in order and serves every lookup by
``event_id`` the old one did.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("event_participants", "sources", "event_figures")


def upgrade() -> None:
    for table in _TABLES:
        op.create_index(f"ix_{table}_event_order", table, ["event_id", "sort_order"])
        op.drop_index(f"ix_{table}_event_id", table_name=table)


def downgrade() -> None:
    for table in _TABLES:
        op.create_index(f"ix_{table}_event_id", table, ["event_id"])
        op.drop_index(f"ix_{table}_event_order", table_name=table)
