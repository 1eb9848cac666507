"""A news item copied from a web page: its byline and publication stamp are
about the article, not the event — not its headline, not its date — and give
the source's publication day; a dateline without a year takes that day's."""

from __future__ import annotations

import pytest

from desktop.core import place_countries
from desktop.core.article_lines import read_article, url_day
from desktop.core.datelines import dateline_city, dateline_day
from desktop.core.db import Store
from desktop.core.event_from_text import first_url as url_of
from desktop.core.event_from_text import propose_event
from desktop.core.held_at import held_at, held_in_country

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
    ("兩岸人工智能論壇在台北舉行\n發佈時間：2025/10/10 台北時間 14:05 來源：中央社\n正文。",
     "兩岸人工智能論壇在台北舉行", "2025-10-10"),
    ("Updated 3 June 2025\nKenya hosts AI expo\nText.", "Kenya hosts AI expo", "2025-06-03"),
    ("By Xinhua Staff. Updated: 15 March 2025 09:12\nChina, Laos sign MoU\nText.\n"
     "https://english.news.cn/20250314/8d1c/c.html", "China, Laos sign MoU", "2025-03-14"),
    ("AI Forum in Phnom Penh\n\nOn March 3, 2026, the forum met.", "AI Forum in Phnom Penh", ""),
    # the line under a Chinese site's headline: the date, a time, then its source
    ("中老人工智能创新合作中心揭牌\n2025年10月05日 08:21　来源：人民网－人民日报\n正文。",
     "中老人工智能创新合作中心揭牌", "2025-10-05"),
    ("中老人工智能创新合作中心揭牌\n2025-10-05 来源：人民网 作者：李明\n正文。",
     "中老人工智能创新合作中心揭牌", "2025-10-05"),
    # a first paragraph that opens with its date is no stamp
    ("论坛开幕\n2025年9月18日，论坛在南宁举行。", "论坛开幕", ""),
    # People's Daily's line under the headline: the wire, the time, the day
    ("Vice premier meets Lao foreign minister\n(Xinhua) 10:34, March 15, 2025\n"
     "BEIJING, March 14 (Xinhua) -- Text.", "Vice premier meets Lao foreign minister",
     "2025-03-15"),
    # an approximate day is no day it was published on
    ("Forum on AI\nabout 14 March 2025\nText.", "Forum on AI", ""),
    ("论坛开幕\n约2025年3月14日\n正文。", "论坛开幕", ""),
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



