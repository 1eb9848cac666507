"""Counts of events by period and by a facet: the figures of a report.

"How many engagements per country and year?" — a table with a row per
country (category, event type, status, tag or participant) and a column per
year, quarter or month, over the events of the current search and filters.

Dates are honest here as everywhere: an event is counted in the period its
first day falls in, but only when its date is known that well.  A date known
only to the year is not put in a month; it is counted in a column of its own,
"less precise", as are dates whose start is known only to the decade.  Events
with no known start have a column too.  A row facet an event has several
values of (tags, participants) counts it under each, so the rows can add up
to more than the events; the totals count each event once.

Events are counted by their date as written (EDTF), each distinct date read
once: (row, date) pairs streamed from the DB-API cursor and counted here,
participants counted distinct by SQLite for the rows shown alone.  100 000
events take 0.2 s by country, about a second by participant.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal, select
from sqlalchemy.orm import Session

from desktop.core.countries import country_name
from desktop.core.dates import parse_edtf
from desktop.core.event_filter import where
from desktop.core.filters import EventFilter
from desktop.core.listing import driver_rows
from desktop.core.models import Event, EventParticipant, EventTag, Participant, Tag, VocabularyTerm
from desktop.core.participant_countries import countries_by_event
from desktop.core.report_choices import PERIODS, ROW_FACETS

LESS_PRECISE = "less precise"
NO_START = "no known start"
ALL_DATES = "all dates"
ROW_LIMIT = 300  # rows listed, those with the most events first
_NONE_LABEL = {"country": "(no country)", "place": "(no place)", "category": "(no category)",
               "event_type": "(no event type)", "tag": "(no tag)",
               "participant": "(no participant)",
               "participant_country": "(no participant with a country)"}
# Each event's participants' countries (participants without one left out, so
# that the events none of whose participants has a country make their own row);
# the cell's events are found through it.
_PARTICIPANT_COUNTRIES = (
    select(EventParticipant.event_id, Participant.country)
    .join(Participant, Participant.id == EventParticipant.participant_id)
    .where(Participant.country.is_not(None), Participant.country != "")
    .subquery("participant_countries"))


@dataclass(frozen=True)
class TallyRow:
    label: str
    counts: tuple[int, ...]  # one per column of the tally
    total: int  # events in the row (each once)
    key: Any = None  # the country code, term, tag or participant id (None: "(no tag)")


@dataclass(frozen=True)
class Tally:
    rows_by: str
    per: str
    columns: tuple[str, ...]  # the periods in order, then LESS_PRECISE and NO_START if any
    rows: tuple[TallyRow, ...]
    totals: tuple[int, ...]  # distinct events per column
    total: int  # distinct events in all
    rows_left_out: int  # rows past ROW_LIMIT

    def as_table(self) -> list[list[str]]:
        """Header, a line per row and the totals line, as text cells."""
        label = ROW_FACETS[self.rows_by]
        lines = [[label, *self.columns, "Total"]]
        lines += [[row.label, *map(str, row.counts), str(row.total)] for row in self.rows]
        lines.append(["All events", *map(str, self.totals), str(self.total)])
        return lines


CHART_ROWS = 8  # the rows drawn as lines: more are not told apart


@dataclass(frozen=True)
class ChartSeries:
    """What a chart of the tally draws: the events per period as bars, and
    the rows with the most events as lines (an event in two rows is on both
    lines, and once in its bar)."""

    periods: tuple[str, ...]
    totals: tuple[int, ...]  # events per period
    lines: tuple[tuple[str, tuple[int, ...]], ...]  # (row label, count per period)
    left_out: dict[str, int]  # events in the columns that are not periods


def chart_series(result: Tally, rows: int = CHART_ROWS) -> ChartSeries:
    """The tally's periods (not "less precise" nor "no known start", which
    are said apart), its totals and its first ``rows`` rows."""
    kept = [number for number, column in enumerate(result.columns)
            if column not in (LESS_PRECISE, NO_START)]
    lines = tuple((row.label, tuple(row.counts[n] for n in kept))
                  for row in result.rows[:rows]) if result.rows_by != "none" else ()
    return ChartSeries(
        periods=tuple(result.columns[n] for n in kept),
        totals=tuple(result.totals[n] for n in kept), lines=lines,
        left_out={column: result.totals[n] for n, column in enumerate(result.columns)
                  if column in (LESS_PRECISE, NO_START) and result.totals[n]})


def tally(session: Session, event_filter: EventFilter, rows_by: str, per: str) -> Tally:
    """The counts of the filter's events by ``rows_by`` (a key of ROW_FACETS)
    and ``per`` (a key of PERIODS)."""
    if rows_by not in ROW_FACETS or per not in PERIODS:
        raise ValueError(f"cannot count by {rows_by} per {per}")
    scope = where(event_filter)
    key, label_of = _row_key(session, rows_by)
    # Straight on the DB-API cursor: SQLAlchemy's row processing of 300 000
    # rows costs more than the query and the counting together.
    def run(query: Any) -> Any:
        return driver_rows(session, query)

    def ordered(counts: dict[Any, int]) -> list[Any]:  # the most events first
        return sorted(counts, key=lambda k: (-counts[k], label_of(k).casefold()))

    totals: dict[str, int]
    if rows_by == "participant_country":
        by_row, totals = _by_participant_country(session, run, scope, per)
        row_totals = _summed_rows(by_row)
    elif rows_by == "participant":
        # An event may hold two roles: its participants are counted by SQLite,
        # distinct, and only the rows shown by period (20 000 participants by
        # month would be 280 000 groups for 300 rows).
        row_totals = dict(run(
            _joined(select(key, func.count(Event.seq.distinct())), rows_by)
            .where(scope).group_by(key)))
        by_row = _by_period(run(_rows_by_date(
            key, scope, rows_by, ordered(row_totals)[:ROW_LIMIT])), per)
        totals = _event_totals(run, scope, per)
    else:
        # One (row, date) pair per event (per tag): counted here, as they
        # stream, in half the time SQLite takes to group 100 000 of them.
        by_row = _by_period(((row_key, edtf, 1) for row_key, edtf in run(
            _joined(select(key, Event.date_edtf), rows_by).where(scope))), per)
        row_totals = _summed_rows(by_row)
        # An event with two tags is in two rows, and once in the totals.
        totals = (_event_totals(run, scope, per) if rows_by == "tag"
                  else _summed_columns(by_row))
    listed = ordered(row_totals)
    columns = _columns(set(totals), per)
    shown = [] if rows_by == "none" else listed[:ROW_LIMIT]  # "none": the totals say it all
    rows = tuple(TallyRow(label_of(k), tuple(by_row.get(k, {}).get(c, 0) for c in columns),
                          row_totals[k], k) for k in shown)
    return Tally(rows_by, per, columns, rows, tuple(totals.get(c, 0) for c in columns),
                 sum(totals.values()), len(listed) - len(shown) if shown else 0)


def events_counted(session: Session, event_filter: EventFilter, rows_by: str, per: str, *,
                   row: TallyRow | None, column: str | None) -> list[str]:
    """The ids of the events a cell of the tally counts, in list order (by
    ``seq``): ``row`` None for the totals line, ``column`` None for the
    total column."""
    key, _ = _row_key(session, rows_by)
    query: Any = select(Event.id, Event.date_edtf).where(where(event_filter))
    if row is not None and rows_by != "none":
        query = _joined(query, rows_by).where(
            key.is_(None) if row.key is None else key == row.key)
    found = session.connection().execute(query.distinct().order_by(Event.seq))
    return list(dict.fromkeys(event_id for event_id, edtf in found
                              if column is None or bucket(edtf, per) == column))


def _summed_rows(by_row: dict[Any, dict[str, int]]) -> dict[Any, int]:
    return {key: sum(cells.values()) for key, cells in by_row.items()}


def _summed_columns(by_row: dict[Any, dict[str, int]]) -> dict[str, int]:
    totals: dict[str, int] = {}
    for cells in by_row.values():
        for column, count in cells.items():
            totals[column] = totals.get(column, 0) + count
    return totals


def _event_totals(run: Callable[[Any], Any], scope: ColumnElement[bool],
                  per: str) -> dict[str, int]:
    """The events in scope by period, each once."""
    return _by_period(((None, edtf, 1) for (edtf,) in run(
        select(Event.date_edtf).where(scope))), per).get(None, {})


def _by_participant_country(session: Session, run: Callable[[Any], Any],
                            scope: ColumnElement[bool], per: str
                            ) -> tuple[dict[Any, dict[str, int]], dict[str, int]]:
    """Each event counted once under each of its participants' countries (and
    under None when none of them has one), and once in the totals.

    Joined here rather than by SQLite: the events in scope are read in one
    pass and matched with their participants' countries
    (``countries_by_event``), and each distinct date read once."""
    events = {event_id: edtf for event_id, edtf in run(
        select(Event.id, Event.date_edtf).where(scope))}
    pairs = {(country, event_id) for event_id, countries in countries_by_event(session).items()
             if event_id in events for country in countries}
    columns = {edtf: bucket(edtf, per) for edtf in set(events.values())}
    counted: Counter[tuple[str | None, str]] = Counter(
        (country, columns[events[event_id]]) for country, event_id in pairs)
    placed = {event_id for _, event_id in pairs}
    counted.update((None, columns[edtf]) for event_id, edtf in events.items()
                   if event_id not in placed)
    by_row: dict[Any, dict[str, int]] = {}
    for (country, column), count in counted.items():
        by_row.setdefault(country, {})[column] = count
    totals = Counter(columns[edtf] for edtf in events.values())
    return by_row, dict(totals)


def _by_period(grouped: Iterable[Any], per: str) -> dict[Any, dict[str, int]]:
    """(row key, date as written, count) groups summed into each row's periods."""
    by_row: dict[Any, dict[str, int]] = {}
    for row_key, edtf, count in grouped:
        cells = by_row.setdefault(row_key, {})
        column = bucket(edtf, per)
        cells[column] = cells.get(column, 0) + count
    return by_row


