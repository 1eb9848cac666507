"""What differs between our record and theirs, field by field, for a merge.

A record is compared without its stamps (and its children's).  What the
format lets a file write more than one way is no difference:

- a field a record leaves out is not a change: the format needs only the id
  and the title (or name), and a file made by another tool may carry fewer
  fields than ours.  A native title and an event's relations are the
  exception: the app's own export leaves them out when they are empty, so
  there a field left out was emptied;
- the same goes for the items of a list (an event's participants, sources,
  figures): an item is the same as ours in its place when every field it
  gives is (a script may write links without their ids or notes), whatever
  its id: two copies of a dataset each made anew (the sample in two
  databases, a table imported twice) give the same links other ids, and
  "changed" with nothing to see in it sent the analyst looking for nothing;
- null, "" and a field left out are all empty, and so is an empty list
  (pandas and many scripts write null where ours writes "", and [] where ours
  leaves an event's relations out);
- tags are a set, in whatever order the file lists them, and a tag is one
  whatever its case (tag_spelling): "asean" in their file is our "ASEAN",
  which the events that have it write so;
- a vocabulary's value or a code is the same in any case ("FORUM" is our
  "forum", "cn" is "CN"): the import stores ours, so it was "changed" at
  every import and taking it changed nothing;
- a vocabulary's value renamed or merged away here is the same as the value
  it became ("forum" in a copy made before it was renamed "public forum").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.operations_base import STAMPS

_LEFT_OUT_WHEN_EMPTY = frozenset(("native_title", "related"))
# Fields whose value is a vocabulary's term or a code, found in any case.
_CASELESS = frozenset(("category", "event_type", "org_type", "role", "status", "country",
                       "attendance_qualifier", "kind", "qualifier"))

Difference = tuple[str, Any, Any]  # the field, our value, theirs


OldNames = Mapping[tuple[str, str], str]  # (vocabulary, old name folded): the value now


def differing_fields(ours: Mapping[str, Any], theirs: Mapping[str, Any],
                     old_names: OldNames | None = None) -> tuple[Difference, ...]:
    """The fields whose content differs, by name, each with both values.
    ``old_names``: the values renamed or merged away here (``former_terms``),
    which their file may still give by the old name: the same value."""
    mine, other = _content(ours), _content(theirs)
    names = old_names or {}
    return tuple((name, mine.get(name), other.get(name))
                 for name in sorted(set(mine) | set(other))
                 if (name in other or name in _LEFT_OUT_WHEN_EMPTY)
                 and not _same(mine.get(name), other.get(name), name, names))


def _same(mine: Any, theirs: Any, name: str = "", old_names: OldNames | None = None) -> bool:
    if _empty(mine) and _empty(theirs):  # an empty list given where ours has none
        return True
    if name == "tags" and isinstance(mine, list) and isinstance(theirs, list):
        return {tag.casefold() for tag in mine} == {tag.casefold() for tag in theirs}
    if name in _CASELESS and isinstance(mine, str) and isinstance(theirs, str):
        told = theirs.strip().casefold()
        if old_names:
            told = old_names.get((name, told), told).casefold()
        return mine.casefold() == told
    if isinstance(mine, list) and isinstance(theirs, list) and len(mine) == len(theirs):
        return all(_same_item(ours, item, old_names)
                   for ours, item in zip(mine, theirs, strict=True))
    return bool(mine == theirs)


def _same_item(ours: Any, theirs: Any, old_names: OldNames | None) -> bool:
    """An item of a list: a record (every field theirs gives the same, but
    its id), or a value."""
    if isinstance(ours, dict) and isinstance(theirs, dict):
        return all(_same(ours.get(name, ""), value, name, old_names)
                   for name, value in theirs.items() if name != "id")
    return bool(ours == theirs)


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _content(record: Mapping[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in record.items():
        if key in STAMPS or (key == "native_title" and not value):
            continue  # (a native title is written only when there is one)
        if key == "tags" and isinstance(value, list):
            result[key] = sorted({" ".join(str(tag).split()) for tag in value} - {""})
        elif isinstance(value, list) and value and isinstance(value[0], Mapping):
            # (an item that is not a record is a value of the wrong kind,
            # which the import's checks name)
            result[key] = [_content(item) if isinstance(item, Mapping) else item
                           for item in value]
        else:
            result[key] = "" if value is None else value
    return result
