"""Tools ▸ Find duplicate events with long titles: the pairs keep their room
beside the comparison."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.identity_dialogs import DuplicatesDialog
from desktop.ui.main_window import MainWindow

LONG = ("Second Ministerial Roundtable on Digital Infrastructure, Artificial Intelligence "
        "Governance and Cross-Border Data Flows between ASEAN Member States and China")


def _long_pair_shown(qtbot: QtBot, window: MainWindow) -> DuplicatesDialog:
    """Find duplicate events, shown, on two editions of a long title."""
    ops = window.editor.ops
    for title in (LONG, LONG + " (Day Two)"):
        ops.create_event({"title": title, "date": "2025-06-18", "country": "CN"})
    dialog = DuplicatesDialog(window.editor, "event", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_long_titles_leave_the_pairs_room_and_show_whole_in_a_tooltip(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = _long_pair_shown(qtbot, window)
    row = next(i for i in range(dialog.pairs.count()) if LONG in dialog.pairs.item(i).text())
    dialog.pairs.setCurrentRow(row)
    assert dialog.minimumSizeHint().width() <= 800
    assert dialog.pairs.width() >= 300  # the pairs read as lines, not a word a line
    names = {dialog.keep_first.toolTip(), dialog.keep_second.toolTip()}
    assert names == {LONG, LONG + " (Day Two)"}
    # Cut in the middle, the two read apart: one ends in "(Day Two)".
    shown = {dialog.keep_first.text(), dialog.keep_second.text()}
    assert all("…" in text for text in shown) and len(shown) == 2
    assert any(text.endswith("(Day Two)") for text in shown)
    title_row = next(r for r in range(dialog.fields.rowCount())
                     if dialog.fields.item(r, 0).text() == "Title")
    assert {dialog.fields.item(title_row, c).toolTip() for c in (1, 2)} == names


def test_nothing_to_review_is_said_in_a_small_dialog(qtbot: QtBot, window: MainWindow) -> None:
    dialog = DuplicatesDialog(window.editor, "event", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.pairs.count() == 0  # the sample's events are each one
    assert dialog.reasons.text() == "No likely duplicate events were found: nothing to review."
    assert dialog.width() < 600 and dialog.height() < 200
    assert not dialog.merge_button.isVisible() and not dialog.count.isVisible()


def test_tab_leaves_the_values_for_merge(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _long_pair_shown(qtbot, window)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.fields.setFocus()
    qtbot.keyClick(dialog.fields, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.merge_button
