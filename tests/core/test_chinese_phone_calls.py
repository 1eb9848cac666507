"""New event from text on Chinese reports of calls between ministers: those
on either side of 通电话 (a phone call) or 视频通话 (a video call) took part."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_a_phone_call_between_two_foreign_ministers(sample_store: Store) -> None:
    text = "新华社北京3月5日电 国务委员兼外长王毅5日同俄罗斯外长拉夫罗夫通电话。"
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("拉夫罗夫", "participant", "RU")]


def test_a_video_call(empty_store: Store) -> None:
    text = "5日，商务部部长王文涛与泰国商业部部长普坦举行视频通话。"
    assert new_proposed(empty_store, text, "name", "role", "country") == [
        ("Wang Wentao", "participant", ""), ("普坦", "participant", "TH")]
