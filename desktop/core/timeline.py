"""What the timeline draws: lanes, a density index, and the events of a range.

The timeline never loads the whole dataset as events.  For the current filter
it reads, once, how many events start and end on each day in each lane (a
grouped query of about one row per lane and day); from those counts it answers
"how many events overlap this range" and "counts per time bin" by bisection,
with no SQL, at any zoom.  Only when a range holds few enough events to draw
one by one are those events read, through the ``ix_events_date`` index.
"""

from __future__ import annotations

import functools
import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from operator import add, sub
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from desktop.core.countries import country_name
from desktop.core.density_spread import Spread, running_totals
from desktop.core.event_filter import EventFilter, where
from desktop.core.lane_labels import shorter_labels
from desktop.core.listing import driver_rows
from desktop.core.models import (
    Event,
    EventParticipant,
    EventTag,
    Participant,
    Tag,
    VocabularyTerm,
)
from desktop.core.participant_countries import countries_by_event
from desktop.core.timeline_colours import colour_column

LANE_GROUPS = {
    "none": "Nothing",
    "category": "Category",
    "event_type": "Event type",
    "country": "Country",
    "place": "Place",
    "tag": "Tag",
    "participant": "Participant",
    "participant_country": "Participants' country",
}
# Groupings in which an event sits in as many lanes as it has tags,
# participants or participants' countries: their totals count lane entries.
SHARED_LANES = frozenset({"tag", "participant", "participant_country"})
NO_VALUE = ""  # the lane of events without a category, country, tag...
_NO_VALUE_LABELS = {"none": "All events", "category": "(no category)",
                    "event_type": "(no type)", "country": "(no country)",
                    "place": "(no place)", "tag": "(no tag)",
                    "participant": "", "participant_country": "(no participant's country)"}


@dataclass(frozen=True)
class Grouping:
    """How events are split into lanes; ``participants`` for the participant lanes."""

    by: str = "none"
    participants: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lane:
    key: str
    label: str
    count: int
    # Shorter forms of the label, tried in order where it does not fit: a
    # participant's name without its native one, its acronym ("NDRC").
    shorter: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimelineEvent:
    """One event as the timeline draws it.  Days are proleptic Gregorian
    ordinals (``date.toordinal``); ``end`` is exclusive, so a one-day event
    spans ``[start, start + 1)``."""

    seq: int
    id: str
    title: str
    edtf: str
    start: int
    end: int
    precision: str
    lane: str
    uncertain: bool = False
    approximate: bool = False
    open_start: bool = False
    open_end: bool = False
    disputed: bool = False
    date_note: str = ""
    place: str = ""
    native_title: str = ""
    colour: str = ""  # its value of the field that colours the marks (timeline_colours)

    @property
    def is_point(self) -> bool:
        return (self.precision == "day" and self.end - self.start == 1
                and not (self.open_start or self.open_end))

    @property
    def is_partial(self) -> bool:
        """Known only to the month, season, year or coarser: drawn fainter."""
        return self.precision != "day"


