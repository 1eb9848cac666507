"""Saving what the event form edited: one step, all or nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.event_form_data import (
    EventFormData,
    LinkData,
    SourceData,
    find_participants,
    load_event,
    save_event,
)
from desktop.core.models import Event, Participant
from desktop.core.operations import Operations
from desktop.core.undo import invert


def test_new_event_with_participants_sources_and_an_inline_participant(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        (cicg,) = find_participants(session, "中国外文局")  # the record says 中國外文局
        (ndrc,) = find_participants(session, "国家发展改革委")
    form = EventFormData()
    form.values.update(title="中国—东盟数字论坛", date="May 21-25, 2018", country="China",
                       category="AI Engagement Activity", event_type="forum",
                       attendance="200", attendance_qualifier="more_than")
    form.tags = ["ASEAN", "数字"]
    form.links = [LinkData(cicg.id, cicg.name, role="host"),
                  LinkData(ndrc.id, ndrc.name, role="speaker", note="via video"),
                  LinkData("", "Li Hua", "李华", role="attendee", new_kind="person")]
    form.sources = [SourceData(publisher="Xinhua", url="https://example.org/x")]
    event_id, report = save_event(ops, None, EventFormData(), form)
    with sample_store.session() as session:
        loaded = load_event(session, event_id)
        assert loaded is not None
        assert loaded.values["date"] == "2018-05-21/2018-05-25"
        assert loaded.values["country"] == "CN" and loaded.values["attendance"] == 200
        assert [(link.name, link.role, link.note) for link in loaded.links] == [
            ("China International Communications Group", "host", ""),
            ("National Development and Reform Commission", "speaker", "via video"),
            ("Li Hua", "attendee", "")]
        assert loaded.tags == ["ASEAN", "数字"]
        assert loaded.sources[0].publisher == "Xinhua"
    invert(ops, report)  # one Save is one undo step
    with sample_store.session() as session:
        assert session.get(Event, event_id) is None
        assert session.scalars(select(Participant).where(Participant.name == "Li Hua")).all() == []


def test_editing_reorders_removes_and_changes_in_one_step(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        event_id = session.scalars(select(Event.id).where(
            Event.title == "China-ASEAN AI Development and Governance Cooperation Seminar")).one()
        loaded = load_event(session, event_id)
    assert loaded is not None
    edited = loaded.copy()
    edited.links.reverse()
    edited.links[0].note = "opening speech"
    del edited.links[1]
    edited.values["date"] = "2024-12-09/2024-12-10"
    _, report = save_event(ops, event_id, loaded, edited)
    with sample_store.session() as session:
        again = load_event(session, event_id)
    assert again is not None
    assert [link.name for link in again.links] == [
        "Vongsey Vissoth", "Economic, Social and Cultural Council (Cambodia)"]
    assert again.links[0].note == "opening speech"
    invert(ops, report)
    with sample_store.session() as session:
        restored = load_event(session, event_id)
    assert restored is not None
    assert [link.name for link in restored.links] == [link.name for link in loaded.links]
    assert restored.values == loaded.values


def test_an_invalid_field_stores_nothing(sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    form = EventFormData()
    form.values.update(title="Reversed", date="July 30 to July 28, 2025")
    form.sources = [SourceData(publisher="X")]
    with pytest.raises(ValidationError) as caught:
        save_event(ops, None, EventFormData(), form)
    assert caught.value.problems[0].field == "date"
    with sample_store.session() as session:
        assert session.scalars(select(Event).where(Event.title == "Reversed")).all() == []


def test_a_participant_is_found_by_a_name_that_says_its_country_another_way(
        sample_store: Store) -> None:
    """The sample's "… (Brazil)" ministry is found as "Brazil's …" or "… of
    Brazil", and China's ministry by its country; a country whose ministry
    we do not have finds none, and a name found as typed is not joined by
    others of its country."""
    with sample_store.session() as session:
        def names(text: str) -> list[str]:
            return [choice.name for choice in find_participants(session, text)]

        brazil = ["Ministry of Science, Technology and Innovation (Brazil)"]
        assert names("Brazil's Ministry of Science") == brazil
        assert names("Ministry of Science, Technology and Innovation of Brazil") == brazil
        assert names("the Cambodia's Economic, Social and Cultural Council") == [
            "Economic, Social and Cultural Council (Cambodia)"]
        assert names("China's Ministry of Science") == ["Ministry of Science and Technology"]
        assert names("Chile's Ministry of Science") == []
        assert names("Ministry of Science and Technology") == [
            "Ministry of Science and Technology"]


def test_a_title_and_a_family_name_find_the_people_of_that_name(sample_store: Store) -> None:
    """Typed as a report names them, "President Putin" and "Premier Li" find
    the sample's Vladimir Putin and Li Qiang (a Chinese name's family name
    first), every person of the name when several have it, and a family name
    with no title before it finds no one it does not hold."""
    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        def names(text: str) -> list[str]:
            return [choice.name for choice in find_participants(session, text)]

        assert names("President Putin") == ["Vladimir Putin"]
        assert names("premier li") == ["Li Qiang"]
        assert names("Mr. Gref") == ["German Gref"]
        assert names("President Lula") == []
        assert names("Ambassador Putin's office") == []
    ops.create_participant({"kind": "person", "name": "Li Hua", "native_name": "李华"})
    with sample_store.session() as session:
        assert {choice.name for choice in find_participants(session, "Premier Li")} == {
            "Li Qiang", "Li Hua"}
