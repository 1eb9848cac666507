"""Copies of the database made through SQLite's backup API (never a file copy,
which could catch a write half-done).

Backups live in ``backups/`` beside the database, named
``<database>-<UTC time>-<reason>.sqlite``.  They are made on opening when the
newest is older than a set interval, before every import, migration and
restore, and on request; the oldest are removed beyond a set number.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window reads the backup settings before SQLAlchemy is loaded
    from desktop.core.db import Store

DEFAULT_INTERVAL_HOURS = 24
DEFAULT_KEEP = 10
# "<database's stem>-<UTC time>-<why>.sqlite"
_STAMP_AND_REASON = r"-(\d{8}T\d{12}Z)-([a-z-]+)\.sqlite"


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def _copy(source_uri: str, target: Path) -> None:
    """Copy a database page by page with SQLite's backup API."""
    source = sqlite3.connect(source_uri, uri=True)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()


def backup_file(database: Path, reason: str) -> Path:
    """Write a consistent copy of the database file; return its path.

    The copy is written under a temporary name and renamed when complete: a
    full disk or a write error leaves no partial backup behind.
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_folder(database) / f"{database.stem}-{stamp}-{reason}.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    try:
        _copy(database.resolve().as_uri(), partial)
        partial.replace(target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    return target


def backup_database(store: Store, reason: str) -> Path:
    """Write a consistent copy of the open database; return its path."""
    return backup_file(store.path, reason)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime  # UTC
    reason: str
    size: int  # bytes
    events: int | None  # None when the copy cannot be read

    @property
    def label(self) -> str:
        return {"on-open": "on opening", "before-import": "before an import",
                "before-migration": "before an upgrade", "before-restore": "before a restore",
                "before-undo": "before an import was undone",
                "before-redo": "before an import was redone",
                "manual": "by hand"}.get(self.reason, self.reason.replace("-", " "))


def _made_at(path: Path, stem: str) -> tuple[datetime, str] | None:
    """When and why the backup at ``path`` of the database named ``stem`` was
    made; None when it is not one (the backups of "team-2025.sqlite" lie
    beside those of "team.sqlite" and begin with its name too)."""
    match = re.fullmatch(re.escape(stem) + _STAMP_AND_REASON, path.name)
    if match is None:
        return None
    made = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    return made, match.group(2)


def _count_events(path: Path) -> int | None:
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return int(connection.execute("SELECT count(*) FROM events").fetchone()[0])
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def list_backups(database: Path, *, count_events: bool = True) -> list[BackupInfo]:
    """The database's backups, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{database.stem}-*.sqlite"):
        named = _made_at(path, database.stem)
        if named is None:
            continue
        found.append(BackupInfo(path, named[0], named[1], path.stat().st_size,
                                _count_events(path) if count_events else None))
    found.sort(key=lambda item: item.made_at, reverse=True)
    return found


def rotate(database: Path, keep: int) -> list[Path]:
    """Remove the oldest backups beyond the newest ``keep``; return those removed."""
    removed = []
    for info in list_backups(database, count_events=False)[max(1, keep):]:
        for path in (info.path, *_journal_files(info.path)):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        removed.append(info.path)
    return removed


def _journal_files(path: Path) -> tuple[Path, Path]:
    """The WAL files SQLite keeps beside a database (a backup opened read-only has them)."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def set_aside_and_restore(backup: Path, database: Path) -> Path:
    """For a database that cannot be opened at all: rename it (and its
    journal files) aside, never overwriting it, and put the backup in its
    place.  Returns the name the damaged file now has."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = database.with_name(f"{database.name}.damaged-{stamp}")
    database.rename(aside)
    for journal, moved in zip(_journal_files(database), _journal_files(aside), strict=True):
        if journal.exists():
            journal.rename(moved)
    _copy(f"{backup.resolve().as_uri()}?mode=ro", database)
    return aside


def backup_if_due(store: Store, interval_hours: float = DEFAULT_INTERVAL_HOURS,
                  keep: int = DEFAULT_KEEP, now: datetime | None = None) -> Path | None:
    """On opening: back up when the newest backup is older than the interval
    (or there is none), then keep only the newest ``keep``.  Returns the new
    backup, or None when none was due."""
    return backup_path_if_due(store.path, interval_hours, keep, now)


def backup_path_if_due(path: Path, interval_hours: float = DEFAULT_INTERVAL_HOURS,
                       keep: int = DEFAULT_KEEP, now: datetime | None = None) -> Path | None:
    """``backup_if_due`` for a file not opened as a store (it needs only its
    own connection, so it may run on another thread)."""
    now = now or datetime.now(UTC)
    newest = list_backups(path, count_events=False)
    if newest and now - newest[0].made_at < timedelta(hours=interval_hours):
        return None
    made = backup_file(path, "on-open")
    rotate(path, keep)
    return made


def restore_backup(backup: Path, database: Path, reason: str = "before-restore") -> Path:
    """Replace the database's contents with a backup's, through the backup API;
    the database as it was is backed up first (for ``reason``).  Returns that
    safety copy."""
    from desktop.core.db import (
        HEAD_REVISION,
        StoreError,
        known_revisions,
        open_store,
        read_revision,
    )

    revision = read_revision(backup)  # refuses what is not one of our databases
    if revision is not None and revision != HEAD_REVISION and revision not in known_revisions():
        raise StoreError(f"{backup} was written by a newer version of Engagement Curator")
    store = open_store(database)
    try:
        safety = backup_database(store, reason)
    finally:
        store.close()
    _copy(f"{backup.resolve().as_uri()}?mode=ro", database)
    open_store(database).close()  # migrates an older backup to this version's schema
    return safety
