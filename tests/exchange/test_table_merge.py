"""A colleague's edited events.csv merged back: exactly their edits, nothing lost."""

from __future__ import annotations

import csv
import re
from datetime import date as day
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.csv_export import write_events_csv
from desktop.core.exchange.foreign_csv import ForeignCsvSource
from desktop.core.exchange.import_plan import ImportPlan
from desktop.core.exchange.json_export import event_records
from desktop.core.exchange.json_import import apply_import
from desktop.core.exchange.table_merge import merged_row
from desktop.core.models import Event
from desktop.core.operations import Operations

_STAMPS = ("updated_at", "updated_by")


def _records(store: Store) -> dict[str, dict[str, Any]]:
    with store.session() as session:
        ids = list(session.scalars(select(Event.id).order_by(Event.seq)))
        return {record["id"]: record for record in event_records(session, ids)}


def _exported(store: Store, path: Path) -> list[dict[str, str]]:
    """events.csv as Excel would be given it (with its BOM), read back as rows."""
    with store.session() as session, path.open("wb") as out:
        write_events_csv(session, out, excel=True)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _save(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)


def _plan(store: Store, path: Path) -> ImportPlan:
    with store.session() as session:
        return ForeignCsvSource(session, path).plan()


def _without_stamps(record: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key not in _STAMPS}


