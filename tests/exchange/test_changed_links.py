"""A colleague's copy whose event names another participant in one of its
links, under the link's id, or names one twice: the merge takes the new
participant or refuses the file; it kept ours without a word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.bootstrap import create_database
from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.models import EventParticipant, Participant
from tests.exchange.test_json import export, import_into


def _names(store: Store, event_id: str) -> list[str]:
    with store.session() as session:
        return list(session.scalars(
            select(Participant.name).join(EventParticipant,
                                          EventParticipant.participant_id == Participant.id)
            .where(EventParticipant.event_id == event_id)
            .order_by(EventParticipant.sort_order)))


def _refusal(store: Store, document: dict[str, Any]) -> list[str]:
    """The problems the merge of ``document``, taking theirs, is refused for."""
    with pytest.raises(ValidationError) as caught:
        import_into(store, document, policy="theirs")
    return [str(problem) for problem in caught.value.problems]


def _participant_named(document: dict[str, Any], name: str) -> str:
    return next(str(p["id"]) for p in document["participants"] if p["name"] == name)


def test_a_link_that_now_names_another_participant_is_taken(sample_store: Store) -> None:
    document = export(sample_store)
    event = document["events"][0]
    before = _names(sample_store, event["id"])
    event["participants"][2]["participant"] = _participant_named(document, "Brunei")
    import_into(sample_store, document, policy="theirs")
    assert _names(sample_store, event["id"]) == [*before[:2], "Brunei", *before[3:]]


def test_a_link_to_a_participant_nobody_has_is_refused(sample_store: Store) -> None:
    document = export(sample_store)
    event = document["events"][0]
    before = _names(sample_store, event["id"])
    event["participants"][2]["participant"] = "ffffffff-0000-4000-8000-000000000000"
    assert _refusal(sample_store, document) == [
        f"event “{event['title']}” ({event['id']}): no participant has the id "
        "ffffffff-0000-4000-8000-000000000000"]
    assert _names(sample_store, event["id"]) == before


def test_a_link_given_twice_is_refused(sample_store: Store) -> None:
    document = export(sample_store)
    event = document["events"][1]
    before = _names(sample_store, event["id"])
    links = event["participants"]
    links.append(dict(links[0]))
    assert _refusal(sample_store, document) == [
        f"events[1].participants[{len(links) - 1}].id: {links[0]['id']} is given twice "
        "in the list (also at [0])"]
    assert _names(sample_store, event["id"]) == before


def test_a_role_given_as_an_object_is_refused_not_stored_as_none(sample_store: Store,
                                                                 tmp_path: Path) -> None:
    document = export(sample_store)
    event = document["events"][3]
    before = _names(sample_store, event["id"])
    event["participants"][0]["role"] = {}
    empty = create_database(tmp_path / "empty.sqlite")
    for store, where in ((sample_store, f"event “{event['title']}” ({event['id']}), "
                                        "participants[0].role"),
                         (empty, "events[3].participants[0].role")):
        assert _refusal(store, document) == [f"{where}: must be a text, not an object"]
    assert _names(sample_store, event["id"]) == before
    empty.close()


def test_a_new_link_naming_no_participant_is_said_to_need_one(sample_store: Store,
                                                              tmp_path: Path) -> None:
    document = export(sample_store)
    del document["events"][0]["participants"][1]["participant"]
    empty = create_database(tmp_path / "empty.sqlite")
    assert _refusal(empty, document) == ["events[0].participants[1].participant: is required"]
    empty.close()


def test_a_link_leaving_its_participant_out_keeps_ours_in_an_event_that_changed(
        sample_store: Store) -> None:
    """In one of our events whose links changed, a link that leaves its
    participant out stopped the import (KeyError); it keeps ours, as any field
    left out does, and a new link that leaves it out is refused."""
    document = export(sample_store)
    event = document["events"][5]
    before = _names(sample_store, event["id"])
    links = event["participants"]
    del links[1]["participant"]
    links[0]["note"] = "via video"
    import_into(sample_store, document, policy="theirs")
    assert _names(sample_store, event["id"]) == before
    with sample_store.session() as session:
        notes = list(session.scalars(select(EventParticipant.note).where(
            EventParticipant.event_id == event["id"]).order_by(EventParticipant.sort_order)))
    assert notes[0] == "via video"
    links[0]["note"] = "in person"
    links[1]["id"] = "00000000-0000-4000-8000-000000000123"  # not one of ours
    assert _refusal(sample_store, document) == [
        f"event “{event['title']}” ({event['id']}), participants[1].participant: is required"]
