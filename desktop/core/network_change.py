"""How the network changed between two periods: "whom did the NDRC start
working with in 2025?", "which partnerships of 2023 lapsed?".

The events of the current search and filters are taken in each period (the
periods replace the filter's own dates; an event counts in a period when any
of its days falls in it, as the date filter counts it).  Two participants are
tied in a period when they share at least ``min_shared`` of its events.  Each
tie is then new, gone, stronger, weaker or as it was; each participant in
events of only one of the periods is a newcomer or absent now.

When the filter names participants, only their ties are compared: with the
NDRC chosen, the NDRC's partners, not every pair in its events.

Unlike the network picture, every participant of the events is counted (not
only the most active): a newcomer is usually a minor participant.  The links
of the events in each period are read once through the DB-API and the pairs
counted in Python (a year of the 100 000-event benchmark: ~20 000 events).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from itertools import combinations
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core.dates import DateError
from desktop.core.event_filter import where
from desktop.core.filters import EventFilter
from desktop.core.friendly_dates import to_edtf
from desktop.core.listing import driver_rows
from desktop.core.models import PARTICIPANT_KINDS, Event, EventParticipant, Participant
from desktop.core.network import members_by_event
from desktop.core.report_choices import KINDS
from desktop.core.wording import counted

CHANGES = ("new", "gone", "stronger", "weaker", "same")  # what became of a tie


@dataclass(frozen=True)
class Period:
    """A span of days as the analyst typed it ("2024", "Q3 2025", "2023-03/2023-09")."""

    typed: str
    start: date
    end: date


def read_period(typed: str) -> Period:
    """The period a text names, any way the date field reads one; an open
    or unknown end is refused (a comparison needs both ends)."""
    parsed = to_edtf(typed)
    if parsed.start is None or parsed.end is None:
        raise DateError(f"“{typed}” has an open end: give a period with a start and an end")
    return Period(typed.strip(), parsed.start, parsed.end)


def periods_out_of_order(earlier: Period, later: Period) -> str | None:
    """Why the two periods cannot be compared as earlier and later, or None:
    given the wrong way round, every new tie was called gone and every gone
    one new."""
    if earlier.start <= later.start:
        return None
    return (f"the later period (“{later.typed}”) starts before the earlier one "
            f"(“{earlier.typed}”): give the earlier first")


@dataclass(frozen=True)
class TieChange:
    first: str  # participant ids, the first by name
    second: str
    before: int  # events shared in the earlier period
    after: int

    def change(self, min_shared: int) -> str:
        was, now = self.before >= min_shared, self.after >= min_shared
        if now and not was:
            return "new"
        if was and not now:
            return "gone"
        if self.after > self.before:
            return "stronger"
        return "weaker" if self.after < self.before else "same"


@dataclass(frozen=True)
class Attendance:
    """A participant's events in each period."""

    id: str
    before: int
    after: int


@dataclass(frozen=True)
class NetworkChange:
    before: Period
    after: Period
    events: tuple[int, int]  # events in scope in each period
    ties: tuple[TieChange, ...]  # the biggest change first
    newcomers: tuple[Attendance, ...]  # in events of the later period alone, busiest first
    absent: tuple[Attendance, ...]  # in events of the earlier period alone
    names: dict[str, str]  # participant id -> "Name (native name)"
    kind: str
    min_shared: int

    def ties_of(self, change: str) -> list[TieChange]:
        return [tie for tie in self.ties if tie.change(self.min_shared) == change]

    def counts(self) -> dict[str, int]:
        counted = Counter(tie.change(self.min_shared) for tie in self.ties)
        return {change: counted.get(change, 0) for change in CHANGES}

    def summary(self) -> str:
        """"2024: 312 events; 2025: 410 events. 47 new ties, 12 gone, …"."""
        counts = self.counts()
        periods = (f"{self.before.typed}: {counted(self.events[0], 'event')}; "
                   f"{self.after.typed}: {counted(self.events[1], 'event')}.")
        ties = ", ".join(f"{counts[change]:,} {words}" for change, words in (
            ("new", "new"), ("gone", "gone"), ("stronger", "stronger"),
            ("weaker", "weaker")))
        people = (f"{counted(len(self.newcomers), 'newcomer')}, "
                  f"{len(self.absent):,} absent now.")
        return f"{periods} Ties: {ties}. Participants: {people}"

    def table(self, shown: str) -> list[list[str]]:
        """The rows a key of COMPARISON_TABLES lists (a change of a tie, "all",
        "newcomers" or "absent"), a header first, as text cells for a
        spreadsheet."""
        before, after = self.before.typed, self.after.typed
        if shown in ("newcomers", "absent"):
            rows = self.newcomers if shown == "newcomers" else self.absent
            return [["Participant", f"Events {before}", f"Events {after}"]] + [
                [self.names[row.id], str(row.before), str(row.after)] for row in rows]
        return [["Participant", "Participant", f"Shared {before}", f"Shared {after}"]] + [
            [self.names[tie.first], self.names[tie.second], str(tie.before), str(tie.after)]
            for tie in self.ties if shown == "all" or tie.change(self.min_shared) == shown]


