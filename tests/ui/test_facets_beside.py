"""In a database of many events a search has its facets counted beside the
window: the list shows its events at once, the facet lists their counts when
counted (the counts before greyed meanwhile), and only the counts of the
latest search are ever shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from desktop.core.bootstrap import create_database
from desktop.core.db import Store
from desktop.core.operations import Operations
from desktop.ui import latest_query
from desktop.ui.app import open_for_window
from desktop.ui.main_window import MainWindow
from tests.ui.test_list_view import _facet_texts


def _search(window: MainWindow, text: str) -> None:
    window.search_box.setText(text)
    window.search_box.flush()


def _window_of_600(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, Store]:
    path = tmp_path / "many.sqlite"
    store = create_database(path)
    Operations(store, "test").bulk_import([], [
        {"title": f"{'Summit' if i % 3 == 0 else 'Forum'} {i:04d}", "date": "2024-05-01",
         "country": "CN" if i % 2 else "LA"} for i in range(600)])
    store.close()
    store, note = open_for_window(path, "sample")
    window = MainWindow(store, note=note, analyst="Tester")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: _facet_texts(window, "country") == ["China (CN) (300)",
                                                                  "Laos (LA) (300)"])
    return window, store


def _greyed(window: MainWindow, facet: str) -> list[bool]:
    """For each row of a facet list, whether its text is drawn greyed."""
    grey = window.filter_panel.palette().color(QPalette.ColorGroup.Disabled,
                                               QPalette.ColorRole.Text)
    items = window.filter_panel.facet_lists[facet]
    return [items.item(row).foreground().color() == grey for row in range(items.count())]


def test_many_events_facets_are_counted_beside_the_window(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # 600 events counted beside, as 10 000 are: the same path, quicker to make.
    monkeypatch.setattr(latest_query, "BESIDE_FROM", 100)
    window, store = _window_of_600(qtbot, tmp_path)
    assert _greyed(window, "country") == [False, False]
    _search(window, "Summit")
    assert window.events_model.rowCount() == 200  # the list at once
    # The counts before stay, greyed, until the new ones are counted.
    assert window.filter_panel.counting.busy
    assert _facet_texts(window, "country") == ["China (CN) (300)", "Laos (LA) (300)"]
    assert _greyed(window, "country") == [True, True]
    qtbot.waitUntil(lambda: _facet_texts(window, "country") == ["China (CN) (100)",
                                                                  "Laos (LA) (100)"])
    assert _greyed(window, "country") == [False, False]
    # Three searches in a row: the counts shown are the last one's, never an
    # earlier one's arriving late.
    shown: list[list[str]] = []
    window.filter_panel.counting.ready.connect(
        lambda _counts: shown.append(_facet_texts(window, "country")))
    for text in ("Forum", "Summit", "Forum"):
        _search(window, text)
    assert window.events_model.rowCount() == 400
    qtbot.waitUntil(lambda: not window.filter_panel.counting.busy)
    qtbot.wait(50)
    assert shown == [["China (CN) (200)", "Laos (LA) (200)"]]
    # Closed while counting: the count ends before the store is closed.
    _search(window, "Forum")
    window.close()
    assert not window.filter_panel.counting.busy
    store.close()



def test_a_small_result_in_a_large_database_is_counted_beside_the_window(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Counting re-reads the search for each facet: in a large database that
    # is slow whatever the result's size, so the window does not wait for it.
    monkeypatch.setattr(latest_query, "BESIDE_FROM", 100)
    window, store = _window_of_600(qtbot, tmp_path)
    _search(window, "Summit 0003")
    assert window.events_model.rowCount() == 1
    assert window.filter_panel.counting.busy
    assert _greyed(window, "country") == [True, True]
    qtbot.waitUntil(lambda: _facet_texts(window, "country") == ["China (CN) (1)"])
    assert _greyed(window, "country") == [False]
    # A tick on a greyed count filters as any tick does.
    _search(window, "")
    assert _greyed(window, "country") == [True]
    window.filter_panel.facet_lists["country"].item(0).setCheckState(Qt.CheckState.Checked)
    assert window.events_model.rowCount() == 300
    # (Laos is still offered beside China: the values of one facet are either-or)
    qtbot.waitUntil(lambda: _greyed(window, "country") == [False, False])
    assert _facet_texts(window, "country") == ["China (CN) (300)", "Laos (LA) (300)"]
    window.close()
    store.close()
