"""A colleague's Excel workbook of events, imported as its sheet shows it."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop.cli import main
from desktop.core.changes import ValidationError
from desktop.core.db import Store, open_store
from desktop.core.exchange.csv_table import read_headers
from desktop.core.exchange.foreign_csv import read_foreign_csv
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.exchange.spreadsheet_files import date_text, is_workbook, sheet_names
from desktop.core.exchange.workbook_table import use_sheet
from desktop.core.models import Event
from desktop.core.operations import Operations


def _workbook(path: Path) -> Path:
    """A sheet as analysts keep one: a title line above the table, dates typed
    as Excel stores them (some shown as a month or a year only), a blank row,
    a column with no header, Chinese text; and a second sheet of notes."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Events 2025"
    sheet["A1"] = "China–ASEAN AI engagements, as of November"
    sheet.append([])
    sheet.append(["Title", "Date", "Place", "Country", "Attendance", None])
    rows = [
        ("中老人工智能合作论坛", datetime(2025, 7, 28, 9, 30), "万象", "Laos", 120.0,
         "first edition"),
        ("Digital Silk Road seminar", date(2025, 2, 1), "Nanning", "China", None, None),
        ("ASEAN AI governance dialogue", date(2024, 1, 1), "Jakarta", "ID", 45, None),
    ]
    for row in rows:
        sheet.append(list(row))
    sheet["B5"].number_format = "mmm-yy"  # shows "Feb-25": February, no day
    sheet["B6"].number_format = "yyyy"  # shows "2024": the year alone
    sheet.append([])
    sheet.append(["Joint lab opening", "2025-13-01", "Kunming", "CN", None, None])
    notes = book.create_sheet("Notes")
    notes.append(["Title", "Date"])
    notes.append(["A note, not an event", "2025"])
    book.save(path)
    return path


def test_a_sheet_is_read_as_it_shows_its_dates(sample_store: Store, tmp_path: Path) -> None:
    path = _workbook(tmp_path / "engagements.xlsx")
    assert is_workbook(path) and sheet_names(path) == ["Events 2025", "Notes"]
    # the title line is passed over; the column without a header is named by its letter
    assert read_headers(path) == ["Title", "Date", "Place", "Country", "Attendance",
                                  "(column F)"]
    mapping = {"title": "Title", "date": "Date", "place": "Place", "country": "Country",
               "attendance": "Attendance", "notes": "(column F)"}
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path, mapping)
    # the row is named as the spreadsheet numbers it, on its sheet
    assert [str(p) for p in rows.problems] == [
        "engagements.xlsx sheet “Events 2025” row 8, date: '2025-13-01': month 13 does not "
        "exist (use 01 to 12)"]
    with sample_store.session() as session:
        plan = plan_import(session, rows.document())
    apply_import(Operations(sample_store, "Importer"), plan, "fail")
    with sample_store.session() as session:
        stored = {e.title: e for e in session.scalars(select(Event))}
    forum = stored["中老人工智能合作论坛"]
    assert (forum.date_edtf, forum.place, forum.country, forum.attendance, forum.notes) == (
        "2025-07-28", "万象", "LA", 120, "first edition")
    assert stored["Digital Silk Road seminar"].date_edtf == "2025-02"
    assert stored["Digital Silk Road seminar"].date_precision == "month"
    assert stored["ASEAN AI governance dialogue"].date_edtf == "2024"
    assert stored["ASEAN AI governance dialogue"].attendance == 45
    assert "A note, not an event" not in stored


@pytest.mark.parametrize(("number_format", "expected"), [
    ("yyyy-mm-dd", "2025-02-25"), ("m/d/yyyy", "2025-02-25"), ("d-mmm", "2025-02-25"),
    ("mmm-yy", "2025-02"), ("mmmm yyyy", "2025-02"), ('yyyy"年"m"月"', "2025-02"),
    ('[$-409]mmmm\\ yyyy;@', "2025-02"), ("yyyy", "2025"), ("General", "2025-02-25"),
    ('yyyy"年"m"月"d"日"', "2025-02-25"), ("yyyy-mm-dd h:mm", "2025-02-25"),
])
def test_a_date_cell_keeps_the_precision_its_format_shows(number_format: str,
                                                           expected: str) -> None:
    assert date_text(datetime(2025, 2, 25, 14, 5), number_format) == expected


