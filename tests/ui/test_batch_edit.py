"""Several events chosen in the list and changed or deleted at once, as an
analyst does it: Shift-click, Ctrl-click, Ctrl+A, the dialog, Delete, Ctrl+Z."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from desktop.core import place_countries
from desktop.ui import batch_edit, change_bus
from desktop.ui.batch_edit import BatchEditDialog
from desktop.ui.exchange_dialogs import ExportDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import search, titles, type_text, yes_to_questions

STATUS, COUNTRY, TYPE = 8, 6, 3  # the list's columns


def _click(qtbot: QtBot, window: MainWindow, row: int,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    view = window.events_view
    rect = view.visualRect(window.events_model.index(row, 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _column(window: MainWindow, column: int) -> list[str]:
    model = window.events_model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _answer_dialog(monkeypatch: pytest.MonkeyPatch, fill: Callable[[BatchEditDialog], None],
                   seen: list[tuple[str, str]]) -> None:
    """The batch dialog, filled in as the analyst would and accepted with its
    button; ``seen`` gets its title and its button's words (the dialog itself
    is deleted once closed)."""
    def run(dialog: BatchEditDialog) -> int:
        seen.append((dialog.windowTitle(), dialog.ok.text()))
        assert not dialog.ok.isEnabled()  # nothing to change yet
        fill(dialog)
        if not dialog.ok.isEnabled():
            return QDialog.DialogCode.Rejected
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(BatchEditDialog, "exec", run)


def _choose(combo_text: str) -> Callable[[BatchEditDialog], None]:
    def fill(dialog: BatchEditDialog) -> None:
        dialog.status.setCurrentIndex(dialog.status.findText(combo_text))
        dialog.add_tags.setFocus()
    return fill


def test_shift_click_chooses_a_run_and_one_change_sets_them_all(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _click(qtbot, window, 1)
    _click(qtbot, window, 3, Qt.KeyboardModifier.ShiftModifier)
    assert window.count_label.text() == "8 events, 3 selected"
    chosen = titles(window)[1:4]
    statuses_before = _column(window, STATUS)
    seen: list[tuple[str, str]] = []

    def fill(dialog: BatchEditDialog) -> None:
        dialog.status.setCurrentIndex(dialog.status.findText("Needs review"))
        type_text(qtbot, dialog.add_tags, "Checked twice; 已核对")
        type_text(qtbot, dialog.place, "Vientiane, Laos")
        dialog.country.setFocus()
        type_text(qtbot, dialog.country.lineEdit(), "lao")
        popup = QApplication.activePopupWidget()
        assert popup is not None  # the countries that match, to choose from
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert QApplication.activePopupWidget() is None

    _answer_dialog(monkeypatch, fill, seen)
    qtbot.keyClick(window.events_view, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen == [("Change 3 events", "Change 3 events")]
    statuses, countries = _column(window, STATUS), _column(window, COUNTRY)
    rows = [titles(window).index(title) for title in chosen]
    assert {statuses[row] for row in rows} == {"Needs review"}
    assert {countries[row] for row in rows} == {"LA"}
    # The others are as they were, and the three are still chosen for a next change.
    assert [s for row, s in enumerate(statuses) if row not in rows] == [
        s for row, s in enumerate(statuses_before) if titles(window)[row] not in chosen]
    assert window.count_label.text() == "8 events, 3 selected"
    search(qtbot, window, "已核对")
    assert sorted(titles(window)) == sorted(chosen)
    search(qtbot, window, "vientiane")
    assert sorted(titles(window)) == sorted(chosen)
    search(qtbot, window, "")
    # One undo takes the whole change back.
    # The dialog's completer popup took the window's focus offscreen (a closed
    # dialog hands it back on a desktop).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.events_view.setFocus()
    qtbot.keyClick(window.events_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _column(window, STATUS) == statuses_before
    search(qtbot, window, "checked twice")
    assert titles(window) == []


def test_ctrl_click_adds_and_removes_single_events(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _click(qtbot, window, 0)
    _click(qtbot, window, 4, Qt.KeyboardModifier.ControlModifier)
    _click(qtbot, window, 6, Qt.KeyboardModifier.ControlModifier)
    _click(qtbot, window, 4, Qt.KeyboardModifier.ControlModifier)
    assert window.count_label.text() == "8 events, 2 selected"
    note = window.form.note_label
    assert note.isVisible() and note.text().startswith("2 events are selected")
    chosen = [titles(window)[0], titles(window)[6]]
    seen: list[tuple[str, str]] = []
    _answer_dialog(monkeypatch, _choose("Verified"), seen)
    # As with thousands of events: the change runs on a worker thread.
    monkeypatch.setattr(batch_edit, "IN_BACKGROUND_FROM", 2)
    labels: list[str] = []
    in_background = batch_edit.run_in_background
    monkeypatch.setattr(batch_edit, "run_in_background", lambda parent, label, *rest, **kw: (
        labels.append(label), in_background(parent, label, *rest, **kw))[1])
    window.batch.change_selected()
    assert labels == ["Changing 2 events…"]
    # Its undo and redo run beside the window as well.
    monkeypatch.setattr(change_bus, "LONG_UNDO", 1)
    window.editor.undo_stack.undo()
    window.editor.undo_stack.redo()
    assert labels[1:] == ["Undoing “Change 2 events”…", "Redoing “Change 2 events”…"]
    statuses = _column(window, STATUS)
    assert [statuses[titles(window).index(title)] for title in chosen] == ["Verified"] * 2
    _click(qtbot, window, 3)
    assert not note.isVisible() and window.count_label.text() == "8 events"


def test_ctrl_a_and_delete_remove_every_event_and_undo_brings_them_back(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    before = titles(window)
    window.events_view.setFocus()
    _click(qtbot, window, 0)
    qtbot.keyClick(window.events_view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.count_label.text() == "8 events, 8 selected"
    asked: list[str] = []

    def question(_parent, _title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(window.events_view, Qt.Key.Key_Delete)
    assert asked and asked[0].startswith("Delete 8 events")
    assert titles(window) == [] and window.count_label.text() == "0 events"
    assert window.selection.current is None
    qtbot.keyClick(window.events_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == before
    assert window.count_label.text() == "8 events, 8 selected"  # chosen again


def test_after_a_delete_the_event_in_its_place_is_shown(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    before = titles(window)
    window.events_view.setFocus()
    _click(qtbot, window, 2)
    _click(qtbot, window, 4, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.events_view, Qt.Key.Key_Delete)
    assert titles(window) == before[:2] + before[5:]
    # the first event after those deleted is current, alone, and in the form
    assert window.events_view.currentIndex().row() == 2
    assert window.batch.selected_ids() == [window.selection.current]
    assert window.form.title.text() == before[5]
    # the last row deleted: the new last one is shown
    _click(qtbot, window, 4)
    qtbot.keyClick(window.events_view, Qt.Key.Key_Delete)
    assert titles(window) == before[:2] + before[5:7]
    assert window.form.title.text() == before[6]
    # and the keyboard goes on from there
    qtbot.keyClick(window.events_view, Qt.Key.Key_Up)
    assert window.form.title.text() == before[5]
    # undone, the events deleted are back and chosen, the first of them in the form
    qtbot.keyClick(window.events_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.form.title.text() == before[7]
    qtbot.keyClick(window.events_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert titles(window) == before
    assert window.form.title.text() == before[2]
    assert window.count_label.text() == "8 events, 3 selected"
    # on the timeline they are chosen there, the timeline left in view
    # redone, the event in their place is shown again
    qtbot.keyClick(window.events_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert titles(window) == before[:2] + before[5:]
    assert window.form.title.text() == before[5]
    assert window.batch.selected_ids() == [window.selection.current]
    window.tabs.setCurrentWidget(window.timeline)
    window.editor.undo_stack.undo()
    assert window.tabs.currentWidget() is window.timeline
    assert window.form.title.text() == before[2]
    assert window.timeline.canvas.selected == window.selection.current


def test_a_town_chosen_as_the_place_brings_its_country(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    place_countries.prepare()
    _click(qtbot, window, 0)
    _click(qtbot, window, 1, Qt.KeyboardModifier.ShiftModifier)
    chosen = titles(window)[:2]

    def fill(dialog: BatchEditDialog) -> None:
        dialog.show()  # as exec shows it: the field takes what is chosen once it has the keys
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        type_text(qtbot, dialog.place, "Vient")  # the sample's place, then the town
        assert dialog.place_list.offered()[0] == "Vientiane · 1 event"
        dialog.place.clear()
        type_text(qtbot, dialog.place, "Luang Pr")
        popup = dialog.place.completer().popup()
        assert dialog.place_list.offered() == ["Luang Prabang — Laos"]
        popup.setCurrentIndex(popup.model().index(0, 0))
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert dialog.place.text() == "Luang Prabang"
        assert dialog.country.code() == "LA"

    _answer_dialog(monkeypatch, fill, [])
    window.batch.change_selected()
    countries = dict(zip(titles(window), _column(window, COUNTRY), strict=True))
    assert {countries[title] for title in chosen} == {"LA"}
    search(qtbot, window, "luang prabang")
    assert sorted(titles(window)) == sorted(chosen)


def test_a_search_can_be_chosen_whole_and_changed(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    search(qtbot, window, "cooperation")
    found = titles(window)
    assert 1 < len(found) < 8
    _click(qtbot, window, 0)
    qtbot.keyClick(window.events_view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)

    def fill(dialog: BatchEditDialog) -> None:
        dialog.event_type.setCurrentIndex(dialog.event_type.findText("summit"))

    _answer_dialog(monkeypatch, fill, [])
    window.batch.change_selected()
    assert set(_column(window, TYPE)) == {"summit"}
    search(qtbot, window, "")
    types = dict(zip(titles(window), _column(window, TYPE), strict=True))
    assert any(kind != "summit" for title, kind in types.items() if title not in found)


def test_a_change_of_nothing_cannot_be_confirmed(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _click(qtbot, window, 0)
    before = _column(window, STATUS)
    seen: list[tuple[str, str]] = []
    _answer_dialog(monkeypatch, lambda dialog: None, seen)
    window.batch.change_selected()
    assert seen and _column(window, STATUS) == before
    assert not window.editor.undo_stack.canUndo()


def test_the_chosen_events_can_be_exported_alone(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    _click(qtbot, window, 2)
    _click(qtbot, window, 5, Qt.KeyboardModifier.ControlModifier)
    chosen = {titles(window)[2], titles(window)[5]}
    offered: list[str] = []

    def run(dialog: ExportDialog) -> int:
        offered.append(dialog.selected.text())
        assert dialog.selected.isChecked()  # what the analyst just chose comes first
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", run)
    target = tmp_path / "two.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    qtbot.keyClick(window.events_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert offered == ["The 2 events selected in the list"]
    document = json.loads(target.read_text(encoding="utf-8"))
    assert {event["title"] for event in document["events"]} == chosen


def test_unsaved_edits_in_the_form_are_saved_first_when_asked(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _click(qtbot, window, 0)
    _click(qtbot, window, 1, Qt.KeyboardModifier.ShiftModifier)
    chosen = titles(window)[:2]
    form = window.form
    qtbot.keyClick(form.place, Qt.Key.Key_End)
    type_text(qtbot, form.place, " (main hall)")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []

    def question(_parent, _title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    seen: list[tuple[str, str]] = []
    _answer_dialog(monkeypatch, _choose("Needs review"), seen)
    window.batch.change_selected()  # Cancel: nothing happens, the edit stays
    assert len(asked) == 1 and not seen and form.is_dirty()
    window.batch.change_selected()  # Save: the edit is stored, then the change
    assert len(asked) == 2 and seen and not form.is_dirty()
    assert form.place.text().endswith(" (main hall)")
    statuses = _column(window, STATUS)
    assert [statuses[titles(window).index(title)] for title in chosen] == ["Needs review"] * 2


def _tag_lines(window: MainWindow) -> list[str]:
    tags = window.filter_panel.facet_lists["tag"]
    return [tags.item(row).text() for row in range(tags.count())]


def _rename_from_the_menu(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                          line: str, typed: str) -> list[str]:
    """The tag's line's menu in the filter, its action chosen, a name typed."""
    tags = window.filter_panel.facet_lists["tag"]
    item = tags.findItems(line, Qt.MatchFlag.MatchExactly)[0]
    menu = window.filter_panel.tag_actions.menu_for(item)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: (typed, True))
    offered = [action.text() for action in menu.actions()]
    menu.actions()[0].trigger()
    return offered


def test_a_tag_is_renamed_from_the_filter_and_undone(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "AI governance (4)" in _tag_lines(window)
    offered = _rename_from_the_menu(qtbot, window, monkeypatch, "AI governance (4)",
                                    "AI policy")
    assert offered == ["Rename tag “AI governance”…"]
    assert "AI policy (4)" in _tag_lines(window)
    assert not any(line.startswith("AI governance") for line in _tag_lines(window))
    search(qtbot, window, '"ai policy"')
    assert len(titles(window)) == 4
    search(qtbot, window, "")
    window.editor.undo_stack.undo()
    assert "AI governance (4)" in _tag_lines(window)
    assert not any(line.startswith("AI policy") for line in _tag_lines(window))


def test_a_tag_given_another_tags_name_joins_it_when_confirmed(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = yes_to_questions(monkeypatch)
    _rename_from_the_menu(qtbot, window, monkeypatch, "AI governance (4)", "asean")
    assert asked and asked[0].startswith("“ASEAN” is already a tag")
    lines = _tag_lines(window)
    assert not any(line.startswith("AI governance") for line in lines)
    assert any(line.startswith("ASEAN (") and int(line[7:-1]) >= 4 for line in lines)


NDRC = "National Development and Reform Commission"


def _form_participants(window: MainWindow) -> list[tuple[str, str]]:
    return [(link.name, link.role) for link in window.form.links.links]


def test_a_participant_is_added_to_the_chosen_events_and_removed_again(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    search(qtbot, window, "reform commission")
    had_it = set(titles(window))
    search(qtbot, window, "")
    _click(qtbot, window, 0)
    _click(qtbot, window, 2, Qt.KeyboardModifier.ShiftModifier)
    chosen = set(titles(window)[:3])
    assert not chosen <= had_it

    def add(dialog: BatchEditDialog) -> None:
        # Found by its alias in the other character set.
        type_text(qtbot, dialog.add_participant.line, "國家發展改革委")
        assert dialog.add_participant.found.text() == (
            f"→ {NDRC} (国家发展和改革委员会)")
        dialog.role.setCurrentIndex(dialog.role.findText("speaker"))

    _answer_dialog(monkeypatch, add, [])
    window.batch.change_selected()
    added = chosen - had_it
    assert window.statusBar().currentMessage() == (
        f"{len(added)} of 3 events changed; {3 - len(added)} were already so")
    search(qtbot, window, "reform commission")
    assert set(titles(window)) == had_it | chosen
    _click(qtbot, window, titles(window).index(sorted(added)[0]))
    assert _form_participants(window)[-1] == (NDRC, "speaker")
    # Removed from every chosen event, in whatever role; the others keep it.
    def remove(dialog: BatchEditDialog) -> None:
        type_text(qtbot, dialog.remove_participant.line, "NDRC")

    _answer_dialog(monkeypatch, remove, [])
    search(qtbot, window, "")
    _click(qtbot, window, 0)
    _click(qtbot, window, 2, Qt.KeyboardModifier.ShiftModifier)
    window.batch.change_selected()
    search(qtbot, window, "reform commission")
    assert set(titles(window)) == had_it - chosen
    # One undo puts back what the removal took, roles included.
    window.editor.undo_stack.undo()
    search(qtbot, window, "")
    search(qtbot, window, "reform commission")
    assert set(titles(window)) == had_it | chosen


@pytest.mark.parametrize(("added", "removed", "says"), [
    ("Nobody of this name", "", "No participant has this name."),
    ("", "ministry", "participants match: choose one from the list."),
    ("NDRC", "NDRC", f"→ {NDRC}"),  # both added and removed
])
def test_a_participant_not_named_exactly_once_cannot_be_confirmed(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        added: str, removed: str, says: str) -> None:
    _click(qtbot, window, 0)
    shown: list[str] = []

    def fill(dialog: BatchEditDialog) -> None:
        dialog.status.setCurrentIndex(dialog.status.findText("Verified"))
        assert dialog.ok.isEnabled()
        for field, typed in ((dialog.add_participant, added),
                             (dialog.remove_participant, removed)):
            if typed:
                type_text(qtbot, field.line, typed)
                shown.append(field.found.text())

    _answer_dialog(monkeypatch, fill, [])
    before = _column(window, STATUS)
    window.batch.change_selected()
    assert any(says in text for text in shown)
    assert _column(window, STATUS) == before and not window.editor.undo_stack.canUndo()


def _participant_column(window: MainWindow, column: int) -> list[str]:
    model = window.participants_model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_several_participants_are_given_a_country_and_a_parent_at_once(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.keyClick(window.events_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.participants_view
    assert window.tabs.currentWidget() is view
    names = _participant_column(window, 1)
    rows = [row for row, name in enumerate(names) if name.startswith("Ministry of")][:2]
    assert len(rows) == 2
    for row, modifier in zip(rows, (Qt.KeyboardModifier.NoModifier,
                                    Qt.KeyboardModifier.ControlModifier), strict=True):
        rect = view.visualRect(window.participants_model.index(row, 1))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    assert window.menus.change_selected.text() == "C&hange selected participants…"
    chosen = [names[row] for row in rows]
    seen = []

    def run(dialog) -> int:  # type: ignore[no-untyped-def]
        seen.append(dialog.windowTitle())
        assert not dialog.ok.isEnabled()
        dialog.country.set_code("BR")
        type_text(qtbot, dialog.parent_org.line, "NDRC")
        assert dialog.parent_org.found.text().startswith("→ National Development")
        popup = dialog.parent_org.line.completer().popup()
        assert popup.isVisible()  # offering it by its alias
        qtbot.keyClick(popup, Qt.Key.Key_Escape)  # closed, as OK clicked closes it
        dialog.ok.click()
        return dialog.result()

    from desktop.ui.participant_batch import ParticipantBatchDialog

    monkeypatch.setattr(ParticipantBatchDialog, "exec", run)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen == ["Change 2 participants"]
    countries = dict(zip(_participant_column(window, 1), _participant_column(window, 3),
                         strict=True))
    assert [countries[name] for name in chosen] == ["BR", "BR"]
    assert window.statusBar().currentMessage() == "2 of 2 participants changed"
    assert window.batch.participants.count() == 2  # still chosen, for a next change
    with window.store.session() as session:
        from sqlalchemy import select

        from desktop.core.models import Participant

        parents = session.execute(select(Participant.name, Participant.parent_id)
                                  .where(Participant.name.in_(chosen))).all()
        ndrc = session.scalars(select(Participant.id).where(
            Participant.name == "National Development and Reform Commission")).one()
    assert {parent for _, parent in parents} == {ndrc}
    window.editor.undo_stack.undo()
    countries = dict(zip(_participant_column(window, 1), _participant_column(window, 3),
                         strict=True))
    assert [countries[name] for name in chosen] != ["BR", "BR"]
    # Back on the events list, the action changes events again.
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.menus.change_selected.text() == "C&hange selected events…"


def test_find_and_replace_in_the_chosen_events_says_where_and_is_one_step(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.replace_dialog import ReplaceDialog

    search(qtbot, window, "ASEAN")
    _click(qtbot, window, 0)
    qtbot.keyClick(window.events_view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    chosen = titles(window)
    said: list[str] = []

    def run(dialog: ReplaceDialog) -> int:
        assert not dialog.ok.isEnabled()
        type_text(qtbot, dialog.find_text, "asean")
        said.append(dialog.found.text())
        dialog.fields["title"].setChecked(False)
        said.append(dialog.found.text())
        dialog.fields["title"].setChecked(True)
        dialog.match_case.setChecked(True)
        said.append(dialog.found.text())  # "asean" is nowhere in lower case
        dialog.match_case.setChecked(False)
        type_text(qtbot, dialog.replacement, "东盟")
        dialog.ok.click()
        return dialog.result()

    monkeypatch.setattr(ReplaceDialog, "exec", run)
    qtbot.keyClick(window.events_view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert said[0].startswith(f"Found in {len(chosen)} of the {len(chosen)} events")
    assert said[1] != said[0] and said[2] == f"None of the {len(chosen)} events holds it."
    search(qtbot, window, "东盟")
    mended = titles(window)
    assert len(mended) == len(chosen)
    assert sorted(mended) == sorted(title.replace("ASEAN", "东盟") for title in chosen)
    window.editor.undo_stack.undo()
    search(qtbot, window, "ASEAN")
    assert sorted(titles(window)) == sorted(chosen)


def test_for_thousands_of_events_the_count_waits_for_typing_to_pause(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import replace_dialog
    from desktop.ui.replace_dialog import ReplaceDialog

    monkeypatch.setattr(replace_dialog, "RECOUNT_AT_ONCE_UNDER", 1)  # as with thousands
    counted: list[str] = []
    dialog = ReplaceDialog(window, 8, lambda fields, find, case: (
        counted.append(find), (1, 1))[1])
    type_text(qtbot, dialog.find_text, "forum")
    assert counted == [] and not dialog.ok.isEnabled()
    qtbot.waitUntil(lambda: counted == ["forum"])  # once, for the whole word
    assert dialog.ok.isEnabled() and dialog.found.text().startswith("Found in 1 of the 8")


def test_participants_in_no_event_are_deleted_with_the_delete_key(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("Old Ministry", "Old Bureau"):
        window.editor.apply(lambda ops, n=name: ops.create_participant(
            {"kind": "organization", "name": n}), "New")
    qtbot.keyClick(window.events_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.participants_view
    names = _participant_column(window, 1)
    rows = [names.index("Old Bureau"), names.index("Old Ministry")]
    for row, modifier in zip(rows, (Qt.KeyboardModifier.NoModifier,
                                    Qt.KeyboardModifier.ControlModifier), strict=True):
        rect = view.visualRect(window.participants_model.index(row, 1))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    asked: list[str] = []

    def question(_parent, _title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    view.setFocus()
    following = names[max(rows) + 1]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked and asked[0].startswith("Delete 2 participants?")
    names = _participant_column(window, 1)
    assert "Old Bureau" not in names and "Old Ministry" not in names
    # the one in their place is shown (the form stood empty, as a new participant's)
    assert window.participant_form.name.text() == following
    assert view.currentIndex().row() == min(rows)
    window.editor.undo_stack.undo()
    names = _participant_column(window, 1)
    assert "Old Bureau" in names and "Old Ministry" in names
    # brought back, they are chosen again, the first in the form
    assert window.participant_form.name.text() == "Old Bureau"
    chosen = [names[index.row()] for index in view.selectionModel().selectedRows()]
    assert sorted(chosen) == ["Old Bureau", "Old Ministry"]
    # redone, the one in their place is shown again
    window.editor.undo_stack.redo()
    assert window.participant_form.name.text() == following
    assert view.currentIndex().row() == min(rows)


def test_one_chosen_event_is_counted_in_the_singular(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.replace_dialog import ReplaceDialog

    _click(qtbot, window, 1)
    seen: list[tuple[str, str]] = []
    notes: list[str] = []

    def fill(dialog: BatchEditDialog) -> None:
        notes.extend(label.text() for label in dialog.findChildren(QLabel)
                     if "Edit ▸ Undo" in label.text())
        dialog.status.setCurrentIndex(dialog.status.findText("Needs review"))

    _answer_dialog(monkeypatch, fill, seen)
    window.batch.change_selected()
    assert seen == [("Change 1 event", "Change 1 event")]
    assert notes and notes[0].endswith("Edit ▸ Undo takes it back for the event.")
    assert window.statusBar().currentMessage() == "1 of 1 event changed"
    assert window.editor.undo_stack.undoText() == "Change 1 event"
    said: list[str] = []

    def run(dialog: ReplaceDialog) -> int:
        said.append(dialog.windowTitle())
        type_text(qtbot, dialog.find_text, "China")
        said.append(dialog.found.text())
        type_text(qtbot, dialog.find_text, " nowhere")
        said.append(dialog.found.text())
        return 0

    monkeypatch.setattr(ReplaceDialog, "exec", run)
    window.batch.replace_in_selected()
    assert said[0] == "Find and replace in 1 event"
    assert re.fullmatch(r"Found in the event, (1 time|[2-9] times)\.", said[1]), said[1]
    assert said[2] == "The event does not hold it."
