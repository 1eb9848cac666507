"""Which changed records of a merge were edited here, and which only in the file.

A colleague's copy of our dataset comes back with their edits.  An event we
have not touched since it was created or imported here still holds what we
sent them: whatever differs in their copy is their edit alone, and a merge
takes it without asking.  Only a record edited here too (ours may be the later
edit, or both) is left to the analyst's choice or ``--on-conflict``.  Without
this, every record a colleague edited was a "conflict": the command line
refused the file by default, and the window offered to keep ours where ours
was simply the older version.

What tells: the change log, which holds every edit made here, record by
record, never pruned.  A record is edited here when its log holds an entry
after the operation that created it (an update or a deletion of the record,
or any change to an event's participants, sources, figures or relations).
Renaming a vocabulary value (a category, a type, a role) changes the records
holding it with no entry of theirs: after such a rename, a record whose
differing fields hold one counts as edited here too, or their copy would bring
the old name back unasked.  (Renaming a tag is logged on each event.)

The choice made for a record (the window's box, ticked for theirs alone)
still wins: an analyst may keep ours where only the colleague changed it.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from desktop.core.exchange.import_plan import Conflict

# Fields that a rename of a tag or a vocabulary value changes in every record
# holding it (roles are in an event's participants).
_RENAMED_TOGETHER = frozenset(("tags", "category", "event_type", "participants", "org_type",
                               "kind"))
_IDS_AT_ONCE = 500  # SQLite's variable limit is far above; the plan's chunks are 2 000


def mark_edited_here(session: Session, conflicts: list[tuple[Conflict, dict[str, Any]]]
                     ) -> list[tuple[Conflict, dict[str, Any]]]:
    """The changed records, each marked as edited here or only in the file."""
    here = edited_here(session, [(conflict.record_id, [name for name, _ours, _theirs
                                                       in conflict.fields])
                                 for conflict, _record in conflicts])
    return [(replace(conflict, edited_here=conflict.record_id in here), record)
            for conflict, record in conflicts]


def edited_here(session: Session, changed: Collection[tuple[str, Collection[str]]]
                ) -> set[str]:
    """Of the changed records (each its id and the names of the fields that
    differ), those edited here since they were created or imported."""
    ids = [record_id for record_id, _fields in changed]
    created, later = _log_of(session, ids)
    renamed = _first_rename(session)
    edited = set()
    for record_id, fields in changed:
        made = created.get(record_id)
        if made is None or record_id in later:
            # No entry of its creation (a database from before the log): edited, to be safe.
            edited.add(record_id)
        elif renamed is not None and renamed >= made and _RENAMED_TOGETHER & set(fields):
            edited.add(record_id)
    return edited


def _log_of(session: Session, ids: list[str]) -> tuple[dict[str, str], set[str]]:
    """When each record was created (the time of its creating entry), and the
    records with an entry of another operation than the one that created them."""
    created: dict[str, tuple[str, str]] = {}  # id: (creating operation, time)
    entries: list[tuple[str, str]] = []  # (the record or the event a child is of, operation)
    for start in range(0, len(ids), _IDS_AT_ONCE):
        part = ids[start:start + _IDS_AT_ONCE]
        marks = ", ".join(f":i{number}" for number in range(len(part)))
        values: dict[str, Any] = {f"i{number}": value for number, value in enumerate(part)}
        rows = session.execute(text(
            # the records' own entries, then their children's (an event's links, ...)
            "SELECT record_id, action, operation_id, at FROM change_log "
            f"WHERE record_id IN ({marks}) "
            "UNION ALL SELECT event_id, 'child', operation_id, at FROM change_log "
            f"WHERE event_id IN ({marks}) AND record_id != event_id"), values)
        for owner, action, operation, at in rows:
            if action == "create" and owner not in created:
                created[owner] = (operation, at)
            entries.append((owner, operation))
    later = {owner for owner, operation in entries
             if owner in created and operation != created[owner][0]}
    return {record_id: at for record_id, (_operation, at) in created.items()}, later


def _first_rename(session: Session) -> str | None:
    """When a tag or a vocabulary value was first renamed, merged or deleted here."""
    at: str | None = session.execute(text(
        "SELECT min(at) FROM change_log WHERE entity IN ('tag', 'vocabulary_term') "
        "AND action != 'create'")).scalar()
    return at
