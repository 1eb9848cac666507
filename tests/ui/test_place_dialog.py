"""Tools ▸ Tidy places…: spellings of one place found and made one, undoably."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from desktop.core.place_countries import towns_of_places
from desktop.ui.main_window import MainWindow
from desktop.ui.place_dialog import PlaceDialog
from tests.ui.conftest import search, titles, type_text


def _write_places(window: MainWindow, places: list[str]) -> list[str]:
    """Give events with no place these spellings (as a colleague's file
    would); return their titles."""
    window.events_view.selectAll()
    events = window.batch.selected_ids()
    with window.store.session() as session:
        from desktop.core.models import Event

        empty = [e.id for e in session.query(Event).filter(Event.place == "")
                 .order_by(Event.seq)][:len(places)]
        named = {e.id: e.title for e in session.query(Event)}
    assert len(empty) == len(places) and events
    for event_id, place in zip(empty, places, strict=True):
        window.editor.apply(lambda ops, e=event_id, p=place: ops.change_events(
            [e], {"place": p}), "Place")
    return [named[event_id] for event_id in empty]


def _run_dialog(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                drive: Callable[[PlaceDialog], None]) -> None:
    """Tools ▸ Tidy places…, driven by ``drive`` while it is open."""
    driven: list[bool] = []

    def run(dialog: PlaceDialog) -> int:
        drive(dialog)
        driven.append(True)
        return 0

    monkeypatch.setattr(PlaceDialog, "exec", run)
    qtbot.waitUntil(lambda: window.is_ready)
    next(action for action in window.findChildren(QAction)
         if action.text() == "&Tidy places…").trigger()
    assert driven


def test_spellings_of_shanghai_are_made_one_and_undone(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    search(qtbot, window, "shanghai")
    before = set(titles(window))
    search(qtbot, window, "")
    renamed = _write_places(window, ["上海", "shanghai, China"])

    def drive(dialog: PlaceDialog) -> None:
        assert dialog.groups_list.item(0).text().startswith("Shanghai — 3 spellings")
        assert not dialog.panes.isHidden()
        assert dialog.ticked() == ["Shanghai", "shanghai, China", "上海"]
        assert dialog.target.currentText() == "Shanghai"
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        assert dialog.message.text() == (
            "2 events now say “Shanghai”. Undo takes it back.")
        assert dialog.groups_list.count() == 0
        assert dialog.panes.isHidden()  # no empty lists left: the message says it
        # The dialog's Undo (the window's Edit ▸ Undo is out of reach): the group is back.
        assert dialog.undo_button.toolTip() == "Undo Make places one: “Shanghai”"
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
        assert dialog.message.text() == "Undone: Make places one: “Shanghai”."
        assert dialog.groups_list.item(0).text().startswith("Shanghai — 3 spellings")
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        assert dialog.groups_list.count() == 0

    _run_dialog(qtbot, window, monkeypatch, drive)
    search(qtbot, window, "shanghai")
    assert set(titles(window)) == before | set(renamed)
    search(qtbot, window, '"shanghai, china"')
    assert titles(window) == []
    window.editor.undo_stack.undo()
    search(qtbot, window, '"shanghai, china"')
    assert titles(window) == [renamed[1]]


def test_a_spelling_unticked_stays_and_another_name_can_be_typed(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    renamed = _write_places(window, ["Vientaine", "Vientiane, Laos"])

    def drive(dialog: PlaceDialog) -> None:
        row = next(row for row in range(dialog.groups_list.count())
                   if dialog.groups_list.item(row).text().startswith("Vientiane"))
        dialog.groups_list.setCurrentRow(row)
        # All have one event: the bare name that another extends comes first.
        assert dialog.ticked() == ["Vientiane", "Vientaine", "Vientiane, Laos"]
        dialog.spellings.item(2).setCheckState(Qt.CheckState.Unchecked)
        dialog.target.lineEdit().clear()
        type_text(qtbot, dialog.target.lineEdit(), "Vientiane (Laos)")
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    _run_dialog(qtbot, window, monkeypatch, drive)
    search(qtbot, window, '"vientiane (laos)"')
    assert renamed[0] in titles(window) and renamed[1] not in titles(window)
    search(qtbot, window, '"vientiane, laos"')
    assert titles(window) == [renamed[1]]


def test_tags_written_two_ways_are_made_one_from_the_tools_menu(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    window.events_view.selectAll()
    first = window.batch.selected_ids()[0]
    window.editor.apply(lambda ops: ops.change_events([first], add_tags=["A.S.E.A.N."]), "Tag")
    said: list[str] = []  # what the dialog says once the two are merged

    def run(dialog: PlaceDialog) -> int:
        assert dialog.windowTitle() == "Tidy tags"
        assert dialog.groups_list.item(0).text().startswith("ASEAN — 2 spellings")
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        said.append(dialog.message.text())
        return 0

    monkeypatch.setattr(PlaceDialog, "exec", run)
    qtbot.waitUntil(lambda: window.is_ready)
    next(action for action in window.findChildren(QAction)
         if action.text() == "Tidy ta&gs…").trigger()
    assert said and said[0].endswith("now says “ASEAN”. Undo takes it back.")
    tags = window.filter_panel.facet_lists["tag"]
    lines = [tags.item(row).text() for row in range(tags.count())]
    assert not any(line.startswith("A.S.E.A.N.") for line in lines)


def test_publishers_written_two_ways_are_made_one_from_the_tools_menu(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectAll()
    first = window.batch.selected_ids()[0]
    window.editor.apply(lambda ops: ops.add_source(first, {"publisher": "reuters",
                                                           "title": "wire"}), "Source")
    said: list[str] = []  # what the dialog says once the two are merged

    def run(dialog: PlaceDialog) -> int:
        assert dialog.windowTitle() == "Tidy publishers"
        assert dialog.groups_list.item(0).text() == "Reuters — 2 spellings, 2 events"
        assert dialog.target.currentText() == "Reuters"
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
        said.append(dialog.message.text())
        return 0

    monkeypatch.setattr(PlaceDialog, "exec", run)
    next(action for action in window.findChildren(QAction)
         if action.text() == "Tidy pu&blishers…").trigger()
    assert said == ["1 event now says “Reuters”. Undo takes it back."]
    sources = window.filter_panel.facet_lists["publisher"]
    qtbot.waitUntil(lambda: "Reuters (2)" in [sources.item(r).text()
                                              for r in range(sources.count())])
    window.editor.undo_stack.undo()
    qtbot.waitUntil(lambda: "reuters (1)" in [sources.item(r).text()
                                              for r in range(sources.count())])


def test_nothing_to_tidy_is_said_in_a_small_dialog(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def run(dialog: PlaceDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        message = dialog.message
        assert message.isVisible() and message.text().endswith("nothing to tidy.")
        assert dialog.panes.isHidden()
        # The sentence fills the dialog rather than floating in an empty one.
        assert dialog.width() < 600 and dialog.height() < 200
        assert message.fontMetrics().horizontalAdvance(message.text()) <= message.width() * 2
        seen.append(dialog.windowTitle())
        dialog.close()
        return 0

    monkeypatch.setattr(PlaceDialog, "exec", run)
    qtbot.waitUntil(lambda: window.is_ready)
    next(action for action in window.findChildren(QAction)
         if action.text() == "Tidy ta&gs…").trigger()
    assert seen == ["Tidy tags"]


def test_a_town_written_in_chinese_and_english_is_offered_as_one(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    _write_places(window, ["万象", "金边"])  # beside the sample's Vientiane and Phnom Penh
    shown: list[str] = []

    def drive(dialog: PlaceDialog) -> None:
        shown.extend(dialog.groups_list.item(row).text()
                     for row in range(dialog.groups_list.count()))

    _run_dialog(qtbot, window, monkeypatch, drive)
    assert "Vientiane — 2 spellings, 2 events" in shown
    assert "Phnom Penh — 2 spellings, 2 events" in shown


def test_the_spellings_are_found_beside_the_window_each_time(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first time the towns are read too: seconds at 100 000 events."""
    import threading

    from desktop.ui import place_dialog

    on_the_window = []

    def towns(counts: dict[str, int]) -> object:
        on_the_window.append(threading.current_thread() is threading.main_thread())
        return towns_of_places(counts)

    monkeypatch.setattr(place_dialog, "towns_of_places", towns)
    _write_places(window, ["上海", "shanghai, China"])

    def drive(dialog: PlaceDialog) -> None:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)  # and found again
        assert dialog.groups_list.count() == 0

    _run_dialog(qtbot, window, monkeypatch, drive)
    assert on_the_window == [False, False]
