"""The JSON document: schema-valid, lossless round trip, merge with conflicts."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.bootstrap import create_database
from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.event_filter import EventFilter
from desktop.core.exchange.atomic import atomic_file
from desktop.core.exchange.json_document import read_document
from desktop.core.exchange.json_export import exported_event_ids, write_json
from desktop.core.exchange.json_import import apply_import, plan_import
from desktop.core.filters import ChosenEvents
from desktop.core.listing import event_rowids, event_window
from desktop.core.models import Event, Participant
from desktop.core.operations import Operations
from desktop.core.resources import resource
from desktop.core.search import index_problems


def export(store: Store, event_filter: EventFilter | ChosenEvents | None = None
           ) -> dict[str, Any]:
    out = io.BytesIO()
    with store.session() as session:
        write_json(session, out, event_filter, exported_at="2026-01-01T00:00:00Z")
    text = out.getvalue().decode()
    assert "\\u" not in text  # CJK is written as itself
    return json.loads(text)


def import_into(store: Store, document: dict[str, Any], policy: str = "fail") -> None:
    ops = Operations(store, "Importer")
    with store.session() as session:
        plan = plan_import(session, document)
    apply_import(ops, plan, policy)


def found_titles(session: Session, query: str) -> list[str]:
    """The titles of the events a search finds, as the list shows them."""
    rows = event_window(session, event_rowids(session, EventFilter(text=query)))
    return [row.title for row in rows]


def validate(document: dict[str, Any]) -> None:
    schema = json.loads(resource("schema/engagement-curator-1.schema.json").read_text())
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(document)


def test_every_export_validates_against_the_schema(sample_store: Store) -> None:
    document = export(sample_store)
    validate(document)
    assert len(document["events"]) == 8 and len(document["participants"]) == 55
    forum = next(e for e in document["events"] if e["title"].startswith("2025 ASEAN"))
    shi = next(p for p in document["participants"] if p["name"] == "Shi Zhongjun")
    assert shi["native_name"] == "石中軍"
    link = next(li for li in forum["participants"] if li["participant"] == shi["id"])
    assert (link["role"], link["note"]) == ("speaker", "key participant")


def test_a_hand_broken_document_fails_the_schema(sample_store: Store) -> None:
    document = export(sample_store)
    document["events"][0]["country"] = "China"
    with pytest.raises(jsonschema.ValidationError):
        validate(document)


def test_round_trip_through_an_empty_database_is_identical(sample_store: Store,
                                                           tmp_path: Path) -> None:
    first = export(sample_store)
    empty = create_database(tmp_path / "empty.sqlite")
    import_into(empty, first)
    second = export(empty)
    empty.close()
    assert second == first


def test_filtered_export_holds_the_events_and_the_participants_they_need(
        sample_store: Store) -> None:
    document = export(sample_store, EventFilter(text="WAIC"))
    assert [e["title"] for e in document["events"]] == [
        "8th World Artificial Intelligence Conference (WAIC 2025)"]
    names = {p["name"] for p in document["participants"]}
    assert "Donghao Lansheng Group" in names
    assert "Shanghai State-owned Assets Supervision and Administration Commission" in names
    assert "Shi Zhongjun" not in names
    validate(document)


def test_chosen_events_export_in_the_order_they_were_added(sample_store: Store) -> None:
    with sample_store.session() as session:
        every = list(session.execute(select(Event.seq, Event.id, Event.title)
                                     .order_by(Event.seq)))
    chosen = [every[5], every[1], every[3]]
    document = export(sample_store, ChosenEvents(tuple(row[1] for row in chosen)))
    assert [e["title"] for e in document["events"]] == [every[1][2], every[3][2], every[5][2]]
    linked = {link["participant"] for e in document["events"] for link in e["participants"]}
    assert {p["id"] for p in document["participants"]} == linked
    validate(document)


def _relations_of(store: Store, title_start: str) -> list[tuple[str, str]]:
    """The events an event's relations name (their titles), with the kind."""
    document = export(store)
    titles = {e["id"]: e["title"] for e in document["events"]}
    event = next(e for e in document["events"] if e["title"].startswith(title_start))
    return [(titles[r["event"]], r["kind"]) for r in event.get("related", [])]


