"""File ▸ New database…, Open database… and Open recent: another dataset in a
window of its own, and the recent ones remembered."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.cli import main
from desktop.ui import app as app_module
from desktop.ui import database_files
from desktop.ui.main_window import MainWindow


def _action(window: MainWindow, text: str) -> QAction:
    return next(action for action in window.findChildren(QAction) if action.text() == text)


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The command lines of the windows the app starts (not started here)."""
    commands: list[list[str]] = []
    monkeypatch.setattr(subprocess, "Popen", lambda command: commands.append(command))
    return commands


def test_another_database_opens_in_a_window_of_its_own_and_is_remembered(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, started: list[list[str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    other = tmp_path / "colleague" / "their copy.sqlite"
    main(["init", "--db", str(other), "--sample"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(other), ""))
    action = _action(window, "&Open database…")
    assert action.shortcut().toString() == "Ctrl+O"
    action.trigger()
    (command,) = started
    assert command[-2:] == ["--db", str(other)]
    # That command line opens the window on the other file, writable.
    opened: list[tuple[Path, bool]] = []
    monkeypatch.setattr(app_module, "run_window", lambda path, create, read_only, to_import: (
        opened.append((path, read_only)), 0)[1])
    assert main(command[command.index("--db"):]) == 0
    assert opened == [(other, False)]
    # Open recent lists it (not the window's own file), and opens it again.
    menu = window.menus.databases.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.isEnabled()]
    assert [a.toolTip() for a in entries] == [str(other.resolve())]
    assert entries[0].text().startswith("&1 their copy.sqlite")
    entries[0].trigger()
    assert len(started) == 2 and started[1][-1] == str(other.resolve())
    # The window's own file is not opened twice.
    window.menus.databases.open(window.path)
    assert len(started) == 2


def test_a_new_database_is_created_by_its_window_and_never_replaces_a_file(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, started: list[list[str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = tmp_path / "project"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(fresh), ""))
    _action(window, "New &database…").trigger()
    assert started[-1][-2:] == ["--db", str(fresh.with_suffix(".sqlite"))]
    assert not fresh.with_suffix(".sqlite").exists()  # the new window creates it, empty
    taken = tmp_path / "taken.sqlite"
    taken.write_bytes(b"keep me")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(taken), ""))
    _action(window, "New &database…").trigger()
    assert told == ["taken.sqlite already exists: it is opened as it is."]
    assert taken.read_bytes() == b"keep me" and started[-1][-1] == str(taken)


def test_the_recent_list_keeps_the_last_eight_that_still_exist(tmp_path: Path) -> None:
    paths = [tmp_path / f"set {number}.sqlite" for number in range(10)]
    for path in paths:
        path.write_bytes(b"")
        database_files.remember_database(path)
    paths[8].unlink()
    recent = database_files.recent_databases(exclude=paths[9])
    assert recent == [p.resolve() for p in reversed(paths[2:8])]
    database_files.remember_database(paths[3])  # opened again: first
    assert database_files.recent_databases()[0] == paths[3].resolve()


def test_a_window_remembers_its_database_unless_it_only_looks_at_it(
        qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.ui.app import open_for_window

    for read_only, name in ((False, "mine.sqlite"), (True, "a backup.sqlite")):
        path = tmp_path / name
        main(["init", "--db", str(path)])
        store, note = open_for_window(path, None, read_only=read_only)
        window = MainWindow(store, note=note, analyst="Tester")
        window.close()
        store.close()
    assert database_files.recent_databases() == [(tmp_path / "mine.sqlite").resolve()]
