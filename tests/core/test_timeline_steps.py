"""Stepping from event to event along a lane and across lanes."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from desktop.core.event_filter import EventFilter
from desktop.core.models import Event, Tag
from desktop.core.operations import Operations
from desktop.core.timeline import NO_VALUE, Grouping, load_density
from desktop.core.timeline_steps import lanes_of, nearest_in_lane, next_in_lane


def _event(ops: Operations, title: str, edtf: str | None, country: str = "",
           **fields: object) -> str:
    record: dict[str, object] = {"title": title, "country": country, **fields}
    if edtf is not None:
        record["date"] = edtf
    return next(iter(ops.create_event(record).ids("event", "create")))


def _walk(ops: Operations, grouping: Grouping, lane: str, start: str, *, forward: bool = True,
          event_filter: EventFilter | None = None) -> list[str]:
    """The titles met stepping from ``start`` to the lane's end."""
    titles = []
    event_filter = event_filter or EventFilter()
    with ops.store.session() as session:
        _, index = load_density(session, event_filter, grouping)
        current: str | None = session.scalar(select(Event.id).where(Event.title == start))
        while current is not None:
            current = next_in_lane(session, event_filter, grouping, index, lane, current,
                                   forward=forward)
            if current is not None:
                titles.append(session.get_one(Event, current).title)
    return titles


def test_a_lane_is_walked_in_time_in_both_directions(ops: Operations) -> None:
    _event(ops, "Spring forum", "2024-04-02", "CN")
    _event(ops, "Year of culture", "2024", "CN")  # first day 1 January
    _event(ops, "Winter summit", "2024-12-10", "CN")
    _event(ops, "Open-ended centre", "../2024-06-30", "CN")  # only its end is known
    _event(ops, "Laos visit", "2024-05-01", "LA")
    _event(ops, "Undated talks", None, "CN")
    _event(ops, "Same day, made later", "2024-04-02", "CN")
    by_country = Grouping("country")
    assert _walk(ops, by_country, "CN", "Year of culture") == [
        "Spring forum", "Same day, made later", "Open-ended centre", "Winter summit"]
    assert _walk(ops, by_country, "CN", "Winter summit", forward=False) == [
        "Open-ended centre", "Same day, made later", "Spring forum", "Year of culture"]
    # the filter decides which events there are to step to (an open start
    # overlaps any range before its end)
    spring = EventFilter(date_from=date(2024, 3, 1), date_to=date(2024, 4, 30))
    assert _walk(ops, by_country, "CN", "Year of culture", event_filter=spring) == [
        "Spring forum", "Same day, made later", "Open-ended centre"]
    assert _walk(ops, Grouping("none"), NO_VALUE, "Same day, made later") == [
        "Laos visit", "Open-ended centre", "Winter summit"]


def test_tag_and_participant_country_lanes_hold_each_event_once_per_lane(
        ops: Operations) -> None:
    beijing = next(iter(ops.create_participant(
        {"kind": "organization", "name": "Beijing office", "country": "CN"}).ids("participant")))
    vientiane = next(iter(ops.create_participant(
        {"kind": "organization", "name": "Vientiane office", "country": "LA"}
    ).ids("participant")))
    nobody = next(iter(ops.create_participant({"kind": "person", "name": "Guest"})
                       .ids("participant")))
    both = _event(ops, "Joint meeting", "2024-02-01", tags=["trade", "AI"])
    fair = _event(ops, "Trade fair", "2024-03-01", tags=["trade"])
    lecture = _event(ops, "Guest lecture", "2024-04-01")
    for event_id, participant_id in ((both, beijing), (both, vientiane), (fair, beijing),
                                     (lecture, nobody)):
        ops.link(event_id, participant_id)
    with ops.store.session() as session:
        tags: dict[str, str] = {name: tag_id for name, tag_id in session.execute(
            select(Tag.name, Tag.id))}
        assert sorted(lanes_of(session, Grouping("tag"), both)) == sorted(tags.values())
        assert lanes_of(session, Grouping("participant_country"), both) == ["CN", "LA"]
        assert lanes_of(session, Grouping("country"), both) == [NO_VALUE]
        assert lanes_of(session, Grouping("participant", (vientiane,)), both) == [vientiane]
    assert _walk(ops, Grouping("tag"), tags["trade"], "Joint meeting") == ["Trade fair"]
    assert _walk(ops, Grouping("tag"), tags["AI"], "Joint meeting") == []
    assert _walk(ops, Grouping("participant_country"), "CN", "Joint meeting") == ["Trade fair"]
    assert _walk(ops, Grouping("participant_country"), "LA", "Joint meeting") == []
    assert _walk(ops, Grouping("participant_country"), NO_VALUE, "Joint meeting") == [
        "Guest lecture"]


def test_the_nearest_event_of_another_lane_is_the_nearest_in_time(ops: Operations) -> None:
    for title, day in (("Early", "2024-01-10"), ("Middle", "2024-03-01"),
                       ("Late", "2024-03-21")):
        _event(ops, title, day, "LA")
    by_country = Grouping("country")

    def nearest(day: str) -> str | None:
        with ops.store.session() as session:
            _, index = load_density(session, EventFilter(), by_country)
            found = nearest_in_lane(session, EventFilter(), by_country, index, "LA",
                                    date.fromisoformat(day))
            return None if found is None else session.get_one(Event, found).title

    assert nearest("2023-05-01") == "Early"
    assert nearest("2024-02-15") == "Middle"  # 15 days after it, 25 before the next
    assert nearest("2024-03-11") == "Late"  # as near both: the later one
    assert nearest("2024-03-12") == "Late"
    assert nearest("2030-01-01") == "Late"
    with ops.store.session() as session:
        _, index = load_density(session, EventFilter(), by_country)
        assert nearest_in_lane(session, EventFilter(), by_country, index, "CN",
                               date(2024, 1, 1)) is None
