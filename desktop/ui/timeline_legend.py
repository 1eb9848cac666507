"""The timeline's legend: every kind of mark with what it means."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
)

from desktop.core.timeline import TimelineEvent
from desktop.core.timeline_labels import Placed
from desktop.ui.colours import LIGHT_INK, Ink
from desktop.ui.laid_out_text import draw_text
from desktop.ui.legend_layout import legend_places
from desktop.ui.timeline_colours import NO_COLOURS, ColourLegend
from desktop.ui.timeline_marks import (
    MARK_H,
    POINT_D,
    RELATED,
    TODAY,
    outline,
    paint_halos,
    paint_mark,
    partial_fill,
)

LEGEND_ROW_H = 24

_LEGEND = (("one day", "point"), ("range", "bar"), ("month or year only", "partial"),
           ("uncertain ?", "uncertain"), ("approximate ~", "approximate"),
           ("open end", "open"), ("disputed (see date note)", "disputed"),
           ("events per period", "density"), ("chosen in the list", "chosen"),
           ("related to the current event", "related"), ("today", "today"))



# By font (its height and average width), width and colour entries: asked
# twice a frame.
_LEGEND_PLACES: dict[tuple[float, float, float, ColourLegend], list[tuple[int, float]]] = {}


def _legend_places(metrics: QFontMetricsF, width: float,
                   colours: ColourLegend = NO_COLOURS) -> list[tuple[int, float]]:
    """(line, x) of each legend entry, wrapping to further lines as needed;
    the colours' entries, after their title, start a line of their own."""
    key = (metrics.height(), metrics.averageCharWidth(), width, colours)
    places = _LEGEND_PLACES.get(key)
    if places is None:
        if len(_LEGEND_PLACES) > 256:
            _LEGEND_PLACES.clear()
        places = legend_places(
            (_sample_width(kind) + 5 + metrics.horizontalAdvance(text)
             for text, kind in _LEGEND), width)
        if colours.entries:
            first = places[-1][0] + 1
            places += [(first + line, x) for line, x in legend_places(
                [metrics.horizontalAdvance(colours.title)]
                + [POINT_D + 5 + metrics.horizontalAdvance(text)
                   for text, _ in colours.entries], width)]
        _LEGEND_PLACES[key] = places
    return places


def _sample_width(kind: str) -> float:
    return (POINT_D if kind == "point" else POINT_D + 8 if kind == "chosen"
            else 8 if kind == "today" else 34 if kind == "related" else 26)


def legend_height(metrics: QFontMetricsF, width: float,
                  colours: ColourLegend = NO_COLOURS) -> float:
    return (_legend_places(metrics, width, colours)[-1][0] + 1) * LEGEND_ROW_H + 6


# Legends painted once, by font, place, size, pixel ratio, colour entries and ink:
# the legend is the same in every frame, and painting it was a tenth of a
# month view's frame.
_LEGEND_IMAGES: dict[tuple[str, float, float, float, float, float, ColourLegend, Ink],
                     QImage] = {}