def test_a_subset_merged_back_keeps_our_relations_to_events_it_does_not_hold(
        sample_store: Store) -> None:
    related = _relations_of(sample_store, "Sberbank")
    assert related  # the sample relates it to India's DeepSeek event
    subset = export(sample_store, EventFilter(text="Sberbank"))  # that event alone
    sberbank = subset["events"][0]
    assert "related" not in sberbank  # the other event is not in the file
    sberbank["title"] = "Sberbank and China cooperate on AI"
    sberbank["updated_at"] = "2030-01-01T00:00:00Z"
    with sample_store.session() as session:
        plan = plan_import(session, subset)
    assert [name for name, _, _ in plan.conflicts[0][0].fields] == ["title"]
    apply_import(Operations(sample_store, "Importer"), plan, "newest")  # theirs is newer
    assert _relations_of(sample_store, "Sberbank and China") == related
    # Sent back unchanged, the subset is no change at all.
    with sample_store.session() as session:
        again = plan_import(session, export(sample_store, EventFilter(text="Sberbank")))
    assert not again.conflicts and again.nothing_to_do() is not None


@pytest.mark.parametrize("query", ["Sberbank", "DeepSeek", "WAIC", "laos", "石中军", "forum"])
def test_any_subset_sent_back_unchanged_changes_nothing(sample_store: Store, tmp_path: Path,
                                                        query: str) -> None:
    from desktop.core.exchange.datapackage import write_datapackage
    from desktop.core.exchange.datapackage_reader import plan_datapackage

    scope = EventFilter(text=query)
    package = tmp_path / "package"
    with sample_store.session() as session:
        write_datapackage(session, package, scope)
        plans = [plan_import(session, export(sample_store, scope)),
                 plan_datapackage(session, package)]
    for plan in plans:
        assert plan.nothing_to_do() is not None, [c.describe() for c, _ in plan.conflicts]


def test_a_relation_removed_between_events_their_file_holds_is_a_change(
        sample_store: Store) -> None:
    document = export(sample_store)
    sberbank = next(e for e in document["events"] if e["title"].startswith("Sberbank"))
    del sberbank["related"]
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert [name for conflict, _ in plan.conflicts for name, _, _ in conflict.fields] == [
        "related"]
    apply_import(Operations(sample_store, "Importer"), plan, "theirs")
    assert _relations_of(sample_store, "Sberbank") == []


OURS_RETITLED = "2025 ASEAN-China Media Cooperation Forum, Luoyang"


def _colleague_copy(store: Store) -> dict[str, Any]:
    """Our export with the forum edited by a colleague, and a new event of
    theirs; the forum is retitled here too since, so the two sides differ."""
    document = export(store)
    forum = next(e for e in document["events"] if e["title"].startswith("2025 ASEAN"))
    Operations(store, "Me").update_event(forum["id"], {"title": OURS_RETITLED})
    forum["title"] = "2025 ASEAN-China Media Forum (Luoyang)"
    forum["updated_at"] = "2030-01-01T00:00:00Z"
    forum["participants"] = forum["participants"][:-1]
    forum["sources"].append({"id": "0a000000-0000-4000-8000-000000000001",
                             "publisher": "Xinhua", "url": "https://example.org/x"})
    document["events"].append({"id": "0b000000-0000-4000-8000-000000000002",
                               "title": "Colleague's new event", "date": "2025-11",
                               "participants": [{"participant": forum["participants"][0][
                                   "participant"], "role": "host"}]})
    return document


def test_merge_refuses_conflicts_by_default_and_writes_nothing(sample_store: Store) -> None:
    document = _colleague_copy(sample_store)
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert plan.summary() == "1 new event, 0 new participants, 62 unchanged, 1 changed"
    (conflict, _), = plan.conflicts
    assert {name for name, _, _ in conflict.fields} == {"participants", "sources", "title"}
    with pytest.raises(ValidationError, match="1 record"):
        apply_import(Operations(sample_store), plan, "fail")
    with sample_store.session() as session:
        assert session.scalars(select(Event).where(
            Event.title == "Colleague's new event")).all() == []


