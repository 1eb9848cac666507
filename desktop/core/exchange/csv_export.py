"""``events.csv``: one row per event, for Excel, LibreOffice, pandas and R.

Participants and tags share a cell, separated by "; " ("Shi Zhongjun
(speaker); …").  Cells a spreadsheet would run as a formula are neutralised
with a leading apostrophe; pure numbers are left alone.  RFC 4180 quoting,
UTF-8, with a byte-order mark when asked (Excel needs it to read UTF-8).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from typing import Any, TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.countries import country_name
from desktop.core.event_filter import EventFilter
from desktop.core.exchange.json_export import Progress, event_records, exported_event_ids
from desktop.core.models import Participant

EVENT_COLUMNS = ("id", "title", "date", "date_start", "date_end", "date_note", "category",
                 "event_type", "place", "country", "country_name", "summary", "attendance",
                 "attendance_qualifier", "status", "participants", "tags", "sources", "notes",
                 "created_at", "updated_at", "updated_by")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d+)*|\d*\.\d+)([eE][+-]?\d+)?")


def neutralise(value: str) -> str:
    """Keep a spreadsheet from running a cell as a formula."""
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def restore(value: str) -> str:
    """Undo ``neutralise`` when the app reads its own file back."""
    if value.startswith("'") and value[1:].startswith(_FORMULA_START):
        return value[1:]
    return value


def _cell(value: Any) -> str:
    return "" if value is None else neutralise(str(value))


def event_rows(session: Session, event_filter: EventFilter | None) -> Iterator[list[str]]:
    ids = exported_event_ids(session, event_filter)
    names: dict[str, str] = {}
    batch: list[dict[str, Any]] = []
    for record in event_records(session, ids, with_bounds=True):
        batch.append(record)
        if len(batch) == 1000:
            yield from _table_rows(session, batch, names)
            batch = []
    yield from _table_rows(session, batch, names)


def _table_rows(session: Session, batch: list[dict[str, Any]],
                names: dict[str, str]) -> Iterator[list[str]]:
    """Rows for a batch of events; participants' names fetched once per batch."""
    wanted = {link["participant"] for record in batch for link in record["participants"]
              } - names.keys()
    if wanted:
        names.update({pid: name for pid, name in session.execute(
            select(Participant.id, Participant.name).where(Participant.id.in_(wanted)))})
    for record in batch:
        people = "; ".join(
            names[link["participant"]] + (f" ({link['role']})" if link["role"] else "")
            for link in record["participants"])
        sources = "; ".join(" ".join(p for p in (s["publisher"], s["title"], s["url"]) if p)
                            for s in record["sources"])
        values = {**record, "country_name": country_name(record["country"]),
                  "participants": people, "tags": "; ".join(record["tags"]),
                  "sources": sources}
        yield [_cell(values[column]) for column in EVENT_COLUMNS]


def write_events_csv(session: Session, out: TextIO, event_filter: EventFilter | None = None,
                     *, excel: bool = False, progress: Progress | None = None) -> int:
    """Write events.csv; return the number of events.  ``out`` must be opened
    with ``newline=""`` (the csv module writes CRLF itself, per RFC 4180)."""
    if excel:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(EVENT_COLUMNS)
    count = 0
    total = len(exported_event_ids(session, event_filter)) if progress else 0
    for row in event_rows(session, event_filter):
        writer.writerow(row)
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count, total)
    return count
