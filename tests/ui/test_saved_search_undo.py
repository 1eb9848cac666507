"""Saving and deleting a search are steps of Edit ▸ Undo named for what they
did, and the side panel's list follows their undo and redo."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


def _saved(window: MainWindow) -> list[str]:
    shown = window.filter_panel.saved_list
    return [shown.item(row).text() for row in range(shown.count())]


def test_undo_and_redo_of_saving_and_deleting_a_search_show_in_the_list(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    undo, redo = window.menus.undo, window.menus.redo
    window.filter_panel.save_current("ASEAN  in China")
    assert _saved(window) == ["ASEAN in China"]
    assert undo.text() == "&Undo Save search “ASEAN in China”"
    undo.trigger()
    assert _saved(window) == []  # not a search that is no longer stored
    assert redo.text() == "&Redo Save search “ASEAN in China”"
    redo.trigger()
    assert _saved(window) == ["ASEAN in China"]
    window.search_box.setText("ASEAN")
    window.search_box.flush()
    window.filter_panel.save_current("ASEAN in China")  # the search of now, same name
    assert undo.text() == "&Undo Replace saved search “ASEAN in China”"
    window.filter_panel.saved_list.setCurrentRow(0)
    window.filter_panel.delete_saved_button.click()
    assert _saved(window) == []
    assert undo.text() == "&Undo Delete saved search “ASEAN in China”"
    undo.trigger()
    assert _saved(window) == ["ASEAN in China"]  # back, and can be applied again