@pytest.mark.parametrize(("policy", "title"), [
    ("theirs", "2025 ASEAN-China Media Forum (Luoyang)"),
    ("newest", "2025 ASEAN-China Media Forum (Luoyang)"),
    ("ours", OURS_RETITLED),
])
def test_merge_policies(sample_store: Store, policy: str, title: str) -> None:
    document = _colleague_copy(sample_store)
    import_into(sample_store, document, policy)
    with sample_store.session() as session:
        titles = set(session.scalars(select(Event.title)))
    assert title in titles and "Colleague's new event" in titles
    if policy != "ours":
        again = export(sample_store)
        forum = next(e for e in again["events"] if e["title"] == title)
        theirs = next(e for e in document["events"] if e["title"] == title)
        assert [li["id"] for li in forum["participants"]] == [
            li["id"] for li in theirs["participants"]]
        assert forum["sources"][-1]["publisher"] == "Xinhua"


def test_taking_theirs_makes_each_changed_event_equal_to_theirs(sample_store: Store) -> None:
    """Events whose own fields alone differ (title, date, a field emptied, the
    category) and one whose tags and participants differ too: after taking
    theirs, our export holds their records, field for field."""
    document = export(sample_store)
    events = document["events"]
    events[0]["title"] = "Renamed by the colleague"
    events[1]["date"] = "2024-11~"
    events[1]["place"] = ""
    events[2]["category"] = None
    events[2]["attendance"] = None
    events[3]["summary"] = "A shorter summary."
    events[3]["tags"] = sorted({*events[3]["tags"], "colleague's tag"})
    events[3]["participants"] = events[3]["participants"][1:]
    changed = {e["id"] for e in events[:4]}
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert {c.record_id for c, _ in plan.conflicts} == changed
    apply_import(Operations(sample_store, "Importer"), plan, "theirs")
    stamps = ("created_at", "updated_at", "updated_by")

    def content(record: dict[str, Any]) -> dict[str, Any]:
        return {k: ([{**c, **dict.fromkeys(stamps)} for c in v] if k in (
            "participants", "sources", "figures") else v)
            for k, v in record.items() if k not in stamps}

    ours = {e["id"]: content(e) for e in export(sample_store)["events"]}
    for theirs in events[:4]:
        expected = content(theirs)
        expected["place"] = expected["place"] or ""
        assert ours[theirs["id"]] == expected
    with sample_store.session() as session:
        assert index_problems(session) == []


@pytest.mark.parametrize(("edit", "problem"), [
    # a change the batch update writes (fields of the event alone)
    ({"status": "confirmed"}, "status: 'confirmed' is not one of: draft, needs_review, verified"),
    ({"title": ""}, "title: is required"),
    # a change written event by event (its participants)
    ({"participants": [{"participant": "f408ab08-61ef-55d7-9359-76b198fcbde2",
                        "role": "sponsor"}]},
     "participants[0].role: 'sponsor' is not a known role; add it to the role vocabulary "
     "first"),
])
def test_a_changed_event_refused_is_named_and_nothing_is_stored(
        sample_store: Store, edit: dict[str, Any], problem: str) -> None:
    """Among thousands of events, "status: ... is not one of" alone does not
    say which one to mend."""
    before = export(sample_store)
    document = export(sample_store)
    forum = next(e for e in document["events"] if e["title"].startswith("2025 ASEAN"))
    brazil = next(e for e in document["events"] if e["title"].startswith("China Signs"))
    brazil["title"] += " (revised)"  # a good change beside it, stored only with the rest
    forum.update(edit)
    with pytest.raises(ValidationError) as refused:
        import_into(sample_store, document, "theirs")
    where = (f"event “{forum['title']}” ({forum['id']})" if forum["title"]
             else f"event {forum['id']}")
    assert str(refused.value) == f"{where}, {problem}"
    after = export(sample_store)
    assert after["events"] == before["events"]


def test_newer_format_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.json"
    path.write_text(json.dumps({"format": "engagement-curator", "format_version": 2,
                                "participants": [], "events": []}))
    with pytest.raises(ValidationError, match="format_version 2"):
        read_document(path)


