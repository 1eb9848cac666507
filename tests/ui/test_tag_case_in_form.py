"""Correcting the case of a tag in the event form: saved, shown in the list's
tag filter, and one step of undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import titles, type_text

WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"


def _tag_lines(window: MainWindow) -> list[str]:
    tags = window.filter_panel.facet_lists["tag"]
    return [tags.item(row).text() for row in range(tags.count())]


def test_a_tag_of_one_event_retyped_in_capitals_is_saved_so(
        qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    window.events_view.selectRow(titles(window).index(WAIC))
    assert "exhibition" in form.tags.text()  # WAIC's tag alone
    typed = form.tags.text().replace("exhibition", "Exhibition")
    form.tags.clear()
    type_text(qtbot, form.tags, typed)
    qtbot.keyClick(form.tags, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty()
    assert "Exhibition" in form.tags.text().split("; ")
    assert "Exhibition (1)" in _tag_lines(window)
    window.menus.undo.trigger()
    assert "exhibition" in form.tags.text().split("; ")
    assert "exhibition (1)" in _tag_lines(window)
