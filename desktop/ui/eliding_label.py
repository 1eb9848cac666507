"""A one-line label that gives way in a crowded row: it shows a shorter form
of its text, or ends in "…", when there is too little room, and its tooltip
then holds the whole text.

A plain QLabel asks for its whole text as its least width, so a long status
line in a tool row (the timeline's "22 August 2024 – 1 January 2026 · 8
events") widened its pane and squeezed the pane beside it.  ``text()`` stays
the whole text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStyleOption

from desktop.ui.tooltip_text import as_written


class ElidingLabel(QLabel):
    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self._shorter: tuple[str, ...] = ()

    def setText(self, text: str, *shorter: str) -> None:
        """``shorter``: forms of the text to show, the first that fits, when
        the whole does not (the dates alone, without the count)."""
        self._shorter = shorter
        super().setText(text)
        self._update_tooltip()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(0, hint.height())

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def shown_text(self) -> str:
        """The text as drawn: whole, a shorter form, or the shortest cut to the
        room there is and ending in "…"; nothing where less would be left than
        three characters and "…"."""
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        forms = (self.text(), *self._shorter)
        for form in forms:
            if metrics.horizontalAdvance(form) <= room:
                return form
        cut = metrics.elidedText(forms[-1], Qt.TextElideMode.ElideRight, room)
        # Fewer than three characters before the "…" ("1…" of "1995 – 2026")
        # say nothing: the tooltip holds the whole.
        return "" if len(cut.removesuffix("…")) < 3 else cut

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment()),
                                  option.palette, self.isEnabled(), self.shown_text(),
                                  self.foregroundRole())
        painter.end()

    def _update_tooltip(self) -> None:
        self.setToolTip(as_written(self.text()) if self.is_elided() else "")
