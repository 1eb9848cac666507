"""The event form, driven through its widgets as an analyst types."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.db import open_store
from desktop.core.event_form_data import load_event
from desktop.core.models import Event
from desktop.core.operations import Operations
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import combo_text_room, narrow_form, titles, type_text

FORUM = "2025 ASEAN-China Media Cooperation Forum"


def _select(window: MainWindow, title: str) -> None:
    window.events_view.setFocus()
    window.events_view.selectRow(titles(window).index(title))


def _add_participant(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    finder = window.form.links.finder
    finder.clear()
    type_text(qtbot, finder, typed)
    window.form.links._suggest(finder.text())  # what typing triggers (textEdited)
    qtbot.keyClick(finder, Qt.Key.Key_Return)


def test_create_an_event_by_typing_every_field(qtbot: QtBot, window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    form = window.form
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.event_id is None and form.title.hasFocus()
    type_text(qtbot, form.title, "中国—东盟人工智能合作论坛 2026")
    form.category.setCurrentText("AI Engagement Activity")
    form.event_type.setCurrentText("forum")
    type_text(qtbot, form.date.line, "April 30-May 3, 2026")
    assert "30 April – 3 May 2026" in form.date.feedback.text()
    type_text(qtbot, form.date_note, "dates from the programme")
    type_text(qtbot, form.place, "南宁")
    form.country.setCurrentText("China (CN)")
    type_text(qtbot, form.attendance, "300")
    form.qualifier.setCurrentIndex(form.qualifier.findData("more_than"))
    form.status.setCurrentIndex(form.status.findData("needs_review"))
    type_text(qtbot, form.tags, "ASEAN; 人工智能")
    type_text(qtbot, form.summary, "A forum on AI cooperation.")
    type_text(qtbot, form.notes, "组织者的说法")
    _add_participant(qtbot, window, "中国外文局")  # finds 中國外文局 (CICG)
    _add_participant(qtbot, window, "国家发展改革委")  # an alias of the NDRC
    monkeypatch.setattr("desktop.ui.link_editor.QInputDialog.getItem",
                        lambda *args: ("person", True))
    _add_participant(qtbot, window, "Zhang Wei")  # nobody of that name: created inline
    links = form.links.table
    assert links.rowCount() == 3
    for row, role in enumerate(("co-host", "speaker", "attendee")):
        links.cellWidget(row, 1).setCurrentText(role)
    links.item(1, 2).setText("via video")
    form.sources.add()
    form.sources.table.item(0, 0).setText("Xinhua")
    form.sources.table.item(0, 2).setText("https://example.org/forum")
    assert form.is_dirty() and "unsaved changes" in form.state_label.text()
    qtbot.keyClick(form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty() and form.event_id is not None
    assert window.selection.current == form.event_id
    event_id, path = form.event_id, window.store.path
    window.close()
    window.store.close()

    store = open_store(path)
    with store.session() as session:
        data = load_event(session, event_id)
        assert session.get(Event, event_id) is not None
    store.close()
    assert data is not None
    assert data.values["title"] == "中国—东盟人工智能合作论坛 2026"
    assert data.values["date"] == "2026-04-30/2026-05-03"
    assert (data.values["place"], data.values["country"]) == ("南宁", "CN")
    assert (data.values["attendance"], data.values["attendance_qualifier"]) == (300, "more_than")
    assert data.values["status"] == "needs_review" and data.values["event_type"] == "forum"
    assert data.tags == ["ASEAN", "人工智能"]
    assert [(link.name, link.role, link.note) for link in data.links] == [
        ("China International Communications Group", "co-host", ""),
        ("National Development and Reform Commission", "speaker", "via video"),
        ("Zhang Wei", "attendee", "")]
    assert data.sources[0].url == "https://example.org/forum"


def test_invalid_and_reversed_dates_are_refused_beside_the_field(
        qtbot: QtBot, window: MainWindow) -> None:
    _select(window, FORUM)
    form = window.form
    form.date.line.clear()
    type_text(qtbot, form.date.line, "July 30 to July 28, 2025")
    assert "is before the start" in form.date.feedback.text()
    assert not form.save()
    assert "is before the start" in form.field_errors["date"].text()
    form.date.line.clear()
    type_text(qtbot, form.date.line, "2025-02-30")
    assert "February 2025 has 28 days" in form.date.feedback.text()
    assert not form.save()
    form.revert()
    assert form.date.text() == "2025-05-25" and not form.is_dirty()


def test_a_stored_season_stays_while_typed_it_asks_which_is_meant(
        qtbot: QtBot, window: MainWindow) -> None:
    """EDTF's "2025-26" is a season; typed, it may be the years 2025 and 2026."""
    event_id = next(iter(window.editor.apply(lambda ops: ops.create_event(
        {"title": "Summer school", "date": "2025-26"}), "New event").events_touched()))
    qtbot.waitUntil(lambda: "Summer school" in titles(window))
    _select(window, "Summer school")
    form = window.form
    assert form.date.text() == "2025-26"
    assert form.date.feedback.text().startswith("Summer 2025 (north): 1 June – 31 August")
    form.title.setText("Summer school on AI governance")
    assert form.save()  # the unchanged season is not asked about
    with window.store.session() as session:
        saved = session.get(Event, event_id)
        assert saved is not None and saved.date_edtf == "2025-26"
    _select(window, FORUM)  # stored as 2025-05-25
    form.date.line.clear()
    type_text(qtbot, form.date.line, "2025-26")
    assert form.date.feedback.text().startswith("'2025-26' is ambiguous: write 2025/2026")
    assert not form.save()
    form.date.line.clear()
    type_text(qtbot, form.date.line, "2025/26")
    assert form.save()
    assert form.date.text() == "2025/2026"


