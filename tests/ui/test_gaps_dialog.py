"""Tools ▸ Gaps in the data…: what the events lack, and those events chosen in
the list to be mended together."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from desktop.core.data_gaps import data_gaps
from desktop.core.models import Event, Participant
from desktop.ui.country_fill_dialog import CountryFillDialog
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
        assert dialog.fill_button.isHidden()  # for events with no country alone
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


def test_the_gaps_are_counted_beside_the_window_which_keeps_answering(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first count reads the towns too: seconds at 100 000 events."""
    import threading
    import time

    from desktop.ui import gaps_dialog

    ticks: list[int] = []
    answered: list[bool] = []

    def counting(session: object) -> object:
        before = len(ticks)
        deadline = time.monotonic() + 5
        while len(ticks) < before + 3 and time.monotonic() < deadline:
            time.sleep(0.01)  # the window's timer goes on ticking meanwhile
        answered.append(threading.current_thread() is not threading.main_thread()
                        and len(ticks) >= before + 3)
        return data_gaps(session)  # type: ignore[arg-type]

    monkeypatch.setattr(gaps_dialog, "data_gaps", counting)
    shown: list[list[str]] = []
    monkeypatch.setattr(GapsDialog, "exec", lambda dialog: shown.append(
        [dialog.list.item(row).text() for row in range(dialog.list.count())]) or 0)
    qtbot.waitUntil(lambda: window.is_ready)
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    next(action for action in window.findChildren(QAction)
         if action.text() == "Gaps in the d&ata…").trigger()
    timer.stop()
    assert answered == [True]
    assert len(shown) == 1 and any(text.startswith("Events with no country: ")
                                   for text in shown[0])


def test_events_with_no_country_are_given_the_one_their_place_gives(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    made = {}
    for title, place in (("Davos AI breakfast", "Davos"), ("Cambodia AI week", "Phnom Penh"),
                         ("Cambridge AI talk", "Cambridge"), ("Bern AI day", "Bern")):
        report = window.editor.apply(lambda ops, title=title, place=place: ops.create_event(
            {"title": title, "date": "2025-06", "place": place}))
        made[place] = report.ids("event").pop()
    shown: dict[str, object] = {}

    def choose_fill(dialog: GapsDialog) -> int:
        row = next(row for row, gap in enumerate(dialog.gaps) if gap.key == "no_country")
        dialog.list.setCurrentRow(row)
        assert not dialog.fill_button.isHidden() and dialog.fill_button.isEnabled()
        dialog.fill_button.click()
        return 1

    def untick_bern(dialog: CountryFillDialog) -> int:
        shown["rows"] = [tuple(item.text(column) for column in range(4))
                         for item in dialog.items]
        shown["left out"] = dialog.left_out.text()
        assert dialog.fill_button.text() == "&Fill in 3 events"
        bern = next(item for item in dialog.items if item.text(0) == "Bern")
        dialog.places.setFocus()
        dialog.places.setCurrentItem(bern)
        qtbot.keyClick(dialog.places, Qt.Key.Key_Space)  # unticked from the keyboard
        assert bern.checkState(0) == Qt.CheckState.Unchecked
        assert dialog.fill_button.text() == "&Fill in 2 events"
        dialog.fill_button.click()
        return int(dialog.result())

    monkeypatch.setattr(GapsDialog, "exec", choose_fill)
    monkeypatch.setattr(CountryFillDialog, "exec", untick_bern)
    next(action for action in window.findChildren(QAction)
         if action.text() == "Gaps in the d&ata…").trigger()
    assert shown["rows"] == [
        ("Bern", "Switzerland", "1", "Bern is in Switzerland"),
        ("Davos", "Switzerland", "1", "Davos is in Switzerland"),
        ("Phnom Penh", "Cambodia", "1", "1 other event there has it")]
    assert shown["left out"] == (
        "Not filled in: 1 event at places several countries have — Cambridge (United "
        "Kingdom, Canada, United States and 1 other): give them their country in the form.")

    def countries() -> dict[str, str | None]:
        with window.store.session() as session:
            return {place: session.get(Event, event_id).country  # type: ignore[union-attr]
                    for place, event_id in made.items()}

    assert countries() == {"Davos": "CH", "Phnom Penh": "KH", "Cambridge": None, "Bern": None}
    assert window.statusBar().currentMessage() == (
        "Country filled in for 2 events from their places. Undo takes it back.")
    assert window.editor.undo_stack.undoText() == "Fill in countries of events"
    window.editor.undo_stack.undo()  # one step for all
    assert countries() == {"Davos": None, "Phnom Penh": None, "Cambridge": None, "Bern": None}


def test_participants_with_no_country_are_given_their_affiliations(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    with window.store.session() as session:
        ministry = session.query(Participant).filter(
            Participant.name == "Ministry of Science and Technology").one().id
    person = window.editor.apply(lambda ops: ops.create_participant(
        {"kind": "person", "name": "Li Ming", "affiliation": ministry})).ids("participant").pop()
    shown: list[tuple[str, ...]] = []

    def choose_fill(dialog: GapsDialog) -> int:
        row = next(row for row, gap in enumerate(dialog.gaps)
                   if gap.key == "participant_no_country")
        dialog.list.setCurrentRow(row)
        assert dialog.fill_button.text() == "&Fill in from their affiliations and parents…"
        dialog.fill_button.click()
        return 1

    def fill(dialog: CountryFillDialog) -> int:
        shown.extend(tuple(item.text(column) for column in (0, 1, 3)) for item in dialog.items)
        assert dialog.places.isColumnHidden(2)  # no count of events: a participant is one
        dialog.fill_button.click()
        return int(dialog.result())

    monkeypatch.setattr(GapsDialog, "exec", choose_fill)
    monkeypatch.setattr(CountryFillDialog, "exec", fill)
    GapsDialog(window).exec()
    assert shown == [("Li Ming", "China",
                      "its affiliation, Ministry of Science and Technology, is in China")]
    with window.store.session() as session:
        assert session.get(Participant, person).country == "CN"  # type: ignore[union-attr]
    window.editor.undo_stack.undo()
    with window.store.session() as session:
        assert session.get(Participant, person).country is None  # type: ignore[union-attr]
