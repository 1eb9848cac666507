"""Adding many records at once (imports, the benchmark dataset).

The ORM costs about ten seconds per 100 000 rows, so this path validates with
the same field cleaners as the operations layer and then writes with the
DB-API's ``executemany`` inside the operations layer's transaction (see
``bulk_writer.py``).  The change log gets one entry per record, and the search
index is built for the new events in the same transaction: the import is all
or nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.changes import Problem
from desktop.core.dates import parse_edtf
from desktop.core.fields import (
    EVENT_FIELDS,
    FIGURE_FIELDS,
    LINK_FIELDS,
    PARTICIPANT_FIELDS,
    RELATION_FIELDS,
    SOURCE_FIELDS,
    Cleaner,
    FieldSpec,
    check_id,
    clean_country,
    clean_day,
    clean_edtf,
)
from desktop.core.former_terms import former_terms
from desktop.core.memo import Once
from desktop.core.models import Event, EventTag, Participant, Tag, VocabularyTerm, new_id
from desktop.core.operations_base import clean_names
from desktop.core.stamps import stored_stamp
from desktop.core.wording import json_kind

_VOCABULARY_FIELDS = {"category": "category", "event_type": "event_type",
                      "org_type": "org_type", "role": "role"}
MAX_PROBLEMS = 200
# Cleaners whose result depends on the value alone: each value is read once
# per import (see memo.py).
_PURE_CLEANERS = (clean_edtf, clean_country, clean_day)


@dataclass
class BulkCounts:
    participants: int = 0
    events: int = 0
    links: int = 0
    event_ids: list[str] = field(default_factory=list)


def _date_span(edtf: str) -> tuple[str | None, str | None, str]:
    """An EDTF date's first and last day (ISO) and its precision."""
    parsed = parse_edtf(edtf)
    return (parsed.start.isoformat() if parsed.start else None,
            parsed.end.isoformat() if parsed.end else None, parsed.precision)


def _reference(raw: Any) -> str | None:
    return str(raw) if raw else None


def _once(cleaner: Cleaner, session: Session) -> Once[Any]:
    return Once(lambda raw: cleaner(raw, session))


