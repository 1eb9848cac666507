"""Tools ▸ Check database runs behind a progress dialog with Cancel (it takes
~10 s at 100 000 events)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core.progress import Progress
from desktop.ui.main_window import MainWindow


def test_check_database_shows_its_steps_and_cancel_stops_it(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(f"desktop.ui.maintenance.QMessageBox.{name}",
                            lambda _parent, _title, text, *args: said.append(text))

    def slow_check(_path: Path, progress: Progress | None = None) -> list[str]:
        assert progress is not None, "the check is given a progress to report to"
        began = time.monotonic()
        while time.monotonic() - began < 10:
            progress(2, 6)  # raises once Cancel is pressed
            time.sleep(0.02)
        return ["the check was never cancelled"]

    monkeypatch.setattr("desktop.ui.maintenance.check_database", slow_check)
    seen: list[str] = []

    def press_cancel() -> None:
        dialogs = [widget for widget in QApplication.topLevelWidgets()
                   if isinstance(widget, QProgressDialog) and widget.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, press_cancel)
            return
        seen.append(dialogs[0].labelText())
        cancel = dialogs[0].findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        cancel.click()

    QTimer.singleShot(50, press_cancel)
    began = time.monotonic()
    assert window.maintenance.check() == []
    assert time.monotonic() - began < 5
    assert seen and seen[0].endswith("2 of 6 checks")
    assert said == []  # a cancelled check says nothing about the database