@dataclass
class DensityIndex:
    """Events per start day, per lane, as sorted days with running totals;
    and, over all lanes, the days events open and close, for counting the
    events that overlap a range.  An open start or end takes only its known
    day, as the timeline draws it (a short fade beside that day).

    For the density band, a lane's events known only to their month, season
    or year are kept apart, spread over their period (``Spread``); its
    ``exact_days`` then hold the rest (a lane without any has none there)."""

    days: dict[str, list[int]] = field(default_factory=dict)
    running: dict[str, list[int]] = field(default_factory=dict)
    exact_days: dict[str, list[int]] = field(default_factory=dict)
    exact_running: dict[str, list[int]] = field(default_factory=dict)
    spreads: dict[str, Spread] = field(default_factory=dict)
    first_day: int | None = None
    last_day: int | None = None  # exclusive
    undated: int = 0
    opens: list[int] = field(default_factory=list)  # sorted first days
    opened: list[int] = field(default_factory=list)  # running totals of opens
    closes: list[int] = field(default_factory=list)  # sorted days after the last
    closed: list[int] = field(default_factory=list)

    def overlapping(self, start: int, end: int) -> int:
        """Events (lane entries) overlapping days ``[start, end)``: those that
        open before ``end`` less those that close by ``start`` (which all
        opened before it).  A year-long event counts in each month's view,
        as ``events_between`` reads it."""
        opened = bisect_left(self.opens, end)
        closed = bisect_right(self.closes, start)
        return ((self.opened[opened - 1] if opened else 0)
                - (self.closed[closed - 1] if closed else 0))

    def nearest_outside(self, start: int, end: int) -> tuple[int | None, int | None]:
        """The last day an event is on before ``start``, and the first after
        ``end`` (exclusive): where the nearest events are when days
        ``[start, end)`` hold none."""
        ended = bisect_right(self.closes, start)
        after = bisect_left(self.opens, end)
        return (self.closes[ended - 1] - 1 if ended else None,
                self.opens[after] if after < len(self.opens) else None)

    def bins(self, lane: str | None, start: float, end: float, count: int) -> list[int]:
        """Events whose day is known starting in each of ``count`` equal bins
        of ``[start, end)``; ``lane`` None sums every lane.  (Those known only
        to a period are in ``spread``.)"""
        width = (end - start) / count
        result = [0] * count
        for name in (list(self.days) if lane is None else [lane]):
            days = self.exact_days.get(name, self.days.get(name))
            running = self.exact_running.get(name, self.running.get(name))
            if not days or not running:
                continue
            low, high = bisect_left(days, start), bisect_left(days, end)
            if high - low <= count:
                # Fewer days in range than bins (a year or a month in view):
                # each day's count goes to its bin.
                previous = running[low - 1] if low else 0
                for position in range(low, high):
                    slot = min(count - 1, int((days[position] - start) / width))
                    result[slot] += running[position] - previous
                    previous = running[position]
                continue
            # Running total before each edge, one bisection per edge (in C:
            # at full range 28 lanes of 350 bins are counted every frame).
            padded = [0, *running]
            before = list(map(padded.__getitem__, map(partial(bisect_left, days),
                                                      bin_days(start, end, count))))
            result = list(map(add, result, map(sub, before[1:], before[:-1])))
        return result

    def spread(self, lane: str | None, start: float, end: float, count: int
               ) -> list[float] | None:
        """How much of the events known only to a period falls in each of
        ``count`` equal bins of ``[start, end)``, each spread evenly over its
        period; None when the lane (or, ``lane`` None, every lane) has none."""
        spreads = list(self.spreads.values()) if lane is None else (
            [self.spreads[lane]] if lane in self.spreads else [])
        if not spreads:
            return None
        days = bin_days(start, end, count)
        result = spreads[0].shares(days)
        for more in spreads[1:]:
            result = list(map(add, result, more.shares(days)))
        return result

    def spread_overlapping(self, lane: str, start: float, end: float) -> int:
        """How many of a lane's events known only to a period overlap
        ``[start, end)`` (the share of each the band draws there)."""
        spread = self.spreads.get(lane)
        return spread.overlapping(start, end) if spread is not None else 0


@functools.lru_cache(maxsize=4)
def bin_days(start: float, end: float, count: int) -> tuple[int, ...]:
    """The first whole day of each of ``count`` equal bins of ``[start,
    end)``, and the day after the last: a bin holds the days from the first
    at or after its start.  The same for every lane of a frame."""
    width = (end - start) / count
    return tuple(math.ceil(start + width * index) for index in range(count + 1))


