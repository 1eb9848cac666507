"""The events and participants lists: sorted ids, then rows fetched by window.

A list of 100 000 events never loads 100 000 objects: the views hold the
sorted rowids of the current result (a few hundred kilobytes) and fetch the
rows they draw a window at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, String, func, select, text
from sqlalchemy.orm import Session, aliased

from desktop.core.event_filter import EventFilter, where
from desktop.core.models import Event, EventParticipant, Participant, VocabularyTerm
from desktop.core.search import driver_cursor, participant_matches_sql, query_terms

EVENT_SORT_KEYS = ("date", "title", "event_type", "category", "place", "country",
                   "participants", "status", "updated_at")
PARTICIPANT_SORT_KEYS = ("kind", "name", "native_name", "country", "events")
PRECISION_RANK = ("CASE events.date_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 "
                  "WHEN 'season' THEN 2 WHEN 'year' THEN 3 WHEN 'decade' THEN 4 "
                  "WHEN 'century' THEN 5 ELSE 9 END")


@dataclass(frozen=True)
class EventRow:
    """What the events list shows of one event (plain values, not ORM objects)."""

    rowid: int
    id: str
    date: str
    title: str
    event_type: str
    category: str
    place: str
    country: str
    participants: int
    status: str
    updated_at: str


@dataclass(frozen=True)
class ParticipantRow:
    rowid: int
    id: str
    kind: str
    name: str
    native_name: str
    country: str
    events: int


def event_rowids(session: Session, event_filter: EventFilter, sort: str = "date",
                 descending: bool = True) -> list[int]:
    """Rowids of the events matching the filter, in the list's order.

    Partial dates sort by their first day, then by precision (a day before the
    month it falls in); undated events come last either way.
    """
    if sort not in EVENT_SORT_KEYS:
        raise ValueError(f"cannot sort events by {sort!r}")
    query = select(Event.seq).where(where(event_filter))
    if sort == "date":
        # Exactly the expressions of the ix_events_order_* indexes (migration 0003),
        # so SQLite reads the order from an index instead of sorting.
        if descending:
            query = query.order_by(text(f"coalesce(events.date_start, '') DESC, "
                                        f"{PRECISION_RANK} DESC, events.title DESC"))
        else:
            query = query.order_by(text(f"coalesce(events.date_start, '9999-12-31'), "
                                        f"{PRECISION_RANK}, events.title"))
    else:
        key: Any
        if sort in ("event_type", "category"):
            term = aliased(VocabularyTerm)
            query = query.outerjoin(term, term.id == getattr(Event, f"{sort}_id"))
            key = func.coalesce(term.value, "")
        elif sort == "participants":
            counts = (select(EventParticipant.event_id, func.count().label("n"))
                      .group_by(EventParticipant.event_id).subquery())
            query = query.outerjoin(counts, counts.c.event_id == Event.id)
            key = func.coalesce(counts.c.n, 0)
        elif sort in ("title", "place"):
            key = func.lower(getattr(Event, sort))
        else:
            key = func.coalesce(getattr(Event, sort), "")
        # seq breaks ties: stable, and the title order then reads ix_events_order_title.
        query = query.order_by(*((key.desc(), Event.seq.desc()) if descending
                                 else (key.asc(), Event.seq.asc())))
    return _rowids(session, query)


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
    return session.scalar(select(Event.seq).where(Event.id == event_id))


def count_events(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Event)) or 0


def event_window(session: Session, rowids: Sequence[int]) -> list[EventRow]:
    """The rows for these rowids, in the same order."""
    if not rowids:
        return []
    category = aliased(VocabularyTerm)
    event_type = aliased(VocabularyTerm)
    link_count = (select(func.count()).where(EventParticipant.event_id == Event.id)
                  .correlate(Event).scalar_subquery())
    query = (
        select(Event.seq, Event.id, Event.date_edtf, Event.title, event_type.value,
               category.value, Event.place, Event.country, link_count, Event.status,
               Event.updated_at)
        .select_from(Event)
        .outerjoin(category, Event.category_id == category.id)
        .outerjoin(event_type, Event.event_type_id == event_type.id)
        .where(text("events.seq IN (SELECT value FROM json_each(:ids))").bindparams(
            ids="[" + ",".join(str(int(r)) for r in rowids) + "]"))
    )
    by_rowid = {row[0]: EventRow(row[0], row[1], row[2] or "", row[3], row[4] or "",
                                 row[5] or "", row[6], row[7] or "", row[8], row[9], row[10])
                for row in session.execute(query)}
    return [by_rowid[r] for r in rowids if r in by_rowid]


def participant_rowids(session: Session, query_text: str = "", sort: str = "name",
                       descending: bool = False) -> list[int]:
    if sort not in PARTICIPANT_SORT_KEYS:
        raise ValueError(f"cannot sort participants by {sort!r}")
    query = select(text("participants.rowid")).select_from(Participant)
    terms = query_terms(query_text)
    if terms:
        sql, params = participant_matches_sql(terms)
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


def participant_rowids_of(session: Session, participant_ids: Sequence[str]) -> list[int]:
    """The list rowids of these participants, in the order given."""
    if not participant_ids:
        return []
    found: dict[str, int] = {key: rowid for key, rowid in session.execute(
        select(Participant.id, text("participants.rowid"))
        .where(Participant.id.in_(participant_ids)))}
    return [found[key] for key in participant_ids if key in found]
