"""The events list's right-click menu with one event chosen reads as English:
not "Make the 1 chosen events one series"."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import menu_offered


def test_one_event_chosen_the_menu_says_no_count_of_one(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(0)
    view = window.events_view
    offered = menu_offered(lambda: view.customContextMenuRequested.emit(view.visualRect(
        window.events_model.index(0, 1)).center()))
    assert ("Make the chosen events one series", False) in offered
    assert not any("1 chosen events" in text for text, _enabled in offered)


def test_two_events_made_one_series_say_one_new_relation(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.select_rows([0, 1])
    window.batch.make_series()
    assert window.statusBar().currentMessage() == "2 events made one series (1 new relation)"
