"""Tools ▸ Count events by period…: the table a report quotes, following the
window's search and edits, copied and saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.tally_dialog import TallyDialog
from tests.ui.conftest import search


def _open(qtbot: QtBot, window: MainWindow) -> TallyDialog:
    qtbot.waitUntil(lambda: window.is_ready)
    action = next(action for action in window.findChildren(QAction)
                  if action.text() == "C&ount events by period…")
    assert action.shortcut().toString() == "Ctrl+Shift+T"
    action.trigger()
    dialog = window.findChild(TallyDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _shown(dialog: TallyDialog) -> list[list[str]]:
    """The table as drawn: header, then each line with its label."""
    model = dialog.model
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    lines = [["", *(model.headerData(c, horizontal) for c in range(model.columnCount()))]]
    for row in range(model.rowCount()):
        lines.append([model.headerData(row, vertical),
                      *(model.index(row, c).data() for c in range(model.columnCount()))])
    return lines


def _choose(dialog: TallyDialog, rows_by: str, per: str) -> None:
    dialog.rows_by.setCurrentIndex(dialog.rows_by.findText(rows_by))
    dialog.per.setCurrentIndex(dialog.per.findText(per))


def test_the_sample_counted_by_country_and_year(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    lines = _shown(dialog)
    assert lines[0] == ["", "2024", "2025", "Total"]
    assert lines[1] == ["China (CN)", "1", "2", "3"]
    assert lines[-1] == ["All events", "2", "6", "8"]
    assert dialog.scope.text() == "All 8 events"
    _choose(dialog, "Tag", "Quarter")
    lines = _shown(dialog)
    assert "2025 Q3" in lines[0]
    assert lines[1][0] == "AI governance" and lines[1][-1] == "4"
    assert "is in each of their rows" in dialog.note.text()


def test_nothing_is_copied_or_saved_while_the_first_counts_are_read(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """In a large database the counts are read beside the window: until they
    come, Copy and Save are greyed, and Enter (which presses Copy, the
    dialog's first button) or Ctrl+C copies nothing rather than failing."""
    monkeypatch.setattr("desktop.ui.tally_dialog.counts_beside", lambda _window: True)
    QGuiApplication.clipboard().setText("kept")
    dialog = _open(qtbot, window)
    keeping = [button for button in dialog.findChildren(QPushButton)
               if button.text() in ("&Copy table", "&Save as CSV…", "Sa&ve chart…")]
    assert len(keeping) == 3 and not any(button.isEnabled() for button in keeping)
    qtbot.keyClick(dialog.rows_by, Qt.Key.Key_Return)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "kept"
    qtbot.waitUntil(lambda: all(button.isEnabled() for button in keeping))
    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().endswith("All events\t2\t6\t8")


def test_the_counts_follow_the_search_and_edits(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    search(qtbot, window, "ASEAN")
    shown = window.events_model.rowCount()
    qtbot.waitUntil(lambda: dialog.scope.text()
                    == f"The {shown} events of the current search and filters")
    assert _shown(dialog)[-1][-1] == str(shown)
    search(qtbot, window, "")
    qtbot.waitUntil(lambda: dialog.scope.text() == "All 8 events")
    every = _all(window)
    window.editor.apply(lambda ops: ops.change_events(every, {"country": "LA"}), "Laos")
    qtbot.waitUntil(lambda: _shown(dialog)[1] == ["Laos (LA)", "2", "6", "8"])
    assert len(_shown(dialog)) == 3  # the one country, then the totals


def _all(window: MainWindow) -> list[str]:
    window.events_view.selectAll()
    return window.batch.selected_ids()


def test_the_table_is_copied_and_saved_for_a_spreadsheet(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window.editor.apply(lambda ops: ops.change_events(_all(window)[:1],
                                                      add_tags=["=SUM(A1:A9)"]), "Tag")
    dialog = _open(qtbot, window)
    _choose(dialog, "Tag", "Year")
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text().split("\n")
    assert copied[0] == "Tag\t2024\t2025\tTotal"
    assert copied[-1] == "All events\t2\t6\t8"
    target = tmp_path / "counts.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    dialog.ask_and_save()
    text = target.read_bytes().decode("utf-8")
    assert text.startswith("\ufeffTag,2024,2025,Total\r\n")
    assert "\r\n'=SUM(A1:A9)," in text  # not run by the spreadsheet
    assert text.endswith("All events,2,6,8\r\n")
    book = tmp_path / "counts.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(book), ""))
    dialog.ask_and_save()
    from openpyxl import load_workbook

    cells = load_workbook(book)["Counts"]
    rows = list(cells.iter_rows(values_only=True))
    assert rows[0] == ("Tag", "2024", "2025", "Total") and rows[-1] == ("All events", 2, 6, 8)
    tag_row = next(row for row in cells.iter_rows() if row[0].value == "=SUM(A1:A9)")
    assert tag_row[0].data_type == "s"  # a text in a workbook, never run


def _double_click(qtbot: QtBot, dialog: TallyDialog, index: QModelIndex) -> None:
    """As a mouse does it: a click, then the second press of a double-click."""
    dialog.table.scrollTo(index)
    centre = dialog.table.visualRect(index).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_double_clicking_a_number_chooses_its_events_in_the_list(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    lines = _shown(dialog)
    row, column = 1, lines[0].index("2025")  # China (CN), 2025: two events
    assert lines[row][0] == "China (CN)" and lines[row][column] == "2"
    index = dialog.model.index(row - 1, column - 1)
    _double_click(qtbot, dialog, index)
    assert window.tabs.currentWidget() is window.events_view
    assert window.count_label.text() == "8 events, 2 selected"
    assert window.statusBar().currentMessage() == (
        "2 events chosen in the list: China (CN), 2025")
    chosen = window.batch.selected_ids()
    assert window.selection.current == chosen[0]
    assert window.form.country.code() == "CN"
    # The totals line's total: every event.
    _double_click(qtbot, dialog, dialog.model.index(len(lines) - 2, len(lines[0]) - 2))
    assert window.count_label.text() == "8 events, 8 selected"


def test_enter_on_a_number_chooses_its_events_too(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open(qtbot, window)
    lines = _shown(dialog)
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, lines[0].index("2024") - 1))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert lines[1][:2] == ["China (CN)", "1"]
    assert window.statusBar().currentMessage() == (
        "1 event chosen in the list: China (CN), 2024")
    assert window.form.country.code() == "CN"


def test_the_counts_drawn_as_a_chart_and_saved_for_a_report(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    dialog = _open(qtbot, window)
    _choose(dialog, "Participants' country", "Quarter")
    dialog.views.setCurrentWidget(dialog.chart)
    assert dialog.chart.isVisible()
    series = dialog.chart.series
    assert series is not None and series.periods[0] == "2024 Q3"
    assert series.lines[0][0] == "China (CN)" and sum(series.totals) == 8
    assert dialog.chart_title() == ("Events per quarter by participants' country — 8 events, "
                                    "all events")
    picture = dialog.chart.grab().toImage()
    assert len({picture.pixel(x, y) for x in range(0, picture.width(), 9)
                for y in range(0, picture.height(), 9)}) > 8  # bars, lines and words
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    assert dialog.save_chart(png) and dialog.save_chart(svg)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1600, 900)
    assert "China (CN)" in svg.read_text(encoding="utf-8")
    # It follows the search, like the table.
    search(qtbot, window, "Laos")
    qtbot.waitUntil(lambda: dialog.chart.series is not None
                    and sum(dialog.chart.series.totals) == window.events_model.rowCount())
    assert dialog.chart_title().endswith(": search “Laos”")


def test_a_bar_or_a_point_of_the_chart_chooses_its_events(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    from PySide6.QtCore import QPoint, QRectF
    from PySide6.QtGui import QFontMetricsF

    from desktop.core.filters import EventFilter
    from desktop.core.tallies import events_counted
    from desktop.ui.tally_chart import chart_layout

    dialog = _open(qtbot, window)
    _choose(dialog, "Country", "Year")
    dialog.views.setCurrentWidget(dialog.chart)
    chart, series, counts = dialog.chart, dialog.chart.series, dialog.counts
    assert series is not None and counts is not None
    layout = chart_layout(series, QRectF(chart.rect()), QFontMetricsF(chart.font()))
    # The 2025 bar, low down (below every line's point): every event of 2025.
    bar = QPoint(round(layout.x(1) - layout.slot * 0.3), round(layout.plot.bottom() - 2))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=bar)
    qtbot.mouseDClick(chart, Qt.MouseButton.LeftButton, pos=bar)
    with window.store.session() as session:
        expected = events_counted(session, EventFilter(), "country", "year", row=None,
                                  column="2025")
    assert len(expected) == 6 and sorted(window.batch.selected_ids()) == sorted(expected)
    # China's point in 2025 (two events): China's events of 2025.
    point = QPoint(round(layout.x(1)), round(layout.y(series.lines[0][1][1])))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(chart, Qt.MouseButton.LeftButton, pos=point)
    with window.store.session() as session:
        china = events_counted(session, EventFilter(), "country", "year", row=counts.rows[0],
                               column="2025")
    assert series.lines[0][0] == "China (CN)" and len(china) == 2
    assert sorted(window.batch.selected_ids()) == sorted(china)
