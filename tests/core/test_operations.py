"""The operations layer: validation, the change report and the change log."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core.changes import ValidationError
from desktop.core.models import ChangeLogEntry, Event, EventParticipant, Participant, Source
from desktop.core.operations import Operations


def _log(ops: Operations, record_id: str) -> list[tuple[str, str, str | None, str | None, str]]:
    with ops.store.session() as session:
        rows = session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.record_id == record_id).order_by(ChangeLogEntry.id))
        return [(r.action, r.field, r.old, r.new, r.by) for r in rows]


def _event(ops: Operations, **values: object) -> str:
    report = ops.create_event({"title": "Seminar", **values})
    return report.ids("event").pop()


def test_create_event_derives_date_bounds_and_logs_each_field(ops: Operations) -> None:
    report = ops.create_event({"title": "WAIC", "date": "July 28 to July 30, 2025",
                               "country": "China", "category": "AI Engagement Activity",
                               "tags": ["AI governance"]})
    event_id = report.ids("event", "create").pop()
    with ops.store.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        assert (event.date_edtf, event.date_start, event.date_end, event.date_precision) == (
            "2025-07-28/2025-07-30", "2025-07-28", "2025-07-30", "day")
        assert event.country == "CN" and event.updated_by == "Test Analyst"
    log = _log(ops, event_id)
    assert ("create", "date", None, "2025-07-28/2025-07-30", "Test Analyst") in log
    assert ("create", "category", None, "AI Engagement Activity", "Test Analyst") in log
    assert ("create", "tags", None, "AI governance", "Test Analyst") in log


def test_update_reports_and_logs_old_and_new_values_only_for_real_changes(
        ops: Operations) -> None:
    event_id = _event(ops, date="2025-02", status="draft")
    report = ops.update_event(event_id, {"date": "2025-02-23", "status": "draft",
                                         "event_type": "joint centre"})
    (change,) = report.changes
    assert {f.field: (f.old, f.new) for f in change.fields} == {
        "date": ("2025-02", "2025-02-23"), "event_type": (None, "joint centre")}
    assert report.events_touched() == {event_id}
    assert ("update", "date", "2025-02", "2025-02-23", "Test Analyst") in _log(ops, event_id)
    assert not ops.update_event(event_id, {"status": "draft"})


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"title": "  "}, "title", "is required"),
    ({"title": "X", "date": "2025-02-30"}, "date", "February 2025 has 28 days"),
    ({"title": "X", "date": "2025/2024"}, "date", "before the start"),
    ({"title": "X", "country": "Narnia"}, "country", "not an ISO 3166 country"),
    ({"title": "X", "category": "Gossip"}, "category", "not a known category"),
    ({"title": "X", "status": "final"}, "status", "not one of"),
    ({"title": "X", "attendance": -3}, "attendance", "cannot be negative"),
    ({"title": "X", "colour": "red"}, "colour", "not a field"),
])
def test_invalid_values_are_refused_naming_the_field(ops: Operations, values: dict[str, object],
                                                      field: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ops.create_event(values)
    assert any(p.field == field and message in p.message for p in caught.value.problems)
    with ops.store.session() as session:
        assert session.scalars(select(Event)).all() == []


def test_links_roles_order_and_unlink(ops: Operations) -> None:
    event_id = _event(ops)
    people = [ops.create_participant({"kind": "person", "name": n}).ids("participant").pop()
              for n in ("A", "B", "C")]
    links = [ops.link(event_id, p, {"role": "speaker"}).ids("event_participant").pop()
             for p in people]
    ops.update_link(links[1], {"note": "via video", "role": "co-host"})
    moved = ops.move_link(links[2], 0)
    assert moved.events_touched() == {event_id}
    with ops.store.session() as session:
        order = session.scalars(select(EventParticipant.participant_id).where(
            EventParticipant.event_id == event_id).order_by(EventParticipant.sort_order)).all()
        assert order == [people[2], people[0], people[1]]
        assert session.get(EventParticipant, links[1]).note == "via video"  # type: ignore[union-attr]
    removed = ops.unlink(links[0])
    assert removed.changes[0].action == "delete" and removed.changes[0].event_id == event_id
    assert ("update", "role", "speaker", "co-host", "Test Analyst") in _log(ops, links[1])


def test_participant_rules_affiliation_parent_and_cycles(ops: Operations) -> None:
    def make(**values: object) -> str:
        return ops.create_participant(values).ids("participant").pop()

    sasac = make(kind="organization", name="Shanghai SASAC",
                 native_name="上海市国有资产监督管理委员会")
    group = make(kind="organization", name="Donghao Lansheng Group", parent=sasac,
                 aliases=["东浩兰生集团", "东浩兰生集团"])
    person = make(kind="person", name="Shi Zhongjun", native_name="石中軍", affiliation=group)
    with pytest.raises(ValidationError, match="own ancestor"):
        ops.update_participant(sasac, {"parent": group})
    with pytest.raises(ValidationError, match="only a person has an affiliation"):
        ops.update_participant(group, {"affiliation": sasac})
    with pytest.raises(ValidationError, match="only an organisation or group has a parent"):
        ops.update_participant(person, {"parent": sasac})
    with ops.store.session() as session:
        assert [a.alias for a in session.get(Participant, group).aliases] == ["东浩兰生集团"]  # type: ignore[union-attr]


def test_deleting_a_linked_participant_is_refused_and_unlinked_one_clears_references(
        ops: Operations) -> None:
    event_id = _event(ops)
    org = ops.create_participant({"kind": "organization", "name": "NDRC"}).ids("participant").pop()
    person = ops.create_participant({"kind": "person", "name": "Liu Sushe",
                                     "affiliation": org}).ids("participant").pop()
    link = ops.link(event_id, org).ids("event_participant").pop()
    with pytest.raises(ValidationError, match="takes part in 1 event"):
        ops.delete_participant(org)
    ops.unlink(link)
    report = ops.delete_participant(org)
    assert report.ids("participant", "update") == {person}
    with ops.store.session() as session:
        assert session.get(Participant, person).affiliation_id is None  # type: ignore[union-attr]


def test_delete_event_removes_its_links_and_sources_and_logs_what_they_were(
        ops: Operations) -> None:
    event_id = _event(ops, date="2025-05-25", tags=["media"])
    person = ops.create_participant({"kind": "person", "name": "Du Zhanyuan"}).ids(
        "participant").pop()
    ops.link(event_id, person, {"role": "speaker"})
    source = ops.add_source(event_id, {"publisher": "Reuters",
                                       "url": "https://example.org/a"}).ids("source").pop()
    report = ops.delete_event(event_id)
    assert {c.entity for c in report.changes} == {"event", "event_participant", "source"}
    deleted = next(c for c in report.changes if c.entity == "event")
    assert ("date", "2025-05-25") in {(f.field, f.old) for f in deleted.fields}
    assert ("delete", "publisher", "Reuters", None, "Test Analyst") in _log(ops, source)
    with ops.store.session() as session:
        assert session.scalars(select(EventParticipant)).all() == []
        assert session.get(Participant, person) is not None


def test_source_url_is_validated(ops: Operations) -> None:
    event_id = _event(ops)
    with pytest.raises(ValidationError, match="not a web address"):
        ops.add_source(event_id, {"title": "An article", "url": "javascript:alert(1)"})
    with pytest.raises(ValidationError, match="at least a publisher"):
        ops.add_source(event_id, {"note": "nothing else"})


def test_a_sources_days_are_read_as_articles_print_them(ops: Operations) -> None:
    event_id = _event(ops)
    report = ops.add_source(event_id, {"title": "An article", "published": "May 25, 2025",
                                       "accessed": "2025年5月26日"})
    source_id = next(iter(report.ids("source")))
    with ops.store.session() as session:
        source = session.get(Source, source_id)
        assert source is not None
        assert (source.published, source.accessed) == ("2025-05-25", "2025-05-26")
    ops.update_source(source_id, {"published": "May 2025"})  # a month will do here
    with pytest.raises(ValidationError, match="'May 2025' is not one day"):
        ops.update_source(source_id, {"accessed": "May 2025"})  # the day it was read


def test_a_batch_is_all_or_nothing(ops: Operations) -> None:
    with pytest.raises(ValidationError), ops.batch():
        ops.create_event({"title": "First"})
        ops.create_event({"title": "Second", "date": "2025-13"})
    with ops.store.session() as session:
        assert session.scalars(select(Event)).all() == []
        assert session.scalars(select(ChangeLogEntry).where(
            ChangeLogEntry.entity == "event")).all() == []


def test_vocabulary_terms_can_be_added_renamed_and_removed_when_unused(
        ops: Operations) -> None:
    term = ops.add_term("event_type", "hackathon").ids("vocabulary_term").pop()
    with pytest.raises(ValidationError, match="already in the event type vocabulary"):
        ops.add_term("event_type", "Hackathon")
    event_id = _event(ops, event_type="hackathon")
    ops.rename_term(term, "hack day")
    with ops.store.session() as session:
        event = session.get(Event, event_id)
        assert event is not None and event.event_type_id == term
    with pytest.raises(ValidationError, match="used by 1 record; change"):
        ops.remove_term(term)
    ops.update_event(event_id, {"event_type": ""})
    assert ops.remove_term(term).changes[0].action == "delete"


def test_a_title_pasted_on_several_lines_is_stored_on_one(ops: Operations) -> None:
    """A title copied out of a PDF, or a spreadsheet cell written on two lines:
    the list and the timeline show one line of it, and a tab in it would split
    the row of a table copied from the list."""
    event_id = _event(ops, title="China-ASEAN\r\nMedia Forum", native_title="中国—东盟\n媒体论坛",
                      place="Luoyang,\n\tHenan", summary="First line.\nSecond line.")
    participant_id = ops.create_participant({"name": "China International\nCommunications "
                                                     "Group", "kind": "organization"}
                                            ).ids("participant").pop()
    with ops.store.session() as session:
        event = session.get(Event, event_id)
        participant = session.get(Participant, participant_id)
        assert event is not None and participant is not None
        # between two Chinese characters a break is nothing: no space parts them
        assert (event.title, event.native_title, event.place) == (
            "China-ASEAN Media Forum", "中国—东盟媒体论坛", "Luoyang, Henan")
        assert event.summary == "First line.\nSecond line."  # a text of many lines keeps them
        assert participant.name == "China International Communications Group"
