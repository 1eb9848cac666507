"""A colleague's copy made before a value was renamed or merged away here
still says the old name: it is read as the value it became, and the import
neither adds it back to the vocabulary nor asks about it."""

from __future__ import annotations

import copy
from typing import Any

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.former_terms import former_terms
from desktop.core.models import Event, EventParticipant, VocabularyTerm
from desktop.core.operations import Operations
from desktop.core.undo import invert
from tests.core.test_undo import _first
from tests.exchange.test_json import export

FORUM = "2025 ASEAN-China Media Cooperation Forum"


def _values(store: Store, vocabulary: str) -> set[str]:
    with store.session() as session:
        return set(session.scalars(select(VocabularyTerm.value).where(
            VocabularyTerm.vocabulary == vocabulary)))


def _term(store: Store, vocabulary: str, value: str) -> str:
    return _first(store, VocabularyTerm, vocabulary=vocabulary, value=value)


def _tidied(store: Store) -> Operations:
    """"forum" renamed "public forum"; "attendee" merged into "participant"."""
    ops = Operations(store, "Me")
    ops.rename_term(_term(store, "event_type", "forum"), "public forum")
    ops.merge_terms(_term(store, "role", "attendee"), _term(store, "role", "participant"))
    return ops


def test_old_names_are_read_as_the_values_they_became(sample_store: Store) -> None:
    ops = _tidied(sample_store)
    with sample_store.session() as session:
        found = former_terms(session)
    assert found[("event_type", "forum")] == _term(sample_store, "event_type", "public forum")
    assert found[("role", "attendee")] == _term(sample_store, "role", "participant")
    # in the operations too: an event given the old name gets the value it became
    event = ops.create_event({"title": "Forum again", "date": "2025-09-01",
                              "event_type": "Forum"}).ids("event").pop()
    with sample_store.session() as session:
        stored = session.get(Event, event)
        assert stored is not None
        assert stored.event_type_id == _term(sample_store, "event_type", "public forum")
    # a value added again on purpose is that value again
    ops.add_term("event_type", "forum")
    with sample_store.session() as session:
        assert ("event_type", "forum") not in former_terms(session)


def test_a_colleagues_older_copy_brings_no_old_name_back(sample_store: Store) -> None:
    document = export(sample_store)
    theirs: dict[str, Any] = copy.deepcopy(document)
    new_event = copy.deepcopy(next(e for e in theirs["events"] if e["title"] == FORUM))
    new_event.update(id="7d0c6f1e-0000-4000-8000-000000000001", title="Their new forum",
                     sources=[], figures=[], related=[])
    for link in new_event["participants"]:
        link.pop("id", None)
    theirs["events"].append(new_event)
    ops = _tidied(sample_store)
    with sample_store.session() as session:
        plan = plan_import(session, theirs)
    # their old names are the values they became: our own export, older, is unchanged
    assert plan.conflicts == [] and plan.new_events == 1
    apply_import(ops, plan, "theirs")
    assert "forum" not in _values(sample_store, "event_type")
    assert "attendee" not in _values(sample_store, "role")
    with sample_store.session() as session:
        theirs_new = session.scalars(select(Event).where(Event.title == "Their new forum")).one()
        assert theirs_new.event_type_id == _term(sample_store, "event_type", "public forum")
        roles = sorted(session.scalars(
            select(VocabularyTerm.value).join(
                EventParticipant, EventParticipant.role_id == VocabularyTerm.id)
            .where(EventParticipant.event_id == theirs_new.id)))
    # their links' "attendee" is "participant": every link of theirs has its role
    written = [link.get("role") for link in new_event["participants"]]
    assert "attendee" in written and None not in written
    assert roles == sorted("participant" if role == "attendee" else role for role in written)


def test_the_merge_is_undone_whole_and_the_old_name_is_a_value_again(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Me")
    report = ops.merge_terms(_term(sample_store, "role", "attendee"),
                             _term(sample_store, "role", "participant"))
    invert(ops, report)
    assert "attendee" in _values(sample_store, "role")
    with sample_store.session() as session:
        assert ("role", "attendee") not in former_terms(session)


def test_a_spreadsheets_old_name_is_the_value_it_became_not_a_new_one(
        sample_store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from desktop.core.exchange.event_table_headers import guess_mapping
    from desktop.core.exchange.foreign_csv import read_foreign_csv

    _tidied(sample_store)
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("Title,Date,Type\nTheir forum,2025-03-04,Forum\n"
                     "Their expo,2025-03-05,expo\n", encoding="utf-8")
    with sample_store.session() as session:
        rows = read_foreign_csv(session, sheet, guess_mapping(["Title", "Date", "Type"]))
    # "Forum", renamed "public forum" here, is that; "expo" is new
    assert rows.new_terms == {"event_type": ["expo"]}
    assert [event["event_type"] for event in rows.events] == ["public forum", "expo"]
