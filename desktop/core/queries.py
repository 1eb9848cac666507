"""Read-only queries the views and the command line share."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.models import (
    Event,
    EventParticipant,
    EventRelation,
    Participant,
    Source,
    VocabularyTerm,
)


@dataclass(frozen=True)
class Stats:
    events: int
    participants: int
    links: int
    sources: int
    relations: int
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
                 count(EventRelation), by_kind, by_category, by_year)

