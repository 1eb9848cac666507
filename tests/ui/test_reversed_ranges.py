"""Ranges typed the wrong way round — a From after a To, the later period
first — are named as such where they are typed, not shown as an empty list or
as a comparison that calls every new tie gone."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import retype, titles
from tests.ui.test_network_change_dialog import _open


def test_a_from_after_the_to_is_named_and_the_list_kept(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.filter_panel
    retype(qtbot, panel.date_from, "2025")
    assert len(titles(window)) == 6
    retype(qtbot, panel.date_to, "2024")
    assert panel.date_error.isVisible()
    assert panel.date_error.text() == ("From is after To: it starts on 1 January 2025, after it "
                                       "ends (31 December 2024)")
    assert len(titles(window)) == 6  # the last range that could hold events stands
    retype(qtbot, panel.date_to, "June 2025")
    assert not panel.date_error.isVisible()
    assert len(titles(window)) == 4


def test_the_later_period_first_is_named_and_nothing_compared(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    assert dialog.table.rowCount() > 0
    retype(qtbot, dialog.before, "2026")
    assert dialog.after_words.text() == ("The later period (“2025”) starts before the earlier "
                                         "one (“2026”): give the earlier first")
    assert dialog.table.rowCount() == 0 and dialog.summary.text() == ""
    retype(qtbot, dialog.before, "2024")
    assert dialog.after_words.text() == "1 January 2025 to 31 December 2025"
    assert dialog.summary.text().startswith("2024: 2 events; 2025: 6 events.")
