"""A table of participants imported from the window: told from a table of
events by its headers, mapped, its matches confirmed, merged."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.ui.csv_import_dialog import CsvImportDialog
from desktop.ui.exchange_dialogs import ImportDialog
from desktop.ui.main_window import MainWindow


def test_a_list_of_organisations_is_imported_as_participants(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    table = tmp_path / "bureaux.csv"
    table.write_text("Name,Chinese name,Parent,Acronym\r\n"
                     "NDRC,,,发改委\r\n"
                     "Department of High-Tech Industry,高技术产业司,NDRC,\r\n"
                     "Department of Regional Revitalization,地区振兴司,NDRC,\r\n",
                     encoding="utf-8")
    seen: dict[str, object] = {}

    def look_and_accept(dialog: CsvImportDialog) -> QDialog.DialogCode:
        seen["rows are"] = dialog.rows_are.currentText()
        seen["fields"] = list(dialog.columns)
        seen["summary"] = dialog.summary.text()
        seen["matches"] = [dialog.matches.item(i).text() for i in range(dialog.matches.count())]
        # the analyst may say the rows are events after all, and back
        dialog.rows_are.setCurrentIndex(0)
        seen["as events"] = dialog.summary.text()
        dialog.rows_are.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted

    merges: list[str] = []
    monkeypatch.setattr(CsvImportDialog, "exec", look_and_accept)
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: merges.append(
        dialog.windowTitle()) or QDialog.DialogCode.Accepted)
    window.exchange.import_path(table)
    assert seen["rows are"] == "a participant"
    assert seen["fields"][:4] == ["id", "name", "native_name", "aliases"]
    assert seen["summary"] == ("3 participants can be read: 2 new, 1 of ours (their filled "
                               "cells change ours).")
    assert seen["matches"] == ["NDRC  →  National Development and Reform Commission"]
    assert str(seen["as events"]).startswith("3 events can be read")
    assert merges  # the merge summary came before anything was stored
    names = _participant_names(window)
    assert {"Department of High-Tech Industry", "Department of Regional Revitalization"} <= names
    assert len(names) == 57


def _participant_names(window: MainWindow) -> set[str]:
    window.tabs.setCurrentIndex(1)  # the Participants list
    model = window.participants_model
    return {model.index(row, 1).data() for row in range(model.rowCount())}


def test_the_participants_listed_or_chosen_are_exported_as_a_table(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMenu

    qtbot.waitUntil(lambda: window.is_ready)
    targets = iter([tmp_path / "all.xlsx", tmp_path / "two.csv"])
    monkeypatch.setattr("desktop.ui.file_places.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(next(targets)), ""))
    view, model = window.participants_view, window.participants_model
    window.tabs.setCurrentWidget(view)
    offered: list[str] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        offered.extend(action.text() for action in menu.actions() if action.isEnabled())
        menu.close()

    QTimer.singleShot(50, read_menu)
    window.batch.participants._context_menu(view.visualRect(model.index(0, 1)).center())
    assert "Export the participants listed as a table…" in offered
    window.batch.participants.export_table()
    rows = list(load_workbook(tmp_path / "all.xlsx")["Participants"].iter_rows(
        values_only=True))
    assert len(rows) == 1 + model.rowCount() == 56
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    offered.clear()
    QTimer.singleShot(50, read_menu)
    window.batch.participants._context_menu(view.visualRect(model.index(0, 1)).center())
    assert "Export 2 selected participants as a table…" in offered
    window.batch.participants.export_table()
    lines = (tmp_path / "two.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and lines[0].startswith("id,name,")
    assert window.statusBar().currentMessage() == (
        f"Exported 2 participants to {tmp_path / 'two.csv'}")


def test_the_participants_of_the_current_search_are_exported_from_file_export(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    from tests.ui.conftest import export_through_dialogs, search

    search(qtbot, window, "Sberbank")
    target = tmp_path / "people.xlsx"
    assert export_through_dialogs(window, monkeypatch, "participants", target).startswith(
        "participants")
    names = {row[1] for row in load_workbook(target)["Participants"].iter_rows(
        min_row=2, values_only=True)}
    assert {"Sberbank", "German Gref", "Alexander Vedyakhin"} <= names
    assert "National Development and Reform Commission" not in names
    assert window.statusBar().currentMessage() == (
        f"Exported {len(names)} participants to {target}.")
