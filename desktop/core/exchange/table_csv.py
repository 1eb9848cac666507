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
