"""The form's History tab in a pane as narrow as a laptop leaves it: no word
is cut, not even who made the change."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import narrow_form


def test_each_word_of_the_history_fits_its_column_in_a_narrow_pane(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(0)
    event_id = window.form.record_id
    assert event_id is not None
    window.editor.apply(lambda ops: ops.update_event(
        event_id, {"place": "上海市 Shanghai, West Bund Art Center and the Expo Centre"}), "Place")
    window.details.setCurrentWidget(window.history)
    narrow_form(window, 410)
    qtbot.wait(50)
    history = window.history
    # The sample's events came in with an import, from no file it could name.
    assert "Engagement Curator sample (imported)" in [
        history.item(row, 1).text() for row in range(history.rowCount())]
    metrics = history.fontMetrics()
    margin = 2 * (history.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    too_wide = [(row, column, word)
                for row in range(history.rowCount()) for column in range(5)
                for line in history.item(row, column).text().split("\n")
                for word in line.split()
                if metrics.horizontalAdvance(word) > history.columnWidth(column) - margin]
    assert too_wide == []
    # The old and new values keep their room beside them.
    assert min(history.columnWidth(3), history.columnWidth(4)) >= 70
