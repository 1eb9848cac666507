"""A CSV table's rows merged into the events we already have.

A table carries only part of an event: the fields its columns are mapped to,
and even those partly.  A participants cell holds names and roles but not the
links' notes, and cannot tell apart two participants of the same name.  There
are no figures, at most one source a row, and no edit times the app can trust
(a spreadsheet does not update them).  So a row whose id is one of our events
changes only what its columns say differently, and everything else of ours is
kept: figures, sources, links' notes and ids, edit times.  Taking a
colleague's edited ``events.csv`` back then changes exactly what they edited.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.core.search import fold

# The record fields a mapped table field fills.
_FILLS: dict[str, tuple[str, ...]] = {
    "attendance": ("attendance", "attendance_qualifier"),
    "source_url": ("sources",), "source_publisher": ("sources",)}
_TEXTS = ("title", "native_title", "date_note", "place", "summary", "notes", "date", "country")
_TERMS = ("category", "event_type")  # matched to vocabulary values whatever their case


def carried_fields(table_fields: Iterable[str]) -> frozenset[str]:
    """The record fields that a table with these mapped fields carries."""
    return frozenset(name for field in table_fields for name in _FILLS.get(field, (field,)))


def names_of(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """The names of these participants (those in the database)."""
    found = session.execute(text("SELECT id, name FROM participants WHERE id IN "
                                 "(SELECT value FROM json_each(:ids))"),
                            {"ids": _json_list(ids)})
    return {participant_id: name for participant_id, name in found}


def participant_names(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """The folded names of these participants (those in the database)."""
    return {participant_id: fold(name) for participant_id, name in names_of(session, ids).items()}


def linked_participants(records: Iterable[Mapping[str, Any]]) -> set[str]:
    """Every participant the records' links name."""
    return {link.get("participant") for record in records
            for link in record.get("participants") or []} - {None}


def merged_row(ours: Mapping[str, Any], row: Mapping[str, Any], carried: frozenset[str],
               names: Mapping[str, str]) -> dict[str, Any]:
    """Our record with each carried field that the row says differently taken
    from the row.  ``names`` folds participant ids to names (see
    ``participant_names``) for the participants of both."""
    # No edit time: a spreadsheet does not update the row's (``newest`` then asks).
    merged = {**ours, "updated_at": None}
    for name in carried & set(_TEXTS):
        if (ours.get(name) or "") != (row.get(name) or ""):
            merged[name] = row.get(name) or ""
    for name in carried & set(_TERMS):
        if _lower(ours.get(name)) != _lower(row.get(name)):
            merged[name] = row.get(name) or None
    if "status" in carried and row.get("status") and (
            _lower(ours.get("status")) != _lower(row.get("status"))):
        merged["status"] = row["status"]
    if "attendance" in carried:
        theirs = (row.get("attendance"), row.get("attendance_qualifier") or "exact")
        mine = (ours.get("attendance"), ours.get("attendance_qualifier") or "exact")
        if theirs[0] is None and mine[0] is None:
            pass  # no number on either side: a qualifier alone says nothing
        elif theirs != mine:
            merged["attendance"], merged["attendance_qualifier"] = theirs
    if "tags" in carried and _tag_set(ours) != _tag_set(row):
        merged["tags"] = list(row.get("tags") or [])
    if "participants" in carried:
        merged["participants"] = _links(ours.get("participants") or [],
                                        row.get("participants") or [], names)
    if "sources" in carried:
        merged["sources"] = _sources(ours.get("sources") or [], row.get("sources") or [])
    return merged


def _links(ours: list[dict[str, Any]], theirs: list[dict[str, Any]],
           names: Mapping[str, str]) -> list[dict[str, Any]]:
    """Their list of participants, each that is one of ours (the same
    participant, or one of the same name, in the same role) kept as our link,
    with its note and id: a cell of "name (role)" cannot say more."""
    unused = list(ours)
    result = []
    for link in theirs:
        same = next((mine for mine in unused if _same_link(mine, link, names)), None)
        if same is not None:
            unused.remove(same)
            result.append(same)
        else:
            result.append(link)
    return ours if result == ours else result


def _same_link(mine: Mapping[str, Any], theirs: Mapping[str, Any],
               names: Mapping[str, str]) -> bool:
    if _lower(mine.get("role")) != _lower(theirs.get("role")):
        return False
    if mine.get("participant") == theirs.get("participant"):
        return True
    my_name = names.get(mine.get("participant") or "")
    return my_name is not None and my_name == names.get(theirs.get("participant") or "")


def _sources(ours: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Ours, and the row's source after them unless we have it (the same URL,
    or with no URL, the same publisher).  A row holds one source at most, so
    it cannot say which of ours to drop: none is."""
    result = list(ours)
    for source in theirs:
        url, publisher = source.get("url") or "", source.get("publisher") or ""
        if not (url or publisher):
            continue
        known = any((url and (mine.get("url") or "") == url)
                    or (not url and (mine.get("publisher") or "") == publisher)
                    for mine in ours)
        if not known:
            result.append(dict(source))
    return result


def _lower(value: Any) -> str:
    return str(value or "").strip().lower()


def _tag_set(record: Mapping[str, Any]) -> set[str]:
    return {_lower(tag) for tag in record.get("tags") or [] if _lower(tag)}


def _json_list(ids: Iterable[str]) -> str:
    return json.dumps(sorted(ids))