def test_an_unedited_table_is_all_unchanged(sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    _exported(sample_store, path)
    plan = _plan(sample_store, path)
    assert (plan.unchanged, len(plan.conflicts), plan.new_events) == (8, 0, 0)


def test_a_table_saved_again_by_pandas_is_all_unchanged(sample_store: Store,
                                                        tmp_path: Path) -> None:
    """pandas writes the attendance column, which has gaps, as floats ("150.0"):
    it was read back as 1500 people."""
    import pandas

    path = tmp_path / "events.csv"
    _exported(sample_store, path)
    frame = pandas.read_csv(path, encoding="utf-8-sig")
    assert frame["attendance"].dtype == "float64"
    frame.to_csv(path, index=False)
    assert ",150.0," in path.read_text(encoding="utf-8")
    plan = _plan(sample_store, path)
    assert (plan.unchanged, len(plan.conflicts), plan.new_events) == (8, 0, 0)


def _as_excel_shows(date: str) -> str:
    """A date cell as Excel (en-US) turns it into a date and saves it again:
    2025-05-25 as 5/25/2025, 2025-02 as Feb-25; ranges and years stay text."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        value = day.fromisoformat(date)
        return f"{value.month}/{value.day}/{value.year}"
    if re.fullmatch(r"\d{4}-\d{2}", date):
        return day.fromisoformat(date + "-01").strftime("%b-%y")
    return date


def test_a_table_saved_again_by_excel_is_all_unchanged(sample_store: Store,
                                                       tmp_path: Path) -> None:
    """Excel shows (and saves) 2025-02 as Feb-25 and 2025-05-25 as 5/25/2025."""
    path = tmp_path / "events.csv"
    rows = _exported(sample_store, path)
    for row in rows:
        row["date"] = _as_excel_shows(row["date"])
    assert {"Feb-25", "Jan-25", "5/25/2025", "7/5/2025"} <= {row["date"] for row in rows}
    _save(path, rows)
    plan = _plan(sample_store, path)
    assert (plan.unchanged, len(plan.conflicts), plan.new_events) == (8, 0, 0)


def test_a_colleagues_edits_come_back_and_nothing_else_changes(sample_store: Store,
                                                               tmp_path: Path) -> None:
    before = _records(sample_store)
    path = tmp_path / "events.csv"
    rows = _exported(sample_store, path)
    by_title = {row["title"]: row for row in rows}
    forum = by_title["2025 ASEAN-China Media Cooperation Forum"]
    forum["title"] += " (revised)"
    brazil = by_title["China Signs AI Cooperation Pact with Brazil"]
    brazil["date"] = "March 3-5, 2025"
    waic = by_title["8th World Artificial Intelligence Conference (WAIC 2025)"]
    dropped, *kept = waic["participants"].split("; ")
    waic["participants"] = "; ".join(kept)
    laos = by_title["China and Laos Build AI Innovation Cooperation Center"]
    laos["tags"] += "; Mekong"
    _save(path, rows)
    # The forum was retitled here too since: the one record both sides edited.
    Operations(sample_store, "Me").update_event(forum["id"], {"title": "Media Forum"})
    before[forum["id"]]["title"] = "Media Forum"

    plan = _plan(sample_store, path)
    changed = {conflict.record_id: {name for name, _, _ in conflict.fields}
               for conflict, _ in plan.conflicts}
    assert changed == {forum["id"]: {"title"}, brazil["id"]: {"date"},
                       waic["id"]: {"participants"}, laos["id"]: {"tags"}}
    assert [c.record_id for c, _ in plan.conflicts if c.asked] == [forum["id"]]
    assert plan.unchanged == 4

    # A spreadsheet keeps no edit times: "newest" cannot choose, and says so.
    with pytest.raises(ValidationError, match="newest cannot choose for 1 changed record"):
        apply_import(Operations(sample_store, "Colleague"), plan, "newest")
    apply_import(Operations(sample_store, "Colleague"), plan, "theirs")
    after = _records(sample_store)
    assert after[forum["id"]]["title"].endswith("(revised)")
    assert after[brazil["id"]]["date"] == "2025-03-03/2025-03-05"
    assert "Mekong" in after[laos["id"]]["tags"]
    # Their participants are ours less the one they took out, each link kept
    # as it was (id, role, note): the cell says only names and roles.
    # (Their places moved up one, so their edit times are new.)
    assert [_without_stamps(link) for link in after[waic["id"]]["participants"]] == [
        _without_stamps(link) for link in before[waic["id"]]["participants"]
        if not dropped.startswith(_name(sample_store, link["participant"]))]
    assert len(after[waic["id"]]["participants"]) == len(kept)
    # Everything a table does not carry is as it was: figures, sources and
    # their notes, the attendance qualifier, and every untouched event.
    for event_id, record in before.items():
        edited = {forum["id"]: "title", brazil["id"]: "date", waic["id"]: "participants",
                  laos["id"]: "tags"}.get(event_id)
        theirs = after[event_id]
        assert _without_stamps({k: v for k, v in theirs.items() if k != edited}) == (
            _without_stamps({k: v for k, v in record.items() if k != edited}))
    assert before[forum["id"]]["attendance_qualifier"] == "approximately"
    assert any(record["figures"] for record in after.values())
    assert any(source["note"] for record in after.values() for source in record["sources"])


def _name(store: Store, participant_id: str) -> str:
    from desktop.core.models import Participant

    with store.session() as session:
        participant = session.get(Participant, participant_id)
        assert participant is not None
        return participant.name


def test_a_row_names_participants_by_name_so_namesakes_stay_linked_as_they_were() -> None:
    ours = {"id": "e", "participants": [
        {"id": "l1", "participant": "an-an-2", "role": "host", "note": "via video"},
        {"id": "l2", "participant": "p3", "role": "speaker", "note": ""}]}
    # The table's "An An (host)" was resolved to the other An An.
    row = {"id": "e", "participants": [{"participant": "an-an-1", "role": "host", "note": ""},
                                       {"participant": "p3", "role": "Speaker", "note": ""}]}
    names = {"an-an-1": "an an", "an-an-2": "an an", "p3": "wang fang"}
    merged = merged_row(ours, row, frozenset({"participants"}), names)
    assert merged["participants"] == ours["participants"]
    # A role changed in the cell is their link; the other stays ours.
    row["participants"][1]["role"] = "moderator"
    merged = merged_row(ours, row, frozenset({"participants"}), names)
    assert merged["participants"] == [ours["participants"][0], row["participants"][1]]


def test_a_rows_source_is_added_after_ours_unless_we_have_it() -> None:
    ours = {"id": "e", "sources": [{"id": "s1", "publisher": "Reuters", "url": "",
                                    "note": "in English"}]}
    carried = frozenset({"sources"})
    same = {"id": "e", "sources": [{"publisher": "Reuters", "url": ""}]}
    assert merged_row(ours, same, carried, {})["sources"] == ours["sources"]
    other = {"id": "e", "sources": [{"publisher": "", "url": "https://example.org/a"}]}
    assert merged_row(ours, other, carried, {})["sources"] == [*ours["sources"],
                                                               *other["sources"]]
    assert merged_row(ours, {"id": "e"}, carried, {})["sources"] == ours["sources"]


def test_the_attendance_qualifier_column_is_read_back(sample_store: Store,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    rows = _exported(sample_store, path)
    forum = next(row for row in rows if row["attendance"])
    forum["attendance"], forum["attendance_qualifier"] = "200", "more than"
    rows[1]["attendance"], rows[1]["attendance_qualifier"] = "12", "roughly"
    _save(path, rows)
    with sample_store.session() as session:
        source = ForeignCsvSource(session, path)
        events = [record for key, chunk in source.chunks() if key == "events"
                  for record in chunk]
    assert [str(problem) for problem in source.report.problems] == [
        "events.csv row 3, attendance_qualifier: 'roughly' is not one of exact, "
        "approximately, more_than, at_least"]
    read = next(event for event in events if event["id"] == forum["id"])
    assert (read["attendance"], read["attendance_qualifier"]) == (200, "more_than")


def test_a_row_of_ours_may_name_a_participant_the_table_adds(sample_store: Store,
                                                             tmp_path: Path) -> None:
    """The merge is planned on one reading of the table and stored from
    another: the participant it adds has the same id in both."""
    path = tmp_path / "events.csv"
    rows = _exported(sample_store, path)
    rows[0]["participants"] += "; Brand New Institute (speaker)"
    _save(path, rows)
    plan = _plan(sample_store, path)
    assert (plan.new_participants, len(plan.conflicts)) == (1, 1)
    # The merge shows the changed list by name, the new participant's too.
    assert "Brand New Institute" in plan.participant_names.values()
    apply_import(Operations(sample_store, "Colleague"), plan, "theirs")
    with sample_store.session() as session:
        from desktop.core.models import EventParticipant, Participant

        linked = session.execute(
            select(Participant.name, Participant.kind)
            .join(EventParticipant, EventParticipant.participant_id == Participant.id)
            .where(EventParticipant.event_id == rows[0]["id"],
                   Participant.name == "Brand New Institute")).all()
    assert [tuple(row) for row in linked] == [("Brand New Institute", "organization")]


def test_a_table_giving_one_event_on_two_rows_names_both_rows(sample_store: Store,
                                                              tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    rows = _exported(sample_store, path)
    rows.append({**rows[0], "title": "Edited again below"})
    _save(path, rows)
    with sample_store.session() as session:
        source = ForeignCsvSource(session, path)
        events = [record for key, chunk in source.chunks() if key == "events"
                  for record in chunk]
    assert [str(problem) for problem in source.report.problems] == [
        f"events.csv row {len(rows) + 1}, id: {rows[0]['id']} is also the id of row 2: each "
        "event has one of its own"]
    assert "Edited again below" not in {event["title"] for event in events}  # if skipped


def _saved_in_windows_1252(path: Path, rows: list[dict[str, str]]) -> None:
    """The table as Excel's plain "CSV" writes it on Western Windows: in
    Windows-1252, each character it has no place for written as "?"."""
    with path.open("w", encoding="cp1252", errors="replace", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)


def test_text_a_code_page_could_not_hold_is_kept_and_real_edits_come_back(
        sample_store: Store, tmp_path: Path) -> None:
    """A Western colleague's Excel saved 中国 as "??": not an edit of theirs."""
    from desktop.core.exchange.csv_table import use_encoding
    from desktop.core.models import Participant

    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        group = session.scalars(select(Participant.id).where(
            Participant.name == "China International Communications Group")).one()
    ops.update_participant(group, {"name": "中国外文局 (CICG)"})
    before = _records(sample_store)
    forum_id = next(event_id for event_id, record in before.items()
                    if record["title"] == "2025 ASEAN-China Media Cooperation Forum")
    ops.update_event(forum_id, {"tags": [*before[forum_id]["tags"], "人工智能"]})
    before = _records(sample_store)
    path = tmp_path / "events.csv"
    rows = _exported(sample_store, path)
    forum = next(row for row in rows if row["id"] == forum_id)
    assert "中国外文局 (CICG) (co-host)" in forum["participants"]
    native_titled = [row for row in rows if row["native_title"]]
    assert len(native_titled) >= 2
    native_titled[0]["summary"] += " Edited by a colleague."
    _saved_in_windows_1252(path, rows)
    assert "????? (CICG) (co-host)" in path.read_text(encoding="cp1252")
    use_encoding(path, "cp1252")

    plan = _plan(sample_store, path)
    changed = {conflict.record_id: {name for name, _, _ in conflict.fields}
               for conflict, _ in plan.conflicts}
    assert changed == {native_titled[0]["id"]: {"summary"}}
    assert (plan.new_participants, plan.unchanged) == (0, 7)
    assert plan.notes == [
        f"Kept as they are here: native title ({len(native_titled)} events), tags (1 event). "
        "The table is in Windows-1252 (Western European), which has no place for some of "
        "their characters (it holds “?” for them). To change them, save the table as "
        "“CSV UTF-8”."]
    apply_import(Operations(sample_store, "Colleague"), plan, "theirs")
    after = _records(sample_store)
    assert after[native_titled[0]["id"]]["summary"].endswith("Edited by a colleague.")
    for event_id, record in before.items():
        if event_id != native_titled[0]["id"]:
            assert _without_stamps(after[event_id]) == _without_stamps(record)


def test_only_what_the_code_page_lacks_counts_as_lost() -> None:
    from desktop.core.exchange.table_merge import lost_in_code_page

    assert lost_in_code_page("中国论坛 Forum", "???? Forum", "cp1252")
    assert lost_in_code_page("Tōkyō forum", "Tokyo forum", "cp1252")  # Windows' best fit
    assert not lost_in_code_page("中国论坛", "????", None)  # UTF-8 holds everything
    assert not lost_in_code_page("Café", "Caf?", "cp1252")  # é fits: "?" is an edit
    assert not lost_in_code_page("中国论坛", "??? ", "cp1252")
    assert not lost_in_code_page("中国论坛", "中国论坛", "cp1252")  # no change at all


def test_a_name_or_tag_holding_the_lists_separator_comes_back_whole(
        sample_store: Store, tmp_path: Path) -> None:
    """events.csv lists participants and tags as "a; b": a name "Wang Yi;
    Foreign Minister" was read back as two participants, one of them new, and
    a tag "AI; governance" as two tags."""
    from desktop.core.models import Participant

    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        wang = session.scalars(select(Participant.id).where(Participant.name == "Wang Yi")).one()
    ops.update_participant(wang, {"name": "Wang Yi; Foreign Minister (China)"})
    before = _records(sample_store)
    forum_id = next(event_id for event_id, record in before.items()
                    if record["title"] == "2025 ASEAN-China Media Cooperation Forum")
    ops.update_event(forum_id, {"tags": ["AI; governance", "media"]})
    path = tmp_path / "events.csv"
    rows = _exported(sample_store, path)
    assert any("Wang Yi; Foreign Minister (China) (" in row["participants"] for row in rows)
    plan = _plan(sample_store, path)
    assert (plan.unchanged, len(plan.conflicts), plan.new_participants) == (8, 0, 0)
