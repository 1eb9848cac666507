"""Changing or deleting many events at once: the values, the log, the search
index and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.fields import EVENT_FIELDS
from desktop.core.models import (
    ChangeLogEntry,
    Event,
    EventParticipant,
    Participant,
    VocabularyTerm,
)
from desktop.core.operations import Operations
from desktop.core.search import index_problems
from desktop.core.undo import invert
from tests.core.test_search_and_filters import found
from tests.core.test_undo import dump

FORUM = "2025 ASEAN-China Media Cooperation Forum"
WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"


def _ids(store: Store, *titles: str) -> list[str]:
    with store.session() as session:
        by_title = {title: event_id for title, event_id in
                    session.execute(select(Event.title, Event.id))}
    return [by_title[title] for title in titles]


def _event(store: Store, event_id: str) -> dict[str, object]:
    with store.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        return {"status": event.status, "country": event.country,
                "category": EVENT_FIELDS["category"].show(event.category_id, session),
                "tags": [tag.name for tag in event.tags], "updated_by": event.updated_by}


def test_the_chosen_events_take_the_values_and_no_other_changes(sample_store: Store) -> None:
    ops = Operations(sample_store, "Batch Analyst")
    forum, waic = _ids(sample_store, FORUM, WAIC)
    with sample_store.session() as session:
        others = {e.id: (e.status, e.updated_at) for e in session.scalars(select(Event))
                  if e.id not in (forum, waic)}
    report = ops.change_events([forum, waic], {"status": "needs_review", "country": "China",
                                                "category": "diplomacy", "place": "Vientiane"},
                               add_tags=["Batch check"])
    assert found(sample_store, "vientiane") >= {FORUM, WAIC}
    for event_id in (forum, waic):
        event = _event(sample_store, event_id)
        assert event["status"] == "needs_review"
        assert event["country"] == "CN"
        assert event["category"] == "Diplomacy"
        assert "Batch check" in event["tags"]  # type: ignore[operator]
        assert event["updated_by"] == "Batch Analyst"
    with sample_store.session() as session:
        assert {e.id: (e.status, e.updated_at) for e in session.scalars(select(Event))
                if e.id not in (forum, waic)} == others
        logged = session.execute(select(ChangeLogEntry.record_id, ChangeLogEntry.field,
                                        ChangeLogEntry.new)
                                 .where(ChangeLogEntry.operation_id == report.operation_id)).all()
    assert (forum, "status", "needs_review") in logged
    assert (waic, "tags", next(f.new for c in report.changes if c.record_id == waic
                               for f in c.fields if f.field == "tags")) in logged
    assert found(sample_store, "batch check") == {FORUM, WAIC}


def test_events_already_as_asked_are_not_changed_or_reported(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    forum, waic = _ids(sample_store, FORUM, WAIC)
    ops.change_events([forum], {"status": "verified"})
    ops.update_event(waic, {"status": "draft"})
    report = ops.change_events([forum, waic], {"status": "verified"})
    assert report.ids("event") == {waic}
    assert not ops.change_events([forum, waic], {"status": "verified"})


def test_a_tag_is_added_under_the_name_it_has_and_removed_without_case(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    forum, waic = _ids(sample_store, FORUM, WAIC)
    existing = "exhibition"  # a tag of WAIC's alone, and in no event's text
    assert existing in _event(sample_store, waic)["tags"]  # type: ignore[operator]
    ops.change_events([forum], add_tags=[existing.upper()])
    assert existing in _event(sample_store, forum)["tags"]  # type: ignore[operator]
    assert found(sample_store, existing) == {FORUM, WAIC}
    with sample_store.session() as session:
        assert session.execute(text("SELECT count(*) FROM tags WHERE lower(name) = lower(:n)"),
                               {"n": existing}).scalar() == 1
    ops.change_events([forum, waic], remove_tags=[existing.lower()])
    assert existing not in _event(sample_store, forum)["tags"]  # type: ignore[operator]
    assert existing not in _event(sample_store, waic)["tags"]  # type: ignore[operator]
    assert found(sample_store, existing) == set()


@pytest.mark.parametrize(("values", "tags", "message"), [
    ({"status": "finished"}, {}, "status"),
    ({"category": "no such category"}, {}, "category"),
    ({"title": "Same title for all"}, {}, "cannot be changed on several events at once"),
    ({}, {"add_tags": ["x"], "remove_tags": ["X"]}, "both added and removed"),
])
def test_a_bad_value_changes_nothing_and_says_which(
        sample_store: Store, values: dict[str, str], tags: dict[str, list[str]],
        message: str) -> None:
    ops = Operations(sample_store, "Analyst")
    before = dump(sample_store)
    with pytest.raises(ValidationError, match=message):
        ops.change_events(_ids(sample_store, FORUM, WAIC), values, **tags)
    assert dump(sample_store) == before


def test_an_unknown_event_changes_nothing(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    before = dump(sample_store)
    with pytest.raises(ValidationError, match="no event has the id gone"):
        ops.change_events([*_ids(sample_store, FORUM), "gone"], {"status": "verified"})
    assert dump(sample_store) == before


def test_one_undo_takes_a_batch_back_and_redo_repeats_it(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        every = list(session.scalars(select(Event.id)))
    before = dump(sample_store)
    report = ops.change_events(every, {"status": "verified", "category": "Diplomacy",
                                       "event_type": "summit"},
                               add_tags=["Reviewed 2026"], remove_tags=["exhibition"])
    after = dump(sample_store)
    inverse = invert(ops, report)
    assert dump(sample_store) == before
    invert(ops, inverse)
    assert dump(sample_store) == after


def test_deleting_several_events_is_one_step_undone_at_once(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    before = dump(sample_store)
    report = ops.delete_events(_ids(sample_store, FORUM, WAIC))
    assert report.ids("event", "delete") == set(_ids_from(before, FORUM, WAIC))
    assert found(sample_store, "forum") & {FORUM, WAIC} == set()
    with sample_store.session() as session:
        assert index_problems(session) == []
    invert(ops, report)
    assert dump(sample_store) == before
    with sample_store.session() as session:
        assert index_problems(session) == []


def _ids_from(dumped: dict[str, list[tuple[object, ...]]], *titles: str) -> list[object]:
    return [row[0] for row in dumped["events"] if row[2] in titles]


@pytest.mark.parametrize("tagged", [1200, 2400], ids=["under half", "most events"])
def test_many_events_tagged_are_found_by_the_tag(ops: Operations, tagged: int) -> None:
    """Past a thousand texts the index is updated with a larger buffer, and
    past half the events it is built again: both must leave it exact."""
    ops.bulk_import([], [{"id": f"e{n:05d}", "title": f"Meeting number {n}", "date": "2025"}
                         for n in range(2500)])
    report = ops.change_events([f"e{n:05d}" for n in range(tagged)], add_tags=["Zeta review"])
    assert len(report.changes) == tagged
    with ops.store.session() as session:
        assert index_problems(session) == []
    assert len(found(ops.store, "zeta review")) == tagged
    assert len(found(ops.store, "meeting")) == 2500
    invert(ops, report)
    assert found(ops.store, "zeta review") == set()


def _tag_id(store: Store, name: str) -> str:
    with store.session() as session:
        return str(session.execute(text("SELECT id FROM tags WHERE name = :n"),
                                   {"n": name}).scalar_one())


def _events_tagged(store: Store, name: str) -> set[str]:
    with store.session() as session:
        return set(session.execute(text(
            "SELECT events.title FROM events JOIN event_tags ON event_tags.event_id = events.id "
            "JOIN tags ON tags.id = event_tags.tag_id WHERE tags.name = :n"),
            {"n": name}).scalars())


def test_a_renamed_tag_keeps_its_events_and_is_found_by_its_new_name(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    tagged = _events_tagged(sample_store, "AI governance")
    tag_id = _tag_id(sample_store, "AI governance")
    report = ops.rename_tag(tag_id, "  AI   policy ")
    assert _events_tagged(sample_store, "AI policy") == tagged
    assert _tag_id(sample_store, "AI policy") == tag_id  # the same tag: saved searches hold
    assert report.ids("event") == set(_ids(sample_store, *tagged))
    assert found(sample_store, '"ai policy"') == tagged
    with sample_store.session() as session:
        assert index_problems(session) == []
        logged = session.execute(select(ChangeLogEntry.entity, ChangeLogEntry.old,
                                        ChangeLogEntry.new)
                                 .where(ChangeLogEntry.operation_id == report.operation_id)
                                 .where(ChangeLogEntry.entity == "tag")).all()
    assert logged == [("tag", "AI governance", "AI policy")]


def test_a_tag_renamed_to_another_tags_name_becomes_that_tag(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    governance = _events_tagged(sample_store, "AI governance")
    asean = _events_tagged(sample_store, "ASEAN")
    ops.rename_tag(_tag_id(sample_store, "AI governance"), "asean")
    assert _events_tagged(sample_store, "ASEAN") == governance | asean
    assert _events_tagged(sample_store, "AI governance") == set()


def test_a_tag_renamed_in_case_only_is_renamed(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    tagged = _events_tagged(sample_store, "AI governance")
    ops.rename_tag(_tag_id(sample_store, "AI governance"), "AI Governance")
    assert _events_tagged(sample_store, "AI Governance") == tagged


def test_a_tag_cannot_lose_its_name(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    with pytest.raises(ValidationError, match="a tag needs a name"):
        ops.rename_tag(_tag_id(sample_store, "ASEAN"), "   ")


def test_a_tag_no_event_has_is_no_longer_offered(sample_store: Store) -> None:
    from desktop.core.event_form_data import tag_names

    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        assert "exhibition" in tag_names(session)
    ops.change_events(_ids(sample_store, WAIC), remove_tags=["exhibition"])
    with sample_store.session() as session:
        assert "exhibition" not in tag_names(session)
        assert "ASEAN" in tag_names(session)


NDRC = "National Development and Reform Commission"
SIGNING = "China Signs AI Cooperation Pact with Brazil"


def _participant_id(store: Store, name: str) -> str:
    with store.session() as session:
        return str(session.scalars(select(Participant.id).where(Participant.name == name)).one())


def _links(store: Store, event_id: str) -> list[tuple[str, str | None, str]]:
    """An event's participants in their order: name, role, note."""
    with store.session() as session:
        rows = session.execute(
            select(Participant.name, VocabularyTerm.value, EventParticipant.note)
            .join(Participant, Participant.id == EventParticipant.participant_id)
            .outerjoin(VocabularyTerm, VocabularyTerm.id == EventParticipant.role_id)
            .where(EventParticipant.event_id == event_id).order_by(EventParticipant.sort_order))
        return [(name, role, note) for name, role, note in rows]


