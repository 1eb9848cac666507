"""New event from text on Chinese embassies' reports of an ambassador's first
calls: 拜会 (the one called on hosted the caller), 向…递交国书 (who received the
credentials hosted the envoy), and the posts 常务秘书 and 内阁首席部长."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed

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
