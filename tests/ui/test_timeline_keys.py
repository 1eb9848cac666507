"""Walking the timeline from event to event with Ctrl and the arrow keys, and
bringing the event chosen into view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot
from sqlalchemy import text

import desktop.ui.timeline_data as timeline_data
from desktop.core.operations import Operations
from desktop.ui.main_window import MainWindow
from desktop.ui.timeline_canvas import TimelineCanvas
from desktop.ui.timeline_frame import AXIS_H, HEADER_W
from desktop.ui.timeline_marks import mark_rect
from desktop.ui.timeline_paint import lane_top, lanes_height
from desktop.ui.windowed_model import ID_ROLE
from tests.ui.conftest import yes_to_questions
from tests.ui.test_timeline import _open_timeline, _panel, _show_days

CTRL = Qt.KeyboardModifier.ControlModifier


def _press(qtbot: QtBot, canvas: TimelineCanvas, key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(canvas, key, CTRL)


def _titles_in_time(window: MainWindow, country: str) -> list[str]:
    with window.store.session() as session:
        return list(session.scalars(text(
            "SELECT title FROM events WHERE country = :country AND date_edtf IS NOT NULL "
            "ORDER BY coalesce(date_start, date_end), seq"), {"country": country}))


def _on_screen(canvas: TimelineCanvas, event_id: str | None) -> bool:
    """Whether the event's mark is drawn inside the visible lanes."""
    frame = canvas.current_frame()
    bottom = AXIS_H + lanes_height(canvas.height(), canvas.width(), QFontMetricsF(canvas.font()))
    for box in frame.lanes:
        for item in box.placed:
            if item.event.id == event_id:
                rect = mark_rect(item, box, lane_top(box, canvas.scroll_y))
                return (rect.right() >= HEADER_W and rect.left() <= canvas.width()
                        and rect.top() >= AXIS_H and rect.bottom() <= bottom)
    return False


