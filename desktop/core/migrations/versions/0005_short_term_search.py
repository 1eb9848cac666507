"""Two-character search terms through the index.

The trigram index holds no term shorter than three characters.  A two-character
term is found as the trigrams that begin with it (read from the index's
vocabulary) plus the texts that end with it, which this expression index finds.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("CREATE INDEX ix_event_search_tail ON event_search (substr(body, -2))")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_event_search_tail")
