"""Comparing the network of two periods: new, gone, stronger and weaker ties,
newcomers and absentees, within the search and filters."""

from __future__ import annotations

import pytest

from desktop.core.dates import DateError
from desktop.core.filters import EventFilter
from desktop.core.network_change import NetworkChange, compare_periods, read_period
from desktop.core.operations import Operations

# Events of A, B, C and D: (date, who).
EVENTS = [("2024-03-01", "AB"), ("2024-06", "AB"), ("2024-09-10", "AC"),
          ("2025-02-01", "AB"), ("2025-04-01", "AD"), ("2025-05-01", "BD"),
          ("2023-12-31/2024-01-02", "CD")]  # spans the new year: in 2024 as the filter counts


def _dataset(ops: Operations) -> dict[str, str]:
    ids = {letter: ops.create_participant({"kind": "organization", "name": f"Org {letter}"})
           .ids("participant").pop() for letter in "ABCD"}
    for day, who in EVENTS:
        event = ops.create_event({"title": f"{who} {day}", "date": day}).ids("event").pop()
        for letter in who:
            ops.link(event, ids[letter], {})
    return ids


def _compare(ops: Operations, event_filter: EventFilter = EventFilter(),  # noqa: B008
             min_shared: int = 1) -> NetworkChange:
    with ops.store.session() as session:
        return compare_periods(session, event_filter, read_period("2024"), read_period("2025"),
                               min_shared=min_shared)


def _ties(result: NetworkChange) -> dict[tuple[str, str], tuple[int, int, str]]:
    return {(result.names[t.first], result.names[t.second]):
            (t.before, t.after, t.change(result.min_shared)) for t in result.ties}


def test_each_tie_is_new_gone_stronger_or_weaker_and_each_participant_counted(
        ops: Operations) -> None:
    _dataset(ops)
    result = _compare(ops)
    assert result.events == (4, 3)
    assert _ties(result) == {
        ("Org A", "Org B"): (2, 1, "weaker"), ("Org A", "Org C"): (1, 0, "gone"),
        ("Org C", "Org D"): (1, 0, "gone"), ("Org A", "Org D"): (0, 1, "new"),
        ("Org B", "Org D"): (0, 1, "new")}
    assert [result.names[row.id] for row in result.newcomers] == []  # D was there in 2024
    assert [result.names[row.id] for row in result.absent] == ["Org C"]
    assert result.counts() == {"new": 2, "gone": 2, "stronger": 0, "weaker": 1, "same": 0}
    assert result.summary() == ("2024: 4 events; 2025: 3 events. Ties: 2 new, 2 gone, "
                                "0 stronger, 1 weaker. Participants: 0 newcomers, 1 absent now.")
    assert result.table("new") == [["Participant", "Participant", "Shared 2024", "Shared 2025"],
                                   ["Org A", "Org D", "0", "1"], ["Org B", "Org D", "0", "1"]]
    assert result.table("absent") == [["Participant", "Events 2024", "Events 2025"],
                                      ["Org C", "2", "0"]]


def test_a_tie_needs_as_many_shared_events_as_asked(ops: Operations) -> None:
    _dataset(ops)
    # Two shared events make a tie: A and B were tied in 2024, no longer in 2025.
    assert _ties(_compare(ops, min_shared=2)) == {("Org A", "Org B"): (2, 1, "gone")}


def test_with_a_participant_in_the_filters_only_its_ties_are_compared(ops: Operations) -> None:
    ids = _dataset(ops)
    result = _compare(ops, EventFilter(participant=frozenset({ids["D"]})))
    assert _ties(result) == {("Org C", "Org D"): (1, 0, "gone"),
                             ("Org A", "Org D"): (0, 1, "new"),
                             ("Org B", "Org D"): (0, 1, "new")}
    # among D's events: A and B are new to them, C is gone, D itself is neither
    assert sorted(result.names[row.id] for row in result.newcomers) == ["Org A", "Org B"]
    assert [result.names[row.id] for row in result.absent] == ["Org C"]


def test_the_sample_names_its_participants_with_their_native_names(sample_store) -> None:  # type: ignore[no-untyped-def]
    with sample_store.session() as session:
        result = compare_periods(session, EventFilter(), read_period("2024"),
                                 read_period("2025"), kind="organization")
    assert result.events == (2, 6)
    newcomers = [result.names[row.id] for row in result.newcomers]
    assert newcomers[0] == "National Development and Reform Commission (国家发展和改革委员会)"
    assert all(t.before == 0 for t in result.ties_of("new"))


@pytest.mark.parametrize(("typed", "message"), [
    ("2025-07-28/..", "open end"), ("2025-13", "month 13"), ("", "empty")])
def test_a_period_that_is_not_one_is_refused_with_the_reason(typed: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        read_period(typed)


def test_periods_are_read_as_the_date_field_reads_them() -> None:
    quarter = read_period("Q3 2025")
    assert (quarter.start.isoformat(), quarter.end.isoformat()) == ("2025-07-01", "2025-09-30")
    assert read_period("2023-03/2023-09").end.isoformat() == "2023-09-30"
