"""The persistent change log of one record, for its history panel."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.core.logged_names import (
    REFERENCES,
    linked_participants,
    part_names,
    record_names,
    value_in_words,
)
from desktop.core.models import ChangeLogEntry, EventParticipant, ImportRecord, Participant
from desktop.core.relation_labels import label_of
from desktop.core.wording import field_in_words

ENTITY_LABELS = {"event": "", "event_participant": "participant", "source": "source",
                 "figure": "figure", "relation": "related event", "participant": "",
                 "vocabulary_term": "vocabulary", "saved_search": "saved search"}
# In a participant's history a link is the event it is in.
PARTICIPANT_LABELS = {**ENTITY_LABELS, "event_participant": "event"}


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    by: str
    what: str  # "title", "native title", "participant role", "source (deleted)"...
    old: str
    new: str


def import_sources(session: Session, operation_ids: Collection[str]) -> dict[str, str]:
    """The file each of these operations imported, for those that were imports."""
    return dict(session.execute(
        select(ImportRecord.operation_id, ImportRecord.source).where(
            ImportRecord.operation_id.in_(list(operation_ids)))).all())


def record_history(session: Session, record_id: str, limit: int = 500) -> list[HistoryEntry]:
    """Newest first: changes of the record and, for an event, of its links,
    sources and figures; for a participant, of its links to events."""
    rows: Sequence[ChangeLogEntry] = session.scalars(
        select(ChangeLogEntry)
        .where(or_(ChangeLogEntry.record_id == record_id, ChangeLogEntry.event_id == record_id))
        .order_by(ChangeLogEntry.id.desc()).limit(limit)).all()
    of_participant = (session.get(Participant, record_id) is not None
                      or any(row.entity == "participant" for row in rows))
    if of_participant:
        rows = _with_its_links(session, record_id, rows, limit)
    # What came in with a file says which: a value taken from a colleague's copy.
    imported = import_sources(session, {row.operation_id for row in rows})
    links = linked_participants(session, {row.record_id for row in rows
                                          if row.entity == "event_participant"})
    names = record_names(session, set(links.values()) | {
        value for row in rows if (row.entity, row.field) in REFERENCES
        for value in (row.old, row.new) if value})
    if of_participant:
        return _entries(session, rows, imported, names, _events_linked(session, rows),
                        of_participant=True)
    # Each link by its participant's name; each other part changed by its own.
    who = {link_id: names[pid] for link_id, pid in links.items() if pid in names}
    return _entries(session, rows, imported, names, who, of_participant=False)


def _with_its_links(session: Session, participant_id: str, rows: Sequence[ChangeLogEntry],
                    limit: int) -> list[ChangeLogEntry]:
    """A participant's own changes with those of its links to events: the
    links it has, and those the log says were to it (since removed, or moved
    to another participant by a merge)."""
    linked = select(EventParticipant.id).where(
        EventParticipant.participant_id == participant_id).union(
        select(ChangeLogEntry.record_id).where(
            ChangeLogEntry.entity == "event_participant",
            ChangeLogEntry.field == "participant_id",
            or_(ChangeLogEntry.old == participant_id, ChangeLogEntry.new == participant_id)))
    link_rows = session.scalars(
        select(ChangeLogEntry)
        .where(ChangeLogEntry.entity == "event_participant",
               ChangeLogEntry.record_id.in_(linked))
        .order_by(ChangeLogEntry.id.desc()).limit(limit)).all()
    merged = {row.id: row for row in (*rows, *link_rows)}
    return [merged[key] for key in sorted(merged, reverse=True)[:limit]]


def _events_linked(session: Session, rows: Sequence[ChangeLogEntry]) -> dict[str, str]:
    """Each link of a participant's history by the title of its event."""
    events = {row.record_id: row.event_id for row in rows
              if row.entity == "event_participant" and row.event_id}
    titles = record_names(session, set(events.values()))
    return {link_id: titles[event_id] for link_id, event_id in events.items()
            if event_id in titles}


def _entries(session: Session, rows: Sequence[ChangeLogEntry], imported: dict[str, str],
             names: dict[str, str], who: dict[str, str], *,
             of_participant: bool) -> list[HistoryEntry]:
    """The rows in words; ``who`` names each link: by its participant, or, in
    a participant's history (``of_participant``), by its event."""
    nouns = PARTICIPANT_LABELS if of_participant else ENTITY_LABELS
    parts = who | part_names(session, ((row.entity, row.record_id) for row in rows
                                       if row.action == "update"))
    folded = _folded(rows, who, nouns)
    # An event's order of its participants is the event's concern, not theirs.
    orders = {} if of_participant else _orders(rows, who)
    entries = []
    for row in rows:
        by = row.by or "—"
        if row.operation_id in imported:
            source = imported[row.operation_id]  # empty for the sample dataset
            by += f" (imported {source})" if source else " (imported)"
        at = row.at.replace("T", " ").rstrip("Z")
        key = (row.operation_id, row.record_id)
        if key in folded:
            what, value = folded.pop(key)  # once, where the record's newest row was
            added = row.action == "create"
            entries.append(HistoryEntry(at, by, what, "" if added else value,
                                        value if added else ""))
            continue
        if row.entity in _FOLDED and row.action != "update":
            continue  # in the record's one row
        if (row.operation_id, row.entity, row.field) in orders:
            reorder = orders[row.operation_id, row.entity, row.field]
            orders[row.operation_id, row.entity, row.field] = None  # one row for all
            if reorder is not None:
                entries.append(HistoryEntry(at, by, "order of participants", *reorder))
            continue
        if (row.operation_id, row.entity, "") in orders or (
                of_participant and row.entity == "event_participant" and row.field == "order"):
            continue  # renumbered around a part added or removed: no change to show
        what = _what(row.entity, row.field or "", parts.get(row.record_id))
        if row.action != "update":
            what += f" ({'added' if row.action == 'create' else 'deleted'})"
        entries.append(HistoryEntry(
            at, by, what,
            value_in_words(row.entity, row.field or "", row.old or "", names),
            value_in_words(row.entity, row.field or "", row.new or "", names)))
    return entries


