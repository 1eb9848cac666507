"""Importing the app's JSON document: plan the merge, then apply it at once.

Records are matched by UUID.  The plan sorts them into new, unchanged and
changed; for a changed record the analyst (or ``--on-conflict``) keeps ours,
takes theirs, takes whichever was edited last, or refuses the import.  The
whole import runs in one transaction: all of it is stored, or nothing.
New records go through the bulk path; changed ones through the operations.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.changes import ChangeReport, Problem, StoreRefusedError, ValidationError
from desktop.core.exchange.absent_events import (
    absent_events,
    absent_note,
    deleted_here,
    deleted_note,
    part_note,
)
from desktop.core.exchange.event_replace import named_by_record, take_their_events
from desktop.core.exchange.id_clashes import child_id_clashes
from desktop.core.exchange.import_plan import CHUNK, Chunks, Conflict, ImportPlan, LinedChunks
from desktop.core.exchange.json_document import (
    checked_header,
    checked_vocabularies,
    misshapen_lists,
    read_decisions,
    read_header,
    stream_chunks,
    unknown_fields,
)
from desktop.core.exchange.json_export import participant_records
from desktop.core.exchange.json_lines_reader import AppLayout, LinedChunk, NotAppLayout
from desktop.core.exchange.json_records_sql import event_lines, event_lines_by_id
from desktop.core.exchange.merge_sides import fields_to_take, mark_sides
from desktop.core.exchange.name_matches import (
    NameMatcher,
    confirmed,
    remapped_event,
    remapped_participants,
)
from desktop.core.exchange.ours_ahead import with_our_lines
from desktop.core.exchange.record_diff import differing_fields
from desktop.core.exchange.table_merge import TableMerge, names_of
from desktop.core.exchange.unseen_relations import keep_unseen_relations
from desktop.core.former_terms import former_values
from desktop.core.gc_pause import fewer_collections
from desktop.core.models import Event, Participant
from desktop.core.operations import Operations
from desktop.core.progress import Progress
from desktop.core.saved_copies import store_copies
from desktop.core.search import driver_cursor
from desktop.core.stamps import stored_stamp
from desktop.core.vocabularies import add_missing_terms
from desktop.core.wording import counted

POLICIES = ("ours", "theirs", "newest", "fail")
_PARTICIPANT_VALUES = ("kind", "name", "native_name", "aliases", "country", "position",
                       "affiliation", "parent", "org_type", "notes")


def _checked(key: str, first: int, records: list[Any]) -> list[dict[str, Any]]:
    problems = [Problem(f"{key}[{first + index}]", "must be an object")
                for index, record in enumerate(records) if not isinstance(record, dict)]
    problems += [Problem(f"{key}[{first + index}].id", "is missing")
                 for index, record in enumerate(records)
                 if isinstance(record, dict) and not isinstance(record.get("id"), str)]
    if problems:
        raise ValidationError(problems[:50])
    return records


def document_chunks(document: Mapping[str, Any]) -> Chunks:
    """The records of a document held in memory, in chunks."""
    def chunks() -> Iterator[tuple[str, list[dict[str, Any]]]]:
        for key in ("participants", "events"):
            records = document.get(key, [])
            if not isinstance(records, list):
                raise ValidationError.single(key, "must be a list of objects")
            for start in range(0, len(records), CHUNK):
                yield key, _checked(key, start, records[start:start + CHUNK])
    return chunks


def plan_import(session: Session, document: Mapping[str, Any], *,
                match_names: bool = True) -> ImportPlan:
    """Sort a document's records into new, unchanged and changed (see ``plan_chunks``)."""
    plan = plan_chunks(session, document_chunks(document),
                       checked_vocabularies(document.get("vocabularies")),
                       match_names=match_names)
    plan.not_duplicates = read_decisions(document.get("not_duplicates", []))
    return plan


