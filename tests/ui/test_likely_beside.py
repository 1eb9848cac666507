"""A new event dated to a decade is checked against the events stored beside
the window (every event of those years is read): typing goes on, and the
answer for a draft since left is not shown."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_text

WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"


def _draft(qtbot: QtBot, window: MainWindow, date: str) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.form
    type_text(qtbot, form.title, "World Artificial Intelligence Conference")
    type_text(qtbot, form.date.line, date)
    form.likely_check.timer.stop()  # the check is made here, not when typing pauses


def test_a_decade_is_checked_beside_the_window(qtbot: QtBot, window: MainWindow) -> None:
    _draft(qtbot, window, "202X")
    form = window.form
    assert form.date.understood() is not None and form.date.understood().precision == "decade"
    form.check_duplicates()
    assert form.likely_check.finding.busy and form.likely.isHidden()  # the window goes on
    qtbot.waitUntil(lambda: not form.likely.isHidden(), timeout=5000)
    assert WAIC in form.likely.text()


def test_a_day_is_checked_at_once(qtbot: QtBot, window: MainWindow) -> None:
    _draft(qtbot, window, "2025-07-28")
    form = window.form
    form.check_duplicates()
    assert not form.likely_check.finding.busy and WAIC in form.likely.text()


def test_the_answer_for_a_draft_left_is_not_shown(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _draft(qtbot, window, "202X")
    form = window.form
    form.check_duplicates()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Discard)
    window.events_view.setFocus()
    window.events_view.selectRow(0)  # the draft dropped for a stored event
    assert form.record_id is not None
    qtbot.waitUntil(lambda: not form.likely_check.finding.busy, timeout=5000)
    qtbot.wait(50)
    assert form.likely.isHidden()
