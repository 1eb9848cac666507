"""The thread that writes behind an import: its jobs run in order, one at a
time, and an error in one is raised in the caller, with nothing after it run."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from desktop.core.write_behind import WriteBehind


def test_jobs_run_in_order_and_a_failure_is_raised_in_the_caller(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "db.sqlite", check_same_thread=False)
    connection.execute("CREATE TABLE t (n INTEGER)")
    behind = WriteBehind(connection)
    release = threading.Event()

    def first(cursor: Any) -> None:
        release.wait(5)
        cursor.execute("INSERT INTO t VALUES (1)")

    behind.submit(first)
    assert behind.busy()  # held until released
    behind.submit(lambda cursor: cursor.execute("INSERT INTO t VALUES (2)"))
    release.set()
    behind.drain()
    assert not behind.busy()
    assert connection.execute("SELECT n FROM t").fetchall() == [(1,), (2,)]

    behind.submit(lambda cursor: cursor.execute("INSERT INTO nowhere VALUES (3)"))
    behind.submit(lambda cursor: cursor.execute("INSERT INTO t VALUES (4)"))
    with pytest.raises(sqlite3.OperationalError, match="no such table: nowhere"):
        behind.drain()
    with pytest.raises(sqlite3.OperationalError):  # and again, until the caller gives up
        behind.submit(lambda cursor: None)
    behind.close()
    assert connection.execute("SELECT n FROM t").fetchall() == [(1,), (2,)]
    assert not any(t.name == "write-behind" for t in threading.enumerate())
    connection.close()
