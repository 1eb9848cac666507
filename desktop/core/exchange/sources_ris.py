"""The sources of events as RIS, for a reference manager (Zotero, EndNote,
Mendeley, Citavi): the articles behind a report's chronology, to cite; and
references read back from RIS as an event's sources (``read_ris``), with the
files a reference manager links to them as saved copies.

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
from desktop.core.event_form_data import SourceData
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


@dataclass
class ReadReference(SourceData):
    """A RIS reference as a source, with the files linked to it that are on
    this computer (a PDF Zotero keeps)."""

    files: list[Path] = field(default_factory=list)


_TITLES = ("TI", "T1", "CT", "BT")
_PUBLISHERS = ("T2", "JO", "JF", "JA", "PB")  # the newspaper first, then a publisher
_FILES = ("L1", "L2", "L4")


def read_ris(text: str) -> list[ReadReference]:
    """Every reference of a RIS text (as Zotero, EndNote or this app write it)."""
    read: list[ReadReference] = []
    tags: dict[str, list[str]] = {}
    for line in text.splitlines():
        tag, separator, value = line[:2], line[2:6], line[6:].strip()
        if separator.rstrip() != "  -":
            continue
        if tag == "ER":
            read.append(_reference(tags))
            tags = {}
        elif value:
            tags.setdefault(tag, []).append(value)
    return read


def _reference(tags: dict[str, list[str]]) -> ReadReference:
    def first(names: tuple[str, ...]) -> str:
        return next((tags[name][0] for name in names if tags.get(name)), "")

    notes = [note for note in tags.get("N1", []) if not note.startswith("Cited for:")]
    if tags.get("AU") or tags.get("A1"):
        notes.insert(0, "By " + "; ".join(tags.get("AU", []) + tags.get("A1", [])))
    urls = [url for url in tags.get("UR", []) if url.startswith(("http://", "https://"))]
    return ReadReference(
        publisher=first(_PUBLISHERS), title=first(_TITLES), url=urls[0] if urls else "",
        published=_edtf_of(first(("DA", "PY", "Y1"))), accessed=_day_of(first(("Y2",))),
        note=" ".join(notes), files=[path for path in map(_local_file, (
            value for name in _FILES for value in tags.get(name, []))) if path is not None])


def _edtf_of(ris_date: str) -> str:
    """"2025/05/25/", "2025/05//", "2025" as EDTF at the precision given; "" if none."""
    parts = ris_date.split("/")[:3]
    year = parts[0] if parts and len(parts[0]) == 4 and parts[0].isdigit() else ""
    if not year:
        return ""
    month = parts[1] if len(parts) > 1 and parts[1].isdigit() else ""
    day = parts[2] if len(parts) > 2 and parts[2].isdigit() else ""
    edtf = year + (f"-{int(month):02d}" if month else "") + (
        f"-{int(day):02d}" if month and day else "")
    try:
        parse_edtf(edtf)
    except DateError:
        return year
    return edtf


def _day_of(text: str) -> str:
    """An accessed date ("2025/07/08", "2025-07-08 10:00") as an ISO day, or ""."""
    from datetime import date

    digits = text.replace("/", "-")[:10]
    try:
        return date.fromisoformat(digits).isoformat()
    except ValueError:
        return ""


# The kinds of file a reference manager keeps for an article.  A linked file
# of any other kind is not taken: a RIS file from someone else could name a
# key or a password store on this computer, which a Data Package would then
# carry to a colleague.
ARTICLE_SUFFIXES = frozenset((".pdf", ".html", ".htm", ".xhtml", ".mhtml", ".txt", ".md",
                              ".png", ".jpg", ".jpeg", ".gif", ".webp", ".tif", ".tiff",
                              ".doc", ".docx", ".odt", ".rtf", ".epub"))


def _local_file(value: str) -> Path | None:
    """A file a reference links to, if it is on this computer and of a kind
    that holds an article (``ARTICLE_SUFFIXES``)."""
    from urllib.parse import unquote, urlparse

    if value.startswith("file:"):
        value = unquote(urlparse(value).path)
        if value[2:3] == ":":  # file:///C:/Users/… on Windows
            value = value[1:]
    path = Path(value).expanduser()
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        return None
    return path if path.is_absolute() and path.is_file() else None
