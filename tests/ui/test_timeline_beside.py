"""In a large database the timeline's lanes are read beside the window: after
a search the picture before stays until the new lanes come, then they are
drawn; a picture or a step along a lane reads them at once."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.bootstrap import create_database
from desktop.core.operations import Operations
from desktop.ui import latest_query, timeline_data
from desktop.ui.app import open_for_window
from desktop.ui.main_window import MainWindow
from desktop.ui.timeline_canvas import TimelineCanvas
from desktop.ui.timeline_frame import HEADER_W


def _search(window: MainWindow, text: str) -> None:
    window.search_box.setText(text)
    window.search_box.flush()


def _lane_counts(canvas: TimelineCanvas) -> dict[str, int]:
    return {box.lane.key: box.lane.count for box in canvas.current_frame().lanes}


def window_over(qtbot: QtBot, tmp_path: Path, events: list[dict[str, str]]) -> MainWindow:
    """The window shown over a new database of ``events``."""
    path = tmp_path / "many.sqlite"
    store = create_database(path)
    Operations(store, "test").bulk_import([], events)
    store.close()
    store, note = open_for_window(path, "sample")
    main = MainWindow(store, note=note, analyst="Tester")
    qtbot.addWidget(main)
    main.resize(1400, 820)
    main.show()
    qtbot.waitExposed(main)
    return main


def lanes_fail_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The next read of the lanes fails as a damaged disk does; those after it do not."""
    failed: list[int] = []
    real = timeline_data.load_density

    def failing_once(*args: Any, **kwargs: Any) -> Any:
        if not failed:
            failed.append(1)
            raise sqlite3.OperationalError("disk I/O error")
        return real(*args, **kwargs)

    monkeypatch.setattr(timeline_data, "load_density", failing_once)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    # 600 events read beside, as 10 000 are: the same path, quicker to make.
    monkeypatch.setattr(latest_query, "BESIDE_FROM", 100)
    main = window_over(qtbot, tmp_path, [
        {"title": f"{'Summit' if i % 3 == 0 else 'Forum'} {i:04d}",
         "date": f"20{10 + i % 12}-0{1 + i % 9}-1{i % 10}", "country": "CN" if i % 2 else "LA"}
        for i in range(600)])
    main.tabs.setCurrentWidget(main.timeline)
    qtbot.waitUntil(lambda: main.timeline.canvas.width() > HEADER_W)
    main.timeline.set_grouping("country")  # read beside too
    qtbot.waitUntil(lambda: "CN" in _lane_counts(main.timeline.canvas))
    yield main
    main.close()
    main.store.close()


def test_after_a_search_the_lanes_before_stay_until_the_new_ones_come(
        qtbot: QtBot, window: MainWindow) -> None:
    canvas = window.timeline.canvas
    assert _lane_counts(canvas) == {"CN": 300, "LA": 300}
    _search(window, "Summit")
    assert window.events_model.rowCount() == 200  # the list at once
    assert window.timeline.data.pending
    assert _lane_counts(canvas) == {"CN": 300, "LA": 300}  # the picture before
    assert window.timeline.info.text().endswith("· 600 events · reading…")
    qtbot.waitUntil(lambda: _lane_counts(canvas) == {"CN": 100, "LA": 100})
    assert not window.timeline.data.pending
    assert window.timeline.info.text().endswith("· 200 events")
    # Searches one after another: the lanes shown are the last one's.
    for text in ("Forum", "Summit", "Forum"):
        _search(window, text)
    qtbot.waitUntil(lambda: not window.timeline.data.pending)
    assert _lane_counts(canvas) == {"CN": 200, "LA": 200}


def test_a_picture_taken_while_the_lanes_are_read_shows_the_new_ones(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    canvas = window.timeline.canvas
    _search(window, "Summit")
    assert window.timeline.data.pending
    assert window.timeline.export_to(tmp_path / "summits.png", 1200)
    assert not window.timeline.data.pending  # read at once for the picture
    assert _lane_counts(canvas) == {"CN": 100, "LA": 100}


def test_closing_while_the_lanes_are_read(qtbot: QtBot, window: MainWindow) -> None:
    _search(window, "Summit")
    assert window.timeline.data.pending
    window.close()
    reader = window.timeline.data.reader
    assert reader is not None and not reader.busy  # ended before the store is closed


def test_a_read_beside_that_fails_is_said_and_made_again_at_once(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = window.timeline.canvas
    lanes_fail_once(monkeypatch)
    with qtbot.captureExceptions() as exceptions:
        _search(window, "Summit")
        # Not "reading…" for ever: read again at once, the lanes drawn.
        qtbot.waitUntil(lambda: _lane_counts(canvas) == {"CN": 100, "LA": 100})
    assert [str(error) for _, error, _ in exceptions] == ["disk I/O error"]
    assert not window.timeline.data.pending
