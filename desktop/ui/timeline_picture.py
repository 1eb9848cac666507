"""Exporting the visible range of the timeline as a PNG or SVG picture.

The picture is the same frame the screen shows, laid out again at the chosen
width (the same dates, every lane in full, the legend below), written to a
temporary file and renamed into place, so a failure leaves no partial file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgGenerator

from desktop.core.timeline_layout import Viewport
from desktop.ui.timeline_data import TimelineData
from desktop.ui.timeline_frame import AXIS_H, HEADER_W, Frame, build_frame
from desktop.ui.timeline_paint import legend_height, paint_frame

MIN_WIDTH, MAX_WIDTH = HEADER_W + 200, 20000


class PictureError(Exception):
    """The picture could not be written; the message says why."""


def export_picture(data: TimelineData, viewport: Viewport, path: Path, width: int,
                   font: QFont, *, selected: str | None = None,
                   chosen: frozenset[str] = frozenset()) -> tuple[int, int]:
    """Write the range of ``viewport`` at ``width`` pixels to ``path`` (.png or
    .svg), marked as the canvas marks the current and chosen events; return
    the picture's size."""
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise PictureError(f"The width must be between {MIN_WIDTH} and {MAX_WIDTH} pixels.")
    kind = path.suffix.lower()
    if kind not in (".png", ".svg"):
        raise PictureError(f"{path.name}: choose a name ending in .png or .svg.")
    lanes = width - HEADER_W
    scaled = Viewport(viewport.start, (viewport.end - viewport.start) / lanes, lanes)
    metrics = QFontMetricsF(font)
    frame = build_frame(data, scaled, metrics)
    height = int(AXIS_H + frame.content_height + legend_height(metrics, width)) + 1
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".partial")
    os.close(handle)
    try:
        if kind == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(temporary)
            generator.setSize(QSize(width, height))
            generator.setViewBox(QRectF(0, 0, width, height))
            generator.setTitle("Engagement Curator timeline")
            _paint(generator, frame, width, height, font, selected, chosen)
        else:
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            _paint(image, frame, width, height, font, selected, chosen)
            writer = QImageWriter(temporary, QByteArray(b"png"))
            if not writer.write(image):
                raise PictureError(f"Could not write {path}: {writer.errorString()}")
        if os.path.getsize(temporary) == 0:
            raise PictureError(f"Could not write {path}: the disk may be full.")
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return width, height


def _paint(device: QImage | QSvgGenerator, frame: Frame, width: int, height: int,
           font: QFont, selected: str | None, chosen: frozenset[str]) -> None:
    painter = QPainter(device)
    painter.setFont(font)
    paint_frame(painter, frame, width, height, selected=selected, chosen=chosen)
    painter.end()
