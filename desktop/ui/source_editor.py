"""The event form's sources: publisher, title, URL, dates, note.

Signals: ``edited()`` whenever a source is added, removed or changed.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.event_form_data import SOURCE_KEYS, SourceData
from desktop.ui.row_editing import button_row, remove_current_row

HEADERS = ("Publisher", "Title", "URL", "Published", "Accessed", "Note")


class SourceEditor(QWidget):
    edited = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.sources: list[SourceData] = []
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.setMinimumWidth(200)
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(self._cell_changed)
        self.table.setToolTip("Published: a date (EDTF or as printed); accessed: the day "
                              "you read it")
        buttons = button_row((("Add source", self.add), ("Remove", self.remove_current),
                              ("Open link", self.open_current)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_sources(self, sources: list[SourceData]) -> None:
        self.sources = sources
        self._fill()

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.sources))
        for row, source in enumerate(self.sources):
            for column, key in enumerate(SOURCE_KEYS):
                self.table.setItem(row, column, QTableWidgetItem(getattr(source, key)))
        self.table.blockSignals(False)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        setattr(self.sources[item.row()], SOURCE_KEYS[item.column()], item.text())
        self.edited.emit()

    def add(self) -> None:
        self.sources.append(SourceData())
        self._fill()
        self.table.setCurrentCell(len(self.sources) - 1, 0)
        item = self.table.item(len(self.sources) - 1, 0)
        if item is not None:
            self.table.editItem(item)
        self.edited.emit()

    def remove_current(self) -> None:
        if remove_current_row(self.table, self.sources):
            self._fill()
            self.edited.emit()

    def open_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.sources) and self.sources[row].url.startswith(("http://",
                                                                             "https://")):
            QDesktopServices.openUrl(QUrl(self.sources[row].url, QUrl.ParsingMode.StrictMode))



