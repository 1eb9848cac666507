"""An Excel workbook imported from the window: its sheet chosen in the
mapping dialog, read once behind a progress dialog, imported as a table."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.ui.csv_import_dialog import CsvImportDialog
from desktop.ui.exchange_dialogs import ImportDialog
from desktop.ui.main_window import MainWindow
from tests.exchange.test_workbook_import import _workbook
from tests.ui.conftest import titles


def test_a_workbook_is_imported_from_the_sheet_the_analyst_chooses(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    path = _workbook(tmp_path / "engagements.xlsx")
    seen: dict[str, object] = {}

    def choose_the_notes(dialog: CsvImportDialog) -> QDialog.DialogCode:
        seen["first sheet"] = dialog.sheet.currentText()
        seen["first columns"] = dialog.headers
        seen["first problems"] = [dialog.problems.item(i).text()
                                  for i in range(dialog.problems.count())]
        seen["first summary"] = dialog.summary.text()
        dialog.sheet.setCurrentText("Notes")  # as the analyst picks it in the list
        seen["columns"] = dialog.headers
        seen["summary"] = dialog.summary.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CsvImportDialog, "exec", choose_the_notes)
    monkeypatch.setattr(ImportDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    window.exchange.import_path(path)
    assert seen["first sheet"] == "Events 2025"
    assert seen["first columns"] == ["Title", "Date", "Place", "Country", "Attendance",
                                     "(column F)"]
    assert seen["first problems"] == [
        "engagements.xlsx sheet “Events 2025” row 8, date: '2025-13-01': month 13 does "
        "not exist (use 01 to 12)"]
    assert str(seen["first summary"]).startswith("3 events can be read")
    assert seen["columns"] == ["Title", "Date"]
    assert str(seen["summary"]).startswith("1 event can be read")
    shown = titles(window)
    assert "A note, not an event" in shown and "中老人工智能合作论坛" not in shown
    assert len(shown) == 9
