"""Reading a sheet of a spreadsheet as a table of events: an Excel workbook
(.xlsx, .xlsm, or .xls from Excel 97–2003) or an OpenDocument spreadsheet
(.ods), read as ``spreadsheet_files`` reads them.

Analysts are sent workbooks far more often than CSV files.  A sheet is read
once into a UTF-8 CSV file in a temporary folder, and each row
is remembered by its number in the sheet; from then on it is read as any CSV
table (``csv_table.open_table``), so the column mapping, the survey and the
import each read it again at CSV speed (openpyxl takes about 0.2 ms a row, a
CSV row a hundredth of that), and messages name the workbook, the sheet and
the row as the spreadsheet numbers it.

Cells are written as the analyst sees them where that matters:

- a date cell of an .xlsx by the precision of its number format: Excel keeps
  every date as a day, and "Feb-25" (format ``mmm-yy``) is February 2025, not
  1 February (an .xls or .ods file's formats are not read: its date cells are days);
- a whole number without ".0", a time as ``HH:MM``, TRUE and FALSE as Excel
  shows them;
- a formula by the value Excel last computed and saved with it.

The header row is the first row of two or more filled cells among the first
twenty (a title line above the table is passed over); a header cell left
empty over a column that holds values is named after the column's letter.
"""

from __future__ import annotations

import atexit
import csv
import itertools
import os
import re
import shutil
import tempfile
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.changes import ValidationError
from desktop.core.exchange.spreadsheet_files import is_workbook, sheet_names, sheet_rows
from desktop.core.progress import Progress

# Spreadsheets the app reads, each named as a message names it.
WORKBOOKS = {".xlsx": "an Excel workbook", ".xlsm": "an Excel workbook",
             ".xls": "an Excel 97–2003 workbook", ".ods": "an OpenDocument spreadsheet"}
# Spreadsheets the app does not read, each with what to save it as.
OTHER_SPREADSHEETS = {".xlsb": "an Excel binary workbook", ".numbers": "a Numbers spreadsheet"}
HEADER_SEARCH_ROWS = 20
PROGRESS_STEP = 2000


def refuse_other_spreadsheet(path: Path) -> None:
    """Raise, saying what to do, for a spreadsheet the app cannot read."""
    kind = WORKBOOKS.get(path.suffix.lower())
    if kind is not None and not is_workbook(path):
        # Excel keeps a workbook protected by a password in another container
        raise ValidationError.single(
            path.name, f"cannot be read as {kind}: it may be protected by a "
                       "password (save a copy without one) or damaged")
    kind = OTHER_SPREADSHEETS.get(path.suffix.lower())
    if kind is not None:
        raise ValidationError.single(
            path.name, f"is {kind}, which the app does not read: save it as an Excel "
                       "workbook (.xlsx) or as CSV UTF-8, then import that")
    refuse_what_is_no_text(path)


# The first bytes of files an analyst may pick by mistake, and what they are.
_MAGIC = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
          (b"GIF8", "a GIF image"), (b"%PDF", "a PDF document"),
          (b"\xd0\xcf\x11\xe0", "an Excel 97–2003 workbook or a Word document "
                                 "(or an Excel workbook protected by a password)"),
          (b"PK\x03\x04", "a zip archive"), (b"SQLite format 3\x00", "an SQLite database"))


def refuse_what_is_no_text(path: Path) -> None:
    """Raise, naming what it is, for a file that is no table of text: a zip
    that is no Data Package or workbook, an image, a PDF, a database.  Read
    as a table, it was called "not UTF-8 text" at line 1."""
    try:
        with path.open("rb") as handle:
            start = handle.read(4096)
    except OSError:
        return  # the reading that follows says why
    what = next((name for magic, name in _MAGIC if start.startswith(magic)), None)
    if what is None and _binary(start):
        raise ValidationError.single(path.name, f"holds binary data, not text: {_CHOOSE}")
    if what == "a zip archive":
        raise ValidationError.single(path.name, "is a zip archive that is neither a Data Package "
                                                "(it has no datapackage.json) nor an Excel "
                                                "workbook: unzip it and import what it holds")
    if what is not None:
        raise ValidationError.single(path.name, f"is {what}, not a file of events or "
                                                f"participants: {_CHOOSE}")