def bucket(edtf: str | None, per: str) -> str:
    """The column an event of this date is counted in."""
    return _bucket(edtf or "", per)


@lru_cache(maxsize=65536)
def _bucket(edtf: str, per: str) -> str:
    start = edtf.split("/")[0]
    if start in ("", ".."):
        return NO_START
    if per == "none":
        return ALL_DATES
    try:
        span = parse_edtf(start)
    except ValueError:
        return LESS_PRECISE
    first, last = span.start, span.end
    if first is None or last is None or first.year != last.year:
        return LESS_PRECISE
    # Years of four digits, as EDTF writes them ("0205"): so that the periods
    # sort as they follow each other (a year 205 sorted after 2025).
    if per == "year":
        return f"{first.year:04d}"
    if per == "quarter":
        quarter = (first.month - 1) // 3 + 1
        return f"{first.year:04d} Q{quarter}" if (last.month - 1) // 3 + 1 == quarter \
            else LESS_PRECISE
    return (f"{first.year:04d}-{first.month:02d}" if first.month == last.month
            else LESS_PRECISE)


# A run of more periods with no events than this, between two with events, is
# one column named for the run ("0206–2024"): a year typed wrong (0205 for
# 2025) made 1 820 columns of zeros by year and 21 840 by month.
LONGEST_EMPTY_RUN = 24


