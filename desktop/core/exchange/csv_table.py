"""Reading a CSV table someone else wrote: its encoding, separator and rows.

Spreadsheets write CSV in many ways: UTF-8 with or without a byte-order
mark, UTF-16 (Excel's "Unicode text"), or the system's code page; separated
by commas, semicolons (locales with a decimal comma) or tabs; with any line
ending.  ``open_table`` reads them all as a header and a stream of rows, and
names the line of anything it cannot read.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import itertools
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, BinaryIO

from desktop.core.changes import Problem, ValidationError
from desktop.core.exchange.json_table import is_records_json, records_table
from desktop.core.exchange.spreadsheet_files import is_workbook
from desktop.core.exchange.workbook_table import (
    HEADER_SEARCH_ROWS,
    chosen_header_row,
    file_key,
    refuse_other_spreadsheet,
    sheet_table,
)
from desktop.core.progress import Progress

# Excel's plain "CSV" is written in the system's code page, not UTF-8: GBK on
# Chinese Windows, Big5, Shift JIS, Windows-1252 in the West…  A table that is
# not UTF-8 is read in the one of these that ``charset_normalizer`` finds
# fits it.  The guess is shown, never taken silently: the mapping dialog says
# it beside each column's first value, and the command line asks for it to
# be confirmed with --encoding (see ``use_encoding``).
ENCODING_NAMES = {
    "utf-8-sig": "UTF-8", "utf-16": "UTF-16",
    "gb18030": "GB18030 (Chinese, simplified)", "big5": "Big5 (Chinese, traditional)",
    "cp1252": "Windows-1252 (Western European)", "shift_jis": "Shift JIS (Japanese)",
    "cp949": "CP949 (Korean)", "cp1251": "Windows-1251 (Cyrillic)",
}
# in the order a tie is settled: the likeliest first for tables of China's engagements
_LEGACY_ENCODINGS = [name for name in ENCODING_NAMES if not name.startswith("utf")]


def table_encoding(path: Path) -> str:
    """The encoding a CSV file is read in: the one chosen for it
    (``use_encoding``), else UTF-16 by its BOM, UTF-8 when every byte is, else
    the code page that fits it.  A file that is UTF-8 but for a few damaged
    bytes is refused, naming the first line: read in a code page, all its
    other text would come out garbled."""
    if is_workbook(path) or is_records_json(path):  # read as the UTF-8 table written out
        return "utf-8-sig"
    refuse_other_spreadsheet(path)
    key = file_key(path)
    return _CHOSEN.get(key) or _encoding_of(*key)


def code_page_of(path: Path) -> str | None:
    """The code page the table is read in; None for UTF-8 or UTF-16, which
    hold every character (see ``table_merge``, which keeps what one lost)."""
    encoding = table_encoding(path)
    return None if encoding.startswith("utf") else encoding


def use_encoding(path: Path, encoding: str) -> None:
    """Read ``path`` (as it is now) in ``encoding``, whatever it looks like."""
    if encoding not in ENCODING_NAMES:
        raise ValidationError.single("--encoding", f"must be one of "
                                                   f"{', '.join(ENCODING_NAMES)}")
    _CHOSEN[file_key(path)] = encoding


_CHOSEN: dict[tuple[Path, int, int], str] = {}


def _utf8_counts(raw: BinaryIO) -> tuple[int, int]:
    """How many characters beyond ASCII the bytes hold as UTF-8, and how many
    byte sequences are not UTF-8.  A table in a code page has a few of its
    characters look like UTF-8 by chance (GBK's 一, 学, 为 …): the counts,
    not the first error, tell a code page from damaged UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    valid = broken = 0
    while block := raw.read(1 << 20):
        text = decoder.decode(block)
        replaced = text.count("\ufffd")
        broken += replaced
        valid += len(text) - len(text.encode("ascii", "ignore")) - replaced
    tail = decoder.decode(b"", final=True)
    return valid, broken + tail.count("\ufffd")


def not_utf8_note(path: Path, encoding: str) -> str:
    """What to tell about a table read in a code page, naming its first line
    that is not UTF-8."""
    line = _first_undecodable_line(path)
    where = f"{path.name} line {line}" if line else path.name
    return f"{where} is not UTF-8 text: it reads as {ENCODING_NAMES[encoding]}"


@lru_cache(maxsize=8)  # a table is read several times: survey, plan, store
def _encoding_of(path: Path, _size: int, _modified: int) -> str:
    try:
        with path.open("rb") as raw:
            if raw.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
                return "utf-16"
            raw.seek(0)
            valid, broken = _utf8_counts(raw)
    except OSError as exc:
        raise ValidationError.single(str(path), f"cannot be read: {exc}") from exc
    if not broken:
        return "utf-8-sig"
    if valid >= 4 * broken:  # UTF-8 with a few damaged bytes, not another encoding
        raise _not_utf8(path)
    import charset_normalizer  # only for a table that is not UTF-8

    # A match names every code page that reads the bytes the same way
    # (curly quotes and dashes are alike in Windows-1251 and -1252), not
    # only the one it happened to try first.
    fits = [(match.percent_chaos, encoding) for match in charset_normalizer.from_path(
        path, cp_isolation=_LEGACY_ENCODINGS) for encoding in match.could_be_from_charset
        if encoding in ENCODING_NAMES]
    if not fits:
        raise _not_utf8(path)
    # Big5 or GBK read as Shift JIS comes out as half-width katakana
    # (兩岸人工智能論壇 as "ｨ筰､､H､uｴｼｯ"), which charset_normalizer counts as
    # no chaos and no table of names is written in: such a reading counts as chaos.
    with path.open("rb") as raw:
        sample = raw.read(_SAMPLE_BYTES)
    fits = [(chaos + 100 * _half_width_kana_share(sample, encoding), encoding)
            for chaos, encoding in fits]
    # A short table often fits several equally well (a few Chinese words read
    # as Korean): of those, the one this app's tables are likeliest to be in.
    least = min(chaos for chaos, _ in fits)
    return min((encoding for chaos, encoding in fits if chaos == least),
               key=_LEGACY_ENCODINGS.index)


_SAMPLE_BYTES = 1 << 16


def _half_width_kana_share(sample: bytes, encoding: str) -> float:
    """The share of half-width katakana among the non-ASCII characters of
    ``sample`` read in ``encoding``."""
    text = [char for char in sample.decode(encoding, errors="replace") if ord(char) > 127]
    kana = sum(1 for char in text if "\uff61" <= char <= "\uff9f")
    return kana / len(text) if text else 0.0


class TableRows(Iterator[dict[str, str]]):
    """A table's rows, each by its headers.  ``number`` is the number of the
    row last given as the file or sheet numbers it (the header is row 1 of a
    CSV file), and ``label`` names the table in messages."""

    def __init__(self, label: str, rows: Iterator[tuple[dict[str, str], list[str]]],
                 numbers: Sequence[int] | None = None, *, header: int = 1) -> None:
        self.label = label
        self.header = header  # the header's row (a CSV file's rows above it are passed over)
        self.number = header
        # The cells of the row last given past the last column the header row
        # names, but for empty ones (spreadsheets pad rows with separators).
        self.overflow: list[str] = []
        self._rows = rows
        self._numbers = numbers
        self._given = 0

    def __next__(self) -> dict[str, str]:
        row, self.overflow = next(self._rows)
        self._given += 1
        self.number = (self._numbers[self._given - 1] if self._numbers is not None
                       else self._given + self.header)
        return row

    def overflow_problem(self, columns: int) -> Problem | None:
        """The row last given, when it has cells past the header row's
        ``columns``: they would be lost, and the row's other cells are likely
        shifted (a cell holding the separator without quotes)."""
        if not self.overflow:
            return None
        return Problem(f"{self.label} row {self.number}", overflow_message(columns,
                                                                           self.overflow))


def rows_with_problems(problems: Iterable[Problem]) -> int:
    """How many rows the problems found in a table name (a row may have
    several: a bad date and a bad country), each named "<file> row <n>",
    maybe followed by ", <field>"."""
    return len({problem.field.split(",")[0] for problem in problems})


def column_names(headers: Sequence[str], shown: int = 8) -> str:
    """The table's columns as a message names them: the first ``shown``."""
    names = ", ".join(header.strip() or "(unnamed)" for header in headers[:shown])
    more = f" and {len(headers) - shown} more" if len(headers) > shown else ""
    return f"its columns: {names}{more}"


def overflow_message(columns: int, cells: Sequence[str]) -> str:
    """What is wrong with a row that has ``cells`` past the header row's
    ``columns``."""
    shown = ", ".join(f"“{cell[:40]}”" for cell in cells[:3])
    more = f" and {len(cells) - 3} more" if len(cells) > 3 else ""
    return (f"has cells past the last of the header row's {columns} columns ({shown}{more}): "
            "a cell holding the separator needs quotes around it")


@contextlib.contextmanager
def open_table(path: Path, progress: Progress | None = None
               ) -> Iterator[tuple[list[str], TableRows]]:
    """Headers and a stream of rows of a CSV file: UTF-8 (with or without BOM),
    UTF-16 with its BOM (Excel's "Unicode text") or a code page a spreadsheet
    saves in (``table_encoding``); comma, semicolon or tab separated, any
    line ending.  An Excel workbook is read as its chosen sheet (see
    ``workbook_table``; ``progress`` follows its first reading).  The file is
    closed when the ``with`` block ends."""
    label, numbers, header = path.name, None, None
    chosen = chosen_header_row(path)
    if is_workbook(path) or is_records_json(path):
        sheet = sheet_table(path, progress) if is_workbook(path) else records_table(path)
        path, label, numbers, header = sheet.csv, sheet.label, sheet.numbers, sheet.header
    encoding = table_encoding(path)
    try:
        handle = path.open(encoding=encoding, newline="")
    except OSError as exc:
        raise ValidationError.single(str(path), f"cannot be read: {exc}") from exc
    with handle:
        try:
            head = [handle.readline() for _ in range(HEADER_SEARCH_ROWS)]
            handle.seek(0)
        except UnicodeDecodeError as exc:
            raise _undecodable(path, encoding) from exc
        # The first line tells the separator (spreadsheets in many locales
        # write ";"), or the first with one: a title above the table may have
        # none, where a spreadsheet has not padded it with separators.
        first = next((line for line in head if any(sep in line for sep in ",;\t")), "")
        delimiter = max(",;\t", key=first.count)
        # a workbook's sheet is written out with its header first (workbook_table)
        above = (0 if numbers is not None else chosen - 1 if chosen is not None
                 else _rows_above_header(handle, delimiter))
        headers, rows = _rows(path, handle, delimiter, above, encoding, label)
        yield headers, TableRows(label, rows, numbers, header=header or above + 1)


def _rows_above_header(handle: Any, delimiter: str) -> int:
    """How many rows come before the header row, as in a workbook's sheet
    (``workbook_table``): a title line above the table, or blank lines, are
    passed over.  The header is the first row of two or more filled cells
    among the first rows, else the first filled row.  ``handle`` is left at
    its start."""
    first_filled = None
    try:
        for index, row in enumerate(itertools.islice(
                csv.reader(handle, delimiter=delimiter), HEADER_SEARCH_ROWS)):
            filled = sum(1 for cell in row if cell.strip())
            if filled >= 2:
                return index
            if filled and first_filled is None:
                first_filled = index
    except (UnicodeDecodeError, csv.Error):
        pass  # named where the rows are read
    finally:
        handle.seek(0)
    return first_filled or 0


def _rows(path: Path, handle: Any, delimiter: str, above: int, encoding: str, label: str
          ) -> tuple[list[str], Iterator[tuple[dict[str, str], list[str]]]]:
    """The header and the rows after it; ``above``: rows before the header."""
    skipped = csv.reader(handle, delimiter=delimiter)
    try:
        for _ in range(above):
            next(skipped)
    except StopIteration:
        raise ValidationError.single(label, f"ends before row {above + 1}") from None
    except (UnicodeDecodeError, csv.Error) as exc:
        raise _unreadable(path, skipped.line_num + 1, exc, encoding) from exc
    base = skipped.line_num  # lines before the header's
    reader = csv.DictReader(handle, delimiter=delimiter)
    try:
        headers = [h for h in (reader.fieldnames or []) if h is not None]
    except (UnicodeDecodeError, csv.Error) as exc:
        raise _unreadable(path, above + 1, exc, encoding) from exc
    if not headers:
        raise ValidationError.single(label, "is empty" if path.stat().st_size == 0
                                     else "has no header row")
    # a row is read by its header names: the later of two columns named alike
    # would hide the other's cells
    seen: dict[str, int] = {}
    for number, header in enumerate(headers, start=1):
        if header.strip() and header in seen:
            raise ValidationError.single(
                label, f"has two columns named {header} (columns {seen[header]} and "
                f"{number}): rename one, so that neither is lost")
        seen[header] = number

    def rows() -> Iterator[tuple[dict[str, str], list[str]]]:
        number = above + 1  # the header row
        end = base + reader.line_num  # the last line of the row read last
        start = end + 1
        try:
            for row in reader:
                number += 1
                start, end = end + 1, base + reader.line_num
                extra = row.pop(None, None)
                yield ({k: v or "" for k, v in row.items()},
                       [cell for cell in extra if cell.strip()] if extra else [])
        except (UnicodeDecodeError, csv.Error) as exc:
            raise _unreadable(path, number + 1, exc, encoding) from exc
        if end > start and _quote_left_open(path, encoding, delimiter, start):
            raise ValidationError.single(
                f"{label} row {number}", f"opens a quote that is never closed, so lines "
                f"{start:,} to {base + reader.line_num:,} were read as one cell: "
                f"{CLOSE_THE_QUOTE}")
    return headers, rows()


CLOSE_THE_QUOTE = ("close the quote (a quote inside a quoted cell is written twice) and "
                   "import it again")


def _quote_left_open(path: Path, encoding: str, delimiter: str, start: int) -> bool:
    """Whether the row from line ``start`` to the end of the file (the last
    row, which ran over several lines) ends inside a quoted cell.  The reader
    that reads the rows forgives a missing closing quote, and then reads
    every line after it into that cell."""
    with path.open(encoding=encoding, newline="") as handle:
        try:
            for _row in csv.reader(itertools.islice(handle, start - 1, None),
                                   delimiter=delimiter, strict=True):
                pass
        except csv.Error as exc:
            return "unexpected end of data" in str(exc)
    return False


def _not_utf8(path: Path) -> ValidationError:
    return _undecodable(path, "utf-8-sig")


def _undecodable(path: Path, encoding: str) -> ValidationError:
    """The file cannot be read in ``encoding``: where, and what to do."""
    line = _first_undecodable_line(path, encoding)
    where = f"{path.name} line {line}" if line else str(path)
    if encoding.startswith("utf"):
        return ValidationError.single(where, "is not UTF-8 text (save it as “CSV UTF-8”)")
    return ValidationError.single(where, f"cannot be read as {ENCODING_NAMES[encoding]}")


def _first_undecodable_line(path: Path, encoding: str = "utf-8") -> int | None:
    """The number of the first line that is not text in ``encoding`` (the
    decoder fails a whole buffer at a time, which does not say where); None
    for UTF-16, whose lines are not split at a byte."""
    if encoding == "utf-16":
        return None
    with path.open("rb") as raw:
        for number, line in enumerate(raw, start=1):
            try:
                line.decode(encoding)
            except UnicodeDecodeError:
                return number
    return None


def _unreadable(path: Path, line: int, exc: Exception, encoding: str) -> ValidationError:
    if isinstance(exc, UnicodeDecodeError):
        return _undecodable(path, encoding)
    if "NUL" in str(exc):
        return ValidationError.single(str(path), "holds NUL bytes: it is not a CSV file")
    if "field limit" in str(exc):
        return ValidationError.single(f"{path.name} row {line}", "has a cell longer than "
                                      f"{csv.field_size_limit():,} characters")
    return ValidationError.single(f"{path.name} row {line}", f"cannot be read: {exc}")


def read_headers(path: Path) -> list[str]:
    """The header row alone (the rows are not read)."""
    return read_header_row(path)[0]


def read_header_row(path: Path) -> tuple[list[str], int]:
    """The header row and its number (a CSV file's rows above it, a title
    over the table, are passed over)."""
    with open_table(path) as (headers, rows):
        return headers, rows.header


def first_values(path: Path, rows: int = 20) -> dict[str, str]:
    """Each column's first value that is not empty among the first ``rows``
    rows: what the mapping dialog shows beside a column, to tell them apart.
    A row that cannot be read ends the look (the survey names it)."""
    found: dict[str, str] = {}
    with open_table(path) as (headers, table), contextlib.suppress(ValidationError):
        for _number, row in zip(range(rows), table, strict=False):
            for header in headers:
                if header not in found and (value := row.get(header, "").strip()):
                    found[header] = value
    return found
