"""Excel workbooks of the 100k dataset: ``events.xlsx`` written, and a sheet of
100 000 rows read for import, each beside the library way of doing the same.

- Export: ``curator export events.xlsx`` (XlsxWriter, constant memory, typed
  cells) beside an openpyxl write-only workbook of the same cells (the rows
  ``curator`` writes, read in the same run), each in its own process.
- Import: the sheet read into the table the column mapping and the import
  read (``workbook_table.sheet_table``, each cell at the precision its format
  shows) beside ``pandas.read_excel`` of the same sheet with openpyxl.

Each side runs ``RUNS`` times in turns; medians and the highest peak memory.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.benchmarks.bench_exchange import _curator, _median_and_peak, _run
from tests.benchmarks.common import Result, result

RUNS = 3

_OPENPYXL_EXPORT = """
import sqlite3, sys
from openpyxl import Workbook
from desktop.core.exchange.csv_rows_sql import EVENT_COLUMNS, event_cells
connection = sqlite3.connect(sys.argv[1])
book = Workbook(write_only=True)
sheet = book.create_sheet("Events")
sheet.append(list(EVENT_COLUMNS))
for cells in event_cells(connection, None):
    sheet.append(cells)
book.save(sys.argv[2])
"""

_SHEET_READ = """
import sys
from pathlib import Path
from desktop.core.exchange.workbook_table import sheet_table
print(len(sheet_table(Path(sys.argv[1])).numbers))
"""

_PANDAS_READ = """
import sys
import pandas
print(len(pandas.read_excel(sys.argv[1], sheet_name="Events", dtype=str,
                            engine="openpyxl")))
"""


def run(db: Path) -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        ours_file, theirs_file = work / "events.xlsx", work / "openpyxl.xlsx"
        ours_runs, theirs_runs = [], []
        for _ in range(RUNS):
            ours_runs.append(_run(_curator("export", str(ours_file), "--db", str(db))))
            theirs_runs.append(_run([sys.executable, "-c", _OPENPYXL_EXPORT, str(db),
                                     str(theirs_file)]))
        ours, theirs = _median_and_peak(ours_runs), _median_and_peak(theirs_runs)
        results += [
            result("export_xlsx_100k_s", ours[0], theirs[0],
                   note=f"baseline: openpyxl write-only of the same cells; median of {RUNS}"),
            result("export_xlsx_100k_peak_mib", ours[1], theirs[1], unit="MiB")]
        ours_runs, theirs_runs = [], []
        for _ in range(RUNS):
            ours_runs.append(_run([sys.executable, "-c", _SHEET_READ, str(ours_file)]))
            theirs_runs.append(_run([sys.executable, "-c", _PANDAS_READ, str(ours_file)]))
        ours, theirs = _median_and_peak(ours_runs), _median_and_peak(theirs_runs)
        results += [
            result("import_xlsx_sheet_100k_s", ours[0], theirs[0],
                   note="the sheet read for import; baseline: pandas.read_excel (openpyxl) "
                        f"of the same sheet; median of {RUNS}"),
            result("import_xlsx_sheet_100k_peak_mib", ours[1], theirs[1], unit="MiB")]
    return results
