"""New event from text: a Chinese headline's event type, as an English one's."""

from __future__ import annotations

import pytest

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event


@pytest.mark.parametrize(("headline", "event_type"), [
    ("第五次中国—东盟数字部长会议在雅加达举行", "conference"),
    ("2025中国—东盟媒体合作论坛在洛阳举行", "forum"),
    ("中非合作论坛峰会北京举行", "summit"),  # the summit of a forum: a summit
    ("中国与巴西签署人工智能合作协议", "agreement signing"),
    ("中老人工智能创新合作中心揭牌", "joint centre"),
    ("中國—東盟人工智能發展與治理合作研討會", "seminar"),
    ("印度总理访华", "visit"),
    ("人工智能治理的新进展", ""),  # names no type
])
def test_the_type_a_chinese_headline_names(sample_store: Store, headline: str,
                                           event_type: str) -> None:
    text = f"{headline}\n\n新华社北京2025年3月1日电 正文。"
    with sample_store.session() as session:
        assert propose_event(session, text).event_type == event_type

