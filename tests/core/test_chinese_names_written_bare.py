"""New event from text on Chinese reports naming an official bare, without a
post: 尹力会见了… (who met), 王毅同吴江浩举行会谈 (both sides) — a person, named
in pinyin with the name as written; not one called by a post (李大使), nor a
company or a place named bare."""

from __future__ import annotations

from desktop.core import place_countries
from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_who_met_named_bare(empty_store: Store) -> None:
    text = "2023年5月6日，尹力会见了新加坡驻华大使陈海泉。"
    assert new_proposed(empty_store, text, "name", "native_name", "role", "country") == [
        ("Yin Li", "尹力", "participant", ""), ("陈海泉", "", "participant", "SG")]


def test_who_met_named_bare_after_a_day_and_a_town(empty_store: Store) -> None:
    text = "新华社北京5月6日电 尹力6日在北京会见了新加坡驻华大使陈海泉一行。"
    assert [name for name, in new_proposed(empty_store, text, "name")] == ["Yin Li", "陈海泉"]


def test_the_other_side_of_talks_named_bare(sample_store: Store) -> None:
    text = "5月6日，王毅同吴江浩举行会谈。"
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "native_name", "role") == [
        ("Wu Jianghao", "吴江浩", "participant")]


def test_one_called_by_a_post_or_a_place_is_no_name(empty_store: Store) -> None:
    place_countries.prepare()
    assert new_proposed(empty_store, "李大使会见了法国驻华大使白林。", "name") == [("白林",)]
    assert new_proposed(empty_store, "苏州会见了法国驻华大使白林。", "name") == [("白林",)]
