"""A Data Package's problems are named by its files and rows, where the
analyst who edited its CSV files in a spreadsheet looks for them; and a
document's by the record's place in the whole file, new or not."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from desktop.core.bootstrap import create_database
from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.datapackage import write_datapackage
from desktop.core.exchange.datapackage_reader import plan_datapackage
from desktop.core.exchange.import_plan import ImportPlan
from desktop.core.exchange.json_import import apply_import, plan_file
from desktop.core.operations import Operations
from tests.exchange.test_json import export


def _package(store: Store, folder: Path) -> Path:
    with store.session() as session:
        write_datapackage(session, folder)
    return folder


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _problems(store: Store, path: Path,
              plan_of: Callable[[Session, Path], ImportPlan] = plan_datapackage) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        with store.session() as session:
            plan = plan_of(session, path)
        apply_import(Operations(store, "Importer"), plan, "theirs")
    return [str(problem) for problem in caught.value.problems]


def test_a_package_s_problems_are_named_by_file_and_row(sample_store: Store,
                                                        tmp_path: Path) -> None:
    package = _package(sample_store, tmp_path / "package")
    links = _rows(package / "event_participants.csv")
    links[6]["role"] = "sponsor"  # row 8, the header being row 1
    _write(package / "event_participants.csv", links)
    events = _rows(package / "events.csv")
    events[2]["title"] = ""  # row 4
    _write(package / "events.csv", events)
    relations = _rows(package / "related_events.csv")
    relations[0]["kind"] = "sequel"
    _write(package / "related_events.csv", relations)
    empty = create_database(tmp_path / "empty.sqlite")
    assert _problems(empty, package) == [
        "package: event_participants.csv row 8, role: 'sponsor' is not a known role",
        "package: related_events.csv row 2, kind: 'sequel' is not one of: part_of, "
        "follow_up, same_series, related",
        "package: events.csv row 4, title: is required"]
    empty.close()


def test_a_link_row_copied_in_a_package_is_named_by_both_rows(sample_store: Store,
                                                               tmp_path: Path) -> None:
    package = _package(sample_store, tmp_path / "package")
    links = _rows(package / "event_participants.csv")
    links.append(dict(links[4]))  # row 6, copied to the end
    _write(package / "event_participants.csv", links)
    empty = create_database(tmp_path / "empty.sqlite")
    for store in (empty, sample_store):  # every record new; every record one of ours
        assert _problems(store, package) == [
            f"package: event_participants.csv row {len(links) + 1}, id: {links[4]['id']} "
            "is given twice in the list (also on row 6)"]
    empty.close()


def test_a_new_event_is_named_by_its_place_in_the_whole_file(sample_store: Store,
                                                             tmp_path: Path) -> None:
    """In a file that also holds our events, the tenth event (the second new
    one) is events[9], not the second of the new."""
    document = export(sample_store)
    count = len(document["events"])
    for number in range(2):
        event = json.loads(json.dumps(document["events"][number]))
        event["id"] = f"00000000-0000-4000-8000-00000000000{number}"
        event["related"] = []
        for child in event["participants"] + event["sources"] + event["figures"]:
            child["id"] = child["id"][:-4] + "beef"
        document["events"].append(event)
    document["events"][-1]["participants"][0]["role"] = "sponsor"
    path = tmp_path / "more.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert _problems(sample_store, path, plan_file) == [
        f"more.json: events[{count + 1}].participants[0].role: 'sponsor' is not a known role"]


def test_a_link_s_participant_emptied_in_a_spreadsheet_is_named_by_its_row(
        sample_store: Store, tmp_path: Path) -> None:
    """An emptied cell was looked up as the participant "" once the analyst had
    agreed to the plan ("no participant has the id ")."""
    package = _package(sample_store, tmp_path / "package")
    links = _rows(package / "event_participants.csv")
    links[2]["participant"] = ""  # row 4
    _write(package / "event_participants.csv", links)
    assert _problems(sample_store, package) == [
        "package: event_participants.csv row 4, participant: is required"]
    document = export(sample_store)
    document["events"][1]["participants"][0]["participant"] = ""
    path = tmp_path / "document.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert _problems(sample_store, path, plan_file) == [
        "document.json: events[1].participants[0].participant: is required"]
