"""The timeline at 100 000 events: a frame of the full range, of a year and of a
month, a zoom step and a pan step, each painted into an offscreen image.

Each frame (layout and painting; reading events when the range needs it) is
measured beside the floor of painting as many plain rectangles as the frame
has marks (in the lanes it lays out, as the canvas does) or density bins,
with a bare QPainter loop on an image of the same size.  Reading the lanes
and the density index once per filter is measured beside loading every event
as an ORM object.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QStaticText
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Event
from desktop.core.timeline import Grouping
from desktop.core.timeline_layout import Viewport
from desktop.ui.timeline_data import TimelineData
from desktop.ui.timeline_frame import HEADER_W, Frame, build_frame, layout_limit
from desktop.ui.timeline_paint import lanes_height, paint_frame
from tests.benchmarks.common import Result, median_seconds, result

WIDTH, HEIGHT = 1600, 900


def _image() -> QImage:
    return QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)


def _layout(data: TimelineData, viewport: Viewport, font: QFont) -> Frame:
    """Lay a frame out as the canvas does: the lanes down to a screen below
    the visible ones."""
    metrics = QFontMetricsF(font)
    return build_frame(data, viewport, metrics,
                       until=layout_limit(0, lanes_height(HEIGHT, WIDTH, metrics)))


def _paint(frame: Frame, painter: QPainter, font: QFont) -> None:
    painter.setFont(font)
    paint_frame(painter, frame, WIDTH, HEIGHT)
    painter.end()


def _frame(data: TimelineData, viewport: Viewport, image: QImage, font: QFont) -> int:
    """Lay out and paint one frame; return how many marks or bins it holds."""
    frame = _layout(data, viewport, font)
    _paint(frame, QPainter(image), font)
    return frame.drawn


def _floor(count: int, image: QImage) -> None:
    painter = QPainter(image)
    painter.fillRect(0, 0, WIDTH, HEIGHT, QColor("white"))
    colour = QColor("#4e79a7")
    for index in range(count):
        x = HEADER_W + (index * 37) % (WIDTH - HEADER_W - 20)
        y = 50 + (index * 13) % (HEIGHT - 100)
        painter.fillRect(QRectF(x, y, 12, 12), colour)
    painter.end()


class _TextRecorder(QPainter):
    """A painter that also notes every text it draws, and where (the frame
    draws its texts from layouts kept between frames: ``laid_out_text``)."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.texts: list[tuple[QPointF, QStaticText]] = []

    def drawStaticText(self, *args: object) -> None:  # type: ignore[override]
        point, static = args
        assert isinstance(point, QPointF) and isinstance(static, QStaticText)
        self.texts.append((QPointF(point), static))
        super().drawStaticText(point, static)


def _frame_texts(data: TimelineData, viewport: Viewport, image: QImage,
                 font: QFont) -> list[tuple[QPointF, QStaticText]]:
    """The texts a frame draws (labels, ticks, lane headers), already laid out."""
    recorder = _TextRecorder(image)
    _paint(_layout(data, viewport, font), recorder, font)
    return recorder.texts


def _texts_alone(texts: list[tuple[QPointF, QStaticText]], image: QImage, font: QFont) -> None:
    painter = QPainter(image)
    painter.setFont(font)
    painter.fillRect(0, 0, WIDTH, HEIGHT, QColor("white"))
    for point, static in texts:
        painter.drawStaticText(point, static)
    painter.end()


def _day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def run(store: Store) -> list[Result]:
    font = QFont()
    image = _image()
    data = TimelineData(store)
    data.set_grouping(Grouping("country"))
    lanes = WIDTH - HEADER_W

    def load_lanes() -> None:
        data.invalidate()
        data.ensure_loaded(now=True)

    def load_all_events() -> None:
        with store.session() as session:
            session.scalars(select(Event)).all()

    results = [result("timeline_lanes_load_s", median_seconds(load_lanes, 3),
                      median_seconds(load_all_events, 3),
                      note="lanes by country and the density index, once per filter; "
                           "baseline: every event as an ORM object")]
    extent = data.extent()
    assert extent is not None
    ranges = {"full": Viewport.fitting(*extent, lanes),
              "year": Viewport.fitting(_day("2020-01-01"), _day("2021-01-01"), lanes, 0),
              "month": Viewport.fitting(_day("2020-03-01"), _day("2020-04-01"), lanes, 0)}
    for name, viewport in ranges.items():
        drawn = _frame(data, viewport, image, font)  # warms the range's events
        value = median_seconds(lambda v=viewport: _frame(data, v, image, font), 7)
        floor = median_seconds(lambda n=drawn: _floor(n, image), 7)
        results.append(result(f"timeline_frame_{name}_ms", value * 1000, floor * 1000, "ms",
                              note=f"{drawn} marks or bins; baseline: as many plain "
                                   "rectangles with a bare QPainter loop"))
        if name == "month":
            texts = _frame_texts(data, viewport, image, font)
            alone = median_seconds(lambda t=texts: _texts_alone(t, image, font), 7)
            results.append(result(
                "timeline_frame_month_texts_alone_ms", alone * 1000, floor * 1000, "ms",
                note=f"only the month frame's {len(texts)} texts (labels, ticks, lane "
                     "headers), laid out beforehand, with a bare QPainter loop; "
                     f"baseline: {drawn} plain rectangles, as above"))
            layout = median_seconds(lambda v=viewport: _layout(data, v, font), 7)
            results.append(result(
                "timeline_frame_month_layout_alone_ms", layout * 1000, floor * 1000, "ms",
                note="only the month frame's layout (its events read, each placed in its "
                     "lane's rows with its label), nothing painted; "
                     f"baseline: {drawn} plain rectangles, as above"))

    for step, move in (("zoom", lambda v: v.zoomed(1.25, v.width / 3)),
                       ("pan", lambda v: v.panned(v.width * 0.1))):
        for name in ("full", "month"):
            views = [ranges[name]]
            for _ in range(7):
                views.append(move(views[-1]))
            drawn_counts: list[int] = []
            walk = iter(views[1:])
            data.invalidate()
            data.ensure_loaded(now=True)
            _frame(data, views[0], image, font)

            def one_step(counts: list[int] = drawn_counts,
                         steps: Iterator[Viewport] = walk) -> None:
                counts.append(_frame(data, next(steps), image, font))

            value = median_seconds(one_step, 7)
            most = max(drawn_counts)
            floor = median_seconds(lambda n=most: _floor(n, image), 7)
            results.append(result(
                f"timeline_{step}_step_{name}_ms", value * 1000, floor * 1000, "ms",
                note="a new range from the last one (reading events when it needs to); "
                     "baseline: as many plain rectangles with a bare QPainter loop"))
    return results
