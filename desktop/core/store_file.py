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
HEAD_REVISION = "0013"


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


def open_current(path: Path) -> sqlite3.Connection | None:
    """A read-only DB-API connection to a file at this version's schema, or
    None when the file needs the full way in (missing, damaged, not a database
    of ours, or at another schema revision: the store reports which).

    In a folder this process cannot write to, SQLite could not make the WAL's
    shared-memory file, so the file is opened as immutable (nobody else can be
    writing it there either)."""
    if not path.is_file():
        return None
    options = "mode=ro" + ("" if os.access(path.parent, os.W_OK) else "&immutable=1")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)
    except sqlite3.Error:
        return None
    try:
        connection.execute("PRAGMA query_only = ON")  # a second guard behind mode=ro
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is not None and revision[0] == HEAD_REVISION:
            return connection
    except sqlite3.Error:
        pass
    connection.close()
    return None


def window_holding(database: Path) -> int | None:
    """The process id of the window that has ``database`` open, from the lock
    file it keeps beside it (Qt's QLockFile: the process id, the program, the
    host, …); None when no live window on this machine holds it.  The command
    line does not write under an open window, whose lists, forms and undo
    steps would no longer be the file's."""
    try:
        lines = database.with_name(database.name + ".lock").read_text(
            encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    import socket  # here, not at the top: the window's first frame does without it

    if len(lines) < 3 or not lines[0].isdigit() or lines[2] != socket.gethostname():
        return None  # not a lock, or another machine's, whose process cannot be asked
    pid = int(lines[0])
    try:
        os.kill(pid, 0)  # signal 0: is the process there?
    except ProcessLookupError:
        return None  # a window that crashed; the next one takes the lock over
    except PermissionError:
        pass  # another user's process, alive
    return pid
