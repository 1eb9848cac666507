"""The filter lists at the keyboard: Space ticks the value the keyboard is on,
which stays current as the counts come again, so Down and Space tick a second
value of the facet, and the list finds the events of either."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


def _ticked(facet_list) -> list[str]:  # type: ignore[no-untyped-def]
    return [facet_list.item(row).text() for row in range(facet_list.count())
            if facet_list.item(row).checkState() == Qt.CheckState.Checked]


def test_two_countries_ticked_from_the_keyboard_show_the_events_of_either(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    countries = window.filter_panel.facet_lists["country"]
    countries.setFocus()
    qtbot.keyClick(countries, Qt.Key.Key_Down)  # China, the first
    qtbot.keyClick(countries, Qt.Key.Key_Down)
    first = countries.currentItem().text()
    qtbot.keyClick(countries, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.events_model.rowCount() == 1)
    assert countries.currentItem() is not None and countries.currentItem().text() == first
    qtbot.keyClick(countries, Qt.Key.Key_Down)
    second = countries.currentItem().text()
    assert second != first  # the other countries are still offered
    qtbot.keyClick(countries, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.events_model.rowCount() == 2)
    assert _ticked(countries) == [first, second]
    # Space again on the second unticks it.
    qtbot.keyClick(countries, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.events_model.rowCount() == 1)
    assert _ticked(countries) == [first]
