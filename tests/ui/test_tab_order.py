"""Tab through the window as a person at a keyboard does: every field of the
form once, in the order it is laid out, and out of the list in one press."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton, QWidget
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
    add_source = next(button for button in form.sources.findChildren(QPushButton)
                      if button.text() == "Add source")
    order = [form.title, form.native_title, form.category, form.event_type, form.date.line,
             form.date_note, form.place, form.tags, form.summary, form.notes,
             form.links.finder, add_source, form.related.finder]
    assert all(field in walked for field in order)
    assert sorted(order, key=walked.index) == order
    # Empty tables are passed over: from the notes straight to the finder, where
    # typing adds a participant (in the empty table it did nothing).
    assert walked[walked.index(form.notes) + 1] is form.links.finder
    assert not {form.links.table, form.sources.table, form.related.table} & set(walked)
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


def _walk(qtbot: QtBot, key: Qt.Key, until: QWidget, most: int = 12) -> list[QWidget]:
    walked: list[QWidget] = []
    while not walked or walked[-1] is not until:
        assert len(walked) < most, [type(widget).__name__ for widget in walked]
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key)
        walked.append(QApplication.focusWidget())
    return walked


def test_tab_walks_the_participants_cells_and_leaves_after_the_last(
        window: MainWindow, qtbot: QtBot) -> None:
    """Walking the cells, Tab came back to the first after the last: the
    keyboard could not leave the table."""
    window.activateWindow()
    form = window.form
    window.new_event()
    links = form.links
    links.add_new("Wang Yi", kind="person", role="speaker")
    links.add_new("Li Wei", kind="person", role="host")
    links.table.setCurrentCell(0, 0)
    form.notes.setFocus()
    walked = _walk(qtbot, Qt.Key.Key_Tab, until=links.finder)
    cells = walked[:-1]
    assert cells[0] is links.table and all(
        widget is links.table or links.table.isAncestorOf(widget) for widget in cells)
    assert len(cells) == 6  # two rows: the name, the role's box, the note
    back = _walk(qtbot, Qt.Key.Key_Backtab, until=form.notes)
    assert len(back) == 7  # the same cells backwards, then the notes


def test_a_table_with_rows_is_in_the_tab_order_and_left_when_emptied(
        window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    form = window.form
    window.new_event()
    links = form.links
    links.add_new("Wang Yi", kind="person", role="speaker")
    form.notes.setFocus()
    assert _tab(qtbot) is links.table  # a row to reach now
    links.table.setFocus()
    links.table.setCurrentCell(0, 0)
    qtbot.keyClick(links.table, Qt.Key.Key_Delete)  # its last row
    assert links.links == []
    assert QApplication.focusWidget() is links.finder  # not left in an empty table
    form.notes.setFocus()
    assert _tab(qtbot) is links.finder


def test_tab_leaves_the_form_of_an_event_with_participants(
        window: MainWindow, qtbot: QtBot) -> None:
    """The role boxes, made after the form's order was set, came last in it:
    from the last field Tab went back into the participants, round and round."""
    window.activateWindow()
    form = window.form
    view = window.events_view
    view.setFocus()
    view.selectRow(0)
    assert len(form.links.links) >= 5
    form.title.setFocus()
    walked: list[QWidget] = []
    while len(walked) < 200:
        focused = _tab(qtbot)
        if not form.isAncestorOf(focused):
            break
        walked.append(focused)
    assert len(walked) < 200, "Tab never left the form"
    table = form.links.table
    inside = [index for index, widget in enumerate(walked)
              if widget is table or table.isAncestorOf(widget)]
    assert inside == list(range(inside[0], inside[0] + 3 * len(form.links.links)))


def _walk_form(qtbot: QtBot, form: QWidget, start: QWidget) -> list[QWidget]:
    """Tab from ``start`` until the keyboard leaves ``form``: what it reached."""
    start.setFocus()
    walked: list[QWidget] = [start]
    while len(walked) < 40:
        focused = _tab(qtbot)
        if not form.isAncestorOf(focused):
            return walked
        walked.append(focused)
    raise AssertionError("the keyboard never left the form")


def test_tab_walks_the_participant_form_to_its_buttons(window: MainWindow,
                                                       qtbot: QtBot) -> None:
    """The Save button, made before the fields, came before them: from the
    notes Tab went into the empty list of events, then a label showing
    nothing, and out of the form — never to Save."""
    window.activateWindow()
    window.menus.new_participant.trigger()
    form = window.participant_form
    form.name.setText("Ministry of Posts and Telecommunications (Cambodia)")
    walked = _walk_form(qtbot, form, form.kind)
    assert walked == [form.kind, form.name, form.native_name, form.aliases,
                      walked[4], form.position, form.affiliation, form.notes,
                      form.revert_button, form.save_button]
    assert form.country.isAncestorOf(walked[4])


def test_tab_reaches_a_participants_events_and_the_names_to_open(
        window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.tabs.setCurrentIndex(1)
    model = window.participants_model
    window.participants_view.selectRow(next(
        row for row in range(model.rowCount()) if model.index(row, 1).data() == "Shi Zhongjun"))
    form = window.participant_form
    qtbot.waitUntil(lambda: "<a " in form.often_with.text())
    walked = _walk_form(qtbot, form, form.notes)
    # nothing edited: Revert and Save are off, and the keyboard leaves the form
    # nothing edited: Revert and Save are off, and after the names (Tab goes
    # from one to the next) the keyboard leaves the form
    links = form.often_with.text().count("<a ")
    assert walked[:3] == [form.notes, form.events, form.often_with]
    assert set(walked[2:]) == {form.often_with} and len(walked[2:]) <= links + 1


def test_tab_from_the_list_goes_to_the_events_title_and_shift_tab_back(
        window: MainWindow, qtbot: QtBot) -> None:
    """The list's next stops were the tab bar above it, the search box and the
    filters: the form it opens was seventeen presses of Tab away."""
    window.activateWindow()
    view = window.events_view
    view.setFocus()
    view.selectRow(2)
    assert _tab(qtbot) is window.form.title
    assert window.form.title.text() == view.currentIndex().siblingAtColumn(1).data()
    qtbot.keyClick(window.form.title, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is view
    assert view.currentIndex().row() == 2


def test_tab_from_the_participants_list_goes_to_the_participants_form(
        window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.tabs.setCurrentIndex(1)
    window.participants_view.setFocus()
    window.participants_view.selectRow(0)
    assert _tab(qtbot) is window.participant_form.kind


def test_tab_walks_the_window_pane_by_pane(window: MainWindow, qtbot: QtBot) -> None:
    """From the search box Tab goes through the filters, the list and the
    open event's form (its participants' table and role boxes included), each
    pane once and in the order they are laid out, and comes back to the search."""
    window.activateWindow()
    window.events_view.selectRow(0)
    assert len(window.form.links.links) >= 5
    panes = [window.search_box, window.filter_panel, window.tabs, window.details]
    window.search_box.setFocus()
    visited: list[int] = []
    for _press in range(300):
        focused = _tab(qtbot)
        if focused is window.search_box:
            break
        pane = next(index for index, pane in enumerate(panes) if pane.isAncestorOf(focused))
        if not visited or visited[-1] != pane:
            visited.append(pane)
    else:
        raise AssertionError("Tab never came back to the search box")
    assert visited == [1, 2, 3]


def test_ctrl_tab_leaves_the_participants_table_from_any_cell(
        window: MainWindow, qtbot: QtBot) -> None:
    """Tab walks every cell (three a participant); Ctrl+Tab leaves at once,
    Ctrl+Shift+Tab back, as in any field that takes Tab for itself."""
    window.activateWindow()
    window.events_view.selectRow(0)
    form = window.form
    table = form.links.table
    assert table.rowCount() >= 5
    table.setFocus()
    table.setCurrentCell(2, 0)
    qtbot.keyClick(table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is form.links.finder
    table.setFocus()
    table.setCurrentCell(3, 2)
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is form.notes
    role_box = table.cellWidget(1, 1)
    assert isinstance(role_box, QComboBox)
    role_box.setFocus()
    qtbot.keyClick(role_box, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is form.links.finder
