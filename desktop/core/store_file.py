"""The database file before it is opened: where it is, whether it may be
written, which schema revision it holds.

Nothing here imports SQLAlchemy, so the window can read these facts (and show
the list) before the store's heavier modules are loaded.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

APP_NAME = "engagement-curator"
DB_FILENAME = "curator.sqlite"
# The newest migration's revision (a test checks it against Alembic's head).  A
# database already there opens without loading Alembic, which takes half a
# second to import.
HEAD_REVISION = "0006"


class StoreError(Exception):
    """The database cannot be opened; the message says why, for the analyst."""


class NewerVersionError(StoreError):
    """The file was written by a newer version of the app (and is left untouched)."""


def default_db_path() -> Path:
    import platformdirs  # only when no database is named

    return platformdirs.user_data_path(APP_NAME) / DB_FILENAME


def resolve_db_path(given: str | os.PathLike[str] | None) -> Path:
    """``--db`` wins, then ``CURATOR_DB``, then the per-user data folder."""
    if given:
        return Path(given).expanduser()
    from_env = os.environ.get("CURATOR_DB")
    if from_env:
        return Path(from_env).expanduser()
    return default_db_path()


def read_revision(path: Path) -> str | None:
    """The file's schema revision, read without changing a byte of it.

    Returns None for an empty database (no tables yet).
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot be opened ({exc})") from exc
    try:
        tables = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            if tables:
                raise StoreError(f"{path} is an SQLite database but not an Engagement "
                                 "Curator one (it has no schema version)")
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not an Engagement Curator database "
                         f"or it is damaged ({exc})") from exc
    finally:
        conn.close()


def is_writable(path: Path) -> bool:
    """Whether this process may change the database (the file and, for the
    journal files beside it, its folder)."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
