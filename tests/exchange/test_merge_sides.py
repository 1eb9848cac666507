"""A colleague's copy merged back: what only one side changed is settled field
by field, and only records with a field changed on both sides are asked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.import_plan import ImportPlan
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.models import Event, Participant, ParticipantAlias, VocabularyTerm
from desktop.core.operations import Operations
from tests.exchange.test_json import export

FORUM = "2025 ASEAN-China Media Cooperation Forum"
BRAZIL = "China Signs AI Cooperation Pact with Brazil"
LAOS = "China and Laos Build AI Innovation Cooperation Center"


def _events(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {event["title"]: event for event in document["events"]}


def _plan(store: Store, document: dict[str, Any]) -> ImportPlan:
    with store.session() as session:
        return plan_import(session, document)


def _sides(store: Store, document: dict[str, Any]) -> dict[str, dict[str, str]]:
    """Each changed record's title or name: the side that changed each field."""
    return {conflict.label: {name: side for (name, _ours, _theirs), side
                             in zip(conflict.fields, conflict.sides, strict=True)}
            for conflict, _record in _plan(store, document).conflicts}


def _event(store: Store, event_id: str) -> Event:
    with store.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        session.expunge(event)
        return event


def test_what_one_side_changed_is_merged_field_by_field(sample_store: Store) -> None:
    """They retitled the forum and rewrote the pact's summary; here, since the
    export, the forum's notes and the pact's title were edited.  Nothing is
    changed on both sides: nothing to ask, and each field comes from the side
    that changed it — their copy's older notes and title are not put back."""
    document = export(sample_store)
    events = _events(document)
    forum, pact = events[FORUM], events[BRAZIL]
    forum["title"] = "Media Forum (theirs)"
    pact["summary"] = "Their summary."
    ops = Operations(sample_store, "Me")
    ops.update_event(forum["id"], {"notes": "Checked against the programme."})
    ops.update_event(pact["id"], {"title": "China–Brazil AI pact"})
    ops.update_event(events[LAOS]["id"], {"place": "Vientiane, Laos",  # theirs the older
                                          "tags": ["Mekong", *reversed(events[LAOS]["tags"])]})
    assert _sides(sample_store, document) == {
        "Media Forum (theirs)": {"title": "theirs", "notes": "ours"},
        BRAZIL: {"title": "ours", "summary": "theirs"},
        LAOS: {"place": "ours", "tags": "ours"}}
    plan = _plan(sample_store, document)
    assert plan.summary().endswith(
        "3 changed (1 changed here since, kept; 2 merged field by field)")
    apply_import(Operations(sample_store, "Me"), plan, "fail")  # nothing to refuse
    assert (_event(sample_store, forum["id"]).title,
            _event(sample_store, forum["id"]).notes) == (
        "Media Forum (theirs)", "Checked against the programme.")
    assert (_event(sample_store, pact["id"]).title,
            _event(sample_store, pact["id"]).summary) == ("China–Brazil AI pact",
                                                          "Their summary.")
    assert _event(sample_store, events[LAOS]["id"]).place == "Vientiane, Laos"
    assert "Mekong" in _events(export(sample_store))[LAOS]["tags"]


