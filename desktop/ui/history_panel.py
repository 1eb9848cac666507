"""A record's change log: who changed which field when, old → new."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
)

from desktop.core.db import Store
from desktop.core.history import record_history
from desktop.core.stamps import local_stamp, local_zone
from desktop.core.wording import from_the_difference
from desktop.ui.column_shares import ColumnShares
from desktop.ui.tooltip_text import as_written
from desktop.ui.wrap_anywhere import WrapAnywhereDelegate

HEADERS = ("When", "Who", "What", "Old", "New")
SHOWN_CHARS = 200  # of an old or new value in its cell
TOOLTIP_CHARS = 2000


class HistoryPanel(QTableWidget):
    def __init__(self, store: Store) -> None:
        super().__init__(0, len(HEADERS))
        self.store = store
        self.record_id: str | None = None
        self.setHorizontalHeaderLabels(HEADERS)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves it: it has no cells to fill
        # A cell wraps and its row grows to show it: in a pane of ~430
        # pixels, "Wang Fang (imported copy.json)", "title" beside "native
        # title" and a retitling were each cut to a few letters on one line.
        self.setWordWrap(True)
        # A word wider than its column is broken, not cut with "…".
        self.setItemDelegate(WrapAnywhereDelegate(self))
        # Old and new values share what the time, the analyst and the field
        # leave: in a narrow pane they were pushed out of sight by a long name.
        # The analyst's column is never narrower than the longest word it
        # holds ("Engagement", of an import's file, was cut to "Engag…").
        self.shares = ColumnShares(self, 3, {1: (0.15, 50, 180), 2: (0.18, 60, 180)})
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # Rows fitted once however many columns a resize moves (a record may
        # have hundreds of entries; dragging the pane resizes again and again).
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())

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
            # A long text changed is shown from a few words before where its
            # old and new values part (a sentence added at the end of a
            # summary), at most SHOWN_CHARS of it; the tooltip holds it whole.
            # The day above the time: one line of both took ~130 of a narrow
            # pane's ~400 pixels.
            values = (local_stamp(entry.at, seconds=True).replace(" ", "\n", 1), entry.by,
                      entry.what, entry.old, entry.new)
            shown = (*values[:3], _cut(from_the_difference(entry.old, entry.new), SHOWN_CHARS),
                     _cut(from_the_difference(entry.new, entry.old), SHOWN_CHARS))
            for column, (value, text) in enumerate(zip(values, shown, strict=True)):
                item = QTableWidgetItem(text)
                item.setToolTip(as_written(_cut(value, TOOLTIP_CHARS)))
                self.setItem(row, column, item)
        metrics = self.fontMetrics()
        longest_word = max((metrics.horizontalAdvance(word) for entry in entries
                            for word in entry.by.split()), default=0)
        margin = 2 * (self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        self.shares.at_least(1, longest_word + margin + 2)
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_rows.start()  # the stretched column's width is known only now

    def refresh(self) -> None:
        self.show_record(self.record_id)


def _cut(text: str, most: int) -> str:
    return text if len(text) <= most else text[:most] + "…"