def _columns(found: set[str], per: str) -> tuple[str, ...]:
    """Every period from the first to the last found (a year with no events
    is a column of zeros, not a gap; a long run of them, one column), then
    the columns for the rest."""
    periods = sorted(found - {LESS_PRECISE, NO_START, ALL_DATES})
    filled: list[str] = []
    if per == "none":
        filled = [ALL_DATES] if ALL_DATES in found else []
    elif periods:
        filled = _periods_between(periods, per)
    return tuple(filled + [c for c in (LESS_PRECISE, NO_START) if c in found])


def _periods_between(found: list[str], per: str) -> list[str]:
    """The periods ``found`` (in order) and those between them, a long run of
    empty ones as one column."""
    def number(label: str) -> int:  # months (or quarters, or years) since year 0
        if per == "year":
            return int(label)
        year, part = label.split(" Q") if per == "quarter" else label.split("-")
        return int(year) * (4 if per == "quarter" else 12) + int(part) - 1

    def label(value: int) -> str:
        if per == "year":
            return f"{value:04d}"
        if per == "quarter":
            return f"{value // 4:04d} Q{value % 4 + 1}"
        return f"{value // 12:04d}-{value % 12 + 1:02d}"

    periods = [found[0]]
    for before, after in pairwise(found):
        first, last = number(before) + 1, number(after) - 1
        if last - first + 1 > LONGEST_EMPTY_RUN:
            periods.append(f"{label(first)}–{label(last)}")
        else:
            periods += [label(value) for value in range(first, last + 1)]
        periods.append(after)
    return periods


