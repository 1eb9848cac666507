"""New event from text on Chinese reports of China and Angola: a government's
special envoy (特别代表) and a minister of state (国务部长) posts; who visited
"and" met (于11月访问安哥拉并会见…) met; a working exchange with one
(同…进行工作交流); a meeting (会面) where it was held; a foreigner's name
spelt in Latin letters in brackets after it (安吉拉·布拉干萨(Angela Bragança))
his alias, and "this week" (本周) no part of his name."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_an_envoy_who_visited_and_met_the_president(sample_store: Store) -> None:
    text = ("中国政府非洲事务特别代表刘豫锡于11月访问安哥拉并会见安哥拉总统若昂•洛伦索。\n\n"
            "访问期间，刘豫锡还同安哥拉外交部长泰特•安东尼奥进行工作交流。")
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("Liu Yuxi", "participant", "CN", "非洲事务特别代表"),
        ("若昂·洛伦索", "host", "AO", "总统"),
        ("泰特·安东尼奥", "participant", "AO", "部长")]


def test_a_minister_of_state_and_a_meeting_in_beijing(sample_store: Store) -> None:
    met = "中国国家副主席习近平26日在北京人民大会堂会见了安哥拉国务部长费若。"
    assert ("费若", "AO", "国务部长", "") in new_proposed(
        sample_store, met, "name", "country", "position", "affiliation")
    text = "中安政府检视合作关系\n\n中国及安哥拉政府代表周三在北京会面。"
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Beijing"


def test_a_name_spelt_after_it_in_brackets(sample_store: Store) -> None:
    text = "安哥拉外交事务合作国务秘书安吉拉·布拉干萨(Angela Bragança)本周率代表团访问中国。"
    assert new_proposed(sample_store, text, "name", "alias", "country", "position") == [
        ("安吉拉·布拉干萨", "Angela Bragança", "AO", "国务秘书")]
