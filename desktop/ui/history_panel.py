"""A record's change log: who changed which field when, old → new."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from desktop.core.db import Store
from desktop.core.history import record_history
from desktop.core.stamps import local_stamp, local_zone

HEADERS = ("When", "Who", "What", "Old", "New")


class HistoryPanel(QTableWidget):
    def __init__(self, store: Store) -> None:
        super().__init__(0, len(HEADERS))
        self.store = store
        self.record_id: str | None = None
        self.setHorizontalHeaderLabels(HEADERS)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def show_record(self, record_id: str | None) -> None:
        self.record_id = record_id
        entries = []
        if record_id is not None:
            with self.store.session() as session:
                entries = record_history(session, record_id)
        self.setRowCount(len(entries))
        # Times are shown in this computer's zone: the header says which.
        self.setHorizontalHeaderItem(0, QTableWidgetItem(f"When ({local_zone()})"))
        for row, entry in enumerate(entries):
            for column, value in enumerate((local_stamp(entry.at, seconds=True), entry.by,
                                            entry.what, entry.old, entry.new)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.setItem(row, column, item)

    def refresh(self) -> None:
        self.show_record(self.record_id)
