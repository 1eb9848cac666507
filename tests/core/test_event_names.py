"""New event from text: with no headline line, the name the text gives the
event it reports is its title."""

from __future__ import annotations

import pytest

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from desktop.core.event_names import event_name


@pytest.mark.parametrize(("text", "name"), [
    ("The 2025 China-ASEAN Digital Ministers' Forum opened in Nanning on September 18.",
     "2025 China-ASEAN Digital Ministers' Forum"),
    ("The 8th World Artificial Intelligence Conference (WAIC 2025) opened in Shanghai.",
     "8th World Artificial Intelligence Conference"),
    ("On 3 May 2025, the China-Laos Digital Economy Forum was held in Vientiane.",
     "China-Laos Digital Economy Forum"),
    ("2025年4月10日，中国—上海合作组织人工智能合作论坛在天津开幕。",
     "中国—上海合作组织人工智能合作论坛"),
    ("第二届中国—中亚峰会于2025年6月17日在阿斯塔纳举行。", "第二届中国—中亚峰会"),
    ("中老数字经济合作论坛3日在万象举行。", "中老数字经济合作论坛"),
    ("2025年世界人工智能大会7月26日在上海开幕。", "2025年世界人工智能大会"),
    # (its theme before it, no part of its name)
    ("以“开放合作·互利共赢”为主题的2024四川国际友城合作与发展大会12日在成都启幕。",
     "2024四川国际友城合作与发展大会"),
])
def test_the_name_the_first_sentence_gives_its_event(text: str, name: str) -> None:
    assert event_name(text) == name


@pytest.mark.parametrize("text", [
    "Officials discussed the Belt and Road Forum in Beijing on May 3, 2025.",
    "China and Laos signed a memorandum on AI in Vientiane.",
    "外交部发言人介绍了论坛的情况。",
    "",
])
def test_a_sentence_not_about_a_named_event_gives_no_name(text: str) -> None:
    assert event_name(text) == ""


def test_a_text_without_headline_is_titled_by_its_events_name(sample_store: Store) -> None:
    with sample_store.session() as session:
        english = propose_event(session, "The 2025 China-ASEAN Digital Ministers' Forum "
                                          "opened in Nanning on September 18, 2025.")
        chinese = propose_event(session,
                                "2025年4月10日，中国—上海合作组织人工智能合作论坛在天津开幕。")
        headed = propose_event(session, "Forum opens in Nanning\n\nThe 2025 China-ASEAN "
                                        "Digital Ministers' Forum opened on September 18.")
    assert (english.title, english.native_title, english.title_is_name) == (
        "2025 China-ASEAN Digital Ministers' Forum", "", True)
    # in Chinese, the native title too, as a Chinese headline is
    assert (chinese.title, chinese.native_title) == ("中国—上海合作组织人工智能合作论坛",) * 2
    assert (headed.title, headed.title_is_name) == ("Forum opens in Nanning", False)