def paint_legend(painter: QPainter, rect: QRectF, metrics: QFontMetricsF,
                 colours: ColourLegend = NO_COLOURS, ink: Ink = LIGHT_INK) -> None:
    """Every kind of mark with what it means, on as many lines as it takes,
    and which colour is which value when ``colours`` says.

    On screen and in a PNG it is drawn from an image painted the first time;
    an SVG (or any painter that is not a plain raster one at whole pixels)
    gets it painted afresh, as shapes and text."""
    engine = painter.paintEngine()
    if (engine is None or engine.type() != QPaintEngine.Type.Raster
            or not painter.transform().isIdentity() or rect != rect.toRect().toRectF()):
        paint_legend_afresh(painter, rect, metrics, colours, ink)
        return
    ratio = painter.device().devicePixelRatioF()
    key = (painter.font().key(), rect.x(), rect.y(), rect.width(), rect.height(), ratio,
           colours, ink)
    image = _LEGEND_IMAGES.get(key)
    if image is None:
        if len(_LEGEND_IMAGES) > 16:  # a window resized again and again
            _LEGEND_IMAGES.clear()
        image = QImage((rect.size() * ratio).toSize(), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image_painter = QPainter(image)
        image_painter.setRenderHints(painter.renderHints())
        image_painter.setFont(painter.font())
        # The hatching of "disputed" lines up as if painted in place.
        image_painter.setBrushOrigin(QPointF(painter.brushOrigin()) - rect.topLeft())
        _paint_entries(image_painter, QRectF(QPointF(0, 0), rect.size()), metrics, colours,
                       ink)
        image_painter.end()
        _LEGEND_IMAGES[key] = image
    painter.drawImage(rect.topLeft(), image)
    _paint_top_line(painter, rect, ink)  # half of it falls on the lanes above


def paint_legend_afresh(painter: QPainter, rect: QRectF, metrics: QFontMetricsF,
                        colours: ColourLegend = NO_COLOURS, ink: Ink = LIGHT_INK) -> None:
    """``paint_legend``, every shape and text painted now."""
    _paint_entries(painter, rect, metrics, colours, ink)
    _paint_top_line(painter, rect, ink)


def _paint_top_line(painter: QPainter, rect: QRectF, ink: Ink) -> None:
    painter.setPen(QPen(ink.grid, 1))
    painter.drawLine(rect.topLeft(), rect.topRight())


def _paint_entries(painter: QPainter, rect: QRectF, metrics: QFontMetricsF,
                   colours: ColourLegend, ink: Ink) -> None:
    painter.fillRect(rect, ink.legend)
    colour = QColor("#4e79a7")
    places = _legend_places(metrics, rect.width(), colours)
    for (text, kind), (line, x) in zip(_LEGEND, places, strict=False):
        middle = rect.top() + 3 + line * LEGEND_ROW_H + LEGEND_ROW_H / 2
        height = POINT_D if kind == "point" else MARK_H
        mark = QRectF(rect.left() + x, middle - height / 2, _sample_width(kind), height)
        _paint_sample(painter, kind, mark, colour, ink)
        painter.setPen(ink.muted)
        draw_text(painter, mark.right() + 5, middle + metrics.ascent() / 2 - 1, text)
    if not colours.entries:
        return
    title, *values = places[len(_LEGEND):]
    painter.setPen(ink.muted)
    middle = rect.top() + 3 + title[0] * LEGEND_ROW_H + LEGEND_ROW_H / 2
    draw_text(painter, rect.left() + title[1], middle + metrics.ascent() / 2 - 1, colours.title)
    for (text, rgba), (line, x) in zip(colours.entries, values, strict=True):
        middle = rect.top() + 3 + line * LEGEND_ROW_H + LEGEND_ROW_H / 2
        dot = QColor.fromRgba(rgba)
        painter.setPen(outline(False, False, dot))
        painter.setBrush(dot)
        painter.drawEllipse(QRectF(rect.left() + x, middle - POINT_D / 2, POINT_D, POINT_D))
        painter.setPen(ink.muted)
        draw_text(painter, rect.left() + x + POINT_D + 5, middle + metrics.ascent() / 2 - 1,
                  text)


def colour_entry_at(metrics: QFontMetricsF, rect: QRectF, colours: ColourLegend,
                    point: QPointF) -> int | None:
    """Which of the colours' entries (its dot or its text) of a legend painted
    in ``rect`` is at ``point``, if any."""
    places = _legend_places(metrics, rect.width(), colours)[len(_LEGEND) + 1:]
    for index, ((text, _), (line, x)) in enumerate(zip(colours.entries, places, strict=True)):
        entry = QRectF(rect.left() + x, rect.top() + 3 + line * LEGEND_ROW_H,
                       POINT_D + 5 + metrics.horizontalAdvance(text), LEGEND_ROW_H)
        if entry.contains(point):
            return index
    return None


def _paint_sample(painter: QPainter, kind: str, rect: QRectF, colour: QColor,
                  ink: Ink) -> None:
    painter.save()
    if kind == "chosen":  # a one-day event on its halo
        point = QRectF(rect.center().x() - POINT_D / 2, rect.center().y() - POINT_D / 2,
                       POINT_D, POINT_D)
        paint_halos(painter, [point])
        painter.setPen(outline(False, False, colour))
        painter.setBrush(colour)
        painter.drawEllipse(point)
    elif kind == "related":  # two one-day events, one ringed, joined by a curve
        y = rect.center().y() + 3
        for x in (rect.left() + POINT_D / 2, rect.right() - POINT_D / 2):
            painter.setPen(outline(False, False, colour))
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x, y), POINT_D / 2 - 1, POINT_D / 2 - 1)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(RELATED, 1.6))
        painter.drawEllipse(QPointF(rect.right() - POINT_D / 2, y), POINT_D / 2 + 2,
                            POINT_D / 2 + 2)
        path = QPainterPath(QPointF(rect.left() + POINT_D / 2, y - POINT_D / 2 - 1))
        path.cubicTo(QPointF(rect.left() + POINT_D / 2, rect.top() - 4),
                     QPointF(rect.right() - POINT_D / 2, rect.top() - 4),
                     QPointF(rect.right() - POINT_D / 2, y - POINT_D / 2 - 3))
        painter.setPen(QPen(RELATED, 1.2, Qt.PenStyle.DashLine))
        painter.drawPath(path)
    elif kind == "today":
        painter.setPen(QPen(TODAY, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(rect.center().x(), rect.top() - 3),
                         QPointF(rect.center().x(), rect.bottom() + 3))
    elif kind == "density":  # bars of known days, a fainter share of month-only ones above
        painter.setPen(Qt.PenStyle.NoPen)
        for i, (known, whole) in enumerate(((0.2, 0.4), (0.7, 0.9), (0.35, 0.6), (0.8, 1.0),
                                            (0.0, 0.3))):
            # Whole pixels: a see-through fill over a fractional edge blends
            # differently in the legend's image than painted in place.
            left, bottom = rect.left() + i * 5, round(rect.bottom())
            top = bottom - round(rect.height() * whole)
            middle = bottom - round(rect.height() * known)
            painter.setBrush(partial_fill(colour))
            painter.drawRect(QRectF(left, top, 4, middle - top))
            painter.setBrush(colour)
            painter.drawRect(QRectF(left, middle, 4, bottom - middle))
    else:
        event = TimelineEvent(
            seq=0, id="", title="", edtf="", start=0, end=1 if kind == "point" else 5,
            precision="month" if kind == "partial" else "day", lane="",
            uncertain=kind == "uncertain", approximate=kind == "approximate",
            open_end=kind == "open", disputed=kind == "disputed")
        paint_mark(painter, Placed(event, 0, rect.left(), rect.right(), ""), rect, colour,
                   False, ink)
    painter.restore()
