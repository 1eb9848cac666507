"""The timeline's texts and legend, drawn from what was laid out or painted
before, look exactly as if drawn afresh; the axis's labels, as drawn."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.core.operations import Operations
from desktop.core.timeline import Lane
from desktop.core.timeline_layout import Viewport
from desktop.ui.laid_out_text import draw_text
from desktop.ui.timeline_data import TimelineData
from desktop.ui.timeline_frame import (
    AXIS_H,
    DENSITY_H,
    HEADER_W,
    LANE_PAD,
    Frame,
    LaneBox,
    build_frame,
)
from desktop.ui.timeline_legend import legend_height, paint_legend, paint_legend_afresh
from desktop.ui.timeline_paint import paint_frame

WIDTH = 900
TEXTS = ("China–ASEAN Media Cooperation Forum", "中老人工智能合作中心 and Laos",
         "~ 學委外會發研", "? <b>not bold</b> & 5 < 6", "today")


def _image(height: int) -> QImage:
    image = QImage(WIDTH, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    return image


def _texts(draw: str) -> QImage:
    image = _image(30 * len(TEXTS) + 20)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont())
    painter.setPen(QColor("#202124"))
    for number, text in enumerate(TEXTS):
        baseline = 24 + 30 * number + 0.5 * (number % 2)
        if draw == "laid out":
            draw_text(painter, 10 + number / 3, baseline, text)
        else:
            painter.drawText(QPointF(10 + number / 3, baseline), text)
    painter.end()
    return image


def test_laid_out_texts_are_the_texts_drawn_afresh(qtbot: QtBot) -> None:
    afresh = _texts("afresh")
    assert _texts("laid out") == afresh
    assert _texts("laid out") == afresh  # the second time from what was laid out
    # It draws something: not a blank image that would equal any other.
    assert afresh != _image(afresh.height())


def _legend(*, afresh: bool) -> QImage:
    """The legend 43 pixels down (not a multiple of its hatching's period)."""
    font = QFont()
    metrics = QFontMetricsF(font)
    height = legend_height(metrics, WIDTH)
    image = _image(int(height) + 43)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(font)
    paint = paint_legend_afresh if afresh else paint_legend
    paint(painter, QRectF(0, 43, WIDTH, height), metrics)
    painter.end()
    return image


def test_the_legend_drawn_from_its_image_is_the_legend_painted_afresh(qtbot: QtBot) -> None:
    afresh = _legend(afresh=True)
    assert _legend(afresh=False) == afresh  # painted, then kept
    assert _legend(afresh=False) == afresh  # drawn from what was kept
    assert afresh != _image(afresh.height())


def _axis(store: Store, first: date) -> QImage:
    """The timeline's axis from ``first``, a month tick every 100 pixels."""
    frame = build_frame(TimelineData(store), Viewport(first.toordinal(), 0.3, WIDTH - HEADER_W),
                        QFontMetricsF(QFont()))
    image = _image(300)
    painter = QPainter(image)
    painter.setFont(QFont())
    paint_frame(painter, frame, WIDTH, 300)
    painter.end()
    return image


def _ink_in_tick_row(image: QImage, left: int, right: int) -> bool:
    return any(image.pixelColor(x, y).red() < 160 for x in range(left, right)
               for y in range(AXIS_H - 24, AXIS_H - 9))


def _ink_at_left_of_tick_row(image: QImage) -> bool:
    return _ink_in_tick_row(image, HEADER_W, HEADER_W + 20)


def test_a_tick_label_cut_at_the_left_edge_is_left_out(qtbot: QtBot, ops: Operations) -> None:
    # "Mar" begins 10 pixels left of the lanes: only its "r" would show
    assert not _ink_at_left_of_tick_row(_axis(ops.store, date(2024, 3, 5)))
    # ...where a label that begins inside them is drawn whole
    assert _ink_at_left_of_tick_row(_axis(ops.store, date(2024, 2, 29)))


def test_a_tick_label_cut_at_the_right_edge_is_left_out(qtbot: QtBot,
                                                        ops: Operations) -> None:
    # The view ends three days (ten pixels) after 1 October: "Oct" would show its "O"
    last_days = _axis(ops.store, date(2024, 10, 4) - timedelta(days=(WIDTH - HEADER_W) * 0.3))
    assert not _ink_in_tick_row(last_days, WIDTH - 12, WIDTH)
    # ...where thirty days after it, "Oct" is drawn whole
    month_after = _axis(ops.store, date(2024, 10, 31) - timedelta(days=(WIDTH - HEADER_W) * 0.3))
    oct_x = WIDTH - int(30 / 0.3)
    assert _ink_in_tick_row(month_after, oct_x, oct_x + 20)


def _band_bars(lanes_width: int) -> tuple[int, int, set[int]]:
    """A density band of equal bins, each a fraction of a pixel off a whole
    number of pixels wide: how many bins it has, how many bars stand apart
    in it and the widths of the blanks between them."""
    bins = lanes_width // 4 + 3  # a bin of 3.9 pixels or so, as a real band has
    viewport = Viewport(date(1990, 1, 1).toordinal(), 2.0, lanes_width)
    box = LaneBox(Lane("", "All events", 5 * bins), QColor("#4e79a7"), height=DENSITY_H,
                  bins=[5] * bins)
    frame = Frame(viewport, [box], in_view=5 * bins, drawn=bins, density=True, max_bin=5)
    image = QImage(HEADER_W + lanes_width, 200, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setFont(QFont())
    paint_frame(painter, frame, image.width(), image.height(), legend=False)
    painter.end()
    row = int(AXIS_H + DENSITY_H - LANE_PAD - 1)  # the bottom row of every bar
    inked = [image.pixelColor(x, row) == box.colour
             for x in range(HEADER_W, HEADER_W + lanes_width)]
    bars = sum(1 for x, ink in enumerate(inked) if ink and (x == 0 or not inked[x - 1]))
    gaps, blank = set(), 0
    for ink in inked[inked.index(True):]:
        if ink and blank:
            gaps.add(blank)
        blank = 0 if ink else blank + 1
    return bins, bars, gaps


def test_the_bars_of_a_density_band_stand_apart_alike(qtbot: QtBot) -> None:
    # Every bar is one blank pixel from the next, wherever its bin's edges
    # fall: none runs into its neighbour.
    for lanes_width in (690, 701, 1373):
        bins, bars, gaps = _band_bars(lanes_width)
        assert (bars, gaps) == (bins, {1})
