"""New event from text on Chinese reports on Grenada: a memorandum "on
jointly building" the Belt and Road (签署共建“一带一路”谅解备忘录) no sign that
those who signed it built something together (no body 格林纳达签署 nor 格中签署);
a capital named with its country (格林纳达首都圣乔治) of that country."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed


def test_a_belt_and_road_memorandum_signed_in_a_capital(sample_store: Store) -> None:
    text = ("中国与格林纳达签署共建“一带一路”谅解备忘录\n\n"
            "19日，中国驻格林纳达大使赵永琛与格林纳达外交部长彼得·戴维分别代表两国政府在格林纳达首都"
            "圣乔治签署共建“一带一路”谅解备忘录。\n\n"
            "戴维表示，格中签署共建“一带一路”谅解备忘录，是两国关系的里程碑。")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == ("圣乔治", "GD")
    assert [name for name, in new_proposed(sample_store, text, "name")] == [
        "Grenada", "Zhao Yongchen", "彼得·戴维"]


def test_a_prime_minister_after_his_countrys_short_form(sample_store: Store) -> None:
    text = ("韦宏添大使出席格林纳达社区项目移交仪式\n\n"
            "2022年6月14日，中国驻格林纳达使馆资助建设的社区项目举行交接仪式，韦宏添大使、格总理米切尔"
            "等40余人出席。")
    # (of Grenada, named as written: a foreigner's name, not read in pinyin)
    assert ("米切尔", "", "GD", "总理") in new_proposed(sample_store, text, "name", "native_name",
                                                        "country", "position")
