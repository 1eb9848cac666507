"""The sheets of a spreadsheet file, row by row, each cell as the text it shows.

Excel workbooks (.xlsx, .xlsm) are read with openpyxl, which streams a sheet
and gives each cell's number format.  Excel 97–2003 workbooks (.xls, still
what many offices send) and OpenDocument spreadsheets (.ods: LibreOffice,
and WPS on request) are read with python-calamine, which reads both formats
but gives no number formats: a date cell there is written as its day.

A file is told by its content, not its name: a zip holding ``xl/workbook.xml``
(Excel) or the OpenDocument spreadsheet mimetype, or a compound file that
python-calamine reads as a workbook (a Word document is one too, and so is an
Excel workbook protected by a password).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from desktop.core.changes import ValidationError
from desktop.core.exchange.damaged_zips import ZIP_DAMAGE

# What the parts of a zipped spreadsheet may hold once unzipped: a sheet of
# 100 000 events is ~150 MiB of XML.  A zip that unpacks to more (a "zip
# bomb") is refused before it is read.
MAX_UNZIPPED_BYTES = 2 << 30
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
# What a damaged sheet raises as it is read, besides its zip's damage: a part
# missing, a value that does not parse, XML that does not parse (SyntaxError is
# the base of ElementTree's and lxml's).
_DAMAGED = (*ZIP_DAMAGE, KeyError, ValueError, SyntaxError)
_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the container of .xls and .doc


def is_workbook(path: Path) -> bool:
    """A spreadsheet the app reads, by its content, whatever its name ends with."""
    return _kind(path) is not None


def _kind(path: Path) -> str | None:
    """"excel" (openpyxl), "other" (python-calamine), or None; told once per
    file as it is (an import asks many times)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (path.resolve(), stat.st_size, stat.st_mtime_ns)
    if key not in _KINDS:
        _KINDS[key] = _told_kind(path) if path.is_file() else None
    return _KINDS[key]


_KINDS: dict[tuple[Path, int, int], str | None] = {}


def _told_kind(path: Path) -> str | None:
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
                if "xl/workbook.xml" in names:
                    return "excel"
                if "mimetype" in names and archive.read("mimetype").strip() == _ODS_MIMETYPE:
                    return "other"
        except _DAMAGED:
            return None
        return None
    try:
        with path.open("rb") as handle:
            compound = handle.read(len(_COMPOUND_FILE)) == _COMPOUND_FILE
    except OSError:
        return None
    return "other" if compound and _opens_with_calamine(path) else None


def _opens_with_calamine(path: Path) -> bool:
    from python_calamine import CalamineWorkbook  # only when one is imported

    try:
        with _calamine_reading(path):
            CalamineWorkbook.from_path(str(path)).close()
    except ValidationError:
        return False  # a Word document, a protected or damaged workbook
    return True


def _panicked(exc: BaseException) -> bool:
    """Whether ``exc`` is python-calamine's reader panicking, as it does on
    some damaged .xls files: pyo3's PanicException, a BaseException, which an
    ``except Exception`` lets through to stop the import unexplained."""
    return type(exc).__name__ == "PanicException"


def sheet_names(path: Path) -> list[str]:
    """The spreadsheet's sheets of cells (not its charts), in its order."""
    if _kind(path) == "excel":
        with _excel_book(path) as book:
            return list(book.sheetnames)
    from python_calamine import SheetTypeEnum

    book = _open_other(path)
    try:
        with _calamine_reading(path):
            return [sheet.name for sheet in book.sheets_metadata
                    if sheet.typ == SheetTypeEnum.WorkSheet]
    finally:
        book.close()


@contextmanager
def sheet_rows(path: Path, sheet: str) -> Iterator[Iterator[list[str]]]:
    """The rows of ``sheet`` from its first, empty ones too, each cell as text."""
    if _kind(path) == "excel":
        with _excel_book(path) as book:
            yield _refused_if_damaged(path, ([_cell_text(
                getattr(cell, "value", None), str(getattr(cell, "number_format", "") or ""))
                for cell in row] for row in book[sheet].iter_rows(min_row=1)))
        return
    book = _open_other(path)
    try:
        with _calamine_reading(path, f" sheet “{sheet}”"):
            cells = book.get_sheet_by_name(sheet)  # the whole sheet, read here
            start = cells.start
        # Row by row (a whole sheet as Python lists would take ~2 KiB a row).
        # The rows come from the sheet's first, empty ones too, but the cells
        # from the column of its first filled cell: put back from column A, as
        # the sheet names its columns.
        before = [""] * (start[1] if start else 0)
        yield (before + [_cell_text(value, "") for value in row] for row in cells.iter_rows())
    finally:
        book.close()


