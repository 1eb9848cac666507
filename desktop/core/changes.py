"""What an operation changed, and why an operation was refused.

Every edit returns a ChangeReport.  Views refresh from it (the list, the form
and the timeline never talk to each other) and undo reverses it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class FieldChange:
    """One field's old and new value: as text for the change log and the
    analyst (``old``/``new``), and as the operations layer takes them as input
    (``old_input``/``new_input``: a participant's id, a list of tags), which is
    what undo hands back."""

    field: str
    old: str | None
    new: str | None
    old_input: Any = None
    new_input: Any = None


@dataclass(frozen=True)
class Change:
    """One record created, updated or deleted.

    ``event_id`` names the event a link, source or figure belongs to, so that a
    view showing events knows to refresh it.
    """

    entity: str
    record_id: str
    action: str  # "create" | "update" | "delete"
    fields: tuple[FieldChange, ...] = ()
    event_id: str | None = None


@dataclass
class ChangeReport:
    """What one operation (or batch) changed.

    ``reset`` means too much changed to list (a bulk import): views reload whole.
    """

    operation_id: str
    changes: list[Change] = field(default_factory=list)
    reset: bool = False

    def __bool__(self) -> bool:
        return bool(self.changes) or self.reset

    def ids(self, entity: str, action: str | None = None) -> set[str]:
        return {c.record_id for c in self.changes
                if c.entity == entity and (action is None or c.action == action)}

    def events_touched(self) -> set[str]:
        """Every event whose row, links, sources, figures, tags or relations
        changed (a relation at both its ends)."""
        touched = self.ids("event")
        touched.update(c.event_id for c in self.changes if c.event_id)
        touched.update(end for c in self.changes if c.entity == "relation"
                       for f in c.fields if f.field == "related"
                       for end in (f.old_input, f.new_input) if end)
        return touched

    def merge(self, other: ChangeReport) -> None:
        self.changes.extend(other.changes)
        self.reset = self.reset or other.reset


@dataclass(frozen=True)
class Problem:
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ValidationError(ValueError):
    """An edit was refused; ``problems`` names each field and what is wrong."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))

    @classmethod
    def single(cls, field_name: str, message: str) -> ValidationError:
        return cls([Problem(field_name, message)])


class StoreRefusedError(ValidationError):
    """The database refused an edit the checks let through (a UNIQUE or
    foreign-key constraint); the transaction is rolled back."""
