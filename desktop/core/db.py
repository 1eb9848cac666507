"""Opening, creating and migrating the SQLite store.

A new database is created by running the Alembic migrations, never by
``create_all``.  Before anything touches an existing file we read its schema
revision through a read-only connection: a file from a newer version of the
app (or not a database at all) is refused and left byte-for-byte untouched.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# What the window needs before this module (and SQLAlchemy) is loaded lives in
# store_file; it is re-exported here for everything else.
from desktop.core.store_file import (
    APP_NAME,
    DB_FILENAME,
    HEAD_REVISION,
    NewerVersionError,
    StoreError,
    default_db_path,
    is_writable,
    read_revision,
    resolve_db_path,
)

__all__ = [
    "APP_NAME",
    "DB_FILENAME",
    "HEAD_REVISION",
    "NewerVersionError",
    "Store",
    "StoreError",
    "default_db_path",
    "is_writable",
    "make_engine",
    "migrate",
    "open_store",
    "read_revision",
    "resolve_db_path",
]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000


FTS_PREFIX = "event_fts"  # the FTS5 table and its shadow tables, not in the models
# Expression indexes (migrations 0003 and 0005), which the models do not describe.
EXPRESSION_INDEXES = ("ix_events_order_", "ix_event_search_tail")
# The trigram index's vocabulary, for two-character terms (see search.py).
VOCABULARY_TABLE = ("CREATE VIRTUAL TABLE IF NOT EXISTS temp.event_fts_vocab "
                    "USING fts5vocab(main, event_fts, row)")


def include_name(name: str | None, type_: str, _parent: object) -> bool:
    """Alembic's filter: leave what the models cannot describe out of comparison."""
    if name is None:
        return True
    if type_ == "table":
        return not name.startswith(FTS_PREFIX)
    return not (type_ == "index" and name.startswith(EXPRESSION_INDEXES))


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: an edit reported saved survives a crash of the process or the machine.
    cursor.execute("PRAGMA synchronous = FULL")
    # 32 MiB of page cache (the default is 2): bulk inserts into UUID-keyed
    # indexes touch pages all over the file.
    cursor.execute("PRAGMA cache_size = -32768")
    cursor.execute(VOCABULARY_TABLE)
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _set_read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute(VOCABULARY_TABLE)  # in memory, before writes are turned off
    cursor.execute("PRAGMA query_only = ON")  # a second guard behind mode=ro
    cursor.execute("PRAGMA cache_size = -32768")
    cursor.close()


def make_read_only_engine(path: Path) -> Engine:
    """An engine that cannot write.  In a folder we cannot write to, SQLite
    could not make the WAL's shared-memory file, so the file is opened as
    immutable (nobody else can be writing it there either)."""
    folder_writable = os.access(path.parent, os.W_OK)
    options = "mode=ro" + ("" if folder_writable else "&immutable=1")
    engine = create_engine(f"sqlite:///file:{path.resolve()}?{options}&uri=true")
    event.listen(engine, "connect", _set_read_only_pragmas)
    return engine


class Store:
    """An open database: its engine and a factory of sessions.  A read-only
    store refuses every edit (the operations check ``read_only``)."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def migrate(engine: Engine) -> None:
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if config.attributes.get("rebuild_search"):
            from desktop.core.search import rebuild

            with Session(bind=connection) as session:
                rebuild(session)
                session.flush()
        elif config.attributes.get("fold_search_again"):
            from desktop.core.search import fold_again

            with Session(bind=connection) as session:
                fold_again(session)
                session.flush()


def open_store(path: Path, *, create: bool = False, read_only: bool = False) -> Store:
    """Open the database at ``path``, migrating it to this version's schema.

    With ``create`` a missing file is created (by running the migrations);
    without it a missing file is an error.  A revision this version does not
    know is refused before the file is touched.  ``read_only`` opens it
    without any possibility of writing (and so refuses one that needs an
    upgrade).
    """
    if read_only:
        return _open_read_only(path)
    revision = None
    if path.exists():
        revision = read_revision(path)
        if revision is not None and revision != HEAD_REVISION and (
                revision not in known_revisions()):
            raise NewerVersionError(
                f"{path} was written by a newer version of Engagement Curator "
                f"(schema {revision}); this version cannot open it. "
                "Update the app to open this file.")
    elif not create:
        raise StoreError(f"{path} does not exist (use 'curator init' to create it)")
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    if revision is not None and revision != HEAD_REVISION:
        from desktop.core.backup import backup_file

        backup_file(path, "before-migration")  # an upgrade is not undoable otherwise
    engine = make_engine(path)
    if revision != HEAD_REVISION:
        try:
            migrate(engine)
        except Exception:
            engine.dispose()
            raise
    return Store(path, engine)


def _open_read_only(path: Path) -> Store:
    if not path.exists():
        raise StoreError(f"{path} does not exist")
    revision = read_revision(path)
    if revision != HEAD_REVISION:
        if revision is not None and revision not in known_revisions():
            raise NewerVersionError(f"{path} was written by a newer version of Engagement "
                                    f"Curator (schema {revision}); this version cannot open it.")
        raise StoreError(f"{path} needs an upgrade to this version's schema, which cannot be "
                         "done read-only; open it normally to upgrade it (a backup is made "
                         "first).")
    return Store(path, make_read_only_engine(path), read_only=True)
