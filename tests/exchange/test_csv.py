"""events.csv: every field, spreadsheet-safe, readable by any CSV reader."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy import select

from desktop.core.db import Store
from desktop.core.exchange.csv_export import EVENT_COLUMNS, neutralise, restore, write_events_csv
from desktop.core.models import Event
from desktop.core.operations import Operations


def _rows(store: Store, *, excel: bool = False) -> tuple[str, list[dict[str, str]]]:
    out = io.BytesIO()
    with store.session() as session:
        write_events_csv(session, out, excel=excel)
    text = out.getvalue().decode()
    body = text.removeprefix("\ufeff")
    return text, list(csv.DictReader(io.StringIO(body, newline="")))


def test_every_event_field_participant_and_role_is_in_the_table(sample_store: Store) -> None:
    _, rows = _rows(sample_store)
    assert len(rows) == 8 and list(rows[0]) == list(EVENT_COLUMNS)
    forum = next(r for r in rows if r["title"] == "2025 ASEAN-China Media Cooperation Forum")
    assert forum["date"] == "2025-05-25" and forum["country_name"] == "China"
    assert (forum["attendance"], forum["attendance_qualifier"]) == ("150", "approximately")
    assert "Shi Zhongjun (speaker)" in forum["participants"].split("; ")
    assert forum["tags"] == "AI governance; ASEAN; media"
    sberbank = next(r for r in rows if r["title"].startswith("Sberbank"))
    assert (sberbank["date"], sberbank["date_start"], sberbank["date_end"]) == (
        "2025-02", "2025-02-01", "2025-02-28")


def test_hostile_and_awkward_cells_survive(ops: Operations) -> None:
    ops.create_event({"title": "=HYPERLINK(\"http://evil\")", "place": "+1 (555)",
                      "summary": "line one\nline two, with \"quotes\"; and 石中軍",
                      "notes": "-42", "attendance": 12})
    text, rows = _rows(ops.store, excel=True)
    assert text.startswith("\ufeff") and "\r\n" in text
    (row,) = rows
    assert row["title"] == "'=HYPERLINK(\"http://evil\")"
    assert row["place"] == "'+1 (555)"
    assert row["summary"] == "line one\nline two, with \"quotes\"; and 石中軍"
    assert row["notes"] == "-42" and row["attendance"] == "12"  # numbers left alone
    assert restore(row["title"]) == "=HYPERLINK(\"http://evil\")"


def test_neutralising_is_reversible_for_every_trigger() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r", "\n", "|"):
        value = f"{start}SUM(A1)"
        assert neutralise(value).startswith("'") and restore(neutralise(value)) == value
    assert neutralise("3.14") == "3.14" and neutralise("-7") == "-7"
    assert neutralise("plain") == "plain" and restore("'quoted") == "'quoted"


def test_pandas_reads_the_same_values_back(ops: Operations, tmp_path: Path) -> None:
    import pandas

    ops.create_event({"title": "论坛, \"quoted\"", "summary": "line one\nline two 石中軍",
                      "date": "2025-02", "attendance": 150, "notes": "=1+1"})
    ops.create_event({"title": "Plain", "date": "2024-11-03/2024-11-05"})
    for excel in (False, True):
        text, rows = _rows(ops.store, excel=excel)
        path = tmp_path / f"events-{excel}.csv"
        path.write_text(text, encoding="utf-8", newline="")
        frame = pandas.read_csv(path, dtype=str, keep_default_na=False,
                                encoding="utf-8-sig")
        assert list(frame.columns) == list(EVENT_COLUMNS)
        assert frame.to_dict("records") == rows
        titles = set(frame["title"])
        assert "论坛, \"quoted\"" in titles and "Plain" in titles
        forum = frame[frame["title"] == "论坛, \"quoted\""].iloc[0]
        assert forum["summary"] == "line one\nline two 石中軍"
        assert (forum["date_start"], forum["date_end"]) == ("2025-02-01", "2025-02-28")
        assert forum["notes"] == "'=1+1"  # neutralised, shown as text
    numbers = pandas.read_csv(path, encoding="utf-8-sig")
    assert sorted(numbers["attendance"].dropna().tolist()) == [150]


def _expected_lines(store: Store, ids: list[str] | None = None) -> bytes:
    """events.csv as it is written from the records the JSON document, the
    Data Package and the import use (the file itself is built by SQLite):
    a cell of text in quotes, its quotes doubled; a number, code or ISO date
    bare, as an empty cell is."""
    from desktop.core.countries import country_name
    from desktop.core.exchange.json_export import (
        event_records,
        exported_event_ids,
        participant_ids_for,
        participant_records,
    )

    with store.session() as session:
        ids = exported_event_ids(session, None) if ids is None else ids
        names = {p["id"]: p["name"] for p in participant_records(
            session, participant_ids_for(session, None))}
        bounds = {e.id: (e.date_start, e.date_end) for e in session.scalars(select(Event))}
        records = list(event_records(session, ids))
    lines = [",".join(EVENT_COLUMNS)]
    for record in records:
        values = {"native_title": "", **record, "country_name": country_name(record["country"]),
                  "date_start": bounds[record["id"]][0], "date_end": bounds[record["id"]][1],
                  "participants": "; ".join(
                      names[link["participant"]] + (f" ({link['role']})" if link["role"] else "")
                      for link in record["participants"]),
                  "tags": "; ".join(record["tags"]),
                  "sources": "; ".join(" ".join(p for p in (s["publisher"], s["title"], s["url"])
                                                if p) for s in record["sources"])}
        cells = ["" if values[c] is None else neutralise(str(values[c])) for c in EVENT_COLUMNS]
        lines.append(",".join(
            cell if column in _BARE or not cell else '"' + cell.replace('"', '""') + '"'
            for column, cell in zip(EVENT_COLUMNS, cells, strict=True)))
    return "".join(line + "\r\n" for line in lines).encode()


_BARE = {"date_start", "date_end", "country", "attendance", "attendance_qualifier", "status"}


def test_the_table_holds_each_records_cells_quoted_and_neutralised(ops: Operations) -> None:
    """SQLite writes each line; every cell, its quoting and its neutralising
    must be those of the event's record."""
    people = [ops.create_participant({"kind": "person", "name": name}).ids("participant").pop()
              for name in ("-Minus Sign", "Zhang, Wei", "\"Quoted\" Name", "石中軍")]
    awkward = ops.create_event({
        "title": "@mention, \"quoted\"\r\nand 石中軍", "native_title": "=“引号”, 逗号\n论坛",
        "date": "2025-07-26/2025-07-30",
        "date_note": "+ reported as 28–30 July", "place": "|piped", "country": "CN",
        "summary": "=cmd|' /C calc'!A0", "notes": "-3.5e2", "attendance": 0,
        "tags": ["-leading", "b, with comma"]}).ids("event").pop()
    for number, person in enumerate(people):
        ops.link(awkward, person, {"role": "speaker"} if number % 2 else {})
    ops.add_source(awkward, {"publisher": "Xinhua", "title": "", "url": "https://x.example/a"})
    ops.add_source(awkward, {"publisher": "", "title": "=HYPERLINK", "url": ""})
    ops.create_event({"title": "Bare"})
    ops.create_event({"title": "\tTabbed", "date": "2024", "country": "TW", "notes": "+7"})
    out = io.BytesIO()
    with ops.store.session() as session:
        assert write_events_csv(session, out) == 3
    assert out.getvalue() == _expected_lines(ops.store)
    text = out.getvalue().decode()
    first = next(csv.DictReader(io.StringIO(text, newline="")))
    assert first["participants"] == ("'-Minus Sign; Zhang, Wei (speaker); \"Quoted\" Name; "
                                     "石中軍 (speaker)")
    assert (first["summary"], first["notes"]) == ("'=cmd|' /C calc'!A0", "-3.5e2")
    bare = next(line for line in text.splitlines() if '"Bare"' in line)
    assert ',"Bare",,,,,' in bare and ",draft," in bare  # empty cells and codes bare


