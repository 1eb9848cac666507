"""A well-known body named by another of its names — a Chinese short name
(工信部), another English name — is our participant of it: in a colleague's
file, a spreadsheet's cell and a pasted text."""

from __future__ import annotations

from pathlib import Path

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from desktop.core.exchange.json_import import plan_import
from desktop.core.well_known_names import BODIES, other_names
from tests.core.proposals import roles_proposed
from tests.exchange.test_foreign_csv import links_read
from tests.exchange.test_json import export


def test_a_bodys_other_names_are_those_the_list_gives_it_but_those_held() -> None:
    assert other_names(["工业和信息化部", "MIIT"]) == [
        "工信部", "Ministry of Industry and Information Technology"]
    # compared folded: traditional characters, case
    assert "国家发改委" in other_names(["國家發展和改革委員會"])
    assert "国家互联网信息办公室" in other_names(["cyberspace administration of china"])
    assert other_names(["Ministry of Commerce", "商务部", "发改委"]) == []
    # 科技部 stands for China's ministry in a cell, not in a text (柬埔寨科技部)
    assert "科技部" in other_names(["科学技术部"])
    assert "科技部" not in other_names(["科学技术部"], in_text=True)
    # no name stands for two bodies
    names = [name.casefold() for body in BODIES for name in body]
    assert len(names) == len(set(names))


def test_a_colleagues_participants_named_by_a_short_name_are_matched_to_ours(
        sample_store: Store) -> None:
    document = export(sample_store)
    document["participants"] = [
        {"id": f"0d000000-0000-4000-8000-00000000000{n}", "kind": "organization",
         "name": name, "aliases": []}
        for n, name in enumerate(["工信部", "Cyberspace Administration of China", "中科院",
                                  "广东省发改委"], start=1)]
    document["events"] = []
    document["not_duplicates"] = []
    with sample_store.session() as session:
        plan = plan_import(session, document)
    assert [match.describe() for match in plan.name_matches] == [
        "Cyberspace Administration of China  →  State Internet Information Office",
        "中科院  →  Chinese Academy of Sciences",
        "工信部  →  Ministry of Industry and Information Technology"]


def test_a_spreadsheets_cells_of_short_names_link_our_participants(
        sample_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "活动.csv"
    path.write_text("活动名称,日期,主办单位,参与方\r\n"
                    "人工智能论坛,2025年9月18日,国家发改委,工信部；科技部；中国科协\r\n",
                    encoding="utf-8")
    assert links_read(sample_store, path)[1] == [
        ("Ministry of Industry and Information Technology", None),
        ("Ministry of Science and Technology", None),
        ("Chinese Association for Science and Technology", None),
        ("National Development and Reform Commission", "host")]


def test_a_pasted_text_names_our_participants_by_their_short_names(
        sample_store: Store) -> None:
    text = ("2025年9月18日，由工信部和国家发改委共同主办的人工智能合作论坛在南宁举行，"
            "国家网信办、中科院代表出席。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert [name for _pid, name, _native in proposal.participants] == [
        "Ministry of Industry and Information Technology",
        "National Development and Reform Commission", "State Internet Information Office",
        "Chinese Academy of Sciences"]
    # (国家网信办、中科院代表出席: their representatives attended)
    assert roles_proposed(sample_store, text) == {
        "Ministry of Industry and Information Technology": "co-host",
        "National Development and Reform Commission": "co-host",
        "State Internet Information Office": "attendee",
        "Chinese Academy of Sciences": "attendee"}
    assert roles_proposed(sample_store, "The Cyberspace Administration of China hosted a "
                                         "seminar in Beijing on 3 May 2025.") == {
        "State Internet Information Office": "host"}
    # another country's ministry of science is not China's
    assert roles_proposed(sample_store, "老挝与柬埔寨科技部共同主办论坛。") == {"Laos": "co-host"}
