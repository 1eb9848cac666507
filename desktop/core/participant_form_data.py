"""What the participant form edits, and the events a participant took part in."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from desktop.core.changes import ChangeReport
from desktop.core.fields import PARTICIPANT_FIELDS
from desktop.core.models import Participant
from desktop.core.operations import Operations
from desktop.core.search import driver_cursor
from desktop.core.tallies import LESS_PRECISE, NO_START, bucket

PARTICIPANT_FORM_FIELDS = ("kind", "name", "native_name", "country", "position",
                           "affiliation", "parent", "org_type", "notes")


@dataclass(frozen=True)
class ParticipationRow:
    event_id: str
    date: str
    title: str
    role: str
    note: str
    native_title: str = ""


@dataclass
class ParticipantFormData:
    values: dict[str, Any] = field(default_factory=lambda: {
        **dict.fromkeys(PARTICIPANT_FORM_FIELDS, ""), "kind": "person"})
    aliases: list[str] = field(default_factory=list)
    # Names of the participants that affiliation and parent point to, for display.
    reference_names: dict[str, str] = field(default_factory=dict)
    events: list[ParticipationRow] = field(default_factory=list)


def often_with(session: Session, participant_id: str, limit: int = 6
               ) -> list[tuple[str, str, int]]:
    """The participants most often in the same events as this one (id, name),
    with how many events they share (each event once), the most first: who a
    ministry engages with.  One grouped query over the links of its events."""
    return [(other, name, count) for other, name, count in driver_cursor(session).execute(
        "SELECT p.id, p.name, count(DISTINCT other.event_id) AS shared "
        "FROM event_participants AS own "
        "JOIN event_participants AS other ON other.event_id = own.event_id "
        "AND other.participant_id != own.participant_id "
        "JOIN participants AS p ON p.id = other.participant_id "
        "WHERE own.participant_id = ? GROUP BY other.participant_id "
        "ORDER BY shared DESC, p.name LIMIT ?", (participant_id, limit))]


def those_under(session: Session, participant_id: str, limit: int = 20
                ) -> tuple[int, list[tuple[str, str]]]:
    """How many participants are directly under this one — the organisations
    whose parent it is, the people affiliated to it — and the first of them
    (id, name), by name (the Participants filter's "With those under it"
    goes on down from them)."""
    cursor = driver_cursor(session)
    where = "WHERE parent_id = ? OR affiliation_id = ?"
    count = cursor.execute(f"SELECT count(*) FROM participants {where}",
                           (participant_id, participant_id)).fetchone()[0]
    under = [(pid, name) for pid, name in cursor.execute(
        f"SELECT id, name FROM participants {where} ORDER BY name LIMIT ?",
        (participant_id, participant_id, limit))]
    return int(count), under


def roles_held(events: Sequence[ParticipationRow]) -> str:
    """The roles it held, the most held first, with in how many events:
    "co-host (3); signatory (2); speaker (1)"; an event where it held two
    roles counts under both."""
    held = Counter((row.role or "no role", row.event_id) for row in events)
    counts = Counter(role for role, _event in held)
    return "; ".join(f"{role} ({count:,})" for role, count in
                     sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def events_per_year(events: Sequence[ParticipationRow]) -> str:
    """Its events per year, oldest first, each event once and counted as the
    counts by period count it (a date not known to the year, or with no
    start, apart): "2024: 1; 2025: 3; no known start: 1"."""
    years = Counter(bucket(date, "year") for date in
                    {row.event_id: row.date for row in events}.values())
    periods = sorted(year for year in years if year not in (LESS_PRECISE, NO_START))
    rest = [column for column in (LESS_PRECISE, NO_START) if column in years]
    return "; ".join(f"{column}: {years[column]:,}" for column in [*periods, *rest])


def load_participant(session: Session, participant_id: str) -> ParticipantFormData | None:
    participant = session.get(Participant, participant_id)
    if participant is None:
        return None
    values: dict[str, Any] = {}
    for name in PARTICIPANT_FORM_FIELDS:
        spec = PARTICIPANT_FIELDS[name]
        value = spec.as_input(getattr(participant, spec.column), session)
        values[name] = "" if value is None else value
    names = {}
    for reference in ("affiliation", "parent"):
        if values[reference]:
            names[reference] = PARTICIPANT_FIELDS[reference].show(values[reference], session) or ""
    # A country may be in tens of thousands of events: one query with the
    # role's value joined, read through the DB-API (half the time of rows
    # through SQLAlchemy at 50 000 events).
    rows = driver_cursor(session).execute(
        "SELECT e.id, e.date_edtf, e.title, t.value, l.note, e.native_title "
        "FROM event_participants AS l "
        "JOIN events AS e ON e.id = l.event_id "
        "LEFT JOIN vocabulary_terms AS t ON t.id = l.role_id "
        "WHERE l.participant_id = ? ORDER BY e.date_start DESC", (participant_id,))
    events = [ParticipationRow(event_id, date or "", title, role or "", note, native)
              for event_id, date, title, role, note, native in rows]
    return ParticipantFormData(values, [a.alias for a in participant.aliases], names, events)


def save_participant(ops: Operations, participant_id: str | None, loaded: ParticipantFormData,
                     edited: ParticipantFormData) -> tuple[str, ChangeReport]:
    """Store what changed, as one step; a new participant when the id is None."""
    changed: dict[str, Any] = {
        name: value.strip() if isinstance(value, str) else value
        for name, value in edited.values.items()
        if participant_id is None or value != loaded.values.get(name)}
    changed = {name: (value or None) if name in ("affiliation", "parent") else value
               for name, value in changed.items()}
    if participant_id is None or edited.aliases != loaded.aliases:
        changed["aliases"] = edited.aliases
    with ops.batch() as report:
        if participant_id is None:
            participant_id = ops.create_participant(changed).ids("participant").pop()
        elif changed:
            ops.update_participant(participant_id, changed)
    return participant_id, report