def test_a_list_written_as_a_text_or_an_object_is_named_not_read_apart(
        sample_store: Store, tmp_path: Path) -> None:
    """A text where a list belongs would be read a character at a time (tags
    "A", "I", …), an object by its keys; both are refused, new or changed."""
    document = export(sample_store)
    document["participants"][0]["aliases"] = "NDRC"
    document["events"][0]["tags"] = "AI, trade"
    document["events"][1]["sources"] = {"url": "https://example.org"}
    document["events"][2]["participants"] = [document["participants"][0]["id"]]
    document["events"][3]["tags"] = ["AI", 2024]  # a number reads as its text
    empty = create_database(tmp_path / "empty.sqlite")
    for store in (empty, sample_store):  # every record new; every record one of ours
        with pytest.raises(ValidationError) as caught:
            import_into(store, document)
        assert [str(problem) for problem in caught.value.problems] == [
            'participants[0].aliases: must be a list of texts, not the text "NDRC"',
            'events[0].tags: must be a list of texts, not the text "AI, trade"',
            "events[1].sources: must be a list of objects, not an object",
            f'events[2].participants[0]: must be an object, not the text '
            f'"{document["participants"][0]["id"]}"']
    with empty.session() as session:
        assert session.scalars(select(Event)).all() == []
    empty.close()


def test_a_value_of_the_wrong_kind_is_named_in_the_words_of_json(
        sample_store: Store, tmp_path: Path) -> None:
    document = export(sample_store)
    document["events"][0]["title"] = 2024
    document["events"][1]["summary"] = {"en": "A forum"}
    document["events"][2]["country"] = ["CN"]
    document["events"][3]["status"] = None
    document["participants"][0]["name"] = True
    empty = create_database(tmp_path / "empty.sqlite")
    with pytest.raises(ValidationError) as caught:
        import_into(empty, document)
    assert sorted(str(problem) for problem in caught.value.problems) == [
        "events[0].title: must be a text, not a number",
        "events[1].summary: must be a text, not an object",
        "events[2].country: must be a text, not a list",
        "events[3].status: must be one of: draft, needs_review, verified",
        "participants[0].name: must be a text, not true or false"]
    empty.close()


def test_an_organisation_spelt_the_british_way_is_an_organization(tmp_path: Path) -> None:
    empty = create_database(tmp_path / "empty.sqlite")
    import_into(empty, {"format": "engagement-curator", "format_version": 1, "participants": [
        {"id": "7a0c9e7e-5d2f-4d0e-9a53-1c3c0f3e0c06", "kind": "Organisation",
         "name": "ASEAN Secretariat"}]})
    with empty.session() as session:
        assert session.scalars(select(Participant.kind)).all() == ["organization"]
    empty.close()


def test_a_hand_edited_file_that_is_not_json_is_named_by_its_line(sample_store: Store,
                                                                  tmp_path: Path) -> None:
    from desktop.core.exchange.json_import import plan_file

    lines = json.dumps(export(sample_store), ensure_ascii=False, indent=2).splitlines()
    broken = next(number for number, line in enumerate(lines) if line.endswith('",')
                  and number > 40)
    lines[broken] = lines[broken][:-1]  # a comma taken out by hand
    path = tmp_path / "edited.json"
    path.write_text("\n".join(lines), encoding="utf-8")
    with sample_store.session() as session, pytest.raises(ValidationError) as caught:
        plan_file(session, path)
    # the line after the one without its comma, where the parser expected one
    indent = len(lines[broken + 1]) - len(lines[broken + 1].lstrip())
    assert str(caught.value) == (f"edited.json line {broken + 2}: cannot be read as JSON: "
                                 f"Expecting ',' delimiter (column {indent + 1})")
    lines[broken] += ","
    lines[broken + 3] = lines[broken + 3].replace('"', '"\udcff', 1)  # a byte not UTF-8
    path.write_bytes("\n".join(lines).encode("utf-8", "surrogateescape"))
    with sample_store.session() as session, pytest.raises(ValidationError) as caught:
        plan_file(session, path)
    assert str(caught.value) == (f"edited.json line {broken + 4}: is not UTF-8 text, which "
                                 "JSON must be")


