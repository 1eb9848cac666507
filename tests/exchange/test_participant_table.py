"""A table of participants (a list of organisations and people with their
Chinese names) imported: new ones added, known ones enriched, both merged."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop.cli import main
from desktop.core.db import Store, open_store
from desktop.core.exchange.json_import import apply_import
from desktop.core.exchange.participant_table import (
    ParticipantTableSource,
    guess_mapping,
    looks_like_participants,
    read_participant_table,
)
from desktop.core.models import Participant
from desktop.core.operations import Operations

TABLE = (
    "名称,中文名,简称,国家,上级单位,职务,机构类型\r\n"
    # known by its alias (NDRC): its empty cells leave ours as they are
    "NDRC,,发改委,,,,\r\n"
    # new, under a known parent named in traditional characters
    "Department of High-Tech Industry,高技术产业司,,CN,國家發展和改革委員會,,政府\r\n"
    # new, under an organisation the table gives further down
    "Wang Lei,王磊,,CN,,Director,\r\n"
    "Beijing AI Institute,北京人工智能研究院,BAAI,China,,,research institute\r\n"
    "Bad country,,,Atlantis,,,\r\n"
    ",,,,,,\r\n"  # a blank row: passed over
    "Lab of the institute,,,CN,Beijing AI Institute,,\r\n"
)


def _table(tmp_path: Path, text: str = TABLE) -> Path:
    path = tmp_path / "actors.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _participant(store: Store, name: str) -> Participant:
    with store.session() as session:
        found = session.scalars(select(Participant).where(Participant.name == name)).one()
        session.expunge(found)
        return found


def test_headers_in_english_or_chinese_tell_a_table_of_participants() -> None:
    assert guess_mapping(["名称", "中文名", "简称", "国家", "上级单位"]) == {
        "name": "名称", "native_name": "中文名", "aliases": "简称", "country": "国家",
        "parent": "上级单位"}
    assert looks_like_participants(["Name", "Chinese name", "Country"])
    assert not looks_like_participants(["Title", "Date", "Place"])
    # an events table whose first column is called "Name" is still events
    assert not looks_like_participants(["Name", "Date", "Type"])


def test_a_chinese_list_of_people_or_bodies_names_them_in_english_first() -> None:
    """Its Chinese name column (姓名, 机构名称) before its English one (英文名):
    the name is the English, the native name the Chinese."""
    assert guess_mapping(["姓名", "英文名", "单位", "职务", "国籍"]) == {
        "name": "英文名", "native_name": "姓名", "affiliation": "单位", "position": "职务",
        "country": "国籍"}
    bodies = ["机构名称", "英文名称", "缩写", "所属国家", "上级机构"]
    assert looks_like_participants(bodies)
    assert guess_mapping(bodies) == {
        "name": "英文名称", "native_name": "机构名称", "aliases": "缩写",
        "country": "所属国家", "parent": "上级机构"}
    # alone, the Chinese name is the name
    assert guess_mapping(["姓名", "职务"]) == {"name": "姓名", "position": "职务"}


def test_new_participants_are_added_and_known_ones_enriched(sample_store: Store,
                                                            tmp_path: Path) -> None:
    path = _table(tmp_path)
    with sample_store.session() as session:
        rows = read_participant_table(session, path, None, set())
    assert [str(p) for p in rows.problems] == [
        "actors.csv row 6, country: 'Atlantis' is not an ISO 3166 country code or name"]
    assert list(rows.matches) == ["NDRC"]
    assert rows.describe() == ("5 participants can be read: 4 new, 1 of ours (their filled "
                               "cells change ours)")
    with sample_store.session() as session:
        plan = ParticipantTableSource(session, path).plan()
    assert (plan.new_participants, len(plan.conflicts)) == (4, 1)
    (conflict, _record), = plan.conflicts
    assert {name for name, _, _ in conflict.fields} == {"aliases"}
    apply_import(Operations(sample_store, "Importer"), plan, "theirs")

    ndrc = _participant(sample_store, "National Development and Reform Commission")
    assert ndrc.native_name == "国家发展和改革委员会" and ndrc.country == "CN"  # kept
    with sample_store.session() as session:
        from desktop.core.models import ParticipantAlias

        aliases = session.scalars(select(ParticipantAlias.alias).where(
            ParticipantAlias.participant_id == ndrc.id).order_by(
                ParticipantAlias.sort_order)).all()
    assert aliases == ["国家发展改革委", "NDRC", "发改委"]
    department = _participant(sample_store, "Department of High-Tech Industry")
    assert (department.kind, department.native_name, department.parent_id) == (
        "organization", "高技术产业司", ndrc.id)
    wang = _participant(sample_store, "Wang Lei")
    assert (wang.kind, wang.position, wang.native_name) == ("person", "Director", "王磊")
    institute = _participant(sample_store, "Beijing AI Institute")
    assert institute.kind == "organization" and institute.country == "CN"
    assert _participant(sample_store, "Lab of the institute").parent_id == institute.id
    with sample_store.session() as session:
        from desktop.core.models import VocabularyTerm

        org_types = set(session.scalars(select(VocabularyTerm.value).where(
            VocabularyTerm.vocabulary == "org_type")))
    assert "research institute" in org_types  # a new organisation type is added


def test_a_chinese_lists_kinds_of_body_are_our_organisation_types(
        sample_store: Store, tmp_path: Path) -> None:
    """科研机构, 央企, 社会组织 and the like are the types we keep, not new ones."""
    from desktop.core.models import VocabularyTerm

    path = _table(tmp_path, "机构名称,英文名称,机构类型\r\n"
                            "中国信息通信研究院,CAICT,科研机构\r\n"
                            "中国电信,China Telecom,央企\r\n"
                            "中国人工智能产业发展联盟,AIIA,行业协会\r\n"
                            "某民营企业,Some Company,民营企业\r\n")
    with sample_store.session() as session:
        before = set(session.scalars(select(VocabularyTerm.value).where(
            VocabularyTerm.vocabulary == "org_type")))
        plan = ParticipantTableSource(session, path).plan()
    apply_import(Operations(sample_store, "Importer"), plan, "fail")
    with sample_store.session() as session:
        types = dict(session.execute(
            select(Participant.name, VocabularyTerm.value)
            .join(VocabularyTerm, VocabularyTerm.id == Participant.org_type_id)
            .where(Participant.name.in_(["CAICT", "China Telecom", "AIIA", "Some Company"])))
            .all())
        after = set(session.scalars(select(VocabularyTerm.value).where(
            VocabularyTerm.vocabulary == "org_type")))
    assert types == {"CAICT": "academic", "China Telecom": "state-owned enterprise",
                     "AIIA": "NGO", "Some Company": "company"}
    assert after == before


def test_a_refused_match_makes_the_row_a_new_participant(sample_store: Store,
                                                         tmp_path: Path) -> None:
    path = _table(tmp_path, "Name,Aliases\r\nNDRC,National Defence Research Council\r\n")
    with sample_store.session() as session:
        plan = ParticipantTableSource(session, path, refused_matches={"NDRC"}).plan()
    assert (plan.new_participants, len(plan.conflicts), plan.unchanged) == (1, 0, 0)


def test_two_rows_giving_one_participant_and_unknown_parents_are_named(
        sample_store: Store, tmp_path: Path) -> None:
    path = _table(tmp_path, "Name,Chinese name,Parent\r\n"
                            "MIIT,,\r\n"
                            "Ministry of Industry and Information Technology,,\r\n"
                            "Bureau,,Ministry of Magic\r\n")
    with sample_store.session() as session:
        rows = read_participant_table(session, path, None, set())
    assert [str(p) for p in rows.problems] == [
        "actors.csv row 3, name: gives the same participant as actors.csv row 2",
        "actors.csv row 4, parent: no participant here or in the table is named Ministry "
        "of Magic"]


def test_a_row_with_cells_past_the_header_is_named_and_left_out(sample_store: Store,
                                                                tmp_path: Path) -> None:
    path = _table(tmp_path, "Name,Country\r\n"
                            "Ministry of Commerce, PRC,CN\r\n"
                            "Wang Lei,CN,,\r\n")
    with sample_store.session() as session:
        rows = read_participant_table(session, path, None, set())
    assert [str(p) for p in rows.problems] == [
        "actors.csv row 2: has cells past the last of the header row's 2 columns (“CN”): "
        "a cell holding the separator needs quotes around it"]
    assert [p["name"] for p in rows.participants] == ["Wang Lei"]


def test_a_workbook_of_participants_is_imported_from_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Native name", "Kind", "Country"])
    sheet.append(["Zhipu AI", "智谱", "organisation", "CN"])
    sheet.append(["BRICS", "金砖国家", "团体", ""])
    book.save(tmp_path / "actors.xlsx")
    db = tmp_path / "db.sqlite"
    assert main(["init", "--db", str(db)]) == 0
    assert main(["import", str(tmp_path / "actors.xlsx"), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "a table of participants" in out and "0 new events, 2 new participants" in out
    store = open_store(db)
    with store.session() as session:
        kinds = {name: kind for name, kind in session.execute(
            select(Participant.name, Participant.kind))}
    store.close()
    assert kinds == {"Zhipu AI": "organization", "BRICS": "group"}


def test_the_participants_table_round_trips_and_an_edited_copy_merges_by_id(
        sample_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "participants.xlsx"
    assert main(["export", str(target), "--participants", "--db",
                 str(sample_store.path)]) == 0
    assert "Wrote 55 participants" in capsys.readouterr().out
    book = load_workbook(target)
    sheet = book["Participants"]
    header = [cell.value for cell in sheet[1]]
    assert header[:4] == ["id", "name", "native_name", "aliases"]
    by_name = {row[1]: dict(zip(header, row, strict=True))
               for row in sheet.iter_rows(min_row=2, values_only=True)}
    donghao = by_name["Donghao Lansheng Group"]
    assert donghao["parent"] == "Shanghai State-owned Assets Supervision and Administration "\
        "Commission"  # by name, as a reader expects
    assert by_name["National Development and Reform Commission"]["aliases"] == (
        "国家发展改革委; NDRC")
    assert isinstance(donghao["events"], int) and donghao["events"] >= 1
    with sample_store.session() as session:
        plan = ParticipantTableSource(session, target).plan()
    assert (plan.unchanged, len(plan.conflicts), plan.new_participants) == (55, 0, 0)
    # a colleague corrects a position and adds an alias, in Excel
    for row in sheet.iter_rows(min_row=2):
        if row[1].value == "Li Qiang":
            row[header.index("position")].value = "Premier of the State Council"
            row[header.index("aliases")].value = "李強; Premier Li"
    book.save(target)
    with sample_store.session() as session:
        plan = ParticipantTableSource(session, target).plan()
    assert [{name for name, _, _ in conflict.fields} for conflict, _ in plan.conflicts] == [
        {"position", "aliases"}]
    assert plan.unchanged == 54


def test_the_participants_of_some_events_are_exported_as_csv(
        sample_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "brazil.csv"
    assert main(["export", str(target), "--participants", "--country", "BR", "--db",
                 str(sample_store.path)]) == 0
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("id,name,native_name,aliases,kind,country,country_name,")
    assert "Civil Affairs Office of the Presidency (Brazil)" in text and "Sberbank" not in text
    assert main(["export", str(tmp_path / "x.json"), "--participants", "--db",
                 str(sample_store.path)]) == 1
    assert "written as .xlsx or .csv" in capsys.readouterr().err


def test_the_command_line_maps_a_table_of_participants_it_is_told_of(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _table(tmp_path, "Who,Chinese\r\nWang Lei,王磊\r\n")
    db = tmp_path / "db.sqlite"
    assert main(["init", "--db", str(db)]) == 0
    assert main(["import", str(path), "--db", str(db), "--participants",
                 "--map", "name=Who", "--map", "title=Chinese"]) == 1
    assert "'title=Chinese' is not FIELD=COLUMN with FIELD one of id, name" in (
        capsys.readouterr().err)
    assert main(["import", str(path), "--db", str(db), "--participants",
                 "--map", "name=Who", "--map", "native_name=Chinese"]) == 0
    store = open_store(db)
    with store.session() as session:
        found = session.scalars(select(Participant)).one()
        assert (found.name, found.native_name, found.kind) == ("Wang Lei", "王磊", "person")
    store.close()


def test_namesakes_come_back_as_themselves_their_references_by_id(
        ops: Operations, tmp_path: Path) -> None:
    import io

    from desktop.core.exchange.participant_export import write_participants_table

    (china,) = ops.create_participant({"kind": "organization", "name": "Ministry of Finance",
                                       "country": "CN"}).ids("participant")
    (laos,) = ops.create_participant({"kind": "organization", "name": "Ministry of Finance",
                                      "country": "LA"}).ids("participant")
    ops.create_participant({"kind": "organization", "name": "Treasury Department",
                            "parent": laos})
    out = io.BytesIO()
    with ops.store.session() as session:
        ids = list(session.scalars(select(Participant.id)))
        write_participants_table(session, out, ids, workbook=False)
    table = tmp_path / "participants.csv"
    table.write_bytes(out.getvalue())
    lines = table.read_text(encoding="utf-8-sig").splitlines()
    treasury = next(line for line in lines if line.split(",")[1] == "Treasury Department")
    assert f",{laos}," in treasury  # the parent's name is shared: its id is written
    with ops.store.session() as session:
        plan = ParticipantTableSource(session, table).plan()
    assert (plan.unchanged, len(plan.conflicts), plan.new_participants) == (3, 0, 0)
    assert china != laos


def test_our_table_back_from_a_western_excel_keeps_the_names_it_could_not_hold(
        sample_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Saved as plain "CSV" in Windows-1252, every Chinese name is "?"s: not
    an edit.  An affiliation "?????" is ours, not the first participant of
    five Chinese characters; a real edit beside them still comes back."""
    import csv

    from desktop.core.exchange.csv_table import use_encoding

    ops = Operations(sample_store, "Analyst")
    group = _participant(sample_store, "China International Communications Group")
    ops.update_participant(group.id, {"name": "中国外文局"})
    target = tmp_path / "participants.csv"
    assert main(["export", str(target), "--participants", "--db",
                 str(sample_store.path)]) == 0
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    du = next(row for row in rows if row["name"] == "Du Zhanyuan")
    assert du["affiliation"] == "中国外文局"
    du["position"] = "President (until 2025)"
    native = sum(1 for row in rows if row["native_name"]
                 and row["native_name"].encode("cp1252", "replace") != row["native_name"].encode(
                     "cp1252", "ignore"))
    with target.open("w", encoding="cp1252", errors="replace", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert ",Du Zhanyuan,???," in target.read_text(encoding="cp1252")
    use_encoding(target, "cp1252")
    with sample_store.session() as session:
        plan = ParticipantTableSource(session, target).plan()
    assert [(conflict.record_id, {name for name, _, _ in conflict.fields})
            for conflict, _ in plan.conflicts] == [(du["id"], {"position"})]
    assert plan.new_participants == 0
    [note] = plan.notes
    assert note.startswith("Kept as they are here: affiliation (1 participant), aliases (")
    assert f"name (1 participant), native name ({native} participants)." in note
