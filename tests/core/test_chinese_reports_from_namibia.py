"""New event from text on Chinese reports from Namibia: Windhoek (温得和克),
a town whose name holds 和, where a signing or a meeting was; a document
named with its parties, a republic's 和 no "and" and a ministry of three
portfolios one name (纳米比亚共和国农业、水利与林业部); 中国政府, for which
an ambassador signed, China; and a Namibian named after his party's post and
a minister's, his name kept as written (沙宁瓦), not in pinyin."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed


def test_a_town_whose_name_holds_he_is_where_it_was_held(sample_store: Store) -> None:
    place_countries.prepare()
    signed = "中国和纳米比亚25日在纳米比亚首都温得和克签署经济技术合作协定。"
    met = "农业部副部长屈冬玉在温得和克会见纳米比亚农业部长穆托瓦。"
    with sample_store.session() as session:
        assert [(found.place, found.country) for found in (
            propose_event(session, signed), propose_event(session, met))] == [
            ("温得和克", "NA"), ("温得和克", "NA")]
    # (two towns joined by 和 are two, the first where it was held, the towns read or not)
    two = "论坛以视频方式在北京和万象举行。"
    with sample_store.session() as session:
        assert propose_event(session, two).place == "Beijing"  # (as our events write it)


def test_the_parties_a_documents_name_gives(sample_store: Store) -> None:
    text = ("会见后,双方签署了《中华人民共和国农业部和纳米比亚共和国农业、水利与林业部关于加强"
            "南南合作的谅解备忘录》。")
    assert new_proposed(sample_store, text, "name", "kind", "role", "country") == [
        ("中华人民共和国农业部", "organization", "signatory", "CN"),
        ("纳米比亚共和国农业、水利与林业部", "organization", "signatory", "NA")]


def test_the_chinese_government_an_ambassador_signed_for_is_china(
        sample_store: Store) -> None:
    text = ("11月25日上午,张益明大使代表中国政府与纳米比亚国家计划委员会主任奥贝斯·坎乔泽共同"
            "签署经济技术合作协定。")
    assert roles_proposed(sample_store, text) == {"China": "signatory"}
    assert "中国政府" not in [name for name, in new_proposed(sample_store, text, "name")]


def test_a_namibians_second_post_after_his_partys_keeps_his_name_as_written(
        sample_store: Store) -> None:
    text = "屈冬玉还应邀会见纳米比亚人组党总书记、城乡发展部部长沙宁瓦。"
    assert new_proposed(sample_store, text, "name", "country", "position") == [
        ("沙宁瓦", "NA", "部长")]
