"""The whole change log, one line per step: who did what, when.

The History tab shows one record's changes; this is the team's view across
records — "what did yesterday's import change?", "what has Li Wei edited this
week?".  Each operation (one Save, one batch change, one import, one undo) is
a line saying what it did in words ("3 events changed: status, tags"); its
changes are listed field by field, each record named by its title or name as
it is now (or, once deleted, as the log last saw it).

The log is grouped by SQLite (``GROUP BY operation_id``), newest first, the
latest operations only: a log of a million rows stays a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.history import import_sources
from desktop.core.logged_names import (
    REFERENCES,
    linked_participants,
    other_record_names,
    record_names,
    value_in_words,
)
from desktop.core.models import ChangeLogEntry
from desktop.core.wording import field_in_words

SHOWN_OPERATIONS = 300
SHOWN_CHANGES = 2000
_NOUNS = {"event": ("event", "events"), "participant": ("participant", "participants"),
          "event_participant": ("participant link", "participant links"),
          "source": ("source", "sources"), "figure": ("figure", "figures"),
          "relation": ("relation between events", "relations between events"),
          "vocabulary_term": ("vocabulary value", "vocabulary values"),
          "saved_search": ("saved search", "saved searches"), "tag": ("tag", "tags"),
          "not_duplicate": ("“not duplicates” decision", "“not duplicates” decisions")}
_VERBS = {"create": "added", "update": "changed", "delete": "deleted"}
_ORDER = ("event", "participant", "event_participant", "source", "figure", "relation", "tag",
          "vocabulary_term", "saved_search", "not_duplicate")


@dataclass(frozen=True)
class Operation:
    operation_id: str
    at: str  # UTC, as stored
    by: str
    records: dict[tuple[str, str], int]  # (entity, action) -> how many records
    fields: tuple[str, ...]  # the fields updated, in name order
    changes: int  # rows of the log
    imported_from: str = ""  # the file, for an import

    def summary(self) -> str:
        """"3 events changed: status, tags; 1 source added", after the file
        an import stored ("Imported copy.json: …")."""
        parts = []
        for (entity, action), count in sorted(self.records.items(), key=_order):
            one, many = _NOUNS.get(entity, (entity, entity + "s"))
            text = f"{count:,} {one if count == 1 else many} {_VERBS.get(action, action)}"
            if entity == "event" and action == "update" and self.fields:
                text += ": " + ", ".join(field_in_words(name) for name in self.fields)
            parts.append(text)
        done = "; ".join(parts)
        return f"Imported {self.imported_from}: {done}" if self.imported_from else done


@dataclass(frozen=True)
class LoggedChange:
    entity: str
    record: str  # the record's title or name (or id, when neither is known)
    event_id: str | None  # the event to open: the record's own, or its event's
    action: str
    field: str
    old: str
    new: str


def analysts(session: Session) -> list[str]:
    """Everyone the log names, in alphabetical order."""
    return sorted(session.scalars(select(ChangeLogEntry.by).distinct()),
                  key=str.casefold)


def operations(session: Session, by: str | None = None,
               limit: int = SHOWN_OPERATIONS) -> list[Operation]:
    """The latest operations (of ``by`` alone, if given), newest first."""
    log = ChangeLogEntry
    latest = (select(log.operation_id, func.max(log.id).label("last"))
              .group_by(log.operation_id))
    if by is not None:
        latest = latest.where(log.by == by)
    chosen = latest.order_by(func.max(log.id).desc()).limit(limit).subquery()
    rows = session.execute(
        select(log.operation_id, log.entity, log.action, func.count(log.record_id.distinct()),
               func.count(), func.min(log.at), func.max(log.by),
               func.group_concat(log.field.distinct()), chosen.c.last)
        .join(chosen, chosen.c.operation_id == log.operation_id)
        .group_by(log.operation_id, log.entity, log.action)).all()
    found: dict[str, _Building] = {}
    for operation_id, entity, action, records, changes, at, who, fields, last in rows:
        item = found.setdefault(operation_id, _Building(at, who, last))
        item.records[entity, action] = records
        item.changes += changes
        item.at = min(item.at, at)
        if entity == "event" and action == "update" and fields:
            item.fields.update(fields.split(","))
    ordered = sorted(found.items(), key=lambda pair: -pair[1].last)
    imported = import_sources(session, found)
    return [Operation(operation_id, item.at, item.by, item.records,
                      tuple(sorted(item.fields)), item.changes,
                      imported.get(operation_id, ""))
            for operation_id, item in ordered]


@dataclass
class _Building:
    """An operation while its groups of rows are read."""

    at: str
    by: str
    last: int
    records: dict[tuple[str, str], int] = field(default_factory=dict)
    fields: set[str] = field(default_factory=set)
    changes: int = 0


def operation_changes(session: Session, operation_id: str,
                      limit: int = SHOWN_CHANGES) -> list[LoggedChange]:
    """The operation's changes, field by field, in the order they were made;
    records and the ids of participants and events named in words."""
    rows = session.execute(
        select(ChangeLogEntry.entity, ChangeLogEntry.record_id, ChangeLogEntry.event_id,
               ChangeLogEntry.action, ChangeLogEntry.field, ChangeLogEntry.old,
               ChangeLogEntry.new)
        .where(ChangeLogEntry.operation_id == operation_id)
        .order_by(ChangeLogEntry.id).limit(limit)).all()
    links = linked_participants(session, {row[1] for row in rows
                                          if row[0] == "event_participant"})
    named = {record_id for entity, record_id, *_ in rows if entity in ("event", "participant")}
    named |= {event_id for _e, _r, event_id, *_ in rows if event_id}
    named |= set(links.values())
    named |= {value for entity, _r, _e, _a, field_name, old, new in rows
              if (entity, field_name) in REFERENCES for value in (old, new) if value}
    names = record_names(session, named)
    others = other_record_names(session, ((entity, record_id) for entity, record_id, *_ in rows))
    changes = []
    for entity, record_id, event_id, action, field_name, old, new in rows:
        own_event = record_id if entity == "event" else event_id
        noun = _NOUNS.get(entity, (entity,))[0]
        label = (names.get(record_id) or others.get(record_id) or names.get(event_id or "")
                 or (record_id if entity in ("event", "participant") else noun))
        if entity not in ("event", "participant") and event_id:
            linked = names.get(links.get(record_id, ""))
            event = names.get(event_id, event_id)
            # the participant first: a narrow column cuts the end of the line
            label = f"{linked} in {event}" if linked else f"{event} — {noun}"
        changes.append(LoggedChange(
            entity, label, own_event, action, field_name or "",
            value_in_words(entity, field_name or "", old or "", names),
            value_in_words(entity, field_name or "", new or "", names)))
    return changes


def _order(item: tuple[tuple[str, str], int]) -> tuple[int, int]:
    (entity, action), _ = item
    return (_ORDER.index(entity) if entity in _ORDER else len(_ORDER),
            ("create", "update", "delete").index(action) if action in _VERBS else 3)
