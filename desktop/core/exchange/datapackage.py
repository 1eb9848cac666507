"""The Data Package: the lossless CSV form of a dataset.

A folder (or a zip of it) with ``datapackage.json`` (a Frictionless Tabular
Data Package: typed fields, primary and foreign keys) beside ``events.csv``,
``participants.csv``, ``event_participants.csv``, ``sources.csv`` and
``figures.csv``, and ``related_events.csv`` (the relations each event holds
to others; a package from before them has none and reads as it did).  The
saved copies of the sources it holds travel in ``files/``, each named by its
SHA-256 (see saved_copies), and are checked against it on import.
Lists (tags, aliases) are JSON arrays in their cells.
Writing goes through the JSON document's record readers; reading
(``datapackage_reader``) yields the same records, so both forms import
through one merge.
"""

from __future__ import annotations

import csv
import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.exchange.atomic import atomic_file
from desktop.core.exchange.csv_export import neutralise
from desktop.core.exchange.document_sql import CHUNK
from desktop.core.exchange.json_document import FORMAT_NAME, FORMAT_VERSION
from desktop.core.exchange.json_export import (
    connection_of,
    decisions_about,
    event_records,
    exported_event_ids,
    participant_ids_for,
    participant_records,
    vocabularies_of,
)
from desktop.core.filters import ExportScope
from desktop.core.progress import Progress
from desktop.core.saved_copies import SavedCopies, package_name

COPIES = "files"  # the folder of saved copies in a package
STAMPS = [("created_at", "datetime"), ("updated_at", "datetime"), ("updated_by", "string")]
# name -> (file, fields as (name, frictionless type), primary key, foreign keys)
TABLES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str, str]]]] = {
    "participants": ([("id", "string"), ("kind", "string"), ("name", "string"),
                      ("native_name", "string"), ("aliases", "array"), ("country", "string"),
                      ("position", "string"), ("affiliation", "string"), ("parent", "string"),
                      ("org_type", "string"), ("notes", "string"), *STAMPS],
                     [("affiliation", "participants", "id"), ("parent", "participants", "id")]),
    "events": ([("id", "string"), ("title", "string"), ("native_title", "string"),
                ("category", "string"),
                ("event_type", "string"), ("date", "string"), ("date_note", "string"),
                ("place", "string"), ("country", "string"), ("summary", "string"),
                ("attendance", "integer"), ("attendance_qualifier", "string"),
                ("status", "string"), ("tags", "array"), ("notes", "string"), *STAMPS], []),
    "event_participants": ([("id", "string"), ("event_id", "string"),
                            ("participant", "string"), ("role", "string"), ("note", "string"),
                            *STAMPS],
                           [("event_id", "events", "id"), ("participant", "participants", "id")]),
    "sources": ([("id", "string"), ("event_id", "string"), ("publisher", "string"),
                 ("title", "string"), ("url", "string"), ("published", "string"),
                 ("accessed", "string"), ("note", "string"), *STAMPS,
                 ("copy_sha256", "string"), ("copy_name", "string")],
                [("event_id", "events", "id")]),
    "figures": ([("id", "string"), ("event_id", "string"), ("value", "integer"),
                 ("qualifier", "string"), ("unit", "string"), ("note", "string"), *STAMPS],
                [("event_id", "events", "id")]),
    "related_events": ([("id", "string"), ("event_id", "string"), ("event", "string"),
                        ("kind", "string"), ("note", "string"), *STAMPS],
                       [("event_id", "events", "id"), ("event", "events", "id")]),
}
# Tables a package written before them does not have: read as empty.
OPTIONAL = {"related_events"}
# Columns that hold nothing rather than an empty text when they are empty.
NULLABLE = {"country", "affiliation", "parent", "org_type", "category", "event_type", "date",
            "attendance", "attendance_qualifier", "role", "published", "accessed",
            "copy_sha256", "copy_name"}
# Fields a record holds only when they have a value (a source's saved copy),
# as the JSON document writes them.
OMITTED_WHEN_EMPTY = ("copy_sha256", "copy_name")
CHILDREN = (("event_participants", "participants"), ("sources", "sources"),
             ("figures", "figures"), ("related_events", "related"))


def descriptor(vocabularies: dict[str, list[str]],
               not_duplicates: list[dict[str, str]] | None = None) -> dict[str, Any]:
    resources = []
    for name, (columns, foreign) in TABLES.items():
        fields = []
        for column, kind in columns:
            spec: dict[str, Any] = {"name": column, "type": kind}
            if column == "id":
                spec["constraints"] = {"required": True, "unique": True}
            if kind == "datetime":
                spec["format"] = "%Y-%m-%dT%H:%M:%SZ"
            fields.append(spec)
        schema: dict[str, Any] = {"fields": fields, "primaryKey": ["id"]}
        if foreign:
            schema["foreignKeys"] = [
                {"fields": [column], "reference": {"resource": table, "fields": [field]}}
                for column, table, field in foreign]
        resources.append({"name": name, "path": f"{name}.csv", "profile":
                          "tabular-data-resource", "format": "csv", "encoding": "utf-8",
                          "schema": schema})
    return {"profile": "tabular-data-package", "name": "engagement-curator-dataset",
            FORMAT_NAME: {"format_version": FORMAT_VERSION, "vocabularies": vocabularies,
                          "not_duplicates": not_duplicates or []},
            "resources": resources}


