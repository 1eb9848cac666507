"""The participants as a table (``participants.csv`` or ``.xlsx``), for a
spreadsheet, a colleague's reference list, or editing and reading back.

One row a participant: its id, names, aliases in one "; " cell, kind,
country (code and name), position, affiliation and parent, organisation
type, notes and how many events it is in.  Affiliation and parent are
written by name, as a reader expects, or by id where two participants share
that name (two ministries "Ministry of Finance"): either reads back to the
same participant (``participant_table``), so an edited copy merges in by id.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.core.countries import country_name
from desktop.core.exchange.document_sql import chunks_of
from desktop.core.exchange.json_export import exported_event_ids, participant_ids_for
from desktop.core.exchange.table_csv import table_csv
from desktop.core.exchange.workbook_export import write_table_workbook
from desktop.core.filters import ExportScope

COLUMNS = ("id", "name", "native_name", "aliases", "kind", "country", "country_name",
           "position", "affiliation", "parent", "org_type", "notes", "events")
_WIDTHS = {"id": 38, "name": 40, "native_name": 28, "aliases": 30, "position": 24,
           "affiliation": 30, "parent": 30, "notes": 30, "events": 8}

# The participant's own name for a reference, unless another participant has it.
_REFERENCE = ("(SELECT CASE WHEN (SELECT count(*) FROM participants AS same "
              "WHERE same.name = other.name) > 1 THEN other.id ELSE other.name END "
              "FROM participants AS other WHERE other.id = p.{column})")
_ROWS = (
    "SELECT p.id, p.name, p.native_name, "
    "(SELECT group_concat(alias, '; ') FROM (SELECT alias FROM participant_aliases AS a "
    "WHERE a.participant_id = p.id ORDER BY a.sort_order)), p.kind, p.country, p.position, "
    f"{_REFERENCE.format(column='affiliation_id')}, {_REFERENCE.format(column='parent_id')}, "
    "(SELECT value FROM vocabulary_terms AS t WHERE t.id = p.org_type_id), p.notes, "
    "(SELECT count(*) FROM event_participants AS l WHERE l.participant_id = p.id) "
    "FROM participants AS p WHERE p.id IN (SELECT value FROM json_each(:ids))")


def participant_rows(session: Session, ids: list[str]) -> Iterator[list[Any]]:
    """Each participant's cells in COLUMNS' order, as values."""
    for chunk in chunks_of(ids):
        for (pid, name, native, aliases, kind, country, position, affiliation, parent,
             org_type, notes, events) in session.execute(text(_ROWS),
                                                         {"ids": json.dumps(chunk)}):
            yield [pid, name, native or "", aliases or "", kind, country or "",
                   country_name(country) if country else "", position or "",
                   affiliation or "", parent or "", org_type or "", notes or "", events]


def write_participants_of(session: Session, out: BinaryIO, event_filter: ExportScope, *,
                          workbook: bool) -> int:
    """The participants of every event, or of those the filter keeps (with the
    organisations they hang from, and those changed since its "changed since"
    day), as a table; how many."""
    filtered = event_filter is not None and not event_filter.is_empty()
    ids = participant_ids_for(session, exported_event_ids(session, event_filter)
                              if filtered else None, event_filter)
    return write_participants_table(session, out, ids, workbook=workbook)


def write_participants_table(session: Session, out: BinaryIO, ids: list[str], *,
                             workbook: bool) -> int:
    """Write the participants as CSV (UTF-8 with a byte-order mark, formula-like
    cells neutralised) or as a workbook; return how many."""
    rows = sorted(participant_rows(session, ids), key=lambda row: (row[1], row[0]))
    if workbook:
        write_table_workbook(out, "Participants", COLUMNS, rows, _WIDTHS,
                             numbers=frozenset(("events",)))
    else:
        out.write(table_csv([COLUMNS, *([str(cell) for cell in row] for row in rows)]))
    return len(rows)
