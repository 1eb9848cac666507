"""The counts by period as a chart for a report: the events of each period as
bars, the rows with the most events (countries, tags, participants…) as
lines over them, a legend, and a word on what the chart leaves out (dates
not known well enough to place in a period).

Lines rather than stacked bars: an event with two tags (or two participants)
is in two rows, and a stack would count it twice; each line is a row's own
count, and the bar under it every event of the period once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPaintDevice,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QWidget

from desktop.core.tallies import LESS_PRECISE, ChartSeries
from desktop.ui.colours import LIGHT_INK, PALETTE, Ink, ink_for
from desktop.ui.legend_layout import legend_places
from desktop.ui.picture_file import write_picture

LEGEND_ROW_H = 22
CHART_SIZE = (1600, 900)


def _nice_step(top: int) -> int:
    """A step of 1, 2 or 5 times a power of ten giving about five gridlines."""
    rough = max(1.0, top / 5)
    power = 10 ** math.floor(math.log10(rough))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= rough))


def _legend(series: ChartSeries) -> list[tuple[str, QColor | None]]:
    entries: list[tuple[str, QColor | None]] = [("events in the period", None)]
    entries += [(label, PALETTE[n % len(PALETTE)]) for n, (label, _) in enumerate(series.lines)]
    return entries


def _legend_places(series: ChartSeries, metrics: QFontMetricsF,
                   width: float) -> list[tuple[int, float]]:
    return legend_places((24 + metrics.horizontalAdvance(text) for text, _ in _legend(series)),
                         width, gap=18)


def _left_out_note(series: ChartSeries) -> str:
    why = {LESS_PRECISE: "less precise dates"}
    parts = [f"{count:,} with {why.get(column, 'no known start')}"
             for column, count in series.left_out.items()]
    return f"Not in the chart: {' and '.join(parts)}." if parts else ""


@dataclass(frozen=True)
class ChartLayout:
    """Where the chart's parts go in an area: shared by painting and by
    finding what a double-click hit."""

    plot: QRectF
    step: int
    ceiling: int
    legend_h: float
    places: list[tuple[int, float]]
    note: str
    count: int  # periods

    @property
    def slot(self) -> float:
        return self.plot.width() / max(1, self.count)

    def y(self, value: float) -> float:
        return self.plot.bottom() - self.plot.height() * value / self.ceiling

    def x(self, period: int) -> float:
        return self.plot.left() + (period + 0.5) * self.slot

    def drawable(self) -> bool:
        return self.count > 0 and self.plot.width() >= 20 and self.plot.height() >= 20


def chart_layout(series: ChartSeries, area: QRectF, metrics: QFontMetricsF) -> ChartLayout:
    note = _left_out_note(series)
    places = _legend_places(series, metrics, area.width())
    legend_h = (places[-1][0] + 1) * LEGEND_ROW_H + (metrics.height() + 4 if note else 0) + 8
    top_value = max([*series.totals, *(v for _, values in series.lines for v in values), 1])
    step = _nice_step(top_value)
    ceiling = step * math.ceil(top_value / step)
    label_w = metrics.horizontalAdvance(f"{ceiling:,}") + 12
    plot = QRectF(area.left() + label_w + 8, area.top() + metrics.height() + 26,
                  area.width() - label_w - 24,
                  area.height() - legend_h - 2 * metrics.height() - 40)
    return ChartLayout(plot, step, ceiling, legend_h, places, note, len(series.periods))


def chart_hit(series: ChartSeries, layout: ChartLayout,
              point: QPointF) -> tuple[int | None, int] | None:
    """(line, period) under ``point``: a line's point (its index among the
    lines) within a few pixels, else the period's bar (line None); None when
    neither is there."""
    if not layout.drawable() or not layout.plot.left() <= point.x() < layout.plot.right():
        return None
    period = min(layout.count - 1, int((point.x() - layout.plot.left()) / layout.slot))
    # A point with events, within a few pixels (a zero lies on the axis, at
    # the foot of the bar, and chooses nothing).
    near = [(abs(layout.y(values[period]) - point.y()), number)
            for number, (_label, values) in enumerate(series.lines)
            if values[period] and abs(layout.x(period) - point.x()) <= 8
            and abs(layout.y(values[period]) - point.y()) <= 6]
    if near:
        return min(near)[1], period
    total = series.totals[period]
    if total and layout.y(total) <= point.y() <= layout.plot.bottom():
        return None, period
    return None


def paint_chart(painter: QPainter, series: ChartSeries, area: QRectF, title: str,
                ink: Ink = LIGHT_INK) -> None:
    """``ink``: the paper and the text's colours (a report's by default)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(area, ink.paper)
    metrics = QFontMetricsF(painter.font())
    layout = chart_layout(series, area, metrics)
    plot, step, ceiling = layout.plot, layout.step, layout.ceiling
    legend_h, places, note = layout.legend_h, layout.places, layout.note
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(ink.text)
    # A title naming a long search and filters is elided, not cut at the edge.
    shown = QFontMetricsF(bold).elidedText(title, Qt.TextElideMode.ElideRight,
                                           area.width() - 20)
    painter.drawText(QPointF(area.left() + 10, area.top() + metrics.ascent() + 6), shown)
    painter.setFont(_plain(bold))
    if not layout.drawable():
        painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, "No events in a period to draw.")
        _paint_legend(painter, series, area, legend_h, metrics, places, note, ink)
        return

    y = layout.y
    for value in range(0, ceiling + 1, step):  # gridlines and their values
        painter.setPen(QPen(ink.grid, 1))
        painter.drawLine(QPointF(plot.left(), y(value)), QPointF(plot.right(), y(value)))
        painter.setPen(ink.muted)
        text = f"{value:,}"
        painter.drawText(QPointF(plot.left() - 8 - metrics.horizontalAdvance(text),
                                 y(value) + metrics.ascent() / 2 - 1), text)
    slot = layout.slot
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink.quiet)
    for number, total in enumerate(series.totals):
        if total:
            painter.drawRect(QRectF(plot.left() + number * slot + slot * 0.15, y(total),
                                    slot * 0.7, plot.bottom() - y(total)))
    for colour_number, (_label, values) in enumerate(series.lines):
        colour = PALETTE[colour_number % len(PALETTE)]
        points = [QPointF(layout.x(n), y(v)) for n, v in enumerate(values)]
        painter.setPen(QPen(colour, 2.2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(points)
        if slot >= 6:  # a dot on each period while there is room for one
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            for point in points:
                painter.drawEllipse(point, 2.6, 2.6)
    painter.setPen(QPen(ink.muted, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    # Period labels, as many as fit side by side (every second, fifth…).
    widest = max(metrics.horizontalAdvance(period) for period in series.periods) + 10
    every = max(1, math.ceil(widest / slot))
    painter.setPen(ink.muted)
    for number in range(0, len(series.periods), every):
        text = series.periods[number]
        painter.drawText(QPointF(layout.x(number) - metrics.horizontalAdvance(text) / 2,
                                 plot.bottom() + metrics.ascent() + 6), text)
    _paint_legend(painter, series, area, legend_h, metrics, places, note, ink)


def _plain(font: QFont) -> QFont:
    plain = QFont(font)
    plain.setBold(False)
    return plain


def _paint_legend(painter: QPainter, series: ChartSeries, area: QRectF, legend_h: float,
                  metrics: QFontMetricsF, places: list[tuple[int, float]], note: str,
                  ink: Ink) -> None:
    top = area.bottom() - legend_h
    for (text, colour), (line, x) in zip(_legend(series), places, strict=True):
        middle = top + 4 + line * LEGEND_ROW_H + LEGEND_ROW_H / 2
        left = area.left() + x
        if colour is None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink.quiet)
            painter.drawRect(QRectF(left, middle - 6, 18, 12))
        else:
            painter.setPen(QPen(colour, 2.2))
            painter.drawLine(QPointF(left, middle), QPointF(left + 18, middle))
        painter.setPen(ink.text)
        painter.drawText(QPointF(left + 24, middle + metrics.ascent() / 2 - 1), text)
    if note:
        painter.setPen(ink.muted)
        painter.drawText(QPointF(area.left() + 10, area.bottom() - 8), note)


class TallyChart(QWidget):
    """The chart of the counts shown, drawn to the widget's size.  A
    double-click on a bar emits ``activated(-1, period)``, on a line's point
    ``activated(line, period)`` (indexes into the series)."""

    activated = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.series: ChartSeries | None = None
        self.title = ""
        self.setMinimumSize(420, 280)
        self.setAccessibleName("Chart of the counts")

    def show_series(self, series: ChartSeries, title: str) -> None:
        self.series, self.title = series, title
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.series is None:
            return
        painter = QPainter(self)
        paint_chart(painter, self.series, QRectF(self.rect()), self.title,
                    ink_for(self.palette()))
        painter.end()

    def hit(self, point: QPointF) -> tuple[int | None, int] | None:
        if self.series is None:
            return None
        layout = chart_layout(self.series, QRectF(self.rect()), QFontMetricsF(self.font()))
        return chart_hit(self.series, layout, point)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.hit(event.position())
        if found is not None:
            line, period = found
            self.activated.emit(-1 if line is None else line, period)


def save_chart(path: Path, series: ChartSeries, title: str, font: QFont) -> None:
    """The chart as a PNG or SVG picture of CHART_SIZE, whole or not at all."""
    width, height = CHART_SIZE

    def paint(device: QPaintDevice) -> None:
        painter = QPainter(device)
        painter.setFont(font)
        paint_chart(painter, series, QRectF(0, 0, width, height), title)
        painter.end()

    write_picture(path, width, height, title, paint)
