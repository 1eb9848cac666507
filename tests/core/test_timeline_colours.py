"""The values that colour the timeline's marks, counted once per filter."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from desktop.core.db import Store
from desktop.core.event_filter import EventFilter
from desktop.core.operations import Operations
from desktop.core.timeline import Grouping, events_between
from desktop.core.timeline_colours import colour_keys


def test_values_are_counted_commonest_first_with_their_labels(ops: Operations) -> None:
    for number, (kind, country) in enumerate((("forum", "CN"), ("forum", "LA"),
                                              ("summit", "CN"), ("forum", ""))):
        ops.create_event({"title": f"Event {number}", "date": "2024-05-0" + str(number + 1),
                          "event_type": kind, "country": country})
    ops.create_event({"title": "Undated forum", "event_type": "forum"})  # not on the timeline
    with ops.store.session() as session:
        types = colour_keys(session, EventFilter(), "event_type")
        countries = colour_keys(session, EventFilter(), "country")
        laos_only = colour_keys(session, EventFilter(country=("LA",)), "event_type")
    assert [(key.label, key.count, key.slot) for key in types] == [("forum", 3, 0),
                                                                   ("summit", 1, 1)]
    assert [(key.label, key.count) for key in countries] == [
        ("China", 2), ("Laos", 1), ("(no country)", 1)]
    assert [(key.label, key.count) for key in laos_only] == [("forum", 1)]


def test_a_status_keeps_its_colour_whichever_are_there(sample_store: Store) -> None:
    with sample_store.session() as session:
        statuses = colour_keys(session, EventFilter(), "status")
        assert colour_keys(session, EventFilter(), "lane") == []
    # The sample has no drafts: "needs review" and "verified" keep their slots.
    assert [(key.label, key.slot) for key in statuses] == [("Needs review", 1),
                                                          ("Verified", 2)]


def test_the_events_read_for_a_range_carry_their_colouring_value(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        types = {key.key: key.label for key in colour_keys(session, EventFilter(), "event_type")}
        events = events_between(session, EventFilter(), Grouping("country"),
                                date(2024, 1, 1).toordinal(), date(2026, 1, 1).toordinal(),
                                100, "event_type")
        plain = events_between(session, EventFilter(), Grouping("country"),
                               date(2024, 1, 1).toordinal(), date(2026, 1, 1).toordinal(), 100)
    assert events is not None and plain is not None
    assert {types[event.colour] for event in events} == set(types.values())
    assert {event.colour for event in plain} == {""}


def test_a_value_keeps_its_colour_in_any_search(ops: Operations) -> None:
    """Colours go by each value's rank in the whole dataset: a filter in
    which summits outnumber forums leaves each in its colour."""
    for number, (kind, country) in enumerate((("forum", "CN"), ("forum", "CN"),
                                              ("forum", "CN"), ("summit", "LA"),
                                              ("summit", "LA"), ("visit", "LA"))):
        ops.create_event({"title": f"Event {number}", "date": f"2024-05-0{number + 1}",
                          "event_type": kind, "country": country})
    with ops.store.session() as session:
        everywhere = colour_keys(session, EventFilter(), "event_type")
        laos = colour_keys(session, EventFilter(country=("LA",)), "event_type")
    assert [(key.label, key.slot) for key in everywhere] == [
        ("forum", 0), ("summit", 1), ("visit", 2)]
    assert [(key.label, key.count, key.slot) for key in laos] == [
        ("summit", 2, 1), ("visit", 1, 2)]


def test_with_lanes_by_participant_the_colours_count_their_events(
        sample_store: Store) -> None:
    """The legend counts the events in the participants' lanes, each once."""
    names = "('China International Communications Group', 'Shi Zhongjun')"
    with sample_store.session() as session:
        chosen = tuple(session.execute(text(
            f"SELECT id FROM participants WHERE name IN {names}")).scalars())
        theirs = session.execute(text(
            "SELECT count(DISTINCT l.event_id) FROM event_participants AS l "
            f"JOIN participants AS p ON p.id = l.participant_id WHERE p.name IN {names}")
        ).scalar_one()
        statuses = colour_keys(session, EventFilter(), "status", chosen)
    assert len(chosen) == 2 and 0 < theirs < 8
    assert sum(key.count for key in statuses) == theirs
