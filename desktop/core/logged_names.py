"""The records the change log names by id, in words: for the History tab and
View ▸ Activity, which showed a participant added to an event as
"b1922953-ab21-…", and a vocabulary value or a tag by its id alone.

A record is named as it is now or, once deleted, as the log last saw it
("Wang Yi (deleted)").  A participant link is named by its participant, read
from the links table or, for a link since removed, from the log's own row
of who it linked.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.countries import country_name
from desktop.core.models import (
    ChangeLogEntry,
    Event,
    EventFigure,
    EventParticipant,
    EventRelation,
    Participant,
    SavedSearch,
    Source,
    Tag,
    VocabularyTerm,
)
from desktop.core.wording import KIND_LABELS, STATUS_LABELS, field_in_words

# The fields whose logged values are ids of participants or events.
REFERENCES = {("event_participant", "participant_id"), ("event_participant", "participant"),
              ("not_duplicate", "first"), ("not_duplicate", "second")}
_LINKED = ("participant_id", "participant")  # a link's field naming its participant
_CHUNK = 500  # ids per query, under SQLite's limit of bound values


def _chunks(ids: Collection[str]) -> Iterable[list[str]]:
    ordered = list(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start:start + _CHUNK]


def record_names(session: Session, ids: Collection[str]) -> dict[str, str]:
    """Titles of events and names of participants with these ids, as they
    are now or, deleted, as the log last saw them."""
    names: dict[str, str] = {}
    for model, column in ((Event, Event.title), (Participant, Participant.name)):
        for chunk in _chunks(set(ids) - names.keys()):
            names.update((record_id, name) for record_id, name in session.execute(
                select(model.id, column).where(model.id.in_(chunk))))
    for chunk in _chunks(set(ids) - names.keys()):
        for record_id, value in session.execute(
                select(ChangeLogEntry.record_id, ChangeLogEntry.old)
                .where(ChangeLogEntry.record_id.in_(chunk),
                       ChangeLogEntry.field.in_(("title", "name")),
                       ChangeLogEntry.action == "delete")):
            names[record_id] = f"{value} (deleted)"
    return names


def linked_participants(session: Session, link_ids: Collection[str]) -> dict[str, str]:
    """The participant each of these event–participant links links."""
    found: dict[str, str] = {}
    for chunk in _chunks(link_ids):
        found.update((link_id, participant_id) for link_id, participant_id in session.execute(
            select(EventParticipant.id, EventParticipant.participant_id)
            .where(EventParticipant.id.in_(chunk))))
    for link_id, participant in _logged(session, set(link_ids) - found.keys(),
                                        "event_participant", _LINKED):
        found[link_id] = participant
    return found


def _logged(session: Session, ids: Collection[str], entity: str,
            fields: Collection[str]) -> Iterable[tuple[str, str]]:
    """What the log last said of these fields of records since deleted."""
    for chunk in _chunks(ids):
        for record_id, new, old in session.execute(
                select(ChangeLogEntry.record_id, ChangeLogEntry.new, ChangeLogEntry.old)
                .where(ChangeLogEntry.record_id.in_(chunk), ChangeLogEntry.entity == entity,
                       ChangeLogEntry.field.in_(list(fields)))
                .order_by(ChangeLogEntry.id)):
            if new or old:
                yield record_id, new or old or ""


def part_names(session: Session, rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each source, figure and related event of ``rows`` (entity, record id)
    by what tells it from the event's others: its publisher (or title, or
    address), its unit, the other event's title."""
    wanted: dict[str, set[str]] = {"source": set(), "figure": set(), "relation": set()}
    for entity, record_id in rows:
        if entity in wanted:
            wanted[entity].add(record_id)
    names: dict[str, str] = {}
    related: dict[str, str] = {}
    for chunk in _chunks(wanted["source"]):
        for source_id, publisher, title, url in session.execute(
                select(Source.id, Source.publisher, Source.title, Source.url)
                .where(Source.id.in_(chunk))):
            names[source_id] = publisher or title or url
    for chunk in _chunks(wanted["figure"]):
        names.update((figure_id, unit) for figure_id, unit in session.execute(
            select(EventFigure.id, EventFigure.unit).where(EventFigure.id.in_(chunk))))
    for chunk in _chunks(wanted["relation"]):
        related.update((relation_id, other) for relation_id, other in session.execute(
            select(EventRelation.id, EventRelation.related_id)
            .where(EventRelation.id.in_(chunk))))
    titles = record_names(session, set(related.values()))
    names.update((relation_id, titles.get(other, "")) for relation_id, other in related.items())
    for entity, fields in (("source", ("publisher", "title", "url")), ("figure", ("unit",)),
                           ("relation", ("related",))):
        for record_id, value in _logged(session, wanted[entity] - names.keys(), entity, fields):
            names.setdefault(record_id, value)  # the first of the fields the log holds
    return {record_id: name for record_id, name in names.items() if name}