class _Cleaner:
    """Field validation without a query per value: vocabularies come from a dict."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.terms: dict[tuple[str, str], str] = {
            (vocabulary, value.casefold()): term_id for term_id, vocabulary, value in
            session.execute(select(VocabularyTerm.id, VocabularyTerm.vocabulary,
                                   VocabularyTerm.value))}
        self.former: dict[tuple[str, str], str] | None = None
        self.problems: list[Problem] = []
        self.once: dict[Cleaner, Once[Any]] = {
            cleaner: _once(cleaner, session) for cleaner in _PURE_CLEANERS}
        self._plans: dict[tuple[int, frozenset[str]],
                          dict[str, tuple[str, Callable[[Any], Any]] | None]] = {}

    def clean(self, where: str, spec: Mapping[str, FieldSpec], record: Mapping[str, Any],
              skip: frozenset[str]) -> dict[str, Any]:
        plan = self._plan(spec, skip)
        columns: dict[str, Any] = {}
        for name, raw in record.items():
            try:
                step = plan[name]
            except KeyError:
                self.problem(where, name, "is not a field of this record")
                continue
            if step is None:
                continue
            column, cleaned = step
            try:
                columns[column] = cleaned(raw)
            except ValueError as exc:
                self.problem(where, name, str(exc))
        return columns

    def _plan(self, spec: Mapping[str, FieldSpec],
              skip: frozenset[str]) -> dict[str, tuple[str, Callable[[Any], Any]] | None]:
        """Each field name's column and cleaning, worked out once per kind of
        record: deciding them per value was a third of the checking of an
        import's 400 000 events and links.  A name skipped maps to None."""
        key = (id(spec), skip)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plans[key] = dict.fromkeys(skip)
            for name, field_spec in spec.items():
                if name not in skip:
                    plan[name] = (field_spec.column, self._cleaning(name, field_spec))
        return plan

    def _cleaning(self, name: str, field_spec: FieldSpec) -> Callable[[Any], Any]:
        if name in ("affiliation", "parent"):
            return _reference  # checked once every participant of the import is known
        if name in _VOCABULARY_FIELDS:
            return functools.partial(self.term, _VOCABULARY_FIELDS[name])
        clean, session = field_spec.clean, self.session
        once = self.once.get(clean)
        if once is None:
            return lambda raw: clean(raw, session)
        return lambda raw: once(raw) if isinstance(raw, str) else clean(raw, session)

    def term(self, vocabulary: str, value: Any) -> str | None:
        if value is not None and not isinstance(value, str):
            raise ValueError(f"must be a text, not {json_kind(value)}")
        text = "" if value is None else value.strip()
        if not text:
            return None
        term_id = self.terms.get((vocabulary, text.casefold()))
        if term_id is None:
            # An old name of a value renamed or merged away here (read once).
            if self.former is None:
                self.former = former_terms(self.session)
            term_id = self.former.get((vocabulary, text.casefold()))
        if term_id is None:
            raise ValueError(f"'{text}' is not a known {vocabulary.replace('_', ' ')}")
        return term_id

    def problem(self, where: str, name: str, message: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(Problem(f"{where}.{name}" if name else where, message))


_STAMP_COLUMNS = ("created_at", "updated_at", "updated_by")
EVENT_COLUMNS = ("id", "seq", "title", "native_title", "category_id", "event_type_id", "date_edtf",
                  "date_start", "date_end", "date_precision", "date_note", "place", "country",
                  "summary", "attendance", "attendance_qualifier", "status", "notes",
                  *_STAMP_COLUMNS)
PARTICIPANT_COLUMNS = ("id", "kind", "name", "native_name", "country", "position",
                        "affiliation_id", "parent_id", "org_type_id", "notes", *_STAMP_COLUMNS)
LINK_COLUMNS = ("id", "event_id", "participant_id", "role_id", "note", "sort_order",
                 *_STAMP_COLUMNS)
SOURCE_COLUMNS = ("id", "event_id", "publisher", "title", "url", "published", "accessed",
                   "note", "sort_order", "copy_sha256", "copy_name", *_STAMP_COLUMNS)
FIGURE_COLUMNS = ("id", "event_id", "value", "qualifier", "unit", "note", "sort_order",
                   *_STAMP_COLUMNS)
RELATION_COLUMNS = ("id", "event_id", "related_id", "kind", "note", "sort_order",
                     *_STAMP_COLUMNS)
# The columns of an event's search text, in ``search.event_text``'s order.
TEXT_COLUMNS = tuple(EVENT_COLUMNS.index(name)
                      for name in ("title", "native_title", "summary", "place", "notes"))
LINK_ORDER = LINK_COLUMNS.index("sort_order")
SOURCE_ORDER = SOURCE_COLUMNS.index("sort_order")
_EVENT_DEFAULTS = {**dict.fromkeys(EVENT_COLUMNS), "native_title": "", "date_note": "",
                   "place": "", "summary": "", "status": "draft", "notes": ""}
# An event's row in EVENT_COLUMNS' order from a dict holding every column.
_event_row = itemgetter(*EVENT_COLUMNS)
_PARTICIPANT_DEFAULTS = {"native_name": "", "position": "", "notes": ""}
_CHILD_DEFAULTS = {"note": "", "publisher": "", "title": "", "url": "", "qualifier": "exact"}
# Keys each record's cleaning passes over (read elsewhere), as sets made once:
# 300 000 links are cleaned in an import of 100 000 events.
_SKIP = frozenset(("id", *_STAMP_COLUMNS))
_PARTICIPANT_SKIP = _SKIP | {"aliases"}
_EVENT_SKIP = _SKIP | {"participants", "tags", "sources", "figures", "related"}
_RELATION_SKIP = _SKIP | {"event"}
_LINK_SKIP = _SKIP | {"participant"}


# An import into a database holding fewer events than this drops the secondary
# indexes of the tables it fills and builds them again at the end, in the same
# transaction: building an index from sorted rows is far cheaper than updating
# eleven B-trees for every event as it is inserted.  Over a larger database
# rebuilding would cost more than it saves.
REBUILD_INDEXES_BELOW = 10_000
_REBUILT_TABLES = ("events", "event_participants", "event_tags", "change_log")


def drop_indexes(cursor: Any) -> list[str]:
    """Drop the secondary indexes of the tables an import fills; return the
    statements that create them again.

    The DB-API opens a transaction only before a row is written, and runs DDL
    before that in autocommit: the transaction is opened here first, so that
    a refused, failed or killed import gets its indexes back with everything
    else it rolls back."""
    if not cursor.connection.in_transaction:
        cursor.execute("BEGIN IMMEDIATE")
    marks = ", ".join("?" for _ in _REBUILT_TABLES)
    found = cursor.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                           f"AND sql IS NOT NULL AND tbl_name IN ({marks})",
                           _REBUILT_TABLES).fetchall()
    for name, _sql in found:
        cursor.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in found]


