"""What the analyst is looking for: search text plus facet filters, as SQL.

Within one facet the chosen values are alternatives (China *or* Laos); across
facets and search terms every condition must hold.  Facet counts for one facet
apply every *other* condition, so the analyst sees what adding a value would
bring; the counts of the other facets are those of the current result.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, String, and_, func, or_, select, text
from sqlalchemy.orm import Session

from desktop.core.models import (
    Event,
    EventParticipant,
    EventTag,
    Participant,
    Tag,
    VocabularyTerm,
)
from desktop.core.search import matching_event_rowids_sql, query_terms

FACETS = ("country", "category", "event_type", "status", "tag", "participant")


@dataclass(frozen=True)
class EventFilter:
    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    country: frozenset[str] = field(default_factory=frozenset)
    category: frozenset[str] = field(default_factory=frozenset)  # vocabulary term ids
    event_type: frozenset[str] = field(default_factory=frozenset)  # vocabulary term ids
    status: frozenset[str] = field(default_factory=frozenset)
    tag: frozenset[str] = field(default_factory=frozenset)  # tag ids
    participant: frozenset[str] = field(default_factory=frozenset)  # participant ids

    def is_empty(self) -> bool:
        return self == EventFilter()

    def without(self, facet: str) -> EventFilter:
        changes: dict[str, Any] = {facet: frozenset()}
        return replace(self, **changes)

    def toggled(self, facet: str, value: str) -> EventFilter:
        current: frozenset[str] = getattr(self, facet)
        changes: dict[str, Any] = {facet: current ^ {value}}
        return replace(self, **changes)

    def to_json(self) -> str:
        data: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, frozenset):
                if value:
                    data[item.name] = sorted(value)
            elif isinstance(value, date):
                data[item.name] = value.isoformat()
            elif value:
                data[item.name] = value
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, document: str) -> EventFilter:
        data = json.loads(document)
        values: dict[str, Any] = {}
        for item in fields(cls):
            if item.name not in data:
                continue
            raw = data[item.name]
            if item.name in ("date_from", "date_to"):
                values[item.name] = date.fromisoformat(raw)
            elif item.name == "text":
                values[item.name] = str(raw)
            else:
                values[item.name] = frozenset(str(v) for v in raw)
        return cls(**values)


def conditions(event_filter: EventFilter) -> list[ColumnElement[bool]]:
    """SQL conditions on ``events`` for every part of the filter."""
    result: list[ColumnElement[bool]] = []
    terms = query_terms(event_filter.text)
    if terms:
        sql, params = matching_event_rowids_sql(terms)
        matches = text(sql).bindparams(**params).columns(event_id=String).subquery()
        result.append(Event.id.in_(select(matches.c.event_id)))
    if event_filter.date_from or event_filter.date_to:
        result.append(Event.date_edtf.is_not(None))
        # Overlap: a partial date counts when any day it covers is in the range.
        if event_filter.date_to:
            result.append(or_(Event.date_start.is_(None),
                              Event.date_start <= event_filter.date_to.isoformat()))
        if event_filter.date_from:
            result.append(or_(Event.date_end.is_(None),
                              Event.date_end >= event_filter.date_from.isoformat()))
    if event_filter.country:
        result.append(Event.country.in_(event_filter.country))
    if event_filter.category:
        result.append(Event.category_id.in_(event_filter.category))
    if event_filter.event_type:
        result.append(Event.event_type_id.in_(event_filter.event_type))
    if event_filter.status:
        result.append(Event.status.in_(event_filter.status))
    if event_filter.tag:
        result.append(Event.id.in_(select(EventTag.event_id).where(
            EventTag.tag_id.in_(event_filter.tag))))
    if event_filter.participant:
        result.append(Event.id.in_(select(EventParticipant.event_id).where(
            EventParticipant.participant_id.in_(event_filter.participant))))
    return result


def where(event_filter: EventFilter) -> ColumnElement[bool]:
    parts = conditions(event_filter)
    return and_(*parts) if parts else and_(True)


@dataclass(frozen=True)
class FacetValue:
    value: str  # what the filter holds: a code, term id, status, tag id, participant id
    label: str
    count: int


def facet_counts(session: Session, event_filter: EventFilter,
                 limit: int = 200) -> dict[str, list[FacetValue]]:
    """For each facet, its values in the current result with their counts."""
    counts: dict[str, list[FacetValue]] = {}
    for facet in FACETS:
        if facet == "participant" and not event_filter.participant:
            continue  # participants are chosen from their own list, not a facet box
        scope = where(event_filter.without(facet))
        counts[facet] = _facet(session, facet, scope, event_filter, limit)
    return counts


def _facet(session: Session, facet: str, scope: ColumnElement[bool],
           event_filter: EventFilter, limit: int) -> list[FacetValue]:
    number = func.count(Event.id.distinct()).label("n")
    if facet in ("country", "status"):
        column = getattr(Event, facet)
        query = select(column, column, number).where(scope, column.is_not(None)).group_by(column)
    elif facet in ("category", "event_type"):
        column = getattr(Event, f"{facet}_id")
        query = (select(column, VocabularyTerm.value, number)
                 .join(VocabularyTerm, VocabularyTerm.id == column)
                 .where(scope).group_by(column))
    elif facet == "tag":
        query = (select(Tag.id, Tag.name, number)
                 .join(EventTag, EventTag.event_id == Event.id)
                 .join(Tag, Tag.id == EventTag.tag_id).where(scope).group_by(Tag.id))
    else:
        query = (select(Participant.id, Participant.name, number)
                 .join(EventParticipant, EventParticipant.event_id == Event.id)
                 .join(Participant, Participant.id == EventParticipant.participant_id)
                 .where(scope, Participant.id.in_(event_filter.participant))
                 .group_by(Participant.id))
    rows = session.execute(query.select_from(Event).order_by(number.desc()).limit(limit))
    result = [FacetValue(str(value), str(label), int(count)) for value, label, count in rows]
    chosen: frozenset[str] = getattr(event_filter, facet)
    shown = {item.value for item in result}
    # A chosen value stays listed (with 0) so it can be unchosen.
    result.extend(FacetValue(value, value, 0) for value in sorted(chosen - shown))
    return result
