"""Painting a timeline frame with QPainter: axis, today, lanes, marks, legend.

Each mark says how well its date is known (``timeline_marks``), and its label
starts with ? or ~ when the date is uncertain or approximate.  The events
related to the current one (part of it, a follow-up, the same series) are
ringed and joined to it by a dashed curve.  The legend (``timeline_legend``)
explains the marks.
"""

from __future__ import annotations

import functools
import math
from collections import deque
from collections.abc import Sequence, Set
from datetime import date
from itertools import compress, pairwise, repeat
from operator import gt, mul, sub

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
)

from desktop.core.timeline_labels import LABEL_GAP_PX
from desktop.core.timeline_layout import ticks
from desktop.ui.colours import LIGHT_INK, Ink
from desktop.ui.laid_out_text import draw_text
from desktop.ui.timeline_colours import NO_COLOURS, OTHER, ColourLegend
from desktop.ui.timeline_frame import (
    AXIS_H,
    HEADER_W,
    LANE_PAD,
    Frame,
    LaneBox,
)
from desktop.ui.timeline_legend import legend_height, paint_legend
from desktop.ui.timeline_marks import (
    RELATED,
    TODAY,
    mark_rect,
    paint_halos,
    paint_mark,
    partial_fill,
)

HEADER_ROW = 26  # the header's text sits in the lane's first row


def lane_top(box: LaneBox, scroll_y: float) -> float:
    return AXIS_H + box.top - scroll_y


