"""Table views for the windowed models: fixed row heights, movable columns
that can be hidden from the header's context menu, layout kept in QSettings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView

from desktop.ui.modal import show_menu
from desktop.ui.windowed_model import WindowedTableModel


class RecordTableView(QTableView):
    typed = Signal(str)  # letters typed on the list, for a search (see keyboardSearch)

    def __init__(self, model: WindowedTableModel[Any], settings_key: str,
                 widths: tuple[int, ...], *, several: bool = False) -> None:
        """``several``: rows may be chosen several at a time (Shift, Ctrl, Ctrl+A)."""
        super().__init__()
        self.settings_key = settings_key
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if several
                              else QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # Tab leaves the list for the next field, as in a file manager: moving
        # cell by cell would walk across the columns into the next record,
        # choosing it, and never reach the form or the search.
        self.setTabKeyNavigation(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.verticalHeader()
        rows.setVisible(False)
        # Uniform heights: the view never measures 100 000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self.restore_layout()
        # Enabling sorting sorts by the indicator, which now holds the model's
        # own order or the saved one.
        self.setSortingEnabled(True)

    def setSelectionModel(self, selection_model: QItemSelectionModel) -> None:
        """The rows' selection is the view's alone: the column header gets a
        selection of its own that nothing selects.  Sharing the view's, it
        asked whether each column was wholly selected at every repaint —
        row by row, through Python: with 100 000 rows chosen (Ctrl+A,
        Shift+End) the window froze for a second or two.  The header shows
        no selection anyway (``setHighlightSections(False)``)."""
        super().setSelectionModel(selection_model)
        header = self.horizontalHeader()
        header.setSelectionModel(QItemSelectionModel(header.model(), header))

    # What an empty list says instead (what to do next): set by the window.
    empty_text: Callable[[], str] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.empty_text is None or self.model().rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        area = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), self.empty_text())
        painter.end()

    def keyboardSearch(self, search: str) -> None:
        """Letters typed on the list are a search (``typed``; the window puts
        them in the search box).  Qt's own search for a row starting with
        them read every row's cell through Python: the window froze ~3 s at
        100 000 events, and in the date column it found nothing anyway."""
        if search.strip():
            self.typed.emit(search)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selected_rows()
            return
        super().keyPressEvent(event)

    def select_only(self, row: int) -> None:
        """Make ``row`` the current row and the only one chosen, and show it.
        Not ``selectRow``: it reads the keys held down, and with Ctrl held (a
        step along the timeline) it adds the row to those already chosen."""
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def choose_in_place_of(self, row: int) -> None:
        """After the rows chosen from ``row`` on left the list (deleted), make
        the row now in that place current (the last one when they were at the
        end), as a file manager does, so that the next can be read or deleted
        in turn; nothing when the list is empty."""
        count = self.model().rowCount()
        if count and row >= 0:
            self.select_only(min(row, count - 1))

    def selected_runs(self) -> list[tuple[int, int]]:
        """The selected runs of rows, first and last, in order: Ctrl+A over
        100 000 rows is one run, never 100 000 indexes."""
        selection = self.selectionModel().selection()
        return sorted((selection.at(i).top(), selection.at(i).bottom())
                      for i in range(selection.count()))

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows (sorted), alone, as runs of rows: a search's
        thousands of rows are a few ranges, not an index each."""
        model = self.model()
        selection = QItemSelection()
        last_column = model.columnCount() - 1
        start = 0
        for position in range(1, len(rows) + 1):
            if position == len(rows) or rows[position] != rows[position - 1] + 1:
                selection.select(model.index(rows[start], 0),
                                 model.index(rows[position - 1], last_column))
                start = position
        self.selectionModel().select(selection,
                                     QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def copy_selected_rows(self) -> None:
        """The selected rows' cells as shown (visible columns, in their order),
        tab-separated, a line a row in the list's order: a spreadsheet pastes
        them as rows.  With no selection, the current row."""
        rows = list(dict.fromkeys(row for top, bottom in self.selected_runs()
                                  for row in range(top, bottom + 1)))
        if not rows and self.currentIndex().isValid():
            rows = [self.currentIndex().row()]
        if not rows:
            return
        header, model = self.horizontalHeader(), self.model()
        assert isinstance(model, WindowedTableModel)
        columns = [header.logicalIndex(visual) for visual in range(header.count())
                   if not header.isSectionHidden(header.logicalIndex(visual))]
        # no tabs or line breaks inside a cell
        lines = ("\t".join(" ".join(str(value or "").split()) for value in cells)
                 for cells in model.shown_cells(rows, columns))
        QGuiApplication.clipboard().setText("\n".join(lines))

    def _column_menu(self, position: QPoint) -> None:
        header = self.horizontalHeader()
        menu = QMenu(self)
        model = self.model()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            action = QAction(str(title), menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: self.setColumnHidden(c, not shown))
            menu.addAction(action)
        show_menu(menu, header.mapToGlobal(position))

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue(f"{self.settings_key}/header", self.horizontalHeader().saveState())
        settings.setValue(f"{self.settings_key}/columns", ",".join(self._column_keys()))

    def _column_keys(self) -> list[str]:
        model = self.model()
        assert isinstance(model, WindowedTableModel)
        return [key for key, _title in model.columns]

    def restore_layout(self) -> None:
        """The layout saved last, when it was saved with these columns: a
        header's state saved before a column was added would put each width,
        place and hidden mark on the wrong column."""
        header = self.horizontalHeader()
        model = self.model()
        assert isinstance(model, WindowedTableModel)
        keys = self._column_keys()
        order = Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(keys.index(model.sort_key), order)
        settings = QSettings()
        state = settings.value(f"{self.settings_key}/header")
        saved_with = settings.value(f"{self.settings_key}/columns")
        if (isinstance(state, QByteArray) and not state.isEmpty()
                and saved_with == ",".join(keys)):
            header.restoreState(state)
            return
        for column, key in enumerate(keys):
            self.setColumnHidden(column, key in model.hidden_at_first)


class WholeTableCopyView(QTableView):
    """A small table (counts, ties) whose Ctrl+C copies it whole, through
    ``copy``, where a view would copy only its current cell."""

    def __init__(self, copy: Callable[[], None]) -> None:
        super().__init__()
        self._copy = copy
        self.setTabKeyNavigation(False)  # Tab leaves it: it has no cells to fill

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self._copy()
        else:
            super().keyPressEvent(event)
