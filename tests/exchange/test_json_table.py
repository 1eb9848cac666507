"""A JSON list of records from a script or notebook, imported as a table."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.event_table_headers import guess_mapping
from desktop.core.exchange.foreign_csv import ForeignCsvSource, read_foreign_csv
from desktop.core.exchange.json_export import write_json
from desktop.core.exchange.json_import import apply_import
from desktop.core.exchange.json_table import is_records_json
from desktop.core.models import Event
from desktop.core.operations import Operations
from tests.exchange.test_foreign_csv import links_read
from tests.exchange.test_json import export

RECORDS = [
    {"title": "中老人工智能合作论坛", "date": "2025年5月12日", "place": "万象",
     "participants": ["国家发改委", "CICG (host)"], "tags": ["AI", "Laos"], "attendance": 120},
    {"title": "Forum on rail", "date": "2025-06", "location": {"city": "Kunming"},
     "notes": None, "verified": True},
    {"title": "Bad date", "date": "next spring"},
]


def test_a_list_of_records_is_read_as_a_table(sample_store: Store, tmp_path: Path) -> None:
    """As pandas writes it (orient="records"): each key a column, a list one
    cell, an object a column a key; the rows that cannot be read named by
    their place in the list."""
    path = tmp_path / "events.json"
    path.write_text(json.dumps(RECORDS, ensure_ascii=False), encoding="utf-8")
    assert is_records_json(path)
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
    assert rows.headers == ["title", "date", "place", "participants", "tags", "attendance",
                            "location.city", "notes", "verified"]
    assert [str(problem) for problem in rows.problems] == [
        "events.json row 3, date: 'next spring': 'next' is not a month name or a date word"]
    first = rows.events[0]
    assert (first["date"], first["tags"], first["attendance"]) == ("2025-05-12", ["AI", "Laos"],
                                                                  120)
    assert len(first["participants"]) == 2 and first["participants"][1]["role"] is not None
    assert guess_mapping(rows.headers)["place"] == "place"
    assert guess_mapping(["name", "location.city", "location.country"]) == {
        "title": "name", "place": "location.city", "country": "location.country"}
    with sample_store.session() as session:
        plan = ForeignCsvSource(session, path, {"title": "title", "date": "date",
                                                "place": "location.city"}).plan()
    assert plan.new_events == 2


def test_a_list_of_participant_objects_gives_each_its_name_and_role(
        sample_store: Store, tmp_path: Path) -> None:
    """A scraper's [{"name": "NDRC", "role": "host"}, …] was one participant
    named with the list's JSON text; each object is now a name, its role as
    a cell's brackets give it; a list whose objects name nothing is kept as
    its text, as before."""
    path = tmp_path / "scraped.json"
    path.write_text(json.dumps([
        {"title": "China-ASEAN AI Forum", "date": "2025-09-18",
         "participants": [{"name": "NDRC", "role": "host"},
                          {"Name": "工信部", "Role": "co-organiser"},
                          {"name": "Wang Yi", "role": ""}],
         "sources": [{"url": "https://example.org/a"}]}], ensure_ascii=False),
        encoding="utf-8")
    rows, links = links_read(sample_store, path, {
        "title": "title", "date": "date", "participants": "participants", "notes": "sources"})
    assert links == [("National Development and Reform Commission", "host"),
                     ("Ministry of Industry and Information Technology", "co-organizer"),
                     ("Wang Yi", None)]
    assert rows.events[0]["notes"] == '[{"url":"https://example.org/a"}]'


def test_json_lines_are_read_as_a_table_and_stored(sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(record, ensure_ascii=False)
                              for record in RECORDS[:2]) + "\n", encoding="utf-8")
    assert is_records_json(path)
    with sample_store.session() as session:
        plan = ForeignCsvSource(session, path).plan()
    apply_import(Operations(sample_store, "Importer"), plan, "fail")
    with sample_store.session() as session:
        stored = session.scalars(select(Event).where(Event.title == "Forum on rail")).one()
        assert stored.date_edtf == "2025-06"


def test_the_apps_own_document_is_not_a_list_of_records(sample_store: Store,
                                                        tmp_path: Path) -> None:
    written = tmp_path / "ours.json"  # as the app writes it: a record a line
    with sample_store.session() as session, written.open("wb") as out:
        write_json(session, out)
    assert not is_records_json(written)
    for indent, sort_keys in ((None, False), (2, False), (2, True)):  # as tools write it back
        path = tmp_path / f"copy-{indent}-{sort_keys}.json"
        path.write_text(json.dumps(export(sample_store), indent=indent, sort_keys=sort_keys),
                        encoding="utf-8")
        assert not is_records_json(path)


def test_records_inside_an_object_are_read_as_a_table(sample_store: Store,
                                                      tmp_path: Path) -> None:
    """As an API answers: {"count": 2, "data": [...]}."""
    path = tmp_path / "answer.json"
    path.write_text(json.dumps({"count": 2, "data": RECORDS[:2], "next": None},
                               ensure_ascii=False, indent=2), encoding="utf-8")
    assert is_records_json(path)
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
    assert [event["title"] for event in rows.events] == ["中老人工智能合作论坛", "Forum on rail"]
    # Two lists of records: which holds the events cannot be told.
    path.write_text(json.dumps({"events": RECORDS[:1], "people": [{"name": "A"}]}),
                    encoding="utf-8")
    assert not is_records_json(path)


def test_a_list_holding_other_than_records_is_refused(sample_store: Store,
                                                       tmp_path: Path) -> None:
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([{"title": "A"}, "B", [1, 2]]), encoding="utf-8")
    with pytest.raises(ValidationError) as caught, sample_store.session() as session:
        read_foreign_csv(session, path)
    assert [str(problem) for problem in caught.value.problems] == [
        "mixed.json row 2: is not an object of named values",
        "mixed.json row 3: is not an object of named values"]
