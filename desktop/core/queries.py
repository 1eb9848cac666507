"""Read-only queries the views and the command line share."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from desktop.core.models import (
    Event,
    EventParticipant,
    Participant,
    Source,
    VocabularyTerm,
)


@dataclass(frozen=True)
class EventRow:
    """What the events list shows of one event (plain values, not ORM objects)."""

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


def event_rows(session: Session) -> list[EventRow]:
    """Every event, newest first by the start of its date, undated last."""
    category = aliased(VocabularyTerm)
    event_type = aliased(VocabularyTerm)
    link_count = (select(func.count()).where(EventParticipant.event_id == Event.id)
                  .correlate(Event).scalar_subquery())
    query = (
        select(Event.id, Event.date_edtf, Event.title, event_type.value, category.value,
               Event.place, Event.country, link_count, Event.status, Event.updated_at)
        .outerjoin(category, Event.category_id == category.id)
        .outerjoin(event_type, Event.event_type_id == event_type.id)
        .order_by(Event.date_start.is_(None), Event.date_start.desc(), Event.title)
    )
    return [EventRow(r[0], r[1] or "", r[2], r[3] or "", r[4] or "", r[5], r[6] or "",
                     r[7], r[8], r[9]) for r in session.execute(query)]


@dataclass(frozen=True)
class Stats:
    events: int
    participants: int
    links: int
    sources: int
    participants_by_kind: dict[str, int]
    events_by_category: dict[str, int]
    events_by_year: dict[str, int]


def stats(session: Session) -> Stats:
    def count(model: type) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    by_kind = {kind: n for kind, n in session.execute(
        select(Participant.kind, func.count()).group_by(Participant.kind))}
    by_category = {(name or "(none)"): n for name, n in session.execute(
        select(VocabularyTerm.value, func.count(Event.id))
        .select_from(Event).outerjoin(VocabularyTerm, Event.category_id == VocabularyTerm.id)
        .group_by(VocabularyTerm.value).order_by(func.count(Event.id).desc()))}
    year = func.substr(Event.date_start, 1, 4)
    by_year = {(y or "undated"): n for y, n in session.execute(
        select(year, func.count()).group_by(year).order_by(year))}
    return Stats(count(Event), count(Participant), count(EventParticipant), count(Source),
                 by_kind, by_category, by_year)


@dataclass(frozen=True)
class LinkRow:
    participant_id: str
    kind: str
    name: str
    native_name: str
    role: str
    note: str


@dataclass(frozen=True)
class EventDetail:
    """One event with its participants, figures and sources, as plain values."""

    id: str
    title: str
    date: str
    date_note: str
    event_type: str
    category: str
    place: str
    country: str
    summary: str
    attendance: int | None
    attendance_qualifier: str | None
    status: str
    notes: str
    tags: list[str]
    links: list[LinkRow]
    figures: list[tuple[int, str, str]]
    sources: list[tuple[str, str, str, str]]


def event_detail(session: Session, event_id: str) -> EventDetail | None:
    event = session.get(Event, event_id)
    if event is None:
        return None
    terms = {t.id: t.value for t in session.scalars(select(VocabularyTerm))}
    links = [LinkRow(link.participant_id, link.participant.kind, link.participant.name,
                     link.participant.native_name, terms.get(link.role_id or "", ""), link.note)
             for link in event.links]
    return EventDetail(
        event.id, event.title, event.date_edtf or "", event.date_note,
        terms.get(event.event_type_id or "", ""), terms.get(event.category_id or "", ""),
        event.place, event.country or "", event.summary, event.attendance,
        event.attendance_qualifier, event.status, event.notes, [t.name for t in event.tags],
        links, [(f.value, f.qualifier, f.unit) for f in event.figures],
        [(s.publisher, s.title, s.url, s.published or "") for s in event.sources])
