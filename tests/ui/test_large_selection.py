"""Choosing every row of a long list (Ctrl+A, Shift-click) and then one row
again keeps the window responsive: painting the list never walks the rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.bootstrap import create_database
from desktop.core.operations import Operations
from desktop.ui.app import open_for_window
from desktop.ui.event_table_model import EventTableModel
from desktop.ui.main_window import MainWindow
from desktop.ui.table_views import RecordTableView

ROWS = 20_000


def test_choosing_every_row_of_a_long_list_never_walks_the_rows(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = create_database(tmp_path / "many.sqlite")
    Operations(store, "test").bulk_import([], [
        {"title": f"Event {i:05d}", "date": f"20{10 + i % 15}-0{1 + i % 9}"}
        for i in range(ROWS)])
    # The header asked the model, through Python, about every row of every
    # column at each repaint while all the rows were chosen: 120 000 calls here,
    # a two-second freeze at 100 000 events.
    asked = []
    counted = EventTableModel.rowCount

    def row_count(self: EventTableModel, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        asked.append(1)
        return counted(self, parent)

    # (set before the model is made: Qt looks an override up once)
    monkeypatch.setattr(EventTableModel, "rowCount", row_count)
    store.close()
    store, note = open_for_window(tmp_path / "many.sqlite", "sample")
    window = MainWindow(store, note=note, analyst="Tester")
    qtbot.addWidget(window)
    window.resize(1400, 820)
    window.show()
    qtbot.waitExposed(window)
    view = window.events_view
    asked.clear()
    view.setFocus()
    _click(qtbot, view, 0)
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _repaint(view)
    assert view.selected_runs() == [(0, ROWS - 1)]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    _repaint(view)
    assert view.selected_runs() == [(1, 1)]
    view.scrollToBottom()  # and Shift-click the last row
    _click(qtbot, view, ROWS - 1, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_runs() == [(1, ROWS - 1)]
    view.scrollToTop()  # a click on one row: it alone is chosen
    _click(qtbot, view, 5)
    assert view.selected_runs() == [(5, 5)]
    assert len(asked) < ROWS / 10, len(asked)
    window.close()
    store.close()


def _click(qtbot: QtBot, view: RecordTableView, row: int,
           modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers,
                     view.visualRect(view.model().index(row, 1)).center())
    _repaint(view)


def _repaint(view: RecordTableView) -> None:
    """Let the window repaint what the selection changed, as it would."""
    QApplication.processEvents()
