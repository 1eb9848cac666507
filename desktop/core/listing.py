"""The events and participants lists: sorted ids, then rows fetched by window.

A list of 100 000 events never loads 100 000 objects: the views hold the
sorted rowids of the current result (a few hundred kilobytes) and fetch the
rows they draw a window at a time.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Select, String, func, select, text
from sqlalchemy.orm import Session

from desktop.core import list_sql
from desktop.core.event_filter import EventFilter, where
from desktop.core.list_sql import EVENT_SORT_KEYS as EVENT_SORT_KEYS
from desktop.core.list_sql import EventRow as EventRow
from desktop.core.models import EventParticipant, Participant
from desktop.core.search import driver_cursor
from desktop.core.search_query import matching_event_seqs_sql, parse_query, participant_matches_sql

PARTICIPANT_SORT_KEYS = ("kind", "name", "native_name", "country", "events")


@dataclass(frozen=True)
class ParticipantRow:
    rowid: int
    id: str
    kind: str
    name: str
    native_name: str
    country: str
    events: int


# Sort keys whose whole order an index gives without sorting (migration 0003).
_INDEXED_ORDERS = ("date", "title")
# From this many matches on, a result is picked out of the whole order (read
# from its index) instead of sorted: a word in half of 100 000 events takes
# 75 ms instead of 110.  Below it, sorting the few matches is quicker.
LARGE_RESULT = 20_000


def event_rowids(session: Session, event_filter: EventFilter, sort: str = "date",
                 descending: bool = True) -> list[int]:
    """Rowids of the events matching the filter, in the list's order."""
    cursor = driver_cursor(session)
    if event_filter.is_empty():
        return list_sql.event_rowids(cursor, sort, descending)
    compiled = where(event_filter).compile(dialect=session.get_bind().dialect,
                                           compile_kwargs={"render_postcompile": True})
    condition = str(compiled)
    params = [compiled.params[name] for name in compiled.positiontup or []]
    if sort not in _INDEXED_ORDERS:
        return list_sql.event_rowids(cursor, sort, descending, where=condition, params=params)
    query = parse_query(event_filter.text)
    if query and replace(event_filter, text="").is_empty():
        # Search text alone: the index's matches are the events' seqs (an
        # event's search rowid is its seq), without looking each one up.
        sql, named = matching_event_seqs_sql(query)
        matches = set(list_sql.seq_list(cursor, f"SELECT rowid AS seq FROM ({sql})", named))
    else:
        matches = set(list_sql.seq_list(
            cursor, f"SELECT events.seq FROM events WHERE {condition}", params))
    if len(matches) >= LARGE_RESULT:
        return [seq for seq in list_sql.event_rowids(cursor, sort, descending) if seq in matches]
    return list_sql.event_rowids(cursor, sort, descending,
                                 where="events.seq IN (SELECT value FROM json_each(?))",
                                 params=[json.dumps(sorted(matches))])


def _rowids(session: Session, query: Select[Any]) -> list[int]:
    return [row[0] for row in driver_rows(session, query)]


def driver_rows(session: Session, query: Select[Any]) -> Any:
    """Run a query straight on the DB-API cursor and return that cursor.

    A result of 100 000 rows costs a third more through SQLAlchemy's row
    processing than the query itself; the compiled SQL is the same.
    """
    compiled = query.compile(dialect=session.get_bind().dialect,
                             compile_kwargs={"render_postcompile": True})
    positions = compiled.positiontup or []
    cursor = driver_cursor(session)
    cursor.execute(str(compiled), [compiled.params[name] for name in positions])
    return cursor


def event_rowid(session: Session, event_id: str) -> int | None:
    return list_sql.event_rowid(driver_cursor(session), event_id)


def event_ids_of(session: Session, rowids: Sequence[int]) -> list[str]:
    return list_sql.event_ids_of(driver_cursor(session), rowids)


def rowids_of(session: Session, event_ids: Sequence[str]) -> set[int]:
    return list_sql.rowids_of(driver_cursor(session), event_ids)


def count_events(session: Session) -> int:
    return list_sql.count_events(driver_cursor(session))


def event_window(session: Session, rowids: Sequence[int]) -> list[EventRow]:
    """The rows for these rowids, in the same order."""
    return list_sql.event_window(driver_cursor(session), rowids)


def participant_rowids(session: Session, query_text: str = "", sort: str = "name",
                       descending: bool = False) -> list[int]:
    if sort not in PARTICIPANT_SORT_KEYS:
        raise ValueError(f"cannot sort participants by {sort!r}")
    query = select(text("participants.rowid")).select_from(Participant)
    searched = parse_query(query_text)
    if searched:
        sql, params = participant_matches_sql(searched)
        matches = text(sql).bindparams(**params).columns(participant_id=String).subquery()
        query = query.where(Participant.id.in_(select(matches.c.participant_id)))
    key: Any
    if sort == "events":
        counts = (select(EventParticipant.participant_id, func.count().label("n"))
                  .group_by(EventParticipant.participant_id).subquery())
        query = query.outerjoin(counts, counts.c.participant_id == Participant.id)
        key = func.coalesce(counts.c.n, 0)
    else:
        key = func.lower(func.coalesce(getattr(Participant, sort), ""))
    query = query.order_by(key.desc() if descending else key.asc(), func.lower(Participant.name))
    return _rowids(session, query)


def count_participants(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Participant)) or 0


def participant_window(session: Session, rowids: Sequence[int]) -> list[ParticipantRow]:
    if not rowids:
        return []
    events = (select(func.count()).where(EventParticipant.participant_id == Participant.id)
              .correlate(Participant).scalar_subquery())
    query = (select(text("participants.rowid"), Participant.id, Participant.kind,
                    Participant.name, Participant.native_name, Participant.country, events)
             .select_from(Participant)
             .where(text("participants.rowid IN (SELECT value FROM json_each(:ids))")
                    .bindparams(ids="[" + ",".join(str(int(r)) for r in rowids) + "]")))
    by_rowid = {row[0]: ParticipantRow(row[0], row[1], row[2], row[3], row[4], row[5] or "",
                                       row[6]) for row in session.execute(query)}
    return [by_rowid[r] for r in rowids if r in by_rowid]


def participant_ids_of(session: Session, rowids: Sequence[int]) -> list[str]:
    """The ids of the participants with these list rowids (a selection), in
    the same order; rowids of participants no longer there are passed over."""
    by_rowid = dict(driver_cursor(session).execute(
        "SELECT rowid, id FROM participants WHERE rowid IN (SELECT value FROM json_each(?))",
        (json.dumps(list(rowids)),)))
    return [by_rowid[r] for r in rowids if r in by_rowid]


def participant_rowids_of(session: Session, participant_ids: Sequence[str]) -> list[int]:
    """The list rowids of these participants, in the order given."""
    if not participant_ids:
        return []
    found: dict[str, int] = {key: rowid for key, rowid in session.execute(
        select(Participant.id, text("participants.rowid"))
        .where(Participant.id.in_(participant_ids)))}
    return [found[key] for key in participant_ids if key in found]
