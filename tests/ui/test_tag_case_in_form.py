"""Tags in the event form: correcting a tag's case is saved, shown in the
list's tag filter, and one step of undo; a tag holding a separator stays whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

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


def test_tags_holding_a_comma_or_a_semicolon_stay_whole_when_the_event_is_saved(
        qtbot: QtBot, window: MainWindow) -> None:
    """Tags a colleague's file brought ("Science, technology") were split in
    two by the form whenever another field of the event was saved."""
    ops = window.editor.ops
    with window.store.session() as session:
        waic = session.execute(text("SELECT id FROM events WHERE title = :t"),
                               {"t": WAIC}).scalar_one()
    ops.update_event(waic, {"tags": ["Science, technology", "Belt; Road", "AI"]})
    window.reload()
    window.events_view.selectRow(titles(window).index(WAIC))
    form = window.form
    assert not form.is_dirty()
    type_text(qtbot, form.summary, " More.")
    qtbot.keyClick(form.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty()
    assert form.tags.text() == "AI; Belt; Road; Science, technology"
    assert "Science, technology (1)" in _tag_lines(window)
    assert "Belt; Road (1)" in _tag_lines(window)
    form.tags.setFocus()
    form.tags.end(False)
    type_text(qtbot, form.tags, "; science,technology")  # typed again: the same tag
    qtbot.keyClick(form.tags, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert form.tags.text() == "AI; Belt; Road; Science, technology"
