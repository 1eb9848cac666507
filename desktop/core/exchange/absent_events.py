"""Events a merge cannot settle by itself, named for the analyst to look at.

- Our events that a colleague's copy of our dataset does not hold: deleted
  there (duplicates, say), or left out when it was written (an export of a
  search).  A file cannot tell which, so a merge never deletes anything for
  it.  Only events that were here when the file was written count: one added
  (or imported) here since could not be in it.  A file holding fewer of our
  events than it lacks is a part of the dataset sent back (the events of a
  search or a country, edited there), not a copy of it: the rest of the
  dataset is not in it because it was never sent, and naming (and offering
  to choose) thousands of events as "deleted there, or left out" would bury
  the note; it says how many it holds instead.
- Their events (and participants) that were deleted here: a copy written
  before the deletion still holds them, and the merge adds them again as new.
  Deleting them here again is the analyst's call (one undo step takes the
  whole import back).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.models import ChangeLogEntry, Event

SHOWN_TITLES = 5
_CHUNK = 500


def absent_events(session: Session, in_file: Collection[str],
                  written_at: str) -> tuple[list[tuple[str, str]], int]:
    """The (id, title) of our events, by title, that are not among the file's
    ``in_file`` but were here at ``written_at`` (the file's "exported_at"):
    created or imported here before then, or from before the change log;
    and how many of our events the file holds."""
    ours = set(session.scalars(select(Event.id)))
    ids = list(ours.difference(in_file))
    held = len(ours) - len(ids)
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
    return sorted(missing.items(), key=lambda item: (item[1].casefold(), item[0])), held


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


def part_note(source: str, held: int, absent: int) -> str:
    """What the analyst is told of a file holding a part of our events: how
    many, not which of the others it lacks."""
    one = absent == 1
    return (f"{source or 'The file'} holds {held:,} of our events, a part of the dataset "
            f"(the events of a search, say) rather than a copy of it: the {absent:,} "
            f"{'other that was' if one else 'others that were'} here when it was written "
            f"{'stays' if one else 'stay'} here as {'it is' if one else 'they are'}.")


# The field a deleted record's entry names it by, for each kind of record.
_NAMED_BY = {"event": "title", "participant": "name"}


def deleted_here(session: Session, new_ids: Iterable[str],
                 entity: str = "event") -> list[tuple[str, str]]:
    """The (id, title or name as last stored), by it, of these records
    (events or participants) new to the database that were in it once and
    were deleted here."""
    ids = list(new_ids)
    if not ids or session.scalar(select(ChangeLogEntry.id).where(
            ChangeLogEntry.entity == entity, ChangeLogEntry.action == "delete").limit(1)) is None:
        return []  # nothing was ever deleted here: no index walked for each id
    found: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        for record_id, field, old in session.execute(
                select(ChangeLogEntry.record_id, ChangeLogEntry.field, ChangeLogEntry.old)
                .where(ChangeLogEntry.record_id.in_(ids[start:start + _CHUNK]),
                       ChangeLogEntry.entity == entity, ChangeLogEntry.action == "delete")):
            if field == _NAMED_BY[entity] or record_id not in found:
                found[record_id] = str(old or "") if field == _NAMED_BY[entity] else ""
    return sorted(found.items(), key=lambda item: (item[1].casefold(), item[0]))


def deleted_note(source: str, returning: list[tuple[str, str]], noun: str = "event") -> str:
    titles = ", ".join(f"“{title}”" for _id, title in returning[:SHOWN_TITLES] if title)
    more = len(returning) - SHOWN_TITLES
    one = len(returning) == 1
    return (f"{len(returning):,} of the new {noun}s {'was' if one else 'were'} deleted here: "
            f"{source or 'the file'} still {'holds it' if one else 'holds them'}, and the "
            f"import adds {'it' if one else 'them'} again{': ' + titles if titles else ''}"
            f"{f' and {more:,} more' if more > 0 and titles else ''}.")

