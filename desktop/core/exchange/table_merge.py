"""A CSV table's rows merged into the events we already have.

A table carries only part of an event: the fields its columns are mapped to,
and even those partly.  A participants cell holds names and roles but not the
links' notes, and cannot tell apart two participants of the same name.  There
are no figures, at most one source a row, and no edit times the app can trust
(a spreadsheet does not update them).  So a row whose id is one of our events
changes only what its columns say differently, and everything else of ours is
kept: figures, sources, links' notes and ids, edit times.  Taking a
colleague's edited ``events.csv`` back then changes exactly what they edited.

A table saved in a code page (Excel's plain "CSV" on Western Windows is
Windows-1252) has lost every character the code page has no place for: 中国
comes back as "??".  A text or tag that differs from ours only so is not an
edit but that loss, and ours is kept (``TableMerge.kept``).
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.core.exchange.csv_table import ENCODING_NAMES
from desktop.core.exchange.event_table_headers import ROLE_COLUMNS
from desktop.core.search import fold
from desktop.core.wording import counted, field_in_words

# The record fields a mapped table field fills.
_FILLS: dict[str, tuple[str, ...]] = {
    "attendance": ("attendance", "attendance_qualifier"), "end_date": ("date",),
    **dict.fromkeys(ROLE_COLUMNS, ("participants",)),
    "source_url": ("sources",), "source_publisher": ("sources",)}
_TEXTS = ("title", "native_title", "date_note", "place", "summary", "notes", "date", "country")
_TERMS = ("category", "event_type")  # matched to vocabulary values whatever their case


def carried_fields(table_fields: Iterable[str]) -> frozenset[str]:
    """The record fields that a table with these mapped fields carries.  A
    column of hosts, organisers or any other one role alone does not carry an
    event's participants: taken for the whole list, it would drop every other
    participant of ours."""
    fields = set(table_fields)
    if "participants" not in fields:
        fields -= set(ROLE_COLUMNS)
    return frozenset(name for field in fields for name in _FILLS.get(field, (field,)))


def names_of_links(session: Session, event_id: str) -> dict[str, str]:
    """The names of the participants of one of our events, by id."""
    found = session.execute(text("SELECT p.id, p.name FROM event_participants l JOIN "
                                 "participants p ON p.id = l.participant_id "
                                 "WHERE l.event_id = :event"), {"event": event_id})
    return {participant_id: name for participant_id, name in found}


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


@dataclass
class TableMerge:
    """How a table's rows are merged into our events: the record fields its
    columns carry (``carried_fields``), the code page it was read in (None
    for UTF-8 or UTF-16, which hold every character), and the fields kept as
    ours because that code page could not hold them, by name."""

    carried: frozenset[str]
    code_page: str | None = None
    kept: Counter[str] = field(default_factory=Counter)

    def merged_rows(self, session: Session, rows: list[dict[str, Any]],
                    ours: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The rows, each of one of our events merged into ours."""
        names = participant_names(session, linked_participants(rows)
                                  | linked_participants(ours.values())
                                  ) if "participants" in self.carried else {}
        return [merged_row(ours[row["id"]], row, self.carried, names, self)
                if row["id"] in ours else row for row in rows]

    def note(self) -> str | None:
        """What was kept as ours, and why; None when nothing was."""
        return kept_note(self.kept, self.code_page, "event")


def kept_note(kept: Counter[str], code_page: str | None, record: str) -> str | None:
    """What of each field of how many records (``record``: "event") was kept
    as ours, the table's code page having lost it; None when nothing was."""
    if not kept:
        return None
    fields = ", ".join(f"{field_in_words(name)} ({counted(count, record)})"
                       for name, count in sorted(kept.items()))
    named = ENCODING_NAMES.get(code_page or "", code_page)
    return (f"Kept as they are here: {fields}. The table is in {named}, which has no place "
            "for some of their characters (it holds “?” for them). To change them, save the "
            "table as “CSV UTF-8”.")


def lost_in_code_page(ours: str, theirs: str, code_page: str | None) -> bool:
    """Whether ``theirs`` is ``ours`` as a table saved in ``code_page`` holds
    it: each character the code page lacks written as "?" (or, as Windows
    does for some, as its letter without an accent), all others the same."""
    if code_page is None or ours == theirs or len(ours) != len(theirs):
        return False
    missing = False
    for mine, saved in zip(ours, theirs, strict=True):
        if mine == saved:
            continue
        if _fits(mine, code_page) or saved not in ("?", _base_letter(mine)):
            return False
        missing = True
    return missing


def _fits(character: str, code_page: str) -> bool:
    try:
        character.encode(code_page)
    except UnicodeEncodeError:
        return False
    return True


def _base_letter(character: str) -> str:
    return unicodedata.normalize("NFKD", character)[:1]


def merged_row(ours: Mapping[str, Any], row: Mapping[str, Any], carried: frozenset[str],
               names: Mapping[str, str], table: TableMerge | None = None) -> dict[str, Any]:
    """Our record with each carried field that the row says differently taken
    from the row.  ``names`` folds participant ids to names (see
    ``participant_names``) for the participants of both.  A text or the tags
    that only ``table``'s code page changed are kept as ours."""
    table = table or TableMerge(carried)
    # No edit time: a spreadsheet does not update the row's (``newest`` then asks).
    merged = {**ours, "updated_at": None}
    for name in carried & set(_TEXTS):
        mine, theirs = ours.get(name) or "", row.get(name) or ""
        if lost_in_code_page(mine, theirs, table.code_page):
            table.kept[name] += 1
        elif mine != theirs:
            merged[name] = theirs
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
        if names_lost_in_code_page(ours.get("tags") or [], row.get("tags") or [],
                                   table.code_page):
            table.kept["tags"] += 1
        else:
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


def names_lost_in_code_page(ours: list[str], theirs: list[str], code_page: str | None) -> bool:
    """Whether their names (tags, aliases) are ours, some as a table's code
    page saved them, in any order."""
    unmatched = [name for name in ours if name not in theirs]
    for name in theirs:
        if name in ours:
            continue
        same = next((mine for mine in unmatched
                     if lost_in_code_page(mine, name, code_page)), None)
        if same is None:
            return False
        unmatched.remove(same)
    return not unmatched and theirs != ours


def _lower(value: Any) -> str:
    return str(value or "").strip().lower()


def _tag_set(record: Mapping[str, Any]) -> set[str]:
    return {_lower(tag) for tag in record.get("tags") or [] if _lower(tag)}


def _json_list(ids: Iterable[str]) -> str:
    return json.dumps(sorted(ids))