def paint_frame(painter: QPainter, frame: Frame, width: float, height: float, *,
                scroll_y: float = 0.0, selected: str | None = None,
                chosen: Set[str] = frozenset(), related: Set[str] = frozenset(),
                legend: bool = True, reading: bool = False, ink: Ink = LIGHT_INK) -> None:
    """``selected``: the current event; ``chosen``: the others chosen with it;
    ``related``: the events related to the current one; ``reading``: the
    frame is the one before while the lanes are read beside the window;
    ``ink``: the paper and the text's colours (a report's by default)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, width, height), ink.paper)
    metrics = QFontMetricsF(painter.font())
    legend_h = legend_height(metrics, width, frame.colour_legend) if legend else 0
    bottom = height - legend_h
    painter.save()
    painter.setClipRect(QRectF(0, AXIS_H, width, bottom - AXIS_H))
    for number, box in enumerate(frame.lanes):
        top = lane_top(box, scroll_y)
        if top > bottom or top + box.height < AXIS_H:
            continue
        if number % 2 == 0:
            painter.fillRect(QRectF(0, top, width, box.height), ink.shade)
    _paint_grid(painter, frame, width, bottom, ink)
    for box in frame.lanes:
        top = lane_top(box, scroll_y)
        if top > bottom or top + box.height < AXIS_H:
            continue
        if box.bins is not None:
            _paint_bins(painter, frame, box, top)
        else:
            _paint_marks(painter, box, top, selected, chosen, metrics, width, frame.colours,
                         ink)
    if selected and related:
        _paint_relations(painter, frame, scroll_y, bottom, selected, related)
    _paint_today(painter, frame, AXIS_H, bottom)
    painter.restore()
    _paint_headers(painter, frame, scroll_y, bottom, metrics, ink)
    _paint_axis(painter, frame, width, metrics, ink, reading)
    if legend:
        paint_legend(painter, QRectF(0, bottom, width, legend_h), metrics, frame.colour_legend,
                     ink)


def _paint_grid(painter: QPainter, frame: Frame, width: float, bottom: float,
                ink: Ink) -> None:
    painter.setPen(QPen(ink.grid, 1))
    for tick in ticks(frame.viewport)[0]:
        x = HEADER_W + frame.viewport.x(tick.day)
        if x >= HEADER_W:
            painter.drawLine(QPointF(x, AXIS_H), QPointF(x, bottom))


def _paint_today(painter: QPainter, frame: Frame, top: float, bottom: float) -> None:
    x = HEADER_W + frame.viewport.x(date.today().toordinal() + 0.5)
    if HEADER_W <= x <= HEADER_W + frame.viewport.width:
        painter.setPen(QPen(TODAY, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, top), QPointF(x, bottom))


def _paint_bins(painter: QPainter, frame: Frame, box: LaneBox, top: float) -> None:
    """The density band: one bar per bin, its height the square root of the
    count against that of the fullest bin of the frame (the same scale in
    every lane), so that quiet periods stay visible beside busy ones.

    The events whose day is known are a solid bar; above it, fainter, the
    share of those known only to their month, season or year, spread evenly
    over that period (as their marks span it), not piled on its first day."""
    assert box.bins is not None
    band = box.height - 2 * LANE_PAD
    bin_width = frame.viewport.width / len(box.bins)
    colour = QColor(box.colour)
    base = top + box.height - LANE_PAD
    # Thousands of upright bars, drawn in two calls without antialiasing (a
    # bar's edges fall on pixels anyway): the raster engine's fastest path.
    scale = band / math.sqrt(frame.max_bin)
    lefts, widths = _bin_columns(len(box.bins), bin_width)
    floor = round(base)
    # Each bar's height, worked out in C (at the full range a frame draws
    # thousands): a bin with an event whose day is known shows at least two
    # pixels of it; the whole bar adds the spread share of the others.
    solid = list(map(max, map(mul, map(bool, box.bins), repeat(2)),
                     map(round, map(mul, map(math.sqrt, box.bins), repeat(scale)))))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRects(_rects(lefts, widths, floor, solid, box.bins))
    if box.totals is not None:
        whole = list(map(round, map(mul, map(math.sqrt, box.totals), repeat(scale))))
        painter.setBrush(partial_fill(colour))
        painter.drawRects(_rects(lefts, widths, floor, whole, list(map(gt, whole, solid)),
                                 below=solid))
    painter.restore()


# The bars' rectangles, set afresh for each lane's bars and drawn at once:
# setting a QRect costs a third of making one, and a frame at the full range
# draws ten thousand.  (Painting is on the GUI thread alone.)
_RECT_POOL: list[QRect] = []


def _rects(lefts: tuple[int, ...], widths: tuple[int, ...], floor: int, tops: list[int],
           shown: Sequence[object], below: list[int] | None = None) -> list[QRect]:
    """The bars of the bins ``shown`` marks, each from ``tops`` pixels above
    ``floor`` down to ``below`` pixels above it (or to the floor), for
    drawing before the next call: set by C-level maps."""
    heights = tops if below is None else list(map(sub, tops, below))
    xs = list(compress(lefts, shown))
    if len(_RECT_POOL) < len(xs):
        _RECT_POOL.extend(QRect() for _ in range(len(xs) - len(_RECT_POOL)))
    rects = _RECT_POOL[:len(xs)]
    deque(map(QRect.setRect, rects, xs, compress(map(sub, repeat(floor), tops), shown),
              compress(widths, shown), compress(heights, shown)), maxlen=0)
    return rects


@functools.lru_cache(maxsize=8)
def _bin_columns(count: int, bin_width: float) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where each of ``count`` bins' bar begins, and how wide it is, in whole
    pixels: the same in every lane of a frame, and frame after frame.

    A bin's edges are rounded to whole pixels and each bar leaves its last
    column blank: bins of 3.9 pixels drawn 3.4 wide at fractional places
    were rounded now with a gap and now without, a stripe of gaps across
    part of the band that meant nothing."""
    gap = 1 if bin_width >= 3 else 0
    edges = [round(HEADER_W + index * bin_width) for index in range(count + 1)]
    return tuple(edges[:-1]), tuple(max(right - gap - left, 1)
                                    for left, right in pairwise(edges))


