"""The "Changed here since" filter beside the list: the events edited here
from a day on, to read again or to export for a colleague."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from desktop.core import operations_base
from desktop.ui.exchange_dialogs import ExportDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_text


def _titles(window: MainWindow) -> list[str]:
    model = window.events_model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_typing_a_day_shows_the_events_changed_since(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    model = window.events_model
    first = model.index(0, 1).data()
    row = model.row_at(0)
    assert row is not None
    event_id = model.record_id(row)
    monkeypatch.setattr(operations_base, "utc_now", lambda: "2030-01-02T10:00:00Z")
    window.editor.apply(lambda ops: ops.update_event(event_id, {"summary": "Revised."}),
                        "Edit summary")
    panel = window.filter_panel
    type_text(qtbot, panel.changed_since, "1 Jan 2030")
    qtbot.keyClick(panel.changed_since, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _titles(window) == [first])
    assert window.count_label.text() == "1 of 8 events"
    assert panel.event_filter.changed_since == date(2030, 1, 1)
    dialog = ExportDialog(window, 1, 8)
    qtbot.addWidget(dialog)
    assert dialog.current.text() == "The 1 event of the current search and filters"
    panel.clear()
    qtbot.waitUntil(lambda: len(_titles(window)) == 8)
    assert panel.changed_since.text() == ""


def test_a_day_it_cannot_read_is_named_and_a_saved_search_brings_it_back(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    panel = window.filter_panel
    type_text(qtbot, panel.changed_since, "Feb 30 2026")
    qtbot.keyClick(panel.changed_since, Qt.Key.Key_Return)
    assert "February 2026 has 28 days" in panel.date_error.text()
    assert panel.event_filter.changed_since is None
    panel.apply_filter(replace(panel.event_filter, changed_since=date(2099, 5, 1)))
    assert panel.changed_since.text() == "2099-05-01"
    qtbot.waitUntil(lambda: window.count_label.text() == "0 of 8 events")


def test_the_day_of_the_last_export_for_a_colleague_is_offered(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """Once a JSON document is exported, "Changed here since" offers its day:
    the next file sent holds what changed since the last one."""
    qtbot.waitUntil(lambda: window.is_ready)
    panel = window.filter_panel
    offer = panel.findChild(QToolButton, "since_last_export")
    assert offer is not None and not offer.isVisibleTo(panel)  # nothing exported yet
    window.exchange.export_to(tmp_path / "events.csv", "csv", None)
    assert not offer.isVisibleTo(panel)  # a table is not what a colleague merges back
    window.exchange.export_to(tmp_path / "week.json", "json", None)
    today = date.today()
    assert offer.isVisibleTo(panel)
    assert offer.text() == f"Since last export: {today.day} {today:%b %Y}"
    assert "week.json" in offer.toolTip()
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert panel.changed_since.text() == today.isoformat()
    assert panel.event_filter.changed_since == today
    # Every sample event was stored today: all of them changed since.
    qtbot.waitUntil(lambda: len(_titles(window)) == 8)
    assert window.events_model.event_filter.changed_since == today


def test_a_day_counted_from_today_is_read_in_the_since_field_and_the_date_field(
        qtbot: QtBot, window: MainWindow) -> None:
    """"yesterday" or "7 days ago" in "Changed here since" (the week's work to
    read again), 昨天 in an event's date: they said "'yesterday' is not a
    month name or a date word"."""
    qtbot.waitUntil(lambda: window.is_ready)
    panel = window.filter_panel
    type_text(qtbot, panel.changed_since, "7 days ago")
    qtbot.keyClick(panel.changed_since, Qt.Key.Key_Return)
    assert panel.date_error.isHidden()
    assert panel.event_filter.changed_since == date.today() - timedelta(days=7)
    qtbot.waitUntil(lambda: window.count_label.text() == "8 events")  # all made today
    panel.changed_since.clear()
    type_text(qtbot, panel.changed_since, "tomorrow")
    qtbot.keyClick(panel.changed_since, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.count_label.text() == "0 of 8 events")
    form = window.form
    window.new_event()
    type_text(qtbot, form.date.line, "昨天")
    yesterday = date.today() - timedelta(days=1)
    assert form.date.edtf() == yesterday.isoformat()
    assert form.date.feedback.text().startswith(f"{yesterday.day} {yesterday:%B %Y}")
