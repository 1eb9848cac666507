"""Tab leaves the tables of the import and mentions dialogs for their buttons,
rather than walking cell by cell through thousands of rows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.exchange_dialogs import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.mentions_dialog import MentionsDialog
from tests.ui.conftest import retitled_copy


def _tab_from(qtbot: QtBot, dialog: QDialog, table: QWidget) -> QWidget | None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_leaves_the_import_dialogs_table(qtbot: QtBot, window: MainWindow,
                                            tmp_path: Path) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    copy = tmp_path / "copy.json"
    retitled_copy(window, copy, 3)
    plan = window.exchange.plan(copy)
    assert plan is not None
    dialog = ImportDialog(window, copy.name, plan)
    qtbot.addWidget(dialog)
    after = _tab_from(qtbot, dialog, dialog.table)
    assert after is not dialog.table and after is not None and dialog.isAncestorOf(after)


def test_tab_leaves_the_mentions_table(qtbot: QtBot, window: MainWindow) -> None:
    event = next(iter(window.editor.ops.create_event({
        "title": "Media dialogue", "summary": "石中军 opened it; 国家发展改革委 sent a delegate."})
        .events_touched()))
    dialog = MentionsDialog(window.editor, [event], window)
    qtbot.addWidget(dialog)
    assert dialog.mentions
    assert _tab_from(qtbot, dialog, dialog.table) is dialog.link_button
