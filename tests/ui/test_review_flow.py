"""Edit ▸ Verify and go to the next event: a reviewer's pass over the list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import titles
from tests.ui.test_list_view import _check, _facet_texts


def _verify(qtbot: QtBot, window: MainWindow) -> None:
    """The key, as the reviewer presses it wherever the focus is in the window."""
    qtbot.keyClick(window.events_view, Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_each_event_needing_review_is_verified_in_turn(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    qtbot.waitUntil(lambda: "Needs review (2)" in _facet_texts(window, "status"))
    _check(window, "status", "Needs review")
    first, second = titles(window)
    window.events_view.selectRow(0)
    assert window.form.heading() == first
    window.form.summary.setPlainText(window.form.summary.toPlainText() + " Checked.")
    _verify(qtbot, window)
    # The first leaves the list (it is verified now, with the edit); the second is shown.
    assert titles(window) == [second]
    assert window.form.heading() == second and not window.form.is_dirty()
    _verify(qtbot, window)
    assert titles(window) == []
    assert window.statusBar().currentMessage() == "Verified; no event follows it in the list"
    window.filter_panel.clear()
    assert "Verified (8)" in _facet_texts(window, "status")
    window.events_view.selectRow(titles(window).index(first))
    assert window.form.summary.toPlainText().endswith(" Checked.")


def test_without_a_filter_the_next_row_is_shown(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: "Needs review (2)" in _facet_texts(window, "status"))
    _check(window, "status", "Needs review")
    needing = titles(window)[0]
    window.filter_panel.clear()
    shown = titles(window)
    row = shown.index(needing)
    window.events_view.selectRow(row)
    assert window.form.status.currentData() == "needs_review"
    _verify(qtbot, window)
    assert titles(window) == shown  # nobody left the list
    assert window.events_view.currentIndex().row() == row + 1
    assert window.form.heading() == shown[row + 1]
    # The next event alone is chosen: the keys held for the shortcut (Ctrl and
    # Shift) once extended the selection over every event verified before it.
    _verify(qtbot, window)
    assert window.events_view.selected_runs() == [(row + 2, row + 2)]
    assert window.form.note_label.isHidden()  # no "3 events are selected"
    window.events_view.selectRow(row)
    assert window.form.status.currentData() == "verified"
