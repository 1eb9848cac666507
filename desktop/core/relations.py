"""Relations between events as each of the two events reads them.

A relation is held by one event and names the other: "the signing is part of
the summit" is held by the signing.  The summit reads it the other way round,
"includes the signing".  The form lists both kinds together, each by the label
it has from the event shown, and saving turns a label back into a kind and
the event that holds it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop.core.event_filter import EventFilter
from desktop.core.listing import event_rowids, event_window
from desktop.core.models import RELATION_KINDS, Event, EventRelation

# kind: (as the event holding it reads it, as the other event reads it)
_LABELS = {
    "part_of": ("Part of", "Includes"),
    "follow_up": ("Follow-up to", "Followed up by"),
    "same_series": ("Same series as", "Same series as"),
    "related": ("Related to", "Related to"),
}
SYMMETRIC = frozenset(kind for kind, (held, other) in _LABELS.items() if held == other)
# Every label once, in the order a menu offers them.
LABELS = tuple(dict.fromkeys(label for kind in RELATION_KINDS for label in _LABELS[kind]))


def label_of(kind: str, held: bool) -> str:
    """How an event reads a relation of ``kind`` it holds (or the other holds)."""
    return _LABELS[kind][0 if held else 1]


def kind_of(label: str) -> tuple[str, bool]:
    """The kind a label stands for, and whether the event reading it holds it."""
    for kind, (held, other) in _LABELS.items():
        if label == held:
            return kind, True
        if label == other:
            return kind, False
    raise ValueError(f"'{label}' is not a relation between events")


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
