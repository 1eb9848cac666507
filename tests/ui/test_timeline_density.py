"""The density band as an analyst reads it: events known only to their year
or month spread over it, fainter, instead of a spike on its first day."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

import desktop.ui.timeline_data as timeline_data
from desktop.core.operations import Operations
from desktop.core.timeline_layout import Viewport
from desktop.ui.colours import NEUTRAL
from desktop.ui.timeline_canvas import TimelineCanvas
from desktop.ui.timeline_frame import HEADER_W, LaneBox
from desktop.ui.timeline_paint import lane_top
from desktop.ui.timeline_panel import TimelinePanel


def _bar(image: QImage, x: int, box: LaneBox, top: float, least_blue: int) -> int:
    """How many pixels tall the band's bar is around ``x`` (its bin is four
    pixels wide, one of them the gap to the next): the pixels of the lane
    bluer than grey by ``least_blue`` (the lane's colour is a blue; its
    shading and the grid are grey)."""
    return max(sum(image.pixelColor(column, y).blue() - image.pixelColor(column, y).red()
                   >= least_blue for y in range(int(top), int(top + box.height)))
               for column in range(x - 3, x + 4))


@pytest.fixture
def year_of_vague_events(qtbot: QtBot, ops: Operations,
                         monkeypatch: pytest.MonkeyPatch) -> TimelineCanvas:
    """A lane of 2024 drawn as a band: six events known only to their year,
    two whose day is known (10 March), one known only to its month (June)."""
    monkeypatch.setattr(timeline_data, "EVENT_LIMIT", 4)
    for number in range(6):
        ops.create_event({"title": f"Sometime in 2024, {number}", "date": "2024"})
    for number in range(2):
        ops.create_event({"title": f"On 10 March, {number}", "date": "2024-03-10"})
    ops.create_event({"title": "In June", "date": "2024-06"})
    panel = TimelinePanel(ops.store)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    qtbot.waitExposed(panel)
    canvas = panel.canvas
    january = date(2024, 1, 1).toordinal()
    canvas.set_viewport(Viewport.fitting(january, january + 366, canvas.lanes_width(),
                                         margin=0))
    canvas.repaint()
    return canvas


def test_a_year_only_date_is_spread_over_its_year_not_piled_on_1_january(
        year_of_vague_events: TimelineCanvas) -> None:
    canvas = year_of_vague_events
    frame = canvas.current_frame()
    assert frame.density
    box = frame.lanes[0]
    image = canvas.grab().toImage()
    top = lane_top(box, canvas.scroll_y)
    viewport = frame.viewport

    def bar_on(day: str, least_blue: int = 15) -> int:
        x = HEADER_W + viewport.x(date.fromisoformat(day).toordinal() + 0.5)
        return _bar(image, round(x), box, top, least_blue)

    # The year's events make an even band over the whole year: as tall on
    # 1 January as in late April or October, where no day is known.
    assert bar_on("2024-01-01") > 0
    assert abs(bar_on("2024-01-01") - bar_on("2024-04-20")) <= 1
    assert abs(bar_on("2024-10-14") - bar_on("2024-04-20")) <= 1
    # June's event adds to June alone; the days known are solid and taller.
    assert bar_on("2024-06-15") > bar_on("2024-04-20")
    assert bar_on("2024-03-10") > bar_on("2024-06-15")
    assert bar_on("2024-03-10", least_blue=60) >= 2  # solid, not faint
    assert bar_on("2024-01-01", least_blue=60) == 0  # faint only


def test_the_bands_tooltip_names_the_events_that_may_fall_there(
        year_of_vague_events: TimelineCanvas) -> None:
    canvas = year_of_vague_events
    frame = canvas.current_frame()
    box = frame.lanes[0]
    middle_y = lane_top(box, canvas.scroll_y) + box.height / 2
    june = HEADER_W + frame.viewport.x(date(2024, 6, 15).toordinal() + 0.5)
    tip = canvas.tooltip_at(QPointF(june, middle_y))
    assert "7 events known only to a month, season or year" in tip
    assert "Jun 2024" in tip and "the fainter bar is their share" in tip
    march = HEADER_W + frame.viewport.x(date(2024, 3, 10).toordinal() + 0.5)
    tip = canvas.tooltip_at(QPointF(march, middle_y))
    assert "2 events" in tip and "and 6 events known only to" in tip


def test_coloured_marks_in_grey_bands_say_where_their_colours_are(
        year_of_vague_events: TimelineCanvas, monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = year_of_vague_events
    canvas.data.set_colour_by("status")
    canvas.refresh(edited=False)
    frame = canvas.current_frame()
    assert frame.density and all(box.colour == NEUTRAL for box in frame.lanes)
    assert frame.colour_legend.title == "Status (the events, once zoomed in):"
    # Zoomed in to where the events are few enough to draw, they are in colour.
    monkeypatch.setattr(timeline_data, "EVENT_LIMIT", 20)
    march = date(2024, 3, 3).toordinal()
    canvas.set_viewport(Viewport.fitting(march, march + 14, canvas.lanes_width(), margin=0))
    frame = canvas.current_frame()
    assert not frame.density and frame.colour_legend.title == "Status:"
    assert {item.event.title for box in frame.lanes for item in box.placed} >= {
        "On 10 March, 0", "On 10 March, 1"}
