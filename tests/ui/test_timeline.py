"""The timeline tab, driven as an analyst drives it: wheel, drag, keys, clicks."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import text

import desktop.core.timeline as timeline_core
import desktop.ui.timeline_data as timeline_data
from desktop.core.bootstrap import create_database
from desktop.core.changes import ChangeReport
from desktop.core.db import Store
from desktop.core.operations import Operations
from desktop.core.timeline_labels import Placed
from desktop.core.timeline_layout import Viewport
from desktop.ui.main_window import MainWindow
from desktop.ui.participant_chooser import ParticipantChooser
from desktop.ui.timeline_canvas import TimelineCanvas
from desktop.ui.timeline_data import TimelineData
from desktop.ui.timeline_frame import (
    AXIS_H,
    DENSITY_H,
    DENSITY_MAX_H,
    HEADER_W,
    MAX_ROWS,
    band_height,
    build_frame,
)
from desktop.ui.timeline_marks import mark_rect
from desktop.ui.timeline_paint import lane_top
from desktop.ui.timeline_panel import TimelinePanel
from desktop.ui.windowed_model import ID_ROLE
from tests.ui.conftest import search, titles, type_text


def _open_timeline(qtbot: QtBot, main: MainWindow) -> TimelineCanvas:
    main.tabs.setCurrentWidget(main.timeline)
    canvas = main.timeline.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.width() > HEADER_W)
    canvas.fit_all()
    return canvas


def _placed(canvas: TimelineCanvas, title_start: str) -> tuple[Placed, QPointF]:
    """An event's placement and the centre of its mark on the canvas."""
    frame = canvas.current_frame()
    for box in frame.lanes:
        for item in box.placed:
            if item.event.title.startswith(title_start):
                return item, mark_rect(item, box, lane_top(box, canvas.scroll_y)).center()
    raise AssertionError(f"{title_start!r} is not drawn")


