"""Counts of events by a facet and a period, as a report quotes them."""

from __future__ import annotations

import pytest

from desktop.core import tallies
from desktop.core.db import Store
from desktop.core.filters import EventFilter
from desktop.core.models import Event
from desktop.core.operations import Operations
from desktop.core.tallies import LESS_PRECISE, NO_START, Tally, events_counted, tally


def _tally(store: Store, rows_by: str, per: str, event_filter: EventFilter | None = None
           ) -> Tally:
    with store.session() as session:
        return tally(session, event_filter or EventFilter(), rows_by, per)


def _cells(result: Tally) -> dict[str, dict[str, int]]:
    """Each row's non-zero cells by column, and the totals as row "All events"."""
    lines = {row.label: dict(zip(result.columns, row.counts, strict=True))
             for row in result.rows}
    lines["All events"] = dict(zip(result.columns, result.totals, strict=True))
    return {label: {c: n for c, n in cells.items() if n} for label, cells in lines.items()}


def test_the_sample_by_country_and_year(sample_store: Store) -> None:
    result = _tally(sample_store, "country", "year")
    assert result.columns == ("2024", "2025")
    cells = _cells(result)
    assert cells["China (CN)"] == {"2024": 1, "2025": 2}
    assert cells["Laos (LA)"] == {"2025": 1}
    assert cells["All events"] == {"2024": 2, "2025": 6}
    assert result.total == 8 and result.rows[0].label == "China (CN)"
    assert result.rows[0].total == 3
    assert result.as_table()[0] == ["Country", "2024", "2025", "Total"]
    assert result.as_table()[-1] == ["All events", "2", "6", "8"]


DATES = {"Year only": "2025", "May": "2025-05", "Across May and June": "2025-05-03/2025-06-02",
         "Spring": "2025-21", "First quarter": "2025-33", "Open start": "../2025-05-03",
         "Undated": None, "The nineties": "199X"}


@pytest.fixture
def dated(ops: Operations) -> Store:
    for title, when in DATES.items():
        ops.create_event({"title": title, "date": when})
    return ops.store


def _only(store: Store, per: str) -> dict[str, int]:
    return _cells(_tally(store, "none", per))["All events"]


def test_an_event_is_counted_in_a_period_only_when_its_date_is_known_that_well(
        dated: Store) -> None:
    assert _only(dated, "month") == {"2025-05": 2, LESS_PRECISE: 4, NO_START: 2}
    assert _only(dated, "quarter") == {"2025 Q1": 1, "2025 Q2": 2, LESS_PRECISE: 3,
                                       NO_START: 2}
    assert _only(dated, "year") == {"2025": 5, LESS_PRECISE: 1, NO_START: 2}
    assert _only(dated, "none") == {"all dates": 6, NO_START: 2}


def test_periods_without_events_are_columns_of_zeros(ops: Operations) -> None:
    for year in (2020, 2023):
        ops.create_event({"title": f"Talks {year}", "date": f"{year}-03-01", "country": "LA"})
    result = _tally(ops.store, "country", "year")
    assert result.columns == ("2020", "2021", "2022", "2023")
    assert result.rows[0].counts == (1, 0, 0, 1)
    months = _tally(ops.store, "none", "quarter").columns
    assert months[0] == "2020 Q1" and months[-1] == "2023 Q1" and len(months) == 13