@pytest.mark.parametrize(("breakage", "message"), [
    ("duplicate", "used twice"),
    ("missing participant", "no participant has the id"),
    ("bad date", "February 2025 has 28 days"),
])
def test_bad_documents_name_the_problem_and_write_nothing(
        sample_store: Store, tmp_path: Path, breakage: str, message: str) -> None:
    document = export(sample_store)
    empty = create_database(tmp_path / "empty.sqlite")
    if breakage == "duplicate":
        document["events"][3]["id"] = document["events"][2]["id"]
    elif breakage == "missing participant":
        document["participants"] = document["participants"][1:]
    else:
        document["events"][5]["date"] = "2025-02-30"
    with pytest.raises(ValidationError) as caught:
        import_into(empty, document)
    assert message in str(caught.value)
    assert "events[" in str(caught.value) or "participants[" in str(caught.value)
    with empty.session() as session:
        assert session.scalars(select(Event)).all() == []
        assert session.scalars(select(Participant)).all() == []
    empty.close()


def test_a_refused_title_or_name_is_not_also_called_missing(sample_store: Store,
                                                            tmp_path: Path) -> None:
    document = export(sample_store)
    document["events"][1]["title"] = "Forum\x00on trade"
    document["events"][2]["title"] = "x" * 1200
    document["events"][3]["title"] = "   "
    del document["events"][4]["title"]
    document["participants"][0]["name"] = "x" * 1200
    empty = create_database(tmp_path / "empty.sqlite")
    with pytest.raises(ValidationError) as caught:
        import_into(empty, document)
    found = {problem.field: problem.message for problem in caught.value.problems}
    assert found == {"participants[0].name": "is longer than 1000 characters",
                     "events[1].title": "contains a NUL character",
                     "events[2].title": "is longer than 1000 characters",
                     "events[3].title": "is required",
                     "events[4].title": "is required"}
    empty.close()


