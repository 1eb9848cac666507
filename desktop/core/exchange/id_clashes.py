"""Why the store refused an import: ids of links, sources or figures that
clash.

An event copied by hand in a JSON document, given a new id but keeping its
participants' link ids, makes the database refuse the import with nothing
more than "UNIQUE constraint failed: event_participants.id".  Holding every
child id of a large file to check it beforehand would cost tens of MiB on
every import; the clash is rare, so it is looked for only once the store has
refused (the import is already rolled back), by reading the file again into
a scratch SQLite file, beside which the database is attached read-only.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

from desktop.core.changes import Problem

# an event's list of children, the table it is stored in, what one is called
_CHILDREN = (("participants", "event_participants", ("link to a participant",
                                                     "links to participants")),
             ("sources", "sources", ("source", "sources")),
             ("figures", "event_figures", ("figure", "figures")),
             ("related", "event_relations", ("relation to another event",
                                             "relations to other events")))
_NAMES = {key: names for key, _table, names in _CHILDREN}
LISTED = 50


def child_id_clashes(database: Path, events: Iterable[list[dict[str, Any]]]) -> list[Problem]:
    """For each event of the file (``events``, chunk by chunk) with children
    whose ids an earlier event of the file also gives, or another event in
    ``database`` has, a problem naming the event and what it shares."""
    with tempfile.TemporaryDirectory(prefix="curator-clashes-") as scratch, \
            closing(sqlite3.connect((Path(scratch) / "ids.sqlite").as_uri(),
                                    uri=True)) as connection:
        connection.execute("CREATE TABLE child (id TEXT, list TEXT, event_id TEXT, "
                           "event_place TEXT, title TEXT)")
        connection.executemany("INSERT INTO child VALUES (?, ?, ?, ?, ?)", _children(events))
        connection.execute("CREATE INDEX child_id ON child (list, id)")
        connection.execute("ATTACH DATABASE ? AS ours",
                           (database.resolve().as_uri() + "?mode=ro",))
        shared = [*_twice_in_the_file(connection), *_held_by_another_event(connection)]
    return _by_event(shared)[:LISTED]


def _children(events: Iterable[list[dict[str, Any]]]) -> Iterator[tuple[str, str, str, str,
                                                                        str]]:
    position = 0
    for chunk in events:
        for event in chunk:
            for key in _NAMES:
                children = event.get(key)
                for child in children if isinstance(children, list) else []:
                    if isinstance(child, dict) and isinstance(child.get("id"), str):
                        yield (child["id"], key, str(event.get("id")), f"events[{position}]",
                               str(event.get("title") or ""))
            position += 1


def _twice_in_the_file(connection: sqlite3.Connection) -> Iterator[tuple[str, str, str]]:
    """(event, list, the other holder) for each child whose id an earlier
    child of the file has."""
    found = connection.execute(
        "SELECT later.event_place, later.title, later.list, first.event_place, first.title "
        "FROM child AS later "
        "JOIN (SELECT list, id, min(rowid) AS row FROM child GROUP BY list, id "
        "HAVING count(*) > 1) AS twice USING (list, id) "
        "JOIN child AS first ON first.rowid = twice.row "
        "WHERE later.rowid <> twice.row ORDER BY later.rowid")
    for place, title, key, first_place, first_title in found:
        yield f"{place} (“{title}”)", key, f"{first_place} (“{first_title}”) in the file"


def _held_by_another_event(connection: sqlite3.Connection) -> Iterator[tuple[str, str, str]]:
    """(event, list, the other holder) for each child whose id a child of
    another event in the database has."""
    for key, table, _names in _CHILDREN:
        found = connection.execute(
            f"SELECT child.event_place, child.title, held.title FROM child "
            f"JOIN ours.{table} AS stored ON stored.id = child.id "
            f"JOIN ours.events AS held ON held.id = stored.event_id "
            f"WHERE child.list = ? AND stored.event_id <> child.event_id "
            f"ORDER BY child.rowid", (key,))
        for place, title, held_title in found:
            yield f"{place} (“{title}”)", key, f"the event “{held_title}” here"


def _by_event(shared: Iterable[tuple[str, str, str]]) -> list[Problem]:
    """One problem per event and other holder: "18 links to participants and
    1 figure reuse ids of …"."""
    counts: dict[tuple[str, str], Counter[str]] = {}
    for event, key, other in shared:
        counts.setdefault((event, other), Counter())[key] += 1
    problems = []
    for (event, other), lists in counts.items():
        parts = [f"{count} {_NAMES[key][count != 1]}" for key, count in lists.items()]
        what = " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)
        verb = "reuses" if sum(lists.values()) == 1 else "reuse"
        problems.append(Problem(event, f"{what} {verb} ids of {other}: give them ids of "
                                       "their own (a copied event keeps the ids it was "
                                       "copied with)"))
    return problems
