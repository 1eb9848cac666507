"""Decisions that two participants or two events are not duplicates.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "not_duplicates",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("first_id", sa.String(length=36), nullable=False),
        sa.Column("second_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint("first_id < second_id", name=op.f("ck_not_duplicates_ordered")),
        sa.CheckConstraint("kind IN ('participant', 'event')",
                           name=op.f("ck_not_duplicates_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_not_duplicates")),
        sa.UniqueConstraint("kind", "first_id", "second_id",
                            name=op.f("uq_not_duplicates_kind_first_id_second_id")),
    )


def downgrade() -> None:
    op.drop_table("not_duplicates")
