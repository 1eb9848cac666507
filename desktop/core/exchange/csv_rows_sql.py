"""``events.csv``'s lines written by SQLite itself.

Each event's line is built in one query: the participants, tags and sources
cells by ``group_concat`` over the event's rows in their order, every cell
neutralised against formulas and quoted as Python's ``csv`` module quotes
(only a cell holding a comma, a double quote, CR or LF, its quotes doubled).
SQLite returns each line as UTF-8 bytes, which go to the file as they are:
100 000 events are written in about a fifth of the time of building each row
in Python.  A test checks that every cell reads back as the record's value and
that the bytes are those ``csv.writer`` writes.

Two cells need Python, through functions registered on the connection: a
country's name, and the check for a pure number in the rare cell that starts
with a formula character.  Nothing here loads SQLAlchemy (see ``document_sql``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import BinaryIO

import orjson

from desktop.core.countries import country_name
from desktop.core.exchange.document_sql import batched
from desktop.core.exchange.formulas import FORMULA_START, neutralise
from desktop.core.exchange.json_records_sql import first_column
from desktop.core.progress import Progress

# formulas.FORMULA_START as an SQL list
_FORMULA_START = "(" + ", ".join(f"char({ord(c)})" for c in FORMULA_START) + ")"
_TERM = "(SELECT value FROM vocabulary_terms WHERE vocabulary_terms.id = {column})"


def _neutralised(column: str) -> str:
    return (f"CASE WHEN substr({column}, 1, 1) IN {_FORMULA_START} "
            f"THEN curator_neutral({column}) ELSE {column} END")


def _quoted(column: str) -> str:
    return (f"coalesce(CASE WHEN instr({column}, ',') OR instr({column}, '\"') "
            f"OR instr({column}, char(13)) OR instr({column}, char(10)) "
            f"THEN '\"' || replace({column}, '\"', '\"\"') || '\"' ELSE {column} END, '')")


_PARTICIPANTS = (
    "(SELECT group_concat(person, '; ') FROM (SELECT p.name || CASE WHEN r.value IS NULL "
    "OR r.value = '' THEN '' ELSE ' (' || r.value || ')' END AS person "
    "FROM event_participants AS l JOIN participants AS p ON p.id = l.participant_id "
    "LEFT JOIN vocabulary_terms AS r ON r.id = l.role_id "
    "WHERE l.event_id = e.id ORDER BY l.sort_order))")
_TAGS = ("(SELECT group_concat(name, '; ') FROM (SELECT tags.name FROM event_tags "
         "JOIN tags ON tags.id = event_tags.tag_id WHERE event_tags.event_id = e.id "
         "ORDER BY tags.name))")
# "publisher title url", leaving out the empty ones
_SOURCES = ("(SELECT group_concat(source, '; ') FROM (SELECT substr("
            "coalesce(' ' || nullif(publisher, ''), '') || coalesce(' ' || nullif(title, ''), '')"
            " || coalesce(' ' || nullif(url, ''), ''), 2) AS source FROM sources "
            "WHERE sources.event_id = e.id ORDER BY sources.sort_order))")

EVENT_COLUMNS = ("id", "title", "native_title", "date", "date_start", "date_end", "date_note",
                 "category", "event_type", "place", "country", "country_name", "summary",
                 "attendance", "attendance_qualifier", "status", "participants", "tags", "sources",
                 "notes", "created_at", "updated_at", "updated_by")
# In the order of EVENT_COLUMNS (a test checks it).
_CELLS = ("e.id", "e.title", "e.native_title", "e.date_edtf", "e.date_start", "e.date_end",
          "e.date_note", _TERM.format(column="e.category_id"),
          _TERM.format(column="e.event_type_id"), "e.place", "e.country",
          "curator_country_name(e.country)", "e.summary", "e.attendance", "e.attendance_qualifier",
          "e.status", _PARTICIPANTS, _TAGS, _SOURCES, "e.notes", "e.created_at", "e.updated_at",
          "e.updated_by")
_NAMES = [f"c{number}" for number in range(len(_CELLS))]
# Cells that can hold no comma, quote, line break or leading formula character,
# written as they are: derived ISO dates (year 1 or later), an ISO country
# code, a whole number >= 0 and two fixed vocabularies (CHECK constraints).
# Formatting a cell costs about a microsecond; these are 6 of the 22.
_PLAIN = {_NAMES[_CELLS.index(cell)] for cell in (
    "e.date_start", "e.date_end", "e.country", "e.attendance", "e.attendance_qualifier",
    "e.status")}


def _query(where: str) -> str:
    """Three steps, each a subquery SQLite may not fold into the next ("OFFSET
    0"), so that each cell, some of them correlated subqueries, is computed
    once however many times the next step names it: the cells as text, then
    neutralised, then quoted and joined into the line."""
    cells = ", ".join(f"CAST({cell} AS TEXT) AS {name}"
                      for cell, name in zip(_CELLS, _NAMES, strict=True))
    neutral = ", ".join(f"{name if name in _PLAIN else _neutralised(name)} AS {name}"
                        for name in _NAMES)
    line = " || ',' || ".join(f"coalesce({name}, '')" if name in _PLAIN else _quoted(name)
                              for name in _NAMES)
    return (f"SELECT CAST({line} AS BLOB) FROM (SELECT {neutral} FROM ("
            f"SELECT {cells} FROM events AS e {where} ORDER BY e.seq LIMIT -1 OFFSET 0"
            ") LIMIT -1 OFFSET 0)")


_ALL_EVENTS = _query("")
_EVENTS = _query("WHERE e.id IN (SELECT value FROM json_each(?))")
# The same cells as values (a number a number, nothing quoted or neutralised),
# for a workbook, whose cells are typed: a text is never read as a formula.
_CELLS_ROW = (f"SELECT json_array({', '.join(_CELLS)}) FROM events AS e {{where}} "
              "ORDER BY e.seq")


def event_lines(connection: sqlite3.Connection, ids: list[str] | None) -> Iterator[bytes]:
    """Each event's CSV line (without its line end) as UTF-8, in ``seq`` order:
    all events when ``ids`` is None, else those (in ``seq`` order)."""
    _register(connection, "curator_neutral", neutralise)
    _register(connection, "curator_country_name", _country_name)
    return first_column(connection, _ALL_EVENTS, _EVENTS, ids)


def event_cells(connection: sqlite3.Connection, ids: list[str] | None
                ) -> Iterator[list[str | int | None]]:
    """Each event's cells in EVENT_COLUMNS' order, as values, in ``seq`` order:
    all events when ``ids`` is None, else those."""
    _register(connection, "curator_country_name", _country_name)
    rows = first_column(connection, _CELLS_ROW.format(where=""), _CELLS_ROW.format(
        where="WHERE e.id IN (SELECT value FROM json_each(?))"), ids)
    return (orjson.loads(row) for row in rows)


def write_lines(connection: sqlite3.Connection, out: BinaryIO, ids: list[str] | None, *,
                excel: bool = False, progress: Progress | None = None) -> int:
    """Write events.csv (UTF-8, CRLF line ends) of every event, or of ``ids``;
    return the number of events."""
    if excel:
        out.write("\ufeff".encode())
    out.write(",".join(EVENT_COLUMNS).encode() + b"\r\n")
    total = len(ids) if ids is not None else connection.execute(
        "SELECT count(*) FROM events").fetchone()[0]
    count = 0
    for chunk in batched(event_lines(connection, ids)):
        out.write(b"\r\n".join(chunk) + b"\r\n")
        count += len(chunk)
        if progress is not None:
            progress(count, total)
    return count


@lru_cache(maxsize=512)
def _country_name(code: str | None) -> str | None:
    return country_name(code) if code else None


def _register(connection: sqlite3.Connection, name: str,
              function: Callable[[str], str | None]) -> None:
    connection.create_function(name, 1, function, deterministic=True)
