"""Databases as an older version of the app left them, for upgrade tests."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from desktop.core import db


def database_at(path: Path, revision: str) -> Path:
    """A new database migrated only as far as ``revision``."""
    engine = db.make_engine(path)
    config = db._alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    return path
