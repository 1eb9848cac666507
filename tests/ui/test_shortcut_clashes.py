"""Every key of the window does one thing: a key given twice is "ambiguous"
to Qt, which then does nothing at all (Redo on Linux did so)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.window_menus import redo_keys

CTRL_SHIFT_Z = QKeySequence("Ctrl+Shift+Z")


def test_redo_has_each_key_once_whatever_the_systems_own_redo_is(qtbot: QtBot) -> None:
    # Linux (GNOME, KDE): the system's Redo is Ctrl+Shift+Z itself.
    assert redo_keys(QKeySequence("Ctrl+Shift+Z")) == [CTRL_SHIFT_Z]
    # Windows: Ctrl+Y beside it.
    assert redo_keys(QKeySequence("Ctrl+Y")) == [CTRL_SHIFT_Z, QKeySequence("Ctrl+Y")]
    assert redo_keys(QKeySequence()) == [CTRL_SHIFT_Z]


def test_no_two_menu_commands_share_a_key(window: MainWindow) -> None:
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_ctrl_shift_z_redoes(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(0)
    event_id = window.selection.current
    assert event_id is not None
    window.editor.apply(lambda ops: ops.update_event(event_id, {"place": "Hanoi"}), "Place")
    window.editor.undo_stack.undo()
    assert window.menus.redo.isEnabled()
    window.activateWindow()
    window.events_view.setFocus()
    qtbot.keyClick(window.events_view, "Z", QKeySequence("Ctrl+Shift+Z")[0].keyboardModifiers())
    assert window.editor.undo_stack.index() == window.editor.undo_stack.count()
