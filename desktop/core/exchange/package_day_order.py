"""Whether a Data Package saved again by a spreadsheet writes its days first
or its months first ("12/1/2026 0:00": 1 December or 12 January).

A spreadsheet writes every date and time of a package back in its own form,
the same throughout: one cell whose day cannot be a month ("2/23/2025",
"23/02/2025") tells how all the others are written.  Read only when a cell
needs it, so that a package as the app writes it (ISO 8601 throughout) costs
nothing more.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

# The package's columns of dates and of times.
DATED_COLUMNS = frozenset(("date", "published", "accessed", "created_at", "updated_at"))
_SLASHED = re.compile(r"\s*(\d{1,2})/(\d{1,2})/\d{2,4}\b")


class DayOrder:
    """The package's order of day and month (True: day first), read from its
    tables once, when first asked; None when no cell tells, or they disagree."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._order: bool | None = None
        self._read = False

    def __call__(self) -> bool | None:
        if not self._read:
            self._order = _order_of(self.folder)
            self._read = True
        return self._order


def _order_of(folder: Path) -> bool | None:
    told: set[bool] = set()
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as table:
            for row in csv.DictReader(table):
                for column in DATED_COLUMNS.intersection(row):
                    found = _SLASHED.match(row[column] or "")
                    if found is None:
                        continue
                    first, second = int(found[1]), int(found[2])
                    if first > 12 >= second:
                        told.add(True)
                    elif second > 12 >= first:
                        told.add(False)
                    if len(told) > 1:
                        return None
    return told.pop() if told else None
