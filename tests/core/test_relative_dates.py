"""Days a news item names by their distance from its own day (今年9月18日,
本月3日, 昨天, "last month", "on Thursday"): read from the dateline's day,
else the publication's, and taking the place of that day as the event's."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.datelines import dateline_day, item_day
from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from desktop.core.relative_dates import is_relative, relative_dates, typed_day

FRIDAY = date(2025, 9, 19)


@pytest.mark.parametrize(("text", "edtf"), [
    ("今年9月18日，论坛开幕。", "2025-09-18"),
    ("去年12月，双方签署协议。", "2024-12"),
    ("前年3月5日", "2023-03-05"),
    ("明年5月", "2026-05"),
    ("今年9月18日至19日，论坛在南宁举行。", "2025-09-18/2025-09-19"),
    ("本月3日，中心揭牌。", "2025-09-03"),
    ("上月28日", "2025-08-28"),
    ("上个月", "2025-08"),
    ("下月", "2025-10"),
    ("昨天，论坛开幕。", "2025-09-18"),
    ("前天", "2025-09-17"),
    ("今日上午，论坛开幕。", "2025-09-19"),
    ("明天", "2025-09-20"),
    ("The forum opened yesterday.", "2025-09-18"),
    ("Leaders met last month.", "2025-08"),
    ("It opens next month.", "2025-10"),
    ("The forum opened on Thursday in Nanning.", "2025-09-18"),
    ("The forum opened on Friday.", "2025-09-19"),  # the item's own day
    ("Ministers met on Monday.", "2025-09-15"),
    ("The forum will open on Monday.", "2025-09-22"),
    ("Talks are set to begin on Saturday.", "2025-09-20"),
    # a sentence of what is to come before it does not make this one's future
    ("Talks will follow. Ministers met on Monday.", "2025-09-15"),
    # weekdays and weeks in Chinese, and weeks in English (Monday to Sunday)
    ("上周四，论坛开幕。", "2025-09-11"),
    ("本周三", "2025-09-17"),
    ("下周一", "2025-09-22"),
    ("周四，论坛在南宁开幕。", "2025-09-18"),
    ("论坛将于周一开幕。", "2025-09-22"),
    ("星期五", "2025-09-19"),
    ("礼拜天", "2025-09-14"),
    ("上周", "2025-09-08/2025-09-14"),
    ("上个星期", "2025-09-08/2025-09-14"),
    ("本周", "2025-09-15/2025-09-21"),
    ("Leaders met last week.", "2025-09-08/2025-09-14"),
    ("The expo opens next week.", "2025-09-22/2025-09-28"),
    # "today" where what was done ends with it or goes on with where
    ("Xi received him at the Great Hall today.", "2025-09-19"),
    ("The two sides signed it today in Beijing.", "2025-09-19"),
    ("A memorandum signed today between the two cities.", "2025-09-19"),
    # two weekdays, the days an event ran (in the week before when said of the past)
    ("The forum was held in Nanning on Thursday and Friday.", "2025-09-18/2025-09-19"),
    ("Talks were held on Monday through Wednesday.", "2025-09-15/2025-09-17"),
    ("The expo was held on Friday and Saturday.", "2025-09-12/2025-09-13"),
    ("The expo will be held on Saturday and Sunday.", "2025-09-20/2025-09-21"),
])
def test_a_date_named_by_its_distance_from_the_items_day(text: str, edtf: str) -> None:
    found = relative_dates(text, FRIDAY)
    assert [each.edtf for each in found] == [edtf]
    assert is_relative(found[0].written)


@pytest.mark.parametrize("text", [
    "今日头条与老挝签署协议。",  # a company's name
    "今日俄罗斯报道。",
    "China Today reported it.",  # "Today" names papers: not read
    "China today is a major partner.",  # nowadays, no day
    "Today's world needs partners.",
    "本月31日",  # September has 30 days: no such day
    "This year's forum.",
    "周恩来纪念馆",  # a surname, no weekday
    "建校十周年",
])
def test_names_and_impossible_days_are_not_relative_dates(text: str) -> None:
    assert relative_dates(text, FRIDAY) == []


def test_the_items_day_is_its_datelines_else_its_publications() -> None:
    assert item_day("新华社南宁9月19日电 正文。", "2025-09-20") == date(2025, 9, 19)
    assert item_day("BEIJING, Dec. 30 (Xinhua) -- Text.", "2026-01-02") == date(2025, 12, 30)
    assert item_day("正文。", "2025-09-20") == date(2025, 9, 20)


def test_an_item_saying_its_event_was_some_days_back_is_not_given_its_own_day() -> None:
    """日前 or "recently": the event was some days before the day the item was
    filed, so the dateline's day is known not to be the event's."""
    assert dateline_day("新华社南宁9月19日电 日前，中国—东盟论坛在南宁举行。",
                        "2025-09-20") is None
    assert dateline_day("BEIJING, Sept. 19 (Xinhua) -- China and Laos recently signed an MoU.",
                        "2025-09-20") is None
    assert dateline_day("新华社南宁9月19日电 近日，论坛于9月15日举行。", "2025-09-20") == (
        "2025-09-15", "9月15日")
    assert dateline_day("新华社南宁9月19日电 论坛在南宁举行。", "2025-09-20") == (
        "2025-09-19", "9月19日")


def test_a_relative_date_after_the_dateline_comes_before_the_datelines_day() -> None:
    """今年9月18日 was passed over (a day after 年 is a full date's tail), and
    the dateline's day, the day the item was filed, taken for the event's."""
    body = "新华社南宁9月19日电 今年9月18日，中国—东盟人工智能合作论坛在南宁举行。"
    assert dateline_day(body, "2025-09-20") == ("2025-09-18", "今年9月18日")
    body = "BEIJING, Sept. 19 (Xinhua) -- The forum opened on Thursday in Nanning."
    assert dateline_day(body, "2025-09-20") == ("2025-09-18", "on Thursday")


@pytest.mark.parametrize(("text", "edtf", "written", "counted_from"), [
    ("中老人工智能创新合作中心揭牌\n2025年10月5日 来源：人民网\n本月3日，中心在万象揭牌。",
     "2025-10-03", "本月3日", "2025-10-05"),
    ("论坛开幕\n发布时间：2025-09-20 10:00\n新华社南宁9月19日电 昨天，论坛在南宁开幕。",
     "2025-09-18", "昨天", "2025-09-19"),
    ("AI centre opens\nPublished: 2025-12-02\nThe centre opened last month in Vientiane.",
     "2025-11", "last month", "2025-12-02"),
])
def test_new_event_from_text_reads_a_relative_date(sample_store: Store, text: str, edtf: str,
                                                   written: str, counted_from: str) -> None:
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.date_found, proposal.counted_from) == (
        edtf, written, counted_from)


def test_a_date_with_its_year_still_comes_before_a_relative_one(sample_store: Store) -> None:
    text = "论坛开幕\n发布时间：2025-09-20\n昨天，2025年9月17日签署的协议生效。"
    with sample_store.session() as session:
        proposal = propose_event(session, text)
    assert (proposal.date, proposal.counted_from) == ("2025-09-17", "")


@pytest.mark.parametrize(("typed", "day"), [
    ("today", "2026-12-03"), ("Yesterday", "2026-12-02"), ("tomorrow", "2026-12-04"),
    ("今天", "2026-12-03"), ("昨天", "2026-12-02"), ("前天", "2026-12-01"),
    ("7 days ago", "2026-11-26"), ("a week ago", "2026-11-26"), ("2 weeks ago", "2026-11-19"),
    ("3天前", "2026-11-30"), ("一周前", "2026-11-26"), ("两个星期前", "2026-11-19"),
    ("2025", None), ("last month", None),
])
def test_a_day_typed_counting_from_today(typed: str, day: str | None) -> None:
    assert typed_day(typed, date(2026, 12, 3)) == day
