"""Automatic backups: when they are made, what they hold, how many are kept."""

from __future__ import annotations

import errno
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import backup, db
from desktop.core.backup import backup_database, backup_if_due, list_backups, rotate
from desktop.core.db import Store
from desktop.core.operations import Operations
from tests.core.old_schema import database_at


def test_a_backup_is_made_on_opening_only_when_the_newest_is_old(sample_store: Store) -> None:
    first = backup_if_due(sample_store, interval_hours=24, keep=5)
    assert first is not None and first.is_file()
    assert backup_if_due(sample_store, interval_hours=24, keep=5) is None
    later = datetime.now(UTC) + timedelta(hours=25)
    assert backup_if_due(sample_store, interval_hours=24, keep=5, now=later) is not None
    listed = list_backups(sample_store.path)
    assert len(listed) == 2 and listed[0].made_at >= listed[1].made_at
    assert all(item.events == 8 and item.reason == "on-open" for item in listed)
    assert listed[0].label == "on opening" and listed[0].size > 0


def test_rotation_keeps_the_newest(sample_store: Store) -> None:
    made = [backup_database(sample_store, "manual") for _ in range(5)]
    removed = rotate(sample_store.path, keep=3)
    assert sorted(removed) == sorted(made[:2])
    assert [item.path for item in list_backups(sample_store.path)] == made[:1:-1]


def test_a_backup_holds_every_committed_edit(ops: Operations) -> None:
    ops.create_event({"title": "Saved before the backup", "date": "2025-03-02"})
    copy = backup_database(ops.store, "manual")
    with sqlite3.connect(copy) as connection:
        titles = [row[0] for row in connection.execute("SELECT title FROM events")]
    connection.close()
    assert titles == ["Saved before the backup"]


def test_a_failed_backup_leaves_no_partial_file(sample_store: Store,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(_source: str, target: Path) -> None:
        target.write_bytes(b"half a database")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "_copy", full_disk)
    with pytest.raises(OSError, match="No space left"):
        backup_database(sample_store, "manual")
    assert list((sample_store.path.parent / "backups").iterdir()) == []


def test_an_upgrade_backs_up_the_database_first(tmp_path: Path) -> None:
    path = database_at(tmp_path / "old.sqlite", "0001")
    db.open_store(path).close()
    (copy,) = list_backups(path)
    assert copy.reason == "before-migration"
    assert db.read_revision(copy.path) == "0001" and db.read_revision(path) == db.HEAD_REVISION


def test_a_read_only_store_reads_and_refuses_every_edit(sample_store: Store) -> None:
    from desktop.core.changes import ValidationError
    from desktop.core.db import open_store
    from desktop.core.listing import count_events

    path = sample_store.path
    sample_store.close()
    before = path.read_bytes()
    store = open_store(path, read_only=True)
    try:
        with store.session() as session:
            assert count_events(session) == 8
        with pytest.raises(ValidationError, match="read-only"):
            Operations(store, "Tester").create_event({"title": "Not saved"})
    finally:
        store.close()
    assert path.read_bytes() == before


def test_a_damaged_database_is_set_aside_and_the_backup_put_in_its_place(
        sample_store: Store) -> None:
    from desktop.core.backup import set_aside_and_restore
    from desktop.core.db import StoreError, open_store

    path = sample_store.path
    copy = backup_database(sample_store, "on-open")
    sample_store.close()
    damaged = b"SQLite format 3\x00" + b"\xff" * 5000
    path.write_bytes(damaged)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    with pytest.raises(StoreError):
        open_store(path)
    aside = set_aside_and_restore(copy, path)
    assert aside.read_bytes() == damaged  # never overwritten
    store = open_store(path)
    with store.session() as session:
        from desktop.core.listing import count_events

        assert count_events(session) == 8
    store.close()


def test_the_backups_of_a_database_whose_name_extends_this_ones_are_not_its(
        tmp_path: Path) -> None:
    """team-2025.sqlite's backups lie beside team.sqlite's and begin with its
    name: they were listed as team's, offered for restoring into it, and
    removed by its rotation."""
    from desktop.core.bootstrap import create_database

    team = create_database(tmp_path / "team.sqlite", sample=True)
    other = create_database(tmp_path / "team-2025.sqlite")
    others = [backup_database(other, "manual") for _ in range(3)]
    ours = [backup_database(team, "manual") for _ in range(3)]
    assert [item.path for item in list_backups(team.path)] == ours[::-1]
    assert [item.path for item in list_backups(other.path)] == others[::-1]
    assert rotate(team.path, keep=1) == ours[1::-1]
    assert all(path.is_file() for path in others)
    team.close()
    other.close()
