"""Native titles in the JSON document, events.csv, foreign tables and the
Data Package: carried, merged field by field, and absent from files that
have none, so those read as before."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.core.bootstrap import create_database
from desktop.core.db import Store
from desktop.core.exchange.csv_export import write_events_csv
from desktop.core.exchange.datapackage import write_datapackage
from desktop.core.exchange.datapackage_reader import plan_datapackage
from desktop.core.exchange.event_table_headers import guess_mapping
from desktop.core.exchange.foreign_csv import ForeignCsvSource
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.models import Event
from desktop.core.operations import Operations
from tests.exchange.test_json import export, import_into, validate

WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"
FORUM = "2025 ASEAN-China Media Cooperation Forum"


def _native_titles(store: Store) -> dict[str, str]:
    with store.session() as session:
        return {title: native for title, native in session.execute(
            select(Event.title, Event.native_title))}


def test_the_document_writes_a_native_title_only_where_there_is_one(
        sample_store: Store, tmp_path: Path) -> None:
    document = export(sample_store)
    validate(document)
    events = {event["title"]: event for event in document["events"]}
    assert events[WAIC]["native_title"] == "世界人工智能大会"
    assert list(events[WAIC])[:3] == ["id", "title", "native_title"]  # beside the title
    assert "native_title" not in events[FORUM]
    empty = create_database(tmp_path / "empty.sqlite")
    import_into(empty, document)
    assert _native_titles(empty) == _native_titles(sample_store)
    assert export(empty) == document


def test_a_file_without_native_titles_or_with_empty_ones_is_all_unchanged(
        sample_store: Store) -> None:
    document = export(sample_store)
    for event in document["events"]:
        event.setdefault("native_title", "")  # an empty one, as a hand-made file may have
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert (plan.unchanged, len(plan.conflicts)) == (8 + 55, 0)


def test_a_colleagues_native_title_is_a_change_of_that_field_alone(sample_store: Store) -> None:
    document = export(sample_store)
    forum = next(event for event in document["events"] if event["title"] == FORUM)
    forum["native_title"] = "2025中国—东盟媒体合作论坛"
    with sample_store.session() as session:
        plan = plan_import(session, document)
    (conflict, _), = plan.conflicts
    assert conflict.fields == (("native_title", None, "2025中国—东盟媒体合作论坛"),)
    apply_import(Operations(sample_store, "Importer"), plan, "theirs")
    assert _native_titles(sample_store)[FORUM] == "2025中国—东盟媒体合作论坛"


def _events_csv(store: Store) -> list[dict[str, str]]:
    out = io.BytesIO()
    with store.session() as session:
        write_events_csv(session, out)
    return list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"))))


def test_events_csv_has_the_native_title_beside_the_title_and_reads_it_back(
        sample_store: Store, tmp_path: Path) -> None:
    rows = _events_csv(sample_store)
    assert list(rows[0])[:3] == ["id", "title", "native_title"]
    by_title = {row["title"]: row for row in rows}
    assert by_title[WAIC]["native_title"] == "世界人工智能大会"
    assert by_title[FORUM]["native_title"] == ""
    by_title[FORUM]["native_title"] = "2025中国—东盟媒体合作论坛"  # a colleague's edit
    path = tmp_path / "events.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with sample_store.session() as session:
        plan = ForeignCsvSource(session, path).plan()
    assert plan.unchanged == 7
    (conflict, _), = plan.conflicts
    assert [name for name, _ours, _theirs in conflict.fields] == ["native_title"]


def test_a_spreadsheets_chinese_or_original_title_column_is_the_native_title(
        ops: Operations, tmp_path: Path) -> None:
    assert guess_mapping(["Title", "中文标题", "Date"])["native_title"] == "中文标题"
    assert guess_mapping(["Event", "Original title"])["native_title"] == "Original title"
    assert guess_mapping(["英文标题", "中文标题"]) == {"title": "英文标题",
                                                  "native_title": "中文标题"}
    path = tmp_path / "sheet.csv"
    path.write_text("Event,Original title,Date\n"
                    "China-Laos AI centre,中老人工智能创新合作中心,2025-02-23\n", encoding="utf-8")
    with ops.store.session() as session:
        plan = ForeignCsvSource(session, path).plan()
    apply_import(ops, plan, "fail")
    assert _native_titles(ops.store) == {"China-Laos AI centre": "中老人工智能创新合作中心"}


def _package(store: Store, folder: Path) -> Path:
    with store.session() as session:
        write_datapackage(session, folder)
    return folder


def _plan_package(store: Store, folder: Path) -> Any:
    with store.session() as session:
        return plan_datapackage(session, folder)


def test_a_package_from_before_native_titles_still_imports(sample_store: Store,
                                                           tmp_path: Path) -> None:
    folder = _package(sample_store, tmp_path / "package")
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    events = next(r for r in descriptor["resources"] if r["name"] == "events")
    events["schema"]["fields"] = [f for f in events["schema"]["fields"]
                                  if f["name"] != "native_title"]
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    table = folder / "events.csv"
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[n for n in rows[0] if n != "native_title"],
                                extrasaction="ignore", lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
    empty = create_database(tmp_path / "empty.sqlite")
    plan = _plan_package(empty, folder)
    apply_import(Operations(empty, "Importer"), plan, "fail")
    assert set(_native_titles(empty).values()) == {""}
    assert len(_native_titles(empty)) == 8
