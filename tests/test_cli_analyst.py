"""The command line records the analyst the window knows: an import's
changes are logged under the name kept in Edit ▸ Preferences."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.analyst import APPLICATION, NAME_KEY, ORGANIZATION
from desktop.core.db import open_store
from desktop.core.history import record_history
from tests.test_cli import _sample_and_a_renamed_copy, curator


def _keep_name_as_the_window_does(name: str) -> None:
    """Set in a process of its own: Qt reads where settings live once a process."""
    subprocess.run([sys.executable, "-c", (
        "from PySide6.QtCore import QSettings; "
        f"s = QSettings({ORGANIZATION!r}, {APPLICATION!r}); "
        f"s.setValue({NAME_KEY!r}, {name!r}); s.sync()")], check=True, timeout=60)


def _who_renamed(db: Path, event_id: str) -> str:
    store = open_store(db)
    try:
        with store.session() as session:
            return next(entry.by for entry in record_history(session, event_id)
                        if entry.what == "title")
    finally:
        store.close()


def test_an_import_is_logged_under_the_name_the_window_keeps(tmp_path: Path) -> None:
    _keep_name_as_the_window_does("Wang Fang")
    db, copy = _sample_and_a_renamed_copy(tmp_path, renamed_here=False)
    event_id = json.loads(copy.read_text(encoding="utf-8"))["events"][0]["id"]
    done = curator("import", str(copy), "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert _who_renamed(db, event_id) == "Wang Fang (imported copy.json)"


def test_curator_analyst_names_someone_else_for_a_script(tmp_path: Path) -> None:
    _keep_name_as_the_window_does("Wang Fang")
    db, copy = _sample_and_a_renamed_copy(tmp_path, renamed_here=False)
    event_id = json.loads(copy.read_text(encoding="utf-8"))["events"][0]["id"]
    done = curator("import", str(copy), "--db", str(db), env={"CURATOR_ANALYST": " Li  Wei "})
    assert done.returncode == 0, done.stderr
    assert _who_renamed(db, event_id) == "Li Wei (imported copy.json)"
