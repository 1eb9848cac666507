"""The first time the timeline is shown in a large database its lanes are read
beside the window too: the tab shows at once, saying it is reading, then the
whole range is fitted — or the event selected in the list is brought into view."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui import latest_query, timeline_data
from desktop.ui.main_window import MainWindow
from tests.ui.test_timeline_beside import lanes_fail_once, window_over
from tests.ui.test_timeline_keys import _on_screen

# Twenty lanes by country, more than the pane shows: Viet Nam's is the last.
COUNTRIES = ("CN", "LA", "KH", "TH", "VN", "MY", "ID", "PH", "SG", "MM",
             "BN", "IN", "PK", "BD", "LK", "NP", "JP", "KR", "MN", "BR")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
           ) -> Iterator[MainWindow]:
    # 600 events read beside, as 10 000 are; each read takes a while, as at 100 000.
    monkeypatch.setattr(latest_query, "BESIDE_FROM", 100)
    real = timeline_data.load_density

    def slow(*args: Any, **kwargs: Any) -> Any:
        time.sleep(0.3)
        return real(*args, **kwargs)

    monkeypatch.setattr(timeline_data, "load_density", slow)
    main = window_over(qtbot, tmp_path, [
        {"title": f"Forum {i:04d}", "date": f"20{10 + i % 12}-0{1 + i % 9}-1{i % 10}",
         "country": COUNTRIES[i % len(COUNTRIES)]}
        for i in range(600)])
    yield main
    main.close()
    main.store.close()


def test_the_first_lanes_are_read_beside_and_the_whole_range_fitted(
        qtbot: QtBot, window: MainWindow) -> None:
    assert window.selection.current is None
    window.tabs.setCurrentWidget(window.timeline)
    data, canvas = window.timeline.data, window.timeline.canvas
    assert data.pending and not data.read_once  # the tab shown before its lanes are read
    assert canvas.empty_message() == "Reading the events' dates…"
    qtbot.waitUntil(lambda: data.read_once, timeout=5000)
    frame = canvas.current_frame()
    assert frame.in_view == 600 and canvas.empty_message() == ""
    extent = data.extent()
    assert extent is not None
    assert frame.viewport.start <= extent[0] and extent[1] <= frame.viewport.end


def test_the_event_selected_in_the_list_is_brought_into_view_once_the_lanes_come(
        qtbot: QtBot, window: MainWindow) -> None:
    model = window.events_model
    row = next(row for row in range(model.rowCount())
               if model.index(row, 1).data() == "Forum 0364")  # Viet Nam, 2016-06-15
    window.events_view.setCurrentIndex(model.index(row, 0))
    chosen = window.selection.current
    assert chosen is not None
    window.timeline.set_grouping("country")
    window.tabs.setCurrentWidget(window.timeline)
    data, canvas = window.timeline.data, window.timeline.canvas
    assert data.pending and not data.read_once
    qtbot.waitUntil(lambda: data.read_once, timeout=5000)
    assert data.lanes[-1].key == "VN" and len(data.lanes) == 20
    # The lanes scrolled down to Viet Nam's, the event's mark drawn there.
    assert canvas.selected == chosen and canvas.scroll_y > 0 and _on_screen(canvas, chosen)


def test_a_first_read_that_fails_is_said_and_made_again_at_once(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    lanes_fail_once(monkeypatch)
    data, canvas = window.timeline.data, window.timeline.canvas
    with qtbot.captureExceptions() as exceptions:
        window.tabs.setCurrentWidget(window.timeline)
        assert data.pending
        qtbot.waitUntil(lambda: data.read_once, timeout=5000)
    assert [str(error) for _, error, _ in exceptions] == ["disk I/O error"]
    assert not data.pending and canvas.current_frame().in_view == 600  # the whole range
