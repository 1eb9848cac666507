"""The timeline's data and geometry: lanes and counts, ranges, ticks, packing."""

from __future__ import annotations

import random
from datetime import date
from itertools import accumulate, pairwise

import pytest
from sqlalchemy import text

from desktop.core.db import Store
from desktop.core.event_filter import EventFilter
from desktop.core.operations import Operations
from desktop.core.timeline import (
    DensityIndex,
    Grouping,
    TimelineEvent,
    event_summary,
    events_between,
    load_density,
)
from desktop.core.timeline_labels import LABEL_GAP_PX
from desktop.core.timeline_layout import Viewport, pack, ticks


def _day(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def test_country_lanes_count_the_sample_events(sample_store: Store) -> None:
    with sample_store.session() as session:
        lanes, index = load_density(session, EventFilter(), Grouping("country"))
    counts = {lane.label: lane.count for lane in lanes}
    assert counts == {"China": 3, "Brazil": 1, "Cambodia": 1, "India": 1, "Laos": 1,
                      "Russian Federation": 1}
    assert lanes[0].label == "China"  # the fullest lane first
    assert index.overlapping(index.first_day or 0, index.last_day or 0) == 8
    # Two of the sample's dates are known only to their month: spread over it.
    first, last = index.first_day or 0, index.last_day or 0
    assert sum(index.bins(None, first, last, 7)) == 6
    assert sum(index.spread(None, first, last, 7) or []) == pytest.approx(2)


def test_participant_lanes_hold_the_events_of_each_chosen_participant(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        everyone, _ = load_density(session, EventFilter(), Grouping("none"))
        ids = dict(session.execute(
            text(
                "SELECT name, id FROM participants WHERE name IN "
                "('China International Communications Group', 'Shi Zhongjun')")).all())
        lanes, _ = load_density(session, EventFilter(),
                                Grouping("participant", tuple(ids.values())))
    assert everyone[0].count == 8
    assert {lane.label.split(" (")[0] for lane in lanes} == set(ids)
    assert all(lane.count >= 1 for lane in lanes)


def test_density_counts_by_lane_and_bin(ops: Operations) -> None:
    for day, country in (("2024-01-05", "CN"), ("2024-01-20", "CN"), ("2024-03-02", "LA"),
                         ("2024-03-02", "CN")):
        ops.create_event({"title": f"{country} {day}", "date": day, "country": country})
    ops.create_event({"title": "Undated"})
    with ops.store.session() as session:
        lanes, index = load_density(session, EventFilter(), Grouping("country"))
    assert [(lane.key, lane.count) for lane in lanes] == [("CN", 3), ("LA", 1)]
    assert index.undated == 1
    january, february, march = _day("2024-01-01"), _day("2024-02-01"), _day("2024-03-01")
    assert index.bins("CN", january, february, 1) == [2]
    assert index.bins("CN", february, march, 1) == [0]
    assert index.bins("CN", january, _day("2024-04-01"), 3) == [2, 0, 1]
    assert index.bins(None, january, _day("2024-04-01"), 3) == [2, 0, 2]


def test_the_index_and_the_query_agree_on_random_dates(ops: Operations) -> None:
    """Random days, months, years, ranges and open ends in random lanes: for
    any range, the index's count is the number of events the query reads."""
    rng = random.Random(11)
    countries = ("CN", "LA", "BR", "")
    for number in range(120):
        year, month, day = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
        start = f"{year}-{month:02d}-{day:02d}"
        later = date.fromordinal(_day(start) + rng.randint(1, 400)).isoformat()
        edtf = rng.choice((start, f"{year}-{month:02d}", str(year), f"{start}/{later}",
                           f"{start}/..", f"../{later}", f"{start}?", f"{year}~"))
        ops.create_event({"title": f"Event {number}", "date": edtf,
                          "country": rng.choice(countries)})
    for grouping in (Grouping(), Grouping("country")):
        with ops.store.session() as session:
            _lanes, index = load_density(session, EventFilter(), grouping)
            for _ in range(40):
                first = _day("2018-06-01") + rng.randint(0, 2800)
                last = first + rng.choice((1, 7, 31, 92, 366, 2000))
                events = events_between(session, EventFilter(), grouping, first, last, 1000)
                assert events is not None
                assert index.overlapping(first, last) == len(events)


def test_density_bins_count_each_day_once_at_any_zoom() -> None:
    """Bins are filled day by day when a range holds few days and edge by edge
    when it holds many; both give each event to the bin it starts in."""
    rng = random.Random(7)
    days = sorted(rng.sample(range(730_000, 740_000), 3000))
    counts = [rng.randint(1, 4) for _ in days]
    index = DensityIndex(days={"x": days}, running={"x": list(accumulate(counts))})
    for _ in range(60):
        start = rng.uniform(729_000, 741_000)
        end = start + rng.choice((3.0, 31.0, 366.5, 4000.0, 12_000.0))
        bins = rng.choice((7, 100, 347))
        width = (end - start) / bins
        expected = [0] * bins
        for day, count in zip(days, counts, strict=True):
            if start <= day < end:
                expected[min(bins - 1, int((day - start) / width))] += count
        assert index.bins("x", start, end, bins) == expected
        assert index.bins(None, start, end, bins) == expected


def test_a_month_only_date_spans_its_month_and_keeps_its_marks(ops: Operations) -> None:
    ops.create_event({"title": "Month only", "date": "2025-02"})
    ops.create_event({"title": "Open", "date": "2025-02-10/.."})
    ops.create_event({"title": "Doubtful", "date": "2025-02-14?",
                      "date_note": "sources disagree"})
    ops.create_event({"title": "Later", "date": "2025-06-01"})
    with ops.store.session() as session:
        events = events_between(session, EventFilter(), Grouping(), _day("2025-02-01"),
                                _day("2025-03-01"), 10)
    assert events is not None
    by_title = {event.title: event for event in events}
    assert set(by_title) == {"Month only", "Open", "Doubtful"}
    month = by_title["Month only"]
    assert (month.start, month.end) == (_day("2025-02-01"), _day("2025-03-01"))
    assert month.is_partial and not month.is_point
    assert by_title["Open"].open_end and not by_title["Open"].open_start
    doubtful = by_title["Doubtful"]
    assert doubtful.is_point and doubtful.uncertain and doubtful.disputed
    with ops.store.session() as session:
        assert events_between(session, EventFilter(), Grouping(), _day("2025-01-01"),
                              _day("2026-01-01"), 3) is None  # too many: draw density


def test_the_index_counts_the_events_a_range_would_read(ops: Operations) -> None:
    """Whether a range is drawn event by event is decided from the index's
    count, without SQL: it must be the number of events the range's query
    returns, long and open-ended dates included."""
    for title, edtf, tag in (("Year", "2024", "a"), ("Month", "2024-03", "a"),
                             ("Day", "2024-03-15", "b"), ("Range", "2024-02-20/2024-03-02", ""),
                             ("Open end", "2023-06-01/..", "b"), ("Open start", "../2024-05-01",
                                                                  "a"),
                             ("Century", "19XX", ""), ("Later", "2025-01-10", "a")):
        ops.create_event({"title": title, "date": edtf, "tags": [tag] if tag else []})
    ranges = [("2024-03-01", "2024-04-01"), ("2024-03-02", "2024-03-03"),
              ("2023-06-01", "2023-06-02"), ("2024-05-01", "2024-05-02"),
              ("2023-01-01", "2026-01-01"), ("1950-01-01", "1950-02-01"),
              ("2024-06-01", "2024-12-31")]
    for grouping in (Grouping(), Grouping("tag")):
        with ops.store.session() as session:
            _lanes, index = load_density(session, EventFilter(), grouping)
            for first, last in ranges:
                events = events_between(session, EventFilter(), grouping, _day(first),
                                        _day(last), 100)
                assert events is not None
                assert index.overlapping(_day(first), _day(last)) == len(events), (first, last)
    with ops.store.session() as session:
        march = events_between(session, EventFilter(), Grouping(), _day("2024-03-01"),
                               _day("2024-04-01"), 100)
    assert march is not None
    # The open end is drawn as a fade after June 2023, not across 2024.
    assert {event.title for event in march} == {"Year", "Month", "Day", "Range"}


def test_a_chosen_participant_merged_into_another_has_no_lane_left(
        sample_store: Store) -> None:
    """Lanes by participant, one of them merged into another: its lane stood
    there under its id, empty; a chosen participant without events in the
    filter keeps its empty lane."""
    with sample_store.session() as session:
        ids = dict(session.execute(text(
            "SELECT name, id FROM participants WHERE name IN "
            "('China', 'Laos', 'Brazil')")).all())
    Operations(sample_store, "Test").merge_participants(ids["China"], ids["Laos"])
    grouping = Grouping("participant", (ids["China"], ids["Laos"], ids["Brazil"]))
    with sample_store.session() as session:
        lanes, _index = load_density(session, EventFilter(country=frozenset({"LA"})), grouping)
    assert [(lane.label, lane.count) for lane in lanes] == [("China", 1), ("Brazil", 0)]


def test_tooltip_summary_names_participants_with_roles(sample_store: Store) -> None:
    with sample_store.session() as session:
        event_id = session.execute(text(
            "SELECT id FROM events WHERE title LIKE '2025 ASEAN-China Media%'")).scalar_one()
        summary = event_summary(session, event_id)
    assert summary is not None and summary.edtf == "2025-05-25"
    assert summary.place and summary.participants
    assert any(name.startswith("Shi Zhongjun") and role == "speaker"
               for name, role in summary.participants)


def test_zoom_keeps_the_day_under_the_pointer() -> None:
    view = Viewport(_day("2020-01-01"), 10.0, 1000)
    pointer = 250.0
    before = view.day(pointer)
    closer = view.zoomed(2.0, pointer)
    assert abs(closer.day(pointer) - before) < 1e-6
    assert closer.end - closer.start == (view.end - view.start) / 2
    assert view.panned(100).start == view.start + 1000


def test_fit_all_shows_dates_typed_with_a_wrong_century_however_wide_the_pane() -> None:
    """A year 1 and a year 9999 both fit; zooming out stops at the whole calendar,
    in a narrow pane as in a wide one, and never shows days no date can have."""
    first, last = _day("0001-01-01"), _day("9999-12-31")
    for width in (200, 500, 1366, 3000):
        view = Viewport.fitting(first, _day("0205-03-01"), width).resized(width)
        fitted = Viewport.fitting(first, last, width)
        assert fitted.x(first) >= 0 and fitted.x(last) <= width
        assert 0 <= view.x(_day("0205-03-01")) <= width
        farthest = fitted.zoomed(0.5, width / 3).zoomed(0.1, 0).resized(width * 2)
        assert farthest.start >= first and farthest.end <= last + 1  # its end included
        assert farthest.end - farthest.start == pytest.approx(last + 1 - first)
    millennia = ticks(Viewport.fitting(first, last, 800))[0]
    assert [tick.label for tick in millennia][:3] == ["1000", "2000", "3000"]


def test_ticks_adapt_from_decades_to_days() -> None:
    def labels(days_per_px: float) -> list[str]:
        return [tick.label for tick in ticks(Viewport(_day("2000-01-01"), days_per_px, 1000))[0]]

    assert labels(30)[:3] == ["2000s", "2010s", "2020s"]
    assert labels(1.5)[:2] == ["Jan", "Jul"]  # half years
    assert labels(3)[:2] == ["2000", "2001"]
    assert labels(0.2)[:3] == ["Jan", "Feb", "Mar"]
    daily, context = ticks(Viewport(_day("2000-01-01"), 0.01, 1000))
    assert [tick.label for tick in daily][:2] == ["1 Jan", "2 Jan"]
    assert context[0].label == "January 2000"


def test_a_week_across_the_pane_has_a_day_tick_every_other_day() -> None:
    """Seven days over 485 pixels (69 a day) once had one tick, the week's
    Monday, and no day of the week could be read off the axis."""
    week = Viewport.fitting(_day("2020-03-09"), _day("2020-03-16"), 485, 0)
    labels = [tick.label for tick in ticks(week)[0]
              if 0 <= week.x(tick.day) < week.width]
    assert labels == ["10 Mar", "12 Mar", "14 Mar"]
    panned = week.panned(week.width / 7)  # a day on: the same days, not the first shown
    assert [tick.label for tick in ticks(panned)[0]
            if 0 <= panned.x(tick.day) < panned.width] == ["10 Mar", "12 Mar", "14 Mar", "16 Mar"]


def _event(seq: int, start: str, end: str | None = None, precision: str = "day",
           title: str = "An event") -> TimelineEvent:
    last = _day(end or start) + 1
    return TimelineEvent(seq=seq, id=str(seq), title=title, edtf=start, start=_day(start),
                         end=last, precision=precision, lane="")


def test_packing_never_overlaps_labels_or_marks() -> None:
    view = Viewport(_day("2025-01-01"), 1.0, 800)
    events = [_event(i, f"2025-01-{1 + i % 28:02d}", title=f"Event number {i}")
              for i in range(60)]
    placed, rows = pack(events, view, lambda text: 7.0 * len(text), max_rows=6)
    assert len(placed) == 60 and rows == 7  # six rows and the overflow row
    for row in range(6):
        spans = sorted((item.x0 - 4, item.x1 + 4 + (LABEL_GAP_PX + 7 * len(item.label)
                                                     if item.label else 0))
                       for item in placed if item.row == row)
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start
    assert any(item.label for item in placed)


def test_precise_dates_are_placed_before_coarse_ones() -> None:
    view = Viewport(_day("2025-03-01"), 0.1, 310)
    year = _event(1, "2025-01-01", "2025-12-31", precision="year", title="Year")
    day = _event(2, "2025-03-10", title="Day")
    placed, _ = pack([year, day], view, lambda text: 7.0 * len(text), max_rows=4)
    rows = {item.event.title: item for item in placed}
    assert rows["Day"].row == 0 and rows["Year"].row == 1
    assert rows["Year"].inside and rows["Year"].label == "Year"  # label inside its wide bar


def test_a_mark_left_of_the_view_has_no_label_but_a_bar_reaching_into_it_has() -> None:
    # The view begins at noon on 10 March: an event of the 10th is on its
    # first day shown, but its point lies left of the edge.
    view = Viewport(_day("2025-03-10") + 0.5, 0.01, 800)
    before = _event(1, "2025-03-10", title="Before the edge")
    across = _event(2, "2025-03-09", "2025-03-11", title="Across the edge")
    placed, _ = pack([before, across], view, lambda text: 7.0 * len(text), max_rows=4)
    labels = {item.event.title: item.label for item in placed}
    assert labels == {"Before the edge": "", "Across the edge": "Across the edge"}


def test_a_long_title_takes_the_room_before_the_next_mark_of_its_row() -> None:
    view = Viewport(_day("2025-01-01"), 0.05, 1000)  # 20 px a day
    measure = lambda text: 7.0 * len(text)  # noqa: E731
    elide = lambda text, width: text[:int(width // 7)]  # noqa: E731
    long_title = "A forum with a very long name " * 4  # 120 characters, 840 px
    first = _event(1, "2025-01-01", title=long_title)
    second = _event(2, "2025-01-26", title="Next")  # 500 px on, in the same row
    placed, rows = pack([first, second], view, measure, max_rows=4, max_label_px=260,
                        elide=elide)
    items = {item.event.seq: item for item in placed}
    assert rows == 1 and items[2].row == 0 and items[2].label == "Next"
    label = items[1].label
    assert long_title.startswith(label) and measure(label) > 260  # longer than the cap
    label_end = items[1].x1 + 4 + LABEL_GAP_PX + measure(label)
    assert label_end + LABEL_GAP_PX <= items[2].x0 - 4  # and still clear of the next mark
    # Alone in its row it is shown whole where the view has room for it.
    alone, _ = pack([first], view, measure, max_rows=4, max_label_px=260, elide=elide)
    assert alone[0].label == long_title


def test_a_long_title_inside_a_bar_takes_the_bar_s_length() -> None:
    view = Viewport(_day("2020-03-01"), 31 / 500, 500)  # March across 500 px
    measure = lambda text: 7.0 * len(text)  # noqa: E731
    elide = lambda text, width: text[:int(width // 7) - 1] + "…"  # noqa: E731
    title = "Innovation joint summit on governance and the digital economy"  # 434 px
    month = _event(1, "2020-03-01", "2020-03-31", precision="month", title=title)
    placed, _ = pack([month], view, measure, max_rows=4, max_label_px=260, elide=elide)
    assert placed[0].inside and placed[0].label == title
    # Half the bar in view: as much of the title as that half holds.
    half = view.panned(250)
    placed, _ = pack([month], half, measure, max_rows=4, max_label_px=260, elide=elide)
    label = placed[0].label
    assert placed[0].inside and label.endswith("…") and title.startswith(label[:-1])
    assert measure(label) <= 250 - 2 * 4 and measure(label) > 160


def test_a_crowded_row_s_mark_shows_as_much_of_its_title_as_the_room_before_the_next() -> None:
    view = Viewport(_day("2025-01-01"), 0.05, 1000)  # 20 px a day
    measure = lambda text: 7.0 * len(text)  # noqa: E731
    elide = lambda text, width: text[:int(width // 7) - 1] + "…"  # noqa: E731
    title = "A forum with a name of forty characters"  # 273 px
    first = _event(1, "2025-01-01", title=title)
    second = _event(2, "2025-01-11", title=title)  # 200 px on: the title does not fit
    third = _event(3, "2025-01-13", title=title)  # 40 px on: no room at all
    placed, rows = pack([first, second, third], view, measure, max_rows=1,
                        max_label_px=260, elide=elide)
    labels = {item.event.seq: item.label for item in placed if item.row == 0}
    assert rows == 1 and set(labels) == {1, 2, 3}  # one row, marks alone
    assert labels[1].endswith("…") and title.startswith(labels[1][:-1])
    assert 120 < measure(labels[1]) <= 200 - 2 * LABEL_GAP_PX - 8
    assert labels[2] == ""  # 40 px before the next mark: too little to say anything
    assert labels[3] == title


def test_a_pan_keeps_each_event_that_stays_in_view_in_its_row() -> None:
    measure = lambda text: 7.0 * len(text)  # noqa: E731
    leaving = _event(1, "2025-01-03", title="A label long enough to reach the next")
    staying = _event(2, "2025-01-10", title="Stays")  # under the label above: row 1
    later = _event(3, "2025-01-25", title="Later")  # clear of both: row 0
    view = Viewport(_day("2025-01-01"), 0.05, 1000)  # 20 px a day
    placed, _ = pack([leaving, staying, later], view, measure, max_rows=4)
    before = {item.event.seq: item.row for item in placed}
    assert before == {1: 0, 2: 1, 3: 0}
    panned = view.panned(100)  # five days on: the first event leaves on the left
    fresh, _ = pack([staying, later], panned, measure, max_rows=4)
    assert {item.event.seq: item.row for item in fresh} == {2: 0, 3: 0}  # it would jump
    kept, rows = pack([staying, later], panned, measure, max_rows=4, previous=before)
    assert {item.event.seq: item.row for item in kept} == {2: 1, 3: 0} and rows == 2
    assert all(item.label for item in kept)


def test_kept_rows_give_way_where_a_row_is_no_longer_free_and_close_up_when_emptied() -> None:
    measure = lambda text: 7.0 * len(text)  # noqa: E731
    view = Viewport(_day("2025-01-01"), 0.05, 1000)
    first = _event(1, "2025-01-05", title="First")
    second = _event(2, "2025-01-06", title="Second")  # 20 px on: under the first's label
    placed, _ = pack([first, second], view, measure, max_rows=4, previous={1: 0, 2: 0})
    rows = {item.event.seq: item.row for item in placed}
    assert rows == {1: 0, 2: 1}  # both asked for row 0; the second takes the next free one
    alone, count = pack([second], view, measure, max_rows=4, previous={2: 3})
    assert alone[0].row == 0 and count == 1  # rows above it gone: no empty rows left


def test_lanes_by_participants_country_hold_each_event_once_per_country(
        ops: Operations) -> None:
    """An event is in the lane of each of its participants' countries (once
    however many come from there), and in the "no country" lane when none of
    them has one; the lanes' counts and the events drawn agree."""
    people = {name: ops.create_participant({"kind": "person", "name": name, **(
        {"country": country} if country else {})}).ids("participant").pop()
        for name, country in (("Li", "CN"), ("Wang", "CN"), ("Somsak", "TH"), ("Anon", None))}
    for title, day, names in (("Talks", "2024-03-02", "Li Wang Somsak"),
                              ("Visit", "2024-03-10", "Li"),
                              ("Seminar", "2024-05-01", "Anon"),
                              ("Undated meeting", None, "Somsak")):
        event_id = ops.create_event({"title": title, **({"date": day} if day else {})}
                                    ).ids("event").pop()
        for name in names.split():
            ops.link(event_id, people[name])
    ops.create_event({"title": "Nobody", "date": "2024-06-01"})
    grouping = Grouping("participant_country")
    with ops.store.session() as session:
        lanes, index = load_density(session, EventFilter(), grouping)
        drawn = events_between(session, EventFilter(), grouping, _day("2024-01-01"),
                               _day("2025-01-01"), 100)
        thai = load_density(session, EventFilter(text="talks"), grouping)[0]
        few = events_between(session, EventFilter(), grouping, _day("2024-01-01"),
                             _day("2025-01-01"), 4)
    assert [(lane.key, lane.label, lane.count) for lane in lanes] == [
        ("CN", "China", 2), ("TH", "Thailand", 1), ("", "(no participant's country)", 2)]
    assert index.undated == 1  # the Thai undated meeting: not drawn, counted apart
    assert drawn is not None
    assert sorted((event.title, event.lane) for event in drawn) == [
        ("Nobody", ""), ("Seminar", ""), ("Talks", "CN"), ("Talks", "TH"), ("Visit", "CN")]
    assert [(lane.key, lane.count) for lane in thai] == [("CN", 1), ("TH", 1)]
    assert few is None  # five marks for four events: more than the limit, a density band
