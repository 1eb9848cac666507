"""Colours by another field than the lanes, as an analyst chooses them:
lanes by country, each event in its type's colour, the legend naming them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop.ui.colours import NEUTRAL, PALETTE
from desktop.ui.main_window import MainWindow
from desktop.ui.participant_chooser import ParticipantChooser
from desktop.ui.timeline_canvas import TimelineCanvas
from desktop.ui.timeline_frame import HEADER_W, build_frame
from desktop.ui.timeline_marks import mark_rect
from desktop.ui.timeline_paint import lane_top
from desktop.ui.timeline_panel import TimelinePanel


def _open(qtbot: QtBot, window: MainWindow, lanes: str, colours: str) -> TimelineCanvas:
    window.tabs.setCurrentWidget(window.timeline)
    canvas = window.timeline.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.width() > HEADER_W)
    panel = window.timeline
    panel.lanes.setCurrentIndex(panel.lanes.findText(lanes))
    panel.colours.setCurrentIndex(panel.colours.findText(colours))
    canvas.fit_all()
    canvas.repaint()
    return canvas


def _dot_colours(canvas: TimelineCanvas) -> dict[str, QColor]:
    """The colour painted at the middle of each one-day event's dot, by title."""
    image = canvas.grab().toImage()
    found = {}
    for box in canvas.current_frame().lanes:
        for item in box.placed:
            if item.event.is_point and not item.event.disputed:
                centre = mark_rect(item, box, lane_top(box, canvas.scroll_y)).center()
                found[item.event.title] = image.pixelColor(round(centre.x()),
                                                           round(centre.y()))
    return found