def plan_file(session: Session, path: Path, progress: Progress | None = None) -> ImportPlan:
    """Plan the import of a JSON document file, reading it in chunks: a
    record a line if it is laid out as the app writes it, else as a stream."""
    try:
        layout = AppLayout(path, CHUNK)
        header = checked_header(path, layout.header)
        with _named_by(path.name):
            plan = plan_chunks(session, layout.chunks, header["vocabularies"], progress,
                               source=path.name, lined=layout.lined_chunks,
                               written_at=header["exported_at"])
    except NotAppLayout:
        header = read_header(path)
        with _named_by(path.name):
            plan = plan_chunks(session, stream_chunks(path, CHUNK), header["vocabularies"],
                               progress, source=path.name, written_at=header["exported_at"])
    plan.not_duplicates = read_decisions(header["not_duplicates"])
    return plan


def plan_chunks(session: Session, chunks: Chunks, vocabularies: dict[str, list[str]],
                progress: Progress | None = None, *, match_names: bool = True,
                table: TableMerge | None = None, source: str = "",
                lined: LinedChunks | None = None, written_at: str | None = None
                ) -> ImportPlan:
    """Sort the records into new, unchanged and changed, and match their new
    participants to ours by name (unless ``match_names`` is off: a CSV table's
    names are matched as it is read).  ``progress(read, 0)`` is called after
    each chunk (how many records the file holds is not known before it is
    read); it may raise to cancel.

    ``table`` says what fields a CSV table carries (see ``table_merge``):
    a row of one of our events is then merged into ours,
    field by field, instead of standing for the whole event.  ``source`` is
    the file's name, which problems are named by.  ``lined`` reads the same
    chunks with the events as lines, for the plan (``LinedChunk``).
    ``written_at``, when the file was written (a document's "exported_at"):
    our events that were here then but are not in it are named
    (``absent_events``)."""
    with fewer_collections():
        return _plan_chunks(session, chunks, vocabularies, progress, match_names=match_names,
                            table=table, source=source, lined=lined, written_at=written_at)


def _plan_chunks(session: Session, chunks: Chunks, vocabularies: dict[str, list[str]],
                 progress: Progress | None, *, match_names: bool,
                 table: TableMerge | None, source: str,
                 lined: LinedChunks | None, written_at: str | None) -> ImportPlan:
    plan = ImportPlan(chunks, vocabularies, source=source)
    old_names = former_values(session)  # renamed or merged away here: the value now
    matcher = NameMatcher(session)
    models: dict[str, tuple[Any, Any, str]] = {
        "participants": (Participant, participant_records, "name"),
        "events": (Event, _event_records_sql, "title")}
    records_read = 0
    new_names: dict[str, str] = {}  # their new participants', should a change name them
    new_events: list[str] = []
    ids = _IdsSeen(source, table=table is not None)
    for key, theirs, our_lines in with_our_lines((lined or chunks)(), _database_file(session)):
        records_read += len(theirs)
        if progress is not None:
            progress(records_read, 0)
        model, read, label_key = models[key]
        same: set[str] = set()
        if isinstance(theirs, LinedChunk):
            lines = (our_lines.result() if our_lines is not None else event_lines_by_id(
                driver_cursor(session).connection, theirs.ids))
            known = set(lines)
            same.update(event_id for event_id, line in zip(theirs.ids, theirs.lines, strict=True)
                        if lines.get(event_id) == line)
            ours = {event_id: orjson.loads(line) for event_id, line in lines.items()
                    if event_id not in same}
            records: Iterable[dict[str, Any]] = _unless_the_same(theirs, same, ids.seen[key])
        else:
            known = set(session.scalars(select(model.id).where(
                model.id.in_([r["id"] for r in theirs]))))
            ours = {r["id"]: r for r in read(session, [r["id"] for r in theirs
                                                       if r["id"] in known])}
            records = (table.merged_rows(session, theirs, ours)
                       if table is not None and key == "events" else theirs)
        for record in records:
            if ids.again(key, record, label_key):
                continue
            if record["id"] in same:  # line for line as we would write it
                plan.unchanged += 1
                continue
            if table is None and ids.check_fields(key, record):
                continue
            if record["id"] not in known:
                if key == "participants":
                    plan.new_participants += 1
                    new_names[record["id"]] = str(record.get("name") or "")
                    if match_names:
                        matcher.consider(record)
                else:
                    plan.note_new_event(record)
                    new_events.append(record["id"])
                continue
            if ours[record["id"]] == record:
                # The same to the last edit time (a copy of our own export): no
                # need to set the times aside to compare.
                plan.unchanged += 1
                continue
            differing = differing_fields(ours[record["id"]], record, old_names)
            if not differing:
                plan.unchanged += 1
                continue
            conflict = Conflict(key.rstrip("s"), record["id"], str(record.get(label_key, "")),
                                differing, str(ours[record["id"]].get("updated_at") or ""),
                                _their_time(record))
            plan.conflicts.append((conflict, record))
    if ids.problems:
        raise ValidationError(ids.problems)
    plan.conflicts, settled = keep_unseen_relations(plan.conflicts, ids.seen["events"])
    plan.conflicts = mark_sides(session, plan.conflicts)
    plan.unchanged += settled
    plan.name_matches = matcher.matches()
    plan.participant_names = _names_in_conflicts(session, plan, new_names)
    if table is not None and (note := table.note()):
        plan.notes.append(note)
    if written_at is not None and plan.unchanged + len(plan.conflicts):
        # A copy of (some of) our events: which of ours it lacks.  A file
        # sharing none of them is another dataset, which lacks them all.
        absent, held = absent_events(session, ids.seen["events"], written_at)
        if absent and held >= len(absent):
            plan.look_at.extend(event_id for event_id, _title in absent)
            plan.notes.append(absent_note(source, absent))
        elif absent and held:
            plan.notes.append(part_note(source, held, len(absent)))
    plan.offer_to_choose(new_events)
    if returning := deleted_here(session, new_events):
        plan.look_at.extend(event_id for event_id, _title in returning)
        plan.notes.append(deleted_note(source, returning))
    if returning := deleted_here(session, new_names, "participant"):
        plan.notes.append(deleted_note(source, returning, "participant"))
    return plan


