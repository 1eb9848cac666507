"""events.csv: every field, spreadsheet-safe, readable by any CSV reader."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from desktop.core.db import Store
from desktop.core.exchange.csv_export import EVENT_COLUMNS, neutralise, restore, write_events_csv
from desktop.core.operations import Operations


def _rows(store: Store, *, excel: bool = False) -> tuple[str, list[dict[str, str]]]:
    out = io.StringIO(newline="")
    with store.session() as session:
        write_events_csv(session, out, excel=excel)
    text = out.getvalue()
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
