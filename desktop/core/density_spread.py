"""Events known only to their month, season or year, spread evenly over it.

A density band that counted such an event on the first day of its period
drew a spike there ("30 events on 1 January 2011") out of events that may
have been on any day of the year.  Spread instead, each gives every day of
its period an equal share: a month-only event 1/31 of an event to each day of
January.  The timeline draws that share fainter, above the events whose day
is known.

A lane's spread is kept as how much of its events falls before each day of
the lane's extent (an array of floats, made on first use): a bin of any range
is then two look-ups, with no loop over events or periods.  A lane whose
periods span more than ``DAYS_KEPT`` days (a year mistyped as 205, beside
2025) keeps the same amounts at the periods' first and last days alone, and
works out those between: a third as fast, in memory that does not grow with
the span.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, repeat
from operator import sub

DAYS_KEPT = 60_000  # ~160 years: 480 KB a lane


class Spread:
    """The events of one lane known only to a period, spread over it."""

    def __init__(self, periods: dict[tuple[int, int], int]) -> None:
        """``periods``: ``{(first day, day after the last): events}``."""
        self._periods = {(first, max(end, first + 1)): count
                         for (first, end), count in periods.items()}
        self.first = min(first for first, _ in self._periods)
        self.end = max(end for _, end in self._periods)
        self._before: array[float] | None = None
        self._corners: tuple[list[int], list[float], list[float]] | None = None
        self._starts: tuple[list[int], list[int]] | None = None
        self._ends: tuple[list[int], list[int]] | None = None

    def prepare(self) -> None:
        """Work out now what ``shares`` looks up, which the first frame
        would (~40 ms for the lanes of 100 000 events): in a large database
        the lanes are read beside the window, and this with them."""
        if self.end - self.first > DAYS_KEPT:
            self._corner_table()
        else:
            self._shares_before()

    def shares(self, days: Sequence[int]) -> list[float]:
        """How much of the events falls on the days between each two of
        ``days`` (whole days, sorted): from the first up to the next."""
        if self.end - self.first > DAYS_KEPT:
            return self._shares_by_corners(days)
        before = self._shares_before()
        extent = len(before) - 1
        # The days before the lane's first are 0 and those after its last the
        # whole; only those between are looked up (C-level maps: every lane's
        # few hundred bins are worked out each frame at the full range).
        low = bisect_left(days, self.first)
        high = bisect_right(days, self.end)
        totals = [0.0] * low
        totals += map(before.__getitem__, map(sub, days[low:high], repeat(self.first)))
        totals += repeat(before[extent], len(days) - high)
        return list(map(sub, totals[1:], totals[:-1]))

    def overlapping(self, start: float, end: float) -> int:
        """How many of the events' periods overlap days ``[start, end)``."""
        if self._starts is None or self._ends is None:
            periods = self._periods.items()
            self._starts = running_totals(_counted((first, n) for (first, _), n in periods))
            self._ends = running_totals(_counted((end, n) for (_, end), n in periods))
        (starts, started), (ends, ended) = self._starts, self._ends
        opened = bisect_left(starts, end)
        closed = bisect_right(ends, start)
        return ((started[opened - 1] if opened else 0)
                - (ended[closed - 1] if closed else 0))

    def _rates(self) -> Iterator[tuple[int, int, float]]:
        """Each period's first day, the day after its last, and the events
        a day it holds."""
        for (first, end), count in self._periods.items():
            yield first, end, count / (end - first)

    def _shares_before(self) -> array[float]:
        """Element ``k``: how much of the events falls on the lane's first
        ``k`` days."""
        if self._before is None:
            steps = array("d", bytes(8 * (self.end - self.first + 1)))
            for first, end, rate in self._rates():
                steps[first - self.first] += rate
                steps[end - self.first] -= rate
            # Rounded to a billionth of an event a day: between two periods
            # the sum of their rates is then 0, not a residue of the adding
            # that would draw a sliver of a bar where no event can be.
            rates = map(round, accumulate(steps[:-1]), repeat(9))
            self._before = array("d", accumulate(rates, initial=0.0))
        return self._before


    def _shares_by_corners(self, days: Sequence[int]) -> list[float]:
        """``shares`` from the amount before each period's first and last
        day and the rate after it: the amount before a day is the last
        corner's plus the rate times the days since."""
        corners, before, rates = self._corner_table()
        clamped = [min(max(day, corners[0]), corners[-1]) for day in days]
        at = [bisect_right(corners, day) - 1 for day in clamped]
        totals = [before[index] + rates[index] * (day - corners[index])
                  for index, day in zip(at, clamped, strict=True)]
        return list(map(sub, totals[1:], totals[:-1]))

    def _corner_table(self) -> tuple[list[int], list[float], list[float]]:
        """The periods' first and last days in order, the amount before each
        and the rate after it (made on first use)."""
        if self._corners is None:
            steps: dict[int, float] = {}
            for first, end, rate in self._rates():
                steps[first] = steps.get(first, 0.0) + rate
                steps[end] = steps.get(end, 0.0) - rate
            # A corner before every day: nothing before the first period.
            corners = [self.first - 1, *sorted(steps)]
            rates = [0.0, *(round(rate, 9) for rate in accumulate(
                steps[day] for day in corners[1:]))]
            before = [0.0, 0.0]
            for index in range(2, len(corners)):
                before.append(before[-1] + rates[index - 1] * (corners[index] - corners[index - 1]))
            self._corners = corners, before, rates
        return self._corners


def running_totals(counts: dict[int, int]) -> tuple[list[int], list[int]]:
    """Days in order, and how many events there are up to each."""
    days = sorted(counts)
    return days, list(accumulate(counts[day] for day in days))


def _counted(days: Iterable[tuple[int, int]]) -> dict[int, int]:
    """Events by day, from (day, events) pairs that may repeat a day."""
    counts: dict[int, int] = {}
    for day, count in days:
        counts[day] = counts.get(day, 0) + count
    return counts
