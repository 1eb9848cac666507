"""How one event's mark is drawn, on the timeline and in its legend.

A one-day event is a dot; a range is a solid bar; a date known only to the
month or year is a fainter, lighter span over that whole month or year; an
uncertain (?) date has a dashed outline and an approximate (~) one a dotted
outline; an open end fades out; a disputed date is hatched.  The current
event is outlined in the ink's colour (dark on light paper); the other events
chosen in the list sit on a halo of the list's selection colour.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QLinearGradient,
    QPainter,
    QPen,
)

from desktop.core.timeline_labels import Placed
from desktop.ui.colours import LIGHT_INK, Ink
from desktop.ui.timeline_frame import HEADER_W, LANE_PAD, ROW_H, LaneBox

TODAY = QColor("#d93025")
CHOSEN = QColor(48, 140, 198, 150)  # the list's selection blue, see-through
DISPUTED = QColor("#a50e0e")
RELATED = QColor("#b06000")
MARK_H = 16
POINT_D = 11


def mark_rect(item: Placed, box: LaneBox, top: float) -> QRectF:
    """Where an event's mark is drawn; ``top`` is the lane's y on the canvas."""
    y = top + LANE_PAD + item.row * ROW_H + (ROW_H - MARK_H) / 2
    if item.event.is_point:
        return QRectF(HEADER_W + item.x0 - POINT_D / 2, y + (MARK_H - POINT_D) / 2, POINT_D,
                      POINT_D)
    return QRectF(HEADER_W + item.x0, y, max(item.x1 - item.x0, 2.0), MARK_H)


def paint_halos(painter: QPainter, rects: list[QRectF]) -> None:
    """A band of the selection colour under each chosen mark, wider than the
    mark, so that it shows around marks of any colour and outline."""
    if not rects:
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(CHOSEN)
    for rect in rects:
        painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 5, 5)


# Pens and fills by colour and kind of date, made once: a frame draws a few
# hundred marks in a dozen colours.
_PENS: dict[tuple[int, bool, bool], QPen] = {}
_FILLS: dict[tuple[int, bool], QColor] = {}


def outline(event_uncertain: bool, event_approximate: bool, colour: QColor) -> QPen:
    """The mark's outline: dashed for an uncertain date, dotted for an
    approximate one, both for a date that is both."""
    key = (colour.rgba(), event_uncertain, event_approximate)
    pen = _PENS.get(key)
    if pen is None:
        if len(_PENS) > 256:
            _PENS.clear()
        # Dashed and dotted pens one pixel wide take Qt's fast path; wider
        # ones cost a millisecond per long bar.
        pen = QPen(colour.darker(150), 1.0 if event_uncertain or event_approximate else 1.4)
        if event_uncertain and event_approximate:
            pen.setStyle(Qt.PenStyle.DashDotLine)
        elif event_uncertain:
            pen.setStyle(Qt.PenStyle.DashLine)
        elif event_approximate:
            pen.setStyle(Qt.PenStyle.DotLine)
        _PENS[key] = pen
    return pen


def partial_fill(colour: QColor) -> QColor:
    """The fainter colour of a date known only to its month or year (and of
    such events' share of a density band)."""
    return _fill(colour, True)


def _fill(colour: QColor, partial: bool) -> QColor:
    """The bar's colour: fainter for a date known only to the month or year."""
    key = (colour.rgba(), partial)
    fill = _FILLS.get(key)
    if fill is None:
        if len(_FILLS) > 256:
            _FILLS.clear()
        fill = _FILLS[key] = (QColor(colour.red(), colour.green(), colour.blue(), 70)
                              if partial else QColor(colour))
    return fill


def paint_mark(painter: QPainter, item: Placed, rect: QRectF, colour: QColor,
               selected: bool, ink: Ink = LIGHT_INK) -> None:
    event = item.event
    painter.setPen(ink.current_pen if selected
                   else outline(event.uncertain, event.approximate, colour))
    if event.is_point:
        painter.setBrush(colour)
        painter.drawEllipse(rect)
    else:
        fill = _fill(colour, event.is_partial)
        if event.open_end or event.open_start:
            gradient = QLinearGradient(rect.topLeft(), rect.topRight())
            faded = QColor(fill.red(), fill.green(), fill.blue(), 0)
            gradient.setColorAt(0, faded if event.open_start else fill)
            gradient.setColorAt(1, fill if event.open_start else faded)
            painter.setBrush(QBrush(gradient))
            if not selected:
                painter.setPen(Qt.PenStyle.NoPen)
        else:
            painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
    if event.disputed:
        painter.setPen(QPen(DISPUTED, 1.2))
        painter.setBrush(QBrush(DISPUTED, Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 3, 3)