class _IdsSeen:
    """The ids a file has given so far, to refuse one given twice: both
    records would be stored as the same one, the last silently winning; and
    the fields the format does not have (``check_fields``)."""

    def __init__(self, source: str, *, table: bool) -> None:
        self.source = f"{source}: " if source else ""
        self.table = table  # a CSV table's records are its rows
        self.seen: dict[str, set[str]] = {"participants": set(), "events": set()}
        self.count = {"participants": 0, "events": 0}
        self.problems: list[Problem] = []

    def again(self, key: str, record: Mapping[str, Any], label_key: str) -> bool:
        record_id, seen = str(record["id"]), self.seen[key]
        position = self.count[key]
        self.count[key] += 1
        if not record_id and not self.table:  # a table's row without an id is a new event
            self._note(Problem(f"{self.source}{key}[{position}].id", "is empty"))
            return True
        if record_id not in seen:
            seen.add(record_id)
            return False
        entity = key.rstrip("s")
        label = str(record.get(label_key) or "")
        self._note(
            Problem(f"{self.source}id", f"{record_id} is on more than one row (“{label}”)")
            if self.table else
            Problem(f"{self.source}{key}[{position}].id",
                    f"the {entity} id {record_id} is used twice in the file (“{label}”)"))
        return True

    def _note(self, problem: Problem) -> None:
        if len(self.problems) < 50:
            self.problems.append(problem)

    def check_fields(self, key: str, record: Mapping[str, Any]) -> bool:
        """Note the fields of the record ``again`` has just seen that the
        format does not have, and its lists that are not lists of what they
        hold; whether it has any such (the record is then not compared with
        ours: the import is refused)."""
        position = self.count[key] - 1
        found = unknown_fields(key, position, record) + misshapen_lists(key, position, record)
        self.problems += [Problem(f"{self.source}{problem.field}", problem.message)
                          for problem in found[:max(0, 50 - len(self.problems))]]
        return bool(found)


