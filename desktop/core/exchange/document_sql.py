"""What an export reads, and the JSON document it writes, on the DB-API alone.

Loading SQLAlchemy and the models takes about 0.4 s, a sixth of exporting
100 000 events: ``curator export`` of the whole dataset runs on these
functions and a plain ``sqlite3`` connection without loading either.  The
window and a filtered export call the same functions on their session's
connection (``json_export``), so there is one way each thing is read.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, BinaryIO, TypeVar

from desktop.core.exchange.json_document import FORMAT_NAME, FORMAT_VERSION
from desktop.core.exchange.json_records_sql import (
    ALL_EVENTS_IN_BLOCKS,
    event_lines,
    participant_lines,
)
from desktop.core.exchange.two_readers import Block, shared_blocks
from desktop.core.progress import Progress
from desktop.core.record_basics import VOCABULARIES, utc_now

CHUNK = 1000
T = TypeVar("T")
U = TypeVar("U")


def batched(lines: Iterator[T], size: int = CHUNK) -> Iterator[list[T]]:
    """``lines`` in lists of ``size``: the exports write a thousand lines a write."""
    while chunk := list(islice(lines, size)):
        yield chunk


def chunks_of(values: list[U], size: int = CHUNK) -> Iterator[list[U]]:
    """``values`` in lists of ``size`` (ids passed a thousand at a time)."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


def all_event_ids(connection: sqlite3.Connection) -> list[str]:
    """Every event's id, in the order they were added."""
    return [event_id for (event_id,) in connection.execute("SELECT id FROM events ORDER BY seq")]


def vocabularies(connection: sqlite3.Connection) -> dict[str, list[str]]:
    """Each vocabulary's terms in the analyst's order."""
    result: dict[str, list[str]] = {name: [] for name in VOCABULARIES}
    for vocabulary, value in connection.execute(
            "SELECT vocabulary, value FROM vocabulary_terms "
            "ORDER BY vocabulary, sort_order, value"):
        result[vocabulary].append(value)
    return result


def participant_ids(connection: sqlite3.Connection, event_ids: list[str] | None,
                    also: Iterable[str] = ()) -> list[str]:
    """All participants, or those the events name (and ``also`` these) and the
    organisations they hang from; by name, then id."""
    ordered = [pid for (pid,) in connection.execute(
        "SELECT id FROM participants ORDER BY name, id")]
    if event_ids is None:
        return ordered
    wanted: set[str] = set(also)
    for chunk in chunks_of(event_ids):
        wanted.update(pid for (pid,) in connection.execute(
            "SELECT participant_id FROM event_participants "
            "WHERE event_id IN (SELECT value FROM json_each(?))", (json.dumps(chunk),)))
    frontier = set(wanted)
    while frontier:
        found: set[str] = set()
        for chunk in chunks_of(sorted(frontier)):
            for affiliation, parent in connection.execute(
                    "SELECT affiliation_id, parent_id FROM participants "
                    "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(chunk),)):
                found.update(p for p in (affiliation, parent) if p)
        frontier = found - wanted
        wanted |= found
    return [pid for pid in ordered if pid in wanted]


def decisions(connection: sqlite3.Connection, event_ids: set[str] | None,
              participant_ids: set[str] | None) -> list[dict[str, str]]:
    """The "not duplicates" decisions between records the export holds (when
    the sets are None, it holds every record here).  A decision about a record
    deleted or merged since is kept here, for undo to find, but not written:
    it would pair a record the file does not hold."""
    exported = {"event": event_ids, "participant": participant_ids}
    return [{"kind": kind, "first": first, "second": second}
            for kind, first, second in connection.execute(
                "SELECT kind, first_id, second_id FROM not_duplicates AS d "
                "WHERE kind = 'event' AND EXISTS (SELECT 1 FROM events WHERE id = d.first_id) "
                "AND EXISTS (SELECT 1 FROM events WHERE id = d.second_id) "
                "OR kind = 'participant' "
                "AND EXISTS (SELECT 1 FROM participants WHERE id = d.first_id) "
                "AND EXISTS (SELECT 1 FROM participants WHERE id = d.second_id) "
                "ORDER BY kind, first_id, second_id")
            if (held := exported[kind]) is None or (first in held and second in held)]


def _dump(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(", ", ": "))


def write_document(connection: sqlite3.Connection, out: BinaryIO, event_ids: list[str] | None,
                   exported_at: str | None = None,
                   progress: Progress | None = None,
                   also_participants: Iterable[str] = ()) -> tuple[int, int]:
    """Write the JSON document of every event (``event_ids`` None) or of
    these (with their participants, and ``also_participants``); return the
    numbers of events and participants written.

    ``progress(done, total)`` is called every thousand events; it may raise to
    cancel (the caller's atomic file then leaves nothing behind)."""
    people = participant_ids(connection, event_ids, also_participants)
    total = len(event_ids) if event_ids is not None else connection.execute(
        "SELECT count(*) FROM events").fetchone()[0]
    header = {"format": FORMAT_NAME, "format_version": FORMAT_VERSION,
              "exported_at": exported_at or utc_now(),
              "vocabularies": vocabularies(connection),
              "not_duplicates": decisions(
                  connection, set(event_ids) if event_ids is not None else None,
                  set(people) if event_ids is not None else None)}
    out.write(_dump(header)[:-1].encode() + b",\n")
    sections: Iterable[tuple[str, Iterator[Block]]] = (
        ("participants", _joined(participant_lines(connection, people))),
        ("events", _event_blocks(connection, event_ids, total)))
    for key, blocks in sections:
        out.write(f'"{key}": ['.encode())
        done = 0
        for count, data in blocks:
            out.write((b",\n" if done else b"\n") + data)
            done += count
            if progress is not None and key == "events":
                progress(done, total)
        out.write(b"\n]" + (b",\n" if key == "participants" else b"\n}\n"))
    return total, len(people)


def _joined(lines: Iterator[bytes]) -> Iterator[Block]:
    # A thousand records a write: a write a record was a tenth of the time.
    return ((len(chunk), b",\n".join(chunk)) for chunk in batched(lines))


def _event_blocks(connection: sqlite3.Connection, event_ids: list[str] | None,
                  total: int) -> Iterator[Block]:
    """The events' records in blocks: every event's built by this process and
    a helper (two_readers) when that pays, else those of ``event_ids`` on
    ``connection``."""
    shared = None if event_ids is not None else shared_blocks(
        connection, total, ALL_EVENTS_IN_BLOCKS, {}, separator=b",\n")
    return shared or _joined(event_lines(connection, event_ids, exported=True))
