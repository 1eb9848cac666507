"""The events list at 100 000 events: first page, a sort change, the middle.

Each is timed through the Qt model (ids of the result, then the rows a view
asks for), beside the naive way a list is often filled: loading every event as
an ORM object (and, for the middle, an OFFSET page).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Event
from desktop.ui.event_table_model import EventTableModel
from tests.benchmarks.common import Result, median_seconds, result

VISIBLE_ROWS = 40


def _show(model: EventTableModel, first: int) -> None:
    for row in range(first, min(first + VISIBLE_ROWS, model.rowCount())):
        for column in range(model.columnCount()):
            model.index(row, column).data()


def run(store: Store) -> list[Result]:
    def open_list() -> None:
        _show(EventTableModel(store), 0)

    def load_all_objects() -> None:
        with store.session() as session:
            session.scalars(select(Event).order_by(Event.date_start.desc())).all()

    model = EventTableModel(store)
    orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * 50)

    def sort_by_title() -> None:
        model.sort(1, next(orders))
        _show(model, 0)

    def load_all_sorted() -> None:
        with store.session() as session:
            session.scalars(select(Event).order_by(Event.title)).all()

    middle = model.rowCount() // 2

    def scroll_to_middle() -> None:
        model._pages.clear()  # a fresh window each time, as after a long scroll
        _show(model, middle)

    def offset_page() -> None:
        with store.session() as session:
            session.scalars(select(Event).order_by(Event.date_start.desc())
                            .offset(middle).limit(VISIBLE_ROWS)).all()

    return [
        result("list_first_page_ms", median_seconds(open_list, 5) * 1000,
               median_seconds(load_all_objects, 3) * 1000, unit="ms",
               note="baseline: every event loaded as an ORM object"),
        result("list_sort_change_ms", median_seconds(sort_by_title, 5) * 1000,
               median_seconds(load_all_sorted, 3) * 1000, unit="ms",
               note="baseline: every event loaded as an ORM object, sorted"),
        result("list_scroll_middle_ms", median_seconds(scroll_to_middle, 7) * 1000,
               median_seconds(offset_page, 7) * 1000, unit="ms",
               note="baseline: OFFSET page of ORM objects"),
    ]