def lane_column(grouping: Grouping) -> tuple[Any, list[tuple[Any, ColumnElement[bool]]]]:
    """The SQL expression naming an event's lane, and the outer joins it needs."""
    if grouping.by == "category":
        return func.coalesce(Event.category_id, NO_VALUE), []
    if grouping.by == "event_type":
        return func.coalesce(Event.event_type_id, NO_VALUE), []
    if grouping.by == "country":
        return func.coalesce(Event.country, NO_VALUE), []
    if grouping.by == "place":  # as written, a lane each way of writing one
        return func.coalesce(Event.place, NO_VALUE), []
    if grouping.by == "tag":
        return func.coalesce(EventTag.tag_id, NO_VALUE), [(EventTag, EventTag.event_id == Event.id)]
    if grouping.by == "participant":
        return EventParticipant.participant_id, []
    return literal(NO_VALUE), []


def scoped(query: Select[Any], event_filter: EventFilter, grouping: Grouping) -> Select[Any]:
    _, joins = lane_column(grouping)
    for target, on in joins:
        query = query.outerjoin(target, on)
    if grouping.by == "participant":
        # Inner join: one row per chosen participant the event is linked to.
        query = query.join(EventParticipant, and_(
            EventParticipant.event_id == Event.id,
            EventParticipant.participant_id.in_(grouping.participants)))
    return query.where(where(event_filter))


def _day(value: str) -> int:
    return date.fromisoformat(value).toordinal()


def load_density(session: Session, event_filter: EventFilter, grouping: Grouping,
                 countries: dict[str, set[str]] | None = None
                 ) -> tuple[list[Lane], DensityIndex]:
    """Lanes with their counts, and the per-day index for the filter.
    ``countries``: each event's participants' countries when the caller keeps
    them between filters (``countries_by_event``), for the lanes by
    participants' country."""
    lane, _ = lane_column(grouping)
    # An open start or end takes the known day (see DensityIndex).
    first = func.coalesce(Event.date_start, Event.date_end)
    last = func.coalesce(Event.date_end, Event.date_start)
    vague = func.coalesce(Event.date_precision, "day") != "day"
    if grouping.by == "participant_country":
        grouped: Any = _by_participant_country(
            session, event_filter, first, last, vague,
            countries if countries is not None else countries_by_event(session))
    else:
        grouped = driver_rows(session, scoped(
            select(lane, first, last, vague, func.count()).select_from(Event),
            event_filter, grouping).group_by(lane, first, last, vague))
    index = DensityIndex()
    # Counted by ISO day, turned into ordinals once per distinct day: the
    # rows are about one per lane and day, 70 000 at 100 000 events.
    exact: dict[str, dict[str, int]] = {}
    periods: dict[str, dict[tuple[str, str], int]] = {}
    opens: dict[str, int] = {}
    closes: dict[str, int] = {}
    for key, day, end_day, only_period, count in grouped:
        if day is None:
            index.undated += count
            continue
        opens[day] = opens.get(day, 0) + count
        closes[end_day] = closes.get(end_day, 0) + count
        if only_period:
            lane_periods = periods.setdefault(key, {})
            lane_periods[day, end_day] = lane_periods.get((day, end_day), 0) + count
        else:
            known = exact.get(key)
            if known is None:
                known = exact[key] = {}
            known[day] = known.get(day, 0) + count
    ordinals = {day: _day(day) for day in opens.keys() | closes.keys()}
    for key in exact.keys() | periods.keys():
        starts = {ordinals[day]: count for day, count in exact.get(key, {}).items()}
        spans = periods.get(key)
        if spans:
            index.exact_days[key], index.exact_running[key] = running_totals(starts)
            index.spreads[key] = Spread({(ordinals[day], ordinals[end_day] + 1): count
                                         for (day, end_day), count in spans.items()})
            for (day, _), count in spans.items():
                starts[ordinals[day]] = starts.get(ordinals[day], 0) + count
        index.days[key], index.running[key] = running_totals(starts)
    index.opens, index.opened = running_totals({ordinals[day]: n for day, n in opens.items()})
    index.closes, index.closed = running_totals({ordinals[day] + 1: n for day, n in closes.items()})
    if index.opens:
        index.first_day, index.last_day = index.opens[0], index.closes[-1]
    shorter = shorter_labels(session, grouping.by, list(index.days))
    lanes = [Lane(key, label, index.running[key][-1], shorter.get(key, ()))
             for key, label in _lane_labels(session, grouping, list(index.days)).items()]
    lanes.sort(key=lambda item: (item.key == NO_VALUE, -item.count, item.label.lower()))
    if grouping.by == "participant":
        # The chosen participants without events in the filter get an empty
        # lane; one merged into another or deleted since it was chosen, none
        # (it stood there under its id).
        shown = {item.key for item in lanes}
        idle = set(session.scalars(select(Participant.id).where(Participant.id.in_(
            [key for key in grouping.participants if key not in shown]))))
        labels = _lane_labels(session, grouping, list(idle))
        shorter = shorter_labels(session, grouping.by, list(idle))
        lanes.extend(Lane(key, labels[key], 0, shorter.get(key, ()))
                     for key in grouping.participants if key in idle)
    return lanes, index


