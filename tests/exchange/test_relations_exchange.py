"""Relations between events in the JSON document and the Data Package:
carried, checked, merged, and left out where the file lacks the other event."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.bootstrap import create_database
from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.datapackage import write_datapackage
from desktop.core.exchange.datapackage_reader import plan_datapackage
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.filters import ChosenEvents
from desktop.core.models import Event
from desktop.core.operations import Operations
from desktop.core.relations import relations_of
from tests.exchange.test_json import export, import_into, validate

LAOS = "China and Laos Build AI Innovation Cooperation Center"
SEMINAR = "China-ASEAN AI Development and Governance Cooperation Seminar"
WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"
BRAZIL = "China Signs AI Cooperation Pact with Brazil"


def _by_title(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {event["title"]: event for event in document["events"]}


def _relations(store: Store, title: str) -> list[tuple[str, str]]:
    with store.session() as session:
        event_id = session.scalars(select(Event.id).where(Event.title == title)).one()
        return [(r.label, r.other_title) for r in relations_of(session, event_id)]


def test_the_document_carries_the_relations_an_event_holds_and_reads_them_back(
        sample_store: Store, tmp_path: Path) -> None:
    document = export(sample_store)
    validate(document)
    events = _by_title(document)
    (held,) = events[LAOS]["related"]
    assert (held["event"], held["kind"]) == (events[SEMINAR]["id"], "related")
    assert "related" not in events[WAIC]  # none: the key is left out, as before relations
    empty = create_database(tmp_path / "empty.sqlite")
    import_into(empty, document)
    assert ("Related to", LAOS) in _relations(empty, SEMINAR)
    assert _relations(empty, LAOS) == [("Related to", SEMINAR)]


def test_an_export_of_some_events_keeps_only_the_relations_among_them(
        sample_store: Store, tmp_path: Path) -> None:
    with sample_store.session() as session:
        ids = {title: event_id for event_id, title in session.execute(
            select(Event.id, Event.title))}
    alone = export(sample_store, ChosenEvents([ids[LAOS]]))
    assert "related" not in alone["events"][0]  # the seminar is not in the file
    both = export(sample_store, ChosenEvents([ids[LAOS], ids[SEMINAR]]))
    assert [len(e.get("related", [])) for e in both["events"]] == [0, 1]
    empty = create_database(tmp_path / "empty.sqlite")
    import_into(empty, alone)  # no relation to an event it lacks
    assert _relations(empty, LAOS) == []


def test_a_relation_to_an_event_neither_file_nor_database_has_is_named_and_nothing_stored(
        sample_store: Store, tmp_path: Path) -> None:
    document = export(sample_store)
    laos = next(i for i, e in enumerate(document["events"]) if e["title"] == LAOS)
    document["events"][laos]["related"][0]["event"] = "no-such-event"
    empty = create_database(tmp_path / "empty.sqlite")
    with pytest.raises(ValidationError) as refused:
        import_into(empty, document)
    assert [str(p) for p in refused.value.problems] == [
        f"events[{laos}].related[0].event: no event has the id no-such-event"]
    with empty.session() as session:
        assert session.scalars(select(Event.id)).all() == []


def test_a_colleagues_new_relation_merges_when_theirs_is_taken(sample_store: Store) -> None:
    document = export(sample_store)
    events = _by_title(document)
    events[BRAZIL]["related"] = [{"id": "7d1c6c0e-36c5-4f0a-9a39-0b0c4b1e2f3a",
                                  "event": events[WAIC]["id"], "kind": "follow_up",
                                  "note": "the pact follows the July meetings",
                                  "updated_at": "2099-01-01T00:00:00Z"}]
    with sample_store.session() as session:
        plan = plan_import(session, document)
    ((conflict, _record),) = plan.conflicts
    assert [name for name, _ours, _theirs in conflict.fields] == ["related"]
    assert not conflict.asked  # theirs alone: taken whatever the policy
    assert plan.participant_names[events[WAIC]["id"]] == WAIC  # the comparison names it
    # Related here too since, to another event: ours or theirs as the policy says.
    Operations(sample_store, "Me").relate(events[BRAZIL]["id"], {
        "related": events[LAOS]["id"], "kind": "related"})
    with sample_store.session() as session:
        plan = plan_import(session, document)
    ((conflict, _record),) = plan.conflicts
    assert conflict.asked
    apply_import(Operations(sample_store, "Importer"), plan, "ours")
    assert _relations(sample_store, BRAZIL) == [("Related to", LAOS)]
    apply_import(Operations(sample_store, "Importer"), plan, "theirs")
    assert _relations(sample_store, BRAZIL) == [("Follow-up to", WAIC)]
    assert ("Followed up by", BRAZIL) in _relations(sample_store, WAIC)


def test_the_package_carries_relations_and_one_from_before_them_still_reads(
        sample_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "dataset"
    with sample_store.session() as session:
        write_datapackage(session, folder)
    rows = (folder / "related_events.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("id,event_id,event,kind,note") and len(rows) == 4
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    (resource,) = [r for r in descriptor["resources"] if r["name"] == "related_events"]
    assert {"fields": ["event"], "reference": {"resource": "events", "fields": ["id"]}} in (
        resource["schema"]["foreignKeys"])
    for kept, name in ((True, "now"), (False, "before")):
        if not kept:
            (folder / "related_events.csv").unlink()
        target = create_database(tmp_path / f"{name}.sqlite")
        with target.session() as session:
            plan = plan_datapackage(session, folder)
        apply_import(Operations(target, "Importer"), plan, "fail")
        assert _relations(target, LAOS) == ([("Related to", SEMINAR)] if kept else [])


def test_a_changed_event_may_relate_to_a_new_event_of_the_same_file(
        sample_store: Store) -> None:
    """The new events are stored first, so the relation finds its event."""
    document = export(sample_store)
    events = _by_title(document)
    side = {**{key: value for key, value in events[WAIC].items()
               if key not in ("participants", "sources", "figures", "related")},
            "id": "3f0d8f7e-5d1a-4c52-a6a0-7d86f0a0c001", "title": "WAIC 2025 side forum",
            "participants": [], "sources": [], "figures": []}
    document["events"].append(side)
    events[WAIC]["related"] = [{"id": "3f0d8f7e-5d1a-4c52-a6a0-7d86f0a0c002",
                                "event": side["id"], "kind": "related", "note": ""}]
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert plan.new_events == 1 and len(plan.conflicts) == 1
    apply_import(Operations(sample_store, "Importer"), plan, "theirs")
    assert _relations(sample_store, "WAIC 2025 side forum") == [("Related to", WAIC)]
