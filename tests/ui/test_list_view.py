"""The events list as an analyst drives it: search, filters, sorting, keys."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListWidget, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.filters import EventFilter
from desktop.core.models import Event, VocabularyTerm
from desktop.core.stamps import local_stamp
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import search, titles, type_text

FORUM = "2025 ASEAN-China Media Cooperation Forum"
BRAZIL = "China Signs AI Cooperation Pact with Brazil"
WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"


@pytest.mark.parametrize(("query", "expected"), [
    ("luoyang", [FORUM]),
    ("中国外文局", [FORUM]),   # simplified, typed through the input method
    ("中國外文局", [FORUM]),   # traditional
    ("石中军", [FORUM]),
    ("外文", [FORUM]),         # two characters
    ("NDRC", [WAIC, BRAZIL]),
])
def test_search_as_you_type(qtbot: QtBot, window: MainWindow, query: str,
                            expected: list[str]) -> None:
    search(qtbot, window, query)
    assert titles(window) == expected
    assert window.count_label.text() == f"{len(expected)} of 8 events"


def test_escape_clears_the_search_and_ctrl_f_focuses_it(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    search(qtbot, window, "seminar")
    assert len(titles(window)) == 1
    window.events_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert len(titles(window)) == 8 and window.count_label.text() == "8 events"


def test_down_or_enter_in_the_search_goes_on_to_what_it_found(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.focus_search()
    type_text(qtbot, window.search_box, "laos")
    # at once, before typing pauses: the search runs first, then the list takes the keys
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    found = titles(window)
    assert len(found) == 2 and window.events_view.hasFocus()
    assert window.form.title.text() == found[0]  # the first one is chosen and shown
    qtbot.keyClick(window.events_view, Qt.Key.Key_Down)
    assert window.form.title.text() == found[1]
    # Enter from the search keeps the row already chosen
    window.focus_search()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.events_view.hasFocus() and window.form.title.text() == found[1]
    # on the participants' tab, to their list
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.focus_search()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.participants_view.hasFocus()
    assert window.participants_view.currentIndex().row() == 0


def _facet(window: MainWindow, facet: str) -> QListWidget:
    return window.filter_panel.facet_lists[facet]


def _facet_texts(window: MainWindow, facet: str) -> list[str]:
    items = _facet(window, facet)
    return [items.item(i).text() for i in range(items.count())]


def _check(window: MainWindow, facet: str, label_start: str) -> None:
    items = _facet(window, facet)
    for index in range(items.count()):
        if items.item(index).text().startswith(label_start):
            items.item(index).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{label_start} not in {_facet_texts(window, facet)}")


def test_letters_typed_on_a_list_begin_a_search(qtbot: QtBot, window: MainWindow) -> None:
    """Qt looked for a row whose cell began with them, reading every row (~3 s
    at 100 000 events), and in the date column found nothing."""
    qtbot.waitUntil(lambda: window.is_ready)
    window.activateWindow()
    search(qtbot, window, "forum")  # a search there already is replaced
    view = window.events_view
    view.setFocus()
    qtbot.keyClicks(view, "l")
    assert window.search_box.hasFocus() and window.search_box.text() == "l"
    qtbot.keyClicks(window.search_box, "aos")
    window.search_box.flush()
    assert len(titles(window)) == 2
    # and on the participants' list, their names
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    people = window.participants_view
    people.setFocus()
    qtbot.keyClicks(people, "W")
    qtbot.keyClicks(window.search_box, "ang Yi")
    window.search_box.flush()
    names = window.participants_model
    assert [names.index(row, 1).data() for row in range(names.rowCount())] == ["Wang Yi"]


def test_facets_show_counts_and_filter(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: "China (CN) (3)" in _facet_texts(window, "country"))
    assert "Needs review (2)" in _facet_texts(window, "status")
    _check(window, "tag", "ASEAN")
    assert window.count_label.text() == "3 of 8 events"
    assert sorted(_facet_texts(window, "country")) == ["Cambodia (KH) (1)", "China (CN) (1)",
                                                       "Laos (LA) (1)"]
    _check(window, "event_type", "forum")
    assert titles(window) == [FORUM]
    window.filter_panel.clear()
    assert len(titles(window)) == 8


def test_date_range_filter_overlaps_partial_dates(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.filter_panel
    type_text(qtbot, panel.date_from, "2025-02-10")
    qtbot.keyClick(panel.date_from, Qt.Key.Key_Return)
    type_text(qtbot, panel.date_to, "March 1, 2025")
    qtbot.keyClick(panel.date_to, Qt.Key.Key_Return)
    assert set(titles(window)) == {"Sberbank Cooperates with China on AI Projects",
                                   "China and Laos Build AI Innovation Cooperation Center"}
    panel.date_to.clear()
    type_text(qtbot, panel.date_to, "Feb 30 2025")
    qtbot.keyClick(panel.date_to, Qt.Key.Key_Return)
    assert "February 2025 has 28 days" in panel.date_error.text()


def test_sorting_by_partial_dates_and_by_title(qtbot: QtBot, window: MainWindow) -> None:
    header = window.events_view.horizontalHeader()
    dates = lambda: [window.events_model.index(r, 0).data() for r in range(8)]  # noqa: E731
    assert dates()[:3] == ["2025-07-26/2025-07-30", "2025-07-05", "2025-05-25"]
    # A click on the Date header turns the order round: oldest first.
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(0) + 5, 5))
    assert dates()[:4] == ["2024-09-05", "2024-12-09", "2025-01", "2025-02"]
    window.events_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert titles(window)[0] == FORUM


def test_participants_list_filters_the_events(qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    search(qtbot, window, "国家发展改革委")
    model = window.participants_model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "National Development and Reform Commission"
    assert model.index(0, 4).data() == "2"
    window.participants_view.selectRow(0)
    window.search_box.clear()
    window.search_box.flush()
    assert set(titles(window)) == {WAIC, BRAZIL}
    assert "National Development and Reform Commission" in (
        window.filter_panel.participant_label.text())
    window.filter_panel.set_participant(None, "")
    assert len(titles(window)) == 8


def test_selection_is_shared_and_delete_asks_first(qtbot: QtBot, window: MainWindow,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    row = titles(window).index(BRAZIL)
    window.events_view.setFocus()
    window.events_view.selectRow(row)
    current = window.selection.current
    assert current is not None and window.form.title.text() == BRAZIL
    asked: list[str] = []

    def answer(no: bool):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *args):  # type: ignore[no-untyped-def]
            asked.append(text)
            return QMessageBox.StandardButton.No if no else QMessageBox.StandardButton.Yes
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(no=True))
    qtbot.keyClick(window.events_view, Qt.Key.Key_Delete)
    assert asked and BRAZIL in asked[0] and BRAZIL in titles(window)
    monkeypatch.setattr(QMessageBox, "question", answer(no=False))
    following = titles(window)[row + 1]
    qtbot.keyClick(window.events_view, Qt.Key.Key_Delete)
    assert BRAZIL not in titles(window) and window.count_label.text() == "7 events"
    # the event that took its place is shown, ready to be read or deleted in turn
    assert window.events_view.currentIndex().row() == row
    assert window.form.title.text() == following
    assert window.selection.current is not None and window.selection.current != current


def test_saved_search_is_kept_and_reapplied(qtbot: QtBot, window: MainWindow) -> None:
    search(qtbot, window, "ASEAN")
    _check(window, "country", "China")
    window.filter_panel.save_current("ASEAN in China")
    window.filter_panel.clear()
    window.search_box.clear()
    window.search_box.flush()
    assert len(titles(window)) == 8
    saved = window.filter_panel.saved_list
    assert [saved.item(i).text() for i in range(saved.count())] == ["ASEAN in China"]
    saved.itemClicked.emit(saved.item(0))
    assert window.search_box.text() == "ASEAN"
    assert titles(window) == [FORUM]


def test_column_layout_and_sort_persist(qtbot: QtBot, window: MainWindow,
                                        tmp_path: Path) -> None:
    window.events_view.setColumnHidden(3, True)
    window.events_view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    window.close()
    again = MainWindow(window.store)
    qtbot.addWidget(again)
    assert again.events_view.isColumnHidden(3)
    assert (again.events_model.sort_key, again.events_model.descending) == ("title", False)
    assert titles(again)[0] == FORUM


def test_participants_list_starts_sorted_by_name(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    model = window.participants_model
    names = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert len(names) == 55
    assert names == sorted(names, key=str.lower)
    header = window.participants_view.horizontalHeader()
    assert header.sortIndicatorSection() == 1


def test_ctrl_c_copies_the_current_row_as_shown(qtbot: QtBot, window: MainWindow) -> None:
    """Its visible cells, in their order, tab-separated: a spreadsheet pastes
    them as one row."""
    from PySide6.QtWidgets import QApplication

    view = window.events_view
    view.setColumnHidden(4, True)  # Category
    view.horizontalHeader().moveSection(1, 0)  # Title first
    row = titles(window).index(FORUM)
    view.selectRow(row)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    cells = QApplication.clipboard().text().split("\t")
    assert cells[:3] == [FORUM, "2025-05-25", "forum"]
    assert "AI Engagement Activity" not in cells
    assert "Luoyang, Henan Province" in cells
    assert len(cells) == 8


def test_ctrl_c_copies_every_selected_row_in_the_lists_order(
        qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QItemSelectionModel
    from PySide6.QtWidgets import QApplication

    view = window.events_view
    view.selectRow(5)
    view.selectionModel().select(window.events_model.index(1, 0),
                                 QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().split("\n")
    assert [line.split("\t")[1] for line in lines] == [titles(window)[1], titles(window)[5]]



def test_times_are_shown_in_the_computers_time_zone(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stored in UTC; an analyst in Beijing sees Beijing time."""
    monkeypatch.setenv("TZ", "CST-8")  # UTC+8, without the time zone database
    time.tzset()
    local_stamp.cache_clear()
    try:
        with window.store.session() as session:
            stored = session.scalars(select(Event.updated_at).where(Event.title == FORUM)).one()
        beijing = datetime.fromisoformat(stored.removesuffix("Z")) + timedelta(hours=8)
        model = window.events_model
        column = [key for key, _title in model.columns].index("updated_at")
        shown = model.index(titles(window).index(FORUM), column).data()
        assert stored.endswith("Z") and shown == f"{beijing:%Y-%m-%d %H:%M}"
        window.events_view.selectRow(titles(window).index(FORUM))
        history = window.history
        assert history.horizontalHeaderItem(0).text() == "When (CST)"
        # (the day above the time, in the form's narrow pane)
        assert history.item(0, 0).text().startswith(f"{beijing:%Y-%m-%d}\n{beijing:%H:%M}")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
        local_stamp.cache_clear()