def _countries_of(session: Session, event_ids: list[str]) -> dict[str, set[str]]:
    """The countries of the participants (those with one) of these events."""
    query: Any = (select(EventParticipant.event_id, Participant.country)
                  .join(Participant, Participant.id == EventParticipant.participant_id)
                  .where(Participant.country.is_not(None), Participant.country != "",
                         EventParticipant.event_id.in_(event_ids)))
    countries: dict[str, set[str]] = {}
    for event_id, country in driver_rows(session, query):
        countries.setdefault(event_id, set()).add(country)
    return countries


def _by_participant_country(session: Session, event_filter: EventFilter, first: Any,
                            last: Any, vague: Any, countries: dict[str, set[str]]
                            ) -> list[tuple[str, str | None, str | None, bool, int]]:
    """(country, first day, last day, events) for the lanes by participants'
    country: an event is in the lane of each of its participants' countries,
    once however many participants come from there, and in the lane of no
    country when none of them has one.  The events and their countries are
    read apart and matched here: SQLite's join of the three tables, made
    distinct, takes a third longer (1.5 s at 100 000 events)."""
    scope = where(event_filter)
    counted: dict[tuple[str, str | None, str | None, bool], int] = {}
    for event_id, day, end_day, only_period in driver_rows(
            session, select(Event.id, first, last, vague).where(scope)):
        for country in countries.get(event_id) or (NO_VALUE,):
            key = (country, day, end_day, only_period)
            counted[key] = counted.get(key, 0) + 1
    return [(*key, count) for key, count in counted.items()]


def _lane_labels(session: Session, grouping: Grouping, keys: list[str]) -> dict[str, str]:
    labels = {key: _NO_VALUE_LABELS[grouping.by] for key in keys if key == NO_VALUE}
    wanted = [key for key in keys if key != NO_VALUE]
    if grouping.by in ("category", "event_type"):
        rows = session.execute(select(VocabularyTerm.id, VocabularyTerm.value)
                               .where(VocabularyTerm.id.in_(wanted)))
        labels.update({key: value for key, value in rows})
    elif grouping.by in ("country", "participant_country"):
        labels.update({key: country_name(key) or key for key in wanted})
    elif grouping.by == "tag":
        labels.update({key: name for key, name in session.execute(
            select(Tag.id, Tag.name).where(Tag.id.in_(wanted)))})
    elif grouping.by == "participant":
        for key, name, native in session.execute(
                select(Participant.id, Participant.name, Participant.native_name)
                .where(Participant.id.in_(wanted))):
            labels[key] = f"{name} ({native})" if native and native != name else name
    return {key: labels.get(key, key) for key in keys}


