"""The sources of events as RIS, for a reference manager (Zotero, EndNote,
Mendeley, Citavi): the articles behind a report's chronology, to cite.

A source cited by several events (one article on a summit and its signings)
is one reference, its note naming each event it is cited for.  A source with
a publisher is a newspaper article, one with a web address alone a web page;
its published date keeps its precision ("2025/02//" for February 2025); a
saved copy of it is linked as a file (``L1``), which Zotero attaches.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from desktop.core.dates import DateError, parse_edtf
from desktop.core.exchange.document_sql import all_event_ids, chunks_of
from desktop.core.exchange.json_export import connection_of, exported_event_ids
from desktop.core.filters import ExportScope
from desktop.core.saved_copies import SavedCopies

_SOURCES = (
    "SELECT s.publisher, s.title, s.url, s.published, s.accessed, s.note, s.copy_sha256, "
    "s.copy_name, e.title, e.date_edtf FROM sources AS s JOIN events AS e ON e.id = s.event_id "
    "WHERE s.event_id IN (SELECT value FROM json_each(?)) ORDER BY e.seq, s.sort_order")


@dataclass
class Reference:
    """One cited source, with the events it is cited for."""

    publisher: str
    title: str
    url: str
    published: str | None
    accessed: str | None
    note: str
    copy: Path | None
    events: list[str] = field(default_factory=list)

    def lines(self) -> Iterator[str]:
        yield f"TY  - {'NEWS' if self.publisher else 'ELEC' if self.url else 'GEN'}"
        if self.title:
            yield f"TI  - {_one_line(self.title)}"
        if self.publisher:
            # the newspaper or agency, as a reference manager files it
            yield f"T2  - {_one_line(self.publisher)}"
            yield f"PB  - {_one_line(self.publisher)}"
        if self.published and (published := _ris_date(self.published)) is not None:
            yield f"PY  - {published[:4]}"
            yield f"DA  - {published}"
        if self.url:
            yield f"UR  - {self.url}"
        if self.accessed:
            yield f"Y2  - {self.accessed.replace('-', '/')}"
        if self.copy is not None:
            yield f"L1  - {self.copy.as_uri()}"
        if self.note:
            yield f"N1  - {_one_line(self.note)}"
        yield "N1  - Cited for: " + "; ".join(self.events)
        yield "ER  - "


def references(connection: sqlite3.Connection, event_ids: list[str] | None,
               database: Path | None) -> list[Reference]:
    """The sources of these events (all when None), each once, in the order
    of the events that cite them first."""
    copies = SavedCopies(database) if database is not None else None
    found: dict[tuple[str, ...], Reference] = {}
    ids = event_ids if event_ids is not None else all_event_ids(connection)
    for chunk in chunks_of(ids):
        for (publisher, title, url, published, accessed, note, sha256, copy_name,
             event_title, event_date) in connection.execute(_SOURCES, (json.dumps(chunk),)):
            key = (url,) if url else (publisher.casefold(), title.casefold(), published or "")
            reference = found.get(key)
            if reference is None:
                copy = copies.find(sha256, copy_name or "") if copies and sha256 else None
                reference = found[key] = Reference(publisher, title, url, published, accessed,
                                                   note, copy)
            cited = f"{event_title} ({event_date})" if event_date else event_title
            if cited not in reference.events:
                reference.events.append(cited)
    return list(found.values())


def write_sources_ris(session: Session, out: BinaryIO, event_filter: ExportScope,
                      database: Path | None) -> int:
    """The sources of every event, or of those the filter keeps, as RIS."""
    filtered = event_filter is not None and not event_filter.is_empty()
    ids = exported_event_ids(session, event_filter) if filtered else None
    return write_ris(connection_of(session), out, ids, database)


def write_ris(connection: sqlite3.Connection, out: BinaryIO, event_ids: list[str] | None,
              database: Path | None) -> int:
    """Write the references as RIS (UTF-8, CRLF, as the format asks); return
    how many."""
    cited = references(connection, event_ids, database)
    for reference in cited:
        out.write(("\r\n".join(reference.lines()) + "\r\n\r\n").encode("utf-8"))
    return len(cited)


def _ris_date(edtf: str) -> str | None:
    """An EDTF date as RIS writes one, to the precision it has:
    "2025/05/25/", "2025/05//", "2025///" (a range: its first day)."""
    try:
        parsed = parse_edtf(edtf)
    except DateError:
        return None
    if parsed.start is None:
        return None
    start = parsed.start
    if parsed.precision == "day":
        return f"{start.year:04d}/{start.month:02d}/{start.day:02d}/"
    if parsed.precision == "month":
        return f"{start.year:04d}/{start.month:02d}//"
    return f"{start.year:04d}///"


def _one_line(text: str) -> str:
    """RIS holds a field on one line."""
    return " ".join(text.split())