@contextmanager
def _calamine_reading(path: Path, part: str = "") -> Iterator[None]:
    """python-calamine's refusals and panics as a workbook that cannot be read."""
    from python_calamine import CalamineError

    as_what = "" if part else " as a spreadsheet"
    try:
        yield
    except (CalamineError, OSError) as exc:
        raise ValidationError.single(f"{path.name}{part}",
                                     f"cannot be read{as_what}: {exc}") from exc
    except BaseException as exc:
        if not _panicked(exc):
            raise
        raise ValidationError.single(f"{path.name}{part}", "cannot be read: the workbook is "
                                     "damaged (open it and save it again)") from exc


def _refuse_zip_bomb(path: Path) -> None:
    try:
        if not zipfile.is_zipfile(path):
            return
        with zipfile.ZipFile(path) as archive:
            unzipped = sum(entry.file_size for entry in archive.infolist())
    except _DAMAGED as exc:
        raise _damaged(path, exc) from exc
    if unzipped > MAX_UNZIPPED_BYTES:
        raise ValidationError.single(
            path.name, f"unpacks to {unzipped / (1 << 30):,.1f} GiB, more than a workbook "
                       f"of events holds ({MAX_UNZIPPED_BYTES >> 30} GiB): it is refused unread")


@contextmanager
def _excel_book(path: Path) -> Iterator[Any]:
    from openpyxl import load_workbook  # only when a workbook is imported
    from openpyxl.utils.exceptions import InvalidFileException

    _refuse_zip_bomb(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise _damaged(path, exc) from exc
    with handle:
        try:
            # read_only streams the sheet; data_only gives formulas' saved
            # values.  Given an open file, not the path: openpyxl refuses a
            # name that does not end in .xlsx, and workbooks are often sent
            # as "report.xls".
            book = load_workbook(handle, read_only=True, data_only=True)
        except (*_DAMAGED, InvalidFileException) as exc:
            raise _damaged(path, exc) from exc
        try:
            yield book
        finally:
            book.close()


def _damaged(path: Path, exc: BaseException) -> ValidationError:
    what, app = ("an Excel workbook", " in Excel") if _kind(path) == "excel" else (
        "a spreadsheet", "")
    return ValidationError.single(path.name, f"cannot be read as {what} (damaged, or cut "
                                             f"short: open it{app} and save it again): {exc}")


def _refused_if_damaged(path: Path, rows: Iterator[list[str]]) -> Iterator[list[str]]:
    """The rows, or the workbook named as damaged when a part of it read as
    the rows go does not unzip or parse."""
    try:
        yield from rows
    except _DAMAGED as exc:
        raise _damaged(path, exc) from exc


def _open_other(path: Path) -> Any:
    from python_calamine import CalamineWorkbook, PasswordError

    _refuse_zip_bomb(path)
    with _calamine_reading(path):
        try:
            return CalamineWorkbook.from_path(str(path))
        except PasswordError as exc:
            raise ValidationError.single(path.name, "cannot be read: it is protected by "
                                         "a password (save a copy without one)") from exc


def _cell_text(value: Any, number_format: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime | date):
        return date_text(value, number_format)
    if isinstance(value, time):
        return value.strftime("%H:%M" if not value.second else "%H:%M:%S")
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


# Parts of a number format that are not date codes: quoted text, [$-409] or
# [Red], an escaped character, and the space (_x) and fill (*x) codes.
_NOT_CODES = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')
_TIME_CODES = re.compile(r"h+|s+|am/pm|a/p")


def date_text(value: date, number_format: str) -> str:
    """A date cell as the app writes a date at the precision its format shows:
    ``2025-02-25``, ``2025-02`` (mmm-yy) or ``2025`` (yyyy); a day where the
    format is not known."""
    codes = _TIME_CODES.sub("", _NOT_CODES.sub("", number_format).lower())
    day = value.date() if isinstance(value, datetime) else value
    if "d" in codes or "y" not in codes:  # the day shown, or no year (d-mmm): a day
        return day.isoformat()
    if "m" in codes:
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"

