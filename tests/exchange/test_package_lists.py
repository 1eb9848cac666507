"""A Data Package's list cells (tags, aliases) as a colleague edits them in
a spreadsheet: "a; b" as events.csv writes a list, or the JSON the package
writes; a broken JSON list is named with the way to write it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.json_import import apply_import
from desktop.core.models import Event
from desktop.core.operations import Operations
from tests.exchange.test_datapackage import package, plan_datapackage


def _tags_typed(folder: Path, tags: str) -> str:
    """The first event's tags cell typed as ``tags``; its id."""
    path = folder / "events.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    column = rows[0].index("tags")
    rows[1][column] = tags
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return rows[1][0]


def test_tags_typed_as_events_csv_writes_them_are_read(sample_store: Store,
                                                       tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")
    event_id = _tags_typed(folder, "ASEAN; media；人工智能")
    with sample_store.session() as session:
        plan = plan_datapackage(session, folder)
    apply_import(Operations(sample_store, "Colleague"), plan, "theirs")
    with sample_store.session() as session:
        event = session.get(Event, event_id)
        assert event is not None
        assert sorted(tag.name for tag in event.tags) == ["ASEAN", "media", "人工智能"]


def test_a_broken_json_list_is_named_with_how_to_write_it(sample_store: Store,
                                                          tmp_path: Path) -> None:
    folder = package(sample_store, tmp_path / "dataset")
    _tags_typed(folder, '["ASEAN", "media"')
    with pytest.raises(ValidationError) as refused, sample_store.session() as session:
        plan_datapackage(session, folder)
    assert [str(problem) for problem in refused.value.problems] == [
        'events.csv row 2, tags: \'["ASEAN", "media"\' is not a list: write it as ["a", "b"] '
        "(as the package does) or as a; b"]