def _wheel(canvas: TimelineCanvas, position: QPointF, steps: int) -> None:
    from PySide6.QtCore import QPoint as Point
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    event = QWheelEvent(position, canvas.mapToGlobal(position), Point(0, 0),
                        Point(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, event)


def _panel(qtbot: QtBot, store: Store, width: int, height: int) -> TimelinePanel:
    """The timeline on its own, shown at this size."""
    panel = TimelinePanel(store)
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _show_days(canvas: TimelineCanvas, first: date, days: int) -> None:
    start = first.toordinal()
    canvas.set_viewport(Viewport.fitting(start, start + days, canvas.lanes_width(), margin=0))


def test_wheel_zooms_around_the_pointer(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    before = canvas.current_viewport()
    pointer = QPointF(HEADER_W + 300, 120)
    day_under_pointer = before.day(300)
    _wheel(canvas, pointer, 2)
    after = canvas.current_viewport()
    assert after.end - after.start < (before.end - before.start) * 0.7
    assert abs(after.day(300) - day_under_pointer) < 0.01
    _wheel(canvas, pointer, -2)
    restored = canvas.current_viewport()
    assert abs((restored.end - restored.start) - (before.end - before.start)) < 1


def test_keys_pan_zoom_and_fit(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    start = canvas.current_viewport()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current_viewport().start > start.start
    qtbot.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert canvas.current_viewport().days_per_px < start.days_per_px
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert canvas.current_viewport() == start


def test_dragging_pans_the_view(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    before = canvas.current_viewport()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(HEADER_W + 400, 300))
    qtbot.mouseMove(canvas, QPoint(HEADER_W + 300, 300))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(HEADER_W + 300, 300))
    after = canvas.current_viewport()
    assert after.start == pytest.approx(before.start + 100 * before.days_per_px)


def test_a_month_only_event_is_drawn_across_its_month(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    item, _ = _placed(canvas, "Sberbank")
    viewport = canvas.current_viewport()
    assert item.event.is_partial
    assert item.x0 == pytest.approx(viewport.x(date(2025, 2, 1).toordinal()))
    assert item.x1 == pytest.approx(viewport.x(date(2025, 3, 1).toordinal()))
    point, _ = _placed(canvas, "2025 ASEAN-China Media")
    assert point.event.is_point and not point.event.is_partial


def test_selecting_on_the_timeline_selects_in_the_list_and_back(
        qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    item, centre = _placed(canvas, "China Signs AI Cooperation Pact")
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert window.selection.current == item.event.id
    assert window.events_view.currentIndex().data(ID_ROLE) == item.event.id
    assert window.form.title.text().startswith("China Signs AI Cooperation Pact")
    # ...and a row chosen in the list is the one the timeline highlights.
    window.tabs.setCurrentWidget(window.events_view)
    window.events_view.selectRow(0)
    first = window.events_model.index(0, 0).data(ID_ROLE)
    assert canvas.selected == first != item.event.id


def test_double_click_opens_the_event_for_editing(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    _, centre = _placed(canvas, "Sberbank")
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert window.form.title.text().startswith("Sberbank")
    assert window.form.title.hasFocus()


def test_country_lanes_show_the_sample_countries_with_counts(
        qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    window.timeline.set_grouping("country")
    with window.store.session() as session:
        expected = {country: count for country, count in session.execute(text(
            "SELECT country, count(*) FROM events GROUP BY country"))}
    lanes = {box.lane.key: box.lane.count for box in canvas.current_frame().lanes}
    assert lanes == expected
    labels = [box.lane.label for box in canvas.current_frame().lanes]
    assert labels[0] == "China" and "Laos" in labels


def test_place_lanes_show_each_place_as_written_with_its_events(
        qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    panel = window.timeline
    panel.lanes.setCurrentIndex(panel.lanes.findText("Place"))  # as the analyst chooses it
    qtbot.waitUntil(lambda: any(box.lane.label == "Vientiane"
                                for box in canvas.current_frame().lanes))
    with window.store.session() as session:
        expected = {place: count for place, count in session.execute(text(
            "SELECT place, count(*) FROM events GROUP BY place"))}
    lanes = {box.lane.key: box.lane.count for box in canvas.current_frame().lanes}
    assert lanes == expected
    labels = {box.lane.label for box in canvas.current_frame().lanes}
    assert {"Vientiane", "Phnom Penh"} <= labels
    assert ("(no place)" in labels) == ("" in expected)


def test_lanes_by_participants_country_show_where_the_participants_come_from(
        qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    panel = window.timeline
    panel.lanes.setCurrentIndex(panel.lanes.findText("Participants' country"))
    with window.store.session() as session:
        expected = {country: count for country, count in session.execute(text(
            "SELECT p.country, count(DISTINCT l.event_id) FROM event_participants AS l "
            "JOIN participants AS p ON p.id = l.participant_id "
            "WHERE p.country IS NOT NULL AND p.country != '' GROUP BY p.country"))}
    lanes = {box.lane.key: box.lane.count for box in canvas.current_frame().lanes}
    assert {key: count for key, count in lanes.items() if key} == expected
    assert canvas.current_frame().lanes[0].lane.label == "China"
    # An event sits in the lane of each country: the totals count lane entries.
    assert panel.info.text().endswith(f"· {sum(lanes.values())} in lanes")
    # Another search keeps the participants' countries read; an edit reads them again.
    kept = panel.data._countries
    assert kept is not None
    search(qtbot, window, "ASEAN")
    canvas.current_frame()
    assert panel.data._countries is kept
    search(qtbot, window, "")
    with window.store.session() as session:
        laos = session.execute(text(
            "SELECT id FROM participants WHERE name = 'Laos'")).scalar_one()
    window.editor.apply(lambda ops: ops.update_participant(laos, {"country": "TH"}), "TH")
    after = {box.lane.key: box.lane.count for box in canvas.current_frame().lanes}
    assert panel.data._countries is not kept
    assert after.get("LA", 0) < lanes["LA"] and after["TH"] > lanes["TH"]
    window.editor.undo_stack.undo()
    # The ten ASEAN members took part in the media forum: each has its lane.
    assert {"Brunei Darussalam", "Vietnam", "Laos"} <= {
        box.lane.label for box in canvas.current_frame().lanes}


def test_clicking_a_lane_header_folds_it(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    window.timeline.set_grouping("country")
    china = canvas.current_frame().lanes[0]
    top = lane_top(china, canvas.scroll_y)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(40, int(top + 8)))
    folded = canvas.current_frame().lanes[0]
    assert folded.collapsed and folded.height < china.height and not folded.placed


def test_a_lane_header_tells_its_full_name_count_and_crowded_last_row(
        qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    window.timeline.set_grouping("country")
    long_name = "a long engagement title " * 3

    def crowd(ops: Operations) -> ChangeReport:
        with ops.batch() as report:  # one day in Laos, far more than its rows hold
            for number in range(40):
                ops.create_event({"title": f"{long_name}{number}", "date": "2030-03-03",
                                  "country": "LA"})
        return report
    window.editor.apply(crowd)
    day = date(2030, 3, 3).toordinal()
    canvas.set_viewport(Viewport.fitting(day - 10, day + 10, canvas.current_viewport().width))
    laos = next(box for box in canvas.current_frame().lanes if box.lane.label == "Laos")
    assert laos.overflow > 0
    header = QPointF(40, lane_top(laos, canvas.scroll_y) + 8)
    tip = canvas.tooltip_at(header)
    assert "<b>Laos</b>" in tip and "41 events in all" in tip
    assert f"The last row holds {laos.overflow:,} more" in tip
    # A header without a crowded row says only its name and count.
    china = next(box for box in canvas.current_frame().lanes if box.lane.label == "China")
    quiet = canvas.tooltip_at(QPointF(40, lane_top(china, canvas.scroll_y) + 8))
    assert "<b>China</b>" in quiet and "last row" not in quiet
    brazil = next(box for box in canvas.current_frame().lanes if box.lane.label == "Brazil")
    alone = canvas.tooltip_at(QPointF(40, lane_top(brazil, canvas.scroll_y) + 8))
    assert alone.startswith("<b>Brazil</b><br>1 event in all<br>")


def test_the_timeline_follows_the_search_and_edits(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    search(qtbot, window, "Laos")
    drawn = {item.event.title for box in canvas.current_frame().lanes for item in box.placed}
    assert drawn == set(titles(window)) and 0 < len(drawn) < 8
    item, _ = _placed(canvas, "China and Laos")
    window.editor.apply(lambda ops: ops.update_event(item.event.id, {"date": "2024-01-15"}))
    canvas.fit_all()
    moved, _ = _placed(canvas, "China and Laos")
    assert moved.event.start == date(2024, 1, 15).toordinal()


def test_tooltip_gives_title_date_place_and_roles(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    _, centre = _placed(canvas, "2025 ASEAN-China Media")
    tip = canvas.tooltip_at(centre)
    assert "2025 ASEAN-China Media Cooperation Forum" in tip
    assert "2025-05-25" in tip and "25 May 2025" in tip
    assert "speaker" in tip and "Shi Zhongjun" in tip


def test_native_titles_label_the_events_that_have_one_and_the_tooltip_gives_it(
        qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    _, centre = _placed(canvas, "8th World Artificial Intelligence Conference")
    assert "世界人工智能大会" in canvas.tooltip_at(centre)  # under its title
    window.timeline.native.click()  # for a picture in a report in Chinese
    waic, _ = _placed(canvas, "世界人工智能大会")
    assert waic.event.native_title == "世界人工智能大会"
    _placed(canvas, "2025 ASEAN-China Media")  # none: its title stays
    window.timeline.native.click()
    _placed(canvas, "8th World Artificial Intelligence Conference")


def test_exported_png_and_svg_show_the_sample(qtbot: QtBot, window: MainWindow,
                                              tmp_path: Path) -> None:
    _open_timeline(qtbot, window)
    png, svg = tmp_path / "timeline.png", tmp_path / "timeline.svg"
    assert window.timeline.export_to(png, 1800)
    assert window.timeline.export_to(svg, 1200)
    assert window.statusBar().currentMessage().startswith(f"Saved {svg}")
    image = QImage(str(png))
    assert image.width() == 1800 and image.height() > 150
    colours = {image.pixel(x, y) for x in range(0, 1800, 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20  # marks, text and lanes, not a blank picture
    document = svg.read_text(encoding="utf-8")
    assert document.startswith("<?xml") and "<svg" in document
    assert "Sberbank" in document and "disputed" in document  # a title and the legend
    assert "chosen in the list" in document  # what the halo means
    assert not list(tmp_path.glob(".*partial"))


def test_a_failed_picture_export_leaves_no_file(qtbot: QtBot, window: MainWindow,
                                                tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _open_timeline(qtbot, window)
    messages: list[str] = []
    monkeypatch.setattr("desktop.ui.timeline_panel.QMessageBox.warning",
                        lambda _parent, _title, message: messages.append(message))
    folder = tmp_path / "pictures"
    folder.mkdir()
    assert not window.timeline.export_to(folder / "timeline.gif", 1600)
    assert "png or .svg" in messages[0]
    (folder / "notes.txt").write_text("a file, not a folder")
    assert not window.timeline.export_to(folder / "notes.txt" / "timeline.png", 1600)
    assert len(messages) == 2 and "notes.txt" in messages[1]
    # A write that fails half-way (a full disk) leaves nothing behind either.
    monkeypatch.setattr("desktop.ui.picture_file.QImageWriter.write", lambda *_: False)
    assert not window.timeline.export_to(folder / "timeline.png", 1600)
    assert "Could not write" in messages[2]
    assert [path.name for path in folder.iterdir()] == ["notes.txt"]


@pytest.fixture
def big_panel(qtbot: QtBot, tmp_path: Path) -> Iterator[TimelinePanel]:
    """A timeline over 100 000 events, written straight into the table (the
    timeline reads only the events table; the search index is not needed)."""
    store = create_database(tmp_path / "big.sqlite", sample=False)
    first = date(2000, 1, 1)
    rows = []
    for seq in range(1, 100_001):
        day = first + timedelta(days=seq * 7919 % 9000)
        rows.append((seq, f"Event {seq}", day.isoformat(), day.isoformat(), day.isoformat(),
                     "day", "", "", "", "draft", "", f"00000000-0000-0000-0000-{seq:012d}",
                     "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z", ""))
    connection = sqlite3.connect(store.path)
    connection.executemany(
        "INSERT INTO events (seq, title, date_edtf, date_start, date_end, date_precision, "
        "date_note, place, summary, status, notes, id, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.commit()
    connection.close()
    panel = _panel(qtbot, store, 1400, 700)
    panel.canvas.current_frame()
    qtbot.waitUntil(lambda: panel.data.read_once)  # the first lanes, read beside the window
    yield panel
    store.close()


def test_100k_events_zoom_without_materialising_them(qtbot: QtBot, big_panel: TimelinePanel,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []
    real = timeline_core._timeline_event
    monkeypatch.setattr(timeline_core, "_timeline_event",
                        lambda *row: made.append(1) or real(*row))
    canvas = big_panel.canvas
    canvas.fit_all()
    canvas.repaint()
    frame = canvas.current_frame()
    assert frame.density and frame.in_view == 100_000 and made == []
    assert frame.drawn <= canvas.lanes_width()  # bins, not events
    # A density band has no labels to keep room for: its last bin is near the edge.
    extent = big_panel.data.extent()
    assert extent is not None
    span = frame.viewport.end - frame.viewport.start
    assert frame.viewport.end - extent[1] < 0.05 * span
    _wheel(canvas, QPointF(HEADER_W + 500, 200), 1)
    canvas.repaint()
    assert canvas.current_frame().density and made == [] and big_panel.data.queries == 0
    # Zoomed to a month, the few events there are read, and only those.
    month = date(2010, 6, 1).toordinal()
    canvas.set_viewport(Viewport.fitting(month, month + 30, canvas.lanes_width(), margin=0))
    canvas.repaint()
    frame = canvas.current_frame()
    assert not frame.density and 0 < len(frame.lanes[0].placed) < 1000
    assert len(made) <= 3 * len(frame.lanes[0].placed) + 50


def test_a_lone_density_band_takes_its_share_of_the_pane(qtbot: QtBot,
                                                         big_panel: TimelinePanel) -> None:
    """A band 44 pixels high above an empty pane showed the busy and the quiet
    months a few pixels apart; alone, or among a few lanes, it takes their share."""
    canvas = big_panel.canvas
    canvas.fit_all()
    canvas.repaint()
    frame = canvas.current_frame()
    lane = frame.lanes[0]
    assert frame.density and len(frame.lanes) == 1
    assert lane.height == DENSITY_MAX_H <= canvas.lanes_room()
    # Among many lanes, each keeps the height it had; a few share the pane.
    assert band_height(30, canvas.lanes_room()) == DENSITY_H
    assert DENSITY_H < band_height(3, 540) == 180 < DENSITY_MAX_H


def test_double_clicking_a_density_band_zooms_in_around_it(qtbot: QtBot,
                                                            big_panel: TimelinePanel) -> None:
    canvas = big_panel.canvas
    canvas.fit_all()
    canvas.repaint()
    before = canvas.current_viewport()
    lane = canvas.current_frame().lanes[0]
    assert lane.bins is not None
    x = 400
    spot = QPoint(HEADER_W + x, int(AXIS_H + lane.top + lane.height / 2))
    day = before.day(x)
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=spot)
    after = canvas.current_viewport()
    assert after.days_per_px < before.days_per_px / 2
    assert abs(after.day(x) - day) < after.days_per_px  # the spot stays under the pointer
    # In the header, a double-click zooms nothing.
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(40, spot.y()))
    assert canvas.current_viewport() == after


def test_a_month_crowded_by_year_long_events_is_drawn_as_density_without_reading_them(
        qtbot: QtBot, ops: Operations, monkeypatch: pytest.MonkeyPatch) -> None:
    """Year-only dates overlap every month of their year: a month they crowd
    past the limit is drawn as density from the index, and however often it
    is repainted its events are never read."""
    monkeypatch.setattr(timeline_data, "EVENT_LIMIT", 4)
    for number in range(5):
        ops.create_event({"title": f"Year-long {number}", "date": "2024"})
    ops.create_event({"title": "One day in March", "date": "2024-03-10"})
    ops.create_event({"title": "Ongoing since 2023", "date": "2023-05-01/.."})
    panel = _panel(qtbot, ops.store, 1200, 600)
    canvas = panel.canvas
    _show_days(canvas, date(2024, 3, 1), 31)
    for _ in range(3):
        canvas.repaint()
    frame = canvas.current_frame()
    assert frame.density and frame.in_view == 6 and panel.data.queries == 0
    # A month with few events overlapping it is read once and drawn event by event.
    may_2023 = date(2023, 5, 1).toordinal()
    canvas.set_viewport(Viewport.fitting(may_2023, may_2023 + 31, canvas.lanes_width(),
                                         margin=0))
    for _ in range(3):
        canvas.repaint()
    frame = canvas.current_frame()
    assert not frame.density and panel.data.queries == 1
    assert [item.event.title for box in frame.lanes for item in box.placed] == [
        "Ongoing since 2023"]


def test_lanes_below_the_screen_are_laid_out_when_scrolled_to(
        qtbot: QtBot, ops: Operations) -> None:
    """Only the lanes on screen (and a screen below) are packed; scrolling
    down packs the rest, and the lanes above them stay where they were."""
    countries = ("CN", "LA", "KH", "BR", "IN", "RU", "ID", "TH", "VN", "MY", "PH", "SG",
                 "MM", "KE", "ZA", "EG", "NG", "PK", "BD", "LK")
    for number, country in enumerate(countries):
        for day in range(1, 4):
            ops.create_event({"title": f"{country} meeting {day}", "country": country,
                              "date": f"2024-03-{day + number % 5:02d}"})
    panel = _panel(qtbot, ops.store, 1000, 320)
    panel.data.set_grouping(timeline_core.Grouping("country"))
    canvas = panel.canvas
    canvas.refresh()
    canvas.fit_all()
    canvas.repaint()
    frame = canvas.current_frame()
    waiting = [box for box in frame.lanes if not box.laid_out]
    assert frame.lanes[0].laid_out and waiting, "the last lanes wait below the screen"
    assert all(not box.placed for box in waiting)
    tops = {box.lane.key: box.top for box in frame.lanes if box.laid_out}
    canvas.scroll_lanes(10_000)
    canvas.repaint()
    frame = canvas.current_frame()
    assert all(box.laid_out for box in frame.lanes)
    assert {box.lane.key: box.top for box in frame.lanes if box.lane.key in tops} == tops
    last = frame.lanes[-1]
    assert len(last.placed) == 3 and canvas.scroll_y > 0
    # What is drawn at the bottom is the last lane's events, found under the pointer.
    _item, centre = _placed(canvas, last.placed[0].event.title)
    found = canvas.event_at(centre)
    assert found is not None and found.event.lane == last.lane.key


def test_marks_keep_their_rows_while_the_view_pans(qtbot: QtBot, ops: Operations) -> None:
    """Pressing → moves the marks sideways: an event that stays in view stays
    in its row, though packing the new range afresh would move some."""
    words = ("Forum", "Joint centre opening", "Summit on trade", "Signing",
             "Working group on standards and measurement", "Visit", "Expo")
    for number in range(40):
        ops.create_event({"title": f"{words[number * 5 % 7]} {number}",
                          "date": (date(2024, 3, 1) + timedelta(days=number * 3 // 2))
                          .isoformat()})
    panel = _panel(qtbot, ops.store, 1000, 500)
    canvas = panel.canvas
    _show_days(canvas, date(2024, 3, 1), 30)
    canvas.repaint()

    def rows() -> dict[int, int]:
        return {item.event.seq: item.row for box in canvas.current_frame().lanes
                for item in box.placed}

    stayed = 0
    for _ in range(6):
        before = rows()
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
        canvas.repaint()
        after = rows()
        common = before.keys() & after.keys()
        assert {seq: after[seq] for seq in common} == {seq: before[seq] for seq in common}
        stayed += len(common)
    assert stayed > 60 and max(rows().values()) >= 2  # crowded enough to need rows
    # Zooming in packs afresh, as a timeline that never panned would: the lane
    # spreads out over fewer rows, not kept as tall as the wider view needed.
    crowded = max(rows().values())
    for _ in range(3):
        qtbot.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        canvas.repaint()
        afresh = build_frame(TimelineData(ops.store), canvas.current_viewport(),
                             QFontMetricsF(canvas.font()), max_rows=canvas.rows_per_lane())
        assert rows() == {item.event.seq: item.row for box in afresh.lanes
                          for item in box.placed}
    assert max(rows().values()) < crowded


def test_a_lone_lane_spreads_its_marks_over_the_pane(qtbot: QtBot, ops: Operations) -> None:
    """Forty events of the same three days need forty rows: a lane alone in
    the pane gets the rows the pane has room for, not eight and "+32 more in
    the last row" above an empty pane; lanes sharing it keep eight each."""
    countries = ("CN", "LA", "KH", "TH", "VN")
    for number in range(40):
        ops.create_event({"title": f"Meeting {number}", "date": "2024-03-04/2024-03-06",
                          "country": countries[number % 5]})
    panel = _panel(qtbot, ops.store, 1000, 800)
    canvas = panel.canvas
    _show_days(canvas, date(2024, 3, 1), 10)
    lane = canvas.current_frame().lanes[0]
    assert lane.overflow < 40 - MAX_ROWS - 8  # rows for at least eight more
    assert AXIS_H + lane.top + lane.height <= AXIS_H + canvas.lanes_room()  # all on screen
    panel.set_grouping("country")
    frame = canvas.current_frame()
    assert len(frame.lanes) == 5 and frame.max_rows == MAX_ROWS


def test_painting_for_a_long_session_keeps_the_process_alive(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    """Some PySide6 builds drop a reference to None on QPainter calls, which
    aborts the process after a few thousand repaints on Python 3.11: repaint
    the timeline many times and check None's reference count holds."""
    canvas = _open_timeline(qtbot, window)
    window.timeline.set_grouping("country")
    canvas.repaint()
    before = sys.getrefcount(None)
    for _ in range(50):
        canvas.frame = None
        canvas.repaint()
    assert sys.getrefcount(None) >= before - 50


def test_participant_lanes_show_when_each_chosen_participant_appears(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = _open_timeline(qtbot, window)

    def choose(chooser: ParticipantChooser) -> int:
        # As an analyst would: search in another script, tick, search again, tick.
        for query in ("国家发展改革委", "China International Communications"):
            type_text(qtbot, chooser.search, query)
            item = chooser.list.item(0)
            item.setCheckState(Qt.CheckState.Checked)
            chooser.search.clear()
        return 1

    monkeypatch.setattr(ParticipantChooser, "exec", choose)
    window.timeline.set_grouping("participant")
    lanes = {box.lane.label: box.lane.count for box in canvas.current_frame().lanes}
    assert lanes == {"National Development and Reform Commission (国家发展和改革委员会)": 2,
                     "China International Communications Group (中國外文局)": 1}
    # A name too long for the header is shown by its acronym, not cut short;
    # the header's tooltip still names it in full.
    drawn = _texts_painted(canvas)
    assert "▾ NDRC (国家发展和改革委员会)" in drawn and "▾ CICG (中國外文局)" in drawn
    ndrc = next(box for box in canvas.current_frame().lanes if box.lane.count == 2)
    tip = canvas.tooltip_at(QPointF(40, lane_top(ndrc, canvas.scroll_y) + 8))
    assert "National Development and Reform Commission" in tip


def _texts_painted(canvas: TimelineCanvas) -> list[str]:
    """The texts the canvas's frame paints, as a picture of it does."""
    from PySide6.QtGui import QImage, QPainter, QStaticText

    from desktop.ui.timeline_paint import paint_frame

    texts: list[str] = []

    class Recorder(QPainter):
        def drawStaticText(self, *args: object) -> None:  # type: ignore[override]
            static = args[-1]
            assert isinstance(static, QStaticText)
            texts.append(static.text())
            super().drawStaticText(*args)  # type: ignore[call-overload]

    image = QImage(canvas.width(), canvas.height(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = Recorder(image)
    painter.setFont(canvas.font())
    paint_frame(painter, canvas.current_frame(), canvas.width(), canvas.height())
    painter.end()
    return texts


def test_go_to_date_centres_on_it(qtbot: QtBot, window: MainWindow,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = _open_timeline(qtbot, window)
    canvas.zoom(8)
    monkeypatch.setattr("desktop.ui.timeline_panel.QInputDialog.getText",
                        lambda *args, **kwargs: ("28 July 2025", True))
    canvas.setFocus()
    before = window.timeline.info.text()
    qtbot.keyClick(canvas, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    viewport = canvas.current_viewport()
    middle = (viewport.start + viewport.end) / 2
    assert abs(middle - (date(2025, 7, 28).toordinal() + 0.5)) < 1
    after = window.timeline.info.text()  # the tool row follows: the days now in view
    assert after != before and " 2025 · " in after


def test_go_to_date_reads_today(qtbot: QtBot, window: MainWindow,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """As the date field does: "today" was "not a month name or a date word"."""
    canvas = _open_timeline(qtbot, window)
    answers = iter([("today", True)])  # asked again, the dialog is cancelled
    monkeypatch.setattr("desktop.ui.timeline_panel.QInputDialog.getText",
                        lambda *args, **kwargs: next(answers, ("", False)))
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    viewport = canvas.current_viewport()
    middle = (viewport.start + viewport.end) / 2
    assert abs(middle - (date.today().toordinal() + 0.5)) < 1


def test_the_tool_row_says_the_days_in_view_in_words(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    window.resize(2000, window.height())  # room for the whole line
    qtbot.wait(20)
    start = date(2025, 7, 28).toordinal()
    canvas.set_viewport(Viewport.fitting(start, start + 3, canvas.lanes_width(), margin=0))
    qtbot.wait(20)
    info = window.timeline.info
    assert info.text() == "28–30 July 2025 · 1 event" and info.shown_text() == info.text()
    canvas.set_viewport(Viewport.fitting(start, start + 10, canvas.lanes_width(), margin=0))
    qtbot.wait(20)
    assert info.text().startswith("28 July – 6 August 2025 · ")


def test_fit_all_leaves_the_last_event_room_for_its_label(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)  # a 1400-pixel window: lanes ~500 px wide
    assert canvas.lanes_width() < 660
    waic, _ = _placed(canvas, "8th World Artificial Intelligence Conference")  # the last
    assert waic.label.startswith("8th World")


def test_empty_lanes_say_why_as_the_list_does(qtbot: QtBot, window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = _open_timeline(qtbot, window)
    assert canvas.empty_message() == ""  # the sample's lanes are drawn
    search(qtbot, window, "nothing is called this")
    canvas.refresh(edited=False)
    message = canvas.empty_message()
    assert message.startswith("No event matches the search and filters.")
    image = canvas.grab().toImage()
    top = int(AXIS_H + 30)  # the message's first line, on white, in the lanes' middle
    row = {image.pixel(x, top + 4) for x in range(HEADER_W, canvas.width(), 2)}
    assert len(row) > 15  # the shades of letters, not only the grid on an empty lane area
    # Lanes by participant, none chosen yet: that is what the lanes say.
    search(qtbot, window, "")
    monkeypatch.setattr(ParticipantChooser, "exec", lambda self: 0)  # closed, none ticked
    window.timeline.set_grouping("participant")
    assert canvas.empty_message().startswith("No participant is chosen: “Participants…” in")


def test_go_to_date_asks_again_with_the_reason(qtbot: QtBot, window: MainWindow,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = _open_timeline(qtbot, window)
    asked: list[tuple[str, str]] = []
    answers = iter(["31 February 2025", "February 2025"])

    def answer(_parent, _title, label, **kwargs):  # type: ignore[no-untyped-def]
        asked.append((label, kwargs.get("text", "")))
        return next(answers), True

    monkeypatch.setattr("desktop.ui.timeline_panel.QInputDialog.getText", answer)
    window.timeline.ask_date()
    assert len(asked) == 2
    reason, typed = asked[1]
    assert "31" in reason and "February" in reason.splitlines()[0]  # why, then the prompt
    assert reason.endswith(asked[0][0]) and typed == "31 February 2025"
    viewport = canvas.current_viewport()
    middle = (viewport.start + viewport.end) / 2
    assert date(2025, 2, 1).toordinal() <= middle <= date(2025, 3, 1).toordinal()


def test_the_overview_strip_moves_the_view(qtbot: QtBot, window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    canvas.zoom(20)
    strip = window.timeline.overview
    span = strip.span()
    assert span is not None
    target = date(2024, 9, 1).toordinal()
    x = HEADER_W + (target - span[0]) / (span[1] - span[0]) * (strip.width() - HEADER_W)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(int(x), 10))
    viewport = canvas.current_viewport()
    assert abs((viewport.start + viewport.end) / 2 - target) < (span[1] - span[0]) / 100


def test_an_event_chosen_in_the_list_is_brought_into_view(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    canvas = _open_timeline(qtbot, window)
    month = date(2024, 1, 1).toordinal()
    canvas.set_viewport(Viewport.fitting(month, month + 31, canvas.lanes_width(), margin=0))
    window.tabs.setCurrentWidget(window.events_view)
    row = next(row for row in range(window.events_model.rowCount())
               if str(window.events_model.index(row, 1).data()).startswith("Sberbank"))
    window.events_view.selectRow(row)
    window.tabs.setCurrentWidget(window.timeline)
    item, _ = _placed(canvas, "Sberbank")
    assert canvas.selected == item.event.id
    assert item.x1 >= 0 and item.x0 <= canvas.current_viewport().width


def _halo_at(canvas: TimelineCanvas, title_start: str) -> bool:
    """Whether the selection colour shows just above the event's mark."""
    item, _ = _placed(canvas, title_start)
    frame = canvas.current_frame()
    box = next(box for box in frame.lanes if item in box.placed)
    rect = mark_rect(item, box, lane_top(box, canvas.scroll_y))
    colour = canvas.grab().toImage().pixelColor(int(rect.center().x()), int(rect.top() - 2))
    return colour.blue() > colour.red() + 40


def test_the_events_chosen_in_the_list_are_marked_and_ctrl_click_chooses_more(
        qtbot: QtBot, window: MainWindow) -> None:
    rows = {str(window.events_model.index(row, 1).data())[:20]: row
            for row in range(window.events_model.rowCount())}
    first, second, third = "Sberbank Cooperates ", "China Signs AI Coope", "2025 ASEAN-China Med"
    window.events_view.selectRow(rows[first])
    view = window.events_view
    rect = view.visualRect(window.events_model.index(rows[second], 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, rect.center())
    canvas = _open_timeline(qtbot, window)
    assert canvas.chosen == {_placed(canvas, first)[0].event.id,
                             _placed(canvas, second)[0].event.id}
    assert _halo_at(canvas, first) and _halo_at(canvas, second)
    assert not _halo_at(canvas, third)
    current = window.selection.current
    _, centre = _placed(canvas, third)
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     centre.toPoint())
    assert window.count_label.text() == "8 events, 3 selected"
    assert _halo_at(canvas, third) and window.selection.current == current
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     centre.toPoint())
    assert window.count_label.text() == "8 events, 2 selected" and not _halo_at(canvas, third)
    # A plain click chooses that event alone, here and in the list.
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert window.count_label.text() == "8 events" and canvas.chosen == frozenset()
    assert not _halo_at(canvas, first)


def test_a_range_without_events_says_where_the_nearest_are(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    """Zoomed in on an empty month, the lanes were blank, with no word of which
    way the events are."""
    canvas = _open_timeline(qtbot, window)
    _show_days(canvas, date(2025, 4, 1), 30)
    assert canvas.current_frame().in_view == 0
    # Sberbank's month-only February 2025 before, the forum of 25 May 2025 after
    assert canvas.empty_message() == (
        "No event in 1–30 April 2025. The nearest are on 28 February 2025 (before) and "
        "25 May 2025 (after). Home shows every event.")
    _show_days(canvas, date(2030, 1, 1), 30)  # past the last: only one side
    assert "The nearest are on 30 July 2025 (before). " in canvas.empty_message()
    _show_days(canvas, date(2025, 5, 20), 10)
    assert canvas.empty_message() == ""  # the forum is in view
