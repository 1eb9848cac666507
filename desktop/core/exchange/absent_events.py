"""Our events that a colleague's copy of our dataset does not hold.

A copy sent back without some of the events it was written with: deleted
there (duplicates, say), or left out when it was written (an export of a
search).  A file cannot tell which, so a merge never deletes anything for it;
the analyst is told which events they are, to look at them.  Only events that
were here when the file was written count: one added (or imported) here since
could not be in it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.models import ChangeLogEntry, Event

SHOWN_TITLES = 5
_CHUNK = 500


def absent_events(session: Session, in_file: Iterable[str],
                  written_at: str) -> list[tuple[str, str]]:
    """The (id, title) of our events, by title, that are not among the file's
    ``in_file`` but were here at ``written_at`` (the file's "exported_at"):
    created or imported here before then, or from before the change log."""
    ids = list(set(session.scalars(select(Event.id))).difference(in_file))
    missing: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        missing.update((event_id, title) for event_id, title in session.execute(
            select(Event.id, Event.title).where(Event.id.in_(chunk))))
        for event_id in session.scalars(
                select(ChangeLogEntry.record_id).where(
                    ChangeLogEntry.record_id.in_(chunk),
                    ChangeLogEntry.entity == "event", ChangeLogEntry.action == "create",
                    ChangeLogEntry.at > written_at)):
            missing.pop(event_id, None)  # came here after the file was written
    return sorted(missing.items(), key=lambda item: (item[1].casefold(), item[0]))


def absent_note(source: str, absent: list[tuple[str, str]]) -> str:
    """What the analyst is told of them, naming the first few."""
    titles = ", ".join(f"“{title}”" for _id, title in absent[:SHOWN_TITLES])
    more = len(absent) - SHOWN_TITLES
    one = len(absent) == 1
    return (f"{len(absent):,} of our events {'was' if one else 'were'} here when "
            f"{source or 'the file'} was written but {'is' if one else 'are'} not in it "
            f"(deleted there, or left out of it): {titles}"
            f"{f' and {more:,} more' if more > 0 else ''}. {'It stays' if one else 'They stay'}"
            " here.")