@pytest.mark.parametrize(("body", "published", "read"), [
    # The days the item tells of come before the day its dateline says it was filed.
    ("BEIJING, Sept. 3 (Xinhua) -- The forum was held from Sept. 1 to 2 in Nanning.",
     "2025-09-03", ("2025-09-01/2025-09-02", "Sept. 1 to 2")),
    ("新华社南宁9月3日电 第二届论坛于9月2日至3日在广西南宁举行。", "2025-09-03",
     ("2025-09-02/2025-09-03", "9月2日至3日")),
    ("新华社北京10月3日电 论坛于9月30日至10月2日举行。", "2025-10-03",
     ("2025-09-30/2025-10-02", "9月30日至10月2日")),
    ("NAIROBI, Nov 29 (Reuters) - The expo ran 25-27 November in Nairobi.", "2025-11-29",
     ("2025-11-25/2025-11-27", "25-27 November")),
    # An announcement: the days after the publication, not a year before.
    ("新华社北京9月3日电 论坛将于9月10日在北京开幕。", "2025-09-03", ("2025-09-10", "9月10日")),
    # A number after a day is no span's end unless it is one.
    ("BEIJING, Sept. 3 (Xinhua) -- On Sept. 2 and 40 delegates came.", "2025-09-03",
     ("2025-09-02", "Sept. 2")),
    ("BEIJING, Sept. 3 (Xinhua) -- The forum opened on Sept. 2 to 300 guests.", "2025-09-03",
     ("2025-09-02", "Sept. 2")),
    # A Chinese day without its month is of the dateline's month, or the one before.
    ("本报万象9月3日电（记者张三）中老人工智能合作论坛2日在万象举行。", "2025-09-04",
     ("2025-09-02", "2日")),
    ("新华社北京9月1日电 论坛30日在北京闭幕。", "2025-09-01", ("2025-08-30", "30日")),
    ("新华社南宁9月4日电 论坛2日至3日在南宁举行。", "2025-09-04",
     ("2025-09-02/2025-09-03", "2日至3日")),
    # In traditional characters; a dateline without its month is of the publication's.
    ("中央社台北10日電 論壇9日在台北舉行。", "2025-10-10", ("2025-10-09", "9日")),
    ("新華社北京9月3日電 論壇2日在北京舉行。", "2025-09-03", ("2025-09-02", "2日")),
    # No other day: the dateline's own.
    ("BEIJING, Sept. 3 (Xinhua) -- China and Laos signed a memorandum.",
     "2025-09-03", ("2025-09-03", "Sept. 3")),
    # A weekday is the event's, of the week up to the dateline's day (a Wednesday).
    ("BEIJING, Sept. 3 (Xinhua) -- China and Laos on Tuesday signed a memorandum.",
     "2025-09-04", ("2025-09-02", "on Tuesday")),
])
def test_a_day_or_span_without_a_year_is_read_nearest_the_publication(
        body: str, published: str, read: tuple[str, str]) -> None:
    assert dateline_day(body, published) == read


def test_a_chinese_wire_dateline_with_its_year_gives_the_publication_not_the_event(
        sample_store: Store) -> None:
    text = ("第二届中国—东盟人工智能合作论坛举行\n"
            "新华社北京2025年9月3日电 第二届中国—东盟人工智能合作论坛于9月2日至3日举行。")
    article = read_article(text)
    assert (article.published, article.publisher) == ("2025-09-03", "新华社")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.date_found, proposal.dated_by_publication) == (
        "2025-09-02/2025-09-03", "9月2日至3日", True)
    assert proposal.published == "2025-09-03"

def test_a_wire_dateline_written_as_a_name_with_its_year_is_the_filing_not_the_event(
        sample_store: Store) -> None:
    text = ("Malaysia, China hold AI dialogue\n"
            "Kuala Lumpur, 14 October 2025 (Bernama) -- Malaysia and China held their first "
            "dialogue on AI governance here on Monday, 13 October, officials said.")
    article = read_article(text)
    assert (article.headline, article.published, article.publisher) == (
        "Malaysia, China hold AI dialogue", "2025-10-14", "Bernama")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.date_found) == ("2025-10-13", "13 October")
    assert (proposal.published, proposal.place) == ("2025-10-14", "Kuala Lumpur")


def test_a_press_releases_dateline_is_the_filing_not_the_event(sample_store: Store) -> None:
    """"PHNOM PENH, 14 March 2025 –" names no wire: its day is still the
    filing's, and the days the release names are read in its year."""
    text = ("Cambodia hosts regional AI governance workshop\n"
            "PHNOM PENH, 14 March 2025 – Cambodia's ministry hosted a three-day workshop on "
            "AI governance from 12 to 14 March.")
    article = read_article(text)
    assert (article.headline, article.published) == (
        "Cambodia hosts regional AI governance workshop", "2025-03-14")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.date_found) == ("2025-03-12/2025-03-14", "12 to 14 March")
    assert proposal.place == "Phnom Penh"
    # a line opening with a capitalised word and a dash, no year, is no dateline
    assert read_article("AI governance\nASEAN – a region of ten members – met.").published == ""


