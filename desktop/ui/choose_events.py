"""What a tool's dialog of events does with the list (the source links that
fail, the saved copies that hold a text): its table of results, a row each,
and choosing their events in the list — every filter set aside when one would
hide them, the list shown, the first of them in the form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from desktop.core.filters import EventFilter
from desktop.core.wording import counted
from desktop.ui.tooltip_text import as_written

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def choose_events(window: MainWindow, event_ids: list[str], why: str) -> bool:
    """Choose these events in the list and say so ("3 events chosen: {why}");
    False when the form kept unsaved edits."""
    if not window.form.confirm_leave():
        return False
    if not window.events_model.event_filter.is_empty():
        window.filter_panel.apply_filter(EventFilter())
        window.search_box.flush()
    window.tabs.setCurrentIndex(0)
    if not window.batch.choose(event_ids):
        return False
    window.statusBar().showMessage(f"{counted(len(event_ids), 'event')} chosen: {why}", 8000)
    window.raise_()
    return True


def results_table(headers: Sequence[str], widths: Sequence[int],
                  open_row: Callable[[int], object]) -> QTableWidget:
    """A read-only table of rows chosen whole, the last column taking the
    width left; a double-click (or Enter) on a row calls ``open_row``."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves it: it has no cells to fill
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    header.setStretchLastSection(True)
    table.itemActivated.connect(lambda item: open_row(item.row()))
    return table


def fill_rows(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    """The table's rows, each cell's text also its tooltip (a long one is cut)."""
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setToolTip(as_written(value))
            table.setItem(row, column, item)
