"""The event form's related events, driven as an analyst would: find an event
by its title, say how the two stand, save, open the other, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMenu
from pytestqt.qtbot import QtBot

from desktop.core.relations import EventChoice, find_events
from desktop.ui import latest_query
from desktop.ui.main_window import MainWindow
from desktop.ui.relation_editor import EVENT, RELATION
from desktop.ui.timeline_canvas import TimelineCanvas
from desktop.ui.timeline_frame import HEADER_W
from desktop.ui.timeline_marks import mark_rect
from desktop.ui.timeline_paint import lane_top
from tests.ui.conftest import combo_text_room, narrow_form, search, titles, type_text

WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"
BRAZIL = "China Signs AI Cooperation Pact with Brazil"
LAOS = "China and Laos Build AI Innovation Cooperation Center"
SEMINAR = "China-ASEAN AI Development and Governance Cooperation Seminar"


def _select(window: MainWindow, title: str) -> None:
    window.events_view.setFocus()
    window.events_view.selectRow(titles(window).index(title))


def _shown(window: MainWindow) -> list[tuple[str, str]]:
    table = window.form.related.table
    rows = []
    for row in range(table.rowCount()):
        combo = table.cellWidget(row, RELATION)
        assert isinstance(combo, QComboBox)
        rows.append((combo.currentText(), table.item(row, EVENT).text()))
    return rows


def test_the_sample_shows_its_relations_from_both_events(window: MainWindow) -> None:
    _select(window, LAOS)
    assert _shown(window) == [("Related to", f"{SEMINAR} (2024-12-09)")]
    _select(window, SEMINAR)
    assert [label for label, _event in _shown(window)] == ["Related to", "Related to"]


def test_each_relation_reads_whole_in_a_narrow_form(qtbot: QtBot, window: MainWindow) -> None:
    narrow_form(window, 360)
    _select(window, LAOS)
    table = window.form.related.table
    combo = table.cellWidget(0, RELATION)
    assert isinstance(combo, QComboBox)
    for label in ("Same series as", "Followed up by", "Follow-up to"):
        combo.setCurrentText(label)
        room = combo_text_room(combo, table.columnWidth(RELATION))
        assert room >= combo.fontMetrics().horizontalAdvance(label), label
    window.form.revert()


def test_relate_by_typing_a_title_save_open_the_other_and_undo(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    _select(window, BRAZIL)
    editor = window.form.related
    type_text(qtbot, editor.finder, "World Artificial Intelligence")
    editor._suggest(editor.finder.text())  # what typing triggers (textEdited)
    assert list(editor._choices) == [f"{WAIC} (2025-07-26/2025-07-30)"]
    qtbot.keyClick(editor.finder, Qt.Key.Key_Return)  # the one found is added
    assert editor.finder.text() == ""
    combo = editor.table.cellWidget(0, RELATION)
    assert isinstance(combo, QComboBox)
    combo.setCurrentText("Part of")
    assert window.form.is_dirty()
    assert window.form.save()
    assert _shown(window) == [("Part of", f"{WAIC} (2025-07-26/2025-07-30)")]
    # A double-click on the other event opens it in the list and the form,
    # where the relation reads the other way round.
    rect = editor.table.visualRect(editor.table.model().index(0, EVENT))
    qtbot.mouseClick(editor.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(editor.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.form.heading() == WAIC)
    assert ("Includes", f"{BRAZIL} (2025-07-05)") in _shown(window)
    window.editor.undo_stack.undo()  # Edit ▸ Undo
    qtbot.waitUntil(lambda: all(label != "Includes" for label, _e in _shown(window)))


def test_an_event_is_never_offered_itself_nor_twice(window: MainWindow) -> None:
    _select(window, LAOS)
    editor = window.form.related
    editor._suggest("China")
    offered = set(editor._choices)
    assert not any(label.startswith(LAOS) for label in offered)  # itself
    assert not any(label.startswith(SEMINAR) for label in offered)  # related already
    before = len(editor.relations)
    editor.add(EventChoice(editor.relations[0].other_id, SEMINAR, ""))
    assert len(editor.relations) == before and not window.form.is_dirty()


def test_a_copy_of_an_event_is_the_same_series_as_it(qtbot: QtBot, window: MainWindow) -> None:
    _select(window, WAIC)
    qtbot.keyClick(window.events_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert _shown(window) == [("Same series as", f"{WAIC} (2025-07-26/2025-07-30)")]
    window.form.title.clear()
    type_text(qtbot, window.form.title, "9th World Artificial Intelligence Conference")
    assert window.form.save()
    _select(window, WAIC)
    assert ("Same series as", "9th World Artificial Intelligence Conference (2025-07-26/"
            "2025-07-30)") in _shown(window)


def _ringed(canvas: TimelineCanvas, title_start: str) -> bool:
    """Whether the related events' ring shows just left of the event's mark."""
    frame = canvas.current_frame()
    for box in frame.lanes:
        for item in box.placed:
            if item.event.title.startswith(title_start):
                rect = mark_rect(item, box, lane_top(box, canvas.scroll_y))
                colour = canvas.grab().toImage().pixelColor(int(rect.left() - 3),
                                                            int(rect.center().y()))
                return colour.red() > colour.blue() + 60
    raise AssertionError(f"{title_start!r} is not drawn")


def test_the_timeline_rings_and_joins_the_events_related_to_the_current_one(
        qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.timeline)
    canvas = window.timeline.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.width() > HEADER_W)
    canvas.fit_all()
    assert not _ringed(canvas, LAOS)
    frame = canvas.current_frame()
    (seminar,) = [(item, box) for box in frame.lanes for item in box.placed
                  if item.event.title == SEMINAR]
    centre = mark_rect(seminar[0], seminar[1], lane_top(seminar[1], canvas.scroll_y)).center()
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert window.form.heading() == SEMINAR
    assert _ringed(canvas, LAOS) and _ringed(canvas, "2025 ASEAN-China Media")
    assert not _ringed(canvas, WAIC)
    # Removed in the form and saved: the timeline no longer rings it.
    window.form.related.table.setCurrentCell(0, EVENT)
    window.form.related.remove_current()
    assert window.form.save()
    assert not _ringed(canvas, LAOS) and _ringed(canvas, "2025 ASEAN-China Media")


def test_a_new_event_said_to_be_part_of_another_is_not_taken_for_it(
        qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, form.title, "8th World Artificial Intelligence Conference: AI pact")
    type_text(qtbot, form.date.line, "July 28, 2025")
    form.check_duplicates()  # what a pause in typing does
    assert not form.likely.isHidden() and "WAIC 2025" in form.likely.text()
    with window.store.session() as session:
        (waic,) = find_events(session, "WAIC 2025")
    form.related.add(waic, "Part of")
    form.check_duplicates()
    assert form.likely.isHidden()


def _menu_and_trigger(window: MainWindow, text: str) -> list[tuple[str, bool]]:
    """Right-click the current row of the list; trigger the action ``text``
    when it is enabled; return what the menu offered."""
    offered: list[tuple[str, bool]] = []

    def read_and_choose() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        offered.extend((action.text(), action.isEnabled()) for action in menu.actions())
        chosen = [a for a in menu.actions() if a.text() == text and a.isEnabled()]
        menu.close()
        if chosen:
            chosen[0].trigger()

    view = window.events_view
    QTimer.singleShot(50, read_and_choose)
    window.batch._context_menu(view.visualRect(view.currentIndex()).center())
    return offered


def test_the_list_chooses_the_related_events_with_the_current_one(
        qtbot: QtBot, window: MainWindow) -> None:
    _select(window, WAIC)
    assert ("Choose the related events too", False) in _menu_and_trigger(
        window, "Choose the related events too")  # WAIC has none
    _select(window, SEMINAR)
    _menu_and_trigger(window, "Choose the related events too")
    assert window.count_label.text() == "8 events, 3 selected"
    assert window.form.heading() == SEMINAR  # it stays the current one
    assert window.statusBar().currentMessage() == "2 related events chosen with this one"
    search(qtbot, window, "Laos")  # the seminar is left out; ask from the Laos centre
    _select(window, LAOS)
    _menu_and_trigger(window, "Choose the related events too")
    assert window.statusBar().currentMessage() == (
        "The related event is not in the list: the search or filters leave it out")
    search(qtbot, window, "governance")  # the seminar and the media forum, not Laos
    _select(window, SEMINAR)
    _menu_and_trigger(window, "Choose the related events too")
    assert window.statusBar().currentMessage() == (
        "1 related event chosen with this one; 1 more is not in the list (the search or "
        "filters leave it out)")
    assert window.count_label.text() == "4 of 8 events, 2 selected"


def test_three_editions_copied_one_from_another_show_as_a_series(
        qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    _select(window, WAIC)
    for edition in ("9th World Artificial Intelligence Conference",
                    "10th World Artificial Intelligence Conference"):
        qtbot.keyClick(window.events_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        assert form.related.series.isHidden()  # not stored yet
        form.title.clear()
        type_text(qtbot, form.title, edition)
        assert form.save()
        _select(window, edition)
    series = form.related.series
    assert not series.isHidden()
    assert series.text().startswith("Series of 3: ")
    assert "<b>10th World Artificial Intelligence Conference" in series.text()
    # Each edition is a link that opens it; the one shown is in bold.
    _select(window, WAIC)
    assert "Series of 3: " in form.related.series.text()
    first_link = form.related.series.text().split('href="')[1].split('"')[0]
    form.related.series.linkActivated.emit(first_link)
    qtbot.waitUntil(lambda: window.form.record_id == first_link)


def test_delete_in_the_forms_tables_removes_the_current_row(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    _select(window, WAIC)
    form = window.form
    for table, rows in ((form.related.table, lambda: form.related.relations),
                        (form.sources.table, lambda: form.sources.sources),
                        (form.links.table, lambda: form.links.links)):
        if table is form.related.table:
            form.related.add(EventChoice(_id_of(window, LAOS), LAOS, ""))
        before = len(rows())
        assert before > 0
        table.setFocus()
        table.setCurrentCell(0, 0)
        qtbot.keyClick(table, Qt.Key.Key_Delete)
        assert len(rows()) == before - 1
    links = len(form.links.links)
    qtbot.keyClick(form.links.table, Qt.Key.Key_Backspace)
    assert len(form.links.links) == links - 1 and form.is_dirty()


def _id_of(window: MainWindow, title: str) -> str:
    with window.store.session() as session:
        (found,) = [choice for choice in find_events(session, title) if choice.title == title]
    return found.id


def test_the_list_makes_chosen_events_one_series_or_parts_of_the_current_one(
        qtbot: QtBot, window: MainWindow) -> None:
    shown = titles(window)
    view = window.events_view
    _select(window, WAIC)
    chosen = [shown.index(title) for title in (WAIC, BRAZIL, SEMINAR)]
    view.select_rows(sorted(chosen))
    assert window.count_label.text() == "8 events, 3 selected"
    _menu_and_trigger(window, "Make the other chosen events part of the current one")
    assert window.statusBar().currentMessage() == (
        "2 of 2 events made part of the current one")
    _select(window, WAIC)
    assert sorted(label for label, _event in _shown(window)) == ["Includes", "Includes"]
    window.editor.undo_stack.undo()  # one step
    _select(window, WAIC)
    assert _shown(window) == []
    view.select_rows(sorted(chosen))
    _menu_and_trigger(window, "Make the 3 chosen events one series")
    assert window.statusBar().currentMessage() == "3 events made one series (2 new relations)"
    _select(window, WAIC)
    assert _series_text(window).startswith("Series of 3: ")


def _series_text(window: MainWindow) -> str:
    return window.form.related.series.text()


def test_the_form_suggests_another_edition_and_a_click_adds_it(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    window.editor.apply(lambda ops: ops.create_event(
        {"title": "7th World Artificial Intelligence Conference (WAIC 2024)",
         "date": "2024-07-04"}), "New event")
    _select(window, WAIC)
    editor = window.form.related
    qtbot.waitUntil(lambda: not editor.suggested.isHidden())
    assert "7th World Artificial Intelligence Conference (WAIC 2024) (2024-07-04)" in (
        editor.suggested.text())
    (suggested,) = editor._suggestions
    editor.suggested.linkActivated.emit(suggested)  # the click on it
    assert editor.suggested.isHidden() and window.form.is_dirty()
    assert _shown(window) == [("Same series as", "7th World Artificial Intelligence "
                                                 "Conference (WAIC 2024) (2024-07-04)")]


def test_editions_found_beside_the_window_are_shown_for_their_own_event_alone(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    # Looked for beside the window, as in a database of over 10 000 events.
    monkeypatch.setattr(latest_query, "BESIDE_FROM", 0)
    window.editor.apply(lambda ops: ops.create_event(
        {"title": "7th World Artificial Intelligence Conference (WAIC 2024)",
         "date": "2024-07-04"}), "New event")
    editor = window.form.related
    _select(window, WAIC)
    editor.suggest_editions()  # the analyst stays on it: looked for
    assert editor.finding.busy and editor.suggested.isHidden()
    with qtbot.waitSignal(editor.finding.ready):
        _select(window, BRAZIL)  # and moves on before they are found
    assert editor.suggested.isHidden()  # WAIC's editions are not offered for Brazil
    _select(window, WAIC)
    qtbot.waitUntil(lambda: not editor.suggested.isHidden())
    assert "7th World Artificial Intelligence Conference (WAIC 2024)" in editor.suggested.text()


def test_the_relations_filter_beside_the_list(qtbot: QtBot, window: MainWindow) -> None:
    from tests.ui.test_list_view import _check, _facet_texts

    qtbot.waitUntil(lambda: "Related to another (5)" in _facet_texts(window, "relation"))
    _check(window, "relation", "Related to another")
    assert sorted(titles(window)) == sorted([
        "2025 ASEAN-China Media Cooperation Forum", LAOS, SEMINAR,
        "Sberbank Cooperates with China on AI Projects",
        "India's IT Ministry Hosts DeepSeek on its Servers"])
    assert window.count_label.text() == "5 of 8 events"


def test_a_timeline_tooltip_names_the_related_events(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentWidget(window.timeline)
    canvas = window.timeline.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.width() > HEADER_W)
    canvas.fit_all()
    (seminar,) = [mark_rect(item, box, lane_top(box, canvas.scroll_y)).center()
                  for box in canvas.current_frame().lanes for item in box.placed
                  if item.event.title == SEMINAR]
    tip = canvas.tooltip_at(seminar)
    assert f"<i>Related to: {LAOS}</i>" in tip
    assert "<i>Related to: 2025 ASEAN-China Media Cooperation Forum</i>" in tip


def test_the_current_event_is_copied_for_a_report(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtGui import QAction, QGuiApplication

    _select(window, LAOS)
    action = next(a for a in window.findChildren(QAction)
                  if a.text() == "C&opy event for a report")
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    action.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and f"· {LAOS}</h3>" in mime.html()
    assert mime.text().startswith(f"### 23 February 2025 — {LAOS}")
