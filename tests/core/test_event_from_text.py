"""A new event proposed from a pasted text: headline, first date, a known
place and its country, the participants named, a web address."""

from __future__ import annotations

import pytest

from desktop.core import place_countries
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from desktop.core.first_dates import first_date


@pytest.mark.parametrize(("text", "edtf", "phrase"), [
    ("WAIC was held in Shanghai from July 28 to July 30, 2025, with 40 countries.",
     "2025-07-28/2025-07-30", "July 28 to July 30, 2025"),
    ("In February 2025, Sberbank announced plans.", "2025-02", "February 2025"),
    ("The forum convened on May 25, 2025, in Luoyang.", "2025-05-25", "May 25, 2025"),
    ("论坛于2025年5月25日在洛阳举行。", "2025-05-25", "2025年5月25日"),
    ("2025年7月下旬，论坛在南宁举行。", "2025-07-21/2025-07-31", "2025年7月下旬"),
    ("The expo was held in Nairobi from 25/05/2025 - 27/05/2025, co-hosted by MIIT.",
     "2025-05-25/2025-05-27", "25/05/2025 - 27/05/2025"),
    # a day or a month wins over a year named before it
    ("The 2025 forum opened on 25 May 2025.", "2025-05-25", "25 May 2025"),
    ("Plans for the 2026 season.", "2026", "2026"),
])
def test_the_first_date_of_a_text_as_the_date_reader_reads_it(text: str, edtf: str,
                                                             phrase: str) -> None:
    assert first_date(text) == (edtf, phrase)


@pytest.mark.parametrize("text", ["A budget of Rs 10,372 crore for 18,693 GPUs.",
                                  "President Putin's January directive.", ""])
def test_numbers_and_month_names_alone_are_not_dates(text: str) -> None:
    assert first_date(text) is None


def test_a_place_no_event_has_gives_its_country_and_a_country_alone_is_one(
        sample_store: Store) -> None:
    place_countries.prepare()  # the towns, read once (the dialog reads them beside it)
    with sample_store.session() as session:
        in_kazan = propose_event(session, "BRICS AI dialogue\n\nThe dialogue was held in"
                                          " Kazan on October 23, 2024.")
        in_kenya = propose_event(session, "China Signs AI Cooperation Pact with Kenya\n\n"
                                          "During a diplomatic meeting in Kenya on July 5,"
                                          " 2025, the two sides signed a pact.")
    assert (in_kazan.place, in_kazan.country, in_kazan.country_events) == ("Kazan", "RU", 0)
    assert in_kazan.place_country is not None and in_kazan.place_country.name == "Kazan"
    assert (in_kenya.place, in_kenya.country, in_kenya.place_country) == ("", "KE", None)


def test_a_news_item_gives_its_headline_date_place_country_participants_and_link(
        sample_store: Store) -> None:
    text = ("AI Forum in Phnom Penh\n\n"
            "On March 3, 2026, the China Institute of International Studies (中國國際問題研究院) "
            "and Cambodia's Economic, Social and Cultural Council met in Phnom Penh; "
            "石中军 spoke. https://example.org/news/ai-forum.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.title == "AI Forum in Phnom Penh"
    assert proposal.event_type == "forum"  # the type the headline names
    assert (proposal.date, proposal.date_found) == ("2026-03-03", "March 3, 2026")
    assert (proposal.place, proposal.country, proposal.country_events) == (
        "Phnom Penh", "KH", 1)
    names = [name for _id, name, _native in proposal.participants]
    # The longest name where names overlap: the institute, not "China" inside it.
    assert names[0] == "China Institute of International Studies"
    assert "China" not in names
    # "Cambodia's Economic, Social and Cultural Council": the sample's council
    # "(Cambodia)", Cambodia only saying whose it is; 石中军: the other character set
    assert names[1:] == ["Economic, Social and Cultural Council (Cambodia)", "Shi Zhongjun"]
    assert proposal.url == "https://example.org/news/ai-forum"
    assert proposal.native_title == ""  # an English headline is the title alone


def test_a_name_written_with_a_typographic_apostrophe_is_found_by_its_typed_alias(
        sample_store: Store) -> None:
    """The seed's headline writes "India’s IT Ministry", the sample's alias of
    the ministry "India's IT Ministry": the same name, and the role its verb
    gives."""
    text = ("India’s IT Ministry Hosts DeepSeek on its Servers\n\n"
            "India announced plans to host the models, IT Minister Ashwini Vaishnaw said.")
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    names = {pid: name for pid, name, _native in proposal.participants}
    meity = "Ministry of Electronics and Information Technology (India)"
    assert meity in names.values()
    assert {names[pid]: role for pid, role in proposal.roles.items()}[meity] == "host"


def test_a_chinese_headline_is_also_the_native_title(sample_store: Store) -> None:
    text = "中老人工智能创新合作中心在万象揭牌\n\n2025年2月23日，中心在万象揭牌。"
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert proposal.title == proposal.native_title == "中老人工智能创新合作中心在万象揭牌"
    assert proposal.date == "2025-02-23"
    with sample_store.session() as session:  # a Chinese name in an English headline
        mixed = propose_event(session, "WAIC 世界人工智能大会 opens in Shanghai today\n\nText.")
    assert mixed.native_title == ""


def test_a_text_without_a_headline_line_or_known_names_proposes_little(
        sample_store: Store) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, "Something happened somewhere, once.")
    assert (proposal.title, proposal.event_type, proposal.date, proposal.place,
            proposal.participants, proposal.url) == ("", "", "", "", [], "")
    with sample_store.session() as session:  # two types named: neither is taken
        assert propose_event(session, "Summit and forum\n\nText.").event_type == ""


