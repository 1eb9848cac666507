"""Affiliations and parents brought by an import keep the rules the form
keeps: a person has an affiliation (an organisation or group), an
organisation or group a parent, and no organisation is its own ancestor.  A
table names the row that breaks one; every import is refused rather than
storing it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.models import Event, Participant, VocabularyTerm
from tests.exchange.test_json import import_into

TABLE = ("Name,Kind,Parent,Affiliation\r\n"
         "Alpha Bureau,organization,Beta Office,\r\n"
         "Beta Office,organization,Alpha Bureau,\r\n"
         "Zed Person,person,Gamma Centre,\r\n"
         "Gamma Centre,organization,,\r\n"
         "Yan Group,group,,Gamma Centre\r\n"
         "Kay Person,person,,Mu Person\r\n"
         "Mu Person,person,,Gamma Centre\r\n"
         "Nu Unit,organization,Alpha Bureau,\r\n")


def _table(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "actors.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _people(store: Store) -> dict[str, tuple[str | None, str | None]]:
    with store.session() as session:
        named = {p.id: p.name for p in session.scalars(select(Participant))}
        return {p.name: (named.get(p.parent_id or ""), named.get(p.affiliation_id or ""))
                for p in session.scalars(select(Participant))}


def test_a_table_row_breaking_a_rule_is_named_and_can_be_skipped_with_those_naming_it(
        empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _table(tmp_path, TABLE)
    assert main(["import", str(path), "--db", str(empty_store.path), "--participants"]) == 1
    said = capsys.readouterr().err.splitlines()
    assert said == [
        "curator: actors.csv row 2, parent: would make an organisation its own ancestor "
        "(Alpha Bureau)",
        "curator: actors.csv row 3, parent: would make an organisation its own ancestor "
        "(Beta Office)",
        "curator: actors.csv row 4, parent: only an organisation or group has a parent "
        "(Zed Person is a person)",
        "curator: actors.csv row 6, affiliation: only a person has an affiliation "
        "(Yan Group is a group)",
        "curator: actors.csv row 7, affiliation: must be an organisation or group "
        "(Mu Person is a person)",
        "curator: actors.csv row 9, parent: names the participant of actors.csv row 2, "
        "a row that cannot be read",
        "curator: 6 problems in 6 rows: fix them or use --skip-bad-rows"]
    assert _people(empty_store) == {}
    assert main(["import", str(path), "--db", str(empty_store.path), "--participants",
                 "--skip-bad-rows"]) == 0
    assert _people(empty_store) == {"Gamma Centre": (None, None),
                                    "Mu Person": (None, "Gamma Centre")}


def test_a_row_making_one_of_ours_its_own_ancestor_is_named(
        empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours = _table(tmp_path, "Name,Kind,Parent\r\nMinistry,organization,\r\n"
                            "Bureau,organization,Ministry\r\n")
    assert main(["import", str(ours), "--db", str(empty_store.path), "--participants"]) == 0
    theirs = _table(tmp_path, "Name,Kind,Parent\r\nMinistry,organization,Bureau\r\n")
    assert main(["import", str(theirs), "--db", str(empty_store.path), "--participants"]) == 1
    assert ("actors.csv row 2, parent: would make an organisation its own ancestor (Ministry)"
            in capsys.readouterr().err)
    assert _people(empty_store) == {"Ministry": (None, None), "Bureau": ("Ministry", None)}


def _record(number: int, kind: str, name: str, **references: str) -> dict[str, str]:
    return {"id": f"00000000-0000-4000-8000-{number:012d}", "kind": kind, "name": name,
            **{key: f"00000000-0000-4000-8000-{value:012d}" for key, value in
               ((key, int(value)) for key, value in references.items())}}


def test_a_document_breaking_a_rule_is_refused_naming_each_record(empty_store: Store) -> None:
    document = {"format": "engagement-curator", "format_version": 1, "participants": [
        _record(1, "organization", "Alpha Bureau", parent="2"),
        _record(2, "organization", "Beta Office", parent="1"),
        _record(3, "person", "Zed Person", parent="4"),
        _record(4, "organization", "Gamma Centre"),
        _record(5, "person", "Kay Person", affiliation="3"),
        _record(6, "country", "Laos", affiliation="4")]}
    with pytest.raises(ValidationError) as refused:
        import_into(empty_store, document)
    assert [str(problem) for problem in refused.value.problems] == [
        "participants[0].parent: would make an organisation its own ancestor",
        "participants[1].parent: would make an organisation its own ancestor",
        "participants[2].parent: only an organisation or group has a parent",
        "participants[4].affiliation: must be an organisation or group",
        "participants[5].affiliation: only a person has an affiliation"]
    assert _people(empty_store) == {}


def test_a_table_cell_breaking_a_line_in_a_new_event_type_or_a_long_name(
        empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long_name = "Committee " * 120
    path = _table(tmp_path, "Title,Type,Participants\r\n"
                            "Opening,\"Joint\nlaunch\",NDRC\r\n"
                            f"Briefing,forum,{long_name}\r\n")
    assert main(["import", str(path), "--db", str(empty_store.path)]) == 1
    assert ("actors.csv row 3, participants: a name is longer than 1000 characters"
            in capsys.readouterr().err)
    assert main(["import", str(path), "--db", str(empty_store.path), "--skip-bad-rows"]) == 0
    with empty_store.session() as session:
        assert list(session.execute(select(Event.title, VocabularyTerm.value).join(
            VocabularyTerm, VocabularyTerm.id == Event.event_type_id))) == [
            ("Opening", "Joint launch")]
        assert "Joint launch" in session.scalars(select(VocabularyTerm.value).where(
            VocabularyTerm.vocabulary == "event_type")).all()
        assert list(session.scalars(select(Participant.name))) == ["NDRC"]


def test_the_check_finds_what_an_earlier_import_stored(
        empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    path = _table(tmp_path, "Name,Kind\r\nAlpha Bureau,organization\r\n"
                            "Beta Office,organization\r\nZed Person,person\r\n")
    assert main(["import", str(path), "--db", str(empty_store.path), "--participants"]) == 0
    with empty_store.session() as session:
        ids = {name: pid for pid, name in session.execute(
            select(Participant.id, Participant.name))}
    empty_store.close()
    with sqlite3.connect(empty_store.path) as connection:  # as an earlier version stored them
        connection.executemany("UPDATE participants SET parent_id = ? WHERE id = ?", [
            (ids["Beta Office"], ids["Alpha Bureau"]), (ids["Alpha Bureau"], ids["Beta Office"]),
            (ids["Alpha Bureau"], ids["Zed Person"])])
    capsys.readouterr()
    assert main(["check", "--db", str(empty_store.path)]) == 1
    said = capsys.readouterr()
    found = [line for line in (said.out + said.err).splitlines() if "participant " in line]
    assert len(found) == 3
    for name, problem in (("Alpha Bureau", "would make an organisation its own ancestor"),
                          ("Beta Office", "would make an organisation its own ancestor"),
                          ("Zed Person", "only an organisation or group has a parent")):
        assert any(f"participant {ids[name]} ({name}), parent: {problem}" in line
                   for line in found), found


def test_an_organisation_people_work_for_cannot_become_a_person(empty_store: Store) -> None:
    from desktop.core.operations import Operations

    ops = Operations(empty_store, "Analyst")
    ministry = ops.create_participant({"kind": "organization", "name": "Ministry"})
    (ministry_id,) = ministry.ids("participant")
    for name in ("Wang Lei", "Li Na"):
        ops.create_participant({"kind": "person", "name": name, "affiliation": ministry_id})
    with pytest.raises(ValidationError) as refused:
        ops.update_participant(ministry_id, {"kind": "person"})
    assert [str(problem) for problem in refused.value.problems] == [
        "kind: Li Na, Wang Lei have it as affiliation or parent: only an organisation or "
        "group can be one"]
    (wang_id,) = ops.create_participant({"kind": "person", "name": "Wang Yi"}).ids(
        "participant")
    with pytest.raises(ValidationError, match="parent: must be an organisation or group"):
        ops.create_participant({"kind": "organization", "name": "Office", "parent": wang_id})
    assert _people(empty_store)["Ministry"] == (None, None)


def test_a_table_row_making_one_of_ours_that_people_work_for_a_person_is_named(
        empty_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ours = _table(tmp_path, "Name,Kind,Affiliation\r\nMinistry,organization,\r\n"
                            "Wang Lei,person,Ministry\r\n")
    assert main(["import", str(ours), "--db", str(empty_store.path), "--participants"]) == 0
    theirs = _table(tmp_path, "Name,Kind,Parent\r\nMinistry,person,\r\n"
                              "Office,organization,Wang Lei\r\n")
    assert main(["import", str(theirs), "--db", str(empty_store.path), "--participants"]) == 1
    said = capsys.readouterr().err
    assert ("actors.csv row 2, kind: Wang Lei has it as affiliation or parent: only an "
            "organisation or group can be one (the row makes Ministry a person)") in said
    assert ("actors.csv row 3, parent: must be an organisation or group (Wang Lei is a "
            "person)") in said
    assert _people(empty_store) == {"Ministry": (None, None), "Wang Lei": (None, "Ministry")}


def test_merging_an_organisation_with_staff_into_a_person_says_to_merge_the_other_way(
        empty_store: Store) -> None:
    from desktop.core.operations import Operations

    ops = Operations(empty_store, "Analyst")
    (office_id,) = ops.create_participant({"kind": "organization", "name": "Wang Yi Office"}
                                          ).ids("participant")
    (wang_id,) = ops.create_participant({"kind": "person", "name": "Wang Yi"}).ids(
        "participant")
    ops.create_participant({"kind": "person", "name": "Li Na", "affiliation": office_id})
    with pytest.raises(ValidationError) as refused:
        ops.merge_participants(wang_id, office_id)
    assert str(refused.value.problems[0]) == (
        "kind: Wang Yi Office: Li Na has it as affiliation or parent: only an organisation "
        "or group can be one; merge Wang Yi into it instead")
    assert _people(empty_store)["Li Na"] == (None, "Wang Yi Office")
    ops.merge_participants(wang_id, office_id, ["kind", "name"])  # taking its kind, it can
    assert _people(empty_store)["Li Na"] == (None, "Wang Yi Office")


def test_a_new_staffer_of_one_of_ours_their_file_makes_an_organisation_is_taken(
        empty_store: Store, tmp_path: Path) -> None:
    from desktop.core.bootstrap import create_database
    from desktop.core.operations import Operations
    from tests.exchange.test_json import export

    ops = Operations(empty_store, "Analyst")
    (office_id,) = ops.create_participant({"kind": "person", "name": "Wang Yi Office"}).ids(
        "participant")
    document = export(empty_store)
    unchanged = create_database(tmp_path / "unchanged.sqlite")
    import_into(unchanged, export(empty_store))
    office = document["participants"][0]
    office["kind"] = "organization"  # their correction
    office["updated_at"] = "2099-01-01T00:00:00Z"
    document["participants"].append({**_record(7, "person", "Li Na"),
                                      "affiliation": office_id})
    import_into(empty_store, document, "theirs")
    assert _people(empty_store) == {"Wang Yi Office": (None, None),
                                    "Li Na": (None, "Wang Yi Office")}
    # Their staffer of one of ours they leave a person is refused, named.
    office["kind"] = "person"
    with pytest.raises(ValidationError) as refused:
        import_into(unchanged, document, "theirs")
    assert [str(problem) for problem in refused.value.problems] == [
        "participants[1].affiliation: must be an organisation or group"]
    unchanged.close()
