"""Which tag a typed name is, and how that tag is written.

A tag is one tag whatever its case: "asean" typed on an event, where "ASEAN"
is a tag of other events, is that tag, written as they have it.  A tag that
no other event has takes the case typed: correcting "asean" to "ASEAN" on
its one event renames it, and a tag no event has any more (kept, so that a
saved search on it finds it again when it comes back) is written as it is
typed when it is used again, not as it was once written.

Names are compared with ``str.casefold`` here, in Python: SQLite's
``lower()`` folds ASCII letters only, so "Ärzte" and "ärzte" would be two
tags to it.  ``split_typed_tags`` reads a line of tags as the event form and
the batch edit take them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.core.changes import Change, FieldChange
from desktop.core.models import new_id


@dataclass
class TagSpelling:
    """The tags that typed names are: their ids and names, with the tags to
    add and to rename (``spell_tags``) before events take them."""

    ids: dict[str, str] = field(default_factory=dict)  # by folded name
    names: dict[str, str] = field(default_factory=dict)  # by folded name
    new: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    renamed: list[Change] = field(default_factory=list)  # the tags' own changes

    def name(self, typed: str) -> str:
        return self.names[typed.casefold()]

    def write(self, cursor: Any) -> None:
        """Add the new tags and rename those that take the case typed."""
        cursor.executemany("INSERT INTO tags (id, name) VALUES (?, ?)", self.new)
        cursor.executemany("UPDATE tags SET name = ? WHERE id = ?",
                           [(change.fields[0].new, change.record_id)
                            for change in self.renamed])


def spell_tags(cursor: Any, typed: Iterable[str], holders: Collection[str]) -> TagSpelling:
    """The tags these typed names are, for ``holders`` (the events about to
    be given them): a tag held by an event not among them keeps its name; one
    that no other event has takes the first spelling typed."""
    typed = list(dict.fromkeys(typed))
    # Most names are typed as they are stored: those are found by the index
    # alone; all the tags are read only for a name written otherwise.
    known = {name.casefold(): (tag_id, name) for tag_id, name in cursor.execute(
        "SELECT id, name FROM tags WHERE name IN (SELECT value FROM json_each(?))",
        (json.dumps(typed),))}
    if any(known.get(name.casefold(), ("", ""))[1] != name for name in typed):
        for tag_id, name in cursor.execute("SELECT id, name FROM tags ORDER BY name"):
            known.setdefault(name.casefold(), (tag_id, name))
    spelling = TagSpelling()
    for name in typed:
        folded = name.casefold()
        if folded in spelling.ids:
            continue
        if folded not in known:
            tag_id = new_id()
            spelling.new.append((tag_id, name))
        else:
            tag_id, stored = known[folded]
            if stored != name and not _held_by_others(cursor, tag_id, holders):
                spelling.renamed.append(Change("tag", tag_id, "update", (
                    FieldChange("name", stored, name, stored, name),)))
            else:
                name = stored
        spelling.ids[folded], spelling.names[folded] = tag_id, name
    return spelling


def _held_by_others(cursor: Any, tag_id: str, holders: Collection[str]) -> bool:
    row = cursor.execute(
        "SELECT 1 FROM event_tags WHERE tag_id = ? AND event_id NOT IN "
        "(SELECT value FROM json_each(?)) LIMIT 1", (tag_id, json.dumps(list(holders))))
    return row.fetchone() is not None


_SEPARATOR = re.compile(r"\s*([;；,，、])\s*")


def split_typed_tags(text: str, known: Iterable[str] = ()) -> list[str]:
    """Tags as typed in one line: separated by ";" (or "；", "," or, as
    Chinese lists are written, "，" and "、"), blanks
    dropped — but a run of parts that is a tag already here is that tag, as
    written: "Science, technology" (a tag a file brought) typed or shown in
    the event form stays one tag, and saving another field of the event no
    longer makes it two."""
    by_key = {_key(name): name for name in known if any(mark in name for mark in ";；,，、")}
    parts = _SEPARATOR.split(text.strip())
    pieces, separators = parts[0::2], parts[1::2]
    tags: list[str] = []
    start = 0
    while start < len(pieces):
        end, name = start + 1, pieces[start]
        for stop in range(len(pieces), start + 1, -1):
            joined = "".join(piece + separator for piece, separator in
                             zip(pieces[start:stop], [*separators[start:stop - 1], ""],
                                 strict=True))
            if (found := by_key.get(_key(joined))) is not None:
                end, name = stop, found
                break
        tags.append(name.strip())
        start = end
    return [tag for tag in tags if tag]


def _key(name: str) -> str:
    """A tag's name compared as typed: any case, any space around its
    separators, "；" as ";"."""
    return _SEPARATOR.sub(lambda match: match.group(1).replace("；", ";"),
                          " ".join(name.split())).casefold()
