"""Problems of a Data Package named by its files and rows.

The package's records are checked and stored as the JSON document's are, and
their problems come named by the records' places in the document
("events[3].participants[1].role").  An analyst who edited the package's CSV
files in a spreadsheet looks for a file and a row: "event_participants.csv
row 9, role".  Rows are counted as a spreadsheet counts them (the header is
row 1), as the package reader counts them.
"""

from __future__ import annotations

import csv
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from desktop.core.changes import Problem
from desktop.core.exchange.datapackage import CHILDREN

_PLACE = re.compile(r"^(?:(?P<source>[^:]*): )?(?P<key>events|participants)\[(?P<i>\d+)\]"
                    r"(?:\.(?P<list>participants|sources|figures|related)\[(?P<j>\d+)\])?"
                    r"(?:\.(?P<field>.+))?$")
_FILES = {key: table for table, key in CHILDREN}
_ALSO_AT = re.compile(r"\(also at \[(\d+)\]\)$")


def named_by_rows(problems: Iterable[Problem], folder: Path, children: Path | None
                  ) -> list[Problem]:
    """``problems`` with each place in the document that a package row holds
    named by that row; ``children`` is the reader's index of the child rows
    by event (see ``datapackage_reader``), when it has been built."""
    problems = list(problems)
    places = [_PLACE.match(problem.field) for problem in problems]
    event_ids = _event_ids(folder, {int(place["i"]) for place in places
                                    if place and place["key"] == "events" and place["list"]})
    index = sqlite3.connect(children) if children and event_ids else None
    try:
        rows = _Rows(event_ids, index)
        named = []
        for problem, place in zip(problems, places, strict=True):
            row = rows.of(place, int(place["j"] or 0)) if place else None
            if place is None or row is None:
                named.append(problem)
                continue
            source = f"{place['source']}: " if place["source"] else ""
            field = f", {place['field']}" if place["field"] else ""
            named.append(Problem(f"{source}{row}{field}", rows.message(problem.message, place)))
    finally:
        if index is not None:
            index.close()
    return named


class _Rows:
    """The files and rows of the records at places in the document."""

    def __init__(self, event_ids: dict[int, str], index: sqlite3.Connection | None) -> None:
        self.event_ids = event_ids
        self.index = index

    def of(self, place: re.Match[str], item: int) -> str | None:
        """The file and row that hold the record at ``place`` (its list's
        ``item``-th, for an event's list)."""
        position = int(place["i"])
        if not place["list"]:
            return f"{place['key']}.csv row {position + 2}"
        event_id = self.event_ids.get(position)
        if event_id is None or self.index is None:
            return None
        found = self.index.execute("SELECT row FROM child WHERE event_id = ? AND list = ? "
                                   "ORDER BY rowid LIMIT 1 OFFSET ?",
                                   (event_id, place["list"], item)).fetchone()
        return f"{_FILES[place['list']]}.csv row {found[0]}" if found else None

    def message(self, message: str, place: re.Match[str]) -> str:
        """The message, with the place in the same list of an item given twice
        ("(also at [1])") named by its row too."""
        earlier = _ALSO_AT.search(message)
        row = self.of(place, int(earlier[1])) if earlier and place["list"] else None
        if earlier is None or row is None:
            return message
        return message[:earlier.start()] + f"(also on row {row.rsplit(' ', 1)[1]})"


def _event_ids(folder: Path, positions: set[int]) -> dict[int, str]:
    """The ids of the events at these places in events.csv (read again: this
    is only done for the few problems an import is refused with)."""
    found: dict[int, str] = {}
    if not positions:
        return found
    last = max(positions)
    try:
        with (folder / "events.csv").open(encoding="utf-8-sig", newline="") as handle:
            for position, row in enumerate(csv.DictReader(handle)):
                if position in positions:
                    found[position] = row.get("id") or ""
                if position >= last:
                    break
    except (OSError, csv.Error, UnicodeDecodeError):
        pass  # (the places not found are named as the document names them)
    return found
