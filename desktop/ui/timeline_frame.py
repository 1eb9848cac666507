"""One picture of the timeline: where each lane, mark, label and bin goes.

A frame is built from the data and a viewport, then painted by
``timeline_paint``; the widget, the PNG and the SVG export all use the same
two steps, so the pictures an analyst exports look like the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import add

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF

from desktop.core.timeline import Lane, TimelineEvent
from desktop.core.timeline_labels import Placed
from desktop.core.timeline_layout import Viewport, pack
from desktop.ui.colours import NEUTRAL, PALETTE
from desktop.ui.timeline_colours import NO_COLOURS, ColourLegend, colours_of
from desktop.ui.timeline_data import TimelineData

HEADER_W = 210  # the lane headers on the left
AXIS_H = 46  # context row and tick row above the lanes
ROW_H = 24
LANE_PAD = 5
DENSITY_H = 44  # a density band's height among many lanes
DENSITY_MAX_H = 240  # and its most, where a few lanes share the pane
COLLAPSED_H = 24
MAX_ROWS = 8  # rows of marks in a lane, but for a few lanes sharing a tall pane
BIN_PX = 4  # density bins this many pixels wide



def event_label(event: TimelineEvent) -> str:
    """The title, after "?" and "~" when the date is uncertain or approximate."""
    prefix = ("?" if event.uncertain else "") + ("~" if event.approximate else "")
    return f"{prefix} {event.title}" if prefix else event.title


@dataclass
class LaneBox:
    lane: Lane
    colour: QColor
    top: float = 0.0
    height: float = 0.0
    collapsed: bool = False
    placed: list[Placed] = field(default_factory=list)
    bins: list[int] | None = None  # events whose day is known, starting in each bin
    spread: list[float] | None = None  # the share of those known only to a period
    totals: list[float] | None = None  # both together, where there is a spread
    overflow: int = 0  # events placed in the unlabelled overflow row
    laid_out: bool = True  # False: below the screen, its height remembered or guessed


@dataclass
class Frame:
    viewport: Viewport
    lanes: list[LaneBox]
    in_view: int  # events overlapping the visible range
    drawn: int  # marks or bins drawn
    density: bool  # too many events: bins instead of marks
    max_bin: float = 1.0  # the fullest bin, events of known day and spread alike
    undated: int = 0
    max_rows: int = MAX_ROWS  # rows of marks a lane has before its overflow row
    band_h: float = DENSITY_H  # a lane's height when drawn as a density band
    # Each value's colour when a field other than the lanes colours the
    # marks, and the legend's entries for them.
    colours: dict[str, QColor] | None = None
    colour_legend: ColourLegend = NO_COLOURS

    @property
    def content_height(self) -> float:
        return self.lanes[-1].top + self.lanes[-1].height if self.lanes else 0.0

    def laid_out_to(self, bottom: float) -> bool:
        """Whether every lane starting above ``bottom`` (in lane coordinates) is laid out."""
        return all(box.laid_out for box in self.lanes if box.top < bottom)


def layout_limit(scroll_y: float, lanes_height: float) -> float:
    """How far down a frame lays its lanes out: the screen and one more, so
    that a few turns of the wheel need no new layout."""
    return scroll_y + 2 * lanes_height


def rows_per_lane(lanes: int, room: float) -> int:
    """Rows of marks each of ``lanes`` unfolded lanes gets in ``room`` pixels
    of pane: ``MAX_ROWS``, or more when a few lanes can share the pane's
    height.  A single lane of a crowded month showed eight rows and "+709
    more in the last row" above an empty half of the pane."""
    each = room / max(1, lanes) - 2 * LANE_PAD
    return max(MAX_ROWS, int(each // ROW_H) - 1)  # less the overflow row


def band_height(lanes: int, room: float) -> float:
    """The height of each of ``lanes`` unfolded lanes drawn as density bands
    in ``room`` pixels of pane: their share of it, from ``DENSITY_H`` to
    ``DENSITY_MAX_H``.  A lone lane's band of 44 pixels stood above an empty
    pane, its quiet months and busy ones a few pixels apart."""
    return max(float(DENSITY_H), min(float(DENSITY_MAX_H), room / max(1, lanes)))


def build_frame(data: TimelineData, viewport: Viewport, metrics: QFontMetricsF,
                until: float | None = None, *, remember: bool = True,
                max_rows: int = MAX_ROWS, band_h: float = DENSITY_H) -> Frame:
    """Lay out the lanes for ``viewport`` (whose width excludes the headers):
    every lane, or (``until``) those starting above that height.

    The lanes further down are not on screen.  Each keeps the height it had
    when last laid out (or a guess from its number of events) until it is
    scrolled to, so a frame's cost does not grow with the number of lanes:
    dozens of tags or countries at a month's zoom.  Scrolling down lays them
    out; what is above them never moves.

    At the zoom of the last frame, each lane's events go back to the rows
    they had in it where there is room (``pack``'s ``previous``): a pan step
    moves marks sideways, not up and down.  A zoom step packs the lanes afresh:
    kept rows would keep a lane as tall as the wider view needed it, while
    zooming in is how an analyst spreads a crowded lane out.  Unless
    ``remember`` is off (a picture for a report, laid out at its own width),
    the rows are kept for the next frame.  ``max_rows``: a lane's rows of
    marks before its overflow row (``rows_per_lane``); ``band_h``: a lane's
    height as a density band (``band_height``)."""
    data.ensure_loaded()
    in_view = data.count_in(viewport)
    events = data.events_in(viewport, in_view)
    frame = Frame(viewport, [], in_view, 0, events is None, undated=data.index.undated,
                  max_rows=max_rows, band_h=band_h)
    frame.colours, frame.colour_legend = colours_of(data, banded=events is None)
    by_lane: dict[str, list[TimelineEvent]] = {}
    for event in events or []:
        by_lane.setdefault(event.lane, []).append(event)
    measure, elide = _text_measures(data, metrics)
    same_zoom = data.rows_zoom == viewport.days_per_px
    rows_before = data.lane_rows if same_zoom else {}
    if remember and not same_zoom:
        data.lane_rows, data.rows_zoom = {}, viewport.days_per_px
    bin_count = max(1, viewport.width // BIN_PX)
    top = 0.0
    for number, lane in enumerate(data.lanes):
        # When a field colours the marks, the palette's colours stand for its
        # values alone: the lanes and their density bands are grey.
        colour = PALETTE[number % len(PALETTE)] if frame.colours is None else NEUTRAL
        box = LaneBox(lane, colour, top=top, collapsed=lane.key in data.collapsed)
        if box.collapsed:
            box.height = COLLAPSED_H
        elif events is None:
            box.bins = data.index.bins(lane.key, viewport.start, viewport.end, bin_count)
            box.spread = data.index.spread(lane.key, viewport.start, viewport.end, bin_count)
            if box.spread is not None:  # added once: the drawn count and the bars use them
                box.totals = list(map(add, box.bins, box.spread))
            frame.max_bin = max(frame.max_bin, max(box.totals or box.bins, default=0))
            box.height = band_h
        elif until is not None and top >= until:
            box.laid_out = False
            box.height = data.lane_heights.get(lane.key) or (
                min(max_rows + 1, max(1, len(by_lane.get(lane.key, [])))) * ROW_H
                + 2 * LANE_PAD)
        else:
            box.placed, rows = pack(by_lane.get(lane.key, []), viewport, measure, max_rows,
                                    elide=elide, text_of=event_label,
                                    previous=rows_before.get(lane.key))
            if remember:
                data.lane_rows[lane.key] = {item.event.seq: item.row for item in box.placed}
            box.overflow = sum(1 for item in box.placed if item.row == max_rows)
            frame.drawn += len(box.placed)
            box.height = data.lane_heights[lane.key] = max(1, rows) * ROW_H + 2 * LANE_PAD
        top += box.height
        frame.lanes.append(box)
    if events is None:
        frame.drawn = sum(_bars_drawn(box, frame.max_bin, band_h) for box in frame.lanes)
    return frame


def _bars_drawn(box: LaneBox, max_bin: float, band_h: float) -> int:
    """How many bins of a lane's density band show a bar: those holding
    events whose day is known, and those whose spread share of the others is
    at least half a pixel tall (``_paint_bins``' scale)."""
    if box.bins is None:
        return 0
    if box.spread is None or box.totals is None:
        return len(box.bins) - box.bins.count(0)
    least = 0.25 * max_bin / max(1.0, band_h - 2 * LANE_PAD) ** 2
    if least <= 1:  # every bin holding an event whose day is known counts: in C
        return sum(map(least.__le__, box.totals))
    return sum(1 for count, share in zip(box.bins, box.spread, strict=True)
               if count or share >= least)


def _text_measures(data: TimelineData, metrics: QFontMetricsF
                   ) -> tuple[Callable[[str], float], Callable[[str, float], str]]:
    """Measuring and eliding titles, remembered between frames: every zoom or
    pan step lays the same titles out again, and Qt's text shaping is the
    largest cost of a frame of a few hundred events."""
    cache, elided = data.text_cache.setdefault(
        (metrics.height(), metrics.averageCharWidth()), ({}, {}))

    def measure(text: str) -> float:
        width = cache.get(text)
        if width is None:
            width = cache[text] = metrics.horizontalAdvance(text)
        return width

    def elide(text: str, width: float) -> str:
        key = (text, width)
        if key not in elided:
            elided[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return elided[key]

    return measure, elide
