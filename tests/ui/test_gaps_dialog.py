"""Tools ▸ Gaps in the data…: what the events lack, and those events chosen in
the list to be mended together."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.data_gaps import data_gaps
from desktop.ui.gaps_dialog import GapsDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import search, titles


def test_the_events_without_a_source_are_chosen_with_every_filter_set_aside(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    with window.store.session() as session:
        sourceless = set(next(gap.ids for gap in data_gaps(session)
                              if gap.key == "no_source"))
    assert 0 < len(sourceless) < 8
    search(qtbot, window, "forum")  # a search that hides some of them
    lines: list[str] = []

    def run(dialog: GapsDialog) -> int:
        lines.extend(dialog.list.item(row).text() for row in range(dialog.list.count()))
        row = next(row for row, gap in enumerate(dialog.gaps) if gap.key == "no_source")
        dialog.list.setCurrentRow(row)
        assert dialog.choose_button.isEnabled()
        dialog.choose_button.click()
        return 1

    monkeypatch.setattr(GapsDialog, "exec", run)
    qtbot.waitUntil(lambda: window.is_ready)
    next(action for action in window.findChildren(QAction)
         if action.text() == "Gaps in the d&ata…").trigger()
    assert any(line.startswith(f"Events with no source: {len(sourceless)} of 8\n")
               for line in lines)  # with what to do about it on the next line
    assert any(line == "Events with no date: 0 of 8" for line in lines)
    assert window.search_box.text() == "" and len(titles(window)) == 8
    assert set(window.batch.selected_ids()) == sourceless
    assert window.count_label.text() == f"8 events, {len(sourceless)} selected"


def test_participants_with_no_country_are_chosen_in_their_list(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    with window.store.session() as session:
        countryless = set(next(gap.ids for gap in data_gaps(session)
                               if gap.key == "participant_no_country"))
    assert countryless

    def run(dialog: GapsDialog) -> int:
        row = next(row for row, gap in enumerate(dialog.gaps)
                   if gap.key == "participant_no_country")
        dialog.list.setCurrentRow(row)
        dialog.choose_button.click()
        return 1

    monkeypatch.setattr(GapsDialog, "exec", run)
    qtbot.waitUntil(lambda: window.is_ready)
    GapsDialog(window).exec()
    assert window.tabs.currentWidget() is window.participants_view
    assert set(window.batch.participants.selected_ids()) == countryless
    assert window.menus.change_selected.text() == "C&hange selected participants…"


def test_the_cursor_says_the_app_is_at_work_while_the_gaps_are_counted(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import gaps_dialog

    cursors: list[object] = []

    def counting(session: object) -> object:
        cursor = QApplication.overrideCursor()
        cursors.append(cursor.shape() if cursor is not None else None)
        return data_gaps(session)  # type: ignore[arg-type]

    monkeypatch.setattr(gaps_dialog, "data_gaps", counting)
    monkeypatch.setattr(GapsDialog, "exec", lambda dialog: cursors.append(
        QApplication.overrideCursor()) or 0)
    qtbot.waitUntil(lambda: window.is_ready)
    next(action for action in window.findChildren(QAction)
         if action.text() == "Gaps in the d&ata…").trigger()
    # The wait cursor while counting; the usual one once the dialog shows, and after.
    assert cursors == [Qt.CursorShape.WaitCursor, None]
    assert QApplication.overrideCursor() is None
