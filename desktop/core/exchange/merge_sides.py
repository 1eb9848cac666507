"""Which side changed each differing field of a merge: their file, this
database, or both.

A colleague's copy of our dataset comes back with their edits, and ours have
gone on meanwhile.  For each field that differs, the change log (every edit
made here, record by record, never pruned) tells:

- **theirs**: not edited here since the record was created or imported — the
  difference is their edit alone;
- **ours**: edited here, and their value is one we had before and replaced —
  the difference is our edit alone (their copy is older);
- **both**: edited here, and their value is none we ever had.

A field last changed here by an import (``imports`` names the operations that
stored a file) holds what a file held then: a copy of theirs that differs
there now is their edit since, as when the field was never edited here — the
second and later rounds of an exchange ask no more than the first.  (If
another colleague's file was merged meanwhile, the later file's value is
taken; the earlier one stays in the field's history.)

A record is asked about (the window's choice, ``--on-conflict``) only when a
field of it is changed on both sides.  Taking theirs takes the fields they
changed and never puts back a value we replaced; keeping ours takes nothing.
Without this, every record that differs would be a "conflict": the command
line would refuse a colleague's copy by default, and ``--on-conflict theirs``
would put back the older values of what we had edited since.

An event's participants, sources, figures and relations are edited through
records of their own, logged with the event's id: any entry of them after the
event was created counts for that list.  Renaming a vocabulary value (a
category, a type, a role) changes every record holding it with no entry of
its own: after such a rename, such a field that differs counts as changed on
both sides, or their copy would bring the old name back unasked.  (Renaming a
tag is logged on each event.)  Their old name of a value renamed or merged away
here differs from ours in nothing (``record_diff``, ``former_terms``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from desktop.core.exchange.import_plan import Conflict

THEIRS, OURS, BOTH = "theirs", "ours", "both"
# The list of an event's record that each logged child record belongs to.
_LIST_OF_CHILD = {"event_participant": "participants", "source": "sources",
                  "figure": "figures", "relation": "related"}
# Fields a rename of a vocabulary value changes in every record holding it
# (roles are in an event's participants).
_RENAMED_TOGETHER = frozenset(("category", "event_type", "participants", "org_type"))
# Fields whose log keeps the value as the record writes it: their value can be
# told to be one we had before.
_WRITTEN_AS_LOGGED = frozenset((
    "title", "native_title", "date", "date_note", "place", "country", "summary", "notes",
    "status", "attendance", "attendance_qualifier", "category", "event_type",
    "name", "native_name", "position", "kind", "org_type"))
# Lists of names the log keeps joined by "; ", in any order.
_LOGGED_JOINED = frozenset(("tags", "aliases"))
_IDS_AT_ONCE = 500


def mark_sides(session: Session, conflicts: list[tuple[Conflict, dict[str, Any]]]
               ) -> list[tuple[Conflict, dict[str, Any]]]:
    """The changed records, each field marked with the side that changed it."""
    history = _History.read(session, [conflict.record_id for conflict, _record in conflicts])
    return [(replace(conflict, sides=tuple(history.side(conflict.record_id, name, theirs)
                                           for name, _ours, theirs in conflict.fields)),
             record)
            for conflict, record in conflicts]


class _History:
    """What the change log says of some records since each was created."""

    def __init__(self) -> None:
        self.created: dict[str, tuple[str, str]] = {}  # id: (creating operation, time)
        # id: field: the values it had before each edit here ("" for a list's)
        self.replaced: dict[str, dict[str, set[str]]] = {}
        self.renamed: str | None = None  # when a vocabulary value was first renamed
        # (id, field) last changed here by an import: what a file held then
        self.taken: set[tuple[str, str]] = set()

    @classmethod
    def read(cls, session: Session, ids: list[str]) -> _History:
        history = cls()
        imports = set(session.execute(text("SELECT operation_id FROM imports")).scalars())
        # (owner, field): (entry, operation) of the last change to it
        last: dict[tuple[str, str], tuple[int, str]] = {}
        entries: list[tuple[str, str, str, str]] = []  # (owner, operation, field, old)
        for start in range(0, len(ids), _IDS_AT_ONCE):
            part = ids[start:start + _IDS_AT_ONCE]
            marks = ", ".join(f":i{number}" for number in range(len(part)))
            values = {f"i{number}": value for number, value in enumerate(part)}
            for entry, owner, entity, action, field, old, operation, at in session.execute(text(
                    # the records' own entries, then their children's (an event's links, ...)
                    "SELECT id, record_id, entity, action, field, old, operation_id, at "
                    f"FROM change_log WHERE record_id IN ({marks}) UNION ALL "
                    "SELECT id, event_id, entity, 'child', field, old, operation_id, at "
                    f"FROM change_log WHERE event_id IN ({marks}) AND record_id != event_id"),
                    values):
                if action == "create" and owner not in history.created:
                    history.created[owner] = (operation, at)
                elif action == "delete":
                    field = "*"  # deleted here (and brought back): every field
                elif action == "child":
                    field, old = _LIST_OF_CHILD.get(entity, "*"), ""
                entries.append((owner, operation, field, old or ""))
                if entry > last.get((owner, field), (-1, ""))[0]:
                    last[owner, field] = (entry, operation)
        for owner, operation, field, old in entries:
            made = history.created.get(owner)
            if made is not None and operation != made[0]:
                history.replaced.setdefault(owner, {}).setdefault(field, set()).add(old)
        history.taken = {key for key, (_entry, operation) in last.items()
                         if operation in imports}
        history.renamed = session.execute(text(
            "SELECT min(at) FROM change_log WHERE entity = 'vocabulary_term' "
            "AND action != 'create'")).scalar()
        return history

    def side(self, record_id: str, field: str, theirs: Any) -> str:
        made = self.created.get(record_id)
        if made is None:  # no entry of its creation (from before the log): ask, to be safe
            return BOTH
        replaced = self.replaced.get(record_id, {})
        if "*" in replaced:
            return BOTH
        if (field in _RENAMED_TOGETHER and self.renamed is not None
                and self.renamed >= made[1]):
            return BOTH
        if field not in replaced or (record_id, field) in self.taken:
            return THEIRS  # never changed here, or last by taking what their file held
        if field in _WRITTEN_AS_LOGGED and _as_logged(theirs) in replaced[field]:
            return OURS
        if field in _LOGGED_JOINED and isinstance(theirs, list) and any(
                {str(item) for item in theirs} == _names_in(old) for old in replaced[field]):
            return OURS
        return BOTH


def _as_logged(value: Any) -> str:
    return "" if value is None else str(value)


def _names_in(logged: str) -> set[str]:
    return {name for name in logged.split("; ") if name}


def fields_taken(conflict: Conflict) -> set[str]:
    """The fields taking theirs takes: all but those only we changed (all of
    them where the sides are not known)."""
    if not conflict.sides:
        return {name for name, _ours, _theirs in conflict.fields}
    return {name for (name, _ours, _theirs), side in zip(conflict.fields, conflict.sides,
                                                         strict=True) if side != OURS}


def fields_to_take(conflict: Conflict, choice: bool | Collection[str] | None,
                   take_both: bool) -> set[str]:
    """The fields of a changed record whose value in their file is stored.

    ``choice``, the analyst's: True takes every field theirs changed, False
    none (ours whole), a collection those of its fields.  Without one,
    ``take_both`` (the policy) decides the fields changed on both sides, and
    the fields their file alone changed are taken: keeping ours where both
    changed a title dropped the summary only they had rewritten."""
    taken = fields_taken(conflict)  # never a value of theirs we replaced since
    if isinstance(choice, bool):
        return taken if choice else set()
    if choice is not None:
        return taken & set(choice)
    if take_both:
        return taken
    if not conflict.sides:  # no side known to have changed any field alone
        return set()
    return {name for (name, _ours, _theirs), side in zip(conflict.fields, conflict.sides,
                                                         strict=True) if side == THEIRS}


def asked(sides: Collection[str]) -> bool:
    """Whether a record's choice is the analyst's: a field changed on both sides
    (or no sides known)."""
    return BOTH in sides or not sides


def changed_where(conflicts: Collection[Conflict]) -> str:
    """How the changed records were changed, for a plan's summary."""
    kinds = [frozenset(conflict.sides) for conflict in conflicts]
    counts: Mapping[str, int] = {
        "only in the file, taken": kinds.count(frozenset((THEIRS,))),
        "changed here since, kept": kinds.count(frozenset((OURS,))),
        "merged field by field": kinds.count(frozenset((THEIRS, OURS))),
        "changed on both sides": sum(1 for sides in kinds if asked(sides))}
    parts = [(words, count) for words, count in counts.items() if count]
    if not parts or parts == [("changed on both sides", len(conflicts))]:
        return ""
    if len(parts) == 1:
        return f" ({parts[0][0]})"
    return " (" + "; ".join(f"{count:,} {words}" for words, count in parts) + ")"


_SIDE_WORDS = {BOTH: "on both sides", THEIRS: "in the file alone", OURS: "here alone"}


def changed_by_side(names: list[str], sides: tuple[str, ...]) -> str:
    """The fields grouped by the side that changed them, both sides first."""
    groups = {side: [name for name, of in zip(names, sides, strict=True) if of == side]
              for side in _SIDE_WORDS}
    return "; ".join(f"{', '.join(group)} changed {_SIDE_WORDS[side]}"
                     for side, group in groups.items() if group)
