"""What the analyst is looking for: search text plus facet choices, as a value.

``event_filter`` turns it into SQL; this module stays free of SQLAlchemy so the
window can hold a filter before the store's modules are loaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from datetime import date
from typing import Any


@dataclass(frozen=True)
class EventFilter:
    text: str = ""
    date_from: date | None = None
    date_to: date | None = None
    country: frozenset[str] = field(default_factory=frozenset)
    category: frozenset[str] = field(default_factory=frozenset)  # vocabulary term ids
    event_type: frozenset[str] = field(default_factory=frozenset)  # vocabulary term ids
    status: frozenset[str] = field(default_factory=frozenset)
    tag: frozenset[str] = field(default_factory=frozenset)  # tag ids
    participant: frozenset[str] = field(default_factory=frozenset)  # participant ids
    publisher: frozenset[str] = field(default_factory=frozenset)  # sources' publishers
    # how events stand to others (relation_labels.RELATION_FACETS' keys)
    relation: frozenset[str] = field(default_factory=frozenset)
    # With the participants: also those under them — the organisations whose
    # parent they are, the people affiliated to them, and so on down.
    with_members: bool = False
    # Events created or edited here (their fields, participants, sources,
    # figures, relations) on or after this day, in this computer's time zone:
    # the work to send a colleague who has the rest.
    changed_since: date | None = None

    def is_empty(self) -> bool:
        return self == EventFilter()

    def toggled(self, facet: str, value: str) -> EventFilter:
        current: frozenset[str] = getattr(self, facet)
        changes: dict[str, Any] = {facet: current ^ {value}}
        return replace(self, **changes)

    def to_json(self) -> str:
        data: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, frozenset):
                if value:
                    data[item.name] = sorted(value)
            elif isinstance(value, date):
                data[item.name] = value.isoformat()
            elif value:
                data[item.name] = value
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, document: str) -> EventFilter:
        data = json.loads(document)
        values: dict[str, Any] = {}
        for item in fields(cls):
            if item.name not in data:
                continue
            raw = data[item.name]
            if item.name in ("date_from", "date_to", "changed_since"):
                values[item.name] = date.fromisoformat(raw)
            elif item.name == "text":
                values[item.name] = str(raw)
            elif item.name == "with_members":
                values[item.name] = raw is True
            else:
                values[item.name] = frozenset(str(v) for v in raw)
        return cls(**values)


@dataclass(frozen=True)
class ChosenEvents:
    """Events chosen one by one (a selection in the list), by id: what an
    export writes instead of a search's result."""

    ids: tuple[str, ...]

    def is_empty(self) -> bool:
        return False


# What an export writes: every event (None), a search's result, or chosen events.
ExportScope = EventFilter | ChosenEvents | None


def reversed_range(first: date | None, last: date | None) -> str | None:
    """Why a range from ``first`` to ``last`` holds no day, or None when it may:
    a From after a To (the years typed the wrong way round) showed an empty list,
    as if no event were there."""
    if first is None or last is None or first <= last:
        return None
    return (f"it starts on {first.day} {first:%B %Y}, after it ends "
            f"({last.day} {last:%B %Y})")
