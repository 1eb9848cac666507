"""A new event or participant begins with its first field in view: a form
scrolled down to its sources stayed there, while the title, out of sight,
took what was typed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.record_form import RecordForm


def _in_view(form: RecordForm, field: QWidget) -> bool:
    top_left = field.mapTo(form.viewport(), QPoint(0, 0))
    return form.viewport().rect().contains(top_left)


def _scrolled_down(form: RecordForm) -> None:
    bar = form.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.maximum() > 0


def test_ctrl_n_shows_the_title_it_types_into(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.resize(1000, 600)  # a laptop's window: the form scrolls
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.setFocus()
    window.events_view.selectRow(0)
    form = window.form
    _scrolled_down(form)
    assert not _in_view(form, form.title)
    qtbot.keyClick(window.events_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is form.title and _in_view(form, form.title)
    # Opening a row of the list edits the event from its title, in view too.
    window.events_view.setFocus()
    window.events_view.selectRow(0)
    _scrolled_down(form)
    # (what Enter or a double-click on a row sends; offscreen, Enter is the style's to map)
    window.events_view.activated.emit(window.events_view.currentIndex())
    assert QApplication.focusWidget() is form.title and _in_view(form, form.title)


def test_a_new_participant_shows_its_name(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.resize(1000, 600)
    qtbot.waitUntil(lambda: window.is_ready)
    window.menus.new_participant.trigger()
    form = window.participant_form
    _scrolled_down(form)
    window.menus.new_participant.trigger()
    assert QApplication.focusWidget() is form.name and _in_view(form, form.name)


def test_the_row_shown_before_a_new_event_is_shown_again_when_clicked(
        qtbot: QtBot, window: MainWindow) -> None:
    """After Ctrl+N, clicking the row that had been shown left the form on the
    empty new event: that row was still the list's current one, so the click
    changed nothing."""
    qtbot.waitUntil(lambda: window.is_ready)
    view = window.events_view
    view.setFocus()
    view.selectRow(0)
    first = window.form.heading()
    qtbot.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.form.heading() == "New event"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(0, 1)).center())
    assert window.form.heading() == first


def test_the_participant_shown_before_a_new_one_is_shown_again_when_clicked(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    qtbot.keyClick(window.events_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.participants_view
    view.setFocus()
    view.selectRow(0)
    form = window.participant_form
    first = form.heading()
    window.menus.new_participant.trigger()
    assert form.heading() == "New participant"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(0, 1)).center())
    assert form.heading() == first
