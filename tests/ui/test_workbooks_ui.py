"""Excel workbooks from the window: a workbook imported from the sheet chosen
in the mapping dialog (read once behind a progress dialog), and the events
exported as events.xlsx."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.csv_import_dialog import CsvImportDialog
from desktop.ui.exchange_dialogs import ImportDialog
from desktop.ui.main_window import MainWindow
from tests.exchange.test_other_spreadsheets import opendocument
from tests.exchange.test_workbook_import import _workbook
from tests.ui.conftest import export_through_dialogs, search, titles


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


def test_an_opendocument_spreadsheet_is_chosen_and_imported_from_the_window(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    path = opendocument(tmp_path / "活动.ods")
    offered: list[str] = []  # the file dialog's filter: which files it lists

    def choose(*args: str) -> tuple[str, str]:
        offered.append(args[3])
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    seen: dict[str, object] = {}

    def look(dialog: CsvImportDialog) -> QDialog.DialogCode:
        seen["sheets"] = [dialog.sheet.itemText(i) for i in range(dialog.sheet.count())]
        seen["columns"] = dialog.headers
        seen["summary"] = dialog.summary.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CsvImportDialog, "exec", look)
    monkeypatch.setattr(ImportDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)
    window.exchange.ask_and_import()  # File ▸ Import…
    assert "*.ods" in offered[0] and "*.xls " in offered[0]
    assert seen["sheets"] == ["活动", "Other"]
    assert seen["columns"] == ["Title", "Date", "Place", "Attendance"]
    assert str(seen["summary"]).startswith("2 events can be read")
    shown = titles(window)
    assert "中国—东盟数字经济论坛" in shown and "AI capacity workshop" in shown


def test_the_current_search_is_exported_as_a_workbook_through_the_dialogs(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    search(qtbot, window, "ASEAN")
    target = tmp_path / "asean.xlsx"
    assert export_through_dialogs(window, monkeypatch, "xlsx", target).endswith(".xlsx")
    rows = list(load_workbook(target)["Events"].iter_rows(values_only=True))
    assert len(rows) == 4 and rows[0][:2] == ("id", "title")
    assert window.statusBar().currentMessage() == f"Exported 3 events to {target}."


def test_an_export_excel_cannot_hold_is_refused_and_writes_nothing(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.editor.ops.create_event({"title": "Full transcript", "summary": "x" * 40_000})
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
    target = tmp_path / "events.xlsx"
    assert window.exchange.export_to(target, "xlsx", None) is None
    assert told and told[0].startswith("events.xlsx was not written: event “Full transcript”")
    assert "summary: holds 40,000 characters" in told[0]
    assert not list(tmp_path.glob("*events.xlsx*"))


def test_the_chronology_with_its_saved_copies_is_exported_to_hand_over(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    from desktop.core.saved_copies import SavedCopies
    from desktop.ui.windowed_model import ID_ROLE

    qtbot.waitUntil(lambda: window.is_ready)
    page = tmp_path / "forum.html"
    page.write_text("<html>the forum opens</html>", encoding="utf-8")
    sha256, name = SavedCopies(window.store.path).add(page)
    first = window.events_model.index(0, 1).data(ID_ROLE)
    window.editor.apply(lambda ops: ops.add_source(
        first, {"publisher": "Xinhua", "copy_sha256": sha256, "copy_name": name}), "Add")
    target = tmp_path / "report.zip"
    assert export_through_dialogs(window, monkeypatch, "pack", target).startswith("report")
    with zipfile.ZipFile(target) as pack:
        assert "chronology.html" in pack.namelist()
        assert any(entry.startswith("files/") for entry in pack.namelist())
    assert window.statusBar().currentMessage() == f"Exported 8 events to {target}."
