"""A news item copied from a web page: its byline and publication stamp are
about the article, not the event — not its headline, not its date — and give
the source's publication day; a dateline without a year takes that day's."""

from __future__ import annotations

import pytest

from desktop.core.article_lines import dateline_day, read_article, url_day
from desktop.core.db import Store
from desktop.core.event_from_text import first_url as url_of
from desktop.core.event_from_text import propose_event

XINHUA = ("China, Laos sign MoU on AI cooperation\n"
          "VIENTIANE, March 14 (Xinhua) -- China and Laos on Thursday signed a memorandum "
          "of understanding on artificial intelligence cooperation in Vientiane.\n"
          "https://english.news.cn/20250314/8d1c/c.html")


@pytest.mark.parametrize(("text", "headline", "published"), [
    ("Published: 2025-06-02 | Updated 3 June 2025\nBrazil and China launch AI lab\nText.",
     "Brazil and China launch AI lab", "2025-06-02"),
    ("Updated 3 June 2025\nPublished 2 June 2025\nBrazil and China launch AI lab\nText.",
     "Brazil and China launch AI lab", "2025-06-02"),  # published before updated
    ("By Reuters Staff. November 5, 2024 10:42 AM GMT+8 Updated ago\n"
     "Sberbank to work with Chinese researchers on AI\nMOSCOW, Nov 4 (Reuters) - Text.",
     "Sberbank to work with Chinese researchers on AI", "2024-11-05"),
    ("June 2, 2025 14:05\nKenya hosts AI expo\nBy 2030, Kenya aims to train engineers.",
     "Kenya hosts AI expo", "2025-06-02"),  # "By 2030" is no byline
    ("中国—东盟人工智能合作论坛在南宁举行\n发布时间：2025-09-18 10:30 来源：新华社\n正文。",
     "中国—东盟人工智能合作论坛在南宁举行", "2025-09-18"),
    ("Updated 3 June 2025\nKenya hosts AI expo\nText.", "Kenya hosts AI expo", "2025-06-03"),
    ("By Xinhua Staff. Updated: 15 March 2025 09:12\nChina, Laos sign MoU\nText.\n"
     "https://english.news.cn/20250314/8d1c/c.html", "China, Laos sign MoU", "2025-03-14"),
    ("AI Forum in Phnom Penh\n\nOn March 3, 2026, the forum met.", "AI Forum in Phnom Penh", ""),
])
def test_the_lines_about_the_article_are_not_its_headline_and_give_its_day(
        text: str, headline: str, published: str) -> None:
    article = read_article(text, url_of(text))
    assert (article.headline, article.published) == (headline, published)


@pytest.mark.parametrize(("url", "day"), [
    ("https://english.news.cn/20250314/8d1c/c.html", "2025-03-14"),
    ("http://en.people.cn/n3/2025/0314/c90000-1.html", "2025-03-14"),
    ("https://www.chinadaily.com.cn/a/202503/14/WS67d.html", "2025-03-14"),
    ("https://example.org/2025-03-14/forum", "2025-03-14"),
    ("https://example.org/news/20251399/x", ""),  # no such day
    ("https://example.org/items/123456789", ""),
])
def test_the_day_a_news_address_names(url: str, day: str) -> None:
    assert url_day(url) == day


def test_a_dateline_without_a_year_is_read_in_the_year_of_publication() -> None:
    assert dateline_day("VIENTIANE, March 14 (Xinhua) -- Text.", "2025-03-14") == (
        "2025-03-14", "March 14")
    assert dateline_day("新华社南宁9月18日电 论坛开幕。", "2025-09-18") == ("2025-09-18", "9月18日")
    # published in January about late December: the year before
    assert dateline_day("BEIJING, Dec 30 (Reuters) - Text.", "2026-01-02") == (
        "2025-12-30", "Dec 30")
    assert dateline_day("BEIJING, Dec 30 (Reuters) - Text.", "") is None
    assert dateline_day("On 2025年9月18日 the forum opened.", "2025-09-20") is None


def test_a_news_item_gives_its_date_from_the_dateline_and_its_publication_to_the_source(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, XINHUA)
    assert proposal.title == "China, Laos sign MoU on AI cooperation"
    assert (proposal.date, proposal.date_found, proposal.dated_by_publication) == (
        "2025-03-14", "March 14", True)
    assert proposal.published == "2025-03-14"
    text = ("Published: 2 June 2025\nBrazil and China launch AI lab in São Paulo\n"
            "The lab, announced on May 30, 2025, will be run by both.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.title == "Brazil and China launch AI lab in São Paulo"
    assert (proposal.date, proposal.published) == ("2025-05-30", "2025-06-02")
    assert not proposal.dated_by_publication


@pytest.mark.parametrize(("text", "publisher"), [
    (XINHUA, "Xinhua"),
    ("H\nNEW DELHI, Jan 5 (AP) — India said.", "AP"),
    ("H\nBEIJING (Reuters) - China said.", "Reuters"),
    ("H\n发布时间：2025-09-18 10:30 来源：新华社\n正文。", "新华社"),
    ("H\n来源：人民网　作者：张三\n正文。", "人民网"),
    ("H\nSource: China Daily | Editor: Li Wei\nText.", "China Daily"),
    ("H\n中新社北京1月5日电 正文。", "中新社"),
    ("H\nChina (Beijing) - officials said.", ""),  # no wire's dateline
    ("H\nThe source: an official said.", ""),
])
def test_the_publisher_a_source_line_or_a_wires_dateline_names(text: str,
                                                                 publisher: str) -> None:
    assert read_article(text).publisher == publisher
