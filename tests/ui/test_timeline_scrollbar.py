"""The timeline's vertical scroll bar: shown when the lanes are taller than the
pane, standing where they are scrolled to, and scrolling them when used."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from desktop.core.operations import Operations
from tests.ui.conftest import timeline_with_tag_lanes


def test_many_lanes_get_a_bar_that_scrolls_them_and_follows_them(
        qtbot: QtBot, ops: Operations) -> None:
    panel = timeline_with_tag_lanes(qtbot, ops, 40, (900, 520))
    canvas, bar = panel.canvas, panel.lanes_scroll
    qtbot.waitUntil(bar.isVisible)
    room = canvas.lanes_room()
    assert bar.maximum() == round(canvas.current_frame().content_height - room)
    assert bar.value() == 0 and bar.pageStep() == int(room)
    # A click below the handle pages the lanes down, as in any list.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2,
                                                                 bar.height() - 30))
    assert canvas.scroll_y == bar.value() == bar.pageStep()
    first_lane = next(box for box in canvas.current_frame().lanes
                      if box.top + box.height > canvas.scroll_y)
    assert first_lane.lane.label != "topic 000"
    # Scrolled from the keyboard, the bar follows.
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: bar.value() == round(canvas.scroll_y))
    assert canvas.scroll_y > bar.pageStep()
    # Lanes that fit need no bar.
    panel.set_grouping("none")
    qtbot.waitUntil(lambda: not bar.isVisible())


def test_a_few_lanes_that_fit_show_no_bar(qtbot: QtBot, ops: Operations) -> None:
    panel = timeline_with_tag_lanes(qtbot, ops, 3, (900, 520))
    qtbot.wait(50)
    assert len(panel.canvas.current_frame().lanes) == 3
    assert not panel.lanes_scroll.isVisible()
