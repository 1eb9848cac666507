"""The "not duplicates" decisions a JSON document carries: those between
records it holds, not those about a record deleted or merged since."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.core.bootstrap import create_database
from desktop.core.db import Store
from desktop.core.models import Event, Participant
from desktop.core.operations import Operations
from tests.exchange.test_json import export, import_into


def _ids(store: Store, model: type[Event] | type[Participant]) -> list[str]:
    with store.session() as session:
        return sorted(session.scalars(select(model.id)))


def test_a_decision_about_a_deleted_or_merged_record_is_not_sent(
        sample_store: Store, tmp_path: Path) -> None:
    ops = Operations(sample_store, "Analyst")
    first, second, third = _ids(sample_store, Event)[:3]
    kept, merged, other = _ids(sample_store, Participant)[:3]
    ops.mark_not_duplicates("event", first, second)
    ops.mark_not_duplicates("event", first, third)
    ops.mark_not_duplicates("participant", kept, other)
    ops.mark_not_duplicates("participant", merged, other)
    ops.delete_event(third)
    ops.merge_participants(kept, merged)
    document = export(sample_store)
    assert document["not_duplicates"] == [
        {"kind": "event", "first": first, "second": second},
        {"kind": "participant", "first": kept, "second": other}]
    empty = create_database(tmp_path / "empty.sqlite")
    import_into(empty, document)
    assert export(empty) == document  # the round trip is whole again
    empty.close()
