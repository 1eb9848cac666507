"""Saved copies of sources: a source may name a copy of the article (a PDF, a
saved page) kept in ``files/`` beside the database, by its SHA-256 and the
name the file had.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sources", sa.Column("copy_sha256", sa.String(64), nullable=True))
    op.add_column("sources", sa.Column("copy_name", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("copy_name")
        batch.drop_column("copy_sha256")
