"""New event from text on Chinese reports of governors' exchanges with Japanese
prefectures and Hong Kong: 以…为团长的…代表团 (who led it stood for it), a
parliament's 议会议长 no conference, 和歌山县 a prefecture (its 和 no "and"),
those named again bare who witnessed a signing (黄华华和石井隆一见证了A与B签署),
a visitor before 到访, 率团访问, and Hong Kong's chief executive (行政长官), whose
name pinyin does not spell (李家超, 林郑月娥 kept as written)."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed

_SEEN = ("name", "role", "country", "position")


def test_a_delegation_led_by_a_prefectures_speaker(empty_store: Store) -> None:
    text = ("29日，副省长孙永波在哈尔滨会见了以日本新潟县议会议长早川吉秀为团长的"
            "日本新潟县议会代表团一行。")
    with empty_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.event_type == ""  # (议会议长: no 会议)
    assert [(new.native_name or new.name, new.role, new.country) for new in
            proposal.new_names] == [("孙永波", "participant", ""),
                                     ("早川吉秀", "representative", "JP")]


def test_who_met_then_witnessed_two_bodies_sign(empty_store: Store) -> None:
    text = ("10日，广东省长黄华华会见了日本富山县知事石井隆一一行。"
            "随后，黄华华和石井隆一见证了省旅游局与富山县观光地域振兴局签署《旅游合作与交流协议》。")
    assert new_proposed(empty_store, text, "name", "role") == [
        ("Huang Huahua", "witness"), ("石井隆一", "witness"), ("省旅游局", "signatory"),
        ("富山县观光地域振兴局", "signatory")]


def test_wakayama_is_a_prefecture(empty_store: Store) -> None:
    text = ("1月26日，签约仪式通过视频连线方式举行。省委副书记、省长黄强，日本和歌山县知事仁坂吉伸"
            "分别代表双方签署协议。省委常委、副省长李云泽，和歌山县副知事下宏出席签约仪式。")
    assert [(name, role, affiliation) for name, role, affiliation in new_proposed(
        empty_store, text, "name", "role", "affiliation") if role == "attendee"] == [
        ("Li Yunze", "attendee", "省委"), ("下宏", "attendee", "和歌山县")]


def test_a_governor_visiting_a_secretariat(empty_store: Store) -> None:
    text = "4月27日，湖南省省长许达哲一行到访中葡论坛常设秘书处，双方进行了交流。"
    assert new_proposed(empty_store, text, *_SEEN) == [
        ("Xu Dazhe", "participant", "CN", "省长"), ("中葡论坛常设秘书处", "host", "", "")]


def test_hong_kongs_chief_executive_kept_as_written(empty_store: Store) -> None:
    text = ("8月21日到24日，省委副书记、省长尹力率团访问香港。24日上午，尹力会见了香港特区"
            "行政长官林郑月娥。")
    assert new_proposed(empty_store, text, *_SEEN) == [
        ("Yin Li", "representative", "", "副书记、省长"), ("Hong Kong", "host", "HK", ""),
        ("林郑月娥", "participant", "HK", "行政长官")]
    assert new_proposed(empty_store, "省长尹力会见了香港特区行政长官李家超。", *_SEEN)[1] == (
        "李家超", "participant", "HK", "行政长官")