def _names_in_conflicts(session: Session, plan: ImportPlan,
                        new_names: Mapping[str, str]) -> dict[str, str]:
    """The names of the participants named by changed records' links: ours
    from the database, theirs new in the file (``new_names``) from their
    records; and the titles of the events their relations name (ours)."""
    named = [(name, item) for conflict, _record in plan.conflicts
             for name, ours, theirs in conflict.fields if name in ("participants", "related")
             for item in [*(ours or []), *(theirs or [])] if isinstance(item, Mapping)]
    ids = {str(item["participant"]) for name, item in named
           if name == "participants" and item.get("participant")}
    events = {str(item["event"]) for name, item in named
              if name == "related" and item.get("event")}
    found = {pid: new_names[pid] for pid in ids if pid in new_names}
    if ids:
        found.update(names_of(session, ids))
    if events:
        found.update({event_id: title for event_id, title in session.execute(
            select(Event.id, Event.title).where(Event.id.in_(events)))})
    return found


def _event_records_sql(session: Session, ids: list[str]) -> Iterator[dict[str, Any]]:
    """Our events as document records, as ``json_export.event_records`` gives
    them, built as JSON by SQLite (see json_records_sql), which reads them a
    third faster."""
    connection = driver_cursor(session).connection
    return (orjson.loads(line) for line in event_lines(connection, ids))


def _unless_the_same(theirs: LinedChunk, same: set[str], seen: set[str]
                     ) -> Iterator[dict[str, Any]]:
    """Their records, each read from its line but for those whose line is
    the very line we would write (a copy of our own export, where most are
    unchanged): those stand as their ids alone, unless the file has given the
    id already (``seen`` as the plan goes), for the message naming the record
    given twice.  A plan of 100 000 events, 5 000 of them changed, reads
    5 000 records instead of 100 000."""
    for index, event_id in enumerate(theirs.ids):
        yield ({"id": event_id} if event_id in same and event_id not in seen
               else theirs.record(index))


def _their_time(record: Mapping[str, Any]) -> str:
    """Their last edit's time as stored, for "newest" to compare with ours (a
    spreadsheet's "11/30/2026 04:37" sorted before every time of ours)."""
    written = str(record.get("updated_at") or "")
    return stored_stamp(written) or written if written else ""


def _database_file(session: Session) -> str:
    """The path of the session's database file ('' for one in memory)."""
    return str(driver_cursor(session).connection.execute(
        "PRAGMA database_list").fetchone()[2])


def _take_theirs(conflict: Conflict, policy: str) -> bool:
    if policy == "theirs" or not conflict.asked:
        return True
    if policy == "newest":
        return conflict.theirs_updated > conflict.ours_updated
    return False


def apply_import(ops: Operations, plan: ImportPlan, policy: str,
                 choices: Mapping[str, bool | Collection[str]] | None = None,
                 progress: Progress | None = None,
                 refused_matches: set[str] | None = None) -> ChangeReport:
    """Store the plan in one transaction.  ``choices`` may say, per record id,
    whether to take theirs (True), keep ours (False) or take theirs of some of
    its fields (their names).  For the other records the policy decides the
    fields changed on both sides, and what their file alone changed is taken.
    Their participants matched to ours by name are stored as ours, but for
    those (by their id) in ``refused_matches``, which are added as new.

    ``progress(done, total)`` counts the file's records as they are stored,
    and is called once more, with ``done == total``, when everything is
    written but not yet committed: an exception it raises (a cancel) rolls the
    whole import back."""
    report_progress = progress or (lambda _done, _total: None)
    mapping = confirmed(plan.name_matches, refused_matches or set())
    if policy not in POLICIES:
        raise ValidationError.single("on-conflict", f"must be one of {', '.join(POLICIES)}")
    choices = choices or {}
    # Records no field of which is changed on both sides take theirs: the
    # policy is for the others (the choices, for any).
    asked = [c for c, _ in plan.conflicts if c.asked]
    undated = [c for c in asked if not c.theirs_updated and c.record_id not in choices]
    if policy == "newest" and undated:
        raise ValidationError.single("on-conflict", (
            f"newest cannot choose for {counted(len(undated), 'changed record')} whose file "
            "gives no edit time (a CSV table's rows have none); choose ours or theirs"))
    if policy == "fail" and any(c.record_id not in choices for c in asked):
        listed = [Problem("", c.describe()) for c in asked[:20]]
        differ = "differs" if len(asked) == 1 else "differ"
        raise ValidationError([Problem("", f"{counted(len(asked), 'record')} {differ} from "
                                           "this database, changed on both sides; choose "
                                           "ours, theirs or newest"),
                               *listed])
    if plan.copies is not None:
        with _named_by(plan.source):
            plan.copies_stored = store_copies(plan.copies, ops.store.path)
    with _placed(plan):
        try:
            with fewer_collections():
                return _store(ops, plan, policy, choices, mapping, report_progress)
        except StoreRefusedError:
            # rolled back; usually ids of links, sources or figures that clash:
            # say which, where in the file
            events = (records for key, records in plan.chunks() if key == "events")
            clashes = child_id_clashes(ops.store.path, events)
            if not clashes:
                raise
            with _named_by(plan.source):
                raise ValidationError(clashes) from None


