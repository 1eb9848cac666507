"""The line under a picture for a report (a timeline, a network): what it
shows and where it comes from, wrapped to the picture's width in the
legends' muted grey, so that a part of the dataset is not read as the whole."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter

from desktop.core.date_text import span_in_words
from desktop.ui.colours import MUTED

PAD = 8  # pixels around the line
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)


def source_of(database: Path) -> str:
    """"From demo.sqlite, 30 November 2026." — the database and the day."""
    today = date.today()
    return f"From {database.name}, {span_in_words(today, today, 'day')}."


def caption_box(metrics: QFontMetricsF, top: float, width: float, text: str) -> QRectF:
    """Where ``text`` goes under a picture ending at ``top``: as wide as the
    picture less its margins, as tall as its wrapped lines (empty: none)."""
    box = QRectF(PAD, top + PAD / 2, width - 2 * PAD, 10_000)
    box.setHeight(metrics.boundingRect(box, _WRAP, text).height() + 1 if text else 0)
    return box


def caption_height(box: QRectF) -> int:
    """What the line adds to the picture's height."""
    return int(box.height() + PAD) if box.height() else 0


def paint_caption(painter: QPainter, box: QRectF, width: float, text: str) -> None:
    if not text:
        return
    painter.fillRect(QRectF(0, box.top() - PAD / 2, width, caption_height(box)),
                     Qt.GlobalColor.white)
    painter.setPen(MUTED)
    painter.drawText(box, _WRAP, text)
