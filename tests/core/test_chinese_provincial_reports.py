"""New event from text on Chinese reports of provinces' signings and forums: a
people's congress's standing committee (省人大常委会主任, no "会主任"), a
party committee before its post (省委书记) naming no one, a governor of a
foreign state (南澳州州长) and a director-general (总署长) kept in the
characters the text writes them, an ASCII comma ending the clause after 出席,
a venue's long name after 在 left off who signed, and 中央人民政府 being of no
region (not Iran's Markazi, 中央省)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_an_attendee_and_two_speakers_a_latin_comma_apart(sample_store: Store) -> None:
    text = ("4月25日,首届山东省—南澳州合作发展论坛在济南举行。省委书记、省人大常委会主任姜异康出席,"
            "澳大利亚南澳州州长魏杰,副省长夏耕出席并致辞。")
    assert new_proposed(sample_store, text, "name", "role", "country", "position",
                        "affiliation") == [
        ("Jiang Yikang", "attendee", "", "主任", "省人大常委会"),
        ("魏杰", "speaker", "AU", "州长", ""),
        ("Xia Geng", "speaker", "", "副省长", "")]


def test_signatories_at_a_long_venue_and_witnesses_of_central_bodies(
        sample_store: Store) -> None:
    text = ("6月29日下午,中葡论坛常设秘书处与福建省商务厅在澳门中国与葡语国家商贸合作服务平台综合体"
            "新闻中心签署了经贸合作协议。\n"
            "福建省委书记周祖翼、中央人民政府驻澳门特别行政区联络办公室主任郑新聪见证签署仪式。")
    assert roles_proposed(sample_store, text) == {}  # (China, of the venue's name, signed nothing)
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("中葡论坛常设秘书处", "signatory", ""), ("福建省商务厅", "signatory", "CN"),
        ("Zhou Zuyi", "witness", "CN"), ("Zheng Xincong", "witness", "")]


def test_a_governor_signed_with_foreign_heads_of_provinces(sample_store: Store) -> None:
    text = ("海南省省长沈晓明分别与克罗地亚扎达尔省省长波茨达·隆金、芬兰北芬兰区管理署总署长"
            "泰尔图·萨沃莱宁签约。")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Shen Xiaoming", "signatory", "CN", "省长"),
        ("波茨达·隆金", "signatory", "HR", "省长"),
        ("泰尔图·萨沃莱宁", "signatory", "FI", "总署长")]
