"""View ▸ Activity shows each step's analyst whole."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.activity_dialog import show_activity
from desktop.ui.main_window import MainWindow


def test_the_who_column_is_as_wide_as_the_longest_name(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    dialog = show_activity(window)
    qtbot.addWidget(dialog)
    steps = dialog.steps
    qtbot.waitUntil(lambda: steps.rowCount() > 0)
    names = [steps.item(row, 1).text() for row in range(steps.rowCount())]
    assert "Engagement Curator sample" in names  # the sample's import
    widest = max(steps.fontMetrics().horizontalAdvance(name) for name in names)
    assert steps.columnWidth(1) > widest