def test_a_participant_is_added_last_to_the_events_that_lack_it(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    forum, waic, signing = _ids(sample_store, FORUM, WAIC, SIGNING)
    waic_before = _links(sample_store, waic)
    assert NDRC in [name for name, _, _ in waic_before]
    report = ops.link_events([forum, waic, signing], _participant_id(sample_store, NDRC),
                             {"role": "speaker", "note": "by video"})
    assert _links(sample_store, forum)[-1] == (NDRC, "speaker", "by video")
    # Events that already have it, in another role, keep it as it was, once.
    assert _links(sample_store, waic) == waic_before
    assert [name for name, _, _ in _links(sample_store, signing)].count(NDRC) == 1
    assert report.events_touched() == {forum}
    assert FORUM in found(sample_store, "reform commission")
    with sample_store.session() as session:
        assert index_problems(session) == []
        logged = session.scalars(select(ChangeLogEntry.field).where(
            ChangeLogEntry.operation_id == report.operation_id,
            ChangeLogEntry.event_id == forum)).all()
    assert {"role", "note"} <= set(logged)


def test_a_participant_is_removed_from_the_chosen_events_only(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    forum, waic, signing = _ids(sample_store, FORUM, WAIC, SIGNING)
    ndrc = _participant_id(sample_store, NDRC)
    ops.link_events([forum], ndrc, {"role": "host"})
    ops.link(forum, ndrc, {"role": "speaker"})  # a second role at the same event
    report = ops.unlink_events([forum, waic], ndrc)
    assert NDRC not in [name for name, _, _ in _links(sample_store, forum)]
    assert NDRC not in [name for name, _, _ in _links(sample_store, waic)]
    assert NDRC in [name for name, _, _ in _links(sample_store, signing)]
    assert report.events_touched() == {forum, waic}
    assert FORUM not in found(sample_store, "reform commission")
    assert found(sample_store, "reform commission") == {SIGNING}


def test_an_unknown_participant_changes_nothing(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    before = dump(sample_store)
    for change in (ops.link_events, ops.unlink_events):
        with pytest.raises(ValidationError, match="no participant has the id gone"):
            change(_ids(sample_store, FORUM), "gone")
    with pytest.raises(ValidationError, match="role"):
        ops.link_events(_ids(sample_store, FORUM, WAIC), _participant_id(sample_store, NDRC),
                        {"role": "juggler"})
    assert dump(sample_store) == before


def _participant(store: Store, name: str) -> Participant:
    with store.session() as session:
        found = session.scalars(select(Participant).where(Participant.name == name)).one()
        session.expunge(found)
        return found


def test_chosen_participants_take_the_values_in_one_undoable_step(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    names = ["Ministry of Industry and Information Technology", "Chinese Academy of Sciences"]
    ids = [_participant(sample_store, name).id for name in names]
    parent = _participant(sample_store, "National Development and Reform Commission").id
    before = dump(sample_store)
    report = ops.change_participants(ids, {"country": "中国", "org_type": None,
                                           "parent": parent})
    assert report.ids("participant") == set(ids)
    for name in names:
        changed = _participant(sample_store, name)
        assert (changed.country, changed.parent_id, changed.org_type_id) == ("CN", parent, None)
    with sample_store.session() as session:
        assert index_problems(session) == []
    invert(ops, report)
    assert dump(sample_store) == before


def test_a_value_one_participant_cannot_take_refuses_the_change_and_names_it(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    person = _participant(sample_store, "Shi Zhongjun").id
    organisation = _participant(sample_store, "Chinese Academy of Sciences").id
    ndrc = _participant(sample_store, "National Development and Reform Commission").id
    before = dump(sample_store)
    with pytest.raises(ValidationError, match="only an organisation or group has a parent "
                                              "— Shi Zhongjun"):
        ops.change_participants([organisation, person], {"parent": ndrc})
    with pytest.raises(ValidationError, match="its own ancestor — Chinese Academy"):
        ops.change_participants([organisation], {"parent": organisation})
    with pytest.raises(ValidationError, match="name: cannot be changed on several"):
        ops.change_participants([organisation, person], {"name": "One"})
    assert dump(sample_store) == before


def test_find_and_replace_mends_a_name_in_the_chosen_events_only(
        sample_store: Store) -> None:
    from desktop.core.operations_batch import matches_in

    ops = Operations(sample_store, "Analyst")
    forum, waic, signing = _ids(sample_store, FORUM, WAIC, SIGNING)
    chosen = [forum, waic]
    with sample_store.session() as session:
        events, times = matches_in(session, chosen, ["title"], "china")
    assert (events, times) == (1, 1)  # "2025 ASEAN-China Media…"; WAIC's title has none
    before = dump(sample_store)
    report = ops.replace_in_events(chosen, ["title", "summary"], "china", r"P.R.C. \1")
    with sample_store.session() as session:
        titles = dict(session.execute(select(Event.id, Event.title)).all())
        assert index_problems(session) == []
    assert titles[forum] == r"2025 ASEAN-P.R.C. \1 Media Cooperation Forum"  # taken as written
    assert titles[signing] == SIGNING  # not chosen
    assert report.events_touched() <= {forum, waic} and forum in report.events_touched()
    assert found(sample_store, "p.r.c.") >= {titles[forum]}
    invert(ops, report)
    assert dump(sample_store) == before
    with pytest.raises(ValidationError, match="find: give the text"):
        ops.replace_in_events(chosen, ["title"], "", "x")
    with pytest.raises(ValidationError, match="status: is not a text"):
        ops.replace_in_events(chosen, ["status"], "a", "b")
    report = ops.replace_in_events(chosen, ["title"], "CHINA", "x", match_case=True)
    assert not report.changes  # "China" is not "CHINA" when case matters


def test_participants_in_no_event_are_deleted_together_and_undone(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    parent = ops.create_participant({"kind": "organization", "name": "Old Ministry"}).ids(
        "participant").pop()
    child = ops.create_participant({"kind": "organization", "name": "Old Bureau",
                                    "parent": parent}).ids("participant").pop()
    before = dump(sample_store)
    linked = _participant_id(sample_store, NDRC)
    with pytest.raises(ValidationError, match="National Development and Reform Commission "
                                              "takes part in"):
        ops.delete_participants([parent, linked])
    assert dump(sample_store) == before  # all or nothing
    report = ops.delete_participants([parent, child])
    assert report.ids("participant", "delete") == {parent, child}
    with sample_store.session() as session:
        assert session.get(Participant, parent) is None and index_problems(session) == []
    invert(ops, report)
    assert dump(sample_store) == before
