"""Our relations to events a colleague's file does not hold are kept in a merge.

An export of some events (a search, a filter, a choice in the list) leaves out
their relations to the events it does not hold: the file must stand on its own
in another database.  Merged back, such a file would seem to have removed
those relations, and taking theirs (or the newest, usually theirs) would have
deleted them.  The colleague never saw those events, so a relation to one of
them is no change of theirs: it is left out of the comparison, and added to
their record, so that taking theirs keeps it.  A relation to an event their
file does hold, and which their record leaves out, is still a change.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from desktop.core.exchange.record_diff import differing_fields

if TYPE_CHECKING:
    from desktop.core.exchange.import_plan import Conflict


def keep_unseen_relations(conflicts: list[tuple[Conflict, dict[str, Any]]],
                          their_events: Collection[str]
                          ) -> tuple[list[tuple[Conflict, dict[str, Any]]], int]:
    """The conflicts with our relations to events not in their file set aside
    (and added to their records), and how many records are then no longer
    changed at all."""
    kept: list[tuple[Conflict, dict[str, Any]]] = []
    settled = 0
    for conflict, record in conflicts:
        related = next((field for field in conflict.fields if field[0] == "related"), None)
        unseen = [] if related is None else [
            item for item in related[1] or []
            if isinstance(item, Mapping) and str(item.get("event")) not in their_events]
        if related is None or not unseen:
            kept.append((conflict, record))
            continue
        _name, ours, theirs = related
        merged = [*(theirs or []), *unseen]
        record["related"] = merged  # taking theirs keeps ours to the events they lack
        rest = [field for field in conflict.fields if field[0] != "related"]
        if not _same_relations(ours, merged):
            rest.append(("related", ours, merged))
        if rest:
            kept.append((replace(conflict, fields=tuple(sorted(rest, key=_name_of))), record))
        else:
            settled += 1
    return kept, settled


def _name_of(field: tuple[str, Any, Any]) -> str:
    return field[0]


def _same_relations(ours: list[Any], theirs: list[Any]) -> bool:
    """The same relations, in whatever order each side lists them."""
    def order(item: Any) -> tuple[str, str, str]:
        if not isinstance(item, Mapping):
            return (str(item), "", "")
        return (str(item.get("event")), str(item.get("kind")), str(item.get("note") or ""))

    return not differing_fields({"related": sorted(ours, key=order)},
                                {"related": sorted(theirs, key=order)})
