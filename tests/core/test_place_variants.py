"""Places written several ways: grouped as one, and made one in a step."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.models import Event, EventTag, Tag
from desktop.core.operations import Operations
from desktop.core.place_countries import towns_of_places
from desktop.core.place_variants import (
    place_counts,
    place_groups,
    spelled_as_here,
    spelling_key,
)
from desktop.core.search import index_problems
from desktop.core.undo import invert
from tests.core.test_search_and_filters import found
from tests.core.test_undo import dump

WRITTEN = {"Beijing": 10, "beijing": 2, "Beijing, China": 3, "北京": 7, "北京市": 1,
           "Beijing City": 1, "Vientiane": 5, "Vientaine": 1, "Phnom Penh": 4,
           "Phnom-Penh": 1, "São Paulo": 3, "Sao Paulo": 1, "長春": 1, "Changchun": 2,
           "Shanghai": 9, "Shanghang": 1, "Rome": 1, "Roma": 1, "Luoyang": 2}


def test_spellings_of_one_place_are_grouped_the_most_used_first() -> None:
    groups = {group.suggested: [v.place for v in group.variants]
              for group in place_groups(WRITTEN)}
    assert groups == {
        "Beijing": ["Beijing", "北京", "Beijing, China", "beijing", "Beijing City", "北京市"],
        "Vientiane": ["Vientiane", "Vientaine"],  # a typo
        "Phnom Penh": ["Phnom Penh", "Phnom-Penh"],
        "São Paulo": ["São Paulo", "Sao Paulo"],
        "Changchun": ["Changchun", "長春"],  # traditional characters, read as pinyin
    }
    assert place_groups(WRITTEN)[0].events == 24


def test_places_of_one_town_are_grouped_however_written() -> None:
    """In Chinese and English, as a bilingual dataset writes them: their
    pinyin is no help (万象 reads wanxiang)."""
    written = {"Vientiane": 5, "万象": 2, "萬象": 1, "Geneva": 1, "日内瓦": 1, "Genève": 1,
               "Bangkok": 3, "曼谷": 1, "曼谷国际会议中心": 1, "Cambridge": 1, "剑桥": 1}
    towns = towns_of_places(written)
    groups = {group.suggested: {v.place for v in group.variants}
              for group in place_groups(written, towns)}
    assert groups == {"Vientiane": {"Vientiane", "万象", "萬象"},
                      "Bangkok": {"Bangkok", "曼谷"},  # not a venue in it
                      "Geneva": {"Geneva", "日内瓦", "Genève"}}
    # without the towns, by spelling alone: one script's characters and the other's
    assert [{v.place for v in group.variants} for group in place_groups(written)] == [
        {"万象", "萬象"}]


def test_the_spelling_key_sets_aside_case_accents_script_and_punctuation() -> None:
    assert spelling_key("São-Paulo ") == spelling_key("sao paulo") == "saopaulo"
    assert spelling_key("北京") == spelling_key("BEIJING") == "beijing"
    assert spelling_key("—") == ""


def _places(store: Store) -> dict[str, str]:
    with store.session() as session:
        return dict(session.execute(select(Event.title, Event.place)).all())


def test_the_chosen_spellings_are_made_one_in_one_undoable_step(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    places = _places(sample_store)
    shanghai = [title for title, place in places.items() if place == "Shanghai"]
    others = [title for title, place in places.items() if place == ""][:2]
    with sample_store.session() as session:
        ids = {title: event_id for title, event_id in session.execute(
            select(Event.title, Event.id))}
    ops.change_events([ids[others[0]]], {"place": "上海"})
    ops.change_events([ids[others[1]]], {"place": "shanghai, China"})
    with sample_store.session() as session:
        groups = place_groups(place_counts(session))
    assert [[v.place for v in g.variants] for g in groups] == [
        ["Shanghai", "shanghai, China", "上海"]]
    before = dump(sample_store)
    report = ops.rename_places(["上海", "shanghai, China"], "Shanghai")
    assert len(report.changes) == 2
    assert [t for t, p in _places(sample_store).items() if p == "Shanghai"] == sorted(
        [*shanghai, *others], key=list(places).index)
    assert found(sample_store, "shanghai") >= {*shanghai, *others}
    with sample_store.session() as session:
        assert index_problems(session) == []
        assert place_groups(place_counts(session)) == []
    invert(ops, report)
    assert dump(sample_store) == before


def test_tags_written_several_ways_are_grouped_and_made_one(sample_store: Store) -> None:
    from desktop.core.place_variants import tag_counts

    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        ids = list(session.scalars(select(Event.id).order_by(Event.seq)))
        governed = set(session.scalars(select(EventTag.event_id).join(
            Tag, Tag.id == EventTag.tag_id).where(Tag.name == "AI governance")))
    ops.change_events(ids[:2], add_tags=["ai-governance"])
    ops.change_events(ids[2:3], add_tags=["AI govenance"])
    with sample_store.session() as session:
        groups = place_groups(tag_counts(session))
    group = next(g for g in groups if g.suggested == "AI governance")
    assert {v.place for v in group.variants} == {"AI governance", "ai-governance",
                                                 "AI govenance"}
    before = dump(sample_store)
    report = ops.merge_tags(["ai-governance", "AI govenance", "AI governance"], "AI Governance")
    with sample_store.session() as session:
        counts = tag_counts(session)
        assert index_problems(session) == []
    assert "ai-governance" not in counts and "AI govenance" not in counts
    # Renamed in place, and the events of the others joined it.
    assert counts["AI Governance"] == len(governed | set(ids[:3]))
    assert found(sample_store, "govenance") == set()
    invert(ops, report)
    assert dump(sample_store) == before


def test_publishers_written_several_ways_are_grouped_and_made_one(ops: Operations) -> None:
    from desktop.core.place_variants import publisher_counts, spellings, untidy_note

    events = [ops.create_event({"title": f"Report {n}"}).ids("event").pop() for n in range(3)]
    for event_id, publisher in ((events[0], "Reuters"), (events[0], "Reuters."),
                                (events[1], "REUTERS"), (events[1], "新华社"),
                                (events[2], "新華社"), (events[2], "CNN")):
        ops.add_source(event_id, {"publisher": publisher, "title": "a report"})
    with ops.store.session() as session:
        counts = publisher_counts(session)
        assert counts["Reuters"] == 1 and counts["新华社"] == 1
        groups = {frozenset(v.place for v in g.variants) for g in place_groups(counts)}
        assert groups == {frozenset({"Reuters", "Reuters.", "REUTERS"}),
                          frozenset({"新华社", "新華社"})}
        assert untidy_note(session) == (
            "2 publishers may be written more than one way now (Tools ▸ Tidy places…, Tidy "
            "tags… and Tidy publishers… show them).")
        before = spellings(session)
        assert untidy_note(session, before) == ""  # nothing new since
    ops.add_source(events[2], {"publisher": "Reuters!", "title": "another report"})
    with ops.store.session() as session:
        assert untidy_note(session, before) == (  # one group grew; the other did not
            "1 publisher may be written more than one way now (Tools ▸ Tidy places…, Tidy "
            "tags… and Tidy publishers… show them).")
    assert found(ops.store, "reuters.") == {"Report 0"}
    before = dump(ops.store)
    report = ops.rename_publishers(["Reuters.", "REUTERS"], "Reuters")
    assert len(report.changes) == 2 and {c.event_id for c in report.changes} == set(events[:2])
    with ops.store.session() as session:
        assert publisher_counts(session)["Reuters"] == 2
        assert index_problems(session) == []
    assert found(ops.store, "reuters.") == set()  # the search text follows
    invert(ops, report)
    assert dump(ops.store) == before


def test_a_place_is_spelled_as_here_only_where_it_is_plainly_the_same() -> None:
    written = [("Luoyang, Henan Province", 3), ("Vientaine", 2), ("Beijing", 1)]
    assert spelled_as_here(written, "洛阳") == "Luoyang, Henan Province"  # the pinyin
    assert spelled_as_here(written, "河南洛阳") == "Luoyang, Henan Province"  # the province first
    assert spelled_as_here(written, "北京市") == "Beijing"  # the kind after it
    assert spelled_as_here(written, "Vientiane") == "Vientiane"  # a typo here is not taken
    assert spelled_as_here(written, "北京国家会议中心") == "北京国家会议中心"  # a venue in a city
    assert spelled_as_here(written, "") == ""