def insert_rows(cursor: Any, table: str, columns: tuple[str, ...],
            rows: list[tuple[Any, ...]]) -> None:
    marks = ", ".join("?" for _ in columns)
    cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)


class CheckedRows:
    """The rows to insert, built while every record is checked."""

    def __init__(self, session: Session, at: str, analyst: str) -> None:
        self.session = session
        self.cleaner = _Cleaner(session)
        self.at = at
        self.analyst = analyst
        self.participant_ids = set(session.scalars(select(Participant.id)))
        self.event_ids = set(session.scalars(select(Event.id)))
        self.child_ids: set[str] = set()
        self.next_seq = (session.scalar(select(func.max(Event.seq))) or 0) + 1
        self.tag_names: dict[str, str] = {
            tag_id: name for tag_id, name in session.execute(select(Tag.id, Tag.name))}
        self.tags = {name.casefold(): tag_id for tag_id, name in self.tag_names.items()}
        self.new_tags: list[tuple[str, str]] = []
        # Tags no event has: the first to use one again writes it as it likes
        # (see tag_spelling); each renamed is (its new name, id).
        self.unused_tags = set(self.tag_names).difference(
            session.scalars(select(EventTag.tag_id).distinct()))
        self.renamed_tags: list[tuple[str, str]] = []
        # (where, row): written once every event of the import is known
        self.relations: list[tuple[str, tuple[Any, ...]]] = []
        self.span = Once(_date_span)  # each date's span worked out once per import
        self.tables: dict[str, list[tuple[Any, ...]]] = {
            name: [] for name in ("participants", "participant_aliases", "events",
                                  "event_tags", "event_participants", "sources",
                                  "event_figures")}

    def stamps(self, record: Mapping[str, Any], where: str) -> dict[str, Any]:
        """An import keeps the record's own times and author; new records get now."""
        return dict(zip(_STAMP_COLUMNS, self.stamp_values(record, where), strict=True))

    def stamp_values(self, record: Mapping[str, Any], where: str) -> tuple[str, str, str]:
        """``stamps`` as a tuple in _STAMP_COLUMNS' order."""
        return (self._stamp(record, "created_at", where),
                self._stamp(record, "updated_at", where),
                str(record.get("updated_by") or self.analyst))

    def _stamp(self, record: Mapping[str, Any], name: str, where: str) -> str:
        """A time as stored, however the file wrote it (a spreadsheet rewrites
        them its own way); anything else is named: stored, "yesterday" would
        sort after every time and win every "newest" merge."""
        value = record.get(name)
        if not value:
            return self.at
        if type(value) is str and len(value) == 20 and value[10] == "T" and value[19] == "Z":
            return value  # the app's own form: a million of them in an import of 100 000
        stored = stored_stamp(str(value))  # nearly every one differs: not kept (Once)
        if stored is None:
            self.cleaner.problem(where, name, f"'{value}' is not a time (write it as "
                                              "2026-11-28T18:31:30Z)")
            return self.at
        return stored

    def new_id(self, where: str, record: Mapping[str, Any], taken: set[str],
               label: str) -> str:
        record_id = str(record.get("id") or new_id())
        try:
            check_id(record_id)
        except ValueError as exc:
            self.cleaner.problem(where, "id", str(exc))
        if record_id in taken:
            self.cleaner.problem(where, "id", f"the {label} id {record_id} is used twice "
                                              "or is already in the database")
        taken.add(record_id)
        return record_id

    def participant(self, index: int, record: Mapping[str, Any]) -> None:
        where = f"participants[{index}]"
        pid = self.new_id(where, record, self.participant_ids, "participant")
        columns = self.cleaner.clean(where, PARTICIPANT_FIELDS, record, _PARTICIPANT_SKIP)
        for required in ("kind", "name"):
            if _missing(required, columns, record):
                self.cleaner.problem(where, required, "is required")
        row = {**_PARTICIPANT_DEFAULTS, **columns, "id": pid, **self.stamps(record, where)}
        self.tables["participants"].append(tuple(row.get(c) for c in PARTICIPANT_COLUMNS))
        for order, alias in enumerate(record.get("aliases") or []):
            self.tables["participant_aliases"].append((pid, str(alias), order))

    def event(self, index: int, record: Mapping[str, Any]) -> str:
        where = f"events[{index}]"
        eid = self.new_id(where, record, self.event_ids, "event")
        columns = self.cleaner.clean(where, EVENT_FIELDS, record, _EVENT_SKIP)
        if _missing("title", columns, record):
            self.cleaner.problem(where, "title", "is required")
        if columns.get("date_edtf"):
            (columns["date_start"], columns["date_end"],
             columns["date_precision"]) = self.span(columns["date_edtf"])
        row = {**_EVENT_DEFAULTS, **columns, "id": eid, "seq": self.next_seq,
               **self.stamps(record, where)}
        self.next_seq += 1
        self.tables["events"].append(_event_row(row))
        for order, link in enumerate(_objects(record, "participants")):
            self.link(f"{where}.participants[{order}]", eid, order, link)
        for order, source in enumerate(_objects(record, "sources")):
            self.child(f"{where}.sources[{order}]", eid, order, source, SOURCE_FIELDS,
                       "sources", SOURCE_COLUMNS)
        for order, figure in enumerate(_objects(record, "figures")):
            self.child(f"{where}.figures[{order}]", eid, order, figure, FIGURE_FIELDS,
                       "event_figures", FIGURE_COLUMNS)
        for order, relation in enumerate(_objects(record, "related")):
            self.relation(f"{where}.related[{order}]", eid, order, relation)
        # One tag once, however often and in whatever case or spacing it is written.
        for name in clean_names([str(t) for t in record.get("tags") or []], "tags"):
            self.tables["event_tags"].append((eid, self._tag_id(name)))
        return eid

    def _tag_id(self, name: str) -> str:
        tag_id = self.tags.get(name.casefold())
        if tag_id is None:
            tag_id = self.tags[name.casefold()] = new_id()
            self.tag_names[tag_id] = name
            self.new_tags.append((tag_id, name))
        elif tag_id in self.unused_tags:
            self.unused_tags.discard(tag_id)
            if self.tag_names[tag_id] != name:
                self.tag_names[tag_id] = name
                self.renamed_tags.append((name, tag_id))
        return tag_id

    def link(self, where: str, event_id: str, order: int, link: Mapping[str, Any]) -> None:
        pid = link.get("participant")
        if pid not in self.participant_ids:
            self.cleaner.problem(where, "participant", f"no participant has the id {pid}"
                                 if pid else "is required")
            return
        link_id = self.new_id(where, link, self.child_ids, "link")
        columns = self.cleaner.clean(where, LINK_FIELDS, link, _LINK_SKIP)
        # The row built directly, in LINK_COLUMNS' order: an import of
        # 100 000 events has 300 000 links.
        self.tables["event_participants"].append((
            link_id, event_id, pid, columns.get("role_id"), columns.get("note", ""),
            columns.get("sort_order", order), *self.stamp_values(link, where)))

    def relation(self, where: str, event_id: str, order: int,
                 relation: Mapping[str, Any]) -> None:
        """A relation is checked like a source; the event it names is checked
        at the end (``BulkWriter.finish``): it may come later in the file."""
        relation_id = self.new_id(where, relation, self.child_ids, "relation")
        columns = self.cleaner.clean(where, RELATION_FIELDS, relation, _RELATION_SKIP)
        if _missing("kind", columns, relation):
            self.cleaner.problem(where, "kind", "is required")
        self.relations.append((where, (
            relation_id, event_id, str(relation.get("event") or ""), columns.get("kind"),
            columns.get("note", ""), columns.get("sort_order", order),
            *self.stamp_values(relation, where))))

    def child(self, where: str, event_id: str, order: int, record: Mapping[str, Any],
              spec: Mapping[str, FieldSpec], table: str, columns_order: tuple[str, ...]) -> None:
        child_id = self.new_id(where, record, self.child_ids, table.rstrip("s"))
        columns = self.cleaner.clean(where, spec, record, _SKIP)
        row = {**_CHILD_DEFAULTS, "sort_order": order, **columns, "id": child_id,
               "event_id": event_id, **self.stamps(record, where)}
        self.tables[table].append(tuple(row.get(c) for c in columns_order))


def _missing(name: str, columns: Mapping[str, Any], record: Mapping[str, Any]) -> bool:
    """Whether a required field is left out or empty.  One whose value was
    refused (too long, a NUL in it) is not in ``columns`` but has its problem
    already: "is required" as well would send the analyst looking for a
    value that is there."""
    return not columns.get(name) and (name in columns or name not in record)


def _objects(record: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    items = record.get(key) or []
    return [item for item in items if isinstance(item, Mapping)]
