"""A mark by the view's right edge (where the latest events are) or just
before the next mark of its row takes its label before it, where there is
room for more of its title."""

from __future__ import annotations

from datetime import date

from desktop.core.timeline import TimelineEvent
from desktop.core.timeline_labels import LABEL_GAP_PX, MARK_MIN_PX, Placed
from desktop.core.timeline_layout import Viewport, pack

MEASURE = lambda text: 7.0 * len(text)  # noqa: E731
ELIDE = lambda text, width: text[:int(width // 7)]  # noqa: E731
VIEW = Viewport(date(2025, 1, 1).toordinal(), 0.05, 800)  # 20 px a day, 40 days


def _event(seq: int, day: int, title: str) -> TimelineEvent:
    start = date(2025, 1, 1).toordinal() + day
    return TimelineEvent(seq=seq, id=str(seq), title=title, edtf="", start=start,
                         end=start + 1, precision="day", lane="")


def _placed(*events: TimelineEvent) -> dict[str, Placed]:
    placed, _ = pack(list(events), VIEW, MEASURE, max_rows=4, elide=ELIDE)
    return {item.event.title: item for item in placed}


def _label_span(item: Placed) -> tuple[float, float]:
    width = MEASURE(item.label)
    if item.before:
        end = item.x0 - MARK_MIN_PX / 2 - LABEL_GAP_PX
        return end - width, end
    start = item.x1 + MARK_MIN_PX / 2 + LABEL_GAP_PX
    return start, start + width


def test_the_last_mark_by_the_right_edge_has_its_title_before_it() -> None:
    latest = "Digital economy ministers meet"  # 210 px: no room after it
    placed = _placed(_event(1, 0, "Short"), _event(2, 39, latest))
    assert placed[latest].label == latest and placed[latest].before
    assert placed[latest].row == placed["Short"].row  # the same row, clear of the other
    assert _label_span(placed["Short"])[1] + LABEL_GAP_PX <= _label_span(placed[latest])[0]
    assert not placed["Short"].before  # room after it: its label stays there


def test_a_label_before_its_mark_takes_only_the_room_left_by_the_row() -> None:
    latest = "Digital economy ministers meet in Vientiane"
    placed = _placed(_event(1, 30, "Short"), _event(2, 39, latest))
    item = placed[latest]
    assert item.before and latest.startswith(item.label) and len(item.label) >= 6
    assert _label_span(placed["Short"])[1] + LABEL_GAP_PX <= _label_span(item)[0]


def test_a_mark_in_the_way_of_a_label_is_labelled_before_in_the_next_row() -> None:
    latest = "Digital economy ministers meet"
    placed = _placed(_event(1, 36, "Neighbour"), _event(2, 39, latest))
    assert placed["Neighbour"].label == "Neighbour" and not placed["Neighbour"].before
    # its mark is where the neighbour's label is: a row down, with the room
    # before it free
    assert placed[latest].row == placed["Neighbour"].row + 1
    assert placed[latest].label == latest and placed[latest].before


def test_a_label_whole_after_its_mark_stays_there() -> None:
    placed = _placed(_event(1, 5, "Forum on data"), _event(2, 20, "Seminar"))
    assert not any(item.before for item in placed.values())
    assert all(item.label == title for title, item in placed.items())


def test_a_label_cut_by_the_next_mark_stays_after_its_mark() -> None:
    """Amid others, a label before its mark would be read as the label of the
    mark before it."""
    cut = "Digital economy ministers meet"
    rows_of_one, _ = pack([_event(1, 25, cut), _event(2, 30, "Next")], VIEW, MEASURE,
                          max_rows=1, elide=ELIDE)
    placed = {item.event.title: item for item in rows_of_one}
    assert placed[cut].row == placed["Next"].row
    assert not placed[cut].before and cut.startswith(placed[cut].label)
    assert 0 < len(placed[cut].label) < len(cut)  # cut short by the next mark
