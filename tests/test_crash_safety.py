"""SIGKILL at random moments: during a 100 000-event import (one in each
tenth of its time), and during a stream of edits.  Every time the database
must pass ``curator check``, hold all or none of the import, and hold every
edit that was reported saved."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.core.bootstrap import create_database
from desktop.core.integrity import check_database
from tests.crash_worker import write_document
from tests.sqlite_schema import index_definitions

KILLS = 20
# An import is killed once in each tenth of the time a whole one takes, at a
# random moment of it: reading, writing, indexing and committing are each hit,
# as twenty moments drawn over the whole time hit them, in half the time.
IMPORT_KILLS = 10
IMPORTED = 100_000
ROOT = Path(__file__).resolve().parents[1]


def _count(database: Path, where: str = "1") -> int:
    connection = sqlite3.connect(database)
    try:
        return int(connection.execute(f"SELECT count(*) FROM events WHERE {where}"
                                      ).fetchone()[0])
    finally:
        connection.close()


def _read_lines(process: subprocess.Popen[str], lines: list[str]) -> None:
    assert process.stdout is not None
    lines.extend(process.stdout)


def _fresh(template: Path, folder: Path) -> Path:
    folder.mkdir()
    database = folder / "curator.sqlite"
    shutil.copy(template, database)
    return database


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    create_database(path, sample=False).close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    return path


def test_sigkill_during_a_100k_import_leaves_all_or_nothing(template: Path,
                                                            tmp_path: Path) -> None:
    document = tmp_path / "colleague.json"
    write_document(document, IMPORTED)
    command = [sys.executable, "-m", "desktop", "import", str(document), "--db"]
    # One import to the end: how long it takes, and what "all" is.
    whole = _fresh(template, tmp_path / "whole")
    started = time.perf_counter()
    subprocess.run([*command, str(whole)], check=True, capture_output=True, cwd=ROOT)
    duration = time.perf_counter() - started
    assert _count(whole) == IMPORTED
    indexes = index_definitions(template)
    assert index_definitions(whole) == indexes
    rng = random.Random(20261128)
    outcomes = []
    for run in range(IMPORT_KILLS):
        database = _fresh(template, tmp_path / f"run{run}")
        process = subprocess.Popen([*command, str(database)], cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # (over the first four fifths of the measured import: a machine busier while
        # it was measured than later still kills most runs before they end)
        tenth = 0.8 * duration / IMPORT_KILLS
        time.sleep(rng.uniform(max(0.1, run * tenth), (run + 1) * tenth))
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert check_database(database) == [], f"run {run}"
        count = _count(database)
        assert count in (0, IMPORTED), f"run {run}: {count} events, a partial import"
        # The import drops indexes and builds them again inside its transaction.
        assert index_definitions(database) == indexes, f"run {run}: indexes differ"
        outcomes.append((process.returncode, count))
    killed = [count for status, count in outcomes if status == -signal.SIGKILL]
    assert len(killed) >= IMPORT_KILLS // 2 and 0 in killed  # most were killed mid-way


def test_sigkill_during_edits_keeps_every_edit_reported_saved(template: Path,
                                                               tmp_path: Path) -> None:
    database = _fresh(template, tmp_path / "edits")
    rng = random.Random(1128)
    for run in range(KILLS):
        label = f"Run {run}"
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.crash_worker", "edits", str(database), label],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        lines: list[str] = []
        reader = threading.Thread(target=_read_lines, args=(process, lines))
        reader.start()
        deadline = time.perf_counter() + 20
        while not lines and time.perf_counter() < deadline:  # wait for the first edit
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.8))
        process.send_signal(signal.SIGKILL)
        process.wait()
        reader.join()
        if process.stdout is not None:
            process.stdout.close()
        saved = [int(line.split()[1]) for line in lines if line.startswith("saved ")]
        assert saved, f"run {run}: no edit was reported saved"
        assert check_database(database) == [], f"run {run}"
        for number in saved:
            assert _count(database, f"title = '{label} edit {number}' "
                                    f"AND place = 'Place {number}'") == 1, (run, number)
