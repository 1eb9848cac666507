"""Tools ▸ Vocabularies…: a value's spelling corrected, one merged into
another, an unused one removed, a new one added — each counted, each one
step of Edit ▸ Undo, and the forms follow."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.vocabulary_dialog import VocabularyDialog
from tests.ui.conftest import choose_value, shown_values


def test_roles_are_merged_renamed_removed_and_added_with_their_counts(
        qtbot: QtBot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.is_ready)
    dialog = VocabularyDialog(window.editor, window)
    qtbot.addWidget(dialog)
    dialog.vocabulary.setCurrentIndex(dialog.vocabulary.findText("Roles"))
    shown = shown_values(dialog)
    assert "attendee  (12 participants in events)" in shown
    assert "organizer  (0 participants in events)" in shown

    # a value in use is not removed from under its records
    choose_value(dialog, "attendee")
    assert not dialog.remove_button.isEnabled()
    assert "merge it into another value instead" in dialog.remove_button.toolTip()

    offered: list[list[str]] = []

    def pick(_parent, _title, label, items, *_args):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        assert label.startswith("“attendee” (12 participants in events) becomes the role")
        return "participant", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    dialog.merge_button.click()
    assert "attendee" not in offered[0] and "participant" in offered[0]
    assert "participant  (20 participants in events)" in shown_values(dialog)
    assert not any(text.startswith("attendee  (") for text in shown_values(dialog))
    assert dialog.message.text() == ("“attendee” merged into “participant” on 12 participants "
                                     "in events. Undo takes it back.")
    # the event form shown follows: no participant of it is an attendee now
    window.events_view.selectRow(0)
    roles = {link.role for link in window.form.links.links}
    assert "attendee" not in roles

    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *_args, **_kw: ("co-host (joint)", True))
    choose_value(dialog, "co-host")
    dialog.rename_button.click()
    assert "co-host (joint)  (3 participants in events)" in shown_values(dialog)

    choose_value(dialog, "organizer")
    dialog.remove_button.click()
    assert not any(text.startswith("organizer  (") for text in shown_values(dialog))

    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("moderator", True))
    dialog.add_button.click()
    assert dialog.values.currentItem().text() == "moderator  (0 participants in events)"

    assert dialog.undo_button.toolTip() == "Undo Add role “moderator”"
    for _step in range(4):  # each was one step, taken back from the dialog
        dialog.undo_button.click()
    assert dialog.message.text() == "Undone: Merge role “attendee” into “participant”."
    shown = shown_values(dialog)
    assert "attendee  (12 participants in events)" in shown
    assert "participant  (8 participants in events)" in shown
    assert "co-host  (3 participants in events)" in shown and "organizer  (0 participants " \
        "in events)" in shown
    assert not any(text.startswith("moderator  (") for text in shown)
    dialog.close()


def test_event_types_and_organisation_types_are_counted_by_what_has_them(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = VocabularyDialog(window.editor, window)
    qtbot.addWidget(dialog)
    dialog.vocabulary.setCurrentIndex(dialog.vocabulary.findText("Event types"))
    assert "forum  (1 event)" in shown_values(dialog)
    dialog.vocabulary.setCurrentIndex(dialog.vocabulary.findText("Organisation types"))
    assert "government  (14 participants)" in shown_values(dialog)
    dialog.close()


def test_the_keyboard_renames_and_removes_a_value(
        qtbot: QtBot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    dialog = VocabularyDialog(window.editor, window)
    qtbot.addWidget(dialog)
    dialog.show()
    # typed once it is in front: the keys go to it, not to the window's list behind
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.vocabulary.setCurrentIndex(dialog.vocabulary.findText("Roles"))
    choose_value(dialog, "organizer")  # nothing has it
    dialog.values.setFocus()
    qtbot.keyClick(dialog.values, Qt.Key.Key_Delete)
    assert not any(text.startswith("organizer  (") for text in shown_values(dialog))
    choose_value(dialog, "witness")  # two have it: Delete leaves it
    qtbot.keyClick(dialog.values, Qt.Key.Key_Delete)
    assert "witness  (2 participants in events)" in shown_values(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args, **_kw: ("observer", True))
    qtbot.keyClick(dialog.values, Qt.Key.Key_F2)
    assert "observer  (2 participants in events)" in shown_values(dialog)
    dialog.close()