def _cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "array":
        return json.dumps(value, ensure_ascii=False)
    return neutralise(str(value)) if kind == "string" else str(value)


def _rows(session: Session, event_filter: ExportScope
          ) -> dict[str, Iterator[dict[str, Any]]]:
    event_ids = exported_event_ids(session, event_filter)
    filtered = event_filter is not None and not event_filter.is_empty()
    participants = participant_records(session, participant_ids_for(
        session, event_ids if filtered else None, event_filter))
    return {"participants": participants,
            "events": iter(event_records(session, event_ids, exported=filtered))}


def package_files() -> set[str]:
    """The names of the files a package of ours holds."""
    return {"datapackage.json"} | {f"{name}.csv" for name in TABLES}


def write_datapackage(session: Session, target: Path, event_filter: ExportScope = None,
                      progress: Progress | None = None) -> int:
    """Write the package into the folder ``target``, or into a zip when its name
    ends in .zip (made whole, or not at all); return the events.
    ``progress(done, total)`` is called every thousand events; it may raise
    to cancel.  An existing folder is replaced only when it holds nothing but
    a package's files (an earlier export): any other folder is left alone."""
    zipped = target.suffix.lower() == ".zip"
    if not zipped:
        _check_replaceable(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    try:
        count = _write(session, scratch, event_filter, progress)
        if zipped:
            _zip(scratch, target)
            shutil.rmtree(scratch)
        else:
            if target.exists():
                shutil.rmtree(target)
            scratch.rename(target)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return count


def _check_replaceable(folder: Path) -> None:
    if not folder.exists():
        return
    if not folder.is_dir():
        raise FileExistsError(f"{folder} is a file; a Data Package is written as a folder "
                              "(or a .zip): choose a new name")
    others = sorted(entry.name for entry in folder.iterdir()
                    if not (entry.name in package_files() and entry.is_file())
                    and not (entry.name == COPIES and entry.is_dir()))
    if others:
        listed = ", ".join(others[:3]) + (", …" if len(others) > 3 else "")
        raise FileExistsError(f"{folder} already holds files that are not a Data Package's "
                              f"({listed}); it is left as it is: choose a new folder name")


def _zip(folder: Path, target: Path) -> None:
    """The package's files at the top of the zip, as ``frictionless`` reads one,
    and its saved copies in ``files/``."""
    with atomic_file(target) as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(package_files()):
            archive.write(folder / name, name)
        copies = folder / COPIES
        for path in sorted(copies.iterdir()) if copies.is_dir() else []:
            archive.write(path, f"{COPIES}/{path.name}")


def _write(session: Session, folder: Path, event_filter: ExportScope,
           progress: Progress | None) -> int:
    event_ids = exported_event_ids(session, event_filter)
    filtered = event_filter is not None and not event_filter.is_empty()
    decisions = decisions_about(session, set(event_ids), set(participant_ids_for(
        session, event_ids if filtered else None, event_filter)))
    (folder / "datapackage.json").write_text(
        json.dumps(descriptor(vocabularies_of(session), decisions), indent=2,
                   ensure_ascii=False) + "\n", encoding="utf-8")
    handles = {name: (folder / f"{name}.csv").open("w", encoding="utf-8", newline="")
               for name in TABLES}
    try:
        writers = {name: csv.writer(handle, lineterminator="\r\n")
                   for name, handle in handles.items()}
        for name, (columns, _) in TABLES.items():
            writers[name].writerow([column for column, _kind in columns])
        rows = _rows(session, event_filter)
        for record in rows["participants"]:
            _write_row(writers["participants"], "participants", record)
        count = 0
        copies: dict[str, str] = {}  # the saved copies the sources name
        for record in rows["events"]:
            count += 1
            _write_row(writers["events"], "events", record)
            for table, key in CHILDREN:
                for child in record.get(key, ()):
                    _write_row(writers[table], table, {**child, "event_id": record["id"]})
            copies.update((source["copy_sha256"], source.get("copy_name") or "")
                          for source in record["sources"] if source.get("copy_sha256"))
            if progress is not None and (count % CHUNK == 0 or count == len(event_ids)):
                progress(count, len(event_ids))
    finally:
        for handle in handles.values():
            handle.close()
    _copy_files(session, folder / COPIES, copies)
    return count


def _copy_files(session: Session, target: Path, copies: dict[str, str]) -> None:
    """The saved copies this computer has, into the package (one the database
    names but this computer lacks, from a JSON file, stays named alone)."""
    database = connection_of(session).execute("PRAGMA database_list").fetchone()[2]
    stored = SavedCopies(Path(database))
    for sha, name in copies.items():
        found = stored.find(sha, name)
        if found is not None:
            target.mkdir(exist_ok=True)
            shutil.copyfile(found, target / package_name(sha, name))


def _write_row(writer: Any, table: str, record: dict[str, Any]) -> None:
    writer.writerow([_cell(record.get(column), kind) for column, kind in TABLES[table][0]])