@contextmanager
def _placed(plan: ImportPlan) -> Iterator[None]:
    """Problems named as the file names its records' places (a package's
    files and rows), when it does not as the JSON document does."""
    try:
        yield
    except ValidationError as exc:
        if plan.places is None:
            raise
        raise type(exc)(plan.places(exc.problems)) from None


def _store(ops: Operations, plan: ImportPlan, policy: str,
           choices: Mapping[str, bool | Collection[str]],
           mapping: Mapping[str, str], report_progress: Progress) -> ChangeReport:
    total = plan.records()
    decided = [(conflict, record, theirs) for conflict, record in plan.conflicts
               if (theirs := fields_to_take(conflict, choices.get(conflict.record_id),
                                            _take_theirs(conflict, policy)))]
    # Our participants as the import leaves them (an affiliation or parent
    # matched to one of ours by name is ours), for the new ones' checks.
    their_participants = {
        record["id"]: {name: ours.get(name) for name in _PARTICIPANT_VALUES if name in theirs}
        for conflict, record, theirs in decided if conflict.entity == "participant"
        for ours in remapped_participants([record], mapping)}
    with _named_by(plan.source), ops.batch() as report:
        add_missing_terms(ops, plan.vocabularies)
        if plan.new_participants or plan.new_events:
            ops.bulk_import_chunks(_counted(plan, mapping, report_progress, total),
                                   skip_existing=True, matched=mapping.keys(),
                                   changed_later=their_participants)
        taken: list[tuple[Mapping[str, Any], set[str]]] = []
        for conflict, record, theirs in decided:
            if conflict.entity == "participant":
                with named_by_record(record, "participant"):
                    ops.update_participant(record["id"], their_participants[record["id"]])
            else:
                taken.append((remapped_event(record, mapping), theirs))
        take_their_events(ops, taken)
        for kind, first, second in plan.not_duplicates:
            ops.mark_not_duplicates(kind, mapping.get(first, first), mapping.get(second, second),
                                    only_if_known=True)
        ops.note_import(plan.source)
        report_progress(total, total)  # the last moment a cancel can undo it all
    return report


@contextmanager
def _named_by(source: str) -> Iterator[None]:
    """Problems found while reading or storing a file, each named by the
    file too (unless it already is)."""
    try:
        yield
    except ValidationError as exc:
        if not source:
            raise
        raise type(exc)([problem if problem.field.startswith(f"{source}:") else
                         Problem(f"{source}: {problem.field}" if problem.field
                                 else source, problem.message)
                         for problem in exc.problems]) from None


def _counted(plan: ImportPlan, mapping: Mapping[str, str], progress: Progress, total: int
             ) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """The plan's chunks for the bulk writer, with links to the participants
    matched to ours by name pointing at ours, reporting each
    chunk once it is stored (the writer asks for the next when it is done)."""
    done = 0
    for key, records in plan.chunks():
        if key == "participants":
            yield remapped_participants(records, mapping), []
        else:
            yield [], [remapped_event(record, mapping) for record in records]
        done += len(records)
        progress(done, total)
