"""The timeline's data for the current filter and lanes, read lazily and cached.

The density index is read once per filter, grouping or edit; the events of a
range are read only when the range holds few enough of them, with a margin on
both sides so that panning a little needs no query.

In a database of many events the lanes and the index are read beside the
window (0.3 to 1.3 s at 100 000 events, after every search typed while the
timeline shows; 0.1 to 0.25 s the first time the timeline is shown): until
they come, the lanes read before stay, and the canvas keeps the picture it
has (the first time, it says it is reading).  What must be current (a step
along a lane, a picture) reads them at once (``ensure_loaded(now=True)``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.db import Store
from desktop.core.event_filter import EventFilter
from desktop.core.models import Event
from desktop.core.participant_countries import countries_by_event
from desktop.core.timeline import (
    DensityIndex,
    Grouping,
    Lane,
    TimelineEvent,
    events_between,
    load_density,
)
from desktop.core.timeline_colours import ColourKey, colour_keys, colour_ranks
from desktop.core.timeline_layout import CALENDAR_END, MIN_DAY, Viewport
from desktop.ui.latest_query import LatestQuery, beside

EVENT_LIMIT = 1500  # more events than this in view are drawn as a density band
# The events in the database: a few ms at 100 000.
_COUNTED: Any = select(func.count()).select_from(Event)


@dataclass(frozen=True)
class _Read:
    """The lanes, index and colours read for one state of the data."""

    generation: int
    lanes: list[Lane]
    index: DensityIndex
    colour_keys: list[ColourKey]
    countries: dict[str, set[str]] | None
    ranks: dict[str, int] | None
    store_events: int


class TimelineData:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.event_filter = EventFilter()
        self.grouping = Grouping()
        self.lanes: list[Lane] = []
        self.index = DensityIndex()
        # What colours the marks ("lane": their lane's colour), and its values
        # among the filter's events, the commonest first.
        self.colour_by = "lane"
        self.colour_keys: list[ColourKey] = []
        # Each value's colour by its rank in the whole dataset, by field: kept
        # while only the filter changes (a search as one types), read again
        # after an edit.
        self._colour_ranks: dict[str, dict[str, int]] = {}
        self.collapsed: set[str] = set()
        # Labels in the events' native titles, where they have one (a picture
        # for a report in Chinese).
        self.native_titles = False
        self.loaded = False
        # per font: title widths, and titles elided to a width
        self.text_cache: dict[tuple[float, float],
                              tuple[dict[str, float], dict[tuple[str, float], str]]] = {}
        # each lane's height when last laid out, for the lanes below the screen
        self.lane_heights: dict[str, float] = {}
        # each lane's events' rows (by seq) when last laid out, at the zoom
        # ``rows_zoom``, for the next frame at that zoom to keep them in:
        # forgotten when the lanes or the events shown change
        self.lane_rows: dict[str, dict[int, int]] = {}
        self.rows_zoom: float | None = None
        self.queries = 0  # events_between calls, for tests that check the caching
        self._cache: tuple[int, int, list[TimelineEvent]] | None = None
        # Each event's participants' countries, for the lanes by them: kept
        # while only the filter changes (reading them is two thirds of a
        # second of those lanes' 1.2 s at 100 000 events), read again after an edit.
        self._countries: dict[str, set[str]] | None = None
        # Each filter, grouping or edit is a new generation; a read beside the
        # window answers for one, and is dropped when another has come since.
        self.generation = 0
        self.pending = False  # a read beside the window is on its way
        self.read_once = False  # lanes have been read (the first time, nothing to keep)
        self._store_events: int | None = None  # in the database, at the last read
        self._next_at_once = False  # after a read beside the window failed
        self.reader: LatestQuery | None = None
        self.arrived_beside: Callable[[], None] = lambda: None  # the canvas repaints

    def set_filter(self, event_filter: EventFilter) -> None:
        if event_filter != self.event_filter:
            self.event_filter = event_filter
            self.lane_rows.clear()  # another set of events: packed afresh
            self.invalidate(edited=False)

    def set_grouping(self, grouping: Grouping) -> None:
        if grouping != self.grouping:
            self.grouping = grouping
            self.collapsed.clear()
            self.lane_heights.clear()
            self.lane_rows.clear()
            self.invalidate(edited=False)

    def set_colour_by(self, by: str) -> None:
        if by != self.colour_by:
            self.colour_by = by
            self.invalidate(edited=False)  # the values counted, the events read with theirs

    def set_native_titles(self, native: bool) -> None:
        if native != self.native_titles:
            self.native_titles = native
            self._cache = None

    def choose_participants(self, participant_ids: tuple[str, ...]) -> None:
        self.set_grouping(replace(self.grouping, participants=participant_ids))

    def invalidate(self, *, edited: bool = True) -> None:
        """Read the lanes again; ``edited``: the data changed, not only the
        filter or the grouping."""
        self.loaded = False
        self.pending = False
        self.generation += 1
        self._cache = None
        if edited:
            self._countries = None
            self._colour_ranks.clear()

    def ensure_loaded(self, *, now: bool = False) -> None:
        """Read the lanes and the index if the state changed since.  In a
        large database, once lanes have been read, they are read beside the
        window unless ``now``: meanwhile the ones before stay."""
        if self.loaded:
            return
        if not now and (self.pending or self._read_beside()):
            return
        with self.store.session() as session:
            self._apply(self._reader()(session))

    def _read_beside(self) -> bool:
        """Start reading beside the window, if the database is large and
        there are lanes to show meanwhile."""
        if self._next_at_once:
            return False
        if self._store_events is None:  # the first read: the events counted (a few ms)
            with self.store.session() as session:
                self._store_events = int(session.execute(_COUNTED).scalar_one())
        if not beside(self._store_events):
            return False
        if self.reader is None:
            self.reader = LatestQuery(self.store)
            self.reader.ready.connect(self._arrived)
            self.reader.failed.connect(self._failed)
        self.pending = True
        self.reader.request(self._reader())
        return True

    def _reader(self) -> Callable[[Session], _Read]:
        """What reads the current state's lanes, index and colours (on any
        thread: it takes what it needs of this object now)."""
        generation, event_filter, grouping = self.generation, self.event_filter, self.grouping
        colour_by, countries = self.colour_by, self._countries
        ranks = self._colour_ranks.get(colour_by)

        def read(session: Session) -> _Read:
            nonlocal countries, ranks
            if grouping.by == "participant_country" and countries is None:
                countries = countries_by_event(session)
            lanes, index = load_density(session, event_filter, grouping,
                                        countries if grouping.by == "participant_country"
                                        else None)
            for spread in index.spreads.values():  # the overview strip sums them all
                spread.prepare()
            if colour_by != "lane" and ranks is None:
                ranks = colour_ranks(session, colour_by)
            keys = colour_keys(session, event_filter, colour_by,
                               grouping.participants if grouping.by == "participant" else None,
                               ranks)
            return _Read(generation, lanes, index, keys, countries, ranks,
                         int(session.execute(_COUNTED).scalar_one()))

        return read

    def _apply(self, read: _Read) -> None:
        self.lanes, self.index, self.colour_keys = read.lanes, read.index, read.colour_keys
        if read.countries is not None:
            self._countries = read.countries
        if read.ranks is not None and self.colour_by != "lane":
            self._colour_ranks[self.colour_by] = read.ranks
        self._store_events = read.store_events
        self.loaded, self.pending, self.read_once = True, False, True
        self._next_at_once = False

    def _arrived(self, read: _Read) -> None:
        if read.generation != self.generation or self.loaded:
            return  # asked for a state since left (its own read follows)
        self._apply(read)
        self.arrived_beside()

    def _failed(self, _error: object) -> None:
        """A read beside the window failed: the next is made at once, where
        what fails is said as any error of the window is."""
        self.pending = False
        self._next_at_once = True
        self.arrived_beside()

    def extent(self) -> tuple[int, int] | None:
        """First and last (exclusive) day of the filtered events, if any is dated."""
        self.ensure_loaded()
        if self.index.first_day is None or self.index.last_day is None:
            return None
        return self.index.first_day, self.index.last_day

    def count_in(self, viewport: Viewport) -> int:
        """Events (lane entries) overlapping the visible range's days."""
        self.ensure_loaded()
        return self.index.overlapping(*_days(viewport))

    def too_many_in(self, viewport: Viewport) -> bool:
        """Whether the range holds too many events to draw one by one."""
        return self.count_in(viewport) > EVENT_LIMIT

    def events_in(self, viewport: Viewport, in_view: int | None = None
                  ) -> list[TimelineEvent] | None:
        """The events overlapping the visible range, or None if too many to draw
        (``in_view``: ``count_in(viewport)`` when the caller has it already).

        The events of a wider range (as far again on each side) are read when
        it holds few enough, so that panning a little needs no query; the
        index's counts decide which range is read, so a range that holds too
        many is never read at all."""
        self.ensure_loaded()
        if not self.read_once:
            return []  # no index yet to say how many the range holds: the lanes come first
        first, last = _days(viewport)
        if (self.count_in(viewport) if in_view is None else in_view) > EVENT_LIMIT:
            return None
        if self._cache is None or not (self._cache[0] <= first and last <= self._cache[1]):
            span = last - first
            low, high = max(MIN_DAY, first - span), min(CALENDAR_END, last + span)
            limit = 3 * EVENT_LIMIT
            if self.index.overlapping(low, high) > limit:
                low, high, limit = first, last, EVENT_LIMIT
            self.queries += 1
            with self.store.session() as session:
                found = events_between(session, self.event_filter, self.grouping,
                                       low, high, limit, self.colour_by)
            if found is None:  # the counts are those of the same query
                return None
            if self.native_titles:
                found = [replace(event, title=event.native_title) if event.native_title
                         else event for event in found]
            self._cache = (low, high, found)
        return [event for event in self._cache[2] if event.start < last and event.end > first]


def _days(viewport: Viewport) -> tuple[int, int]:
    """The whole days the viewport shows some of, as ``[first, last)``."""
    return max(MIN_DAY, int(viewport.start)), min(CALENDAR_END, int(viewport.end) + 1)
