"""New event from text: the event type a headline names, in Chinese or English."""

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



@pytest.mark.parametrize(("headline", "event_type"), [
    # as the seed page's headlines say it, not by the type's name
    ("China Signs AI Cooperation Pact with Brazil", "agreement signing"),
    ("China and Laos Build AI Innovation Cooperation Center", "joint centre"),
    ("Kenya and China ink MoU on digital skills", "agreement signing"),
    ("China-Africa Joint Laboratory opens in Nairobi", "joint centre"),
    ("Sberbank partners with Chinese researchers", "partnership"),
    ("Indian minister visits Beijing AI labs", "visit"),
    # a centre or a laboratory opened, launched, set up
    ("Laos and China open AI lab in Vientiane", "joint centre"),
    ("Kenya launches digital skills centre with Chinese help", "joint centre"),
    ("Malaysia hosts ASEAN digital ministers' meeting", "conference"),
    ("Symposium on AI governance held in Phnom Penh", "seminar"),
    # the type's own name first: a summit that signs a pact is a summit
    ("Summit leaders sign AI declaration", "summit"),
    ("Sberbank Cooperates with China on AI Projects", "partnership"),
    ("African Nations Pledge AI Cooperation with China", ""),  # names no type
    ("The signs of an AI race", ""),  # "signs", but nothing signed
    # a call paid on someone is a visit; a call on a country to act is none
    ("Chinese Ambassador Pays Vice Chancellor Courtesy Call", "visit"),
    ("Chinese envoy calls on Prime Minister Dahal", "visit"),
    ("Outgoing ambassador pays farewell call on the Speaker", "visit"),
    ("China calls on the US to lift sanctions", ""),
    # what a country is to another is no partnership made
    ("China is Bangladesh's most reliable partner, says ambassador", ""),
    # the occasion one took part in is not what they did there
    ("During his participation in the World Economic Conference, the prime minister met "
     "Huawei's chairman", ""),
])
def test_the_type_an_english_headline_names_in_other_words(sample_store: Store, headline: str,
                                                            event_type: str) -> None:
    text = f"{headline}\n\nBEIJING, March 1, 2025 (Xinhua) -- Text."
    with sample_store.session() as session:
        assert propose_event(session, text).event_type == event_type