@pytest.mark.parametrize(("text", "place"), [
    # the seed's Sberbank item: Beijing is a place of events here, but not this one's
    ("In February 2025, Sberbank announced AI projects with Chinese researchers, deepening "
     "the partnership between Moscow and Beijing.", ""),
    ("Beijing's plans for AI were discussed by a Shanghai-based company.", ""),
    ("The talks between Beijing and Vientiane were held in Phnom Penh.", "Phnom Penh"),
    ("Summit in Beijing: the partnership between Moscow and Beijing grows.", "Beijing"),
    ("A Shanghai company held its forum in Shanghai.", "Shanghai"),
    # a place opening a body's name: the body's, not where the event was
    ("The forum, co-hosted by the Shanghai Municipal People's Government, opened in Nanning "
     "on 3 June 2026.", "Nanning"),
    ("The forum opened in Shanghai on Monday at the Expo Center.", "Shanghai"),
    # a headline naming the parties, a body saying where it was signed (a place
    # no event has yet, as the text writes it)
    ("Brazil and China sign AI pact\n\nThe pact was signed in Brasília on 5 July 2025.",
     "Brasília"),
    ("Brazil and China sign AI pact\n\nDuring a meeting in Brasília on 5 July 2025, "
     "the two sides signed it.", "Brasília"),
    # a headline alone naming a place of events: that place
    ("Brazil and China sign AI pact\n\nThe pact was signed on 5 July 2025.", "Brazil"),
    # where they met, said before a place of events named for the next meeting
    ("Kenya and China hold talks\n\nOfficials met in Nairobi on 14 Nov 2024 and agreed to "
     "meet again in Beijing in 2025.", "Nairobi"),
    # a venue whose name opens with a place of events: the venue, not Beijing
    ("Leaders gather\n\nThe forum was held in Shanghai Expo Centre; Beijing sent ministers.",
     "Shanghai Expo Centre"),
])
def test_a_place_named_as_a_party_an_owner_or_a_seat_is_not_the_events(
        sample_store: Store, text: str, place: str) -> None:
    with sample_store.session() as session:
        assert propose_event(session, text).place == place


@pytest.mark.parametrize(("text", "place", "country"), [
    # the sample writes these places in English; the item in Chinese
    ("2025年5月25日，论坛在河南洛阳开幕。", "Luoyang, Henan Province", "CN"),
    ("会议于2024年12月9日在金边举行。", "Phnom Penh", "KH"),
    ("中老人工智能创新合作中心23日在老挝首都万象揭牌。", "Vientiane", "LA"),
    # a place no event has stays as the text writes it
    ("会议于2025年3月3日在南宁举行。", "南宁", "CN"),
])
def test_a_place_the_text_writes_otherwise_is_proposed_as_the_events_here_write_it(
        sample_store: Store, text: str, place: str, country: str) -> None:
    place_countries.prepare()  # the towns (万象 is Vientiane), as the dialog has them
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.place, proposal.country) == (place, country)


@pytest.mark.parametrize(("text", "place"), [
    ("2025年6月12日，中國外文局與中國—東盟中心在北京簽署合作備忘錄。", "Beijing"),
    ("2025年2月23日，双方在老挝首都万象签订协议。", "Vientiane"),
    # signed before witnesses, during a visit, on site: no place said
    ("2025年6月12日，双方在两国元首见证下签署合作备忘录。", ""),
    ("2025年6月12日，双方在访问期间签署合作备忘录。", ""),
    ("2025年6月12日，双方在现场签署合作备忘录。", ""),
])
def test_where_a_chinese_item_says_an_agreement_was_signed_is_its_place(
        sample_store: Store, text: str, place: str) -> None:
    place_countries.prepare()
    with sample_store.session() as session:
        assert propose_event(session, text).place == place