def other_record_names(session: Session, rows: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Vocabulary values ("role “moderator”"), tags and saved searches, by
    their ids, for ``rows`` of (entity, record id)."""
    wanted: dict[str, set[str]] = {"vocabulary_term": set(), "tag": set(), "saved_search": set()}
    for entity, record_id in rows:
        if entity in wanted:
            wanted[entity].add(record_id)
    names: dict[str, str] = {}
    for chunk in _chunks(wanted["vocabulary_term"]):
        for term_id, vocabulary, value in session.execute(
                select(VocabularyTerm.id, VocabularyTerm.vocabulary, VocabularyTerm.value)
                .where(VocabularyTerm.id.in_(chunk))):
            names[term_id] = f"{field_in_words(vocabulary)} “{value}”"
    for entity, model, noun in (("tag", Tag, "tag"), ("saved_search", SavedSearch,
                                                       "saved search")):
        for chunk in _chunks(wanted[entity]):
            for record_id, name in session.execute(
                    select(model.id, model.name).where(model.id.in_(chunk))):
                names[record_id] = f"{noun} “{name}”"
    gone = set().union(*wanted.values()) - names.keys()
    logged: dict[str, dict[str, str]] = {}
    for chunk in _chunks(gone):
        for gone_id, gone_entity, field_name, old_value in session.execute(
                select(ChangeLogEntry.record_id, ChangeLogEntry.entity, ChangeLogEntry.field,
                       ChangeLogEntry.old)
                .where(ChangeLogEntry.record_id.in_(chunk), ChangeLogEntry.action == "delete",
                       ChangeLogEntry.field.in_(("vocabulary", "value", "name")))):
            values = logged.setdefault(str(gone_id), {"entity": gone_entity or ""})
            values[field_name or ""] = old_value or ""
    for record_id, values in logged.items():
        if values["entity"] == "vocabulary_term":
            label = f"{field_in_words(values.get('vocabulary', ''))} “{values.get('value', '')}”"
        else:
            label = f"saved search “{values.get('name', '')}”"
        names[record_id] = f"{label.strip()} (deleted)"
    return names


def _country(code: str) -> str:
    return f"{country_name(code)} ({code})" if country_name(code) != code else code


# Values the store keeps as keys or codes, as the forms show them.
_SHOWN_AS: dict[tuple[str, str], Callable[[str], str]] = {
    ("event", "status"): lambda key: STATUS_LABELS.get(key, key),  # "Needs review"
    ("event", "attendance_qualifier"): lambda key: key.replace("_", " "),  # "more than"
    ("figure", "qualifier"): lambda key: key.replace("_", " "),
    ("event", "country"): _country,  # "Laos (LA)"
    ("participant", "country"): _country,
    ("participant", "kind"): lambda key: KIND_LABELS.get(key, key),  # "Organisation"
}


def value_in_words(entity: str, field: str, value: str, names: dict[str, str]) -> str:
    """A logged value as the reader knows it: a participant's or event's name
    where the log holds its id, a status or a country as the form shows it."""
    if value and (entity, field) in REFERENCES:
        return names.get(value, value)
    shown = _SHOWN_AS.get((entity, field))
    return shown(value) if value and shown is not None else value
