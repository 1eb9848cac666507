"""Our events' lines for a merge plan, read by a thread one chunk ahead.

A plan compares each event of a file laid out a record a line with the line
we would write for it (``json_import._plan_chunks``).  Building our
lines is SQLite's work (2.5-4 s for 100 000 events), and reading and
comparing theirs is Python's, so a thread builds our lines of the next chunk
while this one is compared.  The thread's query gives one
value for the whole chunk: a query stepping a row at a time would wait for
the GIL at every row.  It reads through a read-only connection of its own.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from desktop.core.exchange.json_lines_reader import LinedChunk
from desktop.core.exchange.json_records_sql import EVENTS_AND_IDS, event_lines_by_id

Chunk = tuple[str, list[dict[str, Any]] | LinedChunk]
OurLines = Future[dict[str, bytes]]
# Every line of the chunk with its id before it (ids hold no control
# characters, JSON text no raw tab or line break), as one value.
_TOGETHER = ("SELECT CAST(group_concat(CAST(id AS BLOB) || x'09' || line, x'0a') AS BLOB) "
             f"FROM ({EVENTS_AND_IDS})")


def with_our_lines(chunks: Iterable[Chunk], database: str
                   ) -> Iterator[tuple[str, list[dict[str, Any]] | LinedChunk, OurLines | None]]:
    """Each chunk, with, for a chunk of events read line by line, our lines
    of its events (by id, those we have), being read meanwhile.  ``database``
    is the file's path ('' for a database in memory: nothing is read ahead)."""
    if not database:
        yield from ((key, records, None) for key, records in chunks)
        return
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True, check_same_thread=False)
    thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="our-lines")
    try:
        pending: tuple[str, list[dict[str, Any]] | LinedChunk, OurLines | None] | None = None
        for key, records in chunks:
            lines = (thread.submit(_our_lines, connection, records.ids)
                     if isinstance(records, LinedChunk) else None)
            if pending is not None:
                yield pending  # compared while the thread reads the next chunk's lines
            pending = (key, records, lines)
        if pending is not None:
            yield pending
    finally:
        thread.shutdown(cancel_futures=True)
        connection.close()


def _our_lines(connection: sqlite3.Connection, ids: list[str]) -> dict[str, bytes]:
    (together,) = connection.execute(_TOGETHER, (json.dumps(ids),)).fetchone()
    lines: dict[str, bytes] = {}
    for item in together.split(b"\n") if together else ():
        event_id, _tab, line = item.partition(b"\t")
        lines[event_id.decode()] = line
    if not lines.keys() <= set(ids):  # an id of an older file with a control character
        return event_lines_by_id(connection, ids)
    return lines