def test_a_news_item_gives_its_date_from_the_dateline_and_its_publication_to_the_source(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, XINHUA)
    assert proposal.title == "China, Laos sign MoU on AI cooperation"
    # Filed on Friday 14 March about what was signed "on Thursday": the 13th.
    assert (proposal.date, proposal.date_found, proposal.dated_by_publication) == (
        "2025-03-13", "on Thursday", True)
    assert proposal.counted_from == proposal.published == "2025-03-14"
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
    ("H\n發佈時間：2025-09-18 10:30 來源：中央社\n正文。", "中央社"),
    ("H\nSource: China Daily | Editor: Li Wei\nText.", "China Daily"),
    ("H\n中新社北京1月5日电 正文。", "中新社"),
    ("H\n中新网北京1月5日电 正文。", "中新网"),
    ("H\n本报北京1月5日电（记者张三）正文。", ""),  # the newspaper's own: not named
    ("H\nKuala Lumpur, 14 October 2025 (Bernama) -- Malaysia said.", "Bernama"),
    ("H\n新華社北京9月3日電 正文。", "新華社"),
    ("H\n中央社台北10日電 正文。", "中央社"),
    ("H\nChina (Beijing) - officials said.", ""),  # no wire's dateline
    ("H\nThe source: an official said.", ""),
])
def test_the_publisher_a_source_line_or_a_wires_dateline_names(text: str,
                                                                 publisher: str) -> None:
    assert read_article(text).publisher == publisher


def test_an_item_whose_only_day_is_approximate_is_read_without_a_publication_day(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, "MoU signed\n约 14 March 2025\nSigned on 12 March.")
    assert proposal.published == ""  # (the yearless day was read against "2025-03-14~")


def test_a_line_opening_with_a_dateline_is_no_headline() -> None:
    article = read_article("中新网北京9月3日电 第二届论坛于9月2日至3日举行。\n"
                           "https://www.chinanews.com.cn/gn/2025/09-03/10476.shtml")
    assert (article.headline, article.publisher) == ("", "中新网")


@pytest.mark.parametrize(("text", "headline"), [
    ("论坛在天津开幕。来自十国的代表出席。\n外交部副部长致辞。", ""),
    ("The forum opened in Tianjin. Delegates from ten countries attended.\nMore.", ""),
    # a headline: no 。, not two sentences
    ("中国—东盟论坛在天津开幕\n正文。", "中国—东盟论坛在天津开幕"),
    ("U.S. and China agree to talks\nMore.", "U.S. and China agree to talks"),
    ("Forum opens. Leaders gather\nMore.", "Forum opens. Leaders gather"),
])
def test_a_first_line_of_sentences_is_a_paragraph_not_a_headline(text: str,
                                                                 headline: str) -> None:
    assert read_article(text).headline == headline


@pytest.mark.parametrize(("text", "city"), [
    ("H\nVIENTIANE, March 14 (Xinhua) -- Laos said.", "Vientiane"),
    ("H\nPHNOM PENH, June 12 (Xinhua) -- x", "Phnom Penh"),
    ("H\n新华社金边6月12日电 正文。", "金边"),
    ("H\n本报万象9月3日电（记者张三）正文。", "万象"),
    ("H\nKuala Lumpur, 14 October 2025 (Bernama) -- x", "Kuala Lumpur"),
    ("H\n新華社北京9月3日電 正文。", "北京"),
    ("H\n中央社台北10日電 正文。", "台北"),
    ("H\n本報香港9月3日電 正文。", "香港"),
    ("H\nChina (Beijing) - officials said.", ""),  # no wire's dateline
    ("H\nThe Ministry (MOFCOM) - said.", ""),
])
def test_the_city_a_wires_dateline_was_filed_from(text: str, city: str) -> None:
    assert dateline_city(read_article(text).body) == city


