"""Ranges typed the wrong way round — a From after a To, the later period
first — are named as such where they are typed, not shown as an empty list or
as a comparison that calls every new tie gone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import titles, type_text
from tests.ui.test_network_change_dialog import _open


def test_a_from_after_the_to_is_named_and_the_list_kept(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.filter_panel
    type_text(qtbot, panel.date_from, "2025")
    qtbot.keyClick(panel.date_from, Qt.Key.Key_Return)
    assert len(titles(window)) == 6
    type_text(qtbot, panel.date_to, "2024")
    qtbot.keyClick(panel.date_to, Qt.Key.Key_Return)
    assert panel.date_error.isVisible()
    assert panel.date_error.text() == ("From is after To: it starts on 1 January 2025, after it "
                                       "ends (31 December 2024)")
    assert len(titles(window)) == 6  # the last range that could hold events stands
    panel.date_to.clear()
    type_text(qtbot, panel.date_to, "June 2025")
    qtbot.keyClick(panel.date_to, Qt.Key.Key_Return)
    assert not panel.date_error.isVisible()
    assert len(titles(window)) == 4


def test_the_later_period_first_is_named_and_nothing_compared(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    assert dialog.table.rowCount() > 0
    dialog.before.clear()
    type_text(qtbot, dialog.before, "2026")
    qtbot.keyClick(dialog.before, Qt.Key.Key_Return)
    assert dialog.after_words.text() == ("The later period (“2025”) starts before the earlier "
                                         "one (“2026”): give the earlier first")
    assert dialog.table.rowCount() == 0 and dialog.summary.text() == ""
    dialog.before.clear()
    type_text(qtbot, dialog.before, "2024")
    qtbot.keyClick(dialog.before, Qt.Key.Key_Return)
    assert dialog.after_words.text() == "1 January 2025 to 31 December 2025"
    assert dialog.summary.text().startswith("2024: 2 events; 2025: 6 events.")
