"""Imports: which operations stored a file merged in, and from which file.

A merge tells which side changed a field by the change log; a field whose
last change here was taking theirs holds what their file held then, so a later
copy of theirs that differs there is their edit alone (merge_sides.py).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "imports",
        sa.Column("operation_id", sa.String(length=36), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("operation_id", name=op.f("pk_imports")),
    )


def downgrade() -> None:
    op.drop_table("imports")
