"""Tools ▸ Compare two periods…, as the analyst drives it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.network_change_dialog import NetworkChangeDialog
from tests.ui.conftest import participant_menu, retype, search, titles

NDRC = "National Development and Reform Commission (国家发展和改革委员会)"


def _open(qtbot: QtBot, window: MainWindow) -> NetworkChangeDialog:
    qtbot.waitUntil(lambda: window.is_ready)
    action = next(action for action in window.findChildren(QAction)
                  if action.text() == "Compare two pe&riods…")
    action.trigger()
    dialog = window.findChild(NetworkChangeDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def _rows(dialog: NetworkChangeDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(row, column).text()  # type: ignore[union-attr]
             for column in range(table.columnCount())] for row in range(table.rowCount())]


def test_the_last_two_years_compared_and_a_newcomers_events_chosen(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    assert (dialog.before.text(), dialog.after.text()) == ("2024", "2025")
    assert dialog.before_words.text() == "1 January 2024 to 31 December 2024"
    assert dialog.summary.text().startswith("2024: 2 events; 2025: 6 events. Ties: ")
    assert all(row[2] == "0" for row in _rows(dialog))  # new ties: none shared in 2024
    dialog.kind.setCurrentIndex(dialog.kind.findData("organization"))
    dialog.shown.setCurrentIndex(dialog.shown.findData("newcomers"))
    header = [dialog.table.horizontalHeaderItem(c).text()  # type: ignore[union-attr]
              for c in range(dialog.table.columnCount())]
    assert header == ["Participant", "Events 2024", "Events 2025"]
    rows = _rows(dialog)
    assert rows[0] == [NDRC, "0", "2"]
    dialog.table.setFocus()
    dialog.table.setCurrentCell(0, 0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # its events, chosen in the list
    chosen = window.batch.selected_ids()
    assert len(chosen) == 2
    shown = {titles(window)[row] for row in range(len(titles(window)))
             if window.events_model.index(row, 0).data(Qt.ItemDataRole.UserRole) in chosen}
    assert shown == {"China Signs AI Cooperation Pact with Brazil",
                     "8th World Artificial Intelligence Conference (WAIC 2025)"}
    dialog.copy()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0] == "Participant\tEvents 2024\tEvents 2025" and len(lines) == len(rows) + 1


def test_the_table_saved_as_a_workbook_or_csv(qtbot: QtBot, window: MainWindow,
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    dialog = _open(qtbot, window)
    dialog.shown.setCurrentIndex(dialog.shown.findData("absent"))
    offered: list[str] = []
    answers = iter([(str(tmp_path / "absent"), "CSV (*.csv)"),
                    (str(tmp_path / "absent.xlsx"), "Excel workbook (*.xlsx)")])

    def ask(_parent: object, _title: str, name: str, _filters: str) -> tuple[str, str]:
        offered.append(name)
        return next(answers)

    monkeypatch.setattr("desktop.ui.file_places.QFileDialog.getSaveFileName", ask)
    save = next(button for button in dialog.findChildren(QPushButton)
                if button.text() == "Save &table…")
    save.click()  # no ending typed: the kind chosen gives it
    assert offered == ["absent-2024-2025.xlsx"]
    lines = (tmp_path / "absent.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Participant,Events 2024,Events 2025" and len(lines) == 1 + len(
        _rows(dialog))
    save.click()
    cells = list(load_workbook(tmp_path / "absent.xlsx")["Comparison"].iter_rows(
        values_only=True))
    assert cells[1:] == [(name, int(before), int(after)) for name, before, after
                         in _rows(dialog)]  # the counts are numbers


def test_a_period_that_cannot_be_read_is_named_and_the_table_emptied(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    assert dialog.table.rowCount() > 0
    retype(qtbot, dialog.before, "2025-13")
    assert "month 13 does not exist" in dialog.before_words.text()
    assert dialog.table.rowCount() == 0 and dialog.summary.text() == ""
    retype(qtbot, dialog.before, "Q4 2024")
    assert dialog.before_words.text() == "1 October 2024 to 31 December 2024"
    assert dialog.summary.text().startswith("Q4 2024: 1 event; 2025: 6 events.")


def test_the_comparison_follows_the_search(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    search(qtbot, window, "Laos")
    qtbot.waitUntil(lambda: "2025: 2 events" in dialog.summary.text())  # the centre, the forum
    assert "The events of the current search and filters" in dialog.note.text()


def test_a_participant_chosen_in_its_list_has_its_own_ties_compared(
        qtbot: QtBot, window: MainWindow) -> None:
    offered = participant_menu(qtbot, window, "National Development and Reform Commission")
    assert ("How its ties changed between two periods…", True) in offered
    window.batch.participants.compare_periods()
    dialog = window.findChild(NetworkChangeDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Only the ties of the participant chosen" in dialog.note.text()
    rows = _rows(dialog)  # new in 2025: everyone it met in its two events
    assert rows and all(NDRC in row[:2] for row in rows)