def test_a_year_typed_wrong_is_counted_in_its_year_and_the_centuries_between_are_one_column(
        ops: Operations) -> None:
    """A year before 1000 sorted after 2025 ("205" > "2025"), and no period was
    shown at all; between it and the rest, 1 820 columns of zeros by year."""
    for day in ("2025-05-25", "0205-05-25", "2023-03-01"):
        ops.create_event({"title": f"Talks {day}", "date": day, "country": "LA"})
    by_year = _tally(ops.store, "country", "year")
    assert by_year.columns == ("0205", "0206–2022", "2023", "2024", "2025")
    assert by_year.rows[0].counts == (1, 0, 1, 0, 1)
    # more than two years of empty months are one column too; eight quarters are not
    assert _tally(ops.store, "none", "month").columns == (
        "0205-05", "0205-06–2023-02", "2023-03", "2023-04–2025-04", "2025-05")
    by_quarter = _tally(ops.store, "none", "quarter").columns
    assert by_quarter[:3] == ("0205 Q2", "0205 Q3–2022 Q4", "2023 Q1")
    assert by_quarter[3:] == tuple(f"{year} Q{quarter}" for year in (2023, 2024, 2025)
                                   for quarter in (1, 2, 3, 4))[1:-2]
    with ops.store.session() as session:  # the folded run's cell stands for no event
        assert events_counted(session, EventFilter(), "none", "year", row=None,
                              column="0206–2022") == []


def test_an_event_with_two_tags_is_in_both_rows_and_counted_once_in_all(
        ops: Operations) -> None:
    ops.create_event({"title": "Summit", "date": "2025-05-01", "tags": ["AI", "Trade"]})
    ops.create_event({"title": "Forum", "date": "2025-06-01", "tags": ["AI"]})
    ops.create_event({"title": "Visit", "date": "2024-06-01"})
    cells = _cells(_tally(ops.store, "tag", "year"))
    assert cells == {"AI": {"2025": 2}, "Trade": {"2025": 1}, "(no tag)": {"2024": 1},
                     "All events": {"2024": 1, "2025": 2}}


def test_a_participant_in_two_roles_counts_once_and_namesakes_are_told_apart(
        ops: Operations) -> None:
    first = ops.create_participant({"kind": "person", "name": "Li Wei", "native_name": "李伟"})
    second = ops.create_participant({"kind": "person", "name": "Li Wei",
                                     "native_name": "李薇"})
    event = ops.create_event({"title": "Seminar", "date": "2025-05-01"}).ids("event").pop()
    one, other = first.ids("participant").pop(), second.ids("participant").pop()
    ops.link(event, one, {"role": "host"})
    ops.link(event, one, {"role": "speaker"})
    ops.link(event, other)
    cells = _cells(_tally(ops.store, "participant", "month"))
    assert cells == {"Li Wei (李伟)": {"2025-05": 1}, "Li Wei (李薇)": {"2025-05": 1},
                     "All events": {"2025-05": 1}}


def test_the_counts_are_those_of_the_search_and_filters(sample_store: Store) -> None:
    result = _tally(sample_store, "status", "year", EventFilter(text="ASEAN"))
    assert 1 < result.total < 8
    assert sum(row.total for row in result.rows) == result.total


def test_rows_past_the_limit_are_left_out_and_said(sample_store: Store,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tallies, "ROW_LIMIT", 2)
    for rows_by in ("country", "participant"):
        result = _tally(sample_store, rows_by, "year")
        assert len(result.rows) == 2 and result.rows_left_out > 0
        assert result.total == 8


def _check_every_cell(store: Store, rows_by: str, per: str) -> None:
    result = _tally(store, rows_by, per)
    with store.session() as session:
        for row in (*result.rows, None):
            for column in (*result.columns, None):
                counted = events_counted(session, EventFilter(), rows_by, per, row=row,
                                         column=column)
                if row is None:
                    expected = (result.total if column is None
                                else result.totals[result.columns.index(column)])
                else:
                    expected = (row.total if column is None
                                else row.counts[result.columns.index(column)])
                assert len(counted) == expected, (row, column)


@pytest.mark.parametrize("per", list(tallies.PERIODS))
@pytest.mark.parametrize("rows_by", list(tallies.ROW_FACETS))
def test_each_number_stands_for_as_many_events_as_it_says(
        sample_store: Store, rows_by: str, per: str) -> None:
    """Double-clicking a number chooses its events: as many as it counts."""
    _check_every_cell(sample_store, rows_by, per)


