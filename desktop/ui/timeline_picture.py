"""Exporting the visible range of the timeline as a PNG or SVG picture.

The picture is the same frame the screen shows, laid out again at the chosen
width (the same dates, every lane in full, the legend below), written whole
or not at all (``picture_file``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice, QPainter

from desktop.core.timeline_layout import Viewport
from desktop.ui.picture_file import PictureError, picture_kind, write_picture
from desktop.ui.timeline_data import TimelineData
from desktop.ui.timeline_frame import AXIS_H, DENSITY_H, HEADER_W, MAX_ROWS, build_frame
from desktop.ui.timeline_legend import legend_height
from desktop.ui.timeline_paint import paint_frame

MIN_WIDTH, MAX_WIDTH = HEADER_W + 200, 20000

__all__ = ["MAX_WIDTH", "MIN_WIDTH", "PictureError", "export_picture"]


def export_picture(data: TimelineData, viewport: Viewport, path: Path, width: int,
                   font: QFont, *, selected: str | None = None,
                   chosen: frozenset[str] = frozenset(),
                   related: frozenset[str] = frozenset(),
                   max_rows: int = MAX_ROWS, band_h: float = DENSITY_H) -> tuple[int, int]:
    """Write the range of ``viewport`` at ``width`` pixels to ``path`` (.png or
    .svg), marked as the canvas marks the current, chosen and related events, its
    lanes as many rows deep (``max_rows``) and its density bands as tall
    (``band_h``) as on screen; return the picture's size."""
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise PictureError(f"The width must be between {MIN_WIDTH} and {MAX_WIDTH} pixels.")
    picture_kind(path)
    lanes = width - HEADER_W
    scaled = Viewport(viewport.start, (viewport.end - viewport.start) / lanes, lanes)
    metrics = QFontMetricsF(font)
    frame = build_frame(data, scaled, metrics, remember=False,  # the screen's rows stay
                        max_rows=max_rows, band_h=band_h)
    height = int(AXIS_H + frame.content_height
                 + legend_height(metrics, width, frame.colour_legend)) + 1

    def paint(device: QPaintDevice) -> None:
        painter = QPainter(device)
        painter.setFont(font)
        paint_frame(painter, frame, width, height, selected=selected, chosen=chosen,
                    related=related)
        painter.end()

    write_picture(path, width, height, "Engagement Curator timeline", paint)
    return width, height
