"""The search text writes typographic apostrophes, quotes and dashes, and
the Latin letters NFKD does not take apart, as typed ones ("China’s" as
"China's", "ASEAN–China" as "ASEAN-China", "Đà Nẵng" as "da nang"; see
``search.fold``), so a term typed either way finds both.

No table changes: the search texts holding such a mark are composed again
with today's folding once every migration has run (``db.migrate``,
``search.fold_again``); the others are folded already as they would be now.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    config = op.get_context().config
    assert config is not None
    config.attributes["fold_search_again"] = True


def downgrade() -> None:
    """The texts folded the new way are still found by the older version's
    terms without typographic marks; nothing to undo."""
