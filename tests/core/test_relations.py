"""Relations between events: made, read from both events, turned round,
undone, and kept through deleting and merging events."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.duplicate_events import find_duplicate_events
from desktop.core.event_form_data import load_event, save_event
from desktop.core.history import record_history
from desktop.core.models import EventRelation
from desktop.core.operations import Operations
from desktop.core.relations import RelationData, likely_editions, relations_of, series_of
from desktop.core.undo import invert


def _events(ops: Operations, *titles: str) -> list[str]:
    ids = []
    for number, title in enumerate(titles, start=1):
        report = ops.create_event({"title": title, "date": f"2025-0{number}"})
        ids.append(report.ids("event").pop())
    return ids


def _shown(store: Store, event_id: str) -> list[tuple[str, str, str]]:
    with store.session() as session:
        return [(r.label, r.other_title, r.note) for r in relations_of(session, event_id)]


def test_a_relation_reads_both_ways_and_undo_takes_it_back(ops: Operations) -> None:
    summit, signing = _events(ops, "BRICS Summit", "AI pact signed")
    report = ops.relate(signing, {"related": summit, "kind": "part_of",
                                  "note": "signed on the second day"})
    assert _shown(ops.store, signing) == [("Part of", "BRICS Summit", "signed on the second day")]
    assert _shown(ops.store, summit) == [("Includes", "AI pact signed",
                                          "signed on the second day")]
    assert report.events_touched() == {signing, summit}  # both forms show it
    with ops.store.session() as session:
        logged = {(entry.what, entry.new) for entry in record_history(session, signing)}
    assert ("related event (added)", "Part of BRICS Summit (signed on the second day)") in logged
    invert(ops, report)
    assert _shown(ops.store, signing) == [] and _shown(ops.store, summit) == []


@pytest.mark.parametrize("other", ["itself", "already related", "unknown"])
def test_a_relation_is_refused_to_itself_twice_or_to_no_event(ops: Operations,
                                                              other: str) -> None:
    first, second = _events(ops, "Forum 2024", "Forum 2025")
    ops.relate(second, {"related": first, "kind": "same_series"})
    target = {"itself": first, "already related": second, "unknown": "no-such-id"}[other]
    with pytest.raises(ValidationError) as refused:
        ops.relate(first, {"related": target, "kind": "related"})
    assert refused.value.problems[0].field == "related"
    assert {"itself": "itself", "already related": "already related",
            "unknown": "no event has the id no-such-id"}[other] in str(refused.value)


def test_deleting_either_event_removes_the_relation_and_undo_restores_it(
        ops: Operations) -> None:
    summit, signing, side = _events(ops, "Summit", "Signing", "Side forum")
    ops.relate(signing, {"related": summit, "kind": "part_of"})
    ops.relate(side, {"related": summit, "kind": "part_of"})
    report = ops.delete_events([summit, signing])
    with ops.store.session() as session:
        assert session.scalars(select(EventRelation)).all() == []
    invert(ops, report)
    assert [label for label, _title, _note in _shown(ops.store, summit)] == [
        "Includes", "Includes"]
    assert _shown(ops.store, side) == [("Part of", "Summit", "")]


def test_merging_duplicates_gives_the_kept_event_the_others_relations(
        ops: Operations) -> None:
    kept, duplicate, summit, follow_up = _events(
        ops, "WAIC 2025", "World AI Conference 2025", "Summit", "Follow-up meeting")
    ops.relate(duplicate, {"related": summit, "kind": "part_of"})
    ops.relate(follow_up, {"related": duplicate, "kind": "follow_up"})
    ops.relate(kept, {"related": duplicate, "kind": "related"})  # between the two: dropped
    report = ops.merge_events(kept, duplicate)
    assert _shown(ops.store, kept) == [("Part of", "Summit", ""),
                                       ("Followed up by", "Follow-up meeting", "")]
    invert(ops, report)  # one undo step gives the duplicate back with its relations
    assert _shown(ops.store, duplicate) == [("Related to", "WAIC 2025", ""),
                                            ("Part of", "Summit", ""),
                                            ("Followed up by", "Follow-up meeting", "")]
    assert _shown(ops.store, kept) == [("Related to", "World AI Conference 2025", "")]


def test_the_form_adds_turns_round_and_removes_relations_in_one_step(
        ops: Operations) -> None:
    summit, signing, later = _events(ops, "Summit", "Signing", "Later meeting")
    with ops.store.session() as session:
        loaded = load_event(session, summit)
    assert loaded is not None
    edited = loaded.copy()
    edited.relations = [RelationData(signing, "Signing", "2025-02", "Includes"),
                        RelationData(later, "Later meeting", "2025-03", "Followed up by",
                                     note="as agreed")]
    save_event(ops, summit, loaded, edited)
    assert _shown(ops.store, signing) == [("Part of", "Summit", "")]
    assert _shown(ops.store, later) == [("Follow-up to", "Summit", "as agreed")]
    with ops.store.session() as session:
        loaded = load_event(session, summit)
    assert loaded is not None
    edited = loaded.copy()
    edited.relations[0].label = "Part of"  # the summit is now part of the "signing"
    edited.relations.pop(1)
    _id, report = save_event(ops, summit, loaded, edited)
    assert _shown(ops.store, summit) == [("Part of", "Signing", "")]
    assert _shown(ops.store, later) == []
    invert(ops, report)
    assert _shown(ops.store, summit) == [("Includes", "Signing", ""),
                                         ("Followed up by", "Later meeting", "as agreed")]


def test_related_events_are_not_proposed_as_duplicates(ops: Operations) -> None:
    """A signing during a summit has a title and dates like the summit's; once
    the analyst says one is part of the other, they are two events."""
    summit = ops.create_event({"title": "BRICS Summit 2025 in Rio",
                               "date": "2025-07-06/2025-07-07", "country": "BR"}
                              ).ids("event").pop()
    signing = ops.create_event({"title": "BRICS Summit 2025 in Rio: AI pact",
                                "date": "2025-07-06", "country": "BR"}).ids("event").pop()
    with ops.store.session() as session:
        assert {(c.first, c.second) for c in find_duplicate_events(session)} == {
            tuple(sorted((summit, signing)))}
    ops.relate(signing, {"related": summit, "kind": "part_of"})
    with ops.store.session() as session:
        assert find_duplicate_events(session) == []


def test_chosen_events_become_one_series_in_date_order_in_one_step(ops: Operations) -> None:
    editions = _events(ops, "WAIC 2023", "WAIC 2024", "WAIC 2025")
    ops.relate(editions[1], {"related": editions[0], "kind": "related"})  # left as it is
    report = ops.make_series(reversed(editions))
    assert _shown(ops.store, editions[1]) == [("Related to", "WAIC 2023", ""),
                                              ("Same series as", "WAIC 2025", "")]
    with ops.store.session() as session:
        assert [choice.title for choice in series_of(session, editions[0])] == []  # a pair
        assert [choice.title for choice in series_of(session, editions[2])] == []
    invert(ops, report)
    assert _shown(ops.store, editions[2]) == []
    with pytest.raises(ValidationError, match="at least two"):
        ops.make_series(editions[:1])


def test_chosen_events_become_part_of_another(ops: Operations) -> None:
    summit, signing, forum = _events(ops, "Summit", "Signing", "Side forum")
    ops.make_part_of([summit, signing, forum], summit)  # the summit itself is skipped
    assert [label for label, _title, _note in _shown(ops.store, summit)] == [
        "Includes", "Includes"]


def test_other_editions_are_suggested_by_their_titles_without_numbers(ops: Operations) -> None:
    seventh, eighth, other, longer = _events(
        ops, "7th World Artificial Intelligence Conference (WAIC 2024)",
        "8th World Artificial Intelligence Conference (WAIC 2025)",
        "World Internet Conference 2025",
        # its words hold the others', but it is not an edition of them
        "Robotics forum at the 8th World Artificial Intelligence Conference (WAIC 2025)")
    with ops.store.session() as session:
        assert [c.id for c in likely_editions(session, eighth)] == [seventh]
        assert likely_editions(session, other) == []
        assert likely_editions(session, longer) == []
    ops.relate(eighth, {"related": seventh, "kind": "same_series"})
    with ops.store.session() as session:
        assert likely_editions(session, eighth) == []  # related now