def test_a_failed_export_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    with pytest.raises(RuntimeError), atomic_file(target) as out:
        out.write(b"half")
        raise RuntimeError("disk full")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_takes_no_file_is_named_by_the_file_asked_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not by the temporary name beside it, which the analyst never chose."""
    import tempfile

    def refuse(**kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(tmp_path / ".out.json.x.partial"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(PermissionError) as caught, atomic_file(tmp_path / "out.json"):
        pass
    assert str(caught.value) == f"[Errno 13] Permission denied: '{tmp_path / 'out.json'}'"


def test_a_file_is_planned_and_imported_in_chunks(sample_store: Store, tmp_path: Path) -> None:
    from desktop.core.exchange import json_import
    from desktop.core.exchange.json_import import plan_file

    path = tmp_path / "data.json"
    path.write_text(json.dumps(export(sample_store), ensure_ascii=False), encoding="utf-8")
    empty = create_database(tmp_path / "empty.sqlite")
    original = json_import.CHUNK
    json_import.CHUNK = 3  # many small chunks: the same result
    try:
        with empty.session() as session:
            plan = plan_file(session, path)
        assert plan.summary() == "8 new events, 55 new participants, 0 unchanged, 0 changed"
        apply_import(Operations(empty, "Importer"), plan, "fail")
    finally:
        json_import.CHUNK = original
    assert export(empty) == export(sample_store)
    with empty.session() as session:
        assert index_problems(session) == []  # the search text as the records say
        assert found_titles(session, "國家發展改革委")
    empty.close()


class _Cancel(Exception):
    pass


def test_an_import_reports_its_progress_and_a_cancel_keeps_nothing(
        sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading counts the records as chunks are read; storing counts them up to
    the file's total, then once more before the commit; an exception from the
    progress (the window's Cancel) at any of those moments rolls it all back."""
    from desktop.core.exchange import json_import
    from desktop.core.exchange.json_import import plan_file

    path = tmp_path / "data.json"
    path.write_text(json.dumps(export(sample_store), ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(json_import, "CHUNK", 10)
    empty = create_database(tmp_path / "empty.sqlite")
    read: list[tuple[int, int]] = []
    with empty.session() as session:
        plan = plan_file(session, path, progress=lambda done, total: read.append((done, total)))
    assert read == [(10, 0), (20, 0), (30, 0), (40, 0), (50, 0), (55, 0), (63, 0)]
    assert plan.records() == 63

    for stop_at in range(1, 9):  # each progress call in turn, the last before the commit
        calls: list[tuple[int, int]] = []

        def progress(done: int, total: int, calls: list[tuple[int, int]] = calls,
                     stop_at: int = stop_at) -> None:
            calls.append((done, total))
            if len(calls) == stop_at:
                raise _Cancel

        with pytest.raises(_Cancel):
            apply_import(Operations(empty, "Importer"), plan, "fail", progress=progress)
        with empty.session() as session:
            assert session.scalars(select(Event.id)).all() == []
            assert session.scalars(select(Participant.id)).all() == []
        assert calls[-1][1] == 63
    stored: list[tuple[int, int]] = []
    apply_import(Operations(empty, "Importer"), plan, "fail",
                 progress=lambda done, total: stored.append((done, total)))
    assert stored == [(10, 63), (20, 63), (30, 63), (40, 63), (50, 63), (55, 63), (63, 63),
                      (63, 63)]
    assert export(empty) == export(sample_store)
    empty.close()


def test_imported_events_are_indexed_under_the_tags_already_in_the_database(
        sample_store: Store, tmp_path: Path) -> None:
    document = export(sample_store)
    tagged = next(e for e in document["events"] if e.get("tags"))
    existing_tag = tagged["tags"][0]
    path = tmp_path / "new.json"
    document["events"] = [{
        "id": "0c000000-0000-4000-8000-000000000003", "title": "Tag spelt otherwise",
        "date": "2025-10", "tags": [existing_tag.upper()]}]
    document["participants"] = []
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    from desktop.core.exchange.json_import import plan_file

    with sample_store.session() as session:
        plan = plan_file(session, path)
    apply_import(Operations(sample_store, "Importer"), plan, "fail")
    with sample_store.session() as session:
        assert index_problems(session) == []
        assert found_titles(session, f'"{existing_tag}" otherwise') == ["Tag spelt otherwise"]


def test_file_problems_are_found_in_any_chunk_and_nothing_is_kept(
        sample_store: Store, tmp_path: Path) -> None:
    from desktop.core.exchange.json_import import plan_file

    document = export(sample_store)
    document["events"][7]["date"] = "2025-02-30"
    document["events"][1]["country"] = "Atlantis"
    path = tmp_path / "data.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    empty = create_database(tmp_path / "empty.sqlite")
    with empty.session() as session:
        plan = plan_file(session, path)
    with pytest.raises(ValidationError) as caught:
        apply_import(Operations(empty), plan, "fail")
    fields = [p.field for p in caught.value.problems]
    assert "data.json: events[1].country" in fields and "data.json: events[7].date" in fields
    with empty.session() as session:
        assert session.scalars(select(Event)).all() == []
    future = tmp_path / "future.json"
    future.write_text('{"format": "engagement-curator", "format_version": 3, "events": []}')
    with pytest.raises(ValidationError, match="format_version 3"), empty.session() as session:
        plan_file(session, future)
    empty.close()


def test_the_document_s_records_are_those_the_other_formats_are_made_from(
        sample_store: Store) -> None:
    """SQLite writes the JSON document's records; the CSV table, the Data
    Package and the import's comparison use the same records built in Python.
    Both must be the same, field for field and in the same order."""
    from desktop.core.exchange.json_export import (
        connection_of,
        event_records,
        participant_ids_for,
        participant_records,
    )
    from desktop.core.exchange.json_records_sql import event_lines, participant_lines

    ops = Operations(sample_store, "Analyst")
    ops.create_event({"title": "Bare event"})  # no date, links, tags, sources or figures
    with sample_store.session() as session:
        event_ids = exported_event_ids(session, None)
        participant_ids = participant_ids_for(session, None)
        connection = connection_of(session)
        from_sql = [json.loads(line) for line in event_lines(connection, event_ids)]
        assert list(event_lines(connection, None)) == list(event_lines(connection, event_ids))
        assert from_sql == list(event_records(session, event_ids))
        assert [list(record) for record in from_sql] == [
            list(record) for record in event_records(session, event_ids)]
        people = [json.loads(line) for line in participant_lines(connection, participant_ids)]
        assert people == list(participant_records(session, participant_ids))
    assert any(e["figures"] for e in from_sql) and any(e["sources"] for e in from_sql)
    assert any(p["aliases"] for p in people) and any(p["parent"] for p in people)


def _colleague_with_own_participants(store: Store) -> dict[str, Any]:
    """A colleague's file made in their own database: NDRC and CICG under ids of
    their own (one written in traditional characters, one by a shared alias),
    someone new, and an event that names all three."""
    document = export(store)
    document["participants"] = [
        {"id": "0d000000-0000-4000-8000-000000000001", "kind": "organization",
         "name": "國家發展和改革委員會", "aliases": []},
        {"id": "0d000000-0000-4000-8000-000000000002", "kind": "organization",
         "name": "China Intl. Communications Group", "aliases": ["cicg"]},
        {"id": "0d000000-0000-4000-8000-000000000003", "kind": "person",
         "name": "Someone New", "aliases": [],
         "affiliation": "0d000000-0000-4000-8000-000000000002"}]
    document["events"] = [{
        "id": "0e000000-0000-4000-8000-000000000001", "title": "Joint workshop",
        "date": "2025-11", "participants": [
            {"participant": f"0d000000-0000-4000-8000-00000000000{n}", "role": "co-host"}
            for n in (1, 2, 3)]}]
    document["not_duplicates"] = []
    return document


def test_their_participants_under_other_ids_are_matched_to_ours_by_name(
        sample_store: Store) -> None:
    document = _colleague_with_own_participants(sample_store)
    with sample_store.session() as session:
        before = session.query(Participant).count()
        plan = plan_import(session, document)
    assert [match.describe() for match in plan.name_matches] == [
        "China Intl. Communications Group  →  China International Communications Group",
        "國家發展和改革委員會  →  National Development and Reform Commission"]
    assert "3 new participants (2 of them named as participants here)" in plan.summary()
    apply_import(Operations(sample_store, "Importer"), plan, "fail")
    with sample_store.session() as session:
        assert session.query(Participant).count() == before + 1  # only someone new
        event = session.get(Event, "0e000000-0000-4000-8000-000000000001")
        assert event is not None
        names = [link.participant.name for link in sorted(event.links,
                                                          key=lambda link: link.sort_order)]
        assert names == ["National Development and Reform Commission",
                         "China International Communications Group", "Someone New"]
        newcomer = session.scalars(select(Participant).where(
            Participant.name == "Someone New")).one()
        assert newcomer.affiliation_id == "00f27aea-6e33-5461-9521-ae8940306e65"  # ours
        assert index_problems(session) == []


def test_one_participant_named_as_one_of_ours_is_said_in_the_singular(
        sample_store: Store) -> None:
    document = _colleague_with_own_participants(sample_store)
    document["participants"] = document["participants"][:1]
    document["events"][0]["participants"] = document["events"][0]["participants"][:1]
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert plan.summary() == ("1 new event, 1 new participant (named as a participant "
                              "here), 0 unchanged, 0 changed")


def test_a_refused_name_match_adds_theirs_as_a_new_participant(sample_store: Store) -> None:
    document = _colleague_with_own_participants(sample_store)
    with sample_store.session() as session:
        before = session.query(Participant).count()
        plan = plan_import(session, document)
    apply_import(Operations(sample_store, "Importer"), plan, "fail",
                 refused_matches={"0d000000-0000-4000-8000-000000000002"})
    with sample_store.session() as session:
        assert session.query(Participant).count() == before + 2
        theirs = session.get(Participant, "0d000000-0000-4000-8000-000000000002")
        assert theirs is not None and theirs.name == "China Intl. Communications Group"
        newcomer = session.scalars(select(Participant).where(
            Participant.name == "Someone New")).one()
        assert newcomer.affiliation_id == theirs.id


def test_a_file_giving_one_of_our_events_twice_is_refused(sample_store: Store,
                                                          tmp_path: Path) -> None:
    """Both copies would be stored as the one event, the last silently winning."""
    from desktop.core.exchange.json_import import plan_file

    document = export(sample_store)
    second = {**document["events"][0], "title": "A second copy"}
    document["events"].append(second)
    path = tmp_path / "twice.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with sample_store.session() as session, pytest.raises(ValidationError) as caught:
        plan_file(session, path)
    assert [str(problem) for problem in caught.value.problems] == [
        f"twice.json: events[8].id: the event id {second['id']} is used twice in the file "
        "(“A second copy”)"]


def _events_count(store: Store) -> int:
    with store.session() as session:
        return len(session.scalars(select(Event.id)).all())


def test_fields_the_format_does_not_have_are_named_not_dropped(sample_store: Store) -> None:
    """Dropped, they would be lost without a word, or seen as changes that
    taking theirs could not make."""
    document = export(sample_store)
    document["events"][2]["website"] = "https://example.org"
    document["events"][3]["participants"][1]["email"] = "someone@example.org"
    document["participants"][0]["phone"] = "+1 555"
    with sample_store.session() as session, pytest.raises(ValidationError) as caught:
        plan_import(session, document)
    assert [str(problem) for problem in caught.value.problems] == [
        "participants[0].phone: is not a field of a participant in format_version 1",
        "events[2].website: is not a field of an event in format_version 1",
        "events[3].participants[1].email: is not a field of an event's link to a participant "
        "in format_version 1"]


def test_an_empty_id_is_refused(sample_store: Store) -> None:
    document = export(sample_store)
    document["events"][1]["id"] = ""
    with sample_store.session() as session, pytest.raises(ValidationError) as caught:
        plan_import(session, document)
    assert [str(problem) for problem in caught.value.problems] == ["events[1].id: is empty"]


@pytest.mark.parametrize("layout", ["app", "hand"])
def test_a_record_without_an_id_in_a_file_is_named_with_the_file(
        sample_store: Store, tmp_path: Path, layout: str) -> None:
    from desktop.core.exchange.json_import import plan_file

    path = tmp_path / "colleague.json"
    with sample_store.session() as session, path.open("wb") as out:
        write_json(session, out)
    if layout == "app":  # a record a line, as the app writes it
        text = path.read_text(encoding="utf-8")
        start = text.index('{"id":"', text.index('"events"'))
        path.write_text(text[:start] + '{"id":null,' + text[start + 45:], encoding="utf-8")
    else:
        document = json.loads(path.read_text(encoding="utf-8"))
        document["events"][0]["id"] = None
        path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    with sample_store.session() as session, pytest.raises(ValidationError) as caught:
        plan_file(session, path)
    assert str(caught.value) == "colleague.json: events[0]: must be an object with an id"


def test_a_copied_event_keeping_its_childrens_ids_is_named_and_nothing_is_stored(
        sample_store: Store, tmp_path: Path) -> None:
    """The database refuses the clash; the message says which event and why."""
    from desktop.core.exchange.json_import import plan_file

    document = export(sample_store)
    original = document["events"][0]
    copy = json.loads(json.dumps(original))
    copy.update(id="0b5e6a52-6a3c-4f1e-9d57-2f1f3a1b6c01", title="Copied by hand")
    document["events"].append(copy)
    path = tmp_path / "copied.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    links, figures = len(original["participants"]), len(original["figures"])
    assert links > 1 and figures == 1 and len(original["related"]) == 1
    with sample_store.session() as session:
        plan = plan_file(session, path)
    assert plan.new_events == 1
    with pytest.raises(ValidationError) as caught:
        apply_import(Operations(sample_store, "Importer"), plan, "fail")
    assert [str(problem) for problem in caught.value.problems] == [
        f"copied.json: events[8] (“Copied by hand”): {links} links to participants, 1 figure "
        f"and 1 relation to another event reuse ids of events[0] (“{original['title']}”) in "
        "the file: give them ids "
        "of their own (a copied event keeps the ids it was copied with)",
        f"copied.json: events[8] (“Copied by hand”): {links} links to participants, 1 figure "
        f"and 1 relation to another event reuse ids of the event “{original['title']}” here: "
        "give them ids of their own (a copied event keeps the ids it was copied with)"]
    assert _events_count(sample_store) == 8
