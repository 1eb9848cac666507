"""A row of a table without ids, matched to the event of ours it is.

A spreadsheet of events kept anywhere carries no ids: each of its rows was a
new event, and importing the list again, with a few rows added since, added
every earlier row a second time.  A row whose title (folded: case, accents,
traditional characters) and date are those of one of our events is that
event: the table's row changes it where its cells differ, as a row of our own
events.csv does (``table_merge``), and adds nothing.  A list may hold two rows
alike ("Working group meeting", undated): imported, they are two events
alike, and imported again the first such row is the first of them, the second
row the second (in the order they were added), rather than a third and fourth
event each time.
"""

from __future__ import annotations

from collections.abc import Container
from typing import Any

from desktop.core.search import fold


class EventsByTitleAndDate:
    """Our events by folded title and date, each matched to one row at most;
    read from the database at the first row without an id."""

    def __init__(self, cursor: Any) -> None:
        self._cursor = cursor
        self._ids: dict[tuple[str, str], list[str]] | None = None
        self.matched = 0

    def _read(self) -> dict[tuple[str, str], list[str]]:
        ids: dict[tuple[str, str], list[str]] = {}
        for event_id, title, date in self._cursor.execute(
                "SELECT id, title, coalesce(date_edtf, '') FROM events ORDER BY seq"):
            ids.setdefault((fold(title), date), []).append(event_id)
        for alike in ids.values():
            alike.reverse()  # popped from the end: the earliest added first
        return ids

    def match(self, title: str, date: str, given: Container[str] = ()) -> str | None:
        """The id of the earliest added event of ours with this title and
        date that no earlier row matched nor gave in its id cell (``given``),
        if there is one."""
        if self._ids is None:
            self._ids = self._read()
        alike = self._ids.get((fold(title), date))
        while alike and alike[-1] in given:
            alike.pop()
        if not alike:
            return None
        self.matched += 1
        return alike.pop()


def matched_note(count: int) -> str:
    """What the plan says of the rows matched to events here."""
    if count == 1:
        return ("1 row is an event already here (the same title and date): the import "
                "changes it where the table differs, rather than adding it again.")
    return (f"{count:,} rows are events already here (the same title and date): the import "
            "changes them where the table differs, rather than adding them again.")
