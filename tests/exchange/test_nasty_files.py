"""A corpus of hostile and broken files (``tests/nasty/``, and generated ones
too big to keep): each is refused with a message naming where, or imported
safely, and nothing is ever written outside the database."""

from __future__ import annotations

import csv
import io
import shutil
import sqlite3
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.bootstrap import create_database

NASTY = Path(__file__).resolve().parents[1] / "nasty"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "db" / "curator.sqlite"
    path.parent.mkdir()
    create_database(path, sample=False).close()
    return path


def _titles(database: Path) -> list[str]:
    connection = sqlite3.connect(database)
    try:
        return sorted(row[0] for row in connection.execute("SELECT title FROM events"))
    finally:
        connection.close()


def _import(database: Path, file: Path) -> tuple[int, str]:
    errors = io.StringIO()
    with redirect_stderr(errors), redirect_stdout(io.StringIO()):
        status = main(["import", str(file), "--db", str(database)])
    return status, errors.getvalue()


def _refused(database: Path, file: Path, *expected: str) -> None:
    status, message = _import(database, file)
    assert status == 1, message
    for text in expected:
        assert text in message
    assert _titles(database) == []


def test_formula_payloads_are_stored_as_text_and_neutralised_on_export(
        database: Path, tmp_path: Path) -> None:
    status, message = _import(database, NASTY / "formula_payloads.csv")
    assert status == 0, message
    with (NASTY / "formula_payloads.csv").open(encoding="utf-8", newline="") as handle:
        payloads = sorted(row["title"].strip() for row in csv.DictReader(handle))
    assert _titles(database) == payloads  # kept as the file had them (trimmed, like any cell)
    exported = tmp_path / "events.csv"
    assert main(["export", str(exported), "--db", str(database)]) == 0
    with exported.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        for column in ("title", "place"):
            assert row[column].startswith("'"), row[column]  # a spreadsheet shows text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_shows_every_payload_as_text(database: Path, tmp_path: Path) -> None:
    _import(database, NASTY / "formula_payloads.csv")
    exported = tmp_path / "events.csv"
    assert main(["export", str(exported), "--db", str(database), "--excel"]) == 0
    subprocess.run(["soffice", "--headless", "--convert-to", "html", "--outdir", str(tmp_path),
                    str(exported)], check=True, capture_output=True, timeout=180)
    page = (tmp_path / "events.html").read_text(encoding="utf-8", errors="replace")
    assert "cmd|" in page and "HYPERLINK" in page  # shown as written, not evaluated


def test_invalid_utf8_is_refused_naming_the_line(database: Path) -> None:
    _refused(database, NASTY / "invalid_utf8.csv", "invalid_utf8.csv line 3", "UTF-8")


def test_utf16_with_its_bom_is_read(database: Path) -> None:
    assert _import(database, NASTY / "utf16.csv")[0] == 0
    assert _titles(database) == ["論壇"]


def test_mixed_line_endings_are_read_row_by_row(database: Path) -> None:
    assert _import(database, NASTY / "mixed_line_endings.csv")[0] == 0
    assert _titles(database) == ["First", "Second", "Third"]


def test_impossible_dates_are_listed_with_row_and_field(database: Path) -> None:
    _refused(database, NASTY / "impossible_dates.csv", "row 2, date", "28 days",
             "row 3, date", "month 13", "row 4, date", "before the start")


def test_duplicate_uuids_are_refused(database: Path) -> None:
    _refused(database, NASTY / "duplicate_uuids.json", "events[1].id", "used twice")


def test_a_link_to_a_missing_participant_is_refused(database: Path) -> None:
    _refused(database, NASTY / "dangling_reference.json",
             "events[0].participants[0].participant", "no participant has the id")


def test_a_newer_format_is_refused_clearly(database: Path) -> None:
    _refused(database, NASTY / "newer_format.json", "format_version 99", "Update the app")


def test_a_zip_entry_pointing_outside_is_refused_and_nothing_escapes(database: Path,
                                                                     tmp_path: Path) -> None:
    work = tmp_path / "deep" / "er"
    work.mkdir(parents=True)
    package = work / "zip_slip.zip"
    shutil.copy(NASTY / "zip_slip.zip", package)
    _refused(database, package, "'../../x/events.csv' points outside the package")
    assert not (tmp_path / "x").exists() and not (work.parent.parent / "x").exists()


def test_a_json_bomb_is_refused_without_using_up_memory(database: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.json"
    depth = 200_000
    bomb.write_text('{"format": "engagement-curator", "format_version": 1, "events": '
                    + "[" * depth + "]" * depth + "}")
    _refused(database, bomb, "more than 32 levels deep")


def test_a_10_mb_cell_is_refused_naming_its_row(database: Path, tmp_path: Path) -> None:
    table = tmp_path / "huge.csv"
    table.write_text("title,date\nSmall,2025-01-01\n" + "A" * 10_000_000 + ",2025-01-02\n")
    _refused(database, table, "huge.csv row 3", "longer than")


def test_nul_bytes_are_refused(database: Path, tmp_path: Path) -> None:
    table = tmp_path / "nul.csv"
    table.write_bytes(b"title,date\nA\x00B,2025-01-01\n")
    _refused(database, table, "nul.csv row 2, title", "NUL")


def test_a_damaged_workbook_is_refused_as_one(database: Path, tmp_path: Path) -> None:
    import zipfile

    damaged = tmp_path / "events.xlsx"
    with zipfile.ZipFile(damaged, "w") as book:
        book.writestr("[Content_Types].xml", "<Types/>")
        book.writestr("xl/workbook.xml", "<workbook><sheets><sheet name=")  # cut off
    _refused(database, damaged, "events.xlsx: cannot be read as an Excel workbook")



def test_a_workbook_that_unpacks_to_too_much_is_refused_unread(
        database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Title", "Date"])
    for number in range(3000):
        sheet.append([f"Forum {number}" + " padding" * 20, "2025"])
    book.save(tmp_path / "bomb.xlsx")
    # a real bomb unpacks to gigabytes; the limit is lowered to this sheet's size
    monkeypatch.setattr("desktop.core.exchange.spreadsheet_files.MAX_UNZIPPED_BYTES", 200_000)
    _refused(database, tmp_path / "bomb.xlsx", "bomb.xlsx: unpacks to",
             "it is refused unread")
