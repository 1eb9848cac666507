"""A small table (counts, ties) as a CSV file for a spreadsheet: UTF-8 with a
byte-order mark (so Excel reads it as UTF-8), CRLF line ends, cells a
spreadsheet would run as a formula neutralised, written whole or not at all."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop.core.exchange.atomic import atomic_file
from desktop.core.exchange.formulas import neutralise


def table_csv(lines: Iterable[Sequence[str]]) -> bytes:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    for line in lines:
        writer.writerow([neutralise(cell) for cell in line])
    return text.getvalue().encode("utf-8-sig")


def write_table_csv(path: Path, lines: Iterable[Sequence[str]]) -> None:
    data = table_csv(lines)
    with atomic_file(path) as out:
        out.write(data)


def write_counts_file(path: Path, lines: Sequence[Sequence[str]], *, labels: int = 1,
                      sheet: str = "Counts") -> None:
    """A table of counts (a header, then ``labels`` labels and numbers a line)
    as CSV or, for a path ending in .xlsx, as a workbook whose counts are
    numbers."""
    if path.suffix.lower() != ".xlsx":
        write_table_csv(path, lines)
        return
    from desktop.core.exchange.workbook_export import write_table_workbook

    header = [str(cell) for cell in lines[0]]
    rows = [[*line[:labels], *(int(cell) if cell.isdigit() else cell
                               for cell in line[labels:])] for line in lines[1:]]
    with atomic_file(path) as out:
        write_table_workbook(out, sheet, header, rows,
                             {name: 40 for name in header[:labels]},
                             numbers=frozenset(header[labels:]))
