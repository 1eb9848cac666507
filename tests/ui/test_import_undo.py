"""Edit ▸ Undo after an import: the import is taken back whole (the backup
made before it put back), and redone; the steps before it are undone only
once it is, never over what it changed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.backup import list_backups
from desktop.core.models import Event
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import titles

NEW_ID = "0c000000-0000-4000-8000-000000000042"


def _event(window: MainWindow, event_id: str) -> Event | None:
    with window.store.session() as session:
        return session.get(Event, event_id)


def _their_copy(window: MainWindow, path: Path) -> tuple[str, str]:
    """A colleague's copy of our events: one summary rewritten (which we have
    rewritten too since) and one event added.  Returns the changed event's id
    and our summary of it before our own edit."""
    window.exchange.export_to(path, "json", None)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    changed = document["events"][0]
    ours_before = changed["summary"]
    changed["summary"] = "他们的摘要: their summary."
    document["events"].append({"id": NEW_ID, "title": "新的活动", "date": "2025-12"})
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return changed["id"], ours_before


def test_undo_takes_an_import_back_whole_and_redo_brings_it_again(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    event_id, original = _their_copy(window, tmp_path / "copy.json")
    window.editor.apply(lambda ops: ops.update_event(event_id, {"summary": "Our summary."}),
                        "Edit summary")
    plan = window.exchange.plan(tmp_path / "copy.json")
    assert plan is not None
    # Changed on both sides: the analyst takes theirs.
    assert window.exchange.import_plan(plan, {event_id: frozenset({"summary"})}) is not None
    assert "Edit ▸ Undo takes it back" in window.statusBar().currentMessage()
    stored = _event(window, event_id)
    assert stored is not None and stored.summary == "他们的摘要: their summary."
    assert "新的活动" in titles(window)
    undo, redo = window.menus.undo, window.menus.redo
    assert undo.text() == "&Undo Import copy.json"

    undo.trigger()
    said = window.statusBar().currentMessage()
    assert said.startswith("Undid “Import copy.json”: the database is as it was before it (as "
                           "it was until now is kept in ")
    stored = _event(window, event_id)
    assert stored is not None and stored.summary == "Our summary."  # as before the import
    assert _event(window, NEW_ID) is None and "新的活动" not in titles(window)
    assert undo.text() == "&Undo Edit summary"  # the step before it, undone next
    assert redo.text() == "&Redo Import copy.json"

    redo.trigger()
    assert window.statusBar().currentMessage().startswith(
        "Redid “Import copy.json”: the database is as it was after it")
    stored = _event(window, event_id)
    assert stored is not None and stored.summary == "他们的摘要: their summary."
    assert "新的活动" in titles(window)
    # each state put aside is a backup of its own, listed in File ▸ Backups…
    kept = [backup.label for backup in list_backups(window.store.path, count_events=False)]
    assert kept[:3] == ["before an import was redone", "before an import was undone",
                        "before an import"]

    undo.trigger()
    undo.trigger()
    stored = _event(window, event_id)
    assert stored is not None and stored.summary == original
    assert not undo.isEnabled()


def test_an_import_whose_backup_is_gone_is_not_undone(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    _their_copy(window, tmp_path / "copy.json")
    plan = window.exchange.plan(tmp_path / "copy.json")
    assert plan is not None
    backup = window.exchange.import_plan(plan, {})
    assert backup is not None
    backup.unlink()  # removed by hand, say
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    window.menus.undo.trigger()
    assert told and told[0].startswith("Could not undo “Import copy.json”:")
    assert told[0].endswith("(File ▸ Backups… lists the backups there are)")
    assert "新的活动" in titles(window)  # nothing was changed
    assert not window.menus.undo.isEnabled()
