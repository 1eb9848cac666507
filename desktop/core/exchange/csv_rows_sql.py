"""``events.csv``'s lines written by SQLite itself.

Each event's line is built in one query: the participants, tags and sources
cells by ``group_concat`` over the event's rows in their order, every cell
neutralised against formulas.  Every cell of text is quoted, its quotes
doubled, as R's ``write.csv`` writes it and RFC 4180 allows; the cells that
hold a number, a code or an ISO date are written bare, and so is an empty
cell.  Testing each cell for a comma, quote or line break first cost as much
again as building it.  SQLite returns each line as UTF-8 bytes, which go to
the file as they are: 100 000 events are written in about a fifth of the time
of building each row in Python.  A test checks that every cell reads back as
the record's value, byte for byte.

Two cells need Python, through functions registered on the connection: a
country's name, and the check for a pure number in the rare cell that starts
with a formula character.  Nothing here loads SQLAlchemy (see ``document_sql``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import BinaryIO

import orjson

from desktop.core.countries import country_name
from desktop.core.exchange.document_sql import batched
from desktop.core.exchange.formulas import FORMULA_START, neutralise
from desktop.core.exchange.json_records_sql import first_column
from desktop.core.exchange.two_readers import (
    A_SIDES_BLOCKS,
    BLOCK_NUMBER,
    Block,
    shared_blocks,
)
from desktop.core.progress import Progress

# formulas.FORMULA_START as code points: ``unicode(cell) IN (…)`` compares one
# integer, where ``substr(cell, 1, 1) IN (char(61), …)`` called char() eight
# times a cell (SQLite does not fold it into a constant); a quarter of the time.
_FORMULA_START = "(" + ", ".join(str(ord(c)) for c in FORMULA_START) + ")"
_TERM = "(SELECT value FROM vocabulary_terms WHERE vocabulary_terms.id = {column})"


def _neutralised(column: str) -> str:
    return (f"CASE WHEN unicode({column}) IN {_FORMULA_START} "
            f"THEN curator_neutral({column}) ELSE {column} END")


def _quoted(text: str) -> str:
    # Naming the cell once: each further mention of a column is read again.
    return f"coalesce('\"' || replace(nullif({text}, ''), '\"', '\"\"') || '\"', '')"


# Participants' names, roles' labels and tags' names, each read once into a
# table SQLite indexes for the query ("MATERIALIZED"): looking 300 000 links
# up in them takes half the time of a search of the participants' own index
# and then of their table for each link.
_LOOKUPS = ("WITH person_names(id, name) AS MATERIALIZED (SELECT id, name FROM participants), "
            "role_labels(id, label) AS MATERIALIZED (SELECT id, ' (' || value || ')' "
            "FROM vocabulary_terms WHERE value <> ''), "
            "tag_names(id, name) AS MATERIALIZED (SELECT id, name FROM tags)")
# Each a subquery of one event's rows, in their order, made into one value by
# {whole}, an expression of group_concat(…) (see _CSV_CELLS).
_PARTICIPANTS_OF = (
    "(SELECT {whole} FROM (SELECT p.name || coalesce(r.label, '') AS item "
    "FROM event_participants AS l JOIN person_names AS p ON p.id = l.participant_id "
    "LEFT JOIN role_labels AS r ON r.id = l.role_id "
    "WHERE l.event_id = e.id ORDER BY l.sort_order))")
_TAGS_OF = ("(SELECT {whole} FROM (SELECT t.name AS item FROM event_tags "
            "JOIN tag_names AS t ON t.id = event_tags.tag_id WHERE event_tags.event_id = e.id "
            "ORDER BY t.name))")
# "publisher title url", leaving out the empty ones
_SOURCES_OF = ("(SELECT {whole} FROM (SELECT substr(coalesce(' ' || nullif(publisher, ''), '')"
               " || coalesce(' ' || nullif(title, ''), '')"
               " || coalesce(' ' || nullif(url, ''), ''), 2) AS item FROM sources "
               "WHERE sources.event_id = e.id ORDER BY sources.sort_order))")
_LIST = "group_concat(item, '; ')"
_PARTICIPANTS, _TAGS, _SOURCES = (
    of.format(whole=_LIST) for of in (_PARTICIPANTS_OF, _TAGS_OF, _SOURCES_OF))

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
# Cells that can hold no comma, quote, line break or leading formula character,
# written as they are: derived ISO dates (year 1 or later), an ISO country
# code, a whole number >= 0 and two fixed vocabularies (CHECK constraints).
_PLAIN = ("e.date_start", "e.date_end", "e.country", "e.attendance", "e.attendance_qualifier",
          "e.status")
# The CSV cells of the cells computed by a subquery or a function.  SQLite
# computes an aggregate named several times once, so a list is neutralised
# and quoted inside its subquery.  A vocabulary's terms and the countries'
# names are made into cells once each, in tables looked up by id or code.
_CSV_LOOKUPS = (
    f", term_cells(id, cell) AS MATERIALIZED (SELECT id, {_quoted(_neutralised('value'))} "
    "FROM vocabulary_terms), "
    "country_cells(code, cell) AS MATERIALIZED (SELECT country, "
    f"{_quoted('curator_country_cell(country)')} FROM (SELECT DISTINCT country FROM events "
    "WHERE country IS NOT NULL)) ")
_CSV_CELLS = {
    _TERM.format(column="e.category_id"):
        "coalesce((SELECT cell FROM term_cells WHERE id = e.category_id), '')",
    _TERM.format(column="e.event_type_id"):
        "coalesce((SELECT cell FROM term_cells WHERE id = e.event_type_id), '')",
    "curator_country_name(e.country)":
        "coalesce((SELECT cell FROM country_cells WHERE code = e.country), '')",
    _PARTICIPANTS: _PARTICIPANTS_OF.format(whole=_quoted(_neutralised(_LIST))),
    _TAGS: _TAGS_OF.format(whole=_quoted(_neutralised(_LIST))),
    # Most events cite no source: the list is looked for only where there is
    # one, by a lookup in the set of events that have one, made once.
    _SOURCES: (f"CASE WHEN e.id IN (SELECT event_id FROM sources) THEN "
               f"{_SOURCES_OF.format(whole=_quoted(_neutralised(_LIST)))} ELSE '' END"),
}


def _line(cell: str) -> str:
    """The SQL of one cell as it is written into the line."""
    if cell in _PLAIN:
        return f"coalesce(CAST({cell} AS TEXT), '')"
    return _CSV_CELLS.get(cell) or _quoted(_neutralised(cell))


def _query(where: str, *, block: str = "") -> str:
    """The lines of the events ``where`` keeps, in ``seq`` order; with
    ``block``, each line beside the number of its block of events."""
    line = " || ',' || ".join(_line(cell) for cell in _CELLS)
    return (f"{_LOOKUPS}{_CSV_LOOKUPS}SELECT CAST({line} AS BLOB){block} FROM events AS e "
            f"{where} ORDER BY e.seq")


_CHOSEN = "WHERE e.id IN (SELECT value FROM json_each({ids}))"
_ALL_EVENTS = _query("")
_EVENTS = _query(_CHOSEN.format(ids="?"))
# For two readers (two_readers), each of every other block of events.
_ALL_EVENTS_IN_BLOCKS = _query(f"WHERE {A_SIDES_BLOCKS}", block=f", {BLOCK_NUMBER}")
_EVENTS_IN_BLOCKS = _query(f"{_CHOSEN.format(ids=':ids')} AND {A_SIDES_BLOCKS}",
                           block=f", {BLOCK_NUMBER}")
# The same cells as values (a number a number, nothing quoted or neutralised),
# for a workbook, whose cells are typed: a text is never read as a formula.
_CELLS_ROW = (f"{_LOOKUPS} SELECT json_array({', '.join(_CELLS)}) FROM events AS e {{where}} "
              "ORDER BY e.seq")


def _first_column(connection: sqlite3.Connection, every: str, chosen: str,
                  ids: list[str] | None) -> Iterator[bytes]:
    # The ids passed at once, not a thousand at a time: the query reads its
    # lookups (_LOOKUPS) once.
    return first_column(connection, every, chosen, ids, chunk=max(1, len(ids or ())))


def event_lines(connection: sqlite3.Connection, ids: list[str] | None) -> Iterator[bytes]:
    """Each event's CSV line (without its line end) as UTF-8, in ``seq`` order:
    all events when ``ids`` is None, else those (in ``seq`` order)."""
    _prepare(connection)
    return _first_column(connection, _ALL_EVENTS, _EVENTS, ids)


def event_cells(connection: sqlite3.Connection, ids: list[str] | None
                ) -> Iterator[list[str | int | None]]:
    """Each event's cells in EVENT_COLUMNS' order, as values, in ``seq`` order:
    all events when ``ids`` is None, else those."""
    _register(connection, "curator_country_name", _country_name)
    rows = _first_column(connection, _CELLS_ROW.format(where=""),
                         _CELLS_ROW.format(where=_CHOSEN.format(ids="?")), ids)
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
    for lines, data in _line_blocks(connection, ids, total):
        out.write(data + b"\r\n")
        count += lines
        if progress is not None:
            progress(count, total)
    return count


def _line_blocks(connection: sqlite3.Connection, ids: list[str] | None,
                 total: int) -> Iterator[Block]:
    """The lines in blocks (how many, joined by CRLF), built by this process
    and a helper (two_readers) when that pays, else on ``connection``."""
    shared = (shared_blocks(connection, total, _ALL_EVENTS_IN_BLOCKS, {}, _prepare,
                            separator=b"\r\n") if ids is None else
              shared_blocks(connection, total, _EVENTS_IN_BLOCKS, {"ids": json.dumps(ids)},
                            _prepare, separator=b"\r\n"))
    return shared or ((len(chunk), b"\r\n".join(chunk))
                      for chunk in batched(event_lines(connection, ids)))


def _prepare(connection: sqlite3.Connection) -> None:
    _register(connection, "curator_neutral", neutralise)
    _register(connection, "curator_country_cell", _country_cell)


@lru_cache(maxsize=512)
def _country_name(code: str | None) -> str | None:
    return country_name(code) if code else None


@lru_cache(maxsize=512)
def _country_cell(code: str | None) -> str | None:
    """The country's name for a CSV cell: an unknown code is shown as it is
    stored, and so neutralised like any other cell."""
    return neutralise(country_name(code)) if code else None


def _register(connection: sqlite3.Connection, name: str,
              function: Callable[[str], str | None]) -> None:
    connection.create_function(name, 1, function, deterministic=True)
