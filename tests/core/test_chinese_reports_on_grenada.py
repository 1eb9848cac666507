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
