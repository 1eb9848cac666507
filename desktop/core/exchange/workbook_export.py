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
from collections.abc import Iterator, Mapping, Sequence
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
_WIDTHS = {"id": 38, "title": 48, "native_title": 36, "date": 22, "date_start": 11, "date_end": 11,
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


def _new_book(out: BinaryIO, sheet_name: str, columns: Sequence[str],
              widths: Mapping[str, int]) -> tuple[Any, Any]:
    """A workbook writing to ``out`` with one sheet, its header row written,
    frozen and bold, its columns sized."""
    import xlsxwriter  # only when a workbook is written

    book = xlsxwriter.Workbook(out, {
        "constant_memory": True,
        # every text as written: nothing read as a formula, a number or a link
        "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False,
    })
    sheet = book.add_worksheet(sheet_name)
    for column, name in enumerate(columns):
        sheet.set_column(column, column, widths.get(name, _DEFAULT_WIDTH))
    sheet.freeze_panes(1, 0)
    sheet.write_row(0, 0, columns, book.add_format({"bold": True}))
    return book, sheet


@contextlib.contextmanager
def _freed_on_failure(book: Any) -> Iterator[None]:
    """Close the workbook when writing it fails or is cancelled: closing is the
    one way to free the temporary files of its rows, and what it writes is
    removed with the unfinished file (``atomic_file``)."""
    try:
        yield
    except BaseException:
        with contextlib.suppress(Exception):
            book.close()
        raise


def write_table_workbook(out: BinaryIO, sheet_name: str, columns: Sequence[str],
                         rows: list[list[Any]], widths: Mapping[str, int], *,
                         numbers: frozenset[str] = frozenset()) -> None:
    """A small table (participants, counts) as a workbook: the ``numbers``
    columns as numbers, every other cell as text, filtered."""
    book, sheet = _new_book(out, sheet_name, columns, widths)
    with _freed_on_failure(book):
        for row_number, cells in enumerate(rows, start=1):
            for column, (name, value) in enumerate(zip(columns, cells, strict=True)):
                if name in numbers and isinstance(value, int | float):
                    sheet.write_number(row_number, column, value)
                elif value not in (None, ""):
                    sheet.write_string(row_number, column, _cell_text(
                        str(value), f"{cells[1]} ({cells[0]})", name))
    sheet.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)
    book.close()


def write_workbook(connection: sqlite3.Connection, out: BinaryIO, ids: list[str] | None,
                   *, progress: Progress | None = None) -> int:
    total = len(ids) if ids is not None else connection.execute(
        "SELECT count(*) FROM events").fetchone()[0]
    book, sheet = _new_book(out, SHEET_NAME, EVENT_COLUMNS, _WIDTHS)
    day = book.add_format({"num_format": "yyyy-mm-dd"})
    count = 0
    with _freed_on_failure(book):
        for count, cells in enumerate(event_cells(connection, ids), start=1):
            _write_row(sheet, count, cells, day)
            if progress is not None and count % PROGRESS_STEP == 0:
                progress(count, total)
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
            sheet.write_string(row, column, _cell_text(
                str(value), f"event “{cells[_TITLE]}” ({cells[0]})", name))


def _cell_text(text: str, record: str, name: str) -> str:
    """``text`` if an Excel cell holds it whole; else the export is refused,
    naming the record and the field (a cut text would be lost data)."""
    if len(text) > EXCEL_CELL_LIMIT:
        raise ValidationError.single(
            f"{record}, {name}", f"holds {len(text):,} characters, more than an Excel cell "
                                 f"holds ({EXCEL_CELL_LIMIT:,}): export it as JSON or CSV instead")
    return text


def _excel_date(value: Any) -> date | None:
    """An ISO day as a date Excel can hold (its dates start in 1900); None
    for an earlier one, written as text."""
    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        return None
    return day if day.year >= 1900 else None

