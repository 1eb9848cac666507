"""Choosing participants by name (in either script), for the timeline's lanes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db import Store
from desktop.core.listing import participant_rowids, participant_rowids_of, participant_window
from desktop.core.wording import counted
from desktop.ui.dialog_buttons import ok_cancel

SHOWN = 200  # matches listed, those with the most events first


class ParticipantChooser(QDialog):
    def __init__(self, store: Store, chosen: tuple[str, ...], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Participants on the timeline")
        self.store = store
        self._chosen: dict[str, str] = {}  # id -> name, in the order chosen
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search names, native names and aliases")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Participants")
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Each participant you tick gets a lane of its own:"))
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 560)  # room for a name with its native name and count
        with store.session() as session:
            rows = participant_window(session, participant_rowids_of(session, chosen))
        self._chosen = {row.id: row.name for row in rows}
        self.search.textChanged.connect(self._fill)
        self.list.itemChanged.connect(self._ticked)
        self._fill()

    def _fill(self) -> None:
        with self.store.session() as session:
            rowids = participant_rowids(session, self.search.text(), sort="events",
                                        descending=True)[:SHOWN]
            if not self.search.text().strip():  # the chosen ones first
                chosen = participant_rowids_of(session, list(self._chosen))
                rowids = chosen + [rowid for rowid in rowids if rowid not in set(chosen)]
            rows = participant_window(session, rowids)
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            label = row.name + (f" ({row.native_name})" if row.native_name
                                and row.native_name != row.name else "")
            item = QListWidgetItem(f"{label} — {counted(row.events, 'event')}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.id in self._chosen
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _ticked(self, item: QListWidgetItem) -> None:
        participant_id = str(item.data(Qt.ItemDataRole.UserRole))
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen[participant_id] = item.text()
        else:
            self._chosen.pop(participant_id, None)

    def chosen(self) -> tuple[str, ...]:
        return tuple(self._chosen)

