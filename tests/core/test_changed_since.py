"""Events changed here since a day: what an analyst sends a colleague who
has the rest of the dataset (the filter, and ``curator export
--changed-since``)."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core import operations_base
from desktop.core.backup import backup_database
from desktop.core.db import Store, open_store
from desktop.core.event_filter import EventFilter
from desktop.core.exchange.json_export import exported_event_ids
from desktop.core.exchange.json_import import apply_import, plan_file
from desktop.core.models import Event, EventParticipant, Participant
from desktop.core.operations import Operations

LATER = "2030-01-02T10:00:00Z"  # the edits below, as if made then


def _titles(store: Store, event_filter: EventFilter) -> set[str]:
    with store.session() as session:
        ids = exported_event_ids(session, event_filter)
        return {session.get(Event, event_id).title for event_id in ids}  # type: ignore[union-attr]


@pytest.fixture
def edited(sample_store: Store, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The sample (stored today), then in 2030: one event retitled, one given
    a source, one a participant, one new, one deleted, and a participant of
    another event renamed.  The titles by what was done, and "copy": a copy
    of the database made before (a colleague's)."""
    with sample_store.session() as session:
        events = session.scalars(select(Event).order_by(Event.title)).all()
        retitled, sourced, linked, doomed, untouched = events[:5]
        spare = session.scalars(select(Participant.id).where(Participant.id.not_in(
            select(EventParticipant.participant_id).where(
                EventParticipant.event_id == linked.id)))).first()
        renamed = session.scalars(select(EventParticipant.participant_id).where(
            EventParticipant.event_id == untouched.id)).first()
        ids = {name: event.id for name, event in (
            ("retitled", retitled), ("sourced", sourced), ("linked", linked),
            ("doomed", doomed))}
        untouched_title = untouched.title
    assert spare is not None and renamed is not None
    copy = backup_database(sample_store, "colleague")  # their copy, as it was
    monkeypatch.setattr(operations_base, "utc_now", lambda: LATER)
    ops = Operations(sample_store, "Me")
    ops.update_event(ids["retitled"], {"title": "Retitled in 2030"})
    ops.add_source(ids["sourced"], {"publisher": "Reuters", "title": "A report"})
    ops.link(ids["linked"], spare)
    ops.create_event({"title": "New in 2030"})
    ops.delete_event(ids["doomed"])
    ops.update_participant(renamed, {"name": "Renamed in 2030"})
    with sample_store.session() as session:
        return {"retitled": "Retitled in 2030",
                "sourced": session.get(Event, ids["sourced"]).title,  # type: ignore[union-attr]
                "linked": session.get(Event, ids["linked"]).title,  # type: ignore[union-attr]
                "new": "New in 2030", "untouched": untouched_title, "copy": str(copy)}


def test_the_events_created_or_edited_since_a_day_are_found(
        sample_store: Store, edited: dict[str, str]) -> None:
    since = _titles(sample_store, EventFilter(changed_since=date(2030, 1, 1)))
    assert since == {edited[name] for name in ("retitled", "sourced", "linked", "new")}
    assert edited["untouched"] not in since  # only a participant of it was renamed
    assert _titles(sample_store, EventFilter(changed_since=date(2030, 1, 4))) == set()
    everything = _titles(sample_store, EventFilter())
    assert _titles(sample_store, EventFilter(changed_since=date(2000, 1, 1))) == everything


def test_it_narrows_a_search_and_is_kept_by_a_saved_search(
        sample_store: Store, edited: dict[str, str]) -> None:
    narrowed = EventFilter(text="2030", changed_since=date(2030, 1, 1))
    assert _titles(sample_store, narrowed) == {edited["retitled"], edited["new"]}
    assert EventFilter.from_json(narrowed.to_json()) == narrowed


def test_the_command_line_exports_them_and_a_colleague_merges_them(
        sample_store: Store, edited: dict[str, str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The colleague has the dataset as it was before the edits: the file of
    the changes brings the new event and the edits, is told apart as a part
    of the dataset, and leaves the rest as it is (a deletion does not travel)."""
    db = str(sample_store.path)
    week = tmp_path / "week.json"
    assert main(["export", str(week), "--db", db, "--changed-since", "1 January 2030"]) == 0
    assert "Wrote 4 events" in capsys.readouterr().out
    document = json.loads(week.read_text(encoding="utf-8"))
    assert {event["title"] for event in document["events"]} == {
        edited[name] for name in ("retitled", "sourced", "linked", "new")}
    # The participant renamed travels though none of its events changed.
    assert "Renamed in 2030" in {person["name"] for person in document["participants"]}
    colleague = open_store(Path(edited["copy"]))
    try:
        with colleague.session() as session:
            plan = plan_file(session, week)
        assert (plan.new_events, len(plan.conflicts)) == (1, 4)  # 3 events, 1 participant
        assert plan.notes == [
            "week.json holds 3 of our events, a part of the dataset (the events of a search, "
            "say) rather than a copy of it: the 5 others that were here when it was written "
            "stay here as they are."]
        apply_import(Operations(colleague, "Colleague"), plan, "theirs")
        titles = _titles(colleague, EventFilter())
        assert {"Retitled in 2030", "New in 2030"} <= titles and len(titles) == 9
        with colleague.session() as session:
            assert session.scalar(select(Participant.id).where(
                Participant.name == "Renamed in 2030")) is not None
    finally:
        colleague.close()


def test_a_day_the_command_line_cannot_read_is_named(
        sample_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(sample_store.path)
    sample_store.close()
    assert main(["export", str(tmp_path / "x.json"), "--db", db,
                 "--changed-since", "someday"]) != 0
    assert "--changed-since:" in capsys.readouterr().err
    assert not (tmp_path / "x.json").exists()


def test_the_data_package_of_the_changes_holds_the_participant_renamed(
        sample_store: Store, edited: dict[str, str], tmp_path: Path) -> None:
    db = str(sample_store.path)
    package = tmp_path / "week"
    assert main(["export", str(package), "--db", db, "--changed-since", "2030-01-01"]) == 0
    def rows(name: str) -> list[dict[str, str]]:
        with (package / name).open(encoding="utf-8-sig", newline="") as table:
            return list(csv.DictReader(table))

    assert "Renamed in 2030" in {row["name"] for row in rows("participants.csv")}
    assert {row["title"] for row in rows("events.csv")} == {
        edited[name] for name in ("retitled", "sourced", "linked", "new")}
