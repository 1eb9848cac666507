"""Writing the records of a bulk import (see ``bulk.py``) chunk by chunk.

Rows are inserted here, through the DB-API in the operations layer's
transaction, so the import stays all or nothing.  The new events' search
texts are indexed by a second thread (``write_behind.py``): building the
trigram index is a single statement of SQLite's own work, done with the GIL
released, so it overlaps the reading and checking of the next chunks.  While
it runs, checked chunks are held rather than written (the connection is the
thread's), up to ``HOLD_AT_MOST`` events.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Container, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import bulk, search
from desktop.core.bulk import (
    EVENT_COLUMNS,
    FIGURE_COLUMNS,
    LINK_COLUMNS,
    LINK_ORDER,
    PARTICIPANT_COLUMNS,
    RELATION_COLUMNS,
    SOURCE_COLUMNS,
    SOURCE_ORDER,
    TEXT_COLUMNS,
    BulkCounts,
    CheckedRows,
    drop_indexes,
    insert_rows,
)
from desktop.core.changes import ValidationError
from desktop.core.models import Participant
from desktop.core.participant_rules import participant_problems
from desktop.core.write_behind import WriteBehind

_LOG_COLUMNS = ("operation_id", "at", "by", "entity", "record_id", "action", "field", "old",
                "new")
# Events checked and held, at most, while the thread indexes those before
# them: enough to keep both busy, few enough to keep the memory flat.
HOLD_AT_MOST = 4_000
_WRITING_CACHE = -16384  # KiB of page cache while an import writes
_EVENT_TABLES = ("events", "event_tags", "event_participants", "sources", "event_figures")


class BulkWriter:
    """Adds records chunk by chunk inside one transaction, so an import of any
    size holds only a few chunks in memory.  Every chunk is checked; once any
    problem is found nothing more is written, later chunks are still checked
    (so the analyst sees every problem), and ``finish`` raises them all, which
    rolls the transaction back.  ``close`` must follow, success or not, before
    the transaction ends: it stops the indexing thread."""

    def __init__(self, session: Session, *, at: str, analyst: str, operation_id: str,
                 changed_later: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self.session = session
        self.rows = CheckedRows(session, at, analyst)
        self.existing_participants = frozenset(self.rows.participant_ids)
        self.existing_events = frozenset(self.rows.event_ids)
        self.operation_id = operation_id
        self.counts = BulkCounts()
        self.references: list[tuple[int, str, str | None, str | None]] = []
        # Every participant's kind and parent, ours and the new ones, for the
        # rules their affiliations and parents keep (participant_rules).
        self.kinds: dict[str, str] = {}
        self.parents: dict[str, str | None] = {}
        for participant_id, kind, parent_id in session.execute(
                select(Participant.id, Participant.kind, Participant.parent_id)):
            self.kinds[participant_id] = kind
            if parent_id is not None:
                self.parents[participant_id] = parent_id
        for participant_id, values in (changed_later or {}).items():  # as they will be
            if "kind" in values:
                self.kinds[participant_id] = values["kind"]
            if "parent" in values:
                self.parents[participant_id] = values["parent"]
        self.participant_names: dict[str, str] = {}  # folded, for the events' search text
        self._participant_index = 0
        self._event_index = 0
        cursor = search.driver_cursor(session)
        self._rebuild: list[str] = (
            drop_indexes(cursor)
            if len(self.existing_events) < bulk.REBUILD_INDEXES_BELOW else [])
        # Set back in ``finish``; a failed import rolls the setting back.
        search.set_index_buffer(cursor, larger=True)
        self._indexed_to = self.rows.next_seq  # events from here on are not indexed yet
        self._behind = WriteBehind(cursor.connection)
        # Half the page cache while the rows are written (set back in
        # ``close``): the pages written are not read again, and the other half
        # was a tenth of the import's peak memory (228 MiB at 100 000 events,
        # 212 with this), for no time measured.
        self._cache = int(cursor.execute("PRAGMA cache_size").fetchone()[0])
        cursor.execute(f"PRAGMA cache_size = {_WRITING_CACHE}")

    def add(self, participants: list[dict[str, Any]], events: list[dict[str, Any]], *,
            skip_existing: bool = False, matched: Container[str] = ()) -> None:
        """Check and (while all is well) write a chunk.  With ``skip_existing``,
        records already in the database before the import began are passed
        over: the merge deals with them; so are the participants ``matched``
        to ours by name.  Every record counts for its place in the file
        ("events[9]"), which problems are named by, passed over or not."""
        rows = self.rows
        skipped_participants = self.existing_participants if skip_existing else frozenset()
        skipped_events = self.existing_events if skip_existing else frozenset()
        for record in participants:
            index = self._participant_index
            self._participant_index += 1
            if record.get("id") in skipped_participants or record.get("id") in matched:
                continue
            rows.participant(index, record)
            row = rows.tables["participants"][-1]
            self.kinds[row[0]] = row[1]
            if row[6] or row[7]:
                self.references.append((index, row[0], row[6], row[7]))
        for record in events:
            index = self._event_index
            self._event_index += 1
            if record.get("id") in skipped_events:
                continue
            event_id = rows.event(index, record)
            if not rows.cleaner.problems:
                self.counts.event_ids.append(event_id)
        if rows.cleaner.problems:
            for table in rows.tables.values():
                table.clear()  # nothing more is written; keep checking, hold nothing
            rows.new_tags.clear()
            rows.renamed_tags.clear()
            return
        if self._behind.busy() and len(rows.tables["events"]) < HOLD_AT_MOST:
            return  # written once the thread is done, with the next chunks
        self._write()

    def _write(self) -> None:
        """Write every chunk held, then have the thread index their events."""
        self._behind.drain()
        if self.rows.tables["participants"]:
            self._write_participants()
        if self.rows.tables["events"]:
            self._write_events()
        if self._indexed_to < self.rows.next_seq:
            first, end = self._indexed_to, self.rows.next_seq
            self._indexed_to = end
            self._behind.submit(lambda cursor: search.index_event_range(cursor, first, end))

    def _log(self, entity: str, rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        return [(self.operation_id, self.rows.at, self.rows.analyst, entity, row[0], "create",
                 "", None, "imported") for row in rows]

    def _write_participants(self) -> None:
        tables = self.rows.tables
        cursor = search.driver_cursor(self.session)
        # References are set in ``finish``, once every participant exists.
        insert_rows(cursor, "participants", PARTICIPANT_COLUMNS,
                [(*r[:6], None, None, *r[8:]) for r in tables["participants"]])
        insert_rows(cursor, "participant_aliases", ("participant_id", "alias", "sort_order"),
                tables["participant_aliases"])
        insert_rows(cursor, "change_log", _LOG_COLUMNS, self._log("participant",
                                                                tables["participants"]))
        texts = search.participant_text(self.session, [r[0] for r in tables["participants"]])
        search.write_participant_text(self.session, texts)
        # The same folded names go into the events' text: not read twice.
        self.participant_names.update(texts)
        self.counts.participants += len(tables["participants"])
        tables["participants"].clear()
        tables["participant_aliases"].clear()

    def _write_events(self) -> None:
        tables = self.rows.tables
        texts = self._event_texts()
        cursor = search.driver_cursor(self.session)
        insert_rows(cursor, "events", EVENT_COLUMNS, tables["events"])
        insert_rows(cursor, "tags", ("id", "name"), self.rows.new_tags)
        cursor.executemany("UPDATE tags SET name = ? WHERE id = ?", self.rows.renamed_tags)
        insert_rows(cursor, "event_tags", ("event_id", "tag_id"), tables["event_tags"])
        insert_rows(cursor, "event_participants", LINK_COLUMNS, tables["event_participants"])
        insert_rows(cursor, "sources", SOURCE_COLUMNS, tables["sources"])
        insert_rows(cursor, "event_figures", FIGURE_COLUMNS, tables["event_figures"])
        insert_rows(cursor, "change_log", _LOG_COLUMNS, self._log("event", tables["events"]))
        # An event's search text has its seq as rowid (see search.py).
        insert_rows(cursor, "event_search", ("rowid", "event_id", "body"),
                [(row[1], row[0], texts[row[0]]) for row in tables["events"]])
        self.counts.events += len(tables["events"])
        self.counts.links += len(tables["event_participants"])
        for name in _EVENT_TABLES:
            tables[name].clear()
        self.rows.new_tags.clear()
        self.rows.renamed_tags.clear()

    def _event_texts(self) -> dict[str, str]:
        """The search text of this chunk's events, as ``search.event_text``
        would read it back from the database."""
        tables = self.rows.tables
        parts: dict[str, list[str | None]] = {
            row[0]: [row[column] for column in TEXT_COLUMNS] for row in tables["events"]}
        tags: dict[str, list[str]] = {}
        for event_id, tag_id in tables["event_tags"]:
            tags.setdefault(event_id, []).append(self.rows.tag_names[tag_id])
        for event_id, tag_names in tags.items():
            parts[event_id].extend(sorted(tag_names))
        for row in sorted(tables["sources"], key=lambda r: r[SOURCE_ORDER]):
            parts[row[1]].extend((row[2], row[3]))
        links = sorted(tables["event_participants"], key=lambda r: r[LINK_ORDER])
        names = self.participant_names
        unknown = {row[2] for row in links} - names.keys()
        if unknown:  # participants of the database before the import, read once
            found = search.participant_text(self.session, unknown)
            names.update({pid: found.get(pid, "") for pid in unknown})
        for row in links:
            parts[row[1]].append(names[row[2]])
        return {event_id: search.compose_event_text(texts) for event_id, texts in parts.items()}

    def _checked_relations(self) -> list[tuple[Any, ...]]:
        """The import's relations, each naming an event of the database or
        the file other than its own, two events related once."""
        pairs: set[frozenset[str]] = set()
        rows = []
        for where, row in self.rows.relations:
            event_id, other = row[1], row[2]
            pair = frozenset((event_id, other))
            if other not in self.rows.event_ids:
                self.rows.cleaner.problem(where, "event", f"no event has the id {other}")
            elif other == event_id:
                self.rows.cleaner.problem(where, "event", "an event cannot be related to itself")
            elif pair in pairs:
                self.rows.cleaner.problem(where, "event", "these two events are already related")
            pairs.add(pair)
            rows.append(row)
        self.rows.relations.clear()
        return rows

    def finish(self) -> BulkCounts:
        """Set the participants' references; raise every problem found, if any."""
        self.parents.update((pid, parent) for _i, pid, _affiliation, parent in self.references)
        for index, pid, affiliation, parent in self.references:
            where = f"participants[{index}]"
            for name, reference in (("affiliation", affiliation), ("parent", parent)):
                if reference is not None and reference not in self.rows.participant_ids:
                    self.rows.cleaner.problem(where, name,
                                              f"no participant has the id {reference}")
            for name, message in participant_problems(pid, self.kinds.get(pid), affiliation,
                                                      parent, self.kinds, self.parents):
                self.rows.cleaner.problem(where, name, message)
        relations = self._checked_relations()
        if self.rows.cleaner.problems:
            raise ValidationError(self.rows.cleaner.problems)
        self._write()  # what is still held, and the last events' index
        self._behind.drain()
        cursor = search.driver_cursor(self.session)
        insert_rows(cursor, "event_relations", RELATION_COLUMNS, relations)
        if self._rebuild:
            # Each index is sorted within the page cache's budget; a smaller
            # budget while they are built keeps the import's peak memory down.
            size = int(cursor.execute("PRAGMA cache_size").fetchone()[0])
            cursor.execute("PRAGMA cache_size = -8192")
            try:
                for statement in self._rebuild:
                    cursor.execute(statement)
            finally:
                cursor.execute(f"PRAGMA cache_size = {size}")
        cursor.executemany(
            "UPDATE participants SET affiliation_id = ?, parent_id = ? WHERE id = ?",
            [(affiliation, parent, pid) for _i, pid, affiliation, parent in self.references])
        search.set_index_buffer(cursor, larger=False)
        return self.counts

    def close(self) -> None:
        """Stop the writing thread (after ``finish``, or on the way out of a
        failed import, before its transaction is rolled back)."""
        self._behind.close()
        with contextlib.suppress(sqlite3.Error):  # the connection's own setting, kept
            search.driver_cursor(self.session).execute(f"PRAGMA cache_size = {self._cache}")
