"""New event from text on Chinese reports of a foreign minister's meetings and
visits: 王毅，在北京會見…英國外相林德偉 (who met, named before the comma; 外相 a
post), …与…拜登，当地时间…在利马举行…会晤 (the sides before when and where), and
应A、B、C邀请，王毅将于…对南非进行正式访问 (three inviters host; the visitor before
对 takes part)."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed, roles_proposed


def test_a_minister_named_before_a_comma_who_met_a_foreign_secretary(
        sample_store: Store) -> None:
    text = "中共中央政治局委員、外交部長王毅，在北京會見訪華的英國外相林德偉。"
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert new_proposed(sample_store, text, "name", "role", "country", "position") == [
        ("林德偉", "participant", "GB", "外相")]


def test_two_presidents_named_before_when_and_where_they_met(sample_store: Store) -> None:
    text = "国家主席习近平与美国总统拜登，当地时间11月16日在利马举行APEC峰会场边会晤。"
    assert new_proposed(sample_store, text, "name", "role", "country") == [
        ("Xi Jinping", "participant", ""), ("拜登", "participant", "US")]


def test_three_ministers_invited_a_visit(sample_store: Store) -> None:
    text = ("应南非国际关系与合作部长潘多尔、法国欧洲和外交部长勒德里昂、瑞士外交部长卡西斯邀请，"
            "国务委员兼外交部长王毅将于10月17日至23日对南非进行正式访问。")
    assert roles_proposed(sample_store, text) == {"Wang Yi": "participant"}
    assert [(name, country) for name, role, country in new_proposed(
        sample_store, text, "name", "role", "country") if role == "host"] == [
        ("潘多尔", "ZA"), ("勒德里昂", "FR"), ("卡西斯", "CH"), ("South Africa", "ZA")]