def _paint_marks(painter: QPainter, box: LaneBox, top: float, selected: str | None,
                 chosen: Set[str], metrics: QFontMetricsF, width: float,
                 colours: dict[str, QColor] | None, ink: Ink) -> None:
    """The lane's marks with their labels, in the lane's colour or, when a
    field colours them, in their value's (``OTHER`` past the commonest)."""
    if chosen:
        paint_halos(painter, [mark_rect(item, box, top) for item in box.placed
                               if item.event.id in chosen])
    for item in box.placed:
        rect = mark_rect(item, box, top)
        # A year-long bar at day zoom is thousands of pixels wide; outlining
        # it all (dashes, antialiasing) costs a millisecond a bar.  Draw the
        # part on screen, with its ends just outside it.
        if rect.left() < HEADER_W - 20:
            rect.setLeft(HEADER_W - 20)
        if rect.right() > width + 20:
            rect.setRight(width + 20)
        colour = box.colour if colours is None else colours.get(item.event.colour, OTHER)
        paint_mark(painter, item, rect, colour, item.event.id == selected, ink)
        if item.label and item.inside:
            solid = not (item.event.is_partial or item.event.open_start or item.event.open_end)
            painter.setPen(ink.on_solid if solid else ink.text)
            x = max(rect.left(), HEADER_W) + 4
            baseline = rect.center().y() + metrics.ascent() / 2 - 1
            draw_text(painter, x, baseline, item.label)
        elif item.label:
            painter.setPen(ink.text)
            x = (rect.left() - LABEL_GAP_PX - metrics.horizontalAdvance(item.label)
                 if item.before else max(rect.right(), HEADER_W) + LABEL_GAP_PX)
            baseline = rect.center().y() + metrics.ascent() / 2 - 1
            draw_text(painter, x, baseline, item.label)


def _paint_relations(painter: QPainter, frame: Frame, scroll_y: float, bottom: float,
                     selected: str, related: Set[str]) -> None:
    """A ring around each related event in view, and a curve from the current
    event to it (when the current one is in view too), arching over the lanes
    between them."""
    rects: dict[str, QRectF] = {}
    for box in frame.lanes:
        top = lane_top(box, scroll_y)
        if box.bins is not None or top > bottom or top + box.height < AXIS_H:
            continue
        for item in box.placed:
            if item.event.id == selected or item.event.id in related:
                # An event in several lanes (tags) is joined where it is first.
                rects.setdefault(item.event.id, mark_rect(item, box, top))
    origin = rects.pop(selected, None)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(RELATED, 1.6))
    for rect in rects.values():
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 4, 4)
    if origin is None:
        return
    painter.setPen(QPen(RELATED, 1.4, Qt.PenStyle.DashLine))
    start = _anchor(origin, frame)
    for rect in rects.values():
        end = _anchor(rect, frame)
        lift = 14 + min(60.0, abs(end.x() - start.x()) / 6)
        # kept below the axis, where the lanes are clipped
        crest = max(min(start.y(), end.y()) - lift, AXIS_H + 2)
        path = QPainterPath(start)
        path.cubicTo(QPointF(start.x(), crest), QPointF(end.x(), crest), end)
        painter.drawPath(path)


def _anchor(rect: QRectF, frame: Frame) -> QPointF:
    """Where a curve meets a mark: the top of its middle, or of the part in view."""
    left, right = max(rect.left(), HEADER_W), min(rect.right(),
                                                  HEADER_W + frame.viewport.width)
    return QPointF((left + right) / 2 if left < right else rect.center().x(), rect.top() - 3)

def _paint_headers(painter: QPainter, frame: Frame, scroll_y: float, bottom: float,
                   metrics: QFontMetricsF, ink: Ink) -> None:
    painter.save()
    painter.setClipRect(QRectF(0, AXIS_H, HEADER_W, bottom - AXIS_H))
    painter.fillRect(QRectF(0, AXIS_H, HEADER_W, bottom - AXIS_H), ink.panel)
    for box in frame.lanes:
        top = lane_top(box, scroll_y)
        if top > bottom or top + box.height < AXIS_H:
            continue
        painter.setPen(QPen(ink.grid, 1))
        painter.drawLine(QPointF(0, top + box.height), QPointF(HEADER_W, top + box.height))
        painter.setBrush(box.colour)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(QRectF(0, top, 4, box.height))
        label, count, count_width = _header_texts(metrics, box.lane.label, box.lane.count,
                                                  box.lane.shorter)
        baseline = top + min(box.height, HEADER_ROW) / 2 + metrics.ascent() / 2 - 1
        painter.setPen(ink.text)
        draw_text(painter, 10, baseline, ("▸ " if box.collapsed else "▾ ") + label)
        painter.setPen(ink.muted)
        draw_text(painter, HEADER_W - 8 - count_width, baseline, count)
        if box.overflow and not box.collapsed:
            # Elided like the label: a larger font must not run it into the lanes.
            note = metrics.elidedText(f"+{box.overflow:,} more in the last row",
                                      Qt.TextElideMode.ElideRight, HEADER_W - 30)
            draw_text(painter, 22, baseline + metrics.height(), note)
    painter.restore()
    painter.setPen(QPen(ink.grid, 1))
    painter.drawLine(QPointF(HEADER_W, AXIS_H), QPointF(HEADER_W, bottom))


