"""Stepping along a timeline lane at 100 000 events (Ctrl+→ on the timeline).

Each step reads the lane's next day from the density index and asks for that
day's events; the baseline asks SQLite for the lane's next event in time order
with ``ORDER BY … LIMIT 1``, which cannot use the date index for the first
known day and sorts the lane's events at every step.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import and_, or_, select

from desktop.core.db import Store
from desktop.core.event_filter import EventFilter
from desktop.core.models import Event
from desktop.core.participant_countries import countries_by_event
from desktop.core.timeline import Grouping, load_density
from desktop.core.timeline_steps import FIRST_DAY, events_in_lane, lanes_of, next_in_lane
from tests.benchmarks.common import Result, median_seconds, result

STEPS = 10


def _walk(step: Callable[[str], str | None], start: str) -> list[str | None]:
    walked: list[str | None] = [start]
    for _ in range(STEPS):
        walked.append(step(str(walked[-1])))
    return walked


def _by(store: Store, by: str) -> Result:
    everything, grouping = EventFilter(), Grouping(by)
    with store.session() as session:
        countries = countries_by_event(session) if by == "participant_country" else None
        _, index = load_density(session, everything, grouping, countries)
        start = session.scalar(select(Event.id).where(Event.seq == 50_000))
        assert start is not None
        lane = lanes_of(session, grouping, start)[0]

        def ours(event_id: str) -> str | None:
            return next_in_lane(session, everything, grouping, index, lane, event_id)

        def scanning(event_id: str) -> str | None:
            day, seq = session.execute(select(FIRST_DAY, Event.seq)
                                       .where(Event.id == event_id)).one()
            found: str | None = session.scalar(
                events_in_lane(everything, grouping, lane)
                .where(or_(day < FIRST_DAY, and_(day == FIRST_DAY, Event.seq > seq)))
                .order_by(FIRST_DAY, Event.seq).limit(1))
            return found

        assert _walk(ours, start) == _walk(scanning, start), "both walk the same events"
        value = median_seconds(lambda: _walk(ours, start), 5) / STEPS
        baseline = median_seconds(lambda: _walk(scanning, start), 3) / STEPS
    return result(
        f"timeline_step_in_lane_{by}_ms", value * 1000, baseline * 1000, "ms",
        note=f"one step to the next event in a lane, lanes by {by.replace('_', ' ')}; "
             "baseline: the lane's next event by ORDER BY first day, number LIMIT 1")


def run(store: Store) -> list[Result]:
    return [_by(store, by) for by in ("country", "participant_country")]
