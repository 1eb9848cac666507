"""Importing a spreadsheet of events from anywhere: columns mapped to fields.

The mapping is guessed from the headers (in English or Chinese) and can be
corrected.  Each row becomes an event; dates go through the friendly date
reader, countries through ISO 3166, and the participants cell ("NDRC
(signatory); 石中軍") is matched against known participants by name, native
name or alias in either Chinese character set — the rest become new
participants.  Rows that cannot be read are listed with the reason; the
analyst imports the others or nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.attendance_text import read_attendance
from desktop.core.changes import Problem, ValidationError
from desktop.core.countries import UnknownCountry, country_code
from desktop.core.dates import DateError, parse_edtf
from desktop.core.exchange.cell_names import name_role_note, participant_names, rejoined
from desktop.core.exchange.csv_export import EVENT_COLUMNS, restore
from desktop.core.exchange.csv_table import (
    TableRows,
    code_page_of,
    column_names,
    open_table,
    read_headers,
)
from desktop.core.exchange.event_table_headers import FIELDS, ROLE_COLUMNS, guess_mapping
from desktop.core.exchange.import_plan import ImportPlan
from desktop.core.exchange.json_import import plan_chunks
from desktop.core.exchange.kept_chunks import KeptChunks
from desktop.core.exchange.row_matches import EventsByTitleAndDate, matched_note
from desktop.core.exchange.table_merge import (
    TableMerge,
    carried_fields,
)
from desktop.core.exchange.table_participants import ForeignRows, NewIds, TableParticipants
from desktop.core.exchange.table_terms import ADDABLE, TableTerms, status_of
from desktop.core.fields import EVENT_FIELDS, PARTICIPANT_FIELDS, SOURCE_FIELDS, check_id
from desktop.core.friendly_dates import to_edtf
from desktop.core.memo import Once
from desktop.core.models import QUALIFIERS, Tag
from desktop.core.progress import Progress
from desktop.core.search import driver_cursor
from desktop.core.spreadsheet_dates import slashed_date_order
from desktop.core.tag_spelling import split_typed_tags

if TYPE_CHECKING:
    from desktop.core.new_participant import NewName

SURVEY_STEP = 2000  # rows between two progress reports of a survey


def parse_mapping(pairs: list[str], fields: tuple[str, ...] = FIELDS) -> dict[str, str]:
    """``FIELD=COLUMN`` pairs from the command line, FIELD one of ``fields``."""
    mapping = {}
    for pair in pairs:
        name, sep, column = pair.partition("=")
        if not sep or name.strip() not in fields:
            raise ValidationError.single("--map", f"'{pair}' is not FIELD=COLUMN with FIELD one "
                                                  f"of {', '.join(fields)}")
        mapping[name.strip()] = column.strip()
    return mapping


class ForeignCsvSource:
    """A CSV table read as import chunks, a few thousand rows at a time.

    The table is read and checked once (see ``kept_chunks``); ``report``
    holds that reading's problems and participant matches (but no records)."""

    def __init__(self, session: Session, path: Path, mapping: Mapping[str, str] | None = None,
                 refused_matches: set[str] | None = None, size: int = 2000,
                 described: Mapping[str, NewName] | None = None) -> None:
        self.session = session
        self.described = described  # new participants as a pasted page says (page_items)
        self.path = path
        self.mapping = mapping
        self.refused = refused_matches or set()
        self.size = size
        self.report = ForeignRows([])
        self.ids = NewIds()
        self.chunks = KeptChunks(self._read_chunks)

    def carried(self) -> frozenset[str]:
        """The record fields the table's mapped columns carry: a row of one of
        our events changes only those (see ``table_merge``)."""
        mapping = self.mapping if self.mapping is not None else guess_mapping(
            read_headers(self.path))
        return carried_fields(name for name in mapping if name != "id")

    def plan(self, progress: Progress | None = None) -> ImportPlan:
        """The import plan of the table, read once a chunk at a time (again
        when it is stored), with the categories and event types it adds."""
        table = TableMerge(self.carried(), code_page_of(self.path))
        plan = plan_chunks(self.session, self.chunks, {}, progress, match_names=False,
                           table=table, source=self.path.name)
        plan.vocabularies = dict(self.report.new_terms)
        if self.report.matched_events:
            plan.notes.append(matched_note(self.report.matched_events))
        return plan

    def _read_chunks(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        self.report = ForeignRows([])
        batch: list[dict[str, Any]] = []
        for event in _events(self.session, self.path, self.mapping, self.refused, self.report,
                             self.ids, self.described):
            batch.append(event)
            if len(batch) == self.size:
                yield from self._drain(batch)
                batch = []
        yield from self._drain(batch)

    def _drain(self, batch: list[dict[str, Any]]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        """New participants first (the events name them), then the events."""
        if self.report.participants:
            yield "participants", self.report.participants
            self.report.participants = []
        if batch:
            yield "events", batch


def read_foreign_csv(session: Session, path: Path, mapping: Mapping[str, str] | None = None,
                     refused_matches: set[str] | None = None) -> ForeignRows:
    """Read every row as an event, in memory (for previews and small files).
    ``refused_matches`` are typed participant names the analyst does not accept
    as the known participant they matched."""
    rows = ForeignRows([])
    rows.events = list(_events(session, path, mapping, refused_matches or set(), rows))
    return rows


def survey_foreign_csv(session: Session, path: Path, mapping: Mapping[str, str] | None = None,
                       refused_matches: set[str] | None = None,
                       progress: Progress | None = None) -> tuple[ForeignRows, int]:
    """What importing the table would do, read as a stream without keeping the
    events: the participants to create, the names matched, the rows that
    cannot be read, and how many events can (for a table of any size).
    ``progress(rows_read, 0)`` is called every few thousand rows."""
    rows = ForeignRows([])
    readable = 0
    for readable, _event_record in enumerate(
            _events(session, path, mapping, refused_matches or set(), rows), start=1):
        if progress is not None and readable % SURVEY_STEP == 0:
            progress(readable + len(rows.problems), 0)
    return rows, readable


def _events(session: Session, path: Path, mapping: Mapping[str, str] | None,
            refused: set[str], rows: ForeignRows, ids: NewIds | None = None,
            described: Mapping[str, NewName] | None = None) -> Iterator[dict[str, Any]]:
    """The readable rows as event records; problems and matches go into ``rows``."""
    with open_table(path) as (headers, table):
        rows.headers = headers
        yield from _read_events(path, headers, table, mapping, refused, session, rows,
                                ids or NewIds(), described)


def _read_events(path: Path, headers: list[str], table: TableRows,
                 mapping: Mapping[str, str] | None, refused: set[str], session: Session,
                 rows: ForeignRows, ids: NewIds,
                 described: Mapping[str, NewName] | None) -> Iterator[dict[str, Any]]:
    chosen = dict(mapping) if mapping is not None else guess_mapping(headers)
    missing = [column for column in chosen.values() if column not in headers]
    if missing:
        raise ValidationError.single(table.label, f"has no column {', '.join(missing)} "
                                                  f"(it has: {', '.join(headers)})")
    if "title" not in chosen:
        raise ValidationError.single(table.label, f"no column is mapped to the title "
                                                  f"({column_names(headers)})")
    terms = TableTerms(session)
    participants = TableParticipants(session, rows, refused, ids, code_page_of(path), described)
    order = _date_order(path, chosen["date"]) if "date" in chosen else None
    tag_names = list(session.scalars(select(Tag.name)))
    tags = frozenset(name.casefold() for name in tag_names)
    cells = _Cells(Once(lambda text: to_edtf(text, day_first=order, excel_years=True).edtf,
                        DateError),
                   Once(country_code, UnknownCountry), tag_names, tags,
                   any("; " in tag for tag in tags), EventsByTitleAndDate(driver_cursor(session)),
                   own_table=set(EVENT_COLUMNS) <= set(headers))
    for row in table:
        values = {name: restore(row.get(column, "").strip()) for name, column in chosen.items()}
        before = len(rows.problems)
        if (overflow := table.overflow_problem(len(headers))) is not None:
            rows.problems.append(overflow)
        event = _event(table.label, table.number, values, terms, participants, cells,
                       rows.problems, before)
        if len(rows.problems) == before:
            yield event
    rows.new_terms = terms.added()
    rows.matched_events = cells.events.matched


_TEXT_FIELDS = ("title", "native_title", "date_note", "place", "summary", "notes")


# The columns that name participants, and the role each gives them.
_PARTICIPANT_COLUMNS = (("participants", ""), *ROLE_COLUMNS.items())


def _end_date(event: dict[str, Any], values: Mapping[str, str], cells: _Cells, where: str,
              problems: list[Problem]) -> None:
    """The date column's day and the end date column's as one range."""
    try:
        end = cells.date(values["end_date"])
    except DateError as exc:
        problems.append(Problem(f"{where}, end_date", str(exc)))
        return
    start = event.get("date")
    if start is None:
        if not values.get("date"):
            problems.append(Problem(f"{where}, end_date", "is given without the first day "
                                                          "(the date column is empty)"))
        return
    if "/" in start:  # the date column holds a range already: it must end there too
        if start.split("/")[1] != end:
            problems.append(Problem(f"{where}, end_date", f"'{values['end_date']}' is not "
                                    f"the end of the date column's {values['date']}"))
        return
    if end == start:
        return
    try:
        event["date"] = parse_edtf(f"{start}/{end}").edtf
    except DateError as exc:
        problems.append(Problem(f"{where}, end_date", str(exc)))


@dataclass(frozen=True)
class _Cells:
    """The readings of date and country cells, each distinct text read once
    per pass over the table (see memo.py)."""

    date: Once[str]
    country: Once[str]
    tag_names: list[str]  # the database's
    tags: frozenset[str]  # the same, folded
    joined_tags: bool  # whether any of them holds "; "
    events: EventsByTitleAndDate  # ours, for the rows without an id
    # The app's own events.csv: its tags are "; "-separated, a comma is in a tag.
    own_table: bool = False
    ids: dict[str, int] = field(default_factory=dict)  # each id's first row
    matched: dict[str, int] = field(default_factory=dict)  # an event's row without an id


# Rows whose dates are looked over to tell whether the table writes 01/02/2025
# day first or month first (the first date with a day past 12 tells).
DATE_ORDER_ROWS = 20_000


def _date_order(path: Path, column: str) -> bool | None:
    """Whether the table writes its slashed dates day first, as its
    unambiguous ones show (``spreadsheet_dates.slashed_date_order``)."""
    with open_table(path) as (_headers, table):
        return slashed_date_order(row.get(column, "")
                                  for row in islice(table, DATE_ORDER_ROWS))


def _event(file_name: str, number: int, values: dict[str, str], terms: TableTerms,
           participants: TableParticipants, cells: _Cells,
           problems: list[Problem], before_row: int) -> dict[str, Any]:
    """The row's event; its problems are those past ``before_row``.  A row
    with problems is matched to no event of ours (the next row alike may be
    that event) and names no participant (none is created for it)."""
    where = f"{file_name} row {number}"
    texts: dict[str, str] = {}  # as the store keeps them: a title's line break is a space
    for name in _TEXT_FIELDS:
        # Checked here as the import will check them, so that the row is named
        # (and can be skipped): NUL characters, cells far too long.
        try:
            texts[name] = EVENT_FIELDS[name].clean(values.get(name, ""), None)  # type: ignore[arg-type]
        except ValueError as exc:
            if values.get(name):
                problems.append(Problem(f"{where}, {name}", str(exc)))
    if values.get("id"):
        try:
            check_id(values["id"])
        except ValueError as exc:
            problems.append(Problem(f"{where}, id", str(exc)))
        if (first := cells.ids.setdefault(values["id"], number)) != number:
            problems.append(Problem(f"{where}, id", f"{values['id']} is also the id of row "
                                                    f"{first}: each event has one of its own"))
        elif (alike := cells.matched.get(values["id"])) is not None:
            problems.append(Problem(f"{where}, id", f"{values['id']} is the event row {alike} "
                                                    "already is (the same title and date, "
                                                    "without an id)"))
    event: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        if texts.get(name):
            event[name] = texts[name]
    for name in ADDABLE:
        if values.get(name):
            event[name] = terms.value(name, values[name])
    if values.get("status"):
        try:  # named by its row here, not by the store later
            status = status_of(values["status"])
            event["status"] = EVENT_FIELDS["status"].clean(status, None)  # type: ignore[arg-type]
        except ValueError as exc:
            problems.append(Problem(f"{where}, status", str(exc)))
    if values.get("attendance"):
        try:
            figure = read_attendance(values["attendance"])
        except ValueError as exc:
            problems.append(Problem(f"{where}, attendance", str(exc)))
        else:
            event["attendance"], event["attendance_qualifier"] = figure
            # The app's own events.csv gives the qualifier a column of its own.
            qualifier = "_".join(values.get("attendance_qualifier", "").lower().split())
            if qualifier in QUALIFIERS:
                event["attendance_qualifier"] = qualifier
            elif qualifier:
                problems.append(Problem(f"{where}, attendance_qualifier",
                                        f"'{values['attendance_qualifier']}' is not one of "
                                        f"{', '.join(QUALIFIERS)}"))
    if not values.get("title"):
        problems.append(Problem(f"{where}, title", "is empty"))
    if values.get("date"):
        try:
            event["date"] = cells.date(values["date"])
        except DateError as exc:
            problems.append(Problem(f"{where}, date", str(exc)))
    if values.get("end_date"):
        _end_date(event, values, cells, where, problems)
    if values.get("country"):
        try:
            event["country"] = cells.country(values["country"])
        except UnknownCountry as exc:
            problems.append(Problem(f"{where}, country", str(exc)))
    if values.get("source_url") or values.get("source_publisher"):
        event["sources"] = [{"url": values.get("source_url", ""),
                             "publisher": values.get("source_publisher", "")}]
        for column, name in (("source_url", "url"), ("source_publisher", "publisher")):
            try:  # named by its row and column here (and skippable), not by the store later
                SOURCE_FIELDS[name].clean(values.get(column, ""), None)  # type: ignore[arg-type]
            except ValueError as exc:
                problems.append(Problem(f"{where}, {column}", str(exc)))
    named = [(column, in_role, *name_role_note(typed, terms, participants))
             for column, in_role in _PARTICIPANT_COLUMNS if values.get(column)
             for typed in participant_names(values[column], participants)]
    for column, _in_role, typed, _role, _note in named:
        try:  # a name the store would refuse is the row's problem, before anyone is created
            PARTICIPANT_FIELDS["name"].clean(typed, None)  # type: ignore[arg-type]
        except ValueError as exc:
            problems.append(Problem(f"{where}, {column}", f"a name {exc}"))
    ours = values.get("id") or (  # our event, when the row is one: matched, not added again
        cells.events.match(values["title"], event.get("date", ""), cells.ids)
        if values.get("title") and len(problems) == before_row else None)
    if ours and not values.get("id"):
        cells.matched[ours] = number
    event["id"] = ours or participants.ids.event(number)
    if values.get("tags"):
        # "a; b" as the app writes it (a tag may hold a comma) or one a line, else
        # "a, b" or "甲、乙"
        if cells.own_table or re.search(r"[;；\r\n]", values["tags"]):
            event["tags"] = rejoined([t.strip() for t in re.split(r"[;；\r\n]", values["tags"])
                                      if t.strip()], lambda tag: tag.casefold() in cells.tags,
                                     any_joined=cells.joined_tags)
        else:  # "Science, technology", a tag of ours alone in its cell, is one tag
            event["tags"] = split_typed_tags(values["tags"], cells.tag_names)
    links: list[dict[str, Any]] = []
    for _column, in_role, typed, role, note in named if len(problems) == before_row else ():
        link = {"participant": participants.resolve(typed, ours or ""),
                "role": role or (terms.role(in_role) if in_role else None), "note": note}
        if not any(link["participant"] == other["participant"]
                   and link["role"] == other["role"] for other in links):
            links.append(link)  # "NDRC (host)" among the participants and as a host
    event["participants"] = links
    return event
