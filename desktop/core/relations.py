"""Relations between events as each of the two events reads them.

The form lists the relations an event holds and those naming it together,
each by the label it has from the event shown (``relation_labels``), and
saving turns a label back into a kind and the event that holds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from desktop.core.event_filter import EventFilter
from desktop.core.listing import event_rowids, event_window
from desktop.core.models import Event, EventRelation
from desktop.core.relation_labels import label_of


@dataclass
class RelationData:
    """One relation as the form shows it, from the event shown."""

    other_id: str
    other_title: str
    other_date: str  # as written (EDTF), "" when undated
    label: str
    note: str = ""
    id: str | None = None  # None until saved
    held: bool = True  # held by the event shown (else by the other)


def relations_of(session: Session, event_id: str) -> list[RelationData]:
    """Every relation of an event, held by it or by the other event, by the
    other event's date (undated last), then title."""
    other = aliased(Event)
    found: list[tuple[RelationData, str]] = []
    for held, own_end, other_end in ((True, EventRelation.event_id, EventRelation.related_id),
                                     (False, EventRelation.related_id, EventRelation.event_id)):
        rows = session.execute(
            select(EventRelation.id, EventRelation.kind, EventRelation.note, other.id,
                   other.title, other.date_edtf, other.date_start)
            .join(other, other.id == other_end).where(own_end == event_id)
            .order_by(EventRelation.sort_order))
        for relation_id, kind, note, other_id, title, edtf, start in rows:
            found.append((RelationData(other_id, title, edtf or "", label_of(kind, held),
                                       note, relation_id, held), start or "9999"))
    found.sort(key=lambda item: (item[1], item[0].other_title.casefold()))
    return [data for data, _start in found]


@dataclass(frozen=True)
class EventChoice:
    id: str
    title: str
    date: str

    def label(self) -> str:
        return f"{self.title} ({self.date})" if self.date else self.title


def find_events(session: Session, text: str, exclude: str | None = None,
                limit: int = 30) -> list[EventChoice]:
    """The events a search for ``text`` finds (as the list's search box finds
    them), newest first, but ``exclude``."""
    if not text.strip():
        return []
    rowids = event_rowids(session, EventFilter(text=text))[:limit + 1]
    return [EventChoice(row.id, row.title, row.date) for row in event_window(session, rowids)
            if row.id != exclude][:limit]


def related_ids(session: Session, event_id: str) -> frozenset[str]:
    """The events related to one, whichever of the two holds the relation."""
    held = select(EventRelation.related_id).where(EventRelation.event_id == event_id)
    naming = select(EventRelation.event_id).where(EventRelation.related_id == event_id)
    return frozenset(session.scalars(held.union(naming)))


def series_of(session: Session, event_id: str, limit: int = 200) -> list[EventChoice]:
    """The editions of an event's series, by date, itself among them: the
    events joined to it by "same series" relations, directly or through other
    editions (WAIC 2023, 2024, 2025, each copied from the one before).  Empty
    when there are fewer than three: a pair is shown by its relation."""
    seen = {event_id}
    frontier = {event_id}
    while frontier and len(seen) < limit:
        ends = session.execute(
            select(EventRelation.event_id, EventRelation.related_id).where(
                EventRelation.kind == "same_series",
                or_(EventRelation.event_id.in_(frontier),
                    EventRelation.related_id.in_(frontier))))
        found = {end for pair in ends for end in pair} - seen
        seen |= found
        frontier = found
    if len(seen) < 3:
        return []
    rows = session.execute(
        select(Event.id, Event.title, Event.date_edtf).where(Event.id.in_(seen))
        .order_by(Event.date_start.is_(None), Event.date_start, Event.title))
    return [EventChoice(other, title, edtf or "") for other, title, edtf in rows]


# Words that tell one edition from another, set aside when titles are compared.
_EDITION_WORDS = re.compile(r"\b(\d+(st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|"
                            r"seventh|eighth|ninth|tenth|annual)\b|第\S{1,3}届|\d+", re.IGNORECASE)
# rapidfuzz token_sort_ratio of two titles without their edition words (not
# token_set_ratio: a short title inside a long one is not another edition)
_SERIES_ALIKE = 88
_SEARCH_WORDS = 4


def _series_title(title: str) -> str:
    return " ".join(_EDITION_WORDS.sub(" ", title).split()).casefold()


def likely_editions(session: Session, event_id: str, limit: int = 3) -> list[EventChoice]:
    """Other editions this event may be of, not related to it yet: titles
    alike once their numbers, ordinals and years are set aside ("8th World
    Artificial Intelligence Conference (WAIC 2025)" and "7th World …
    (WAIC 2024)").  Found through the search index by the title's longest
    words, then compared, so it costs a search however many events there are."""
    event = session.get(Event, event_id)
    if event is None:
        return []
    own = _series_title(event.title)
    words = sorted({w for w in re.findall(r"\w+", own) if len(w) > 3}, key=len, reverse=True)
    if not words:
        return []
    rowids = event_rowids(session, EventFilter(text=" ".join(words[:_SEARCH_WORDS])))[:200]
    taken = related_ids(session, event_id) | {event_id}
    found = [EventChoice(row.id, row.title, row.date) for row in event_window(session, rowids)
             if row.id not in taken
             and fuzz.token_sort_ratio(own, _series_title(row.title)) >= _SERIES_ALIKE]
    return found[:limit]