@pytest.mark.parametrize(("text", "place"), [
    ("论坛于9月2日至3日在广西南宁举行。", "广西南宁"),
    ("論壇於9月2日至3日在廣西南寧舉行。", "廣西南寧"),  # as written, traditional
    ("论坛12日在柬埔寨首都金边举行。", "金边"),  # the country and 首都 left off
    ("备忘录在巴西利亚签署。", "巴西利亚"),  # a city its country's name begins
    ("会议在墨西哥城召开。", "墨西哥城"),
    ("论坛以视频方式在北京和万象举行。", "北京"),  # of two, the first
    ("The dialogue was held in Kuala Lumpur on Monday.", "Kuala Lumpur"),
    ("Ministers met in Nanning on Sept. 2.", "Nanning"),
    # the date between, as the seed page writes it
    ("The forum convened on May 25, 2025, in Luoyang, Henan Province.", "Luoyang"),
    ("It was held from July 28 to July 30, 2025, in Shanghai.", "Shanghai"),
    ("It was held on Sept. 19 in Nanning.", "Nanning"),
    ("It was held on time. Officials in Beijing said so.", ""),  # another sentence's
    ("The leaders held talks on trade in Beijing.", ""),
    ("The centre opened in September.", ""),  # a month is no place
    ("Talks were held in China.", ""),  # nor a country alone
    ("双方在会上签署协议。", ""),  # no verb of holding
    ("论坛在线举行。", ""),
    # as the seed page writes them: what was signed between, an occasion's word before
    ("Guangxi and Laos signed an agreement in Vientiane to establish the center.",
     "Vientiane"),
    ("At the Forum on China-Africa Cooperation Summit in Beijing on September 5, 2024, …",
     "Beijing"),
    ("The talks ended with a ceremony in Kazan.", "Kazan"),
    ("The Forum in Focus series goes on.", ""),  # no date nor clause's end after it
    ("They signed it in January.", ""),
    # a headline's place ends with its line
    ("China-Africa AI centre launched in Nairobi\n\nThe China-Africa Centre opened.",
     "Nairobi"),
    ("Summit held in Astana\nThe Second Summit was held in Astana, Kazakhstan.", "Astana"),
])
def test_where_an_item_says_its_event_was_held(text: str, place: str) -> None:
    assert held_at(text) == place


@pytest.mark.parametrize(("text", "country"), [
    ("During a diplomatic meeting in Brazil on July 5, 2025, China's NDRC signed …", "BR"),
    ("Talks were held in China.", "CN"),
    ("论坛在老挝举行。", "LA"),
    ("The dialogue was held in Kuala Lumpur on Monday.", ""),  # a place, not a country
    ("The centre opened in September.", ""),
])
def test_the_country_an_item_says_its_event_was_held_in(text: str, country: str) -> None:
    assert held_in_country(text) == country


def test_a_place_named_nowhere_else_is_the_datelines_city(sample_store: Store) -> None:
    """曼谷 is no place of the sample's events, under any name: the city is
    proposed, as a new place, when the item names no place already written
    (with its town's country, once the towns are read); 金边 is the sample's
    Phnom Penh, and proposed as the sample writes it."""
    text = ("中泰人工智能合作论坛在曼谷举行\n"
            "新华社曼谷2025年6月12日电 中泰人工智能合作论坛12日在泰国首都曼谷举行。")
    place_countries.prepare()
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country, proposal.country_events) == ("曼谷", "TH", 0)
    with sample_store.session() as session:
        proposal = propose_event(session, text.replace("曼谷", "金边").replace("泰", "柬"))
    assert (proposal.place, proposal.country, proposal.country_events) == ("Phnom Penh", "KH", 1)
    # a place the item says the event was held in, before the city it was filed from
    text = ("第二屆中國—東盟人工智能合作論壇舉行\n"
            "新華社北京9月3日電 論壇於9月2日至3日在廣西南寧舉行。")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "廣西南寧"
    text = "AI dialogue ends\nBEIJING, Oct 14 (Xinhua) -- The dialogue was held in Kuala Lumpur."
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Kuala Lumpur"
    # a place of events the item names comes first
    text = ("Forum opens\nHANOI, June 12 (Xinhua) -- A forum opened in Vientiane on Thursday.")
    with sample_store.session() as session:
        assert propose_event(session, text).place == "Vientiane"
