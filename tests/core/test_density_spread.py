"""The density band's share of events known only to a month, season or year:
spread evenly over that period, not piled on its first day."""

from __future__ import annotations

import random
from datetime import date
from itertools import pairwise

import pytest

from desktop.core import density_spread
from desktop.core.density_spread import Spread
from desktop.core.event_filter import EventFilter
from desktop.core.operations import Operations
from desktop.core.timeline import Grouping, load_density


def _day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def test_a_year_only_event_is_spread_over_its_year_not_its_first_day(ops: Operations) -> None:
    for number in range(3):
        ops.create_event({"title": f"Sometime in 2024 {number}", "date": "2024",
                          "country": "CN"})
    ops.create_event({"title": "In March", "date": "2024-03", "country": "CN"})
    ops.create_event({"title": "On 10 March", "date": "2024-03-10", "country": "CN"})
    with ops.store.session() as session:
        lanes, index = load_density(session, EventFilter(), Grouping("country"))
    assert [(lane.key, lane.count) for lane in lanes] == [("CN", 5)]
    january, march = _day("2024-01-01"), _day("2024-03-01")
    # Day by day through March: the one event whose day is known on its day,
    # the others a share on every day, the same on the 1st as on the 20th.
    known = index.bins("CN", march, march + 31, 31)
    shares = index.spread("CN", march, march + 31, 31)
    assert known == [1 if day == 9 else 0 for day in range(31)]
    assert shares is not None
    assert shares[0] == pytest.approx(3 / 366 + 1 / 31)
    assert shares[19] == pytest.approx(shares[0])
    # Month by month through the year: the year's three in every month by its
    # days, the March one in March alone; nothing before or after.
    months = [_day(f"2024-{month:02d}-01") for month in range(1, 13)] + [_day("2025-01-01")]
    by_month = index.spread("CN", january - 366, january + 2 * 366, 3)
    assert by_month == pytest.approx([0.0, 4.0, 0.0])
    for first, end in pairwise(months):
        share = index.spread("CN", first, end, 1)
        assert share is not None
        expected = 3 * (end - first) / 366 + (1 if first == march else 0)
        assert share[0] == pytest.approx(expected)
    # Which of them could be on a day, for the band's tooltip.
    assert index.spread_overlapping("CN", march + 19, march + 20) == 4
    assert index.spread_overlapping("CN", _day("2024-06-01"), _day("2024-06-02")) == 3
    assert index.spread_overlapping("CN", _day("2025-06-01"), _day("2025-06-02")) == 0


def test_a_lane_of_known_days_has_no_spread(ops: Operations) -> None:
    ops.create_event({"title": "A day", "date": "2024-05-02", "country": "LA"})
    ops.create_event({"title": "A range", "date": "2024-05-02/2024-05-09", "country": "LA"})
    with ops.store.session() as session:
        _lanes, index = load_density(session, EventFilter(), Grouping("country"))
    assert index.spread("LA", _day("2024-01-01"), _day("2025-01-01"), 12) is None
    assert sum(index.bins("LA", _day("2024-01-01"), _day("2025-01-01"), 12)) == 2


@pytest.mark.parametrize("kept", [density_spread.DAYS_KEPT, 0])
def test_spread_shares_match_counting_day_by_day(kept: int,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Random periods, ranges and bins: each bin holds, of every period, the
    share of its days that fall in the bin (whole days, from the first at or
    after the bin's start, as the known days are counted) — kept day by day,
    or (``kept`` 0: as for a lane spanning centuries) at the periods' ends."""
    monkeypatch.setattr(density_spread, "DAYS_KEPT", kept)
    rng = random.Random(5)
    periods: dict[tuple[int, int], int] = {}
    for _ in range(200):
        first = 730_000 + rng.randint(0, 3000)
        end = first + rng.choice((28, 30, 31, 90, 365, 366, 3652))
        periods[first, end] = periods.get((first, end), 0) + rng.randint(1, 3)
    spread = Spread(periods)
    for _ in range(40):
        start = rng.uniform(729_500, 734_500)
        span = rng.choice((10.0, 45.5, 400.0, 5000.0))
        count = rng.choice((1, 7, 60))
        width = span / count
        edges = [int(-(-(start + width * index) // 1)) for index in range(count + 1)]
        expected = [sum(n * max(0, min(end, high) - max(first, low)) / (end - first)
                        for (first, end), n in periods.items())
                    for low, high in pairwise(edges)]
        assert spread.shares(edges) == pytest.approx(expected, abs=1e-6)
