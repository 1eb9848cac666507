"""Failures of the store, said in words: each from a real SQLite error."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from desktop.core.failures import KEPT, failure_in_words


def _error_of(path: Path, *statements: str, uri: bool = False) -> DBAPIError:
    """The error SQLAlchemy raises running ``statements`` on ``path``."""
    engine = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true" if uri
                           else f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    except DBAPIError as exc:
        return exc
    finally:
        engine.dispose()
    raise AssertionError("no error")


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "events.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE events (title TEXT)")
        connection.execute("INSERT INTO events VALUES ('Forum')")
    connection.close()
    return path


def test_a_full_disk(database: Path) -> None:
    # SQLite's own limit on the file's size stands in for the disk's.
    full = _error_of(database, "PRAGMA max_page_count = 2",
                     "INSERT INTO events SELECT zeroblob(100000)")
    failure = failure_in_words(full)
    assert failure.headline == "The disk is full."
    assert failure.advice == "Free some space on the disk, then try again."


def test_a_file_that_can_no_longer_be_written(database: Path) -> None:
    refused = _error_of(database, "INSERT INTO events VALUES ('Summit')", uri=True)
    assert failure_in_words(refused).headline == "The database file can no longer be written."


def test_a_damaged_file(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not a database at all " * 300)
    failure = failure_in_words(_error_of(damaged, "SELECT * FROM events"))
    assert failure.headline == "The database file is damaged."
    assert "File ▸ Backups…" in failure.advice


def test_anything_else_is_named_and_says_what_is_kept() -> None:
    failure = failure_in_words(RuntimeError("the clipboard went away\nsecond line"))
    assert failure.headline == "Something went wrong: RuntimeError: the clipboard went away."
    assert failure.advice == KEPT
    missing = failure_in_words(FileNotFoundError(2, "No such file or directory", "/x/y.json"))
    assert missing.headline == "No such file or directory (/x/y.json)."