@pytest.mark.parametrize("per", list(tallies.PERIODS))
def test_the_less_precise_and_undated_cells_stand_for_their_events(
        dated: Store, per: str) -> None:
    with dated.session() as session:
        some = [e.id for e in session.query(Event).order_by(Event.seq).limit(3)]
    Operations(dated, "Analyst").change_events(some, add_tags=["Checked"])
    for rows_by in ("none", "tag", "status"):
        _check_every_cell(dated, rows_by, per)


def test_the_events_of_a_cell_are_those_of_its_row_and_period(sample_store: Store) -> None:
    result = _tally(sample_store, "country", "year")
    china = result.rows[0]
    with sample_store.session() as session:
        ids = events_counted(session, EventFilter(), "country", "year", row=china,
                             column="2025")
        events = [session.get(Event, event_id) for event_id in ids]
    assert len(events) == 2
    assert all(e is not None and e.country == "CN" and (e.date_start or "").startswith("2025")
               for e in events)


def test_participants_countries_count_each_event_once_per_country(ops: Operations) -> None:
    people = {name: ops.create_participant({"kind": "person", "name": name, **extra})
              .ids("participant").pop()
              for name, extra in (("Li Wei", {"country": "CN"}), ("Wang Fang", {"country": "CN"}),
                                  ("Somsak", {"country": "LA"}), ("Anon", {}))}
    both = ops.create_event({"title": "Talks", "date": "2025-03-01"}).ids("event").pop()
    for name in ("Li Wei", "Wang Fang", "Somsak"):
        ops.link(both, people[name])
    anonymous = ops.create_event({"title": "Visit", "date": "2024-05-01"}).ids("event").pop()
    ops.link(anonymous, people["Anon"])
    ops.create_event({"title": "Nobody", "date": "2024-06-01"})
    cells = _cells(_tally(ops.store, "participant_country", "year"))
    assert cells == {"China (CN)": {"2025": 1}, "Laos (LA)": {"2025": 1},
                     "(no participant with a country)": {"2024": 2},
                     "All events": {"2024": 2, "2025": 1}}


def test_the_chart_draws_the_periods_and_the_rows_with_the_most_events(
        sample_store: Store, dated: Store) -> None:
    from desktop.core.tallies import chart_series

    by_country = chart_series(_tally(sample_store, "country", "year"))
    assert by_country.periods == ("2024", "2025") and by_country.totals == (2, 6)
    assert by_country.lines[0] == ("China (CN)", (1, 2))
    assert len(by_country.lines) == 6 and by_country.left_out == {}
    assert len(chart_series(_tally(sample_store, "country", "year"), rows=2).lines) == 2
    # Dates not known to the month are said apart, not drawn in a period.
    monthly = chart_series(_tally(dated, "none", "month"))
    assert monthly.lines == () and LESS_PRECISE not in monthly.periods
    assert monthly.left_out == {LESS_PRECISE: 4, NO_START: 2}
    assert sum(monthly.totals) == 2


def test_events_by_place_as_written(ops: Operations) -> None:
    for title, date, place in (("Forum", "2024-05-01", "Vientiane"),
                               ("Forum again", "2025-05-01", "Vientiane"),
                               ("Talks", "2025-06-01", "Phnom Penh"),
                               ("Call", "2025-07-01", "")):
        ops.create_event({"title": title, "date": date, "place": place})
    result = _tally(ops.store, "place", "year")
    assert _cells(result) == {"Vientiane": {"2024": 1, "2025": 1}, "Phnom Penh": {"2025": 1},
                              "(no place)": {"2025": 1}, "All events": {"2024": 1, "2025": 3}}
    assert result.as_table()[0] == ["Place", "2024", "2025", "Total"]
    with ops.store.session() as session:
        no_place = next(row for row in result.rows if row.label == "(no place)")
        unplaced = events_counted(session, EventFilter(), "place", "year",
                                  row=no_place, column=None)
        assert [session.get(Event, event_id).title for event_id in unplaced] == ["Call"]
