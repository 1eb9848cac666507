"""``events.xlsx``: the events as an Excel workbook, for colleagues who work in Excel.

It has the columns of ``events.csv`` (so the app reads it back, and a
colleague's edited copy merges in as that table does), but its cells are
typed, which a CSV file cannot say:

- a text stays a text: a title starting with "=" is not run as a formula (no
  apostrophe is needed), "2025-02" is not turned into 1 February, an id of
  digits keeps its leading zeros, when Excel opens the file and when it saves
  it again;
- attendance is a number, and the first and last days are dates (from 1900
  on, Excel's first year), so the sheet sorts and filters as expected;
- the header row is frozen and filtered, the columns sized to read.

A cell holds at most 32 767 characters in Excel: a longer text would be cut,
so the export is refused instead, naming the event and the field.

XlsxWriter writes it in its constant-memory mode (each row goes to a
temporary file as it comes): memory stays flat however many events.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date
from typing import Any, BinaryIO

from sqlalchemy.orm import Session

from desktop.core.changes import ValidationError
from desktop.core.exchange.csv_rows_sql import EVENT_COLUMNS, event_cells
from desktop.core.exchange.json_export import connection_of, exported_event_ids
from desktop.core.filters import ExportScope
from desktop.core.progress import Progress

EXCEL_CELL_LIMIT = 32_767
SHEET_NAME = "Events"
PROGRESS_STEP = 1000
_DATES = frozenset(("date_start", "date_end"))
_NUMBERS = frozenset(("attendance",))
# Column widths in characters: the long texts wide, ids and stamps as they are.
_WIDTHS = {"id": 38, "title": 48, "date": 22, "date_start": 11, "date_end": 11,
           "summary": 60, "participants": 48, "tags": 24, "sources": 40, "notes": 30,
           "created_at": 21, "updated_at": 21}
_DEFAULT_WIDTH = 14


def write_events_workbook(session: Session, out: BinaryIO, event_filter: ExportScope = None,
                          *, progress: Progress | None = None) -> int:
    """Write events.xlsx of every event, or of those the filter keeps; return
    the number of events."""
    filtered = event_filter is not None and not event_filter.is_empty()
    ids = exported_event_ids(session, event_filter) if filtered else None
    return write_workbook(connection_of(session), out, ids, progress=progress)


def write_workbook(connection: sqlite3.Connection, out: BinaryIO, ids: list[str] | None,
                   *, progress: Progress | None = None) -> int:
    import xlsxwriter  # only when a workbook is written

    total = len(ids) if ids is not None else connection.execute(
        "SELECT count(*) FROM events").fetchone()[0]
    book = xlsxwriter.Workbook(out, {
        "constant_memory": True,
        # every text as written: nothing read as a formula, a number or a link
        "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
    })
    sheet = book.add_worksheet(SHEET_NAME)
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    header = book.add_format({"bold": True})
    for column, name in enumerate(EVENT_COLUMNS):
        sheet.set_column(column, column, _WIDTHS.get(name, _DEFAULT_WIDTH))
    sheet.freeze_panes(1, 0)
    sheet.write_row(0, 0, EVENT_COLUMNS, header)
    count = 0
    try:
        for count, cells in enumerate(event_cells(connection, ids), start=1):
            _write_row(sheet, count, cells, day)
            if progress is not None and count % PROGRESS_STEP == 0:
                progress(count, total)
    except BaseException:
        # Closing is the one way to free the rows' temporary files; what it
        # writes is removed with the unfinished file (atomic_file).
        with contextlib.suppress(Exception):
            book.close()
        raise
    sheet.autofilter(0, 0, max(count, 1), len(EVENT_COLUMNS) - 1)
    book.close()
    if progress is not None:
        progress(count, total)
    return count


_TITLE = EVENT_COLUMNS.index("title")


def _write_row(sheet: Any, row: int, cells: list[Any], day: Any) -> None:
    for column, (name, value) in enumerate(zip(EVENT_COLUMNS, cells, strict=True)):
        if value is None or value == "":
            continue
        if name in _NUMBERS and isinstance(value, int):
            sheet.write_number(row, column, value)
        elif name in _DATES and (as_date := _excel_date(value)) is not None:
            sheet.write_datetime(row, column, as_date, day)
        else:
            text = str(value)
            if len(text) > EXCEL_CELL_LIMIT:
                raise ValidationError.single(
                    f"event “{cells[_TITLE]}” ({cells[0]}), {name}",
                    f"holds {len(text):,} characters, more than an Excel cell holds "
                    f"({EXCEL_CELL_LIMIT:,}): export it as JSON or CSV instead")
            sheet.write_string(row, column, text)


def _excel_date(value: Any) -> date | None:
    """An ISO day as a date Excel can hold (its dates start in 1900); None
    for an earlier one, written as text."""
    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        return None
    return day if day.year >= 1900 else None

