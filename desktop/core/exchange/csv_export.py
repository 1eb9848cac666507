"""``events.csv``: one row per event, for Excel, LibreOffice, pandas and R.

Participants and tags share a cell, separated by "; " ("Shi Zhongjun
(speaker); …").  Cells a spreadsheet would run as a formula are neutralised
with a leading apostrophe; pure numbers are left alone.  RFC 4180 quoting,
UTF-8, with a byte-order mark when asked (Excel needs it to read UTF-8).
"""

from __future__ import annotations

from typing import BinaryIO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.event_filter import EventFilter
from desktop.core.exchange.csv_rows_sql import event_lines
from desktop.core.exchange.formulas import neutralise, restore
from desktop.core.exchange.json_export import Progress, batched, exported_event_ids
from desktop.core.models import Event

__all__ = ["EVENT_COLUMNS", "neutralise", "restore", "write_events_csv"]

EVENT_COLUMNS = ("id", "title", "date", "date_start", "date_end", "date_note", "category",
                 "event_type", "place", "country", "country_name", "summary", "attendance",
                 "attendance_qualifier", "status", "participants", "tags", "sources", "notes",
                 "created_at", "updated_at", "updated_by")


def write_events_csv(session: Session, out: BinaryIO, event_filter: EventFilter | None = None,
                     *, excel: bool = False, progress: Progress | None = None) -> int:
    """Write events.csv (UTF-8, CRLF line ends); return the number of events."""
    if excel:
        out.write("\ufeff".encode())
    out.write(",".join(EVENT_COLUMNS).encode() + b"\r\n")
    filtered = event_filter is not None and not event_filter.is_empty()
    ids = exported_event_ids(session, event_filter) if filtered else None
    total = len(ids) if ids is not None else session.scalar(
        select(func.count()).select_from(Event)) or 0
    count = 0
    for chunk in batched(event_lines(session, ids)):
        out.write(b"\r\n".join(chunk) + b"\r\n")
        count += len(chunk)
        if progress is not None:
            progress(count, total)
    return count
