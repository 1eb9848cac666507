"""``events.csv``: one row per event, for Excel, LibreOffice, pandas and R.

Participants and tags share a cell, separated by "; " ("Shi Zhongjun
(speaker); …").  Cells a spreadsheet would run as a formula are neutralised
with a leading apostrophe; pure numbers are left alone.  RFC 4180 quoting,
UTF-8, with a byte-order mark when asked (Excel needs it to read UTF-8).
"""

from __future__ import annotations

from typing import BinaryIO

from sqlalchemy.orm import Session

from desktop.core.exchange.csv_rows_sql import EVENT_COLUMNS, write_lines
from desktop.core.exchange.formulas import neutralise, restore
from desktop.core.exchange.json_export import connection_of, exported_event_ids
from desktop.core.filters import ExportScope
from desktop.core.progress import Progress

__all__ = ["EVENT_COLUMNS", "neutralise", "restore", "write_events_csv"]


def write_events_csv(session: Session, out: BinaryIO, event_filter: ExportScope = None,
                     *, excel: bool = False, progress: Progress | None = None) -> int:
    """Write events.csv (UTF-8, CRLF line ends) of every event, or of those
    the filter keeps; return the number of events."""
    filtered = event_filter is not None and not event_filter.is_empty()
    ids = exported_event_ids(session, event_filter) if filtered else None
    return write_lines(connection_of(session), out, ids, excel=excel, progress=progress)
