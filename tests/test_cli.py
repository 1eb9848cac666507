"""The command line, run as a user runs it: a real process, exit codes, output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop import __version__


def curator(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=120, check=False)


def test_version() -> None:
    result = curator("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"curator {__version__}"


def test_init_with_sample_then_stats(tmp_path: Path) -> None:
    db = tmp_path / "team.sqlite"
    created = curator("init", "--db", str(db), "--sample")
    assert created.returncode == 0, created.stderr
    result = curator("stats", "--db", str(db))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "Events: 8" in lines
    assert "Event-participant links: 56" in lines
    assert "  AI Engagement Activity: 8" in lines
    assert "  2024: 2" in lines and "  2025: 6" in lines
    assert any(line.startswith("Participants: 55 (") for line in lines)


def test_database_from_environment_variable(tmp_path: Path) -> None:
    db = tmp_path / "from-env.sqlite"
    assert curator("init", env={"CURATOR_DB": str(db)}).returncode == 0
    assert db.exists()
    result = curator("stats", env={"CURATOR_DB": str(db)})
    assert "Events: 0" in result.stdout.splitlines()


def test_failures_are_one_line_on_stderr_with_nonzero_status(tmp_path: Path) -> None:
    missing = curator("stats", "--db", str(tmp_path / "nope.sqlite"))
    assert missing.returncode != 0
    assert missing.stderr.count("\n") == 1 and "does not exist" in missing.stderr
    db = tmp_path / "twice.sqlite"
    assert curator("init", "--db", str(db)).returncode == 0
    again = curator("init", "--db", str(db))
    assert again.returncode != 0 and "already exists" in again.stderr
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database")
    broken = curator("stats", "--db", str(junk))
    assert broken.returncode != 0 and "Traceback" not in broken.stderr
    assert junk.read_text() == "not a database"


def test_check_reports_a_healthy_database(tmp_path: Path) -> None:
    db = tmp_path / "ok.sqlite"
    curator("init", "--db", str(db), "--sample")
    result = curator("check", "--db", str(db))
    assert result.returncode == 0 and "no problems found" in result.stdout


def test_check_finds_date_bounds_that_do_not_match(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "bad.sqlite"
    curator("init", "--db", str(db), "--sample")
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE events SET date_end = '1999-01-01' WHERE date_edtf = '2025-02'")
    connection.close()
    result = curator("check", "--db", str(db))
    assert result.returncode != 0
    assert "do not match '2025-02'" in result.stdout


def test_check_finds_a_stale_search_index(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "stale.sqlite"
    curator("init", "--db", str(db), "--sample")
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE event_search SET body = 'nothing' WHERE rowid = 2")
    connection.close()
    result = curator("check", "--db", str(db))
    assert result.returncode != 0 and "search index: event" in result.stdout
