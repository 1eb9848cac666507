"""New event from text on Chinese reports of diplomats' tours of provinces:
an activity named in quotation marks before 由…主办 (whose name is no part
of the host's), two leaders a comma apart who 分别会见 the envoys (each
of them met them), and one of a province's leaders (省领导张新)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed


def test_an_activity_in_quotation_marks_held_by_a_department(sample_store: Store) -> None:
    text = "“驻华使节地方行”系列活动由外交部外事管理司主办。"
    assert new_proposed(sample_store, text, "name", "role") == [("外交部外事管理司", "host")]


def test_two_leaders_a_comma_apart_who_each_met_the_envoys(sample_store: Store) -> None:
    text = "浙江省委书记、省人大常委会主任易炼红，江苏省副省长方伟分别会见使节团。"
    assert new_proposed(sample_store, text, "name", "role") == [
        ("Yi Lianhong", "participant"), ("Fang Wei", "participant")]


def test_a_provincial_leader_who_attended_the_meeting(sample_store: Store) -> None:
    text = ("7月24日，省长王伟中在广州会见乌克兰外长库列巴一行。"
            "省领导张新参加会见。")
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Wang Weizhong", "participant", ""), ("库列巴", "participant", "UA"),
        ("Zhang Xin", "attendee", "")]
