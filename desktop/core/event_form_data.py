"""What the event form edits, as plain data, and saving it as one step.

The form works on a copy (``EventFormData``); saving compares it with what
was loaded and applies the differences — fields, participants (added,
removed, changed, reordered), sources and related events — in one batch, so
one Save is one undo step and either all of it is stored or none.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from desktop.core.changes import ChangeReport
from desktop.core.exchange.table_terms import NAME_WITH_ROLE, TableTerms
from desktop.core.fields import EVENT_FIELDS, LINK_FIELDS
from desktop.core.models import (
    Event,
    EventTag,
    Participant,
    ParticipantSearch,
    Tag,
    VocabularyTerm,
)
from desktop.core.name_forms import (
    country_named,
    family_name,
    name_and_country,
    split_qualifier,
    titled_family_name,
)
from desktop.core.operations import Operations
from desktop.core.relation_labels import SYMMETRIC, kind_of
from desktop.core.relations import RelationData, relations_of
from desktop.core.search import fold

EVENT_FORM_FIELDS = ("title", "native_title", "category", "event_type", "date", "date_note",
                     "place", "country", "summary", "attendance", "attendance_qualifier",
                     "status", "notes")
LINK_KEYS = ("role", "note")
SOURCE_KEYS = ("publisher", "title", "url", "published", "accessed", "note")
COPY_KEYS = ("copy_sha256", "copy_name")


@dataclass
class LinkData:
    """A participant's part in the event.  ``new_kind`` is set (and
    ``participant_id`` empty) for a participant created from the form, which
    is stored when the event is saved."""

    participant_id: str
    name: str
    native_name: str = ""
    role: str = ""
    note: str = ""
    id: str | None = None  # None until saved
    new_kind: str | None = None
    # more of a new participant than its name: its country, a person's post,
    # aliases (what a pasted text says of one it names)
    new_values: dict[str, Any] = field(default_factory=dict)
    # the name of another participant new with the event that a new person
    # is of ("Shi Zhongjun of the ASEAN-China Center", both new): their
    # affiliation once both are stored
    new_affiliation: str = ""


@dataclass
class SourceData:
    publisher: str = ""
    title: str = ""
    url: str = ""
    published: str = ""
    accessed: str = ""
    note: str = ""
    id: str | None = None
    copy_sha256: str = ""  # a saved copy (saved_copies), "" without one
    copy_name: str = ""


@dataclass
class EventFormData:
    values: dict[str, Any] = field(default_factory=lambda: {
        **dict.fromkeys(EVENT_FORM_FIELDS, ""), "status": "draft"})
    tags: list[str] = field(default_factory=list)
    links: list[LinkData] = field(default_factory=list)
    sources: list[SourceData] = field(default_factory=list)
    relations: list[RelationData] = field(default_factory=list)

    def copy(self) -> EventFormData:
        return EventFormData(dict(self.values), list(self.tags),
                             [replace(link) for link in self.links],
                             [replace(source) for source in self.sources],
                             [replace(relation) for relation in self.relations])


def load_event(session: Session, event_id: str) -> EventFormData | None:
    event = session.get(Event, event_id)
    if event is None:
        return None
    values = {}
    for name in EVENT_FORM_FIELDS:
        spec = EVENT_FIELDS[name]
        value = spec.as_input(getattr(event, spec.column), session)
        values[name] = "" if value is None else value
    role = LINK_FIELDS["role"]
    links = [LinkData(link.participant_id, link.participant.name, link.participant.native_name,
                      role.as_input(link.role_id, session) or "", link.note, link.id)
             for link in event.links]
    sources = [SourceData(s.publisher, s.title, s.url, s.published or "", s.accessed or "",
                          s.note, s.id, s.copy_sha256 or "", s.copy_name or "")
               for s in event.sources]
    return EventFormData(values, [t.name for t in event.tags], links, sources,
                         relations_of(session, event_id))


def _clean_value(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


def save_event(ops: Operations, event_id: str | None, loaded: EventFormData,
               edited: EventFormData) -> tuple[str, ChangeReport]:
    """Apply the differences between ``loaded`` and ``edited``; one transaction.

    Returns the event's id (new when ``event_id`` is None) and the report.
    Raises ValidationError naming the field when anything is invalid.
    """
    with ops.batch() as report:
        changed = {name: _clean_value(value) for name, value in edited.values.items()
                   if event_id is None or _clean_value(value) != loaded.values.get(name)}
        if edited.tags != loaded.tags or event_id is None:
            changed["tags"] = edited.tags
        if event_id is None:
            event_id = ops.create_event(changed).ids("event").pop()
        elif changed:
            ops.update_event(event_id, changed)
        _save_links(ops, event_id, loaded.links, edited.links)
        _save_sources(ops, event_id, loaded.sources, edited.sources)
        _save_relations(ops, event_id, loaded.relations, edited.relations)
    return event_id, report


def _save_links(ops: Operations, event_id: str, loaded: list[LinkData],
                edited: list[LinkData]) -> None:
    # A link that now names another participant (a colleague's file may
    # change it under the same id) is removed and made again: only its role,
    # note and place change in place.
    kept = {link.id: link.participant_id for link in edited if link.id}
    for link in loaded:
        if kept.get(link.id or "", "") != link.participant_id:
            assert link.id is not None
            ops.unlink(link.id)
    before = {link.id: link for link in loaded if kept.get(link.id or "") == link.participant_id}
    for order, link in enumerate(edited):
        values = {"role": link.role, "note": link.note, "order": order}
        if link.new_kind is not None and not link.participant_id:
            link.participant_id = ops.create_participant(
                {**link.new_values, "kind": link.new_kind, "name": link.name,
                 "native_name": link.native_name}).ids("participant").pop()
            link.new_kind = None
        if link.id is None or link.id not in before:  # new here, or under a colleague's id
            link.id = ops.link(event_id, link.participant_id, values,
                               record_id=link.id).ids("event_participant").pop()
        else:
            old = before[link.id]
            old_order = loaded.index(old)
            if (old.role, old.note, old_order) != (link.role, link.note, order):
                ops.update_link(link.id, values)
    stored = {link.name: link.participant_id for link in edited}
    for link in edited:
        if link.new_affiliation and (body := stored.get(link.new_affiliation)):
            ops.update_participant(link.participant_id, {"affiliation": body})
        link.new_affiliation = ""


def _save_sources(ops: Operations, event_id: str, loaded: list[SourceData],
                  edited: list[SourceData]) -> None:
    kept = {source.id for source in edited if source.id}
    for source in loaded:
        if source.id not in kept:
            assert source.id is not None
            ops.remove_source(source.id)
    before = {source.id: source for source in loaded}
    for order, source in enumerate(edited):
        values: dict[str, Any] = {key: getattr(source, key) for key in (*SOURCE_KEYS,
                                                                        *COPY_KEYS)}
        values["order"] = order
        if source.id is None or source.id not in before:
            source.id = ops.add_source(event_id, values, record_id=source.id).ids("source").pop()
        elif before[source.id] != source or loaded.index(before[source.id]) != order:
            ops.update_source(source.id, values)


def _save_relations(ops: Operations, event_id: str, loaded: list[RelationData],
                    edited: list[RelationData]) -> None:
    """A relation whose label turns it round (from "Part of" to "Includes")
    is held by the other event from then on: removed and made again."""
    kept = {relation.id for relation in edited if relation.id}
    before = {relation.id: relation for relation in loaded}
    for relation in loaded:
        if relation.id not in kept:
            assert relation.id is not None
            ops.unrelate(relation.id)
    for relation in edited:
        kind, held = kind_of(relation.label)
        old = before.get(relation.id) if relation.id else None
        if kind in SYMMETRIC and old is not None:
            held = old.held  # either event may hold it; it stays where it is
        if old is not None and old.held == held:
            if (old.label, old.note) != (relation.label, relation.note):
                ops.update_relation(relation.id or "", {"kind": kind, "note": relation.note})
            continue
        if old is not None:
            ops.unrelate(old.id or "")
        holder, other = (event_id, relation.other_id) if held else (relation.other_id, event_id)
        relation.id = ops.relate(holder, {"related": other, "kind": kind, "note": relation.note},
                                 record_id=None if old else relation.id).ids("relation").pop()
        relation.held = held


# -- choices the form offers ---------------------------------------------------

def vocabulary_values(session: Session, vocabulary: str) -> list[str]:
    return list(session.scalars(select(VocabularyTerm.value).where(
        VocabularyTerm.vocabulary == vocabulary).order_by(VocabularyTerm.sort_order,
                                                           VocabularyTerm.value)))


def tag_names(session: Session) -> list[str]:
    """The tags some event has (one renamed or removed from every event is
    not offered again), in alphabetical order."""
    in_use = select(EventTag.tag_id).where(EventTag.tag_id == Tag.id).exists()
    return list(session.scalars(select(Tag.name).where(in_use).order_by(func.lower(Tag.name))))


def place_names(session: Session) -> list[str]:
    """The places written on events, the most used first."""
    return [place for place, _count in places_written(session)]


def places_written(session: Session) -> list[tuple[str, int]]:
    """The places written on events with how many events have each, the
    most used first (read from the ``(place, country)`` index)."""
    return [(str(place), int(count)) for place, count in session.execute(
        select(Event.place, func.count()).where(Event.place != "").group_by(Event.place)
        .order_by(func.count().desc(), Event.place))]


def usual_country(session: Session, place: str) -> tuple[str, int] | None:
    """The country most events at ``place`` (as written) have, and how many
    have it; None when no event there has a country."""
    row = session.execute(
        select(Event.country, func.count()).where(Event.place == place,
                                                  Event.country.is_not(None))
        .group_by(Event.country).order_by(func.count().desc(), Event.country).limit(1)).first()
    return (str(row[0]), int(row[1])) if row is not None else None


@dataclass(frozen=True)
class ParticipantChoice:
    id: str
    kind: str
    name: str
    native_name: str
    country: str | None = field(default=None, compare=False)

    def label(self) -> str:
        return f"{self.name} ({self.native_name})" if self.native_name else self.name


def typed_with_role(session: Session, typed: str) -> tuple[str, str]:
    """What was typed to add a participant, split into the name and the role
    its brackets give ("NDRC (co-host)", "国家发改委（主办）": the vocabulary's
    roles, or their Chinese words), so that the keyboard alone adds both; the
    text and "" when the brackets hold no role, or the whole text is a
    participant's name ("Ministry of Science, Technology and Innovation (Brazil)")."""
    found = NAME_WITH_ROLE.match(typed.strip())
    if not found or not found["name"]:
        return typed.strip(), ""
    role = TableTerms(session).role(found["role"].strip())
    if role is None or any(choice.name == typed.strip()
                           for choice in find_participants(session, typed, limit=5)):
        return typed.strip(), ""
    return found["name"], role


