"""The Data Package: valid for Frictionless, and a lossless round trip."""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from frictionless import validate
from sqlalchemy import select, text

from desktop.core.bootstrap import create_database
from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.datapackage import write_datapackage
from desktop.core.exchange.datapackage_reader import plan_datapackage, read_datapackage
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.models import Event
from desktop.core.operations import Operations


def package(store: Store, folder: Path) -> Path:
    with store.session() as session:
        write_datapackage(session, folder)
    return folder


def _edit_table(path: Path, edit: Callable[[list[list[str]]], None]) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    edit(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)


def test_the_package_passes_frictionless_validate(sample_store: Store, tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")
    report = validate(folder / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["datapackage.json", "event_participants.csv", "events.csv",
                     "figures.csv", "participants.csv", "related_events.csv", "sources.csv"]


def test_a_package_of_chosen_events_is_valid_and_holds_them_alone(
        sample_store: Store, tmp_path: Path) -> None:
    from desktop.core.filters import ChosenEvents

    with sample_store.session() as session:
        every = list(session.execute(select(Event.id, Event.title).order_by(Event.seq)))
        write_datapackage(session, tmp_path / "chosen", ChosenEvents((every[4][0], every[0][0])))
    report = validate(tmp_path / "chosen" / "datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    with (tmp_path / "chosen" / "events.csv").open(encoding="utf-8", newline="") as handle:
        assert [row["title"] for row in csv.DictReader(handle)] == [every[0][1], every[4][1]]


def test_frictionless_catches_a_hand_broken_package(sample_store: Store,
                                                    tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")
    links = folder / "event_participants.csv"
    with links.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    rows[1][2] = "00000000-0000-4000-8000-00000000dead"  # a participant that is not there
    with links.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    assert not validate(folder / "datapackage.json").valid


def test_round_trip_through_an_empty_database_is_identical(sample_store: Store,
                                                           tmp_path: Path) -> None:
    first = package(sample_store, tmp_path / "first")
    empty = create_database(tmp_path / "empty.sqlite")
    with empty.session() as session:
        plan = plan_import(session, read_datapackage(first))
    apply_import(Operations(empty, "Importer"), plan, "fail")
    second = package(empty, tmp_path / "second")
    empty.close()
    for path in sorted(first.iterdir()):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_a_zipped_package_imports_the_same(sample_store: Store, tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")
    archive = tmp_path / "dataset.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in folder.iterdir():
            zipped.write(path, f"dataset/{path.name}")
    assert read_datapackage(archive) == read_datapackage(folder)


def test_a_package_exported_as_a_zip_validates_and_reads_as_the_folder(
        sample_store: Store, tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")
    archive = package(sample_store, tmp_path / "dataset.zip")
    assert archive.is_file()
    with zipfile.ZipFile(archive) as zipped:
        assert sorted(zipped.namelist()) == sorted(p.name for p in folder.iterdir())
        for path in folder.iterdir():
            assert zipped.read(path.name) == path.read_bytes(), path.name
    report = validate(archive)
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    assert read_datapackage(archive) == read_datapackage(folder)


def test_a_folder_holding_other_files_is_never_replaced_by_a_package(
        sample_store: Store, tmp_path: Path) -> None:
    home = tmp_path / "home"
    folder = home / "Documents"
    folder.mkdir(parents=True)
    (folder / "thesis.docx").write_bytes(b"months of work")
    with pytest.raises(FileExistsError, match=re.escape(
            "already holds files that are not a Data Package's (thesis.docx); it is left")):
        package(sample_store, folder)
    assert [p.name for p in folder.iterdir()] == ["thesis.docx"]
    assert (folder / "thesis.docx").read_bytes() == b"months of work"
    assert [p.name for p in home.iterdir()] == ["Documents"]  # no scratch left
    a_file = home / "notes.txt"
    a_file.write_text("keep me")
    with pytest.raises(FileExistsError, match="is a file"):
        package(sample_store, a_file)
    assert a_file.read_text() == "keep me"


def test_an_earlier_export_of_the_package_is_replaced(sample_store: Store,
                                                      tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")
    (folder / "events.csv").write_text("stale")
    package(sample_store, folder)
    with (folder / "events.csv").open(encoding="utf-8") as handle:
        assert sum(1 for _ in csv.reader(handle)) == 9  # the header and the sample's 8


def test_a_bad_cell_is_named_by_file_row_and_field(sample_store: Store, tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")
    events = folder / "events.csv"
    with events.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("attendance")
    rows[3][column] = "many"
    with events.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    with pytest.raises(ValidationError, match=r"events\.csv row 4, attendance: 'many' is not"):
        read_datapackage(folder)


def test_a_failed_package_write_leaves_no_folder(sample_store: Store, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("desktop.core.exchange.datapackage._write_row", broken)
    out = tmp_path / "exports"
    out.mkdir()
    with pytest.raises(OSError), sample_store.session() as session:
        write_datapackage(session, out / "dataset")
    assert list(out.iterdir()) == []
    with pytest.raises(OSError), sample_store.session() as session:
        write_datapackage(session, out / "dataset.zip")
    assert list(out.iterdir()) == []
    with sample_store.session() as session:
        assert len(session.scalars(select(Event)).all()) == 8


def _shuffled(path: Path) -> None:
    """The file's rows in another order: events reversed, children by the
    reverse of their event's id (a package edited elsewhere need not keep
    them in the events' order); an event's own children keep theirs, which is
    their order in the event."""
    with path.open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    if "event_id" in header:
        column = header.index("event_id")
        rows = sorted(rows, key=lambda row: row[column], reverse=True)  # stable
    else:
        rows.reverse()
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows([header, *rows])


def test_a_package_is_imported_a_chunk_at_a_time_whatever_the_order_of_its_rows(
        sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.exchange import datapackage_reader
    from desktop.core.exchange.datapackage_reader import plan_datapackage
    from desktop.core.exchange.json_export import event_records

    monkeypatch.setattr(datapackage_reader, "CHUNK", 3)  # eight events: three chunks
    folder = package(sample_store, tmp_path / "dataset")
    for table in ("event_participants", "sources", "figures", "events"):
        _shuffled(folder / f"{table}.csv")
    empty = create_database(tmp_path / "empty.sqlite")
    with empty.session() as session:
        plan = plan_datapackage(session, folder)
        chunks = [(key, len(records)) for key, records in plan.chunks()]
    assert [size for key, size in chunks if key == "events"] == [3, 3, 2]
    apply_import(Operations(empty, "Importer"), plan, "fail")

    def records(store: Store) -> dict[str, dict[str, object]]:
        with store.session() as session:
            ids = list(session.scalars(select(Event.id)))
            return {r["id"]: r for r in event_records(session, ids)}

    assert records(empty) == records(sample_store)
    empty.close()


def test_problems_in_several_files_of_a_package_are_listed_together(
        sample_store: Store, tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")
    for table, column, value in (("events", "attendance", "many"),
                                 ("figures", "value", "forty")):
        path = folder / f"{table}.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        rows[1][rows[0].index(column)] = value
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, lineterminator="\r\n").writerows(rows)
    with pytest.raises(ValidationError) as caught:
        read_datapackage(folder)
    listed = [str(problem) for problem in caught.value.problems]
    assert "figures.csv row 2, value: 'forty' is not a whole number" in listed
    assert "events.csv row 2, attendance: 'many' is not a whole number" in listed


def test_a_table_of_the_package_that_is_not_utf8_is_named(sample_store: Store,
                                                          tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")
    (folder / "sources.csv").write_bytes(b"id,event_id,publisher\r\nx,y,\x80\x81\r\n")
    with pytest.raises(ValidationError, match=r"sources\.csv: is not UTF-8 text"):
        read_datapackage(folder)


def test_an_id_holding_a_control_character_is_refused(sample_store: Store,
                                                       tmp_path: Path) -> None:
    """SQLite's JSON functions cut text at a NUL: such a record could not be
    found again once stored."""
    from desktop.core.exchange.datapackage_reader import plan_datapackage

    folder = package(sample_store, tmp_path / "dataset")
    first: list[str] = []

    def bad_event_id(rows: list[list[str]]) -> None:
        first.append(rows[1][0])
        rows[1][0] = "bad\x00id"

    def bad_children(rows: list[list[str]]) -> None:
        column = rows[0].index("event_id")
        for row in rows[1:]:
            row[column] = "bad\x00id" if row[column] == first[0] else row[column]

    _edit_table(folder / "events.csv", bad_event_id)
    for table in ("event_participants", "sources", "figures", "related_events"):
        _edit_table(folder / f"{table}.csv", bad_children)
    empty = create_database(tmp_path / "empty.sqlite")
    with empty.session() as session:
        plan = plan_datapackage(session, folder)
    with pytest.raises(ValidationError,
                       match=r"events\.csv row 2, id: 'bad\\x00id' is not a usable"):
        apply_import(Operations(empty, "Importer"), plan, "fail")
    with empty.session() as session:
        assert session.scalars(select(Event)).all() == []
    empty.close()


def test_a_column_the_package_does_not_define_is_refused_not_dropped(
        sample_store: Store, tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")

    def add_column(rows: list[list[str]]) -> None:
        rows[0].append("website")
        for row in rows[1:]:
            row.append("https://example.org")

    _edit_table(folder / "events.csv", add_column)
    with pytest.raises(ValidationError) as caught:
        read_datapackage(folder)
    assert str(caught.value) == ("events.csv: has columns that are not part of the package, "
                                 "which would be lost: website")


def test_a_row_with_cells_past_the_header_or_a_quote_left_open_is_named(
        sample_store: Store, tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")
    columns: list[int] = []

    def spill(rows: list[list[str]]) -> None:
        columns.append(len(rows[0]))
        rows[2].append("Hanoi")

    _edit_table(folder / "events.csv", spill)
    with pytest.raises(ValidationError) as caught:
        read_datapackage(folder)
    assert str(caught.value) == (f"events.csv row 3: has cells past the last of the header "
                                 f"row's {columns[0]} columns (“Hanoi”): a cell holding the "
                                 "separator needs quotes around it")
    folder = package(sample_store, tmp_path / "again")
    lines = (folder / "sources.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    lines[2] = lines[2].replace(",", ',"', 1)
    (folder / "sources.csv").write_text("".join(lines), encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_datapackage(folder)
    assert str(caught.value) == ("sources.csv row 3: opens a quote that is never closed: close "
                                 "the quote (a quote inside a quoted cell is written twice) "
                                 "and import it again")


def test_rows_without_an_id_or_whose_event_is_not_in_the_package_are_refused(
        sample_store: Store, tmp_path: Path) -> None:
    """Such a row would become a second copy of its event, or its links,
    sources and figures would be lost."""
    folder = package(sample_store, tmp_path / "dataset")
    removed: list[str] = []

    def blank_first_id(rows: list[list[str]]) -> None:
        removed.append(rows[1][rows[0].index("id")])
        rows[1][rows[0].index("id")] = ""

    _edit_table(folder / "events.csv", blank_first_id)
    with pytest.raises(ValidationError) as caught:
        read_datapackage(folder)
    messages = [str(problem) for problem in caught.value.problems]
    assert messages[0] == ("events.csv row 2, id: is empty: each row needs its event's id "
                           "(new events are imported from a table of their own)")
    orphans = [m for m in messages[1:] if m.endswith(f"no event in events.csv has the id "
                                                     f"{removed[0]}")]
    assert orphans and len(orphans) == len(messages) - 1
    assert {m.split(" row ")[0] for m in orphans} <= {
        "event_participants.csv", "sources.csv", "figures.csv", "related_events.csv"}


def test_the_import_stores_the_package_as_its_plan_read_it(sample_store: Store,
                                                            tmp_path: Path) -> None:
    """Read and checked once: a table edited after the summary was shown is
    not read again when the import is stored."""
    from desktop.core.exchange.datapackage_reader import plan_datapackage

    folder = package(sample_store, tmp_path / "dataset")
    empty = create_database(tmp_path / "empty.sqlite")
    with empty.session() as session:
        plan = plan_datapackage(session, folder)

    def retitled(rows: list[list[str]]) -> None:
        for row in rows[1:]:
            row[rows[0].index("title")] = "Edited after the plan"

    _edit_table(folder / "events.csv", retitled)
    apply_import(Operations(empty, "Importer"), plan, "fail")
    with empty.session() as session, sample_store.session() as ours:
        assert sorted(session.scalars(select(Event.title))) == sorted(
            ours.scalars(select(Event.title)))
    empty.close()


def _as_excel_saves_it(rows: list[list[str]], *, day_first: bool = False) -> None:
    """Each table as Excel (en-US, or en-GB with ``day_first``) writes it back
    after showing it: a month "2025-02" as "Feb-25", a day "2025-02-23" as
    "2/23/2025", a time "2026-11-28T18:31:30Z" as "11/28/2026 18:31"."""
    from datetime import date, datetime

    def written(day: date) -> str:
        first, second = (day.day, day.month) if day_first else (day.month, day.day)
        return f"{first}/{second}/{day.year}"

    header = rows[0]
    for row in rows[1:]:
        for index, name in enumerate(header):
            cell = row[index]
            if name in ("date", "published") and re.fullmatch(r"\d{4}-\d{2}", cell):
                row[index] = date.fromisoformat(cell + "-01").strftime("%b-%y")
            elif name in ("date", "published") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", cell):
                row[index] = written(date.fromisoformat(cell))
            elif name in ("created_at", "updated_at") and cell:
                moment = datetime.fromisoformat(cell.replace("Z", "+00:00"))
                row[index] = f"{written(moment.date())} {moment:%H:%M}"


def _stamped_on_the_first_of_december(store: Store) -> None:
    """Every record's times on 1 December: written 12/1/2026 (or 1/12/2026) by
    a spreadsheet, they say neither day nor month by themselves."""
    with store.session() as session, session.begin():
        for table in ("events", "participants", "event_participants", "sources",
                      "event_figures", "event_relations"):
            session.execute(text(f"UPDATE {table} SET created_at = '2026-12-01T00:00:00Z', "
                                 "updated_at = '2026-12-01T00:00:00Z'"))


def test_a_package_saved_again_by_excel_comes_back_as_it_was(sample_store: Store,
                                                              tmp_path: Path) -> None:
    """Its months were refused ("write the year in full"), and its times were
    stored as Excel wrote them: "11/28/2026 18:31" sorts before every time
    written as the app writes them, so "newest" took ours every time.  Times
    that say neither day nor month ("12/1/2026 00:00") are read as the
    package's other dates write them ("2/23/2025": month first)."""
    _stamped_on_the_first_of_december(sample_store)
    folder = package(sample_store, tmp_path / "dataset")
    for table in folder.glob("*.csv"):
        _edit_table(table, _as_excel_saves_it)
    assert ",Feb-25," in (folder / "events.csv").read_text(encoding="utf-8")
    assert "12/1/2026 00:00" in (folder / "events.csv").read_text(encoding="utf-8")
    with sample_store.session() as session:
        plan = plan_datapackage(session, folder)
    assert (plan.unchanged, len(plan.conflicts)) == (63, 0)
    empty = create_database(tmp_path / "empty.sqlite")
    with empty.session() as session:
        plan = plan_datapackage(session, folder)
    apply_import(Operations(empty), plan, "fail")
    with empty.session() as session:
        events = {event.title: event for event in session.scalars(select(Event))}
    sberbank = events["Sberbank Cooperates with China on AI Projects"]
    assert sberbank.date_edtf == "2025-02"
    assert sberbank.updated_at == "2026-12-01T00:00:00Z"
    assert events["China and Laos Build AI Innovation Cooperation Center"].date_edtf == (
        "2025-02-23")
    empty.close()


def test_a_package_saved_by_a_spreadsheet_writing_days_first_is_read_so(
        sample_store: Store, tmp_path: Path) -> None:
    _stamped_on_the_first_of_december(sample_store)
    folder = package(sample_store, tmp_path / "dataset")
    for table in folder.glob("*.csv"):
        _edit_table(table, lambda rows: _as_excel_saves_it(rows, day_first=True))
    assert ",23/2/2025," in (folder / "events.csv").read_text(encoding="utf-8")
    with sample_store.session() as session:
        plan = plan_datapackage(session, folder)
    assert (plan.unchanged, len(plan.conflicts)) == (63, 0)  # 1/12/2026 is 1 December


def test_times_no_cell_of_the_package_tells_are_refused_with_the_reason(
        sample_store: Store, tmp_path: Path) -> None:
    _stamped_on_the_first_of_december(sample_store)
    folder = package(sample_store, tmp_path / "dataset")
    for table in folder.glob("*.csv"):
        _edit_table(table, _as_excel_saves_it)
    _edit_table(folder / "events.csv", lambda rows: [
        row.__setitem__(rows[0].index("date"), "") for row in rows[1:]])
    _edit_table(folder / "sources.csv", lambda rows: [
        row.__setitem__(rows[0].index("published"), "") for row in rows[1:]])
    empty = create_database(tmp_path / "empty.sqlite")
    with pytest.raises(ValidationError, match=r"created_at: '12/1/2026 00:00' is not a time"):
        with empty.session() as session:
            plan = plan_datapackage(session, folder)
        apply_import(Operations(empty), plan, "fail")
    with empty.session() as session:
        assert session.scalars(select(Event)).all() == []
    empty.close()


@pytest.mark.parametrize(("written", "stored"), [
    ("2026-11-28T18:31:30Z", "2026-11-28T18:31:30Z"),
    ("2026-11-28 18:31", "2026-11-28T18:31:00Z"),  # no zone: UTC, as the app writes them
    ("2026-11-29T02:31:30+08:00", "2026-11-28T18:31:30Z"),
    ("11/28/2026 18:31", "2026-11-28T18:31:00Z"), ("28/11/2026 6:31 PM", "2026-11-28T18:31:00Z"),
    ("28.11.2026 18:31:30", "2026-11-28T18:31:30Z"),
    ("05/11/2026 18:31", None),  # 5 November or 11 May
    ("yesterday", None),
])
def test_a_files_times_are_stored_in_one_form(written: str, stored: str | None) -> None:
    from desktop.core.stamps import stored_stamp

    assert stored_stamp(written) == stored


def test_a_time_that_is_no_time_is_named_and_nothing_is_stored(sample_store: Store,
                                                               tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")

    def yesterday(rows: list[list[str]]) -> None:
        rows[1][rows[0].index("created_at")] = "yesterday"

    _edit_table(folder / "events.csv", yesterday)
    empty = create_database(tmp_path / "empty.sqlite")
    with empty.session() as session:
        plan = plan_datapackage(session, folder)
    with pytest.raises(ValidationError, match=r"events\.csv row 2, created_at: 'yesterday' is not "
                                              r"a time \(write it as 2026-11-28T18:31:30Z\)"):
        apply_import(Operations(empty), plan, "fail")
    with empty.session() as session:
        assert session.scalars(select(Event)).all() == []
    empty.close()
