"""``curator import`` backs the database up while it reads the file: the
backup still holds the database as it was just before the import wrote."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from desktop import cli
from desktop.core.db import Store


def _backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*-before-import.sqlite"))


def _titles(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {title for (title,) in connection.execute("SELECT title FROM events")}


def _run(*args: str) -> None:
    assert cli.main(list(args)) == 0


def test_a_write_by_another_program_while_the_file_is_read_is_in_the_backup(
        sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = sample_store.path
    sample_store.close()
    copy = tmp_path / "copy.json"
    _run("export", str(copy), "--db", str(db))
    plan_any = cli._plan_any

    def plan_while_another_program_writes(*args: Any, **kwargs: Any) -> Any:
        deadline = time.monotonic() + 30
        while not _backups(db.parent / "backups") and time.monotonic() < deadline:
            time.sleep(0.01)  # the backup made ahead is done
        with sqlite3.connect(db) as other:
            other.execute("UPDATE events SET title = 'Written meanwhile' WHERE rowid = "
                          "(SELECT min(rowid) FROM events)")
        return plan_any(*args, **kwargs)

    monkeypatch.setattr(cli, "_plan_any", plan_while_another_program_writes)
    (copy.parent / "other.json").write_text(copy.read_text(encoding="utf-8").replace(
        '"title":"', '"title":"Theirs: ', 1), encoding="utf-8")
    _run("import", str(copy.parent / "other.json"), "--db", str(db), "--on-conflict", "ours")
    backups = _backups(db.parent / "backups")
    assert len(backups) == 1  # the one made ahead was replaced
    assert "Written meanwhile" in _titles(backups[0])


def test_an_import_that_writes_nothing_leaves_no_backup(
        sample_store: Store, tmp_path: Path) -> None:
    db = sample_store.path
    sample_store.close()
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "engagement-curator", "format_version": 1, "events": [{}]}',
                   encoding="utf-8")
    assert cli.main(["import", str(bad), "--db", str(db)]) != 0
    assert not (db.parent / "backups").exists()
