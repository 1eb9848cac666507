"""New event from text on who met, named with a post after a comma ("Park Jin,
the South Korean foreign minister, met …", "Antony Blinken, the US Secretary of
State, met …") or before their name ("The Chinese Foreign Minister, Qin Gang,
met …"), after a dateline too; peoples of two words ("South African
President …"); and a Chinese report whose dateline's day is followed by a dash."""

from __future__ import annotations

from desktop.core.db import Store
from tests.core.proposals import new_proposed

_SEEN = ("name", "role", "country", "position")


def test_a_minister_named_before_his_post_and_who_he_met(empty_store: Store) -> None:
    text = ("Seoul, 12 March 2023 - Park Jin, the South Korean foreign minister, met his "
            "Japanese counterpart Yoshimasa Hayashi in Seoul on Sunday.")
    assert new_proposed(empty_store, text, *_SEEN) == [
        ("Park Jin", "participant", "KR", "foreign minister"),
        ("Yoshimasa Hayashi", "participant", "JP", "")]


def test_a_secretary_of_state_of_the_us(empty_store: Store) -> None:
    text = "Antony Blinken, the US Secretary of State, met Wang Yi in Washington on Friday."
    assert new_proposed(empty_store, text, *_SEEN) == [
        ("Antony Blinken", "participant", "US", "Secretary of State"),
        ("Wang Yi", "participant", "", "")]


def test_a_post_whose_country_is_named_with_its_s(empty_store: Store) -> None:
    text = "Yoko Kamikawa, Japan's Foreign Minister, held talks with Wang Yi in Beijing."
    assert new_proposed(empty_store, text, *_SEEN)[0] == (
        "Yoko Kamikawa", "participant", "JP", "Foreign Minister")


def test_a_post_named_before_its_holder(empty_store: Store) -> None:
    text = ("Seoul, 12 March 2023 - The Chinese Foreign Minister, Qin Gang, met Park Jin "
            "in Seoul on Sunday.")
    assert new_proposed(empty_store, text, *_SEEN) == [
        ("Qin Gang", "participant", "CN", "Foreign Minister"),
        ("Park Jin", "participant", "", "")]


def test_a_time_before_the_name_is_no_post(empty_store: Store) -> None:
    text = "On Sunday, Zhang Ming met Qin Gang in Beijing."
    assert new_proposed(empty_store, text, *_SEEN) == [
        ("Zhang Ming", "participant", "", ""), ("Qin Gang", "participant", "", "")]


def test_a_people_of_two_words(empty_store: Store) -> None:
    text = "South African President Cyril Ramaphosa met Wang Yi in Pretoria on Monday."
    assert new_proposed(empty_store, text, "name", "country", "position", "affiliation")[0] == (
        "Cyril Ramaphosa", "ZA", "President", "")


def test_a_chinese_report_whose_day_is_followed_by_a_dash(empty_store: Store) -> None:
    text = "北京，2024年5月6日 — 商务部部长王文涛会见了越南工贸部部长阮鸿延。"
    assert new_proposed(empty_store, text, "name", "role", "position", "affiliation") == [
        ("Wang Wentao", "participant", "部长", "商务部"),
        ("阮鸿延", "participant", "部长", "越南工贸部")]