def find_participants(session: Session, text: str, limit: int = 30) -> list[ParticipantChoice]:
    """Participants whose name, native name or alias contains the text, in
    either Chinese character set (中国外文局 finds 中國外文局).  Should none,
    a text that says a country as well ("Brazil's Ministry of Science", "…
    of Brazil") finds those of that country whose names contain the rest:
    "Ministry of Science, Technology and Innovation (Brazil)", or one whose
    country is Brazil; a title and a family name ("President Putin",
    "Premier Li") the people of that family name."""
    found = _containing(session, fold(text), limit)
    if found:
        return found
    if family := titled_family_name(text):  # "President Putin": the people named Putin
        return [choice for choice in _containing(session, family, None,
                                                 Participant.kind == "person")
                if fold(family_name(choice.name, choice.native_name, choice.kind)) == family
                ][:limit]
    if not (said := name_and_country(text)):
        return []
    rest, code = said
    # Those of the country, or with something in brackets that may say it
    # (read in Python: "(Brazil)", "(巴西)", "(BR)" alike)
    of_the_country = or_(Participant.country == code, Participant.name.like("%)"),
                         Participant.name.like("%）"))
    return [choice for choice in _containing(session, fold(rest), None, of_the_country)
            if choice.country == code or _qualifier_country(choice.name) == code][:limit]


def _qualifier_country(name: str) -> str | None:
    qualified = split_qualifier(name)
    return country_named(qualified[1]) if qualified else None


def _containing(session: Session, folded: str, limit: int | None,
                *also: ColumnElement[bool]) -> list[ParticipantChoice]:
    if not folded:
        return []
    rows = session.execute(
        select(Participant.id, Participant.kind, Participant.name, Participant.native_name,
               Participant.country)
        .join(ParticipantSearch, ParticipantSearch.participant_id == Participant.id)
        .where(func.instr(ParticipantSearch.body, folded) > 0, *also)
        .order_by(func.length(Participant.name)).limit(limit))
    return [ParticipantChoice(*row) for row in rows]
