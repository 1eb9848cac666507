"""The timeline's vertical scroll bar: where the lanes in view stand among all
of them, and a handle to drag there.

The canvas scrolls its lanes itself (Shift+wheel, ↑ / ↓, following the
selection); with lanes by tag or by country there may be hundreds, and without
a bar nothing said that more lay below the pane.  The bar shows only when the
lanes are taller than the room for them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QScrollBar

from desktop.ui.timeline_canvas import TimelineCanvas
from desktop.ui.timeline_frame import ROW_H


class LanesScrollBar(QScrollBar):
    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.canvas = canvas
        self.setObjectName("timeline_lanes_scroll")
        self.setAccessibleName("Scroll the lanes")
        self.setSingleStep(ROW_H)
        self.hide()
        self._pending = False
        self.valueChanged.connect(self._moved)
        canvas.lanes_moved.connect(self._soon)

    def _soon(self) -> None:
        """Follow the canvas once its paint is done: it reports a move while it
        lays a frame out, and showing the bar narrows it."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.follow)

    def follow(self) -> None:
        """Stand where the canvas's lanes are scrolled to, as tall as they are."""
        self._pending = False
        frame = self.canvas.frame
        content = frame.content_height if frame is not None else 0.0
        room = self.canvas.lanes_room()
        self.blockSignals(True)
        self.setRange(0, max(0, math.ceil(content - room)))
        self.setPageStep(max(1, int(room)))
        self.setValue(round(self.canvas.scroll_y))
        self.blockSignals(False)
        self.setFixedHeight(max(1, int(room)))
        # Narrower with the bar, the lanes only grow taller: it cannot flicker.
        self.setVisible(content > room + 0.5)

    def _moved(self, value: int) -> None:
        self.canvas.scroll_lanes(value - self.canvas.scroll_y)