def test_a_season_or_quarter_is_listed_in_words(qtbot: QtBot, window: MainWindow) -> None:
    window.editor.apply(lambda ops: ops.create_event({"title": "Quarterly review",
                                                      "date": "Q1 2025"}), "New event")
    qtbot.waitUntil(lambda: "Quarterly review" in titles(window))
    model = window.events_model
    row = titles(window).index("Quarterly review")
    assert model.index(row, 0).data() == "Q1 2025"  # stored as 2025-33


def test_the_source_facet_keeps_the_events_of_a_publisher(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    qtbot.waitUntil(lambda: "Reuters (1)" in _facet_texts(window, "publisher"))
    assert sorted(_facet_texts(window, "publisher")) == [
        "CNN (1)", "Chinese state media (1)", "People's Daily (1)", "Reuters (1)"]
    _check(window, "publisher", "People's Daily")
    assert titles(window) == ["China and Laos Build AI Innovation Cooperation Center"]
    assert window.count_label.text() == "1 of 8 events"
    # The other publishers stay offered, to add their events (either-or).
    assert sorted(_facet_texts(window, "publisher")) == [
        "CNN (1)", "Chinese state media (1)", "People's Daily (1)", "Reuters (1)"]
    window.filter_panel.clear()
    _check(window, "publisher", "Reuters")
    assert titles(window) == ["Sberbank Cooperates with China on AI Projects"]
    window.filter_panel.clear()
    assert len(titles(window)) == 8


def test_a_participant_with_those_under_it(qtbot: QtBot, window: MainWindow) -> None:
    """SASAC is in no event itself; the group it owns organised WAIC."""
    window.tabs.setCurrentIndex(1)
    search(qtbot, window, "Shanghai State-owned Assets")
    window.participants_view.selectRow(0)
    window.search_box.clear()
    window.search_box.flush()
    panel = window.filter_panel
    assert titles(window) == [] and not panel.with_members.isChecked()
    assert not panel.with_members.isHidden()
    panel.with_members.click()
    assert titles(window) == [WAIC]
    definition = panel.event_filter.to_json()
    panel.set_participant(None, "")
    assert len(titles(window)) == 8 and not panel.with_members.isChecked()
    panel.apply_filter(EventFilter.from_json(definition))  # as a saved search brings it back
    assert titles(window) == [WAIC] and panel.with_members.isChecked()


def test_a_renamed_type_shows_at_once_in_the_list_and_its_facet(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    model = window.events_model
    column = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == "Type")
    qtbot.waitUntil(lambda: "forum (1)" in _facet_texts(window, "event_type"))
    with window.editor.ops.store.session() as session:
        term = session.scalars(select(VocabularyTerm).where(
            VocabularyTerm.vocabulary == "event_type", VocabularyTerm.value == "forum")).one()
    window.editor.apply(lambda ops: ops.rename_term(term.id, "policy forum"))
    qtbot.waitUntil(lambda: "policy forum (1)" in _facet_texts(window, "event_type"))
    shown = [model.index(row, column).data() for row in range(model.rowCount())]
    assert "policy forum" in shown and "forum" not in shown
