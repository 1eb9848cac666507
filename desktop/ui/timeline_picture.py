"""Exporting the visible range of the timeline as a PNG or SVG picture, or
copying it as an image.

The picture is the same frame the screen shows, laid out again at the chosen
width (the same dates, every lane in full, the legend below), written whole
or not at all (``picture_file``).  A line under it says what it shows (the
search and filters, the lanes and colours, the database and the day), so that
a picture in a report is not read as the whole dataset when it is a part.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPaintDevice, QPainter

from desktop.core.filter_words import filter_in_words
from desktop.core.timeline import LANE_GROUPS
from desktop.core.timeline_colours import COLOUR_GROUPS
from desktop.core.timeline_layout import Viewport
from desktop.core.wording import counted
from desktop.ui.picture_caption import caption_box, caption_height, paint_caption, source_of
from desktop.ui.picture_file import (
    PictureError,
    check_image_size,
    picture_kind,
    write_picture,
)
from desktop.ui.timeline_data import TimelineData
from desktop.ui.timeline_frame import AXIS_H, DENSITY_H, HEADER_W, MAX_ROWS, build_frame
from desktop.ui.timeline_legend import legend_height
from desktop.ui.timeline_paint import paint_frame

MIN_WIDTH, MAX_WIDTH = HEADER_W + 200, 20000
_SHORTER = " or fold some lanes (click their headers)"  # how a timeline gets less tall

__all__ = ["MAX_WIDTH", "MIN_WIDTH", "PictureError", "export_picture", "picture_caption",
           "picture_image"]


def picture_caption(data: TimelineData) -> str:
    """The line under a picture: what it shows and where it comes from
    ("Country: China, Laos; status: needs review. Lanes by country; colours
    by status. From demo.sqlite, 30 November 2026.")."""
    with data.store.session() as session:
        scope = filter_in_words(session, data.event_filter) or "Every event"
    grouping = data.grouping
    if grouping.by == "participant":
        data.ensure_loaded(now=True)  # a lane each, but for one merged away since chosen
        lanes = f"Lanes for {counted(len(data.lanes), 'participant')}"
    elif grouping.by == "none":
        lanes = ""
    else:
        lanes = f"Lanes by {LANE_GROUPS[grouping.by].lower()}"
    if data.colour_by != "lane":
        colours = f"colours by {COLOUR_GROUPS[data.colour_by].lower()}"
        lanes = f"{lanes}; {colours}" if lanes else colours[:1].upper() + colours[1:]
    return " ".join(part for part in (f"{scope}.", f"{lanes}." if lanes else "",
                                      source_of(data.store.path)) if part)


def export_picture(data: TimelineData, viewport: Viewport, path: Path, width: int,
                   font: QFont, caption: str = "", **marks: Any) -> tuple[int, int]:
    """Write the range of ``viewport`` at ``width`` pixels to ``path`` (.png or
    .svg), marked as the canvas marks the current, chosen and related events, its
    lanes as many rows deep and its density bands as tall as on screen
    (``marks``: see ``_laid_out``), with ``caption`` under it (if any); return
    the picture's size."""
    picture_kind(path)  # a name it cannot take is refused before the layout
    height, paint = _laid_out(data, viewport, width, font, caption, **marks)
    write_picture(path, width, height, "Engagement Curator timeline", paint, _SHORTER)
    return width, height


def picture_image(data: TimelineData, viewport: Viewport, width: int, font: QFont,
                  caption: str = "", **marks: Any) -> QImage:
    """The picture ``export_picture`` writes as PNG, as an image (for the
    clipboard)."""
    height, paint = _laid_out(data, viewport, width, font, caption, **marks)
    check_image_size(width, height, _SHORTER)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    paint(image)
    return image


def _laid_out(data: TimelineData, viewport: Viewport, width: int, font: QFont,
              caption: str = "", *, selected: str | None = None,
              chosen: frozenset[str] = frozenset(),
              related: frozenset[str] = frozenset(), max_rows: int = MAX_ROWS,
              band_h: float = DENSITY_H) -> tuple[int, Callable[[QPaintDevice], None]]:
    """The picture's height, and what paints it on a device: the range of
    ``viewport`` laid out again at ``width`` pixels, every lane in full,
    ``max_rows`` rows deep (or ``band_h`` tall as density bands), with the
    current, chosen and related events marked."""
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise PictureError(f"The width must be between {MIN_WIDTH} and {MAX_WIDTH} pixels.")
    lanes = width - HEADER_W
    scaled = Viewport(viewport.start, (viewport.end - viewport.start) / lanes, lanes)
    metrics = QFontMetricsF(font)
    data.ensure_loaded(now=True)  # the current lanes, not those shown while read beside
    frame = build_frame(data, scaled, metrics, remember=False,  # the screen's rows stay
                        max_rows=max_rows, band_h=band_h)
    drawn = int(AXIS_H + frame.content_height
                + legend_height(metrics, width, frame.colour_legend)) + 1
    box = caption_box(metrics, drawn, width, caption)
    height = drawn + caption_height(box)

    def paint(device: QPaintDevice) -> None:
        painter = QPainter(device)
        painter.setFont(font)
        paint_frame(painter, frame, width, drawn, selected=selected, chosen=chosen,
                    related=related)
        paint_caption(painter, box, width, caption)
        painter.end()

    return height, paint