def test_only_a_field_changed_on_both_sides_is_asked(sample_store: Store) -> None:
    document = export(sample_store)
    events = _events(document)
    forum, pact = events[FORUM], events[BRAZIL]
    forum["title"] = "Media Forum (theirs)"
    pact["title"] = "Brazil pact (theirs)"
    pact["summary"] = "Their summary."
    ops = Operations(sample_store, "Me")
    ops.update_event(pact["id"], {"title": "Brazil pact (ours)", "notes": "ours"})
    assert _sides(sample_store, document) == {
        "Media Forum (theirs)": {"title": "theirs"},
        "Brazil pact (theirs)": {"title": "both", "summary": "theirs", "notes": "ours"}}
    plan = _plan(sample_store, document)
    assert plan.summary().endswith(
        "2 changed (1 only in the file, taken; 1 changed on both sides)")
    with pytest.raises(ValidationError, match="1 record differs from this database, "
                                              "changed on both sides") as refused:
        apply_import(Operations(sample_store, "Me"), plan, "fail")
    assert "Brazil pact (theirs)" in str(refused.value)
    assert ("title changed on both sides; summary changed in the file alone; notes changed "
            "here alone") in str(refused.value)
    assert "Media Forum (theirs)" not in str(refused.value)
    # Theirs, taken, keeps the notes only we changed.
    apply_import(Operations(sample_store, "Me"), plan, "theirs")
    pact_now = _event(sample_store, pact["id"])
    assert (pact_now.title, pact_now.summary, pact_now.notes) == (
        "Brazil pact (theirs)", "Their summary.", "ours")
    assert _event(sample_store, forum["id"]).title == "Media Forum (theirs)"


def test_keeping_ours_where_both_changed_takes_what_they_alone_changed(
        sample_store: Store) -> None:
    """Keeping our title, which both sides changed, dropped the summary only
    they had rewritten: the policy decides the fields changed on both sides."""
    document = export(sample_store)
    pact = _events(document)[BRAZIL]
    pact["title"], pact["summary"] = "Brazil pact (theirs)", "Their summary."
    Operations(sample_store, "Me").update_event(pact["id"], {"title": "Brazil pact (ours)"})
    apply_import(Operations(sample_store, "Me"), _plan(sample_store, document), "ours")
    kept = _event(sample_store, pact["id"])
    assert kept.title == "Brazil pact (ours)" and kept.summary == "Their summary."


def test_the_analyst_keeps_a_record_whole_or_takes_some_of_its_fields(
        sample_store: Store) -> None:
    document = export(sample_store)
    events = _events(document)
    pact, forum = events[BRAZIL], events[FORUM]
    pact["title"], pact["summary"] = "Brazil pact (theirs)", "Their summary."
    forum["title"], forum["summary"] = "Media Forum (theirs)", "Their forum summary."
    ours_before = _event(sample_store, forum["id"]).summary
    Operations(sample_store, "Me").update_event(pact["id"], {"title": "Brazil pact (ours)"})
    apply_import(Operations(sample_store, "Me"), _plan(sample_store, document), "theirs",
                 {pact["id"]: False, forum["id"]: {"title"}})
    kept, mixed = _event(sample_store, pact["id"]), _event(sample_store, forum["id"])
    assert kept.title == "Brazil pact (ours)" and kept.summary != "Their summary."
    assert (mixed.title, mixed.summary) == ("Media Forum (theirs)", ours_before)


def test_a_participant_added_here_makes_the_list_changed_here(sample_store: Store) -> None:
    document = export(sample_store)
    laos = _events(document)[LAOS]
    laos["summary"] = "Their summary."
    laos["participants"] = laos["participants"][:-1]
    with sample_store.session() as session:
        someone = session.scalars(select(Participant.id).where(
            Participant.name == "DeepSeek")).one()
    Operations(sample_store, "Me").link(laos["id"], someone, {"role": "attendee"})
    assert _sides(sample_store, document) == {
        LAOS: {"participants": "both", "summary": "theirs"}}


def test_after_a_category_is_renamed_here_its_old_name_in_their_copy_is_ours(
        sample_store: Store) -> None:
    """A vocabulary value renamed changes every event of it with no entry of
    theirs in the log: their copy, holding the old name, must not bring it
    back.  Their old name is the value it became: no difference; a value of
    theirs that is no old name of ours is asked.  (A tag renamed is
    logged on each event holding it.)"""
    document = export(sample_store)
    events = _events(document)
    with sample_store.session() as session:
        category = session.scalars(select(VocabularyTerm).where(
            VocabularyTerm.value == events[FORUM]["category"])).one()
    Operations(sample_store, "Me").rename_term(category.id, "AI engagement")
    events[FORUM]["title"] = "Media Forum (theirs)"
    events[LAOS]["title"] = "Laos centre (theirs)"
    del events[LAOS]["category"]  # a field left out is no change: its title alone differs
    events[BRAZIL]["category"] = "Diplomacy"  # theirs: no name ours ever had
    sides = _sides(sample_store, document)
    assert sides.pop("Laos centre (theirs)") == {"title": "theirs"}
    # The forum, and every other event of the category, gives its old name:
    # the value it became, no difference.
    assert sides.pop("Media Forum (theirs)") == {"title": "theirs"}
    assert sides == {BRAZIL: {"category": "both"}}


