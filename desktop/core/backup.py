"""Copies of the database made through SQLite's backup API (never a file copy,
which could catch a write half-done)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.db import Store


def backup_folder(database: Path) -> Path:
    return database.parent / "backups"


def backup_database(store: Store, reason: str) -> Path:
    """Write a consistent copy of the open database; return its path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_folder(store.path) / f"{store.path.stem}-{stamp}-{reason}.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    source = sqlite3.connect(store.path)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    partial.replace(target)
    return target
