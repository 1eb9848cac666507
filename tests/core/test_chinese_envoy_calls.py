"""New event from text on Chinese embassies' reports of an ambassador's first
calls: 拜会 (the one called on hosted the caller), 向…递交国书 (who received the
credentials hosted the envoy), and the posts 常务秘书 and 内阁首席部长; a
headline's note that pictures go with it ("(组图)"), no part of the title nor
of the name before it, an Australian state's governor (州督) a post, and a
visit the one met hopes to pay (期待…访问中国) no visit China hosted."""

from __future__ import annotations

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from tests.core.proposals import new_proposed, roles_proposed

_SEEN = ("name", "role", "country", "position")


def test_an_ambassador_called_on_a_minister(empty_store: Store) -> None:
    text = "3月5日，驻肯尼亚大使郭海燕拜会肯尼亚内阁首席部长兼外交部长穆达瓦迪。"
    assert new_proposed(empty_store, text, *_SEEN) == [
        ("Guo Haiyan", "participant", "CN", "驻肯尼亚大使"),
        ("穆达瓦迪", "host", "KE", "内阁首席部长兼外交部长")]


def test_credentials_presented_to_a_president(empty_store: Store) -> None:
    text = "3月5日，驻肯尼亚大使郭海燕向肯尼亚总统鲁托递交国书。"
    assert new_proposed(empty_store, text, *_SEEN) == [
        ("Guo Haiyan", "participant", "CN", "驻肯尼亚大使"), ("鲁托", "host", "KE", "总统")]


def test_a_permanent_secretary_met(empty_store: Store) -> None:
    text = "3月5日，郭海燕大使会见肯尼亚外交部常务秘书辛格伊。"
    assert new_proposed(empty_store, text, "name", "role", "country", "affiliation")[1] == (
        "辛格伊", "participant", "KE", "肯尼亚外交部")


_CALL = ("肖千大使会见南澳州州督孙芳安(组图)\n"
         "4月9日，肖千大使会见南澳州州督孙芳安，就地方交往等交换意见。\n"
         "孙芳安表示，期待4月下旬访问中国，探讨同山东、广东等地加强合作。")


def test_a_governor_met_and_a_visit_she_hopes_to_pay(sample_store: Store) -> None:
    with sample_store.session() as session:
        assert propose_event(session, _CALL).title == "肖千大使会见南澳州州督孙芳安"
    assert roles_proposed(sample_store, _CALL) == {}  # (China hosted no visit)
    assert [(position, affiliation) for position, affiliation in new_proposed(
        sample_store, _CALL, "position", "affiliation")] == [("大使", ""), ("州督", "南澳州")]
