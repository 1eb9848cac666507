"""What tests compare of a database file's schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def index_definitions(database: Path) -> list[tuple[str, str]]:
    """The (name, CREATE statement) of every index made by a statement, sorted."""
    connection = sqlite3.connect(database)
    try:
        return sorted(connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    finally:
        connection.close()
