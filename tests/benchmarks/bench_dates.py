"""Dates: the fast path against calling the ``edtf`` library for every value.

The library costs milliseconds per value, so timing it on all 100 000 dates
would take minutes; it is timed on an evenly spaced sample of the same dates
and scaled to 100 000 (the per-value cost does not depend on the count).
"""

from __future__ import annotations

import random

import edtf

from desktop.core.dates import parse_edtf
from desktop.core.friendly_dates import to_edtf
from tests.benchmarks.common import Result, median_seconds, result

COUNT = 100_000
LIBRARY_SAMPLE = 400
_MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct",
           "Nov", "Dec"]


def _edtf_dates(rng: random.Random) -> list[str]:
    dates = []
    for _ in range(COUNT):
        year, month, day = rng.randint(1990, 2030), rng.randint(1, 12), rng.randint(1, 26)
        form = rng.random()
        if form < 0.45:
            dates.append(f"{year}-{month:02d}-{day:02d}")
        elif form < 0.65:
            dates.append(f"{year}-{month:02d}")
        elif form < 0.75:
            dates.append(f"{year}{rng.choice('?~')}")
        else:
            dates.append(f"{year}-{month:02d}-{day:02d}/{year}-{month:02d}-{day + 2:02d}")
    return dates


def _friendly_dates(rng: random.Random) -> list[str]:
    dates = []
    for _ in range(COUNT):
        year, month, day = rng.randint(1990, 2030), rng.randint(0, 11), rng.randint(1, 26)
        name = _MONTHS[month]
        form = rng.random()
        if form < 0.4:
            dates.append(f"{name} {day}, {year}")
        elif form < 0.6:
            dates.append(f"{name} {year}")
        elif form < 0.8:
            dates.append(f"{name} {day}-{day + 2}, {year}")
        else:
            dates.append(f"{day} {name} {year}")
    return dates


def _library_seconds(values: list[str]) -> float:
    """Library time for all values, measured on an evenly spaced sample."""
    step = len(values) // LIBRARY_SAMPLE
    sample = values[::step][:LIBRARY_SAMPLE]
    seconds = median_seconds(lambda: [edtf.parse_edtf(v) for v in sample], repeats=3)
    return seconds * len(values) / len(sample)


def run() -> list[Result]:
    rng = random.Random(20251128)
    strict = _edtf_dates(rng)
    friendly = _friendly_dates(rng)
    converted = [to_edtf(text).edtf for text in friendly]
    note = f"baseline timed on {LIBRARY_SAMPLE} of the {COUNT} values and scaled"
    return [
        result("dates_parse_edtf_100k", median_seconds(lambda: [parse_edtf(v) for v in strict]),
               _library_seconds(strict), note=note),
        result("dates_friendly_100k", median_seconds(lambda: [to_edtf(v) for v in friendly],
                                                     repeats=3),
               _library_seconds(converted), note=note + "; baseline parses the EDTF only"),
    ]