def events_between(session: Session, event_filter: EventFilter, grouping: Grouping,
                   start: int, end: int, limit: int, colour_by: str = "lane"
                   ) -> list[TimelineEvent] | None:
    """The events overlapping days ``[start, end)``, or None when there are
    more than ``limit`` (the caller then draws the density instead); each
    with its value of ``colour_by`` (a key of ``COLOUR_GROUPS``)."""
    lane, _ = lane_column(grouping)
    first, last = date.fromordinal(start).isoformat(), date.fromordinal(end - 1).isoformat()
    # An open start or end is drawn as a short fade beside the known day, so
    # such an event is in a range when that day is (as DensityIndex counts it).
    overlap = and_(or_(Event.date_start <= last,
                       and_(Event.date_start.is_(None), Event.date_end <= last)),
                   or_(Event.date_end >= first,
                       and_(Event.date_end.is_(None), Event.date_start >= first)),
                   Event.date_edtf.is_not(None))
    by_country = grouping.by == "participant_country"
    query = scoped(select(Event.seq, Event.id, Event.title, Event.date_edtf, Event.date_start,
                          Event.date_end, Event.date_precision, Event.date_note,
                          Event.place, literal(NO_VALUE) if by_country else lane,
                          Event.native_title,
                          literal("") if colour_by == "lane" else colour_column(colour_by))
                   .select_from(Event), event_filter, grouping)
    rows = session.execute(query.where(overlap).order_by(Event.date_start, Event.seq)
                           .limit(limit + 1)).all()
    if len(rows) > limit:
        return None
    events = [_timeline_event(*row) for row in rows]
    if not by_country:
        return events
    # Each event once in the lane of each of its participants' countries.
    countries = _countries_of(session, [event.id for event in events])
    placed = [replace(event, lane=country) for event in events
              for country in sorted(countries.get(event.id) or (NO_VALUE,))]
    return placed if len(placed) <= limit else None


def _timeline_event(seq: int, event_id: str, title: str, edtf: str, date_start: str | None,
                    date_end: str | None, precision: str | None, note: str, place: str,
                    lane: str, native_title: str, colour: str) -> TimelineEvent:
    start = _day(date_start) if date_start else None
    end = _day(date_end) + 1 if date_end else None
    qualifiers = edtf.replace("..", "")
    return TimelineEvent(
        seq=seq, id=event_id, title=title, edtf=edtf,
        start=start if start is not None else (end or 1) - 1,
        end=end if end is not None else (start or 0) + 1,
        precision=precision or "day", lane=lane,
        uncertain="?" in qualifiers or "%" in qualifiers,
        approximate="~" in qualifiers or "%" in qualifiers,
        open_start=start is None, open_end=end is None,
        disputed=bool(note.strip()), date_note=note, place=place, native_title=native_title,
        colour=colour)


@dataclass(frozen=True)
class EventSummary:
    """What a tooltip says about one event."""

    title: str
    edtf: str
    place: str
    date_note: str
    participants: list[tuple[str, str]]  # (name, role), the first few in the event's order
    more: int
    native_title: str = ""


def event_summary(session: Session, event_id: str, limit: int = 5) -> EventSummary | None:
    event = session.get(Event, event_id)
    if event is None:
        return None
    role = VocabularyTerm
    rows = session.execute(
        select(Participant.name, Participant.native_name, role.value)
        .join(EventParticipant, EventParticipant.participant_id == Participant.id)
        .outerjoin(role, role.id == EventParticipant.role_id)
        .where(EventParticipant.event_id == event_id)
        .order_by(EventParticipant.sort_order)).all()
    named = [(f"{name} ({native})" if native and native != name else name, value or "")
             for name, native, value in rows[:limit]]
    return EventSummary(event.title, event.date_edtf or "", event.place, event.date_note,
                        named, max(0, len(rows) - limit), event.native_title)


def event_days(session: Session, event_id: str) -> tuple[int, int] | None:
    """First and last (exclusive) day of an event, for bringing it into view."""
    row = session.execute(select(Event.date_start, Event.date_end)
                          .where(Event.id == event_id)).first()
    if row is None or (row[0] is None and row[1] is None):
        return None
    first: str | None = row[0]
    last: str | None = row[1]
    start = _day(first or last or "")
    end = _day(last) + 1 if last else start + 1
    return start, end