# An event's parts added or removed whole, shown as one row each ("participant
# added: Wang Yi (speaker; via video)") rather than a row per field; the field
# their row leads with, and the fields it leaves out.
_FOLDED = {"event_participant": "participant", "source": "publisher", "figure": "value",
           "relation": "related"}
_NOT_SHOWN = {"order", "copy_sha256"}


def _folded(rows: Sequence[ChangeLogEntry], who: dict[str, str], nouns: dict[str, str],
            ) -> dict[tuple[str, str], tuple[str, str]]:
    """For each part of the event added or removed by an operation, what its
    one row says and the part's values in a line."""
    values: dict[tuple[str, str], dict[str, str]] = {}
    entities: dict[tuple[str, str], tuple[str, str]] = {}
    for row in reversed(rows):  # oldest first: the fields in the order logged
        if row.entity not in _FOLDED or row.action == "update":
            continue
        key = (row.operation_id, row.record_id)
        entities[key] = (row.entity, row.action)
        field = "participant" if row.field == "participant_id" else row.field or ""
        value = row.new if row.action == "create" else row.old
        if value and field not in _NOT_SHOWN:
            values.setdefault(key, {})[field] = value
    folded = {}
    for key, (entity, action) in entities.items():
        line = _part_line(entity, values.get(key, {}), who.get(key[1]))
        noun = nouns.get(entity, entity)
        folded[key] = (f"{noun} ({'added' if action == 'create' else 'removed'})", line)
    return folded


def _part_line(entity: str, found: dict[str, str], participant: str | None) -> str:
    """A part of an event in a line: "Wang Yi (speaker; via video)", "Part of
    BRICS Summit (on day two)", "more than 40 countries", "Xinhua; URL …"."""
    lead = found.pop(_FOLDED[entity], "")
    if entity == "figure":
        qualifier = value_in_words(entity, "qualifier", found.pop("qualifier", "exact"), {})
        lead = " ".join(part for part in ("" if qualifier == "exact" else qualifier, lead,
                                          found.pop("unit", "")) if part)
    if entity == "event_participant":
        lead = participant or lead
    elif entity == "relation":
        lead = f"{label_of(found.pop('kind', 'related'), True)} {lead}"
    if entity != "source":
        details = "; ".join(found[name] for name in ("role", "note") if name in found)
        return f"{lead} ({details})" if details else lead
    return "; ".join([lead] * bool(lead) + [f"{field_in_words(name)} {value}"
                                            for name, value in found.items()])


def _orders(rows: Sequence[ChangeLogEntry], who: dict[str, str],
            ) -> dict[tuple[str, str, str], tuple[str, str] | None]:
    """The places in their lists that an operation changed, of the event's
    participants, sources, figures or related events.  A part added or
    removed renumbers those after it, which leaves their order as it was:
    that is keyed ``(operation, entity, "")``, to be left out.  Participants
    that changed places are keyed by the field, "order", and shown in one row
    of their names before and after."""
    moved: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    for row in rows:
        if row.entity in _FOLDED and row.action == "update" and row.field == "order":
            label = who.get(row.record_id, row.record_id)
            moved.setdefault((row.operation_id, row.entity), []).append(
                (_place(row.old), _place(row.new), label))
    orders: dict[tuple[str, str, str], tuple[str, str] | None] = {}
    for (operation_id, entity), places in moved.items():
        before = [label for _old, _new, label in sorted(places, key=lambda p: p[0])]
        after = [label for _old, _new, label in sorted(places, key=lambda p: p[1])]
        if before == after:
            orders[operation_id, entity, ""] = None
        elif entity == "event_participant":
            orders[operation_id, entity, "order"] = (", ".join(before), ", ".join(after))
    return orders


def _place(order: str | None) -> int:
    try:
        return int(order or 0)
    except ValueError:
        return 0


def _what(entity: str, field: str, part: str | None) -> str:
    """The change's field in words: "title", "native title"; of a part of
    the event, which: "participant" (who), "role of Wang Yi", "URL of source
    Xinhua", "note of related event BRICS Summit"."""
    prefix = ENTITY_LABELS.get(entity, entity)
    words = field_in_words(field)
    if words and words == prefix:  # the link's participant: "participant", not twice
        return words
    if entity in _FOLDED and part:
        return f"{words} of {part}" if entity == "event_participant" else \
            f"{words} of {prefix} {part}"
    return " ".join(piece for piece in (prefix, words) if piece) or entity
