"""The History tab in a narrow pane shows a long value whole: a word wider
than its column is broken inside, not cut with "…", and the row is as tall as
its lines."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.wrap_anywhere import wrapped_lines
from tests.ui.conftest import narrow_form

TITLE = "Interdisciplinary Telecommunications Standardisation Roundtable"


def test_a_value_of_long_words_is_shown_whole_in_a_narrow_pane(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(0)
    event_id = window.form.record_id
    assert event_id is not None
    window.editor.apply(lambda ops: ops.update_event(event_id, {"title": TITLE}), "Title")
    window.details.setCurrentWidget(window.history)
    narrow_form(window, 410)
    qtbot.wait(50)
    history = window.history
    row = next(r for r in range(history.rowCount()) if history.item(r, 4).text() == TITLE)
    margin = 2 * (history.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    width = history.columnWidth(4) - margin
    metrics = history.fontMetrics()
    assert metrics.horizontalAdvance("Telecommunications") > width  # too wide for one line

    lines = wrapped_lines(TITLE, history.font(), width)
    # every letter is there, in order, no "…", and no line runs past the column
    assert "".join(lines).replace(" ", "") == TITLE.replace(" ", "")
    assert max(metrics.horizontalAdvance(line) for line in lines) <= width
    # the row is tall enough for all of them (a word cut with "…" took one line)
    assert history.rowHeight(row) >= len(lines) * metrics.lineSpacing()