def test_lanes_by_country_and_colours_by_event_type(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open(qtbot, window, "Country", "Event type")
    with window.store.session() as session:
        types = dict(session.execute(text(
            "SELECT e.title, t.value FROM events AS e "
            "JOIN vocabulary_terms AS t ON t.id = e.event_type_id")).all())
    legend = dict(canvas.current_frame().colour_legend.entries)
    dots = _dot_colours(canvas)
    assert len(dots) >= 4
    # Each dot in its type's colour, as the legend gives it: different types,
    # different colours, whatever their lanes.
    by_type = {f"{types[title]} (1)": colour.rgba() for title, colour in dots.items()}
    assert all(legend[entry] == rgba for entry, rgba in by_type.items())
    assert len(set(by_type.values())) == len(by_type)
    # The lanes and their headers are grey, so that a colour means a type alone.
    assert all(box.colour == NEUTRAL for box in canvas.current_frame().lanes)
    # Back to colours by lane: China's dots share China's colour.
    window.timeline.colours.setCurrentIndex(window.timeline.colours.findText("Lane"))
    canvas.repaint()
    frame = canvas.current_frame()
    assert not frame.colour_legend.entries and frame.lanes[0].lane.label == "China"
    china = {item.event.title for item in frame.lanes[0].placed if item.event.is_point}
    assert {dots[title].rgba() for title in china & set(dots)} != {PALETTE[0].rgba()}
    again = _dot_colours(canvas)
    assert {again[title].rgba() for title in china & set(again)} == {PALETTE[0].rgba()}


def test_the_legend_names_each_colour_on_screen_and_in_a_picture(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    canvas = _open(qtbot, window, "Nothing", "Status")
    frame = canvas.current_frame()
    # The sample's statuses, each in the colour a status always has.
    assert frame.colour_legend.title == "Status:"
    assert frame.colour_legend.entries == (("Needs review (2)", PALETTE[1].rgba()),
                                           ("Verified (6)", PALETTE[2].rgba()))
    # A picture has the colours' line under the legend, and is taller by it.
    panel = window.timeline
    by_status, by_lane = tmp_path / "by-status.svg", tmp_path / "by-lane.svg"
    assert panel.export_to(by_status, 1400)
    panel.colours.setCurrentIndex(panel.colours.findText("Lane"))
    assert panel.export_to(by_lane, 1400)
    coloured, plain = (path.read_text(encoding="utf-8") for path in (by_status, by_lane))
    assert "Status:" in coloured and "Needs review (2)" in coloured
    assert "Status:" not in plain
    assert _height(coloured) > _height(plain)


def _height(svg: str) -> float:
    match = re.search(r'<svg[^>]* height="([0-9.]+)', svg)
    assert match is not None
    return float(match.group(1))


def test_the_lanes_colours_and_titles_chosen_are_there_next_time(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = _open(qtbot, window, "Country", "Status")
    window.timeline.native.setChecked(True)
    assert canvas.current_frame().colour_legend.title == "Status:"
    again = TimelinePanel(window.store)  # as the next start of the app makes it
    qtbot.addWidget(again)
    assert again.lanes.currentText() == "Country" and again.colours.currentText() == "Status"
    assert again.native.isChecked()
    frame = build_frame(again.data, canvas.current_viewport(), QFontMetricsF(again.font()))
    assert frame.lanes[0].lane.label == "China" and frame.colour_legend.title == "Status:"
    assert any(item.event.title == "世界人工智能大会"
               for box in frame.lanes for item in box.placed)
    # Lanes by participant are not: their participants were chosen in this database.
    monkeypatch.setattr(ParticipantChooser, "exec", lambda self: 0)  # closed, none ticked
    window.timeline.set_grouping("participant")
    later = TimelinePanel(window.store)
    qtbot.addWidget(later)
    assert later.lanes.currentText() == "Nothing" and later.colours.currentText() == "Status"



def test_choosing_participants_again_asks_for_them_again(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, ...]] = []

    def choose(chooser: ParticipantChooser) -> int:
        asked.append(chooser.chosen())
        chooser.list.item(len(asked) - 1).setCheckState(Qt.CheckState.Checked)
        return 1

    monkeypatch.setattr(ParticipantChooser, "exec", choose)
    canvas = _open(qtbot, window, "Nothing", "Lane")
    window.timeline.set_grouping("participant")
    assert len(asked) == 1 and len(window.timeline.data.grouping.participants) == 1
    # From the keyboard: open the lanes' list on "Participants…" and take it again.
    combo = window.timeline.lanes
    assert combo.currentText() == "Participants…"
    combo.setFocus()
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    assert len(asked) == 2 and len(asked[1]) == 1  # what was chosen, to change
    assert len(window.timeline.data.grouping.participants) == 2
    assert len(canvas.current_frame().lanes) == 2


def test_an_edit_recolours_the_event_at_once(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open(qtbot, window, "Nothing", "Status")
    title = next(title for title, colour in _dot_colours(canvas).items()
                 if colour.rgba() == PALETTE[2].rgba())  # a verified one
    event_id = next(item.event.id for box in canvas.current_frame().lanes
                    for item in box.placed if item.event.title == title)
    window.editor.apply(lambda ops: ops.update_event(event_id, {"status": "draft"}))
    assert _dot_colours(canvas)[title].rgba() == PALETTE[0].rgba()  # draft's blue
    legend = dict(canvas.current_frame().colour_legend.entries)
    assert legend["Draft (1)"] == PALETTE[0].rgba() and "Verified (5)" in legend


def test_clicking_a_colour_in_the_legend_shows_only_its_events(
        qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open(qtbot, window, "Country", "Status")
    legend = canvas.current_frame().colour_legend
    assert [text for text, _ in legend.entries] == ["Needs review (2)", "Verified (6)"]
    # Find the entry "Needs review" on screen, as the pointer would.
    bottom = canvas.height() - 1
    spot = next(QPoint(x, y) for y in range(bottom, bottom - 120, -3)
                for x in range(0, canvas.width(), 4)
                if canvas.colour_values_at(QPointF(x, y)) == ("needs_review",))
    assert "Click to show only these events" in canvas.tooltip_at(QPointF(spot))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=spot)
    assert window.filter_panel.event_filter.status == frozenset({"needs_review"})
    qtbot.waitUntil(lambda: window.events_model.rowCount() == 2)
    assert canvas.current_frame().in_view == 2
