"""The events list's queries as SQL text on a plain DB-API cursor.

The window shows its first page from these before SQLAlchemy is loaded (its
import alone takes longer than a bare Qt window takes to appear), and
``listing`` runs the same text with a filter's WHERE clause, so the list is
read one way whether or not the rest of the store is ready yet.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

EVENT_SORT_KEYS = ("date", "title", "native_title", "event_type", "category", "place",
                   "country", "participants", "status", "updated_at")
PRECISION_RANK = ("CASE events.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 "
                  "WHEN 'season' THEN 2 WHEN 'year' THEN 3 WHEN 'decade' THEN 4 "
                  "WHEN 'century' THEN 5 ELSE 9 END")
_TERM_JOIN = ("LEFT OUTER JOIN vocabulary_terms AS sort_term "
              "ON sort_term.id = events.{column}")
_COUNT_JOIN = ("LEFT OUTER JOIN (SELECT event_id, count(*) AS n FROM event_participants "
               "GROUP BY event_id) AS sort_counts ON sort_counts.event_id = events.id")
_WINDOW = (
    "SELECT events.seq, events.id, events.date_edtf, events.title, events.native_title, "
    "event_type.value, "
    "category.value, events.place, events.country, "
    "(SELECT count(*) FROM event_participants "
    " WHERE event_participants.event_id = events.id), events.status, events.updated_at "
    "FROM events "
    "LEFT OUTER JOIN vocabulary_terms AS category ON events.category_id = category.id "
    "LEFT OUTER JOIN vocabulary_terms AS event_type ON events.event_type_id = event_type.id "
    "WHERE events.seq IN (SELECT value FROM json_each(?))")


@dataclass(frozen=True)
class EventRow:
    """What the events list shows of one event (plain values, not ORM objects)."""

    rowid: int
    id: str
    date: str
    title: str
    native_title: str
    event_type: str
    category: str
    place: str
    country: str
    participants: int
    status: str
    updated_at: str


def event_order(sort: str, descending: bool) -> tuple[str, str]:
    """The join a sort key needs and its ORDER BY clause.

    Partial dates sort by their first day, then by precision (a day before the
    month it falls in); undated events come last either way.
    """
    if sort not in EVENT_SORT_KEYS:
        raise ValueError(f"cannot sort events by {sort!r}")
    if sort == "date":
        # Exactly the expressions of the ix_events_order_* indexes (migration 0003),
        # so SQLite reads the order from an index instead of sorting.
        if descending:
            return "", (f"coalesce(events.date_start, '') DESC, {PRECISION_RANK} DESC, "
                        "events.title DESC")
        return "", (f"coalesce(events.date_start, '9999-12-31'), {PRECISION_RANK}, "
                    "events.title")
    join = ""
    if sort in ("event_type", "category"):
        join, key = _TERM_JOIN.format(column=f"{sort}_id"), "coalesce(sort_term.value, '')"
    elif sort == "participants":
        join, key = _COUNT_JOIN, "coalesce(sort_counts.n, 0)"
    elif sort in ("title", "native_title", "place"):
        key = f"lower(events.{sort})"
    else:
        key = f"coalesce(events.{sort}, '')"
    # seq breaks ties: stable, and the title order then reads ix_events_order_title.
    direction = "DESC" if descending else "ASC"
    return join, f"{key} {direction}, events.seq {direction}"


def event_rowids(cursor: Any, sort: str = "date", descending: bool = True, *,
                 where: str = "1", params: Sequence[Any] = (),
                 limit: int | None = None) -> list[int]:
    """Rowids of the events matching ``where`` (SQL over ``events``), in the
    list's order; ``limit`` stops after that many (a first page)."""
    join, order = event_order(sort, descending)
    sql = f"SELECT events.seq FROM events {join} WHERE {where} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return seq_list(cursor, sql, params)


def seq_list(cursor: Any, sql: str, params: Sequence[Any] | dict[str, Any] = ()
             ) -> list[int]:
    """The one integer column of ``sql``, in its order.

    SQLite gathers the column into one JSON array, which is parsed at once:
    half the time of fetching 100 000 one-column rows.  ``sql`` names the
    column ``seq`` and stays a subquery with its ORDER BY, which SQLite keeps
    for an aggregate over it (it never flattens an ordered subquery into an
    aggregate); the exports' lists rely on the same rule."""
    bound = params if isinstance(params, dict) else list(params)
    (text,) = cursor.execute(f"SELECT json_group_array(seq) FROM ({sql})", bound).fetchone()
    return cast(list[int], json.loads(text))


def count_events(cursor: Any) -> int:
    return int(cursor.execute("SELECT count(*) FROM events").fetchone()[0])


def event_rowid(cursor: Any, event_id: str) -> int | None:
    row = cursor.execute("SELECT seq FROM events WHERE id = ?", (event_id,)).fetchone()
    return None if row is None else int(row[0])


def event_ids_of(cursor: Any, rowids: Sequence[int]) -> list[str]:
    """The ids of the events with these rowids (a selection in the list), in
    the same order; rowids of events no longer there are passed over."""
    by_rowid = dict(cursor.execute("SELECT seq, id FROM events WHERE seq IN "
                                   "(SELECT value FROM json_each(?))", (json.dumps(rowids),)))
    return [by_rowid[r] for r in rowids if r in by_rowid]


def rowids_of(cursor: Any, event_ids: Sequence[str]) -> set[int]:
    """The rowids of these events (those that still exist)."""
    return {row[0] for row in cursor.execute(
        "SELECT seq FROM events WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(event_ids)),))}


def event_window(cursor: Any, rowids: Sequence[int]) -> list[EventRow]:
    """The rows for these rowids, in the same order."""
    if not rowids:
        return []
    ids = "[" + ",".join(str(int(r)) for r in rowids) + "]"
    by_rowid = {row[0]: EventRow(row[0], row[1], row[2] or "", row[3], row[4] or "",
                                 row[5] or "", row[6] or "", row[7], row[8] or "", row[9],
                                 row[10], row[11])
                for row in cursor.execute(_WINDOW, (ids,))}
    return [by_rowid[r] for r in rowids if r in by_rowid]
