"""Spreadsheets other than .xlsx: an Excel 97–2003 workbook (.xls), as many
offices still send, and an OpenDocument spreadsheet (.ods), as LibreOffice
saves one — each read as a table of events like a newer workbook."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import xlwt
from odf.opendocument import OpenDocumentSpreadsheet
from odf.table import Table, TableCell, TableRow
from odf.text import P
from sqlalchemy import select

from desktop.cli import main
from desktop.core.db import Store, open_store
from desktop.core.exchange.csv_table import read_headers
from desktop.core.exchange.foreign_csv import read_foreign_csv
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.exchange.spreadsheet_files import is_workbook, sheet_names
from desktop.core.exchange.workbook_table import use_sheet
from desktop.core.models import Event
from desktop.core.operations import Operations

MAPPING = {"title": "Title", "date": "Date", "place": "Place", "attendance": "Attendance"}


def old_workbook(path: Path) -> Path:
    """An .xls as Excel 97–2003 writes one: a title line above the table, a
    blank row, date cells, numbers kept as floats, Chinese text, a second sheet."""
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Events 2025")
    day = xlwt.easyxf(num_format_str="yyyy-mm-dd")
    sheet.write(0, 0, "China–ASEAN AI engagements, as of November")
    for column, name in enumerate(("Title", "Date", "Place", "Attendance")):
        sheet.write(2, column, name)
    rows = [("中老人工智能合作论坛", datetime(2025, 7, 28, 9, 30), "万象", 120.0),
            ("Digital Silk Road seminar", date(2025, 2, 14), "Nanning", None),
            ("Joint lab opening", "2025-13-01", "Kunming", 45)]
    for number, row in enumerate(rows, start=3):
        for column, value in enumerate(row):
            if isinstance(value, date):
                sheet.write(number, column, value, day)
            elif value is not None:
                sheet.write(number, column, value)
    notes = book.add_sheet("备注")  # its table from C4, its column A empty
    notes.write(3, 2, "Title")
    notes.write(3, 3, "Date")
    notes.write(3, 4, "Source")
    notes.write(4, 2, "A note, not an event")
    notes.write(4, 3, "2025-02-30")
    notes.write(4, 5, "a cell under no column name")
    book.save(str(path))
    return path


def _cell(value: object) -> TableCell:
    if isinstance(value, date):
        cell = TableCell(valuetype="date", datevalue=value.isoformat())
    elif isinstance(value, float | int):
        cell = TableCell(valuetype="float", value=value)
    else:
        cell = TableCell(valuetype="string")
    if value is not None:
        cell.addElement(P(text=str(value)))
    return cell


def opendocument(path: Path) -> Path:
    """An .ods as LibreOffice saves one: two empty rows above the table, a date
    cell with its time of day, a whole number stored as a float, a Chinese sheet."""
    document = OpenDocumentSpreadsheet()
    for name, rows in (
            ("活动", [[], [], ["Title", "Date", "Place", "Attendance"],
                      ["中国—东盟数字经济论坛", datetime(2025, 5, 25, 14, 0), "南宁", 300.0],
                      ["AI capacity workshop", "2025年7月28日至30日", "Vientiane", None]]),
            ("Other", [["Title", "Date"], ["Kept apart", "2024"]])):
        table = Table(name=name)
        for cells in rows:
            row = TableRow()
            for value in cells:
                row.addElement(_cell(value))
            table.addElement(row)
        document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def _import_readable_rows(store: Store, path: Path) -> list[str]:
    """Import the rows that can be read (as the analyst may); return the
    problems of the others, as messages."""
    with store.session() as session:
        rows = read_foreign_csv(session, path, MAPPING)
    with store.session() as session:
        plan = plan_import(session, rows.document())
    apply_import(Operations(store, "Importer"), plan, "fail")
    return [str(problem) for problem in rows.problems]


def _stored(store: Store) -> dict[str, Event]:
    with store.session() as session:
        return {event.title: event for event in session.scalars(select(Event))}


def test_an_excel_97_2003_workbook_is_read_as_a_newer_one_is(sample_store: Store,
                                                              tmp_path: Path) -> None:
    path = old_workbook(tmp_path / "engagements.xls")
    assert is_workbook(path) and sheet_names(path) == ["Events 2025", "备注"]
    assert read_headers(path) == ["Title", "Date", "Place", "Attendance"]
    # the row is named as the spreadsheet numbers it, on its sheet
    assert _import_readable_rows(sample_store, path) == [
        "engagements.xls sheet “Events 2025” row 6, date: '2025-13-01': month 13 does not "
        "exist (use 01 to 12)"]
    stored = _stored(sample_store)
    forum = stored["中老人工智能合作论坛"]
    assert (forum.date_edtf, forum.place, forum.attendance) == ("2025-07-28", "万象", 120)
    assert stored["Digital Silk Road seminar"].date_edtf == "2025-02-14"
    assert "A note, not an event" not in stored


def test_a_table_away_from_a1_is_named_by_the_sheets_own_rows(sample_store: Store,
                                                              tmp_path: Path) -> None:
    path = old_workbook(tmp_path / "engagements.xls")
    use_sheet(path, "备注")
    assert read_headers(path) == ["Title", "Date", "Source", "(column F)"]
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path, {"title": "Title", "date": "Date"})
    assert [str(p) for p in rows.problems] == [
        "engagements.xls sheet “备注” row 5, date: '2025-02-30': February 2025 has 28 days, not 30"]


def test_an_opendocument_spreadsheet_is_read_whatever_its_name(sample_store: Store,
                                                               tmp_path: Path) -> None:
    path = opendocument(tmp_path / "活动.ods")
    assert sheet_names(path) == ["活动", "Other"]
    renamed = path.rename(tmp_path / "from LibreOffice.dat")  # told by its content
    assert is_workbook(renamed)
    assert read_headers(renamed) == ["Title", "Date", "Place", "Attendance"]
    assert _import_readable_rows(sample_store, renamed) == []
    stored = _stored(sample_store)
    forum = stored["中国—东盟数字经济论坛"]
    assert (forum.date_edtf, forum.place, forum.attendance) == ("2025-05-25", "南宁", 300)
    assert stored["AI capacity workshop"].date_edtf == "2025-07-28/2025-07-30"


def test_the_command_line_imports_the_sheet_it_is_given(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    db = tmp_path / "db.sqlite"
    assert main(["init", "--db", str(db)]) == 0
    ods = opendocument(tmp_path / "activities.ods")
    assert main(["import", str(ods), "--db", str(db), "--sheet", "Other"]) == 0
    assert "1 new event," in capsys.readouterr().out
    xls = old_workbook(tmp_path / "engagements.xls")
    assert main(["import", str(xls), "--db", str(db), "--sheet", "备注"]) == 1
    assert "engagements.xls sheet “备注” row 5, date" in capsys.readouterr().err
    assert main(["import", str(xls), "--db", str(db), "--sheet", "Agenda"]) == 1
    assert ("engagements.xls: has no sheet named Agenda (it has: Events 2025, 备注)"
            in capsys.readouterr().err)
    store = open_store(db)
    assert list(_stored(store)) == ["Kept apart"]
    store.close()
