"""Geometry of the timeline, free of Qt: the visible range, axis ticks, and
packing events into rows so that no two labels overlap (where the labels then
go: ``timeline_labels``).

Positions are in days (``date.toordinal``, fractional within a day) and pixels.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from desktop.core.timeline import TimelineEvent
from desktop.core.timeline_labels import (
    LABEL_GAP_PX,
    LABEL_INSIDE_PAD_PX,
    MARK_MIN_PX,
    MIN_LABEL_PX,
    Placed,
    label_where_room,
    labels_before_marks,
    widen_labels,
)

MIN_DAY, MAX_DAY = date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal()
MIN_DAYS_PER_PX = 1 / 400  # a day 400 px wide is as close as it zooms
# As far as it zooms out: the whole calendar (years 1 to 9999) across the pane, so
# that "Fit all" shows even a date typed with a wrong century (0205 for 2025, or
# 9999), and no view reaches past the days a date can have.
CALENDAR_END = MAX_DAY + 1  # where the last day a date can have ends
WHOLE_CALENDAR_DAYS = CALENDAR_END - MIN_DAY


@dataclass(frozen=True)
class Viewport:
    """``width`` pixels showing days from ``start`` at ``days_per_px``."""

    start: float
    days_per_px: float
    width: int

    @property
    def end(self) -> float:
        return self.start + self.days_per_px * self.width

    def x(self, day: float) -> float:
        return (day - self.start) / self.days_per_px

    def day(self, x: float) -> float:
        return self.start + x * self.days_per_px

    def zoomed(self, factor: float, around_x: float) -> Viewport:
        """Zoom by ``factor`` (>1 zooms in), keeping the day under ``around_x`` in place."""
        anchor = self.day(around_x)
        scale = self._within_limits(self.days_per_px / factor, self.width)
        return self._clamped(anchor - around_x * scale, scale)

    def panned(self, pixels: float) -> Viewport:
        """Move the view right by ``pixels`` (negative: left)."""
        return self._clamped(self.start + pixels * self.days_per_px, self.days_per_px)

    def resized(self, width: int) -> Viewport:
        width = max(1, width)
        return Viewport(self.start, self.days_per_px, width)._clamped(
            self.start, self._within_limits(self.days_per_px, width))

    def centred_on(self, day: float) -> Viewport:
        return self._clamped(day - self.days_per_px * self.width / 2, self.days_per_px)

    @staticmethod
    def _within_limits(days_per_px: float, width: int) -> float:
        return min(WHOLE_CALENDAR_DAYS / width, max(MIN_DAYS_PER_PX, days_per_px))

    def _clamped(self, start: float, scale: float) -> Viewport:
        span = scale * self.width
        start = min(max(start, MIN_DAY), CALENDAR_END - span)
        return Viewport(start, scale, self.width)

    @classmethod
    def fitting(cls, first: float, last: float, width: int, margin: float = 0.04) -> Viewport:
        """The range ``[first, last)`` with a small margin on both sides."""
        width = max(1, width)
        span = max(last - first, 1.0)
        padded = span * (1 + 2 * margin)
        scale = cls._within_limits(padded / width, width)
        centre = (first + last) / 2
        return cls(centre, scale, width).centred_on(centre)


# -- axis --------------------------------------------------------------------------

@dataclass(frozen=True)
class Tick:
    day: int
    label: str


# (unit, step, typical length in days) from the finest to the coarsest
_STEPS = (("day", 1, 1), ("day", 2, 2), ("day", 7, 7), ("month", 1, 30.44), ("month", 3, 91.3),
          ("month", 6, 182.6), ("year", 1, 365.25), ("year", 2, 730.5), ("year", 5, 1826),
          ("year", 10, 3652), ("year", 20, 7305), ("year", 50, 18262), ("year", 100, 36525),
          ("year", 500, 182621), ("year", 1000, 365242))


def tick_step(days_per_px: float, min_spacing_px: float = 80) -> tuple[str, int]:
    """The finest unit whose ticks are at least ``min_spacing_px`` apart."""
    for unit, step, length in _STEPS:
        if length / days_per_px >= min_spacing_px:
            return unit, step
    return "year", 1000


def _months(first: date, step: int) -> Iterable[date]:
    month = (first.month - 1) // step * step
    year = first.year
    while True:
        yield date(year, month + 1, 1)
        month += step
        if month >= 12:
            year, month = year + 1, month - 12
            if year > 9999:
                return


def ticks(viewport: Viewport, min_spacing_px: float = 80) -> tuple[list[Tick], list[Tick]]:
    """Labelled ticks for the axis, and coarser context ticks (the month above
    days, the year above months); both limited to the visible range."""
    unit, step = tick_step(viewport.days_per_px, min_spacing_px)
    first = date.fromordinal(int(max(MIN_DAY, viewport.start)))
    last = min(viewport.end, MAX_DAY)
    result: list[Tick] = []
    context: list[Tick] = []
    if unit == "day":
        day = first.toordinal()
        if step == 7:
            day -= first.weekday()  # weeks start on Monday
        elif step == 2:
            day -= day % 2  # the same days at every pan, not the first one shown
        while day <= last:
            value = date.fromordinal(day)
            result.append(Tick(day, f"{value.day} {value:%b}"))
            day += step
        for value in _months(first, 1):
            if value.toordinal() > last:
                break
            context.append(Tick(value.toordinal(), f"{value:%B %Y}"))
    elif unit == "month":
        for value in _months(first, step):
            if value.toordinal() > last:
                break
            result.append(Tick(value.toordinal(), f"{value:%b}"))
        for year in range(first.year, min(9999, date.fromordinal(int(last)).year) + 1):
            context.append(Tick(date(year, 1, 1).toordinal(), str(year)))
    else:
        year = first.year // step * step or step  # there is no year 0
        while year <= 9999:
            day = date(year, 1, 1).toordinal()
            if day > last:
                break
            # "1990s" is a decade and "1900s" a century; a tick every 500 or 1 000
            # years is its year ("2000s" would read as a decade).
            result.append(Tick(day, f"{year}s" if step in (10, 100) else str(year)))
            year += step
    return result, context


# -- packing -------------------------------------------------------------------------

OPEN_END_PX = 90  # an open end is drawn fading out over this length


def _priority(event: TimelineEvent) -> tuple[int, int, int]:
    """Precise dates are placed first, then coarser ones: in a month's view
    the year-only events take the rows left over, not the top ones."""
    rank = 0 if event.precision == "day" else 1 if event.precision == "month" else 2
    return rank, event.start, event.end


def pack(events: Iterable[TimelineEvent], viewport: Viewport, measure: Callable[[str], float],
         max_rows: int, max_label_px: float = 260,
         elide: Callable[[str, float], str] | None = None,
         text_of: Callable[[TimelineEvent], str] = lambda event: event.title,
         previous: Mapping[int, int] | None = None,
         ) -> tuple[list[Placed], int]:
    """Place one lane's events in rows so that nothing drawn overlaps.

    Events are placed precise dates first, each in the first row where its
    mark and its label are free.  A bar wide enough for its label carries it
    inside.  When that needs more than ``max_rows`` rows, the marks alone are
    packed and a label is drawn only where it ends before the next mark of its
    row.  Events that still fit in no row go in a last, unlabelled overflow
    row.  Returns the placements and the number of rows used (the overflow row
    included).

    ``previous``: the row of each event (by ``seq``) in the frame before, a
    pan step ago.  Those events are placed first, each back in its row where
    that row is still free, so that marks stay where the eye left them while
    the analyst drags; the rest then take the first free rows.
    """
    ordered = sorted(events, key=_priority)
    if previous:
        ordered = _previous_rows_first(ordered, previous, max_rows)
    shapes = [_shape(event, viewport, measure, max_label_px, elide, text_of)
              for event in ordered]
    placed, rows, overflow = _pack(ordered, shapes, max_rows, with_labels=True,
                                   previous=previous)
    if overflow:
        placed, rows, _ = _pack(ordered, shapes, max_rows, with_labels=False,
                                previous=previous)
        labels = {event.seq: (shape.label, shape.width)
                  for event, shape in zip(ordered, shapes, strict=True)}
        placed = label_where_room(placed, labels, max_rows)
    if elide is not None:
        placed = widen_labels(placed, viewport.width, measure, elide, text_of, max_rows)
        placed = labels_before_marks(placed, measure, elide, text_of, max_rows)
    return placed, rows


class _Shape(NamedTuple):
    """Where an event's mark goes and the label it would carry, worked out
    once per frame (both packing passes use it)."""

    x0: float
    x1: float
    mark_start: float
    mark_end: float
    label: str
    width: float
    inside: bool  # the label fits inside the bar


def _shape(event: TimelineEvent, viewport: Viewport, measure: Callable[[str], float],
           max_label_px: float, elide: Callable[[str, float], str] | None,
           text_of: Callable[[TimelineEvent], str]) -> _Shape:
    extent = _mark_extent(event, viewport)
    x0, x1, mark_start, mark_end = extent
    if mark_end < 0:
        # The mark lies wholly left of the view (on the first day shown, before
        # the hour where the view begins): its label would float at the left
        # edge beside no mark, as if the event were there.
        return _Shape(x0, x1, mark_start, mark_end, "", 0.0, False)
    label, width = _fit_to_view(event, extent, _label(text_of(event), measure, max_label_px,
                                                      elide), viewport, measure, elide)
    inside = bool(label) and not event.is_point and _fits_inside(x0, x1, width, viewport)
    return _Shape(x0, x1, mark_start, mark_end, label, width, inside)


def _label(title: str, measure: Callable[[str], float], max_px: float,
           elide: Callable[[str, float], str] | None) -> tuple[str, float]:
    width = measure(title)
    if width <= max_px or elide is None:
        return title, min(width, max_px)
    short = elide(title, max_px)
    return short, measure(short)


def _fit_to_view(event: TimelineEvent, extent: tuple[float, float, float, float],
                 label: tuple[str, float], viewport: Viewport, measure: Callable[[str], float],
                 elide: Callable[[str, float], str] | None) -> tuple[str, float]:
    """Shorten a label that would run past the right edge (or drop it when
    too little room is left), unless it goes inside its bar."""
    text, width = label
    x0, x1, _, mark_end = extent
    if not event.is_point and _fits_inside(x0, x1, width, viewport):
        return label
    available = viewport.width - (max(mark_end, 0) + LABEL_GAP_PX) - 2
    if width <= available:
        return label
    if available < MIN_LABEL_PX or elide is None:
        return "", 0.0
    short = elide(text, available)
    return short, measure(short)


def _mark_extent(event: TimelineEvent, viewport: Viewport) -> tuple[float, float, float, float]:
    """x0 and x1 of the event's span, and the x range its mark covers."""
    x0 = viewport.x(event.start)
    if event.is_point:
        return x0, x0, x0 - MARK_MIN_PX / 2, x0 + MARK_MIN_PX / 2
    if event.open_start:
        x1 = viewport.x(event.end)
        return x1 - OPEN_END_PX, x1, x1 - OPEN_END_PX, x1
    x1 = x0 + OPEN_END_PX if event.open_end else max(viewport.x(event.end), x0 + MARK_MIN_PX)
    return x0, x1, x0, x1


