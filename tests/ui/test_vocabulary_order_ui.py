"""Tools ▸ Vocabularies… moves a value up or down its list (buttons, or
Ctrl+Up / Ctrl+Down), and the event form offers the values in that order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.vocabulary_dialog import VocabularyDialog


def _values(dialog: VocabularyDialog) -> list[str]:
    return [dialog.values.item(row).text().split("  (")[0]
            for row in range(dialog.values.count())]


def _offered(window: MainWindow) -> list[str]:
    combo = window.form.event_type
    return [combo.itemText(index) for index in range(combo.count()) if combo.itemText(index)]


def test_a_type_moved_up_is_offered_first_in_the_form(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    dialog = VocabularyDialog(window.editor, window)
    qtbot.addWidget(dialog)
    dialog.vocabulary.setCurrentIndex(dialog.vocabulary.findData("event_type"))
    first = _values(dialog)
    assert _offered(window) == first
    dialog.values.setCurrentRow(first.index("joint centre"))
    dialog.values.setFocus()

    qtbot.keyClick(dialog.values, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    dialog.up_button.click()
    moved = _values(dialog)
    place = first.index("joint centre") - 2
    assert moved.index("joint centre") == place
    assert dialog.values.currentItem().text().startswith("joint centre  (")
    assert _offered(window) == moved  # the form follows

    while dialog.up_button.isEnabled():
        dialog.up_button.click()
    assert _values(dialog)[0] == "joint centre" and _offered(window)[0] == "joint centre"
    assert not dialog.up_button.isEnabled() and dialog.down_button.isEnabled()

    while dialog.undo_button.isEnabled():
        dialog.undo_button.click()
    assert _values(dialog) == first and _offered(window) == first
