"""The store: created by migrations, pragmas on every connection, refusals."""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import warnings
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from desktop.core.bootstrap import create_database
from desktop.core.db import (
    StoreError,
    default_db_path,
    head_revision,
    include_name,
    open_store,
    resolve_db_path,
)
from desktop.core.models import Base


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_made_by_migrations_and_matches_the_models(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new.sqlite", create=True)
    with store.engine.connect() as connection:
        revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
        assert revision.scalar() == head_revision()
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        with warnings.catch_warnings():
            # The date-order indexes are expressions, which reflection skips by design.
            warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression")
            differences = compare_metadata(context, Base.metadata)
    store.close()
    assert differences == []


def test_head_revision_constant_matches_the_migrations() -> None:
    from desktop.core.db import HEAD_REVISION

    assert head_revision() == HEAD_REVISION


def test_every_connection_has_foreign_keys_wal_and_busy_timeout(tmp_path: Path) -> None:
    store = open_store(tmp_path / "p.sqlite", create=True)
    with store.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA foreign_keys").scalar() == 1
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA busy_timeout").scalar() >= 1000
    store.close()


def test_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "absent.sqlite")
    assert not (tmp_path / "absent.sqlite").exists()


def test_a_new_database_is_not_mixed_with_the_log_of_a_deleted_one(tmp_path: Path) -> None:
    """A crash leaves a write-ahead log beside its database; the file deleted
    and a new one made under its name, SQLite read the old log as the new
    file's: "not an Engagement Curator one", or old pages in the new file."""
    path = tmp_path / "dataset.sqlite"
    old = sqlite3.connect(path)
    old.execute("PRAGMA journal_mode=WAL")
    old.execute("PRAGMA wal_autocheckpoint=0")
    old.execute("CREATE TABLE notes(text)")
    old.execute("INSERT INTO notes VALUES ('the deleted file')")
    old.commit()
    log = path.with_name(path.name + "-wal").read_bytes()  # as a crash would leave it
    old.close()
    path.unlink()
    path.with_name(path.name + "-wal").write_bytes(log)
    store = create_database(path)  # as File ▸ New database and `curator init` do
    try:
        with sqlite3.connect(path) as check:
            tables = {row[0] for row in check.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            assert "events" in tables and "notes" not in tables
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        store.close()


def test_newer_schema_is_refused_and_the_file_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    open_store(path, create=True).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    connection.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="newer version"):
        open_store(path)
    assert _digest(path) == before


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"These are my notes, not a database.\n" * 100)
    before = _digest(path)
    with pytest.raises(StoreError, match="not an Engagement Curator database"):
        open_store(path)
    assert _digest(path) == before


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER)")
    connection.close()
    with pytest.raises(StoreError, match="not an Engagement Curator one"):
        open_store(path)


def test_database_location_comes_from_flag_then_environment_then_user_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_db_path(None) == default_db_path()
    assert "engagement-curator" in str(default_db_path())
    monkeypatch.setenv("CURATOR_DB", str(tmp_path / "env.sqlite"))
    assert resolve_db_path(None) == tmp_path / "env.sqlite"
    assert resolve_db_path(str(tmp_path / "flag.sqlite")) == tmp_path / "flag.sqlite"


def test_core_runs_without_qt() -> None:
    import subprocess

    code = ("import sys, desktop.core.operations, desktop.core.bootstrap, "
            "desktop.core.queries, desktop.core.integrity; "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