def test_other_refusals_show_on_their_field(qtbot: QtBot, window: MainWindow) -> None:
    _select(window, FORUM)
    form = window.form
    form.title.clear()
    form.country.setCurrentText("Atlantis")
    assert not form.save()
    assert form.field_errors["title"].text() == "is required"
    assert "not an ISO 3166 country" in form.field_errors["country"].text()


def test_undo_and_redo_of_a_save_and_the_history_panel(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    _select(window, FORUM)
    form = window.form
    form.title.clear()
    type_text(qtbot, form.title, "Media Forum (renamed)")
    form.links.table.setCurrentCell(0, 0)
    form.links.remove_current()
    assert form.save()
    assert "Media Forum (renamed)" in titles(window)
    window.history.show_record(form.event_id)
    rows = [(window.history.item(r, 2).text(), window.history.item(r, 3).text(),
             window.history.item(r, 4).text()) for r in range(window.history.rowCount())]
    assert ("title", FORUM, "Media Forum (renamed)") in rows
    assert any(what == "participant (removed)" for what, _, _ in rows)
    assert window.history.item(0, 1).text() == "Tester"

    qtbot.keyClick(window.events_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert FORUM in titles(window) and form.title.text() == FORUM
    assert form.links.table.rowCount() == 18
    qtbot.keyClick(window.events_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Media Forum (renamed)" in titles(window)
    assert form.links.table.rowCount() == 17


def test_unsaved_edits_prompt_before_they_are_lost(qtbot: QtBot, window: MainWindow,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _select(window, FORUM)
    form = window.form
    qtbot.keyClick(form.place, Qt.Key.Key_End)  # to the end of what is there
    type_text(qtbot, form.place, " (old town)")
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return button
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    _select(window, "China Signs AI Cooperation Pact with Brazil")
    qtbot.wait(10)
    assert asked and form.title.text() == FORUM and form.is_dirty()
    assert window.selection.current == form.event_id
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Save))
    _select(window, "China Signs AI Cooperation Pact with Brazil")
    assert form.title.text() == "China Signs AI Cooperation Pact with Brazil"
    _select(window, FORUM)
    assert form.place.text() == "Luoyang, Henan Province (old town)"
    type_text(qtbot, form.place, "!")
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    assert not window.close()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    assert window.close()


def test_a_new_vocabulary_value_from_the_form_is_undoable(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _select(window, FORUM)
    monkeypatch.setattr("desktop.ui.event_form.QInputDialog.getText",
                        lambda *args: ("hackathon", True))
    window.form._add_term("event_type", window.form.event_type)
    assert window.form.event_type.currentText() == "hackathon"
    assert window.form.event_type.findText("hackathon") >= 0
    window.form.revert()
    window.editor.undo_stack.undo()
    assert window.form.event_type.findText("hackathon") < 0


def test_participants_are_reordered_and_removed_from_the_form(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    _select(window, "China-ASEAN AI Development and Governance Cooperation Seminar")
    editor = window.form.links
    names = lambda: [link.name for link in editor.links]  # noqa: E731
    first = names()
    editor.table.setCurrentCell(2, 0)
    editor.move_current(-1)
    editor.move_current(-1)
    assert names() == [first[2], first[0], first[1]]
    editor.table.setCurrentCell(2, 0)
    editor.remove_current()
    assert window.form.save()
    assert names() == [first[2], first[0]]
    window.editor.undo_stack.undo()
    assert names() == first


def test_tab_order_follows_the_form(window: MainWindow) -> None:
    form = window.form
    order = [form.title]
    widget = form.title
    for _ in range(6):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    # each vocabulary followed by its "+"
    assert [order[i] for i in (0, 1, 2, 4, 6)] == [form.title, form.native_title, form.category,
                                                   form.event_type, form.date.line]
    assert [order[i].toolTip() for i in (3, 5)] == ["Add a new category",
                                                    "Add a new event type"]


def test_reopening_keeps_a_saved_edit(qtbot: QtBot, window: MainWindow,
                                      tmp_path: Path) -> None:
    _select(window, FORUM)
    window.form.summary.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, window.form.summary, " 更多细节。")
    assert window.form.save()
    path = window.store.path
    window.close()
    window.store.close()
    again = MainWindow(open_store(path))
    _select(again, FORUM)
    assert again.form.summary.toPlainText().endswith("media. 更多细节。")
    # The history panel reads the change log, which outlives the session.
    assert any(again.history.item(r, 2).text() == "summary"
               and again.history.item(r, 4).text().endswith("更多细节。")
               for r in range(again.history.rowCount()))
    again.close()
    again.store.close()


def test_deleting_from_the_list_is_undoable_and_listed_in_the_undo_history(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    _select(window, FORUM)
    qtbot.keyClick(window.events_view, Qt.Key.Key_Delete)
    assert FORUM not in titles(window)
    window.menus.show_undo_history()
    assert window.menus.undo_view is not None and window.menus.undo_view.isVisible()
    stack = window.editor.undo_stack
    assert stack.count() == 1 and stack.text(0) == f"Delete “{FORUM}”"
    qtbot.keyClick(window.events_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert FORUM in titles(window)
    _select(window, FORUM)
    assert window.form.links.table.rowCount() == 18


def test_undoing_a_new_event_shows_the_one_in_its_place(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    before = titles(window)
    window.events_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.form.title, "Aaa first of the list")
    type_text(qtbot, window.form.date, "2099-01-01")
    qtbot.keyClick(window.form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.form.title.text() == "Aaa first of the list"
    row = window.events_view.currentIndex().row()
    assert titles(window)[row] == "Aaa first of the list"
    window.events_view.setFocus()
    qtbot.keyClick(window.events_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == before
    # not an empty form, as if a new event were being typed: the event now
    # in that row is shown
    assert window.selection.current is not None
    assert window.form.title.text() == before[min(row, len(before) - 1)]


def test_reopening_shows_the_event_that_was_shown_when_the_window_closed(
        qtbot: QtBot, window: MainWindow) -> None:
    _select(window, FORUM)
    path = window.store.path
    window.close()
    window.store.close()
    again = MainWindow(open_store(path))
    again.show()
    qtbot.waitUntil(lambda: again.form.title.text() == FORUM)
    assert titles(again)[again.events_view.currentIndex().row()] == FORUM
    assert again.selection.current is not None
    # the event deleted since (from the command line, by a restore): nothing is chosen
    forum = again.selection.current
    again.close()
    again.store.close()
    store = open_store(path)
    Operations(store, "Me").delete_event(forum)
    store.close()
    third = MainWindow(open_store(path))
    third.show()
    qtbot.wait(50)
    assert third.selection.current is None and third.form.title.text() == ""
    third.close()
    third.store.close()


def test_the_analyst_name_is_asked_and_recorded(qtbot: QtBot, window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.preferences import (
        PreferencesDialog,
        analyst_name,
        backup_interval_hours,
        backups_kept,
    )

    def fill_in(dialog: PreferencesDialog) -> int:
        dialog.name.clear()
        type_text(qtbot, dialog.name, "  Li   Na ")
        dialog.interval.setValue(6)
        dialog.keep.setValue(3)
        dialog.accept()
        return 1

    monkeypatch.setattr(PreferencesDialog, "exec", fill_in)
    window.menus.edit_preferences()
    assert analyst_name() == "Li Na" and window.editor.ops.analyst == "Li Na"
    assert (backup_interval_hours(), backups_kept()) == (6, 3)
    _select(window, FORUM)
    type_text(qtbot, window.form.place, "!")
    assert window.form.save()
    assert window.history.item(0, 1).text() == "Li Na"


def test_duplicating_an_event_starts_the_next_of_a_series(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    """Ctrl+D: a new event with the fields, tags and participants (roles and
    notes too) of the current one, not its sources; stored only when saved."""
    waic = "8th World Artificial Intelligence Conference (WAIC 2025)"
    _select(window, waic)
    with window.store.session() as session:
        original = load_event(session, window.selection.current or "")
    assert original is not None and original.links and original.sources
    qtbot.keyClick(window.events_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    form = window.form
    assert form.record_id is None and form.is_dirty()
    assert form.title.selectedText() == waic  # typing replaces it
    type_text(qtbot, form.title, "9th World Artificial Intelligence Conference (WAIC 2026)")
    form.date.line.clear()
    type_text(qtbot, form.date.line, "July 2026")
    assert form.save()
    assert "9th World Artificial Intelligence Conference (WAIC 2026)" in titles(window)
    with window.store.session() as session:
        copy = load_event(session, form.record_id or "")
        again = load_event(session, session.scalars(select(Event.id).where(
            Event.title == waic)).one())
    assert copy is not None and again is not None
    assert [(link.name, link.role, link.note) for link in copy.links] == [
        (link.name, link.role, link.note) for link in original.links]
    assert copy.tags == original.tags and copy.sources == []
    assert copy.values["place"] == original.values["place"]
    assert copy.values["date"] == "2026-07"
    assert again.links == original.links and again.sources == original.sources


def test_a_long_date_note_shows_its_start(qtbot: QtBot, window: MainWindow) -> None:
    _select(window, "8th World Artificial Intelligence Conference (WAIC 2025)")
    note = window.form.date_note
    assert len(note.text()) > 60 and note.cursorPosition() == 0


def test_each_role_reads_whole_in_a_narrow_form(qtbot: QtBot, window: MainWindow) -> None:
    """A role's combo box cuts its text without an ellipsis: "co-organize" in
    a form pane of 360 pixels, where the table sat beside its caption."""
    narrow_form(window, 360)
    _select(window, "8th World Artificial Intelligence Conference (WAIC 2025)")
    table = window.form.links.table
    qtbot.waitUntil(lambda: table.rowCount() > 5)
    roles = {table.cellWidget(row, 1).currentText() for row in range(table.rowCount())}
    assert "executive organizer" in roles
    for row in range(table.rowCount()):
        combo = table.cellWidget(row, 1)
        shown = combo_text_room(combo, table.columnWidth(1))
        assert shown >= combo.fontMetrics().horizontalAdvance(combo.currentText()), (
            combo.currentText())
    # the names, across the form's width, still show a dozen letters and more
    assert table.columnWidth(0) >= 120



def test_a_longer_role_chosen_widens_its_column(qtbot: QtBot, window: MainWindow) -> None:
    narrow_form(window, 360)
    _select(window, FORUM)
    table = window.form.links.table
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    combo = table.cellWidget(0, 1)
    combo.setCurrentText("host")
    before = table.columnWidth(1)
    combo.setCurrentText("executive organizer")
    assert table.columnWidth(1) > before
    assert combo_text_room(combo, table.columnWidth(1)) >= (
        combo.fontMetrics().horizontalAdvance("executive organizer"))


def test_a_participant_is_added_in_a_role_from_the_keyboard(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Name (role)" in the finder adds the participant in that role, the
    Chinese words for roles too; brackets that hold no role stay in the name."""
    _select(window, FORUM)
    table = window.form.links.table
    before = table.rowCount()
    _add_participant(qtbot, window, "NDRC (co-host)")
    _add_participant(qtbot, window, "中国外文局（主办）")
    monkeypatch.setattr("desktop.ui.link_editor.QInputDialog.getItem",
                        lambda *args: ("organization", True))
    _add_participant(qtbot, window, "Ministry of Trade (Laos) (signatory)")
    added = [(table.item(row, 0).text(), table.cellWidget(row, 1).currentText())
             for row in range(before, table.rowCount())]
    assert [role for _name, role in added] == ["co-host", "host", "signatory"]
    assert added[0][0].startswith("National Development and Reform Commission")
    assert added[1][0].startswith("China International Communications Group")
    assert added[2][0] == "Ministry of Trade (Laos)  — new organisation"
    assert window.form.save()
    with window.store.session() as session:
        data = load_event(session, window.form.event_id)
    assert [(link.name, link.role) for link in data.links[before:]] == [
        ("National Development and Reform Commission", "co-host"),
        ("China International Communications Group", "host"),
        ("Ministry of Trade (Laos)", "signatory")]


def test_a_date_typed_in_full_width_digits_is_stored_in_edtfs(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    """A Chinese input method in full-width mode types ２０２５年６月１２日: the
    date was stored as "２０２５-06-12", which no reader of an export takes."""
    window.new_event()
    form = window.form
    type_text(qtbot, form.title, "Test forum")
    type_text(qtbot, form.date.line, "２０２５年６月１２日")
    assert form.date.feedback.text().endswith("stored as 2025-06-12")
    assert form.save()
    with window.store.session() as session:
        stored = session.scalar(select(Event.date_edtf).where(Event.title == "Test forum"))
    assert stored == "2025-06-12"
    assert "2025-06-12" in [window.events_model.index(row, 0).data()
                            for row in range(window.events_model.rowCount())]
