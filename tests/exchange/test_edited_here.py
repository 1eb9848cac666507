"""A colleague's copy merged back: what only they changed is taken, and only
records edited here too are left to the analyst's choice."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.models import Event, Participant, VocabularyTerm
from desktop.core.operations import Operations
from tests.exchange.test_json import export

FORUM = "2025 ASEAN-China Media Cooperation Forum"
BRAZIL = "China Signs AI Cooperation Pact with Brazil"
LAOS = "China and Laos Build AI Innovation Cooperation Center"


def _events(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {event["title"]: event for event in document["events"]}


def _plan_edited(store: Store, document: dict[str, Any]) -> dict[str, bool]:
    """Each changed record's title or name: whether it was edited here too."""
    with store.session() as session:
        plan = plan_import(session, document)
    return {conflict.label: conflict.edited_here for conflict, _record in plan.conflicts}


def _titles(store: Store) -> set[str]:
    with store.session() as session:
        return set(session.scalars(select(Event.title)))


def test_only_records_edited_on_both_sides_are_asked(sample_store: Store) -> None:
    document = export(sample_store)
    events = _events(document)
    events[FORUM]["title"] = "Media Forum (theirs)"
    events[BRAZIL]["title"] = "Brazil pact (theirs)"
    # Since the export, the pact's notes were edited here: its record differs
    # on both sides, though not in the same field.
    Operations(sample_store, "Me").update_event(events[BRAZIL]["id"], {"notes": "ours"})
    assert _plan_edited(sample_store, document) == {"Media Forum (theirs)": False,
                                                     "Brazil pact (theirs)": True}
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert plan.summary().endswith(
        "2 changed (1 only in the file, taken; 1 edited here too)")
    with pytest.raises(ValidationError, match="1 record differs from this database and "
                                              "changed here too") as refused:
        apply_import(Operations(sample_store, "Me"), plan, "fail")
    assert "Brazil pact (theirs)" in str(refused.value)
    assert "Media Forum (theirs)" not in str(refused.value)
    apply_import(Operations(sample_store, "Me"), plan, "ours")
    titles = _titles(sample_store)
    assert "Media Forum (theirs)" in titles  # theirs alone: taken
    assert BRAZIL in titles and "Brazil pact (theirs)" not in titles  # ours kept


def test_a_participant_added_here_makes_the_event_edited_here(sample_store: Store) -> None:
    document = export(sample_store)
    events = _events(document)
    events[LAOS]["summary"] = "Their summary."
    with sample_store.session() as session:
        someone = session.scalars(select(Participant.id).where(
            Participant.name == "DeepSeek")).one()
    Operations(sample_store, "Me").link(events[LAOS]["id"], someone, {"role": "attendee"})
    assert _plan_edited(sample_store, document) == {LAOS: True}


def test_after_a_category_is_renamed_here_a_differing_category_is_asked(
        sample_store: Store) -> None:
    """A vocabulary value renamed changes every event of it with no entry of
    theirs in the log: their copy, holding the old name, must not bring it
    back unasked.  (A tag renamed is logged on each event holding it.)"""
    document = export(sample_store)
    events = _events(document)
    with sample_store.session() as session:
        category = session.scalars(select(VocabularyTerm).where(
            VocabularyTerm.value == events[FORUM]["category"])).one()
    Operations(sample_store, "Me").rename_term(category.id, "AI engagement")
    events[FORUM]["title"] = "Media Forum (theirs)"
    events[LAOS]["title"] = "Laos centre (theirs)"
    del events[LAOS]["category"]  # a field left out is no change: its title alone differs
    edited = _plan_edited(sample_store, document)
    assert edited.pop("Laos centre (theirs)") is False
    # The forum, and every other event of the category, gives its old name.
    assert edited.pop("Media Forum (theirs)") is True
    assert len(edited) == 6 and all(edited.values())


def test_a_participant_only_they_renamed_is_taken(sample_store: Store) -> None:
    document = export(sample_store)
    people = {person["name"]: person for person in document["participants"]}
    people["DeepSeek"]["name"] = "DeepSeek AI"
    people["Du Zhanyuan"]["position"] = "President, CICG"
    with sample_store.session() as session:
        du = session.scalars(select(Participant.id).where(
            Participant.name == "Du Zhanyuan")).one()
    Operations(sample_store, "Me").update_participant(du, {"aliases": ["杜占元"]})
    assert _plan_edited(sample_store, document) == {"DeepSeek AI": False, "Du Zhanyuan": True}
    with sample_store.session() as session:
        plan = plan_import(session, document)
    apply_import(Operations(sample_store, "Me"), plan, "ours")
    with sample_store.session() as session:
        names = set(session.scalars(select(Participant.name)))
        position = session.scalars(select(Participant.position).where(
            Participant.id == du)).one()
    assert "DeepSeek AI" in names and position != "President, CICG"
