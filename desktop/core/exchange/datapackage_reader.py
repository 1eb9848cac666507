"""Reading a Data Package (a folder, a zip of one, or its datapackage.json)
for import, a chunk at a time.

``participants.csv`` and ``events.csv`` are read a few thousand rows at a
time, as the JSON document is.  An event's participants, sources and figures
are in three other files, in any order.  They are first copied into a scratch
SQLite file indexed by event, and each chunk of events takes its own from
there.  A package of 100 000 events is imported in the memory of the JSON
document's import, instead of being held whole (646 MiB before).

Problems are named by file, row and field.  They are gathered over the whole
package and raised after the last chunk, so an import stores nothing (see
``json_import``).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import sqlite3
import tempfile
import weakref
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy.orm import Session

from desktop.core.changes import Problem, ValidationError
from desktop.core.dates import DateError
from desktop.core.exchange.csv_export import restore
from desktop.core.exchange.csv_table import CLOSE_THE_QUOTE, overflow_message
from desktop.core.exchange.damaged_zips import ZIP_DAMAGE
from desktop.core.exchange.datapackage import (
    CHILDREN,
    COPIES,
    NULLABLE,
    OMITTED_WHEN_EMPTY,
    OPTIONAL,
    TABLES,
)
from desktop.core.exchange.import_plan import CHUNK, ImportPlan
from desktop.core.exchange.json_document import (
    FORMAT_NAME,
    FORMAT_VERSION,
    checked_vocabularies,
    read_decisions,
)
from desktop.core.exchange.json_import import plan_chunks
from desktop.core.exchange.kept_chunks import KeptChunks
from desktop.core.exchange.package_day_order import DATED_COLUMNS, DayOrder
from desktop.core.exchange.package_places import named_by_rows
from desktop.core.friendly_dates import as_edtf, to_edtf
from desktop.core.stamps import stored_stamp
from desktop.core.wording import json_kind

MAX_UNPACKED_BYTES = 4 * 1024**3  # a zip that claims more is refused, not unpacked
MAX_PROBLEMS = 50


def is_datapackage(path: Path) -> bool:
    if path.is_dir():
        return (path / "datapackage.json").is_file()
    if zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                return any(name.endswith("datapackage.json") for name in archive.namelist())
        except (*ZIP_DAMAGE, ValueError):  # (a directory's sizes that do not add up)
            return False  # a damaged zip: named as such by the reader it is left to
    return path.name == "datapackage.json"


def plan_datapackage(session: Session, path: Path) -> ImportPlan:
    """The import plan of a package, whose records are read and checked once
    (see ``kept_chunks``)."""
    source = PackageSource(path)
    try:
        plan = plan_chunks(session, KeptChunks(source.chunks), source.vocabularies,
                           source=path.name)
    except ValidationError as exc:
        raise ValidationError(source.named_by_rows(exc.problems)) from None
    plan.places = source.named_by_rows
    plan.not_duplicates = read_decisions(source.not_duplicates)
    plan.copies = source.folder / COPIES  # the saved copies it carries, if any
    return plan


def read_datapackage(path: Path) -> dict[str, Any]:
    """The whole package as the JSON document it stands for (small packages)."""
    source = PackageSource(path)
    records: dict[str, list[dict[str, Any]]] = {"participants": [], "events": []}
    for key, chunk in source.chunks():
        records[key].extend(chunk)
    return {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
            "vocabularies": source.vocabularies, "not_duplicates": source.not_duplicates,
            **records}


class PackageSource:
    """A package's records as import chunks.  A zip is unpacked, and the
    children's index built, into a scratch folder that lasts as long as this
    object (the plan holds it until the import is stored)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # Removed when this object goes (weakref.finalize: no warning then).
        self._scratch = Path(tempfile.mkdtemp(prefix="curator-package-"))
        weakref.finalize(self, shutil.rmtree, self._scratch, ignore_errors=True)
        self.folder = self._unpacked()
        meta = self._meta()
        info = meta.get(FORMAT_NAME, {}) if isinstance(meta, dict) else {}
        where = f"{path.name}: datapackage.json: {FORMAT_NAME}"
        if not isinstance(info, dict):
            raise ValidationError.single(where, f"must be an object, not {json_kind(info)}")
        version = info.get("format_version", FORMAT_VERSION)
        if not isinstance(version, int) or version > FORMAT_VERSION:
            raise ValidationError.single(path.name, f"has format_version {version}; this "
                                         f"version of the app reads up to {FORMAT_VERSION}")
        self.vocabularies = checked_vocabularies(info.get("vocabularies"),
                                                 f"{where}.vocabularies")
        self.not_duplicates: list[Any] = info.get("not_duplicates", [])
        self._index: Path | None = None
        self._index_problems: list[Problem] = []
        self._day_order = DayOrder(self.folder)

    def named_by_rows(self, problems: list[Problem]) -> list[Problem]:
        """Problems named by the package's files and rows (package_places)."""
        return named_by_rows(problems, self.folder, self._index)

    def chunks(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        with self._named_by_the_zip():
            problems: list[Problem] = []
            for records in _chunked(self._rows("participants", problems)):
                yield "participants", records
            index = self._children_index()
            problems.extend(self._index_problems)
            with closing(sqlite3.connect(index)) as children:
                children.execute("CREATE TEMP TABLE seen (id TEXT PRIMARY KEY)")
                for records in _chunked(self._rows("events", problems)):
                    _attach_children(children, records)
                    yield "events", records
                problems.extend(_orphans(children))
            if problems:
                raise ValidationError(problems[:MAX_PROBLEMS])

    def _rows(self, table: str, problems: list[Problem]) -> Iterator[dict[str, Any]]:
        path = self.folder / f"{table}.csv"
        columns = dict(TABLES[table][0])
        for number, row in _numbered_rows(path, columns):
            yield _record(row, columns, path.name, number, problems, self._day_order)

    def _children_index(self) -> Path:
        """Every participant link, source and figure in a scratch SQLite file,
        by event, in the order of their files (built once for both passes)."""
        if self._index is not None:
            return self._index
        index = self._scratch / "children.sqlite"
        index.unlink(missing_ok=True)  # what a failed build left
        # closing(): a sqlite3 connection's own "with" commits but stays open.
        with closing(sqlite3.connect(index)) as connection:
            connection.execute("CREATE TABLE child (event_id TEXT, list TEXT, record BLOB, "
                               "row INTEGER)")
            for table, key in CHILDREN:
                columns = dict(TABLES[table][0])
                rows = self._child_rows(table, columns, key)
                connection.executemany("INSERT INTO child VALUES (?, ?, ?, ?)", rows)
            connection.execute("CREATE INDEX child_event ON child (event_id)")
            connection.commit()
        self._index = index
        return index

    def _child_rows(self, table: str, columns: dict[str, str], key: str
                    ) -> Iterator[tuple[str, str, bytes, int]]:
        path = self.folder / f"{table}.csv"
        if table in OPTIONAL and not path.exists():
            return
        for number, row in _numbered_rows(path, columns):
            record = _record(row, columns, path.name, number, self._index_problems,
                             self._day_order)
            if not record.get("copy_sha256"):
                for name in OMITTED_WHEN_EMPTY:
                    record.pop(name, None)
            event_id = record.pop("event_id", None)
            if not event_id:
                _note(self._index_problems, f"{path.name} row {number}, event_id", "is empty")
            yield str(event_id or ""), key, orjson.dumps(record), number

    def _unpacked(self) -> Path:
        path = self.path
        if not (path.is_file() and zipfile.is_zipfile(path)):
            return path.parent if path.name == "datapackage.json" else path
        target = self._scratch / "unpacked"
        try:
            with zipfile.ZipFile(path) as archive:
                archive.extractall(target, members=_safe_members(path, archive))
        except (*ZIP_DAMAGE, zipfile.LargeZipFile) as exc:
            raise ValidationError.single(path.name, f"cannot be unpacked: {exc}") from exc
        found = sorted(target.rglob("datapackage.json"))
        if not found:
            raise ValidationError.single(path.name, "holds no datapackage.json")
        return found[0].parent

    def _meta(self) -> Any:
        with self._named_by_the_zip():
            try:
                return json.loads((self.folder / "datapackage.json").read_text(
                    encoding="utf-8-sig"))
            except (OSError, ValueError) as exc:
                raise ValidationError.single(str(self.folder / "datapackage.json"),
                                             f"cannot be read: {exc}") from exc

    @contextmanager
    def _named_by_the_zip(self) -> Iterator[None]:
        """Problems name the zip, not the scratch folder it was unpacked into."""
        try:
            yield
        except ValidationError as exc:
            if self.folder.is_relative_to(self._scratch):
                scratch = str(self.folder)
                raise ValidationError([Problem(
                    problem.field.replace(scratch, self.path.name),
                    problem.message.replace(scratch, self.path.name))
                    for problem in exc.problems]) from exc
            raise


def _safe_members(path: Path, archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The archive's entries, refusing any that would land outside the folder
    it is unpacked into (``../x``, ``/x``, ``C:\\x``) and archives too large."""
    members = archive.infolist()
    for member in members:
        name = member.filename.replace("\\", "/")
        parts = name.split("/")
        if name.startswith("/") or ".." in parts or (parts and parts[0].endswith(":")):
            raise ValidationError.single(path.name, f"its entry '{member.filename}' points "
                                         "outside the package; the file is refused")
    if sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
        raise ValidationError.single(path.name, "unpacks to more than 4 GiB; the file is "
                                                "refused")
    return members


def _numbered_rows(path: Path, columns: dict[str, str]) -> Iterator[tuple[int, dict[str, str]]]:
    """A table's rows with their numbers as a spreadsheet counts them (the
    header is row 1); text that is not UTF-8 or not CSV is named by its row,
    and a column the package does not define is refused (it would be lost)."""
    try:
        handle = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise ValidationError.single(str(path), f"cannot be read: {exc}") from exc
    number = 1
    with handle:
        try:
            # strict: a quote left open is refused, not read on to the end of the file
            reader = csv.DictReader(handle, strict=True)
            header = reader.fieldnames or []
            if "id" not in header:
                raise ValidationError.single(path.name, "has no column id")
            if unknown := [name for name in header if name not in columns]:
                raise ValidationError.single(
                    path.name, f"has columns that are not part of the package, which "
                    f"would be lost: {', '.join(unknown)}")
            for number, row in enumerate(reader, start=2):
                yield number, row
        except UnicodeDecodeError:
            raise ValidationError.single(path.name, "is not UTF-8 text") from None
        except csv.Error as exc:
            reason = (f"opens a quote that is never closed: {CLOSE_THE_QUOTE}"
                      if "unexpected end of data" in str(exc) else f"cannot be read: {exc}")
            raise ValidationError.single(f"{path.name} row {number + 1}", reason) from None


def _record(row: dict[str, str], columns: dict[str, str], file_name: str, number: int,
            problems: list[Problem], day_order: DayOrder) -> dict[str, Any]:
    record: dict[str, Any] = {}
    if extra := [cell for cell in row.get(None) or () if cell.strip()]:  # type: ignore[call-overload]
        # the header row's columns: the row's keys, but for None (the cells past them)
        _note(problems, f"{file_name} row {number}", overflow_message(len(row) - 1, extra))
    for column, raw in row.items():
        if column not in columns or raw is None:
            continue
        kind = columns[column]
        try:
            record[column] = _value(restore(raw) if kind == "string" else raw, column, kind,
                                    day_order)
        except ValueError as exc:
            _note(problems, f"{file_name} row {number}, {column}", str(exc))
    if not record.get("id"):
        # A row added by hand in a spreadsheet: the package's tables name their
        # records by id, which a new row cannot be given by guess.
        _note(problems, f"{file_name} row {number}, id",
              "is empty" + (": each row needs its event's id (new events are imported from "
                            "a table of their own)" if file_name == "events.csv" else ""))
    return record


def _note(problems: list[Problem], where: str, message: str) -> None:
    if len(problems) < MAX_PROBLEMS:
        problems.append(Problem(where, message))


# Columns of dates a spreadsheet shows its own way, and saves so: "2025-02"
# as "Feb-25", "2025-05-25" as "5/25/2025".
_DATE_COLUMNS = frozenset(("date", "published", "accessed"))
_STAMP_COLUMNS = DATED_COLUMNS - _DATE_COLUMNS


def _value(raw: str, column: str, kind: str, day_order: DayOrder) -> Any:
    if raw == "":
        return [] if kind == "array" else None if column in NULLABLE else ""
    if column in _DATE_COLUMNS and as_edtf(raw) is None:
        try:  # read as a table's date cell is; else left for the import's check to name
            return to_edtf(raw, excel_years=True).edtf
        except DateError:
            pass
        try:  # "5/11/2025": as the package's other dates write them, when one tells
            order = day_order()
            return raw if order is None else to_edtf(raw, day_first=order,
                                                     excel_years=True).edtf
        except DateError:
            return raw
    if column in _STAMP_COLUMNS and stored_stamp(raw) is None and (
            (order := day_order()) is not None):
        return stored_stamp(raw, day_first=order) or raw
    if kind == "integer":
        try:
            return int(raw)
        except ValueError:
            raise ValueError(f"'{raw}' is not a whole number") from None
    if kind == "array":
        if not raw.lstrip().startswith("["):  # typed in a spreadsheet as events.csv writes one
            return [part.strip() for part in re.split(r"[;；]", raw) if part.strip()]
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            value = None
        if not isinstance(value, list):
            raise ValueError(f"'{raw[:80]}' is not a list: write it as [\"a\", \"b\"] "
                             "(as the package does) or as a; b")
        return value
    return raw


def _chunked(records: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(records)
    while chunk := list(islice(iterator, CHUNK)):
        yield chunk


def _orphans(children: sqlite3.Connection) -> list[Problem]:
    """The links, sources and figures whose event is not in the package
    (``_attach_children`` noted those that are): they would be lost."""
    files = {key: f"{table}.csv" for table, key in CHILDREN}
    found = children.execute(
        "SELECT list, row, event_id FROM child WHERE event_id <> '' AND event_id NOT IN "
        "(SELECT id FROM seen) ORDER BY list, row LIMIT ?", (MAX_PROBLEMS,))
    return [Problem(f"{files[key]} row {row}, event_id", f"no event in events.csv has the "
                                                         f"id {event_id}")
            for key, row, event_id in found]


def _attach_children(children: sqlite3.Connection, events: list[dict[str, Any]]) -> None:
    """Each event's participants, sources, figures and relations, in their
    files' order; the events are noted as seen (see ``_orphans``).  Relations
    are given only to an event that holds any, as the JSON document does."""
    for event in events:
        for table, key in CHILDREN:
            if table not in OPTIONAL:
                event[key] = []
    by_id = {str(event.get("id")): event for event in events}
    children.executemany("INSERT OR IGNORE INTO seen VALUES (?)", ((key,) for key in by_id))
    found = children.execute(
        "SELECT event_id, list, record FROM child WHERE event_id IN "
        "(SELECT value FROM json_each(?)) ORDER BY rowid", (json.dumps(list(by_id)),))
    for event_id, key, record in found:
        by_id[event_id].setdefault(key, []).append(orjson.loads(record))
