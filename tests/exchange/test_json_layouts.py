"""The JSON document as the app lays it out (a record a line) and as any other
tool may lay it out: both import alike; the line reader steps aside for
anything else."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.bootstrap import create_database
from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.json_export import write_json
from desktop.core.exchange.json_import import apply_import, plan_file
from desktop.core.exchange.json_lines_reader import AppLayout, LinedChunk, NotAppLayout
from desktop.core.models import Event
from desktop.core.operations import Operations

STAMP = "2026-01-01T00:00:00Z"


def _app_file(store: Store, path: Path) -> Path:
    with store.session() as session, path.open("wb") as out:
        write_json(session, out, exported_at=STAMP)
    return path


def _imported(path: Path, tmp_path: Path) -> bytes:
    """Import the file into a new database and export it again."""
    store = create_database(tmp_path / f"{path.stem}.sqlite")
    try:
        with store.session() as session:
            plan = plan_file(session, path)
        assert plan.summary() == "8 new events, 55 new participants, 0 unchanged, 0 changed"
        apply_import(Operations(store, "Importer"), plan, "fail")
        return _app_file(store, tmp_path / f"{path.stem}-again.json").read_bytes()
    finally:
        store.close()


def _read_whole(path: Path) -> int:
    return sum(len(batch) for _key, batch in AppLayout(path, 3).chunks())


def test_every_layout_of_the_same_document_imports_alike(sample_store: Store,
                                                         tmp_path: Path) -> None:
    app = _app_file(sample_store, tmp_path / "app.json")
    assert _read_whole(app) == 8 + 55  # read a line at a time
    document = json.loads(app.read_bytes())
    lines = app.read_text(encoding="utf-8").splitlines()
    others = {
        "pretty": json.dumps(document, ensure_ascii=False, indent=2),
        "minified": json.dumps(document, ensure_ascii=False, separators=(",", ":")),
        # two events on one line, otherwise as the app writes it
        "joined": "\n".join([*lines[:-4], lines[-4] + " " + lines[-3], *lines[-2:]]),
        "reordered": json.dumps({"events": document["events"],
                                 **{k: v for k, v in document.items() if k != "events"}}),
    }
    expected = _imported(app, tmp_path)
    assert expected == app.read_bytes()
    for name, text in others.items():
        path = tmp_path / f"{name}.json"
        path.write_text(text, encoding="utf-8")
        assert json.loads(path.read_bytes()) == document
        with pytest.raises(NotAppLayout):
            _read_whole(path)
        assert _imported(path, tmp_path) == expected, name



def test_a_document_saved_with_a_byte_order_mark_imports_alike(sample_store: Store,
                                                               tmp_path: Path) -> None:
    """Notepad and PowerShell 5 put a UTF-8 byte-order mark before the JSON
    they save; the app's layout and any other read past it."""
    app = _app_file(sample_store, tmp_path / "app.json")
    expected = _imported(app, tmp_path)
    pretty = json.dumps(json.loads(app.read_bytes()), ensure_ascii=False, indent=2)
    for name, text in (("app-bom", app.read_text(encoding="utf-8")), ("pretty-bom", pretty)):
        path = tmp_path / f"{name}.json"
        path.write_text(text, encoding="utf-8-sig")
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        assert _imported(path, tmp_path) == expected, name
    assert _read_whole(tmp_path / "app-bom.json") == 8 + 55  # still a line at a time

def test_a_file_changed_between_the_summary_and_the_import_is_refused(
        sample_store: Store, tmp_path: Path) -> None:
    path = _app_file(sample_store, tmp_path / "app.json")
    empty = create_database(tmp_path / "empty.sqlite")
    with empty.session() as session:
        plan = plan_file(session, path)
    document = json.loads(path.read_bytes())
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    with pytest.raises(ValidationError, match="changed while it was being imported"):
        apply_import(Operations(empty, "Importer"), plan, "fail")
    with empty.session() as session:
        assert session.scalars(select(Event)).all() == []
    empty.close()


