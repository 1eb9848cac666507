"""What an import will do, worked out before anything is written: the plan
(``ImportPlan``) counts the new, unchanged and changed records of a file and
holds, for each changed record, what differs (``Conflict``).  Shared by every
kind of file the app reads (``json_import`` plans and applies them).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.changes import Problem
from desktop.core.exchange.json_lines_reader import LinedChunk
from desktop.core.exchange.merge_sides import asked, changed_by_side, changed_where
from desktop.core.exchange.name_matches import NameMatch
from desktop.core.wording import counted


@dataclass(frozen=True)
class Conflict:
    """A record both sides have, with different content."""

    entity: str
    record_id: str
    label: str
    fields: tuple[tuple[str, Any, Any], ...]  # (field, ours, theirs)
    ours_updated: str
    theirs_updated: str
    # The side that changed each field: theirs, ours or both (merge_sides.py).
    sides: tuple[str, ...] = ()

    @property
    def asked(self) -> bool:
        """Whether taking theirs or keeping ours is the analyst's (or the
        policy's) choice: a field is changed on both sides.  A record that
        is not asked takes theirs, unless the analyst keeps ours."""
        return asked(self.sides)

    def describe(self) -> str:
        """The record and its differing fields, with the side that changed each
        when it is known: "title changed on both sides; notes here alone"."""
        names = ", ".join(name for name, _, _ in self.fields)
        verb = "differs" if len(self.fields) == 1 else "differ"
        what = f"{names} {verb}" if not self.sides else changed_by_side(
            [name for name, _, _ in self.fields], self.sides)
        return f"{self.entity} “{self.label}” ({self.record_id}): {what}"


Chunks = Callable[[], Iterator[tuple[str, list[dict[str, Any]]]]]
# a plan's chunks, the events maybe as lines (json_lines_reader.LinedChunk)
LinedChunks = Callable[[], Iterator[tuple[str, list[dict[str, Any]] | LinedChunk]]]
CHUNK = 2000


# How many new events the import dialog names, and up to how many it offers to
# choose in the list once imported.
LISTED_NEW_EVENTS = 200
CHOSEN_NEW_EVENTS = 10_000


@dataclass
class ImportPlan:
    """What an import will do.  The records themselves are read again, chunk by
    chunk, when the plan is applied: a file of any size is never held whole."""

    chunks: Chunks
    vocabularies: dict[str, list[str]] = field(default_factory=dict)
    new_participants: int = 0
    new_events: int = 0
    conflicts: list[tuple[Conflict, dict[str, Any]]] = field(default_factory=list)
    unchanged: int = 0
    not_duplicates: list[tuple[str, str, str]] = field(default_factory=list)
    # Their new participants that have a name of one of ours (name_matches.py).
    name_matches: list[NameMatch] = field(default_factory=list)
    # The file's name, which the problems found while storing it are named by.
    source: str = ""
    # The names of the participants that changed records' links name, ours or
    # theirs, for showing a changed list of participants (by id in a record).
    participant_names: dict[str, str] = field(default_factory=dict)
    # A package's folder of saved copies (files/), stored beside the database
    # with the import (saved_copies), and how many were.
    copies: Path | None = None
    copies_stored: int = 0
    # What the analyst is told beside the summary (a table's fields kept as ours).
    notes: list[str] = field(default_factory=list)
    # How the file names the places of its records' problems, when not as the
    # JSON document does ("events[3].role"): a package by its files and rows.
    places: Callable[[list[Problem]], list[Problem]] | None = None
    # Events the notes name for the analyst to look at (absent_events.py):
    # ours the file lacks, and theirs deleted here that it adds again; chosen
    # in the list once imported if the analyst likes.
    look_at: list[str] = field(default_factory=list)
    # The first of their new events (day, title), for the analyst to see what
    # the file adds before importing it; and the ids of all of them, to choose
    # them in the list once imported, unless so many that the file is a whole
    # dataset (a list of ids is not kept for 100 000 of them).
    new_event_titles: list[tuple[str, str]] = field(default_factory=list)
    new_event_ids: list[str] = field(default_factory=list)

    def note_new_event(self, record: dict[str, Any]) -> None:
        """Count one of their events that is new here."""
        self.new_events += 1
        if len(self.new_event_titles) < LISTED_NEW_EVENTS:
            self.new_event_titles.append((str(record.get("date") or ""),
                                          str(record.get("title") or "")))

    def offer_to_choose(self, new_event_ids: list[str]) -> None:
        """Keep the ids of their new events, to choose them once imported,
        unless so many that the file is a dataset of its own."""
        self.new_event_ids = new_event_ids if len(new_event_ids) <= CHOSEN_NEW_EVENTS else []

    def events_taken(self) -> set[str] | None:
        """The ids of their events new here and of those changed here, or
        None for a whole dataset (no list of its new events is kept)."""
        if self.new_events and not self.new_event_ids:
            return None
        return {*self.new_event_ids, *(conflict.record_id for conflict, _record
                                       in self.conflicts if conflict.entity == "event")}

    def records(self) -> int:
        """How many records the file holds."""
        return self.new_participants + self.new_events + self.unchanged + len(self.conflicts)

    def nothing_to_do(self) -> str | None:
        """Why importing the file would change nothing but make a backup (it
        holds no record, or only records as they are here, and no decision);
        None when it would change something."""
        if self.not_duplicates or self.new_events or self.new_participants or self.conflicts:
            return None
        if not self.unchanged:
            return "holds no events or participants: nothing to import"
        each = "each as it is" if self.unchanged > 1 else "as it is"
        return f"holds {counted(self.unchanged, 'record')}, {each} here: nothing to import"

    def summary(self) -> str:
        matches = len(self.name_matches)
        matched = ("" if not matches else " (named as a participant here)"
                   if matches == self.new_participants == 1
                   else f" ({matches:,} of them named as participants here)")
        return (f"{counted(self.new_events, 'new event')}, "
                f"{counted(self.new_participants, 'new participant')}{matched}, "
                f"{self.unchanged:,} unchanged, "
                f"{len(self.conflicts):,} changed"
                + changed_where([conflict for conflict, _record in self.conflicts]))

