"""Taking a colleague's changed events: those whose title, summary, notes,
status, category, type, place, country or tags alone differ are written
together in one batch update, as one undo step, with their change log and
search texts."""

from __future__ import annotations

from sqlalchemy import select, text

from desktop.core.db import Store
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.models import Event
from desktop.core.operations import Operations
from desktop.core.search import index_problems
from desktop.core.undo import invert
from tests.core.test_undo import dump
from tests.exchange.test_json import export, found_titles


def test_retitled_and_retagged_events_are_taken_together_and_undone_at_once(
        sample_store: Store) -> None:
    document = export(sample_store)
    events = document["events"]
    for number, event in enumerate(events[:3]):
        event["title"] = f"Retitled by the colleague {number}"
    events[3]["tags"] = ["colleague's tag"]
    events[4]["status"] = "draft" if events[4]["status"] != "draft" else "verified"
    events[4]["native_title"] = "同事改的标题"
    events[5]["date"] = "2023"  # not in a batch: written on its own
    before = dump(sample_store)
    ops = Operations(sample_store, "Importer")
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert len(plan.conflicts) == 6
    report = apply_import(ops, plan, "theirs")

    again = {event["id"]: event for event in export(sample_store)["events"]}
    for event in events[:6]:
        mine = again[event["id"]]
        assert (mine["title"], mine["tags"], mine["status"], mine["date"]) == (
            event["title"], event["tags"], event["status"], event["date"])
    assert again[events[4]["id"]]["native_title"] == "同事改的标题"
    with sample_store.session() as session:
        assert sorted(found_titles(session, "retitled colleague")) == [
            f"Retitled by the colleague {n}" for n in range(3)]
        assert found_titles(session, "同事改") == [events[4]["title"]]
        assert index_problems(session) == []
        logged = {(row[0], row[1]) for row in session.execute(text(
            "SELECT record_id, field FROM change_log WHERE by = 'Importer'"))}
    assert {(event["id"], "title") for event in events[:3]} <= logged
    assert (events[3]["id"], "tags") in logged and (events[4]["id"], "status") in logged

    invert(ops, report)
    assert dump(sample_store) == before
    with sample_store.session() as session:
        assert "Retitled by the colleague 0" not in set(session.scalars(select(Event.title)))


def test_a_changed_record_that_leaves_fields_out_changes_only_those_it_gives(
        sample_store: Store) -> None:
    """The format needs only an event's id and title and a participant's id,
    kind and name: a file from another tool may carry no more.  Merged with
    theirs taken, what it leaves out stays ours, and is no conflict."""
    document = export(sample_store)
    full = next(event for event in document["events"]
                if event["participants"] and event["tags"] and event["place"]
                and "related" not in event)  # (left out, relations are read as none)
    person = next(p for p in document["participants"] if p["country"] and p["aliases"])
    short = {"id": full["id"], "title": "Retitled elsewhere",  # and a link dropped
             "participants": [{"participant": link["participant"], "role": link["role"]}
                              for link in full["participants"][1:]]}
    renamed = {"id": person["id"], "kind": person["kind"], "name": "Renamed elsewhere"}
    with sample_store.session() as session:
        plan = plan_import(session, {**document, "events": [short],
                                     "participants": [renamed]})
    changed = {conflict.record_id: {name for name, _ours, _theirs in conflict.fields}
               for conflict, _record in plan.conflicts}
    assert changed == {full["id"]: {"title", "participants"}, person["id"]: {"name"}}
    apply_import(Operations(sample_store, "Importer"), plan, "theirs")

    again = export(sample_store)
    event = next(e for e in again["events"] if e["id"] == full["id"])
    assert event["title"] == "Retitled elsewhere"
    assert [link["participant"] for link in event["participants"]] == [
        link["participant"] for link in full["participants"][1:]]
    kept = ("status", "place", "country", "tags", "summary", "date", "sources", "category")
    assert {name: event[name] for name in kept} == {name: full[name] for name in kept}
    participant = next(p for p in again["participants"] if p["id"] == person["id"])
    assert participant["name"] == "Renamed elsewhere"
    assert (participant["country"], participant["aliases"]) == (person["country"],
                                                                person["aliases"])


def test_null_for_empty_text_tags_in_another_order_and_bare_links_are_no_change(
        sample_store: Store) -> None:
    """pandas and many scripts write null for an empty cell, a list of tags in
    the order they hold it, links without their ids: such a copy of ours has
    nothing to merge."""
    document = export(sample_store)
    for record in [*document["events"], *document["participants"]]:
        for name, value in list(record.items()):
            if value == "":
                record[name] = None
    tagged = next(event for event in document["events"] if len(event["tags"]) > 1)
    tagged["tags"].reverse()  # and tags in another order: the same tags
    unrelated = next(event for event in document["events"] if "related" not in event)
    unrelated["related"] = []  # and no relations written as an empty list
    linked = next(event for event in document["events"] if len(event["participants"]) > 1)
    # and links without their ids or notes: the same links, in the same order
    linked["participants"] = [{"participant": link["participant"], "role": link["role"]}
                              for link in linked["participants"]]
    assert any(value is None for event in document["events"] for value in event.values())
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert plan.conflicts == [] and plan.nothing_to_do() is not None
