"""Help ▸ Keyboard shortcuts: every key of the menus, and those of the lists,
the timeline and the network, in one list."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.shortcuts_dialog import ShortcutsDialog


def test_every_menu_shortcut_is_listed_with_what_it_does(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[list[tuple[str, str]]] = []  # the rows listed while the dialog is open
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog.rows()) or 0)
    action = next(a for a in window.findChildren(QAction) if a.text() == "&Keyboard shortcuts")
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    rows = shown[0]
    listed = dict(rows)
    assert listed["Ctrl+Shift+W"] == "Who works with whom"
    assert listed["Ctrl+Shift+V"] == "Import rows from the clipboard"
    assert listed["Ctrl+O"] == "Open database"
    assert listed["Ctrl+H"] == "Find and replace in selected events"
    assert ("Home", "show everything") in rows  # a timeline key, on no menu
    # Every action with a shortcut, anywhere in the menus, is there.
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    with_keys: set[str] = set()
    while menus:
        menu = menus.pop()
        for item in menu.actions():  # type: ignore[union-attr]
            if isinstance(item.menu(), QMenu):
                menus.append(item.menu())
            elif not item.shortcut().isEmpty():
                with_keys.add(item.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
    assert len(with_keys) >= 15 and with_keys <= set(listed)


def test_every_line_shows_whole_when_the_dialog_opens(qtbot: QtBot, window: MainWindow) -> None:
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    metrics = tree.fontMetrics()
    longest = max((does for _key, does in dialog.rows()), key=metrics.horizontalAdvance)
    assert longest.startswith("remove the current row")  # the one that was cut at 640 px
    # Its column reaches as far as the text, and the view shows the column to its end.
    text_end = tree.columnWidth(0) + metrics.horizontalAdvance(longest)
    assert text_end < tree.columnWidth(0) + tree.columnWidth(1) <= tree.viewport().width()
    group = tree.topLevelItem(0)
    assert group is not None and group.child(0).toolTip(1) == group.child(0).text(1)
