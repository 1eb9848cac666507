"""Backups, restore, checks and read-only windows, as the analyst meets them."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.backup import backup_database, list_backups
from desktop.core.bootstrap import create_database
from desktop.core.changes import ValidationError
from desktop.core.db import open_store
from desktop.ui import app as app_module
from desktop.ui.main_window import MainWindow
from desktop.ui.maintenance import BackupsDialog
from desktop.ui.windowed_model import ID_ROLE
from tests.ui.conftest import titles

FORUM = "2025 ASEAN-China Media Cooperation Forum"


def _answer(monkeypatch: pytest.MonkeyPatch, where: str, reply: QMessageBox.StandardButton,
            seen: list[str]) -> None:
    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        seen.append(text)
        return reply

    monkeypatch.setattr(f"{where}.QMessageBox.question", question)


def _silence(monkeypatch: pytest.MonkeyPatch, where: str, seen: list[str]) -> None:
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(f"{where}.QMessageBox.{name}",
                            lambda _parent, _title, text, *args: seen.append(text))


def test_backups_dialog_says_when_there_are_none_yet(qtbot: QtBot, window: MainWindow) -> None:
    dialog = BackupsDialog(window.store.path, window)
    qtbot.addWidget(dialog)
    assert dialog.backups == []
    assert dialog.table.isHidden() and not dialog.none_yet.isHidden()
    assert dialog.none_yet.text().startswith("No backups of demo.sqlite yet.")
    dialog.backup_requested.connect(lambda: (window.maintenance.backup_now(), dialog.refresh()))
    dialog.backup_now.click()
    assert not dialog.table.isHidden() and dialog.none_yet.isHidden()
    assert dialog.table.rowCount() == 1


def test_backups_dialog_lists_backs_up_and_restores(qtbot: QtBot, window: MainWindow,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    _answer(monkeypatch, "desktop.ui.maintenance_actions", QMessageBox.StandardButton.Yes,
            seen)
    _silence(monkeypatch, "desktop.ui.maintenance_actions", seen)
    before = backup_database(window.store, "manual")
    event_id = window.events_model.index(0, 0).data(ID_ROLE)
    window.editor.apply(lambda ops: ops.delete_event(str(event_id)), "Delete")
    assert len(titles(window)) == 7

    dialog = BackupsDialog(window.store.path, window)
    qtbot.addWidget(dialog)
    dialog.backup_requested.connect(lambda: (window.maintenance.backup_now(), dialog.refresh()))
    assert [info.events for info in dialog.backups] == [8]
    dialog.backup_now.click()
    assert [info.events for info in dialog.backups] == [7, 8]
    assert dialog.table.item(0, 1).text() == "by hand"
    # Choose the older backup and restore it: the window shows its eight events again.
    dialog.table.selectRow(1)
    assert dialog.chosen() is not None and dialog.chosen().path == before  # type: ignore[union-attr]
    dialog.restore_requested.connect(window.maintenance.restore)
    dialog.restore_button.click()
    assert "backed up first" in seen[0]
    assert len(titles(window)) == 8 and FORUM in titles(window)
    assert window.editor.undo_stack.count() == 0
    reasons = [info.reason for info in list_backups(window.store.path)]
    assert reasons.count("before-restore") == 1


def test_check_database_offers_to_rebuild_a_damaged_search_index(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    _silence(monkeypatch, "desktop.ui.maintenance", seen)
    assert window.maintenance.check() == [] and "No problems" in seen[-1]
    with sqlite3.connect(window.store.path) as connection:
        connection.execute("DELETE FROM event_search WHERE rowid IN "
                           "(SELECT rowid FROM event_search LIMIT 2)")
    connection.close()
    offered: list[list[str]] = []
    monkeypatch.setattr("desktop.ui.maintenance.ask_rebuild",
                        lambda _parent, _db, problems: offered.append(problems) or True)
    assert window.maintenance.check() == []
    assert len(offered[0]) == 2 and all("search index" in p for p in offered[0])
    assert "rebuilt" in seen[-1]


def test_a_read_only_window_says_so_and_saves_nothing(qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "shared.sqlite"
    create_database(path, sample=True).close()
    before = path.read_bytes()
    store = open_store(path, read_only=True)
    main = MainWindow(store, analyst="Reader", read_only_reason="opened read-only")
    qtbot.addWidget(main)
    main.show()
    assert main.banner.isVisible() and "Read-only" in main.banner.text()
    assert "(read-only)" in main.windowTitle()
    assert not any(action.isEnabled() for action in main.editing_actions)
    assert len(titles(main)) == 8  # reading works
    with pytest.raises(ValidationError, match="read-only"):
        main.editor.apply(lambda ops: ops.create_event({"title": "Nope"}))
    main.form.revert()
    main.close()
    store.close()
    assert path.read_bytes() == before


def _run_window_briefly(monkeypatch: pytest.MonkeyPatch, path: Path,
                        check: Callable[[MainWindow], None],
                        runner: Callable[..., int] | None = None, **kwargs: object) -> int:
    """Run the real start-up (app.run_window) and close the window once shown."""
    shown: list[MainWindow] = []
    real_show = MainWindow.show

    def show(self: MainWindow) -> None:
        real_show(self)
        shown.append(self)
        # An existing file shows the list first and attaches the store after.
        if self.is_ready:
            QTimer.singleShot(50, lambda: (check(self), self.close()))
        else:
            self.ready.connect(lambda: QTimer.singleShot(50, lambda: (check(self),
                                                                      self.close())))

    monkeypatch.setattr(MainWindow, "show", show)
    monkeypatch.setattr("desktop.ui.preferences.analyst_name", lambda: "Tester")
    status = (runner or app_module.run_window)(path, **kwargs)
    QApplication.processEvents()
    return status if shown else -1


def test_opening_backs_up_when_due_and_a_second_window_is_read_only(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "curator.sqlite"
    create_database(path, sample=True).close()
    notes: list[str] = []
    assert _run_window_briefly(monkeypatch, path, lambda w: notes.append(
        w.statusBar().currentMessage()), create=None) == 0
    assert [info.reason for info in list_backups(path)] == ["on-open"]
    assert notes[0].startswith("Backed up to")
    # A second window on the same file: asked, and opened read-only.
    held = app_module.lock_database(path)
    assert held is not None
    seen: list[str] = []
    _answer(monkeypatch, "desktop.ui.app", QMessageBox.StandardButton.Yes, seen)
    banners: list[str] = []
    assert _run_window_briefly(monkeypatch, path, lambda w: banners.append(w.banner.text()),
                               create=None) == 0
    held.unlock()
    assert "already open" in seen[0] and "open for editing in another window" in banners[0]
    assert len(list_backups(path)) == 1  # no backup from a read-only window


def test_a_damaged_file_is_set_aside_and_the_newest_backup_opened(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "curator.sqlite"
    store = create_database(path, sample=True)
    backup_database(store, "on-open")
    store.close()
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    damaged = b"SQLite format 3\x00" + bytes(range(256)) * 40
    path.write_bytes(damaged)
    seen: list[str] = []
    _answer(monkeypatch, "desktop.ui.app", QMessageBox.StandardButton.Yes, seen)
    _silence(monkeypatch, "desktop.ui.app", seen)
    counts: list[int] = []
    assert _run_window_briefly(monkeypatch, path, lambda w: counts.append(
        len(titles(w))), create=None) == 0
    assert "Restore the newest backup" in seen[0] and "8 events" in seen[0]
    assert counts == [8]
    (aside,) = tmp_path.glob("curator.sqlite.damaged-*")
    assert aside.read_bytes() == damaged


def test_a_file_that_is_not_a_database_is_refused_clearly_and_left_alone(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n")
    seen: list[str] = []
    _silence(monkeypatch, "desktop.ui.app", seen)
    assert _run_window_briefly(monkeypatch, path, lambda w: None, create=None) == -1
    assert "not an Engagement Curator database" in seen[0]
    assert path.read_text() == "these are my notes, not a database\n"


def test_a_file_we_cannot_write_opens_read_only_with_a_banner(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "curator.sqlite"
    create_database(path, sample=True).close()
    monkeypatch.setattr(app_module, "is_writable", lambda _path: False)
    banners: list[str] = []
    assert _run_window_briefly(monkeypatch, path, lambda w: banners.append(
        w.banner.text() if w.banner.isVisible() else ""), create=None) == 0
    assert "you cannot write to this file or its folder" in banners[0]
    assert list_backups(path) == []  # nothing written, not even a backup


def test_a_backup_opens_read_only_in_a_window_of_its_own(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.cli import main
    from desktop.ui import maintenance_actions

    started: list[list[str]] = []
    monkeypatch.setattr(maintenance_actions.subprocess, "Popen",
                        lambda command: started.append(command))
    copy = backup_database(window.store, "manual")
    maintenance_actions.open_read_only_window(copy)
    (command,) = started
    assert command[-3:] == ["--db", str(copy), "--read-only"]
    # ...and that command line opens the read-only window on the backup.
    opened: list[tuple[Path, bool]] = []
    monkeypatch.setattr(app_module, "run_window", lambda path, create, read_only, to_import: (
        opened.append((path, read_only)), 0)[1])
    assert main(command[command.index("--db"):]) == 0
    assert opened == [(copy, True)]


def test_a_file_opened_from_the_desktop_is_offered_for_import(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.cli import main
    from desktop.ui.exchange_actions import ExchangeActions

    path = tmp_path / "curator.sqlite"
    create_database(path, sample=False).close()
    export = tmp_path / "from-a-colleague.json"
    source = tmp_path / "theirs.sqlite"
    assert main(["init", "--sample", "--db", str(source)]) == 0
    assert main(["export", str(export), "--db", str(source)]) == 0
    offered: list[Path] = []
    monkeypatch.setattr(ExchangeActions, "import_path", lambda _self, file: offered.append(file))
    calls: list[dict[str, object]] = []
    real_run_window = app_module.run_window

    def run_window(db: Path, create: object, **kwargs: object) -> int:
        calls.append(kwargs)
        return _run_window_briefly(monkeypatch, db, lambda w: QApplication.processEvents(),
                                   real_run_window, create=create, **kwargs)

    monkeypatch.setattr(app_module, "run_window", run_window)
    assert main(["--db", str(path), "--open", str(export)]) == 0
    assert calls == [{"read_only": False, "to_import": export}]
    assert offered == [export]
