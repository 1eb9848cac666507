"""Relations between events: a signing that is part of a summit, a follow-up
meeting, the editions of a yearly forum.

Each relation is held by one event (``event_id``) and names the other
(``related_id``); the other event shows it the other way round.  Both ends
are removed with either event.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event_relations",
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("related_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.CheckConstraint("kind IN ('part_of', 'follow_up', 'same_series', 'related')",
                           name="ck_event_relations_kind"),
        sa.CheckConstraint("event_id <> related_id", name="ck_event_relations_not_itself"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE",
                                name="fk_event_relations_event_id_events"),
        sa.ForeignKeyConstraint(["related_id"], ["events.id"], ondelete="CASCADE",
                                name="fk_event_relations_related_id_events"),
        sa.PrimaryKeyConstraint("id", name="pk_event_relations"),
        sa.UniqueConstraint("event_id", "related_id",
                            name="uq_event_relations_event_id_related_id"),
    )
    op.create_index("ix_event_relations_event_order", "event_relations",
                    ["event_id", "sort_order"])
    op.create_index("ix_event_relations_related_id", "event_relations", ["related_id"])


def downgrade() -> None:
    op.drop_index("ix_event_relations_related_id", table_name="event_relations")
    op.drop_index("ix_event_relations_event_order", table_name="event_relations")
    op.drop_table("event_relations")