def compare_periods(session: Session, event_filter: EventFilter, before: Period,
                    after: Period, *, kind: str = "all", min_shared: int = 1) -> NetworkChange:
    """The ties and participants of the filter's events in ``before`` against
    those in ``after`` (participants of ``kind``, a key of KINDS)."""
    if kind not in KINDS:
        raise ValueError(f"no participants of the kind {kind!r}")
    min_shared = max(1, min_shared)
    counted = [_period_counts(session, event_filter, period, kind) for period in (before, after)]
    (events_before, pairs_before, present_before), (events_after, pairs_after, present_after) = \
        counted
    focus = event_filter.participant
    shared = [(pair, pairs_before.get(pair, 0), pairs_after.get(pair, 0))
              for pair in pairs_before.keys() | pairs_after.keys()
              if not focus or pair[0] in focus or pair[1] in focus]
    shared = [row for row in shared if max(row[1], row[2]) >= min_shared]
    newcomers = [Attendance(pid, 0, count) for pid, count in present_after.items()
                 if pid not in present_before and pid not in focus]
    absent = [Attendance(pid, count, 0) for pid, count in present_before.items()
              if pid not in present_after and pid not in focus]
    names = _labels(session, {pid for (pair, _b, _a) in shared for pid in pair}
                    | {row.id for row in (*newcomers, *absent)})
    order = {pid: label.casefold() for pid, label in names.items()}
    # Each pair's ends by name (the table reads "MIIT — NDRC", not by id).
    ties = [TieChange(first, second, was, now) if order[first] <= order[second]
            else TieChange(second, first, was, now) for (first, second), was, now in shared]
    ties.sort(key=lambda tie: (-abs(tie.after - tie.before), -tie.after,
                               order[tie.first], order[tie.second]))

    def busiest(rows: list[Attendance]) -> tuple[Attendance, ...]:
        return tuple(sorted(rows, key=lambda row: (-(row.before + row.after), order[row.id])))

    return NetworkChange(before, after, (events_before, events_after), tuple(ties),
                         busiest(newcomers), busiest(absent), names, kind, min_shared)


def _period_counts(session: Session, event_filter: EventFilter, period: Period, kind: str
                   ) -> tuple[int, Counter[tuple[str, str]], Counter[str]]:
    """The events in the period, the events each pair shares (ids in order)
    and each participant's events."""
    scope = where(replace(event_filter, date_from=period.start, date_to=period.end))
    events = int(session.execute(select(func.count()).select_from(Event).where(scope))
                 .scalar_one())
    query: Any = (select(EventParticipant.event_id, EventParticipant.participant_id)
                  .where(EventParticipant.event_id.in_(select(Event.id).where(scope)))
                  .order_by(EventParticipant.event_id))
    if kind in PARTICIPANT_KINDS:
        query = query.where(EventParticipant.participant_id.in_(
            select(Participant.id).where(Participant.kind == kind)))
    pairs: Counter[tuple[str, str]] = Counter()
    present: Counter[str] = Counter()
    for members in members_by_event(driver_rows(session, query)):
        present.update(members)
        pairs.update(combinations(sorted(members), 2))
    return events, pairs, present


_CHUNK = 500  # ids per query: well under SQLite's limit of bound values


def _labels(session: Session, ids: set[str]) -> dict[str, str]:
    """"Name (native name)" of each participant, as the network labels it."""
    wanted = sorted(ids)
    labels: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        for pid, name, native in session.execute(
                select(Participant.id, Participant.name, Participant.native_name)
                .where(Participant.id.in_(wanted[start:start + _CHUNK]))):
            labels[pid] = f"{name} ({native})" if native and native != name else name
    return labels
