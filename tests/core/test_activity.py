"""The whole change log, a line per step, with each step's changes."""

from __future__ import annotations

from sqlalchemy import select

from desktop.core.activity import analysts, operation_changes, operations
from desktop.core.db import Store
from desktop.core.history import record_history
from desktop.core.models import Event
from desktop.core.operations import Operations

FORUM = "2025 ASEAN-China Media Cooperation Forum"


def _ids(store: Store) -> dict[str, str]:
    with store.session() as session:
        return {title: event_id for title, event_id in session.execute(
            select(Event.title, Event.id))}


def test_each_step_is_a_line_newest_first_saying_what_it_did(sample_store: Store) -> None:
    ids = _ids(sample_store)
    li, wang = Operations(sample_store, "Li Wei"), Operations(sample_store, "Wang Fang")
    li.update_event(ids[FORUM], {"title": "Media Forum 2025", "place": "Vientiane"})
    wang.change_events(list(ids.values())[:3], {"status": "needs_review"},
                       add_tags=["checked"])
    wang.add_source(ids["Sberbank Cooperates with China on AI Projects"],
                    {"publisher": "TASS"})
    li.delete_event(ids["China-ASEAN AI Development and Governance Cooperation Seminar"])
    with sample_store.session() as session:
        steps = operations(session)
        assert {"Li Wei", "Wang Fang"} <= set(analysts(session))
        assert [step.by for step in steps[:4]] == ["Li Wei", "Wang Fang", "Wang Fang",
                                                  "Li Wei"]
        assert steps[0].summary() == ("1 event deleted; 3 participant links deleted; "
                                      "2 relations between events deleted")
        assert steps[1].summary() == "1 source added"
        assert steps[2].summary() == "3 events changed: status, tags"
        assert steps[3].summary() == "1 event changed: place, title"
        assert [step.by for step in operations(session, "Li Wei")] == ["Li Wei", "Li Wei"]
        edited = operation_changes(session, steps[3].operation_id)
        deleted = operation_changes(session, steps[0].operation_id)
        source = operation_changes(session, steps[1].operation_id)
    by_field = {c.field: c for c in edited}
    assert set(by_field) == {"title", "place"}
    assert (by_field["title"].old, by_field["title"].new) == (FORUM, "Media Forum 2025")
    assert by_field["place"].new == "Vientiane"
    assert {c.record for c in edited} == {"Media Forum 2025"}  # as it is called now
    assert all(c.event_id == ids[FORUM] for c in edited)
    seminar = "China-ASEAN AI Development and Governance Cooperation Seminar (deleted)"
    assert {c.record for c in deleted if c.entity == "event"} == {seminar}
    # each link by the participant it linked, not by its id
    assert {c.record for c in deleted if c.entity != "event"} == {
        f"China Institute of International Studies in {seminar}",
        f"Vongsey Vissoth in {seminar}",
        f"Economic, Social and Cultural Council (Cambodia) in {seminar}",
        # the relations to it, logged under the events holding them
        "Media Forum 2025 — relation between events",
        "China and Laos Build AI Innovation Cooperation Center — relation between events"}
    assert source[0].record == "Sberbank Cooperates with China on AI Projects — source"


def test_fields_are_named_in_words(sample_store: Store) -> None:
    forum = _ids(sample_store)[FORUM]
    Operations(sample_store, "Li Wei").update_event(
        forum, {"native_title": "2025中国—东盟媒体合作论坛", "date_note": "as reported"})
    with sample_store.session() as session:
        assert operations(session)[0].summary() == "1 event changed: date note, native title"


def test_an_import_says_which_file_it_stored(sample_store: Store) -> None:
    from desktop.core.exchange.json_import import apply_import, plan_import
    from tests.exchange.test_json import export

    document = export(sample_store)
    document["events"][0]["title"] = "Renamed in their copy"
    with sample_store.session() as session:
        plan = plan_import(session, document)
    plan.source = "li-wei-copy.json"
    apply_import(Operations(sample_store, "Wang Fang"), plan, "fail")
    with sample_store.session() as session:
        step = operations(session)[0]
        # the record's own history says where the value came from too
        latest = record_history(session, document["events"][0]["id"])[0]
    assert step.summary() == "Imported li-wei-copy.json: 1 event changed: title"
    assert (latest.by, latest.what, latest.new) == (
        "Wang Fang (imported li-wei-copy.json)", "title", "Renamed in their copy")
