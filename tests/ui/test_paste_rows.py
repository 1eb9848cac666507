"""File ▸ Import rows from the clipboard…: rows copied from a spreadsheet go
through the same column mapping, checks and merge as a file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.exchange_dialogs import ImportDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import titles


def _action(window: MainWindow) -> QAction:
    action = next(action for action in window.findChildren(QAction)
                  if action.text() == "Import rows from the c&lipboard…")
    assert action.shortcut().toString() == "Ctrl+Shift+V"
    return action


def test_rows_copied_from_a_spreadsheet_are_imported(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    # As Excel and LibreOffice copy cells: tab-separated, CRLF, a header row.
    QGuiApplication.clipboard().setText(
        "Title\tDate\tPlace\tCountry\r\n"
        "AI workshop in Kunming\tMarch 5, 2025\tKunming\tCN\r\n"
        "中老人工智能论坛\t2025年7月28日至30日\t万象\t老挝\r\n")
    seen: list[tuple[str, Path]] = []

    def accept_mapping(dialog):  # type: ignore[no-untyped-def]
        seen.append((dialog.windowTitle(), dialog.path))
        assert dialog.path.exists()  # the rows are there while the dialog reads them
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("desktop.ui.csv_import_dialog.CsvImportDialog.exec", accept_mapping)
    summaries: list[str] = []

    def merge(dialog: ImportDialog) -> QDialog.DialogCode:
        summaries.append(dialog.windowTitle())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", merge)
    _action(window).trigger()
    assert seen[0][0] == "Import pasted rows.tsv" and summaries
    assert not seen[0][1].exists()  # nothing left behind
    shown = titles(window)
    assert "AI workshop in Kunming" in shown and "中老人工智能论坛" in shown
    assert len(shown) == 10
    window.events_view.selectRow(shown.index("中老人工智能论坛"))
    assert window.form.date.text() == "2025-07-28/2025-07-30"
    assert window.form.place.text() == "万象"
    assert window.statusBar().currentMessage().startswith("Imported")


def test_a_clipboard_without_a_table_says_what_to_copy(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: told.append(text))
    for text in ("", "just one line of text", "Title\n"):
        QGuiApplication.clipboard().setText(text)
        _action(window).trigger()
    assert len(told) == 3 and all("header row" in text for text in told)
    assert len(titles(window)) == 8
