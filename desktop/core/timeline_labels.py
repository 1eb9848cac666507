"""Where the timeline's titles go once the marks are in their rows: inside a
bar, after a mark as far as the room before the next mark of its row, or
before the last mark of a row by the view's right edge.  Free of Qt; widths
come from the ``measure`` the caller gives.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.timeline import TimelineEvent

LABEL_GAP_PX = 6
LABEL_INSIDE_PAD_PX = 4
MARK_MIN_PX = 8  # a point or a very short bar still takes this much room
MIN_LABEL_PX = 40  # a label squeezed narrower than this is left out


@dataclass(frozen=True)
class Placed:
    """An event placed in row ``row`` of its lane, from ``x0`` to ``x1``.

    ``label`` is the text drawn for it ("" when there is no room): inside the
    bar when ``inside`` (the bar is wide enough), otherwise after the mark —
    or before it when ``before`` (the last mark of its row, by the view's
    right edge, with more room before it).
    """

    event: TimelineEvent
    row: int
    x0: float
    x1: float
    label: str
    inside: bool = False
    before: bool = False


def label_where_room(placed: list[Placed], labels: dict[int, tuple[str, float]],
                      overflow_row: int) -> list[Placed]:
    """Label each mark whose label ends before the next mark in its row
    (never in the overflow row, whose marks may overlap)."""
    by_row: dict[int, list[int]] = {}
    for index, item in enumerate(placed):
        if item.row != overflow_row:
            by_row.setdefault(item.row, []).append(index)
    result = list(placed)
    for indexes in by_row.values():
        indexes.sort(key=lambda index: _mark_start(placed[index]))
        for position, index in enumerate(indexes):
            item = placed[index]
            if item.inside:
                continue
            label, width = labels[item.event.seq]
            label_end = _mark_end(item) + LABEL_GAP_PX + width
            next_start = (_mark_start(placed[indexes[position + 1]])
                          if position + 1 < len(indexes) else float("inf"))
            if label and label_end + LABEL_GAP_PX <= next_start:
                result[index] = Placed(item.event, item.row, item.x0, item.x1, label)
    return result


WIDEN_STEP_PX = 16  # room for a longer label is taken in steps, so pans reuse elisions


def widen_labels(placed: list[Placed], view_width: float, measure: Callable[[str], float],
                  elide: Callable[[str, float], str], text_of: Callable[[TimelineEvent], str],
                  overflow_row: int) -> list[Placed]:
    """Lengthen each label shortened to ``max_label_px`` into the room left
    before the next mark of its row (or the view's right edge): rows are packed
    with short labels, so that a crowded lane keeps its rows, and a title with
    empty space after it is then shown whole, or as far as there is room.

    A mark left without a label (its whole label did not fit before the next
    mark) gets as much of its title as that room holds, when it holds at
    least ``MIN_LABEL_PX``: a dot with 200 pixels free after it said nothing."""
    result = _widen_inside_labels(placed, view_width, measure, elide, text_of)
    by_row: dict[int, list[int]] = {}
    for index, item in enumerate(placed):
        if not item.inside and item.row != overflow_row and (item.label or _in_view(item)):
            by_row.setdefault(item.row, []).append(index)
    if not by_row:
        return result
    starts: dict[int, list[float]] = {}
    for item in placed:
        if item.row != overflow_row:
            starts.setdefault(item.row, []).append(_mark_start(item))
    for row, indexes in by_row.items():
        row_starts = sorted(starts[row])
        for index in indexes:
            item = placed[index]
            title = text_of(item.event)
            if item.label == title:
                continue
            begin = _mark_end(item) + LABEL_GAP_PX
            following = bisect_left(row_starts, _mark_end(item))
            limit = (row_starts[following] - LABEL_GAP_PX if following < len(row_starts)
                     else view_width - 2)
            longer = _longer_label(item.label, title, limit - begin, measure, elide)
            if longer is not None:
                result[index] = Placed(item.event, item.row, item.x0, item.x1, longer)
    return result


def _longer_label(label: str, title: str, room: float, measure: Callable[[str], float],
                  elide: Callable[[str, float], str]) -> str | None:
    """As much of ``title`` as ``room`` pixels hold, taken in steps of
    ``WIDEN_STEP_PX``; None when that is no longer than ``label`` (or too
    short to say anything)."""
    room = room // WIDEN_STEP_PX * WIDEN_STEP_PX
    if room < measure(label) + WIDEN_STEP_PX or room < MIN_LABEL_PX:
        return None
    longer = title if measure(title) <= room else elide(title, room)
    return longer if measure(longer) > measure(label) else None


def _widen_inside_labels(placed: list[Placed], view_width: float,
                         measure: Callable[[str], float], elide: Callable[[str, float], str],
                         text_of: Callable[[TimelineEvent], str]) -> list[Placed]:
    """Lengthen each label shortened to ``max_label_px`` inside its bar to the
    bar's visible length: a month-long bar across a month's view said
    "Innovation summit on gover…" over half its length and nothing after."""
    result = list(placed)
    for index, item in enumerate(placed):
        if not item.inside or not item.label:
            continue
        title = text_of(item.event)
        if item.label == title:
            continue
        room = min(item.x1, view_width) - max(item.x0, 0) - 2 * LABEL_INSIDE_PAD_PX
        longer = _longer_label(item.label, title, room, measure, elide)
        if longer is not None:
            result[index] = Placed(item.event, item.row, item.x0, item.x1, longer, inside=True)
    return result


def labels_before_marks(placed: list[Placed], measure: Callable[[str], float],
                         elide: Callable[[str, float], str],
                         text_of: Callable[[TimelineEvent], str],
                         overflow_row: int) -> list[Placed]:
    """Move before its mark the label of the last mark of a row when the
    view's right edge (where the latest events are) left no room after it
    for its whole title, and the room before the mark holds more of it,
    clear of the mark before it and that mark's label.  Only the last: a
    label before a mark amid others would be read as the label of the mark
    before it."""
    result = list(placed)
    last: dict[int, int] = {}  # row: the index of its last mark, and of the one before
    before_last: dict[int, int] = {}
    for index, item in enumerate(placed):
        if item.row == overflow_row:
            continue
        row = item.row
        if row not in last or _mark_start(item) > _mark_start(placed[last[row]]):
            if row in last:
                before_last[row] = last[row]
            last[row] = index
        elif row not in before_last or _mark_start(item) > _mark_start(
                placed[before_last[row]]):
            before_last[row] = index
    for row, index in last.items():
        item = placed[index]
        title = text_of(item.event)
        if item.inside or item.label == title or _mark_start(item) <= 0:
            continue
        # Nothing drawn in a row overlaps: what is drawn before this mark ends
        # where the mark before it (or that mark's label) ends.
        drawn_to: float = -LABEL_GAP_PX
        if row in before_last:
            other = placed[before_last[row]]
            drawn_to = (max(other.x1, _mark_end(other)) if other.inside
                        else _mark_end(other) + (LABEL_GAP_PX + measure(other.label)
                                                 if other.label else 0))
        room = _mark_start(item) - LABEL_GAP_PX - (drawn_to + LABEL_GAP_PX)
        longer = _longer_label(item.label, title, room, measure, elide)
        if longer is not None:
            result[index] = Placed(item.event, item.row, item.x0, item.x1, longer, before=True)
    return result


def _in_view(item: Placed) -> bool:
    """Whether some of the mark is in view (a label beside a mark wholly left
    of it would float at the edge beside nothing)."""
    return item.x1 + (MARK_MIN_PX / 2 if item.event.is_point else 0) >= 0


def _mark_start(item: Placed) -> float:
    return item.x0 - (MARK_MIN_PX / 2 if item.event.is_point else 0)


def _mark_end(item: Placed) -> float:
    return max(item.x1 + (MARK_MIN_PX / 2 if item.event.is_point else 0), 0)