def test_a_filtered_table_holds_those_events_in_their_order(sample_store: Store) -> None:
    from desktop.core.event_filter import EventFilter
    from desktop.core.exchange.json_export import exported_event_ids

    chosen = EventFilter(text="forum")
    out = io.BytesIO()
    with sample_store.session() as session:
        ids = exported_event_ids(session, chosen)
        assert 0 < write_events_csv(session, out, chosen) == len(ids) < 8
    assert out.getvalue() == _expected_lines(sample_store, ids)


def test_a_table_of_chosen_events_holds_them_alone(sample_store: Store) -> None:
    from desktop.core.filters import ChosenEvents

    with sample_store.session() as session:
        every = list(session.scalars(select(Event.id).order_by(Event.seq)))
        out = io.BytesIO()
        assert write_events_csv(session, out, ChosenEvents((every[6], every[2]))) == 2
    assert out.getvalue() == _expected_lines(sample_store, [every[2], every[6]])


def _people_by_event(store: Store) -> dict[str, list[tuple[str, str | None]]]:
    from desktop.core.models import EventParticipant, Participant, VocabularyTerm

    with store.session() as session:
        rows = session.execute(
            select(Event.title, Participant.name, VocabularyTerm.value)
            .join(EventParticipant, EventParticipant.event_id == Event.id)
            .join(Participant, Participant.id == EventParticipant.participant_id)
            .outerjoin(VocabularyTerm, VocabularyTerm.id == EventParticipant.role_id)
            .order_by(Event.title, EventParticipant.sort_order))
        people: dict[str, list[tuple[str, str | None]]] = {}
        for title, name, role in rows:
            people.setdefault(title, []).append((name, role))
    return people


def test_every_participant_and_role_survives_the_table_into_an_empty_database(
        sample_store: Store, tmp_path: Path) -> None:
    """Roles with brackets of their own ("established (outcome)"), names
    ending in brackets ("… (Brazil)") and tags holding a comma come back as
    they were."""
    from desktop.core.bootstrap import create_database
    from desktop.core.exchange.foreign_csv import read_foreign_csv
    from desktop.core.exchange.json_import import apply_import, plan_import

    Operations(sample_store, "Analyst").create_event(
        {"title": "Tagged", "tags": ["Belt and Road, digital", "AI"]})
    path = tmp_path / "events.csv"
    with sample_store.session() as session, path.open("wb") as out:
        write_events_csv(session, out)
    empty = create_database(tmp_path / "empty.sqlite")
    with empty.session() as session:
        rows = read_foreign_csv(session, path)
        assert rows.problems == []
        plan = plan_import(session, rows.document())
    apply_import(Operations(empty, "Importer"), plan, "fail")
    expected = _people_by_event(sample_store)
    assert any(role == "established (outcome)" for people in expected.values()
               for _name, role in people)
    assert any(name.endswith("(Brazil)") for people in expected.values() for name, _ in people)
    assert _people_by_event(empty) == expected
    assert _tags_by_event(empty) == _tags_by_event(sample_store)
    empty.close()


def _tags_by_event(store: Store) -> dict[str, list[str]]:
    with store.session() as session:
        return {event.title: sorted(tag.name for tag in event.tags)
                for event in session.scalars(select(Event))}