_CHOOSE = "import a CSV table, an Excel workbook, a JSON document or a Data Package"


_CONTROL = bytes([*range(0x09), *range(0x0e, 0x20), 0x7f])


def _binary(start: bytes) -> bool:
    """Binary data rather than text: many control bytes (random bytes hold
    one in nine), not a stray NUL in a cell, which is named by its row."""
    controls = len(start) - len(start.translate(None, _CONTROL))
    return controls >= 4 and controls * 20 > len(start) and not _utf16(start)


def _utf16(start: bytes) -> bool:
    """UTF-16 without its BOM: a zero every other byte, as Latin text has."""
    if start[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    halves = (start[0::2], start[1::2])
    return any(half.count(0) > len(half) * 0.4 for half in halves)


def use_sheet(path: Path, sheet: str) -> None:
    """Read ``sheet`` of the workbook from now on (the first sheet otherwise)."""
    names = sheet_names(path)
    if sheet not in names:
        raise ValidationError.single(
            path.name, f"has no sheet named {sheet} (it has: {', '.join(names)})")
    _CHOSEN[path.resolve()] = sheet


def chosen_sheet(path: Path) -> str:
    """The sheet read of the workbook: the one chosen, else the first."""
    chosen = _CHOSEN.get(path.resolve())
    return chosen if chosen is not None else sheet_names(path)[0]


_CHOSEN: dict[Path, str] = {}
# The row of a table's column names, where the analyst chose it (a title above
# the table may itself have two filled cells), by file as it is now.
_HEADER_ROWS: dict[tuple[Path, int, int], int] = {}


def use_header_row(path: Path, row: int | None) -> None:
    """Read the column names of the table in ``path`` (a CSV file, or a
    workbook's chosen sheet) from ``row``; None: find them."""
    if row is not None and not 1 <= row <= HEADER_SEARCH_ROWS:
        raise ValidationError.single("--header-row", f"must be a row from 1 to "
                                                     f"{HEADER_SEARCH_ROWS}")
    key = file_key(path)
    if row is None:
        _HEADER_ROWS.pop(key, None)
    else:
        _HEADER_ROWS[key] = row


def chosen_header_row(path: Path) -> int | None:
    """The row chosen for the column names of the table in ``path``, if one was."""
    return _HEADER_ROWS.get(file_key(path))


def file_key(path: Path) -> tuple[Path, int, int]:
    """The file as it is: its path, size and time of change."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise ValidationError.single(str(path), f"cannot be read: {exc}") from exc
    return path.resolve(), stat.st_size, stat.st_mtime_ns


@dataclass(frozen=True)
class SheetTable:
    """A sheet written out as CSV: the file, the sheet's name for messages and
    each data row's number in the sheet (in the CSV's order)."""

    csv: Path
    label: str
    numbers: array[int]
    header: int  # the row of the column names in the sheet


def sheet_table(path: Path, progress: Progress | None = None) -> SheetTable:
    """The chosen sheet of the workbook as a CSV table, from the row chosen for
    its column names (``use_header_row``) or the one found, written the first
    time it is asked for and again whenever the workbook, the sheet or the
    row chosen changes."""
    sheet = chosen_sheet(path)
    header_row = chosen_header_row(path)
    stat = path.stat()
    key = (path.resolve(), stat.st_size, stat.st_mtime_ns, sheet, header_row)
    table = _TABLES.get(key)
    if table is None or not table.csv.exists():
        table = _write_sheet(path, sheet, progress, header_row)
        _TABLES[key] = table
    return table


_TABLES: dict[tuple[Path, int, int, str, int | None], SheetTable] = {}
_FOLDER: list[Path] = []


def scratch_folder() -> Path:
    """One temporary folder for the process's sheets (and other tables written
    out as CSV), removed when it ends."""
    if not _FOLDER:
        folder = Path(tempfile.mkdtemp(prefix="curator-sheets-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _FOLDER.append(folder)
    return _FOLDER[0]


def _write_sheet(path: Path, sheet: str, progress: Progress | None,
                 header_row: int | None) -> SheetTable:
    label = f"{path.name} sheet “{sheet}”"
    folder = scratch_folder()
    body = new_scratch_file(folder, "rows")
    numbers = array("l")
    used: set[int] = set()  # the columns with a value anywhere
    with sheet_rows(path, sheet) as cells:
        rows = enumerate(cells, start=1)
        found = _header(rows) if header_row is None else _chosen_header(rows, header_row)
        if found is None:
            raise ValidationError.single(label, "holds no table: it has no filled cell"
                                         if header_row is None else
                                         f"ends before row {header_row}")
        (header_number, header), after_header = found
        used.update(i for i, cell in enumerate(header) if cell.strip())
        with body.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\r\n")
            for number, row in itertools.chain(after_header, rows):
                filled = [i for i, cell in enumerate(row) if cell.strip()]
                if not filled:
                    continue  # a blank row, as a CSV reader passes it over
                used.update(filled)
                writer.writerow(row[:filled[-1] + 1])
                numbers.append(number)
                if progress is not None and len(numbers) % PROGRESS_STEP == 0:
                    progress(len(numbers), 0)
    target = new_scratch_file(folder, safe_stem(path.stem))
    columns = sorted(used)
    with body.open(encoding="utf-8", newline="") as rows_in, \
            target.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(_headers(header, columns))
        if columns == list(range(len(columns))):
            # no empty column to leave out (the usual sheet): the rows as written
            shutil.copyfileobj(rows_in, out)
        else:
            for row in csv.reader(rows_in):
                writer.writerow([row[i] if i < len(row) else "" for i in columns])
    body.unlink()
    return SheetTable(target, label, numbers, header_number)


def _headers(cells: Sequence[str], columns: list[int]) -> list[str]:
    """The names of the columns that hold values; one whose header cell is
    empty is named after its letter."""
    return [(cells[i].strip() if i < len(cells) else "") or f"(column {_letter(i)})"
            for i in columns]


def _letter(index: int) -> str:
    """A column's letters as Excel writes them: 0 is A, 26 is AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def new_scratch_file(folder: Path, stem: str) -> Path:
    """A new file of the folder's (a sheet may be read by two threads at once:
    the mapping dialog's survey and the command's)."""
    handle, name = tempfile.mkstemp(dir=folder, prefix=f"{stem}-", suffix=".csv")
    os.close(handle)
    return Path(name)


def safe_stem(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name)[:60] or "sheet"


_Row = tuple[int, list[str]]


def _header(rows: Iterator[_Row]) -> tuple[_Row, list[_Row]] | None:
    """The header row and the filled rows read after it: the first row of two
    or more filled cells among the first rows (a title line above the table
    is passed over), else the first filled row, the others after it data."""
    filled_rows: list[_Row] = []
    for number, row in rows:
        filled = sum(1 for cell in row if cell.strip())
        if filled >= 2:
            return (number, row), []
        if filled:
            filled_rows.append((number, row))
        if number >= HEADER_SEARCH_ROWS:
            break
    if not filled_rows:
        return None
    return filled_rows[0], filled_rows[1:]


def _chosen_header(rows: Iterator[_Row], number: int) -> tuple[_Row, list[_Row]] | None:
    """Row ``number`` as the header (the rows above it passed over); None when
    the sheet ends before it."""
    for row_number, row in rows:
        if row_number == number:
            return (row_number, row), []
    return None
