"""A colleague's copy of our dataset without some of our events (deleted
there, or left out of it), or with events deleted here since: the merge
names them, and deletes nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.core.db import Store
from desktop.core.exchange.json_export import write_json
from desktop.core.exchange.json_import import apply_import, plan_file
from desktop.core.models import Event
from desktop.core.operations import Operations


def _their_copy(store: Store, path: Path, exported_at: str, *, left_out: int) -> list[str]:
    """Our export, written at ``exported_at``, with its first ``left_out``
    events taken out (as a colleague deletes them) and the next retitled.
    Returns the titles of those taken out."""
    with store.session() as session, path.open("wb") as out:
        write_json(session, out, exported_at=exported_at)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    gone = [event["title"] for event in document["events"][:left_out]]
    del document["events"][:left_out]
    document["events"][0]["title"] += " (revised)"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return gone


def _events(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Event)) or 0)


def test_our_events_a_copy_lacks_are_named_and_kept(sample_store: Store,
                                                    tmp_path: Path) -> None:
    path = tmp_path / "copy.json"
    gone = _their_copy(sample_store, path, "2999-01-01T00:00:00Z", left_out=2)
    with sample_store.session() as session:
        plan = plan_file(session, path)
        assert sorted(gone) == [session.get(Event, event_id).title  # type: ignore[union-attr]
                                for event_id in plan.look_at]
    first, second = sorted(gone)
    assert plan.notes == [
        f"2 of our events were here when copy.json was written but are not in it (deleted "
        f"there, or left out of it): “{first}”, “{second}”. They stay here."]
    before = _events(sample_store)
    apply_import(Operations(sample_store, "Importer"), plan, "theirs")
    assert _events(sample_store) == before  # nothing is deleted for it


def test_events_added_here_since_the_copy_was_written_are_not_named(
        sample_store: Store, tmp_path: Path) -> None:
    """Every event here came after a copy written in 2000: none could be in it."""
    path = tmp_path / "copy.json"
    _their_copy(sample_store, path, "2000-01-01T00:00:00Z", left_out=2)
    with sample_store.session() as session:
        plan = plan_file(session, path)
    assert plan.look_at == [] and plan.notes == []


def test_a_file_sharing_none_of_our_events_names_none(sample_store: Store, empty_store: Store,
                                                      tmp_path: Path) -> None:
    """Another dataset lacks every event of ours: it is no copy of ours."""
    Operations(empty_store, "Colleague").create_event({"title": "Their own forum"})
    path = tmp_path / "theirs.json"
    with empty_store.session() as session, path.open("wb") as out:
        write_json(session, out, exported_at="2999-01-01T00:00:00Z")
    with sample_store.session() as session:
        plan = plan_file(session, path)
    assert plan.new_events == 1 and plan.look_at == [] and plan.notes == []


def test_the_command_line_names_them_even_when_nothing_is_to_import(
        sample_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ops = Operations(sample_store, "Me")
    for number in range(6):  # 14 events: the copy holds more of them than it lacks
        ops.create_event({"title": f"Briefing {number}"})
    path = tmp_path / "copy.json"
    with sample_store.session() as session, path.open("wb") as out:
        write_json(session, out, exported_at="2999-01-01T00:00:00Z")
    document = json.loads(path.read_text(encoding="utf-8"))
    gone = [event["title"] for event in document["events"][:6]]
    del document["events"][:6]
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    db = str(sample_store.path)
    sample_store.close()
    assert main(["import", str(path), "--db", db]) == 0
    out = capsys.readouterr().out
    assert "copy.json holds" in out and "nothing to import" in out
    named = sorted(gone, key=str.casefold)
    assert (f"6 of our events were here when copy.json was written but are not in it "
            f"(deleted there, or left out of it): “{named[0]}”") in out
    assert f"“{named[4]}” and 1 more. They stay here." in out


def test_a_part_of_our_events_sent_back_says_how_many_it_holds_not_which_it_lacks(
        sample_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The events of a search, sent to a colleague and sent back edited: the
    rest of the dataset was never in the file, and is neither listed as
    "deleted there" nor offered to be chosen; the edit merges as ever."""
    path = tmp_path / "laos.json"
    _their_copy(sample_store, path, "2999-01-01T00:00:00Z", left_out=5)  # 3 of 8 kept
    with sample_store.session() as session:
        plan = plan_file(session, path)
    assert plan.look_at == [] and len(plan.conflicts) == 1
    assert plan.notes == [
        "laos.json holds 3 of our events, a part of the dataset (the events of a search, "
        "say) rather than a copy of it: the 5 others that were here when it was written "
        "stay here as they are."]
    before = _events(sample_store)
    apply_import(Operations(sample_store, "Importer"), plan, "theirs")
    assert _events(sample_store) == before
    db = str(sample_store.path)
    sample_store.close()
    assert main(["import", str(path), "--db", db, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "holds 3 of our events, a part of the dataset" in out
    assert "not in it" not in out


def test_a_copy_lacking_as_many_as_it_holds_still_names_them(sample_store: Store,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "copy.json"
    gone = _their_copy(sample_store, path, "2999-01-01T00:00:00Z", left_out=4)  # 4 of 8
    with sample_store.session() as session:
        plan = plan_file(session, path)
    assert len(plan.look_at) == 4
    assert plan.notes[0].startswith("4 of our events were here when copy.json was written "
                                    "but are not in it (deleted there, or left out of it): "
                                    f"“{sorted(gone, key=str.casefold)[0]}”")


def test_events_deleted_here_that_a_copy_brings_back_are_named(
        sample_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "copy.json"
    with sample_store.session() as session, path.open("wb") as out:
        write_json(session, out)
        doomed = session.scalars(select(Event).order_by(Event.title).limit(2)).all()
        titles = [event.title for event in doomed]
        ids = [event.id for event in doomed]
    ops = Operations(sample_store, "Me")
    for event_id in ids:
        ops.delete_event(event_id)
    with sample_store.session() as session:
        plan = plan_file(session, path)
    assert plan.new_events == 2 and plan.look_at == ids
    assert plan.notes == [
        f"2 of the new events were deleted here: copy.json still holds them, and the import "
        f"adds them again: “{titles[0]}”, “{titles[1]}”."]
    db = str(sample_store.path)
    sample_store.close()
    assert main(["import", str(path), "--db", db, "--dry-run"]) == 0
    assert "2 of the new events were deleted here" in capsys.readouterr().out


def test_a_participant_deleted_here_that_a_copy_brings_back_is_named(
        sample_store: Store, tmp_path: Path) -> None:
    ops = Operations(sample_store, "Me")
    created = ops.create_participant({"kind": "organization", "name": "Joint AI Lab (老挝)"})
    participant_id = created.ids("participant").pop()
    path = tmp_path / "copy.json"
    with sample_store.session() as session, path.open("wb") as out:
        write_json(session, out)
    ops.delete_participant(participant_id)
    with sample_store.session() as session:
        plan = plan_file(session, path)
    assert plan.new_participants == 1 and plan.look_at == []  # only events are chosen
    assert plan.notes == [
        "1 of the new participants was deleted here: copy.json still holds it, and the "
        "import adds it again: “Joint AI Lab (老挝)”."]

