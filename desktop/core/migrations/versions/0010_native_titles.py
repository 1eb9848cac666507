"""Native titles: an event may keep its title in the language it was held or
reported in, beside the working title.

Existing events have none, so their search text needs no rebuilding.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("events", sa.Column("native_title", sa.Text(), nullable=False,
                                      server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("native_title")
