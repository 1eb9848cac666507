"""A read-only table model over the events list.

Holds plain rows from ``queries.event_rows`` (never ORM objects) and reloads
them when told that events changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.core.countries import country_name
from desktop.core.db import Store
from desktop.core.queries import EventRow, event_rows

_COLUMNS: tuple[tuple[str, str], ...] = (
    ("date", "Date"), ("title", "Title"), ("event_type", "Type"), ("category", "Category"),
    ("place", "Place"), ("country", "Country"), ("participants", "Participants"),
    ("status", "Status"), ("updated_at", "Updated"),
)
_STATUS_LABELS = {"draft": "Draft", "needs_review": "Needs review", "verified": "Verified"}
ModelIndex = QModelIndex | QPersistentModelIndex


class EventTableModel(QAbstractTableModel):
    """Events as rows; the event id is available under ``Qt.UserRole``."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._rows: list[EventRow] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        with self._store.session() as session:
            self._rows = event_rows(session)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _COLUMNS[section][1]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = _COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole and key == "country":
            return country_name(row.country)
        if role == Qt.ItemDataRole.ToolTipRole and key == "title":
            return row.title
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "participants":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(row: EventRow, key: str) -> str:
        if key == "status":
            return _STATUS_LABELS.get(row.status, row.status)
        if key == "updated_at":
            return row.updated_at[:16].replace("T", " ")
        if key == "participants":
            return str(row.participants)
        return str(getattr(row, key))
