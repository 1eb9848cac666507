"""In a database of many events the dialogs that stay open beside the window
(the counts, who works with whom, two periods compared, the activity) count
again after a search or an edit beside the window: the window answers at once, the dialog keeps what
it showed (saying it is counting) until the new counts come, and shows only
the latest search's."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Participant
from desktop.ui import (
    activity_dialog,
    latest_query,
    network_change_dialog,
    network_dialog,
    tally_dialog,
)
from desktop.ui.activity_dialog import show_activity
from desktop.ui.main_window import MainWindow
from desktop.ui.network_change_dialog import show_network_change
from desktop.ui.network_dialog import show_network
from desktop.ui.tally_dialog import show_tally
from tests.ui.conftest import combo_text_room

T = TypeVar("T")


@pytest.fixture(autouse=True)
def every_read_beside(monkeypatch: pytest.MonkeyPatch) -> None:
    # The sample's eight events read beside the window, as 10 000 are: the
    # same path, quicker to make; each read as slow as at 100 000 events, so
    # that the tests see it under way.
    monkeypatch.setattr(latest_query, "BESIDE_FROM", 0)
    for module, name in ((tally_dialog, "tally"), (network_dialog, "network"),
                         (network_change_dialog, "compare_periods"),
                         (activity_dialog, "operations"),
                         (activity_dialog, "operation_changes")):
        monkeypatch.setattr(module, name, _slowly(getattr(module, name)))


def _slowly(read: Callable[..., T]) -> Callable[..., T]:
    def slow(*args: Any, **kwargs: Any) -> T:
        time.sleep(0.3)
        return read(*args, **kwargs)
    return slow


def _search(window: MainWindow, text: str) -> None:
    window.search_box.setText(text)
    window.search_box.flush()


def test_the_counts_are_counted_again_beside_the_window(
        qtbot: QtBot, window: MainWindow) -> None:
    tally = show_tally(window)
    qtbot.addWidget(tally)
    qtbot.waitUntil(lambda: tally.counts is not None and tally.counts.total == 8)
    assert tally.scope.text() == "All 8 events"
    _search(window, "Laos")
    found = window.events_model.rowCount()
    assert 0 < found < 8
    qtbot.waitUntil(lambda: tally.reading.busy)  # once the search's signals are handled
    assert tally.scope.text() == "Counting the events of the current search and filters…"
    assert tally.counts is not None and tally.counts.total == 8  # the counts before, meanwhile
    # A chart saved meanwhile says what its numbers count: every event, not the search.
    assert tally.chart_title().endswith("— 8 events, all events")
    qtbot.waitUntil(lambda: not tally.reading.busy)
    assert tally.counts.total == found
    assert tally.scope.text() == f"The {found} events of the current search and filters"
    assert tally.chart_title().endswith(f"— {found} events: search “Laos”")
    # Two searches in a row: the last one's counts.
    _search(window, "China")
    _search(window, "")
    qtbot.waitUntil(lambda: tally.counts is not None and tally.counts.total == 8
                    and not tally.reading.busy)
    qtbot.wait(50)
    assert tally.counts.total == 8
    # Closed while counting: the count ends before the store is closed.
    _search(window, "Laos")
    qtbot.waitUntil(lambda: tally.reading.busy)
    window.close()
    assert not tally.reading.busy


def test_the_network_is_drawn_again_beside_the_window_and_keeps_the_focus_asked_for(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = show_network(window)
    qtbot.addWidget(dialog)
    # Opened in a large database, it says it is counting, not that there is no one.
    assert dialog.reading.busy
    assert dialog.canvas.empty_message() == "Counting the participants of these events…"
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.events == 8)
    assert dialog.canvas.empty_message() == ""
    _search(window, "Laos")
    found = window.events_model.rowCount()
    qtbot.waitUntil(lambda: dialog.reading.busy)
    assert dialog.scope.text() == "Counting the events of the current search and filters…"
    # Asked to focus on a participant of the search's events while they are read:
    # focused once they are drawn.
    with window.store.session() as session:
        laos = session.scalars(select(Participant.id).where(Participant.name == "Laos")).one()
    dialog.focus_on(laos)
    qtbot.waitUntil(lambda: not dialog.reading.busy)
    assert dialog.current is not None and dialog.current.events == found
    assert dialog.canvas.focus_id() == laos


def test_two_periods_are_compared_beside_the_window(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = show_network_change(window)
    qtbot.addWidget(dialog)
    dialog.before.setText("2024")
    dialog.after.setText("2025")
    dialog.compare()
    assert dialog.reading.busy
    assert dialog.summary.text() == "Comparing the two periods…"
    qtbot.waitUntil(lambda: not dialog.reading.busy)
    assert dialog.result_ is not None
    assert dialog.summary.text().startswith("2024: 2 events; 2025: 6 events.")
    # A comparison still on its way when a period can no longer be read is
    # not shown after the period's reason.
    dialog.compare()
    assert dialog.reading.busy
    dialog.before.setText("2024-13")
    dialog.compare()
    assert dialog.result_ is None
    assert dialog.summary.text() == ""
    assert dialog.table.rowCount() == 0
    qtbot.waitUntil(lambda: not dialog.reading.busy)
    qtbot.wait(50)
    assert dialog.result_ is None
    assert dialog.table.rowCount() == 0


def test_the_activity_reads_the_latest_steps_again_beside_the_window(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    dialog = show_activity(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.reading.busy and dialog.steps.rowCount() > 0)
    steps = dialog.steps.rowCount()
    window.events_view.selectRow(2)
    chosen = window.selection.current
    assert chosen is not None
    window.editor.apply(lambda ops: ops.update_event(chosen, {"place": "Hanoi"}), "Place")
    qtbot.waitUntil(lambda: dialog.reading.busy)
    assert dialog.steps.rowCount() == steps  # the steps before, meanwhile
    qtbot.waitUntil(lambda: not dialog.reading.busy)
    assert dialog.steps.rowCount() == steps + 1
    assert dialog.steps.item(0, 2).text() == "1 event changed: place"
    # The step's changes, read beside the window too.
    qtbot.waitUntil(lambda: not dialog.reading_changes.busy and dialog.changes.rowCount() == 1)
    assert dialog.changes.item(0, 1).text() == "place"
    assert dialog.changes.item(0, 3).text() == "Hanoi"
    # The analyst who made the edit is offered among those whose steps to show.
    assert "Tester" in [dialog.who.itemText(i) for i in range(dialog.who.count())]


def test_the_activity_says_it_is_reading_and_shows_whose_steps_whole(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    dialog = show_activity(window)
    qtbot.addWidget(dialog)
    assert dialog.note.text() == "Reading the activity…"  # not two empty tables alone
    qtbot.waitUntil(lambda: not dialog.reading.busy and dialog.steps.rowCount() > 0
                    and not dialog.reading_changes.busy and dialog.changes.rowCount() > 0)
    assert dialog.note.text() != "Reading the activity…"
    # The names came after the box was first shown: it has grown to show them.
    who = dialog.who
    widest = max(who.fontMetrics().horizontalAdvance(who.itemText(i))
                 for i in range(who.count()))
    qtbot.waitUntil(lambda: combo_text_room(who, who.width()) >= widest)
