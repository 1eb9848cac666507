"""Tab through the window as a person at a keyboard does: every field of the
form once, in the order it is laid out, and out of the list in one press."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow


def _tab(qtbot: QtBot) -> QWidget:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None
    return focused


def test_tab_leaves_the_list_without_choosing_another_event(
        window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    view = window.events_view
    view.setFocus()
    view.selectRow(0)
    chosen = window.form.record_id
    assert chosen is not None
    assert _tab(qtbot) is not view
    assert view.currentIndex().row() == 0 and window.form.record_id == chosen


def test_tab_walks_the_new_events_form_once_from_title_to_save(
        window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    form = window.form
    window.new_event()
    form.title.setFocus()
    walked: list[QWidget] = [form.title]
    while len(walked) < 100:
        focused = _tab(qtbot)
        if not form.isAncestorOf(focused):
            break
        walked.append(focused)
    assert len(walked) == len(set(walked)), "a field is reached twice before the form is left"
    assert walked[-1] is form.save_button  # the last, and then out to the window
    order = [form.title, form.native_title, form.category, form.event_type, form.date.line,
             form.date_note, form.place, form.tags, form.summary, form.notes,
             form.links.finder, form.sources.table, form.related.finder]
    assert all(field in walked for field in order)
    assert sorted(order, key=walked.index) == order
    # Each vocabulary's "+" comes straight after its list.
    after = {walked[walked.index(combo) + 1].toolTip() for combo in (form.category,
                                                                     form.event_type)}
    assert after == {"Add a new category", "Add a new event type"}


def test_tab_leaves_a_participants_list_of_events(window: MainWindow, qtbot: QtBot) -> None:
    """A read-only table (the participant's events) is passed with one Tab,
    not walked cell by cell with no way out."""
    window.activateWindow()
    window.tabs.setCurrentIndex(1)
    window.participants_view.selectRow(0)
    events = window.participant_form.events
    assert events.model().rowCount() > 0
    events.setFocus()
    assert _tab(qtbot) is not events
