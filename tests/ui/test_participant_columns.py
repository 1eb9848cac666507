"""The participants list at the window's opening size: every column in sight,
the events count too, without scrolling sideways."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


def test_every_column_of_the_participants_list_is_in_sight_at_first(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.tabs.setCurrentWidget(window.participants_view)
    view = window.participants_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    model = view.model()
    headers = [model.headerData(column, Qt.Orientation.Horizontal)
               for column in range(model.columnCount())]
    assert headers[-1] == "Events"
    last = view.horizontalHeader().logicalIndex(model.columnCount() - 1)
    right_edge = view.columnViewportPosition(last) + view.columnWidth(last)
    assert right_edge <= view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()
    # The names keep the most room.
    widths = [view.columnWidth(column) for column in range(model.columnCount())]
    assert widths[1] == max(widths)