def test_a_deeply_nested_record_line_is_refused_as_any_deep_file(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.json"
    depth = 50_000
    bomb.write_text('{"format": "engagement-curator", "format_version": 1,\n'
                    '"participants": [\n' + "[" * depth + "]" * depth + "\n],\n"
                    '"events": [\n]\n}\n')
    empty = create_database(tmp_path / "empty.sqlite")
    with pytest.raises(ValidationError, match="more than 32 levels deep"), \
            empty.session() as session:
        plan_file(session, bomb)
    empty.close()


def test_a_record_that_is_not_an_object_is_named(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text('{"format": "engagement-curator", "format_version": 1,\n'
                    '"participants": [\n[1, 2]\n],\n"events": [\n]\n}\n')
    empty = create_database(tmp_path / "empty.sqlite")
    with pytest.raises(ValidationError) as caught, empty.session() as session:
        plan_file(session, path)
    assert [(p.field, p.message) for p in caught.value.problems] == [
        ("list.json: participants[0]", "must be an object with an id")]
    empty.close()


def test_odd_numbers_are_read_as_the_general_reader_reads_them(sample_store: Store,
                                                                tmp_path: Path) -> None:
    """An integer beyond 64 bits becomes a float (as the stream reader makes
    it) and is refused as an attendance; NaN, which is not JSON, sends the file
    to the stream reader, which refuses it."""
    app = _app_file(sample_store, tmp_path / "app.json").read_text(encoding="utf-8")
    empty = create_database(tmp_path / "empty.sqlite")
    huge = tmp_path / "huge.json"
    huge.write_text(app.replace('"attendance":150', '"attendance":1' + "0" * 30, 1),
                    encoding="utf-8")
    assert _read_whole(huge) == 8 + 55
    with empty.session() as session:
        plan = plan_file(session, huge)
    with pytest.raises(ValidationError) as caught:
        apply_import(Operations(empty, "Importer"), plan, "fail")
    assert [p.field for p in caught.value.problems] == ["huge.json: events[0].attendance"]
    nan = tmp_path / "nan.json"
    nan.write_text(app.replace('"attendance":150', '"attendance":NaN', 1), encoding="utf-8")
    with pytest.raises(NotAppLayout):
        _read_whole(nan)
    with pytest.raises(ValidationError, match="cannot be read as JSON"), \
            empty.session() as session:
        plan_file(session, nan)
    empty.close()


@pytest.mark.parametrize("ahead", [True, False])
def test_a_copy_of_our_own_export_is_compared_line_for_line_then_record_for_record(
        sample_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        ahead: bool) -> None:
    """Lines as we would write them are unchanged without being read as
    records, theirs or ours; a line written otherwise (keys in another order,
    spaces) is compared as a record, and a real change is found field by
    field.  Alike whether our lines are read by a thread ahead (a database
    file) or as each chunk comes (a database in memory)."""
    import threading

    from desktop.core.exchange import json_import

    if not ahead:
        monkeypatch.setattr(json_import, "_database_file", lambda _session: "")

    app = _app_file(sample_store, tmp_path / "app.json")
    lines = app.read_text(encoding="utf-8").splitlines()
    start = lines.index('"events": [') + 1
    events = [json.loads(line.rstrip(",")) for line in lines[start:start + 8]]
    reordered = dict(reversed(events[1].items()))
    retitled = {**events[2], "title": "Retitled by a colleague"}
    for offset, record in ((1, reordered), (2, retitled)):
        comma = "," if lines[start + offset].endswith(",") else ""
        lines[start + offset] = json.dumps(record, ensure_ascii=False, indent=None) + comma
    copy = tmp_path / "copy.json"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    read_as_records: list[str] = []  # their event lines read as records
    read_record = LinedChunk.record

    def noting(chunk: LinedChunk, index: int) -> dict[str, Any]:
        if chunk.key == "events":
            read_as_records.append(chunk.ids[index])
        return read_record(chunk, index)

    monkeypatch.setattr(LinedChunk, "record", noting)
    ours_read: list[str] = []  # our lines read as records
    loads = json_import.orjson.loads

    def noting_ours(line: bytes) -> Any:
        ours_read.append(loads(line)["id"])
        return loads(line)

    monkeypatch.setattr(json_import, "orjson", type("Orjson", (), {"loads": noting_ours}))
    threads: set[str] = set()  # where our lines were read

    def in_which_thread(read: Any) -> Any:
        def reading(*args: Any) -> Any:
            threads.add(threading.current_thread().name)
            return read(*args)
        return reading

    from desktop.core.exchange import ours_ahead

    monkeypatch.setattr(json_import, "event_lines_by_id",
                        in_which_thread(json_import.event_lines_by_id))
    monkeypatch.setattr(ours_ahead, "_our_lines", in_which_thread(ours_ahead._our_lines))
    with sample_store.session() as session:
        plan = plan_file(session, copy)
    assert all(name.startswith("our-lines") == ahead for name in threads) and threads
    assert plan.summary() == ("0 new events, 0 new participants, 62 unchanged, "
                              "1 changed (only in the file, taken)")
    [(conflict, _record)] = plan.conflicts
    assert conflict.record_id == events[2]["id"]
    assert [name for name, _ours, _theirs in conflict.fields] == ["title"]
    # Read as records for the two lines written otherwise, and no other.
    assert sorted(read_as_records) == sorted([events[1]["id"], events[2]["id"]])
    assert sorted(ours_read) == sorted(read_as_records)


def test_a_line_of_our_own_given_twice_is_named_by_its_title(sample_store: Store,
                                                             tmp_path: Path) -> None:
    """The line is ours to the byte, so the plan need not read it; given a
    second time, it is read, to name it."""
    app = _app_file(sample_store, tmp_path / "app.json")
    lines = app.read_text(encoding="utf-8").splitlines()
    start = lines.index('"events": [') + 1
    event = json.loads(lines[start + 2].rstrip(","))
    lines.insert(start + 5, lines[start + 2])  # the same line again, three events on
    copy = tmp_path / "twice.json"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with sample_store.session() as session, pytest.raises(ValidationError) as caught:
        plan_file(session, copy)
    assert [str(problem) for problem in caught.value.problems] == [
        f"twice.json: events[5].id: the event id {event['id']} is used twice in the file "
        f"(“{event['title']}”)"]
