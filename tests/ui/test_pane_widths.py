"""The window's three panes share the width without cutting anything off:
the timeline's tool row does not push the form aside, a form squeezed
narrower than its fields scrolls sideways, and the forms' small tables give
their room to what matters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QStyle, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import VocabularyTerm
from desktop.ui.country_field import CountryField
from desktop.ui.eliding_label import ElidingLabel
from desktop.ui.facet_delegate import FacetDelegate
from desktop.ui.main_window import MainWindow
from desktop.ui.record_form import MOST_NARROW, RecordForm


def _cut_off(form: RecordForm) -> list[str]:
    """The form's visible fields and buttons whose right edge lies beyond what
    the form shows (as it is scrolled)."""
    shown = form.viewport().width()
    cut = []
    for widget in form.widget().findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLineEdit | QComboBox
                                                    | QAbstractButton):
            continue
        right = widget.mapTo(form.viewport(), QPoint(widget.width(), 0)).x()
        if right > shown + 1:
            cut.append(widget.accessibleName() or getattr(widget, "text", str)() or
                       type(widget).__name__)
    return cut


def _narrow_form(qtbot: QtBot, window: MainWindow, width: int = 400) -> None:
    """The details pane about as wide as a 1366-pixel screen leaves it."""
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([240, total - 240 - width, width])
    qtbot.wait(50)


def _show_event(qtbot: QtBot, window: MainWindow, row: int = 2) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(row)
    qtbot.waitUntil(lambda: window.form.record_id is not None)


def test_the_timeline_leaves_the_form_its_width(qtbot: QtBot, window: MainWindow) -> None:
    _show_event(qtbot, window)
    before = window.splitter.sizes()
    assert not _cut_off(window.form)
    window.tabs.setCurrentWidget(window.timeline)
    qtbot.waitUntil(lambda: window.timeline.info.text() != "")
    # A long status line ("1 January 1990 – 31 December 2025 · 100,000 events") gives way.
    window.timeline.info.setText("22 August 2024 – 1 January 2026 · 100,000 events " * 3)
    qtbot.wait(50)
    assert window.splitter.sizes() == before
    assert not _cut_off(window.form)
    info = window.timeline.info
    assert info.shown_text() != info.text() and info.toolTip() == info.text()


def test_a_status_line_gives_way_to_a_shorter_form_then_to_an_ellipsis(qtbot: QtBot) -> None:
    label = ElidingLabel()
    qtbot.addWidget(label)
    whole, dates, months = ("22 Aug 2024 – 01 Jan 2026 · 8 events", "22 Aug 2024 – 01 Jan 2026",
                            "Aug 2024 – Jan 2026")
    label.setText(whole, dates, months)
    label.show()
    advance = label.fontMetrics().horizontalAdvance
    shown = {}
    for width in (advance(whole) + 4, advance(dates) + 4, advance(months) + 4,
                  advance(months) // 2, 6):
        label.resize(width, 20)
        shown[width] = (label.shown_text(), label.toolTip())
    assert list(shown.values())[:3] == [(whole, ""), (dates, whole), (months, whole)]
    cut, tip = list(shown.values())[3]
    assert cut.startswith("Aug") and cut.endswith("…") and tip == whole
    assert list(shown.values())[4] == ("", whole)  # no "…" standing alone


@pytest.mark.parametrize("form_name", ["form", "participant_form"])
def test_a_squeezed_form_scrolls_rather_than_cuts_its_fields_off(
        qtbot: QtBot, window: MainWindow, form_name: str) -> None:
    _show_event(qtbot, window)
    if form_name == "participant_form":
        window.tabs.setCurrentWidget(window.participants_view)
        window.participants_view.selectRow(1)
        qtbot.waitUntil(lambda: window.participant_form.record_id is not None)
    form = getattr(window, form_name)
    window.details.setCurrentWidget(form)
    window.splitter.setSizes([240, 5000, 40])  # the handle dragged far to the right
    qtbot.wait(50)
    # no narrower than its fields can be (a long label's field under it), up to MOST_NARROW
    assert window.splitter.sizes()[2] >= min(form.minimumSizeHint().width(), MOST_NARROW)
    # what does not fit is a scroll away, not cut off unseen
    bar = form.horizontalScrollBar()
    assert not _cut_off(form) or (bar.isVisible() and bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.wait(20)
    assert not _cut_off(form)


def test_a_window_fits_a_1280_pixel_screen(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.tabs.setCurrentWidget(window.timeline)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1280


def test_country_list_shows_whole_names_in_a_narrow_field(qtbot: QtBot) -> None:
    field = CountryField()
    qtbot.addWidget(field)
    assert field.minimumSizeHint().width() < 250  # it does not widen the form
    field.show()
    field.showPopup()
    longest = max((field.itemText(row) for row in range(field.count())), key=len)
    view = field.view()
    assert view.width() >= view.fontMetrics().horizontalAdvance(longest)
    field.hidePopup()


def test_participant_names_get_the_room_in_a_narrow_form(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    _show_event(qtbot, window)  # the Media Cooperation Forum: six participants
    _narrow_form(qtbot, window)
    table = window.form.links.table
    widths = [table.columnWidth(column) for column in range(3)]
    assert widths[0] > widths[1] and widths[0] > widths[2], widths
    name = table.item(0, 0)
    assert name.toolTip() == name.text() and name.text().startswith("ASEAN-China")


def test_event_titles_get_the_room_in_a_narrow_participant_form(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.tabs.setCurrentWidget(window.participants_view)
    model = window.participants_model
    row = next(row for row in range(model.rowCount())
               if model.index(row, 1).data().startswith("National Development"))
    window.participants_view.selectRow(row)
    form = window.participant_form
    qtbot.waitUntil(lambda: form.events_model.rowCount() > 0)
    window.details.setCurrentWidget(form)
    _narrow_form(qtbot, window)
    widths = [form.events.columnWidth(column) for column in range(3)]
    assert widths[1] > widths[0] and widths[1] > widths[2], widths


def test_history_shows_old_and_new_values_in_a_narrow_pane(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    _show_event(qtbot, window)
    event_id = window.form.record_id
    assert event_id is not None
    window.editor.apply(lambda ops: ops.update_event(
        event_id, {"native_title": "2025中国—东盟媒体合作论坛"}), "Edit")
    window.details.setCurrentWidget(window.history)
    _narrow_form(qtbot, window)
    history = window.history
    assert history.item(0, 2).text() == "native title"  # in words
    shown = history.viewport().width()
    for column in (3, 4):  # old and new in sight, with room to read
        left = history.columnViewportPosition(column)
        assert left >= 0 and left + history.columnWidth(column) <= shown + 1
        assert history.columnWidth(column) >= 60


def test_history_rows_grow_to_show_each_value_whole(qtbot: QtBot,
                                                    window: MainWindow) -> None:
    """A narrow pane cut a retitling, and who made it, to a few letters on one line."""
    _show_event(qtbot, window)
    event_id = window.form.record_id
    assert event_id is not None
    long_title = "A much longer title for the forum, as the organisers gave it on their site"
    window.editor.apply(lambda ops: ops.update_event(event_id, {"title": long_title}), "Edit")
    window.details.setCurrentWidget(window.history)
    _narrow_form(qtbot, window)
    history = window.history
    metrics = history.fontMetrics()
    margin = 2 * (history.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)

    def cut(row: int, column: int) -> bool:
        needed = metrics.boundingRect(QRect(0, 0, history.columnWidth(column) - margin, 10_000),
                                      Qt.TextFlag.TextWordWrap, history.item(row, column).text())
        return needed.height() > history.rowHeight(row)

    assert history.item(0, 4).text() == long_title
    assert not any(cut(row, column) for row in range(history.rowCount())
                   for column in range(1, 5) if history.item(row, column) is not None)
    assert history.rowHeight(0) > 2 * metrics.height()  # the new title on several lines


def test_sources_stay_readable_in_a_narrow_form_and_fill_a_wide_one(
        qtbot: QtBot, window: MainWindow) -> None:
    _show_event(qtbot, window, row=0)  # the WAIC: two sources
    table = window.form.sources.table
    published = table.fontMetrics().horizontalAdvance("2025-07-28")
    _narrow_form(qtbot, window)
    assert table.columnWidth(3) > published  # a date whole, not "20…"
    assert table.horizontalScrollBar().maximum() > 0  # the rest is a scroll away
    window.resize(2600, window.height())  # a wide screen, the form given most of it
    window.splitter.setSizes([240, 730, 5000])
    qtbot.wait(50)
    assert table.viewport().width() > 800
    shown = table.viewport().width()
    filled = sum(table.columnWidth(column) for column in range(table.columnCount()))
    assert shown - table.columnCount() <= filled <= shown
    assert table.horizontalScrollBar().maximum() == 0


def test_a_related_events_title_gets_the_room(qtbot: QtBot, window: MainWindow) -> None:
    _show_event(qtbot, window)
    _narrow_form(qtbot, window)
    table = window.form.related.table
    widths = [table.columnWidth(column) for column in range(3)]
    assert widths[1] > widths[0] and widths[1] > widths[2], widths


def test_the_first_window_fits_the_screen(qtbot: QtBot, tmp_path: Path) -> None:
    """With no size kept from before it opened at 1400×820, past the edges of
    a 1366×768 laptop screen; it fits the screen (down to its least size)."""
    from desktop.ui.app import open_for_window

    store, note = open_for_window(tmp_path / "demo.sqlite", "sample")
    window = MainWindow(store, note=note, analyst="Tester")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    room = window.screen().availableGeometry()
    least = window.minimumSizeHint()
    assert window.width() <= max(room.width(), least.width())
    assert window.height() <= max(room.height() - 40, least.height())
    assert window.height() < 820  # the offscreen screen is 800 pixels high
    window.close()
    store.close()


def test_a_long_facet_is_cut_in_its_name_never_in_its_count(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    long_name = "Education, Research and Cultural Exchange Programmes"
    with window.editor.ops.store.session() as session:
        term = session.scalars(select(VocabularyTerm).where(
            VocabularyTerm.value == "AI Engagement Activity")).one()
    window.editor.apply(lambda ops: ops.rename_term(term.id, long_name))
    categories = window.filter_panel.facet_lists["category"]
    qtbot.waitUntil(lambda: categories.count() == 1
                    and categories.item(0).text() == f"{long_name} (8)")
    delegate = categories.itemDelegate()
    assert isinstance(delegate, FacetDelegate)
    row = categories.model().index(0, 0)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([240, sum(sizes) - 240 - sizes[2], sizes[2]])
    qtbot.wait(20)
    shown = delegate.row_text(row)
    assert shown.startswith("Education, Research") and shown.endswith("… (8)")
    assert categories.item(0).toolTip() == f"{long_name} (8)"
    # Room enough, and the row is whole.
    window.resize(2000, 820)
    qtbot.wait(20)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([600, sum(sizes) - 600 - sizes[2], sizes[2]])
    qtbot.waitUntil(lambda: delegate.row_text(row) == f"{long_name} (8)")