def test_ctrl_arrows_walk_a_lane_in_time_and_cross_to_the_nearest_event_of_the_next(
        qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    window.timeline.set_grouping("country")
    canvas.setFocus()
    china = _titles_in_time(window, "CN")
    assert len(china) == 3

    _press(qtbot, canvas, Qt.Key.Key_Right)  # nothing selected: the first in view
    assert window.form.heading() == china[0]
    _press(qtbot, canvas, Qt.Key.Key_Right, 2)
    assert window.form.heading() == china[2]
    # the list follows, as it does a click: Ctrl held down adds no row to those chosen
    assert window.events_view.currentIndex().data(ID_ROLE) == canvas.selected
    assert len(window.events_view.selectionModel().selectedRows()) == 1
    _press(qtbot, canvas, Qt.Key.Key_Right)  # the lane's end: nothing moves
    assert window.form.heading() == china[2]
    _press(qtbot, canvas, Qt.Key.Key_Left)
    assert window.form.heading() == china[1]

    lanes = [lane.key for lane in canvas.data.lanes]
    assert lanes[0] == "CN"
    _press(qtbot, canvas, Qt.Key.Key_Down)
    assert window.form.heading() == _titles_in_time(window, lanes[1])[0]
    _press(qtbot, canvas, Qt.Key.Key_Down)
    assert window.form.heading() == _titles_in_time(window, lanes[2])[0]
    _press(qtbot, canvas, Qt.Key.Key_Up, 2)  # back to the nearest in time of China's
    days = {}
    with window.store.session() as session:
        for title, first in session.execute(text(
                "SELECT title, coalesce(date_start, date_end) FROM events")):
            days[title] = date.fromisoformat(first).toordinal()
    brazil_day = days[_titles_in_time(window, lanes[1])[0]]
    nearest = min(china, key=lambda title: (abs(days[title] - brazil_day), -days[title]))
    assert window.form.heading() == nearest


def test_a_step_brings_the_event_into_view(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    window.timeline.set_grouping("country")
    canvas.setFocus()
    _press(qtbot, canvas, Qt.Key.Key_Right)
    with window.store.session() as session:
        first_day = session.scalar(text(
            "SELECT coalesce(date_start, date_end) FROM events WHERE id = :id"),
            {"id": canvas.selected})
    _show_days(canvas, date.fromisoformat(first_day), 7)  # a week: the next is out of view
    _press(qtbot, canvas, Qt.Key.Key_Right)
    assert window.form.heading() == _titles_in_time(window, "CN")[1]
    assert _on_screen(canvas, canvas.selected)
    assert canvas.current_viewport().end - canvas.current_viewport().start < 10  # same zoom


def test_a_step_into_a_crowded_range_zooms_in_until_marks_are_drawn(
        qtbot: QtBot, ops: Operations, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline_data, "EVENT_LIMIT", 4)
    for number in range(10):
        ops.create_event({"title": f"Busy day {number}", "date": f"2024-03-{number + 1:02d}"})
    ops.create_event({"title": "Long before", "date": "2020-01-15"})
    ops.create_event({"title": "Long after", "date": "2028-11-15"})
    panel = _panel(qtbot, ops.store, 1200, 600)
    canvas = panel.canvas
    canvas.fit_all()
    assert canvas.current_frame().density
    canvas.setFocus()
    _press(qtbot, canvas, Qt.Key.Key_Right)  # the event nearest the middle of the view
    with ops.store.session() as session:
        title = session.scalar(text("SELECT title FROM events WHERE id = :id"),
                               {"id": canvas.selected})
    assert title is not None and title.startswith("Busy day")
    assert not canvas.current_frame().density
    assert _on_screen(canvas, canvas.selected)


def test_a_step_to_a_lane_below_the_screen_scrolls_to_it(qtbot: QtBot,
                                                         ops: Operations) -> None:
    codes = ["AR", "AU", "BR", "CA", "CL", "DE", "EG", "ES", "FR", "GB", "ID", "IN", "IT",
             "JP", "KE", "KR", "MX", "NG", "PK", "PL", "SA", "TH", "TR", "VN", "ZA"]
    for number, code in enumerate(codes):
        ops.create_event({"title": f"Visit {code}", "date": f"2024-05-{number + 1:02d}",
                          "country": code})
    panel = _panel(qtbot, ops.store, 1000, 420)
    panel.set_grouping("country")
    canvas = panel.canvas
    canvas.fit_all()
    canvas.setFocus()
    _press(qtbot, canvas, Qt.Key.Key_Right)
    first = canvas.selected
    _press(qtbot, canvas, Qt.Key.Key_Down, len(codes) - 1)
    assert canvas.selected != first and canvas.scroll_y > 0
    assert canvas.selected_lane == canvas.data.lanes[-1].key
    assert _on_screen(canvas, canvas.selected)
    _press(qtbot, canvas, Qt.Key.Key_Up, len(codes) - 1)
    assert canvas.selected == first and canvas.scroll_y == 0


def test_walking_along_a_folded_lane_unfolds_it_and_crossing_passes_folded_lanes(
        qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    window.timeline.set_grouping("country")
    canvas.setFocus()
    lanes = [lane.key for lane in canvas.data.lanes]
    _press(qtbot, canvas, Qt.Key.Key_Right)  # China's first event
    canvas.data.collapsed |= {lanes[0], lanes[1]}
    canvas.refresh(edited=False)
    _press(qtbot, canvas, Qt.Key.Key_Right)
    assert window.form.heading() == _titles_in_time(window, "CN")[1]
    assert lanes[0] not in canvas.data.collapsed and _on_screen(canvas, canvas.selected)
    _press(qtbot, canvas, Qt.Key.Key_Down)  # past the folded second lane
    assert window.form.heading() == _titles_in_time(window, lanes[2])[0]
    assert lanes[1] in canvas.data.collapsed


def _add_lanes(qtbot: QtBot, window: MainWindow) -> None:
    """An event in each of 23 more countries: lanes below the screen."""
    before = window.events_model.rowCount()
    codes = ("AR", "AU", "CA", "CL", "DE", "EG", "ES", "FR", "GB", "ID", "IT", "JP", "KE",
             "KR", "MX", "NG", "PK", "PL", "SA", "TH", "TR", "VN", "ZA")
    for number, code in enumerate(codes):
        window.editor.apply(lambda ops, n=number, c=code: ops.create_event(
            {"title": f"Visit {c}", "date": f"2025-03-{n + 1:02d}", "country": c}), "Add")
    qtbot.waitUntil(lambda: window.events_model.rowCount() == before + len(codes))


def _choose_in_list(window: MainWindow, title: str) -> str:
    """Pick the event in the list, then come back to the timeline; its id."""
    window.tabs.setCurrentWidget(window.events_view)
    row = next(row for row in range(window.events_model.rowCount())
               if window.events_model.index(row, 1).data() == title)
    window.events_view.selectRow(row)
    window.tabs.setCurrentWidget(window.timeline)
    return str(window.events_model.index(row, 0).data(ID_ROLE))


def test_an_event_chosen_in_the_list_is_shown_in_a_crowded_range_and_a_lane_below(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _add_lanes(qtbot, window)
    monkeypatch.setattr(timeline_data, "EVENT_LIMIT", 6)
    canvas = _open_timeline(qtbot, window)
    window.timeline.set_grouping("country")
    canvas.fit_all()
    assert canvas.current_frame().density and canvas.scroll_y == 0
    lowest = canvas.data.lanes[-1]
    title = _titles_in_time(window, lowest.key)[0]
    event_id = _choose_in_list(window, title)
    assert canvas.selected == event_id
    assert not canvas.current_frame().density  # zoomed in until marks are drawn
    assert canvas.scroll_y > 0 and _on_screen(canvas, event_id)  # its lane scrolled to


def test_clicking_a_mark_in_a_lane_whose_top_is_scrolled_away_keeps_the_scroll(
        qtbot: QtBot, window: MainWindow) -> None:
    for day in range(6):  # China's lane: six rows of overlapping weeks
        window.editor.apply(lambda ops, d=day: ops.create_event(
            {"title": f"Week {d}", "date": f"2025-04-0{d + 1}/2025-04-{d + 10}",
             "country": "CN"}), "Add")
    _add_lanes(qtbot, window)
    canvas = _open_timeline(qtbot, window)
    window.timeline.set_grouping("country")
    canvas.fit_all()
    canvas.scroll_lanes(60)
    assert canvas.scroll_y == 60 and canvas.data.lanes[0].key == "CN"
    china = canvas.current_frame().lanes[0]
    lowest = max(china.placed, key=lambda item: item.row)
    centre = mark_rect(lowest, china, lane_top(china, canvas.scroll_y)).center()
    assert centre.y() > AXIS_H + 10  # on screen, below the lane's scrolled-away top
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert canvas.selected == lowest.event.id == window.selection.current
    assert canvas.scroll_y == 60


def test_delete_on_the_timeline_deletes_the_event_chosen_after_asking(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = yes_to_questions(monkeypatch)
    canvas = _open_timeline(qtbot, window)
    canvas.setFocus()
    _press(qtbot, canvas, Qt.Key.Key_Right)  # the first event in view, chosen
    chosen = window.form.heading()
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert asked == [f"Delete “{chosen}” with its participants' roles and sources? The "
                     "participants themselves are kept."]
    with window.store.session() as session:
        assert session.scalar(text("SELECT count(*) FROM events WHERE title = :t"),
                              {"t": chosen}) == 0
    # the timeline stays in view, on the event that took its place in the list
    assert window.tabs.currentWidget() is window.timeline
    assert canvas.selected == window.selection.current is not None


def test_ctrl_3_from_the_list_gives_the_keys_to_the_canvas(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    """Not to the first of the tool row, the Lanes list, whose arrows changed
    the lanes."""
    panel = window.timeline
    lanes = panel.lanes.currentText()
    window.events_view.setFocus()
    qtbot.keyClick(window.events_view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.timeline
    assert window.focusWidget() is panel.canvas
    qtbot.waitUntil(lambda: panel.canvas.width() > HEADER_W)
    panel.canvas.fit_all()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Down)  # as the lanes list took it
    _press(qtbot, panel.canvas, Qt.Key.Key_Right)  # the first event in view, chosen
    assert panel.lanes.currentText() == lanes
    assert window.selection.current is not None
    # from the search box, the keys stay there
    window.tabs.setCurrentIndex(0)
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.search_box
