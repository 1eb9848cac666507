"""Who works with whom: the participants of the events in scope and the
events they share, checked against the events themselves."""

from __future__ import annotations

import csv
import io
import math
from itertools import combinations
from pathlib import Path

import igraph
import pytest
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.core.db import Store
from desktop.core.filters import EventFilter
from desktop.core.models import Event, EventParticipant, Participant
from desktop.core.network import Network, member_events, network
from desktop.core.network_files import write_network
from desktop.core.operations import Operations


def _network(store: Store, event_filter: EventFilter | None = None, **options: object
             ) -> Network:
    with store.session() as session:
        return network(session, event_filter or EventFilter(), **options)  # type: ignore[arg-type]


def _participants_by_event(store: Store, event_filter: EventFilter | None = None
                           ) -> dict[str, set[str]]:
    """Each event's participants, read through the ORM, filtered here."""
    with store.session() as session:
        events = session.scalars(select(Event).options(
            selectinload(Event.links).selectinload(EventParticipant.participant))).all()
        return {event.id: {link.participant_id for link in event.links} for event in events
                if event_filter is None or event_filter.country is None
                or event.country in event_filter.country}


def test_every_count_and_tie_is_the_events_themselves(sample_store: Store) -> None:
    result = _network(sample_store, limit=150)
    by_event = _participants_by_event(sample_store)
    every = set().union(*by_event.values())
    assert result.events == 8 and result.participants == len(every)
    assert {member.id for member in result.members} == every  # all of them: 53 < 150
    for member in result.members:
        assert member.events == sum(member.id in ids for ids in by_event.values())
    counts = [member.events for member in result.members]
    assert counts == sorted(counts, reverse=True)  # the most active first
    expected = {}
    for first, second in combinations(range(len(result.members)), 2):
        a, b = result.members[first].id, result.members[second].id
        shared = sum(a in ids and b in ids for ids in by_event.values())
        if shared:
            expected[(first, second)] = shared
    assert {(tie.first, tie.second): tie.shared for tie in result.ties} == expected
    assert [tie.shared for tie in result.ties] == sorted(expected.values(), reverse=True)


def test_the_kind_and_the_limit(sample_store: Store) -> None:
    countries = _network(sample_store, kind="country")
    assert countries.members and {m.kind for m in countries.members} == {"country"}
    assert countries.members[0].name == "China" and countries.members[0].events == 2
    few = _network(sample_store, limit=5)
    assert len(few.members) == 5 and few.left_out == few.participants - 5
    assert all(tie.first < 5 and tie.second < 5 for tie in few.ties)
    with pytest.raises(ValueError):
        _network(sample_store, kind="planet")


def test_only_the_events_of_the_search_and_filters_count(sample_store: Store) -> None:
    laos = EventFilter(country=frozenset({"LA"}))
    result = _network(sample_store, laos, limit=150)
    by_event = _participants_by_event(sample_store, laos)
    assert result.events == len(by_event) == 1
    assert {m.id for m in result.members} == set().union(*by_event.values())
    assert all(member.events == 1 for member in result.members)
    # Each pair of the one event's participants shares it.
    assert len(result.ties) == math.comb(len(result.members), 2)


def test_members_that_take_part_together_form_a_group(ops: Operations) -> None:
    store = ops.store
    people = {name: ops.create_participant({"kind": "person", "name": name})
              .ids("participant").pop() for name in ("Ana", "Ben", "Cai", "Dee", "Eli", "Fay")}
    for title, names in (("A1", "Ana Ben Cai"), ("A2", "Ana Ben Cai"), ("A3", "Ana Ben"),
                         ("B1", "Dee Eli Fay"), ("B2", "Dee Eli Fay"), ("B3", "Cai Dee")):
        event_id = ops.create_event({"title": title}).ids("event").pop()
        for name in names.split():
            ops.link(event_id, people[name])
    result = _network(store)
    group = {member.name: member.group for member in result.members}
    assert group["Ana"] == group["Ben"] == group["Cai"]
    assert group["Dee"] == group["Eli"] == group["Fay"] != group["Ana"]
    named = result.group_names()
    assert named[group["Ana"]] in ("Ana", "Ben", "Cai")
    strongest = result.ties[0]
    assert {result.members[strongest.first].name, result.members[strongest.second].name} \
        == {"Ana", "Ben"} and strongest.shared == 3
    strong = _network(store, min_shared=2)
    assert sorted(tie.shared for tie in strong.ties) == [2, 2, 2, 2, 2, 3]  # AC BC DE DF EF AB
    assert len(strong.ties) == len(result.ties) - 1  # Cai and Dee share one event
    # Drawn closer together within a group than across the two.
    place = {member.name: result.positions[number]
             for number, member in enumerate(result.members)}
    assert math.dist(place["Ana"], place["Ben"]) < math.dist(place["Ana"], place["Fay"])
    assert math.dist(place["Eli"], place["Fay"]) < math.dist(place["Ben"], place["Eli"])
    with store.session() as session:
        both = member_events(session, EventFilter(), [people["Ana"], people["Cai"]])
        titles = [session.get(Event, event_id).title for event_id in both]  # type: ignore[union-attr]
        one = member_events(session, EventFilter(), [people["Dee"]])
    assert titles == ["A1", "A2"]
    assert len(one) == 3