def test_a_participant_only_they_renamed_is_taken(sample_store: Store) -> None:
    document = export(sample_store)
    people = {person["name"]: person for person in document["participants"]}
    people["DeepSeek"]["name"] = "DeepSeek AI"
    people["Du Zhanyuan"]["position"] = "President, CICG"
    people["Du Zhanyuan"]["aliases"] = ["Du"]
    with sample_store.session() as session:
        du = session.scalars(select(Participant.id).where(
            Participant.name == "Du Zhanyuan")).one()
    Operations(sample_store, "Me").update_participant(du, {"aliases": ["杜占元"]})
    assert _sides(sample_store, document) == {
        "DeepSeek AI": {"name": "theirs"},
        "Du Zhanyuan": {"aliases": "both", "position": "theirs"}}
    apply_import(Operations(sample_store, "Me"), _plan(sample_store, document), "ours")
    with sample_store.session() as session:
        names = set(session.scalars(select(Participant.name)))
        position = session.scalars(select(Participant.position).where(
            Participant.id == du)).one()
    aliases = _aliases(sample_store, du)
    # Their position, changed by them alone, is taken; our aliases, changed on
    # both sides, are kept.
    assert "DeepSeek AI" in names and position == "President, CICG" and aliases == ["杜占元"]


def _aliases(store: Store, participant_id: str) -> list[str]:
    with store.session() as session:
        return list(session.scalars(select(ParticipantAlias.alias).where(
            ParticipantAlias.participant_id == participant_id)))


def test_a_second_round_asks_no_more_than_the_first(sample_store: Store) -> None:
    """Their title was taken in a first merge; their next copy retitles it
    again: their edit alone, as the first was.  Had we retitled it since, it
    would be changed on both sides."""
    document = export(sample_store)
    forum = _events(document)[FORUM]
    forum["title"] = "Media Forum (theirs, 1)"
    apply_import(Operations(sample_store, "Me"), _plan(sample_store, document), "fail")
    assert _event(sample_store, forum["id"]).title == "Media Forum (theirs, 1)"
    forum["title"] = "Media Forum (theirs, 2)"
    forum["summary"] = "Their summary."
    assert _sides(sample_store, document) == {
        "Media Forum (theirs, 2)": {"title": "theirs", "summary": "theirs"}}
    Operations(sample_store, "Me").update_event(forum["id"], {"title": "Media Forum (ours)"})
    assert _sides(sample_store, document) == {
        "Media Forum (theirs, 2)": {"title": "both", "summary": "theirs"}}


def test_two_copies_of_the_sample_differ_only_in_what_was_edited(
        sample_store: Store, tmp_path: Path) -> None:
    """The sample made in two databases gives each link, source and figure
    an id of its own: a colleague's copy of it, with one event retitled,
    showed every event changed, "ours" and "theirs" alike to the letter."""
    from desktop.core.bootstrap import create_database

    theirs = create_database(tmp_path / "colleague.sqlite", sample=True)
    try:
        document = export(theirs)
    finally:
        theirs.close()
    pact = _events(document)[BRAZIL]
    pact["title"] = "China–Brazil AI pact"
    assert _sides(sample_store, document) == {"China–Brazil AI pact": {"title": "theirs"}}
    plan = _plan(sample_store, document)
    assert plan.summary().endswith("1 changed (only in the file, taken)")
    apply_import(Operations(sample_store, "Me"), plan, "fail")
    assert _event(sample_store, pact["id"]).title == "China–Brazil AI pact"
