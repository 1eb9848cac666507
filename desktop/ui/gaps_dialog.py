"""Tools ▸ Gaps in the data…: what the events still lack, and the way to them.

Each kind of gap is a line with its count and what to do about it; choosing
one (double-click or the button) chooses those events in the list, every
filter set aside so that all of them are there, ready for Edit ▸ Change
selected events… or to be read one by one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.data_gaps import Gap, data_gaps
from desktop.core.filters import EventFilter

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class GapsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle("Gaps in the data")
        self.resize(640, 460)
        with window.store.session() as session:
            self.gaps = data_gaps(session)
        total = window.events_model.total
        self.list = QListWidget()
        self.list.setAccessibleName("Gaps")
        self.list.setWordWrap(True)
        for gap in self.gaps:
            count = len(gap.event_ids)
            item = QListWidgetItem(f"{gap.label}: {count:,} of {total:,}"
                                   + (f"\n    {gap.advice}" if count else ""))
            item.setData(Qt.ItemDataRole.UserRole, gap.key)
            if not count:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(item)
        self.choose_button = QPushButton("&Choose them in the list")
        self.choose_button.clicked.connect(self.choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("What the events still lack:"))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.choose())
        self.list.currentRowChanged.connect(self._enable)
        first = next((row for row, gap in enumerate(self.gaps) if gap.event_ids), -1)
        self.list.setCurrentRow(first)
        self._enable()

    def current_gap(self) -> Gap | None:
        row = self.list.currentRow()
        return self.gaps[row] if 0 <= row < len(self.gaps) else None

    def _enable(self) -> None:
        gap = self.current_gap()
        self.choose_button.setEnabled(gap is not None and bool(gap.event_ids))

    def choose(self) -> None:
        """Close, and show the list with the gap's events chosen."""
        gap = self.current_gap()
        if gap is None or not gap.event_ids:
            return
        window = self.window_
        if not window.form.confirm_leave():
            return
        self.accept()
        if not window.events_model.event_filter.is_empty():
            window.filter_panel.apply_filter(EventFilter())  # all of them in the list
            window.search_box.flush()
        if window.batch.choose(list(gap.event_ids)):
            window.statusBar().showMessage(
                f"{len(gap.event_ids):,} events chosen: {gap.label.lower()}", 8000)