def test_the_same_data_gives_the_same_picture_and_an_edit_mends_it(
        sample_store: Store) -> None:
    first = _network(sample_store, kind="organization")
    assert first.positions == _network(sample_store, kind="organization").positions
    span = max(max(x for x, _ in first.positions) - min(x for x, _ in first.positions),
               max(y for _, y in first.positions) - min(y for _, y in first.positions))
    other = _network(sample_store, kind="organization", shuffle=1)
    assert other.positions != first.positions  # "lay out again"
    earlier = {m.id: p for m, p in zip(first.members, first.positions, strict=True)}
    ops = Operations(sample_store, analyst="Tester")
    with sample_store.session() as session:
        sberbank = session.scalars(select(Participant.id).where(
            Participant.name == "Sberbank")).one()
        event_id = session.scalars(select(Event.id).where(Event.title.contains("Brazil"))
                                   ).first()
    assert event_id is not None
    ops.link(event_id, sberbank)  # a new tie across two groups
    after = _network(sample_store, kind="organization", earlier=earlier)
    moved = [math.dist(earlier[m.id], place) / span for m, place in
             zip(after.members, after.positions, strict=True) if m.id in earlier]
    assert len(moved) == len(first.members)
    # Most members stay about where they were (a tenth of the picture).
    assert sorted(moved)[len(moved) // 2] < 0.1
    assert max(moved) < 0.5


def test_the_most_active_are_counted_by_events_not_by_roles(ops: Operations) -> None:
    """A participant with two roles in each of its events has more links than
    events: it is ranked by its events."""
    def person(name: str) -> str:
        return ops.create_participant({"kind": "person", "name": name}).ids("participant").pop()

    regulars = [person(f"Regular {n}") for n in range(4)]
    twice, quiet = person("Twice"), person("Quiet")
    for number in range(5):
        event_id = ops.create_event({"title": f"Meeting {number}"}).ids("event").pop()
        for pid in regulars:
            ops.link(event_id, pid)
        if number < 3:
            ops.link(event_id, twice, {"role": "host"})
            ops.link(event_id, twice, {"role": "speaker"})
        if number < 4:
            ops.link(event_id, quiet)
    result = _network(ops.store, limit=5)
    assert [(m.name, m.events) for m in result.members] == [
        ("Regular 0", 5), ("Regular 1", 5), ("Regular 2", 5), ("Regular 3", 5), ("Quiet", 4)]
    assert result.participants == 6 and result.left_out == 1
    everyone = _network(ops.store)
    assert ("Twice", 3) in [(m.name, m.events) for m in everyone.members]
    assert all(tie.shared == 3 for tie in everyone.ties
               if "Twice" in (everyone.members[tie.first].name,
                              everyone.members[tie.second].name))


def test_the_network_saved_for_other_tools(ops: Operations, tmp_path: Path) -> None:
    """GraphML for Gephi keeps every member's names and every tie's weight;
    the CSV of ties opens in a spreadsheet without running a formula."""
    names = ("国家发展改革委", "=HYPERLINK(\"x\")", "Ana & Ben <co>")
    people = [ops.create_participant({"kind": "organization", "name": name})
              .ids("participant").pop() for name in names]
    for number in range(3):
        event_id = ops.create_event({"title": f"Meeting {number}"}).ids("event").pop()
        for pid in people[:3 if number == 0 else 2]:
            ops.link(event_id, pid)
    result = _network(ops.store)
    write_network(result, tmp_path / "who.graphml")
    read = igraph.Graph.Read_GraphML(str(tmp_path / "who.graphml"))
    assert sorted(read.vs["label"]) == sorted(names)
    assert sorted(int(e) for e in read.vs["events"]) == [1, 3, 3]
    weights = {frozenset((read.vs[e.source]["label"], read.vs[e.target]["label"])): e["weight"]
               for e in read.es}
    assert weights[frozenset(names[:2])] == 3 and weights[frozenset(names[1:])] == 1
    write_network(result, tmp_path / "ties.csv")
    raw = (tmp_path / "ties.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == len(result.ties) == 3
    cells = {row["participant"] for row in rows} | {row["other"] for row in rows}
    assert "'=HYPERLINK(\"x\")" in cells and "国家发展改革委" in cells
    assert {row["shared_events"] for row in rows} == {"3", "1"}
    with pytest.raises(ValueError):
        write_network(result, tmp_path / "who.xlsx")
    assert not (tmp_path / "who.xlsx").exists()


def test_a_members_summary_names_its_kind_as_the_forms_do() -> None:
    from desktop.core.network import Member

    member = Member(id="x", name="NDRC", native_name="", kind="organization", country="CN",
                    events=12, group=0)
    assert member.summary() == "organisation, China; in 12 events"