@pytest.mark.parametrize(("text", "event_type"), [
    # the headline names none: the first sentence's word for it
    ("WAIC 2025 opens in Shanghai\n\nSHANGHAI, July 26, 2025 /PRNewswire/ -- The 2025 World "
     "Artificial Intelligence Conference (WAIC 2025) opened today.", "conference"),
    ("Officials gather in Nanning\n\nNANNING, Sept. 18 (Xinhua) -- The China-ASEAN AI "
     "Cooperation Forum opened here on Thursday.", "forum"),
    ("新华社南宁9月18日电 中国—东盟人工智能合作论坛18日在南宁开幕。", "forum"),
    # the headline's word first; a later sentence's is no word for this event
    ("Summit opens in Kazan\n\nA forum on AI met beside it.", "summit"),
    ("Leaders meet\n\nLeaders met on 3 May 2025. A summit is planned for next year.", ""),
    # two types in one name: its head word, last (the seed's FOCAC item)
    ("African Nations Pledge AI Cooperation with China\n\nAt the three-yearly Forum on "
     "China-Africa Cooperation Summit in Beijing on September 5, 2024, China and the African "
     "Union outlined AI cooperation.", "summit"),
    ("Ministers gather\n\nThe Summit on AI Safety Forum met in Seoul.", "forum"),
    # two names, one type each: none
    ("Leaders gather\n\nThe Digital Forum and the ASEAN Summit met in Jakarta.", ""),
    # a model deployed or hosted (the seed's India item); an expo hosted is none
    ("India's IT Ministry Hosts Deepseek on its Servers\n\nIndia announced plans.",
     "model deployment"),
    ("Bank rolls out DeepSeek chatbot\n\nThe bank said.", "model deployment"),
    ("Kenya hosts AI expo\n\nNairobi welcomed visitors.", ""),
])
def test_the_event_type_the_headline_else_the_first_sentence_names(
        sample_store: Store, text: str, event_type: str) -> None:
    with sample_store.session() as session:
        assert propose_event(session, text).event_type == event_type


@pytest.mark.parametrize(("text", "edtf"), [
    ("2025年6月10日至12日，第二届中国—中亚峰会在阿斯塔纳举行。", "2025-06-10/2025-06-12"),
    ("论坛于2025年6月30日至7月2日举行。", "2025-06-30/2025-07-02"),
    ("2025年7-8月，双方多次会谈。", "2025-07/2025-08"),
    ("会议于2025年6月10日举行。", "2025-06-10"),
])
def test_a_chinese_span_in_a_text_is_read_whole(sample_store: Store, text: str,
                                                edtf: str) -> None:
    with sample_store.session() as session:
        assert propose_event(session, text).date == edtf


@pytest.mark.parametrize(("text", "edtf", "found"), [
    # an event named with its year, its day written without one
    ("2025中国—东盟人工智能合作论坛9月18日在南宁开幕。", "2025-09-18", "9月18日 … 2025"),
    ("第八届世界人工智能大会（WAIC 2025）7月26日在上海开幕。", "2025-07-26", "7月26日 … 2025"),
    ("2025年世界人工智能大会7月26日在上海开幕。", "2025-07-26", "7月26日 … 2025"),
    # 2025年 opening no event's name: a year said as a date, no day read in it
    ("2025年中国经济增长较快，7月26日公布数据。", "", ""),
    ("The 2025 ASEAN Digital Ministers' Meeting opened in Manila on Oct 9.", "2025-10-09",
     "Oct 9 … 2025"),
    ("WAIC 2025 opens in Shanghai on July 26", "2025-07-26", "July 26 … 2025"),
    # a year said otherwise is no event's: the year alone, as before
    ("About 2000 delegates met on March 3.", "2000", "2000"),
    ("Talks held in 2024 and 2025 ended on March 3.", "2024", "2024"),
    ("The WAIC 2024 and WAIC 2025 teams met on March 3.", "2024", "2024"),
    # a span of years names none
    ("The Beijing Action Plan (2025-2027) was adopted on Sept 5.", "", ""),
    # a day alone after a dateline without a year: the dateline's month, the name's year
    ("中新社昆明11月19日电 (李四)19日，在昆明举行的2024中国国际友好城市大会上，"
     "多个地方政府签署协议。", "2024-11-19", "19日 … 2024"),
    ("中新网成都11月12日电 2024四川国际友城合作与发展大会12日在成都启幕。",
     "2024-11-12", "12日 … 2024"),
])
def test_a_day_without_its_year_is_read_in_the_year_the_events_name_gives(
        sample_store: Store, text: str, edtf: str, found: str) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.date_found) == (edtf, found)
