"""The events a participant took part in, as a table model: a country or an
organisation may be in half of 100 000 events, and a widget item per cell
took a second to build each time the participant was shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.participant_form_data import ParticipationRow
from desktop.ui.tooltip_text import as_written

Index = QModelIndex | QPersistentModelIndex
HEADERS = ("Date", "Event", "Role")


class ParticipationModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ParticipationRow] = []

    def set_rows(self, rows: list[ParticipationRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def event_id(self, row: int) -> str | None:
        return self.rows[row].event_id if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's default)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        item = self.rows[index.row()]
        if index.column() == 0:
            return item.date
        if index.column() == 1:
            if role == Qt.ItemDataRole.ToolTipRole and item.native_title:
                return as_written(f"{item.title}\n{item.native_title}")
            return item.title
        return f"{item.role} ({item.note})" if item.note else item.role

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None