# Lane headers' elided labels, per font: eliding is a third of the headers'
# painting, and every frame shows the same lanes.
_HEADER_TEXTS: dict[tuple[float, float, str, int, tuple[str, ...]], tuple[str, str, float]] = {}


def _header_texts(metrics: QFontMetricsF, label: str, count: int,
                  shorter: tuple[str, ...] = ()) -> tuple[str, str, float]:
    """The label to fit beside the count — the first of it and its shorter
    forms that fits ("NDRC (国家发展和改革委员会)"), else it elided —, the
    count, and its width."""
    key = (metrics.height(), metrics.averageCharWidth(), label, count, shorter)
    texts = _HEADER_TEXTS.get(key)
    if texts is None:
        if len(_HEADER_TEXTS) > 4096:
            _HEADER_TEXTS.clear()
        shown = f"{count:,}"
        width = metrics.horizontalAdvance(shown)
        room = HEADER_W - 34 - width
        fits = next((form for form in (label, *shorter)
                     if metrics.horizontalAdvance(form) <= room), None)
        texts = _HEADER_TEXTS[key] = (
            fits or metrics.elidedText(label, Qt.TextElideMode.ElideRight, room), shown, width)
    return texts


def _paint_axis(painter: QPainter, frame: Frame, width: float, metrics: QFontMetricsF,
                ink: Ink, reading: bool = False) -> None:
    painter.fillRect(QRectF(0, 0, width, AXIS_H), ink.paper)
    viewport = frame.viewport
    main, context = ticks(viewport)
    painter.save()
    painter.setClipRect(QRectF(HEADER_W, 0, width - HEADER_W, AXIS_H))
    painter.setPen(ink.text)
    bold = QFont(painter.font())
    bold.setBold(True)
    painter.setFont(bold)
    for number, tick in enumerate(context):
        x = max(HEADER_W + viewport.x(tick.day), HEADER_W)
        following = (HEADER_W + viewport.x(context[number + 1].day)
                     if number + 1 < len(context) else width)
        if following - x > metrics.horizontalAdvance(tick.label) + 8:
            draw_text(painter, x + 4, 16, tick.label)
    bold.setBold(False)
    painter.setFont(bold)
    for tick in main:
        x = HEADER_W + viewport.x(tick.day)
        painter.setPen(QPen(ink.muted, 1))
        painter.drawLine(QPointF(x, AXIS_H - 8), QPointF(x, AXIS_H))
        # A label cut at either edge is left out: the "r" of "Mar", the "24"
        # of "24 Jan" or the "2" of "2025" would read as something else.
        if x + 3 >= HEADER_W and x + 3 + metrics.horizontalAdvance(tick.label) <= width:
            painter.setPen(ink.text)
            draw_text(painter, x + 3, AXIS_H - 10, tick.label)
    today = HEADER_W + viewport.x(date.today().toordinal() + 0.5)
    if HEADER_W <= today <= width:
        painter.setPen(TODAY)
        label_x = today + 3
        if label_x + metrics.horizontalAdvance("today") > width:
            label_x = today - 3 - metrics.horizontalAdvance("today")
        draw_text(painter, label_x, 16 if not context else AXIS_H - 24, "today")
    painter.restore()
    painter.setPen(QPen(ink.muted, 1))
    painter.drawLine(QPointF(0, AXIS_H), QPointF(width, AXIS_H))
    painter.setPen(ink.muted)
    summary = ("reading…" if reading else
               f"{frame.in_view:,} in view" + (" · density" if frame.density else ""))
    draw_text(painter, 10, AXIS_H - 10, summary)

def lanes_height(height: float, width: float, metrics: QFontMetricsF,
                 colours: ColourLegend = NO_COLOURS) -> float:
    """The height the lanes get in a picture of this size: what the axis
    above and the legend below (with the ``colours``' entries) leave."""
    return height - AXIS_H - legend_height(metrics, width, colours)