def _fits_inside(x0: float, x1: float, width: float, viewport: Viewport) -> bool:
    visible = min(x1, viewport.width) - max(x0, 0)
    return visible >= width + 2 * LABEL_INSIDE_PAD_PX


def _previous_rows_first(ordered: list[TimelineEvent], previous: Mapping[int, int],
                         max_rows: int) -> list[TimelineEvent]:
    """The events that had a row of their own in the frame before (not the
    overflow row), top row first, then the others, each group in ``ordered``'s
    order: the rows are made top down, so an event can go back to its row
    once the rows above it exist."""
    kept = sorted((event for event in ordered if previous.get(event.seq, max_rows) < max_rows),
                  key=lambda event: previous[event.seq])
    return kept + [event for event in ordered if previous.get(event.seq, max_rows) >= max_rows]


def _pack(ordered: list[TimelineEvent], shapes: list[_Shape], max_rows: int, *,
          with_labels: bool, previous: Mapping[int, int] | None = None,
          ) -> tuple[list[Placed], int, bool]:
    """Each event in its ``previous`` row if it is free, else in the first row
    where its mark (and, ``with_labels``, its label) is free.  A row is its
    taken x ranges, sorted by start and never overlapping, so only the range
    starting just before a new one's end can reach into it.  With labels, the
    first event that fits nowhere ends the pass (the caller then packs the
    marks alone)."""
    row_starts: list[list[float]] = []
    row_ends: list[list[float]] = []
    placed: list[Placed] = []
    overflow = False
    for event, (x0, x1, mark_start, mark_end, label, width, inside) in zip(
            ordered, shapes, strict=True):
        end = mark_end
        if with_labels and not inside:
            end = max(mark_end, 0) + LABEL_GAP_PX + width
        reach = end + LABEL_GAP_PX
        row = None
        wanted = previous.get(event.seq, max_rows) if previous else max_rows
        if wanted < len(row_starts):
            index = bisect_left(row_starts[wanted], reach)
            if index == 0 or row_ends[wanted][index - 1] + LABEL_GAP_PX <= mark_start:
                row = wanted
        elif wanted == len(row_starts) < max_rows:
            row = wanted
            row_starts.append([])
            row_ends.append([])
        # The first free row (the same test, inline: it runs for every row of
        # every event of a frame).
        for number, starts in enumerate(row_starts) if row is None else ():
            index = bisect_left(starts, reach)
            if index == 0 or row_ends[number][index - 1] + LABEL_GAP_PX <= mark_start:
                row = number
                break
        if row is None and len(row_starts) < max_rows:
            row = len(row_starts)
            row_starts.append([])
            row_ends.append([])
        if row is None:
            overflow = True
            if with_labels:
                break
            placed.append(Placed(event, max_rows, x0, x1, ""))
            continue
        index = bisect_left(row_starts[row], mark_start)
        row_starts[row].insert(index, mark_start)
        row_ends[row].insert(index, end)
        shown = label if (with_labels or inside) else ""
        placed.append(Placed(event, row, x0, x1, shown, inside=inside))
    return placed, len(row_starts) + (1 if overflow else 0), overflow