def _row_key(session: Session, rows_by: str) -> tuple[Any, Callable[[Any], str]]:
    """The SQL expression a row is keyed by, and its label for a key."""
    none = _NONE_LABEL.get(rows_by, "")
    if rows_by in ("country", "participant_country"):
        column = Event.country if rows_by == "country" else _PARTICIPANT_COUNTRIES.c.country
        return column, lambda code: f"{country_name(code)} ({code})" if code else none
    if rows_by in ("category", "event_type"):
        terms = dict(session.execute(select(VocabularyTerm.id, VocabularyTerm.value)).all())
        column = Event.category_id if rows_by == "category" else Event.event_type_id
        return column, lambda term: str(terms.get(term, term)) if term else none
    if rows_by == "place":  # as written: Tools ▸ Tidy places… joins two ways of writing one
        return Event.place, lambda place: str(place) if place else none
    if rows_by == "status":
        return Event.status, lambda status: str(status).replace("_", " ").capitalize()
    if rows_by == "tag":
        names = dict(session.execute(select(Tag.id, Tag.name)).all())
        return EventTag.tag_id, lambda tag: str(names.get(tag, tag)) if tag else none
    if rows_by == "participant":
        return EventParticipant.participant_id, _participant_labels(session, none)
    return literal("all"), lambda _key: "All events"


def _participant_labels(session: Session, none: str) -> Callable[[Any], str]:
    """A participant's name, with its native name where two share a name."""
    rows = session.execute(select(Participant.id, Participant.name,
                                  Participant.native_name)).all()
    seen: dict[str, int] = {}
    for _, name, _native in rows:
        seen[name] = seen.get(name, 0) + 1
    labels = {pid: f"{name} ({native})" if seen[name] > 1 and native else name
              for pid, name, native in rows}
    return lambda pid: str(labels.get(pid, pid)) if pid else none


def _rows_by_date(key: Any, scope: ColumnElement[bool], rows_by: str,
                  keys: list[Any]) -> Select[Any]:
    """These rows' events counted by date as written, each event once."""
    chosen: ColumnElement[bool] = key.in_([k for k in keys if k is not None])
    if None in keys:  # the events with no participant (with a country) at all
        chosen = chosen | key.is_(None)
    return (_joined(select(key, Event.date_edtf, func.count(Event.seq.distinct())),
                    rows_by).where(scope, chosen).group_by(key, Event.date_edtf))


def _joined(query: Select[Any], rows_by: str) -> Select[Any]:
    """The query over events joined to the rows' table (events with none too)."""
    query = query.select_from(Event)
    if rows_by == "tag":
        return query.outerjoin(EventTag, EventTag.event_id == Event.id)
    if rows_by == "participant":
        return query.outerjoin(EventParticipant, EventParticipant.event_id == Event.id)
    if rows_by == "participant_country":
        return query.outerjoin(_PARTICIPANT_COUNTRIES,
                               _PARTICIPANT_COUNTRIES.c.event_id == Event.id)
    return query
