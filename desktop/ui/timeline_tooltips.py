"""What the timeline's tooltips say (about an event, a lane, a density bin,
the legend's colours), and what a range without events says."""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from sqlalchemy.orm import Session

from desktop.core.date_text import describe, span_in_words
from desktop.core.dates import DateError, parse_edtf
from desktop.core.relations import relations_of
from desktop.core.timeline import DensityIndex, event_summary
from desktop.core.timeline_layout import Viewport
from desktop.core.wording import counted
from desktop.ui.timeline_frame import HEADER_W, LaneBox

if TYPE_CHECKING:
    from desktop.ui.timeline_canvas import TimelineCanvas

TOOLTIP_RELATIONS = 3  # related events a tooltip names


def event_tooltip(session: Session, event_id: str) -> str:
    """Title, native title, date as written and what it means, date note,
    place, the main participants with their roles, and related events."""
    summary = event_summary(session, event_id)
    relations = relations_of(session, event_id)
    if summary is None:
        return ""
    try:
        meaning = describe(parse_edtf(summary.edtf))
    except DateError:
        meaning = ""
    lines = [f"<b>{html.escape(summary.title)}</b>",
             *([html.escape(summary.native_title)] if summary.native_title else []),
             html.escape(summary.edtf) + (f" — {html.escape(meaning)}" if meaning else "")]
    if summary.date_note:
        lines.append(f"<i>Date note: {html.escape(summary.date_note)}</i>")
    if summary.place:
        lines.append(html.escape(summary.place))
    for name, role in summary.participants:
        lines.append("• " + html.escape(name) + (f" — {html.escape(role)}" if role else ""))
    if summary.more:
        lines.append(f"and {summary.more} more")
    lines += [f"<i>{html.escape(relation.label)}: {html.escape(relation.other_title)}</i>"
              for relation in relations[:TOOLTIP_RELATIONS]]
    if len(relations) > TOOLTIP_RELATIONS:
        lines.append(f"<i>and {len(relations) - TOOLTIP_RELATIONS} more related events</i>")
    return "<br>".join(lines)


def bin_tooltip(box: LaneBox, viewport: Viewport, x: float,
                vague: Callable[[str, float, float], int] | None = None) -> str:
    """How many events a lane's density bin under ``x`` (from the lanes' left
    edge) holds, and which days it covers; ``vague``: how many of the lane's
    events known only to a period overlap days ``[start, end)``
    (``DensityIndex.spread_overlapping``), whose share the fainter bar is."""
    bins = box.bins or []
    index = int(x / viewport.width * len(bins))
    if not 0 <= index < len(bins):
        return ""
    width = (viewport.end - viewport.start) / len(bins)
    # The whole days the bin holds, as the index counts them; a bin narrower
    # than a day is within the day it starts in.
    start = viewport.start + index * width
    first_day = math.ceil(start) if width >= 1 else int(start)
    end_day = max(first_day + 1, math.ceil(start + width))
    first, last = date.fromordinal(first_day), date.fromordinal(end_day - 1)
    days = (f"on {first:%d %b %Y}" if first == last
            else f"from {first:%d %b %Y} to {last:%d %b %Y}")
    lines = [f"<b>{html.escape(box.lane.label)}</b>"]
    others = vague(box.lane.key, first_day, end_day) if vague is not None else 0
    if bins[index] or not others:
        lines.append(f"{counted(bins[index], 'event')} {days}")
    if others and box.spread is not None:
        lines.append(f"{'and ' if bins[index] else ''}{counted(others, 'event')} known only "
                     f"to a month, season or year that overlaps "
                     f"{'this day' if first == last else 'these days'}"
                     + ("" if bins[index] else f" ({days})")
                     + f": the fainter bar is their share, each spread evenly over its "
                       f"period (~{box.spread[index]:,.1f} here)")
    lines.append("<i>Double-click or zoom in to see them.</i>")
    return "<br>".join(lines)


def header_tooltip(box: LaneBox) -> str:
    """A lane header's full name (the header may elide it), its count, and
    what its last row is when some events did not fit a row of their own."""
    lines = [f"<b>{html.escape(box.lane.label)}</b>", f"{counted(box.lane.count, 'event')} in all"]
    if box.overflow and not box.collapsed:
        lines.append(f"The last row holds {box.overflow:,} more that overlap one another "
                     "here; zoom in to separate them.")
    lines.append("<i>Click to fold or unfold the lane.</i>")
    return "<br>".join(lines)


def canvas_tooltip(canvas: TimelineCanvas, position: QPointF) -> str:
    """What the canvas's tooltip says at ``position``: about the event
    there, the lane's header, the density bin or the legend's colour."""
    hit = canvas.event_at(position)
    if hit is not None:
        with canvas.data.store.session() as session:
            return event_tooltip(session, hit.event.id)
    if canvas.colour_values_at(position) is not None:
        return "Click to show only these events (the filters beside the list say so)"
    box = canvas.lane_at(position.y())
    if box is not None and position.x() < HEADER_W:
        return header_tooltip(box)
    if box is None or box.bins is None:
        return ""
    return bin_tooltip(box, canvas.current_viewport(), position.x() - HEADER_W,
                       canvas.data.index.spread_overlapping)


def nothing_in_view(index: DensityIndex, viewport: Viewport) -> str:
    """Where the nearest events are, for a range that holds none: zoomed in on
    an empty month, the lanes were blank, with no word of which way to go."""
    first = max(1, int(viewport.start))  # (days a date can be)
    last = min(date.max.toordinal(), int(viewport.end) + 1)
    before, after = index.nearest_outside(first, last)
    nearest = [f"{_in_words(day)} ({side})" for day, side in ((before, "before"),
                                                               (after, "after"))
               if day is not None]
    if not nearest:
        return ""
    # the days as the axis shows them, not the few minutes of a day at an edge
    shown = span_in_words(date.fromordinal(max(1, round(viewport.start))),
                          date.fromordinal(max(1, round(viewport.end) - 1)), "day")
    return (f"No event in {shown}. The nearest are on " + " and ".join(nearest)
            + ". Home shows every event.")


def _in_words(day: int) -> str:
    shown = date.fromordinal(day)
    return span_in_words(shown, shown, "day")
