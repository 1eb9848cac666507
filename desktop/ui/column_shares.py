"""Columns of a small table in a form that keep a share of its width.

A form's tables (an event's participants, a participant's events) live in a
pane the analyst can make narrow.  With fixed widths for the short columns
(role, date), the one that matters, the names or titles, was left a few
letters ("ASE…").  Here the short columns get a share of the width, within
bounds, each time the table is resized, and the stretched column the rest;
they can still be dragged wider until the next resize.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnShares(QObject):
    def __init__(self, view: QTableView, stretched: int,
                 shares: dict[int, tuple[float, int, int]]) -> None:
        """``shares``: column -> (share of the width, least and most pixels)."""
        viewport = view.viewport()
        super().__init__(viewport)  # goes with the viewport it watches
        self.view = view
        self.shares = shares
        header = view.horizontalHeader()
        header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)
        for column in shares:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The type is asked first: while the view is destroyed, its viewport
        # still gets other events, and the view must not be touched then.
        if event.type() == QEvent.Type.Resize and watched is self.parent():
            width = self.view.viewport().width()
            for column, (share, least, most) in self.shares.items():
                self.view.setColumnWidth(column, max(least, min(most, int(width * share))))
        return super().eventFilter(watched, event)


class ReadableWidths(QObject):
    """Columns at a width each can be read at, grown in proportion to fill a
    wide table; a table narrower than their sum scrolls sideways rather than
    squeezing every column to a letter or two (seven columns of sources in a
    form ~270 px wide showed "Pub…", "20…")."""

    def __init__(self, view: QTableView, widths: tuple[int, ...]) -> None:
        viewport = view.viewport()
        super().__init__(viewport)  # goes with the viewport it watches
        self.view = view
        self.widths = widths
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parent():
            grow = max(1.0, self.view.viewport().width() / sum(self.widths))
            for column, width in enumerate(self.widths):
                self.view.setColumnWidth(column, int(width * grow))
        return super().eventFilter(watched, event)
