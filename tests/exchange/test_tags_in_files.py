"""A tag written twice in one record, in other case or spacing, is one tag of
the event; a tag no event has takes the case the file writes it in."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from desktop.core.bootstrap import create_database
from desktop.core.db import Store
from desktop.core.exchange.csv_export import write_events_csv
from desktop.core.exchange.foreign_csv import read_foreign_csv
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.operations import Operations
from tests.exchange.test_json import export, import_into


def _tags_of(store: Store, title: str) -> list[str]:
    with store.session() as session:
        return list(session.execute(text(
            "SELECT tags.name FROM events JOIN event_tags ON event_tags.event_id = events.id "
            "JOIN tags ON tags.id = event_tags.tag_id WHERE events.title = :t "
            "ORDER BY tags.name"), {"t": title}).scalars())


def test_a_tag_written_twice_in_a_record_is_one_tag(sample_store: Store, tmp_path: Path) -> None:
    document = export(sample_store)
    new = {"id": "0d4e2a4e-5a0c-4d43-9d5e-6f1a2b3c4d5e", "title": "Colleague's forum",
           "tags": ["ASEAN", "asean", " ASEAN ", "Mekong  basin", "Mekong basin"]}
    ours = document["events"][1]
    ours["tags"] = [*ours["tags"], "Ärzte", "ärzte"]
    document["events"] = [new, ours]
    empty = create_database(tmp_path / "empty.sqlite")
    import_into(empty, {**document, "events": [new]})
    assert _tags_of(empty, "Colleague's forum") == ["ASEAN", "Mekong basin"]
    empty.close()
    import_into(sample_store, document, "theirs")
    assert _tags_of(sample_store, "Colleague's forum") == ["ASEAN", "Mekong basin"]
    assert _tags_of(sample_store, ours["title"]).count("Ärzte") == 1
    assert "ärzte" not in _tags_of(sample_store, ours["title"])


def test_a_spreadsheets_tags_in_other_case_are_one_and_a_tag_no_event_has_takes_its_case(
        sample_store: Store, tmp_path: Path) -> None:
    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        waic = session.execute(text("SELECT id FROM events WHERE title LIKE '8th World%'")
                               ).scalar_one()
    ops.change_events([waic], remove_tags=["exhibition"])  # kept, in no event now
    path = tmp_path / "sheet.csv"
    path.write_text("Title,Date,Tags\r\n"
                    "AI expo,2025-09,\"Exhibition; EXHIBITION; Ärzte; ärzte\"\r\n",
                    encoding="utf-8")
    with sample_store.session() as session:
        rows = read_foreign_csv(session, path)
        plan = plan_import(session, rows.document())
    apply_import(ops, plan, "fail")
    assert _tags_of(sample_store, "AI expo") == ["Exhibition", "Ärzte"]


def test_a_tag_holding_a_comma_alone_in_its_cell_comes_back_whole(
        sample_store: Store, tmp_path: Path) -> None:
    """Our events.csv writes tags "; "-separated: a lone tag "Science,
    technology" was read back as two, into an empty database and into ours
    (where the merge called it changed on both sides)."""
    ops = Operations(sample_store, "Analyst")
    ops.create_event({"title": "Comma", "tags": ["Science, technology"]})
    path = tmp_path / "events.csv"
    with sample_store.session() as session, path.open("wb") as out:
        write_events_csv(session, out)
    empty = create_database(tmp_path / "empty.sqlite")
    for store in (empty, sample_store):
        with store.session() as session:
            plan = plan_import(session, read_foreign_csv(session, path).document())
        if store is sample_store:  # ours again: no tags changed
            assert plan.new_events == 0
            assert not [conflict for conflict, _record in plan.conflicts
                        if any(name == "tags" for name, *_sides in conflict.fields)]
        apply_import(Operations(store, "Importer"), plan, "fail")
        assert _tags_of(store, "Comma") == ["Science, technology"]
    empty.close()
    # A spreadsheet of another's, "a, b" in its tags column, is still two tags.
    other = tmp_path / "theirs.csv"
    other.write_text("Title,Tags\r\nTheirs,\"Mekong, Laos\"\r\n", encoding="utf-8")
    with sample_store.session() as session:
        plan = plan_import(session, read_foreign_csv(session, other).document())
    apply_import(ops, plan, "fail")
    assert _tags_of(sample_store, "Theirs") == ["Laos", "Mekong"]


def test_our_tag_written_in_other_case_in_their_file_is_no_change(sample_store: Store) -> None:
    """It was "changed in the file alone" at every import of the file, and
    taking it changed nothing: the tag is the other events' too."""
    document = export(sample_store)
    event = next(event for event in document["events"] if "ASEAN" in event["tags"])
    event["tags"] = ["asean" if tag == "ASEAN" else f" {tag.upper()}  " for tag in event["tags"]]
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert plan.conflicts == []
    assert plan.unchanged == len(document["events"]) + len(document["participants"])


def test_our_vocabulary_values_and_codes_in_other_case_are_no_change(
        sample_store: Store) -> None:
    document = export(sample_store)
    event = next(event for event in document["events"]
                 if event.get("event_type") and event.get("country") and event["participants"])
    event["event_type"] = event["event_type"].upper()
    event["country"] = event["country"].lower()
    event["participants"][0]["role"] = (event["participants"][0].get("role") or "").upper()
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert plan.conflicts == []
    event["event_type"] = "summit" if event["event_type"] != "SUMMIT" else "forum"
    with sample_store.session() as session:  # another value is still a change
        assert [conflict.fields[0][0] for conflict, _record
                in plan_import(session, document).conflicts] == ["event_type"]

