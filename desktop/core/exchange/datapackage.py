"""The Data Package: the lossless CSV form of a dataset.

A folder (or a zip of it) with ``datapackage.json`` (a Frictionless Tabular
Data Package: typed fields, primary and foreign keys) beside ``events.csv``,
``participants.csv``, ``event_participants.csv``, ``sources.csv`` and
``figures.csv``.  Lists (tags, aliases) are JSON arrays in their cells.
Writing goes through the JSON document's record readers; reading
(``datapackage_reader``) yields the same records, so both forms import
through one merge.
"""

from __future__ import annotations

import csv
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.event_filter import EventFilter
from desktop.core.exchange.csv_export import neutralise
from desktop.core.exchange.document_sql import CHUNK
from desktop.core.exchange.json_document import FORMAT_NAME, FORMAT_VERSION
from desktop.core.exchange.json_export import (
    decisions_about,
    event_records,
    exported_event_ids,
    participant_ids_for,
    participant_records,
    vocabularies_of,
)
from desktop.core.progress import Progress

STAMPS = [("created_at", "datetime"), ("updated_at", "datetime"), ("updated_by", "string")]
# name -> (file, fields as (name, frictionless type), primary key, foreign keys)
TABLES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str, str]]]] = {
    "participants": ([("id", "string"), ("kind", "string"), ("name", "string"),
                      ("native_name", "string"), ("aliases", "array"), ("country", "string"),
                      ("position", "string"), ("affiliation", "string"), ("parent", "string"),
                      ("org_type", "string"), ("notes", "string"), *STAMPS],
                     [("affiliation", "participants", "id"), ("parent", "participants", "id")]),
    "events": ([("id", "string"), ("title", "string"), ("category", "string"),
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
                 ("accessed", "string"), ("note", "string"), *STAMPS],
                [("event_id", "events", "id")]),
    "figures": ([("id", "string"), ("event_id", "string"), ("value", "integer"),
                 ("qualifier", "string"), ("unit", "string"), ("note", "string"), *STAMPS],
                [("event_id", "events", "id")]),
}
# Columns that hold nothing rather than an empty text when they are empty.
NULLABLE = {"country", "affiliation", "parent", "org_type", "category", "event_type", "date",
            "attendance", "attendance_qualifier", "role", "published", "accessed"}
CHILDREN = (("event_participants", "participants"), ("sources", "sources"),
             ("figures", "figures"))


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


def _rows(session: Session, event_filter: EventFilter | None
          ) -> dict[str, Iterator[dict[str, Any]]]:
    event_ids = exported_event_ids(session, event_filter)
    filtered = event_filter is not None and not event_filter.is_empty()
    participants = participant_records(session, participant_ids_for(
        session, event_ids if filtered else None))
    return {"participants": participants, "events": iter(event_records(session, event_ids))}


def write_datapackage(session: Session, folder: Path, event_filter: EventFilter | None = None,
                      progress: Progress | None = None) -> int:
    """Write the package into ``folder`` (made whole, or not at all); return the
    events.  ``progress(done, total)`` is called every thousand events; it may
    raise to cancel."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}."))
    try:
        count = _write(session, scratch, event_filter, progress)
        if folder.exists():
            shutil.rmtree(folder)
        scratch.rename(folder)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    return count


def _write(session: Session, folder: Path, event_filter: EventFilter | None,
           progress: Progress | None) -> int:
    event_ids = exported_event_ids(session, event_filter)
    filtered = event_filter is not None and not event_filter.is_empty()
    decisions = decisions_about(session, set(event_ids), set(participant_ids_for(
        session, event_ids if filtered else None)))
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
        for record in rows["events"]:
            count += 1
            _write_row(writers["events"], "events", record)
            for table, key in CHILDREN:
                for child in record[key]:
                    _write_row(writers[table], table, {**child, "event_id": record["id"]})
            if progress is not None and (count % CHUNK == 0 or count == len(event_ids)):
                progress(count, len(event_ids))
    finally:
        for handle in handles.values():
            handle.close()
    return count


def _write_row(writer: Any, table: str, record: dict[str, Any]) -> None:
    writer.writerow([_cell(record.get(column), kind) for column, kind in TABLES[table][0]])