def test_the_command_line_reads_the_sheet_it_is_given(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    path = _workbook(tmp_path / "engagements.xlsx")
    db = tmp_path / "db.sqlite"
    assert main(["init", "--db", str(db)]) == 0
    assert main(["import", str(path), "--db", str(db), "--sheet", "Notes"]) == 0
    assert "1 new event," in capsys.readouterr().out
    store = open_store(db)
    with store.session() as session:
        assert session.scalars(select(Event.title)).all() == ["A note, not an event"]
    store.close()
    assert main(["import", str(path), "--db", str(db), "--sheet", "Agenda"]) == 1
    assert ("engagements.xlsx: has no sheet named Agenda (it has: Events 2025, Notes)"
            in capsys.readouterr().err)
    # the first sheet, by default: its unreadable row refuses it, named
    assert main(["import", str(path), "--db", str(db)]) == 1
    assert "sheet “Events 2025” row 8, date" in capsys.readouterr().err


def test_the_row_of_a_sheets_column_names_can_be_given(tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    """A title of two filled cells looks like a row of names: the row is given."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["China–ASEAN engagements", None, "as of November"])
    sheet.append([])
    sheet.append(["Title", "Date", "Place"])
    sheet.append(["中老人工智能合作论坛", "2025-07-28", "万象"])
    sheet.append(["Digital Silk Road seminar", "2025-02", "Nanning"])
    path = tmp_path / "engagements.xlsx"
    book.save(path)
    db = tmp_path / "db.sqlite"
    assert main(["init", "--db", str(db)]) == 0
    assert main(["import", str(path), "--db", str(db)]) == 1
    assert capsys.readouterr().err == (
        "curator: engagements.xlsx sheet “Sheet”: no column is mapped to the title (its "
        "columns: China–ASEAN engagements, (column B), as of November)\n")
    assert main(["import", str(path), "--db", str(db), "--header-row", "3"]) == 0
    assert "2 new events," in capsys.readouterr().out
    store = open_store(db)
    with store.session() as session:
        assert sorted(session.scalars(select(Event.place))) == ["Nanning", "万象"]
    store.close()
    assert main(["import", str(path), "--db", str(db), "--header-row", "9"]) == 1
    assert capsys.readouterr().err == (
        "curator: engagements.xlsx sheet “Sheet”: ends before row 9\n")


def test_a_sheet_without_a_table_is_named(tmp_path: Path) -> None:
    book = Workbook()
    book.save(tmp_path / "empty.xlsx")
    with pytest.raises(ValidationError) as raised:
        read_headers(tmp_path / "empty.xlsx")
    assert str(raised.value.problems[0]) == (
        "empty.xlsx sheet “Sheet”: holds no table: it has no filled cell")
    with pytest.raises(ValidationError):
        use_sheet(tmp_path / "empty.xlsx", "Other")


@pytest.mark.parametrize(("name", "kind"), [("budget.xlsb", "an Excel binary workbook"),
                                            ("plan.numbers", "a Numbers spreadsheet")])
def test_other_spreadsheets_are_refused_saying_what_to_save_them_as(
        tmp_path: Path, name: str, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04" + bytes(504))
    with pytest.raises(ValidationError) as raised:
        read_headers(path)
    assert str(raised.value.problems[0]) == (
        f"{name}: is {kind}, which the app does not read: save it as an Excel workbook "
        "(.xlsx) or as CSV UTF-8, then import that")


@pytest.mark.parametrize(("name", "kind"), [("protected.xlsx", "an Excel workbook"),
                                            ("old.xls", "an Excel 97–2003 workbook"),
                                            ("calc.ods", "an OpenDocument spreadsheet")])
def test_a_workbook_protected_by_a_password_is_named_as_such(tmp_path: Path, name: str,
                                                            kind: str) -> None:
    """Excel writes a protected workbook as an encrypted compound file, not a
    zip; an .xls that is a compound file but no workbook may be protected or
    damaged, and so may an .ods that is no zip."""
    path = tmp_path / name
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024))
    with pytest.raises(ValidationError) as raised:
        read_headers(path)
    assert str(raised.value.problems[0]) == (
        f"{name}: cannot be read as {kind}: it may be protected by a password (save a "
        "copy without one) or damaged")


@pytest.mark.parametrize("name", ["report.xls", "report.dat"])
def test_an_excel_workbook_under_another_name_is_read_by_its_content(
        tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Web systems send an .xlsx as "report.xls"; openpyxl refused any name
    not ending in .xlsx, and the import stopped with its error."""
    path = tmp_path / name
    _workbook(tmp_path / "engagements.xlsx").rename(path)
    db = tmp_path / "db.sqlite"
    assert main(["init", "--db", str(db)]) == 0
    assert main(["import", str(path), "--db", str(db), "--sheet", "Notes"]) == 0
    assert "1 new event," in capsys.readouterr().out


def test_a_workbook_cut_short_is_named_as_damaged(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A sheet's part that does not unzip is found as its rows are read."""
    import zipfile

    whole = _workbook(tmp_path / "whole.xlsx")
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = content[:len(content) // 2]  # its XML ends halfway
            target.writestr(item, content)
    db = tmp_path / "db.sqlite"
    assert main(["init", "--db", str(db)]) == 0
    assert main(["import", str(damaged), "--db", str(db)]) == 1
    error = capsys.readouterr().err
    assert error.startswith("curator: damaged.xlsx: cannot be read as an Excel workbook "
                            "(damaged, or cut short: open it in Excel and save it again)"), error
