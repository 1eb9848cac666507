"""Copies of the database made through SQLite's backup API (never a file copy,
which could catch a write half-done)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.db import Store


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


def backup_database(store: Store, reason: str) -> Path:
    """Write a consistent copy of the open database; return its path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_folder(store.path) / f"{store.path.stem}-{stamp}-{reason}.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    _copy(store.path.resolve().as_uri(), partial)
    partial.replace(target)
    return target


def restore_backup(backup: Path, database: Path) -> Path:
    """Replace the database's contents with a backup's, through the backup API;
    the database as it was is backed up first.  Returns that safety copy."""
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
        safety = backup_database(store, "before-restore")
    finally:
        store.close()
    _copy(f"{backup.resolve().as_uri()}?mode=ro", database)
    open_store(database).close()  # migrates an older backup to this version's schema
    return safety
