"""What an empty list says: where to begin, or why a search found nothing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.app import open_for_window
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import search


def _drawn_text(view) -> str:  # type: ignore[no-untyped-def]
    return view.empty_text() if view.model().rowCount() == 0 else ""


def test_a_new_database_says_where_to_begin(qtbot: QtBot, tmp_path: Path) -> None:
    store, note = open_for_window(tmp_path / "new.sqlite", "empty")
    window = MainWindow(store, note=note, analyst="Tester")
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_ready)
    try:
        assert _drawn_text(window.events_view).startswith("No events yet.")
        assert "Ctrl+N adds one" in _drawn_text(window.events_view)
        assert _drawn_text(window.participants_view).startswith("No participants yet.")
        picture = window.events_view.viewport().grab().toImage()
        assert len({picture.pixel(x, y) for x in range(0, picture.width(), 3)
                    for y in range(0, min(picture.height(), 80), 3)}) > 1  # words drawn
    finally:
        window.close()
        store.close()


def test_a_search_that_finds_nothing_says_how_to_see_everything(
        qtbot: QtBot, window: MainWindow) -> None:
    assert _drawn_text(window.events_view) == ""  # the sample's events are listed
    search(qtbot, window, "zzzqqq")
    assert window.events_model.rowCount() == 0
    assert _drawn_text(window.events_view).startswith(
        "No event matches the search and filters.")
    assert _drawn_text(window.participants_view) == "No participant matches the search."
