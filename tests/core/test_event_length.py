"""How long a report says an event lasted, beside the day New event from text
reads: the span it proposes."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.db import Store
from desktop.core.event_from_text import propose_event
from desktop.core.event_length import span_said


@pytest.mark.parametrize(("text", "day", "span"), [
    # a length counted from the day it opened
    ("The three-day forum opened on 12 March.", "2025-03-12", ("2025-03-12", "2025-03-14")),
    ("A 2-day workshop began that morning.", "2025-03-12", ("2025-03-12", "2025-03-13")),
    ("The dialogue, lasting four days, opened in Bangkok.", "2025-09-01",
     ("2025-09-01", "2025-09-04")),
    ("为期两天的论坛在南宁开幕。", "2025-09-18", ("2025-09-18", "2025-09-19")),
    ("会期3天。", "2025-09-18", ("2025-09-18", "2025-09-20")),
    # counted back from the day it closed, said in the same sentence
    ("The two-day summit concluded on Tuesday.", "2025-07-08", ("2025-07-07", "2025-07-08")),
    ("为期三天的论坛19日在南宁闭幕。", "2025-09-19", ("2025-09-17", "2025-09-19")),
    # an end day said: in the day's year, and month when none is written
    ("The conference runs until July 28.", "2025-07-26", ("2025-07-26", "2025-07-28")),
    ("The expo will run through 2 August.", "2025-07-26", ("2025-07-26", "2025-08-02")),
    ("大会将持续至7月28日。", "2025-07-26", ("2025-07-26", "2025-07-28")),
    ("展会持续到2日。", "2025-07-30", ("2025-07-30", "2025-08-02")),
])
def test_the_span_a_length_or_an_end_gives(text: str, day: str, span: tuple[str, str]) -> None:
    length = span_said(text, date.fromisoformat(day))
    assert length is not None
    assert (length.start.isoformat(), length.end.isoformat()) == span


@pytest.mark.parametrize("text", [
    "He began a three-day visit to Laos.",  # someone's visit, not the event's length
    "为期三天的访问期间，双方签署协议。",
    "He began a three-day state visit to Laos.",
    "为期三天的正式访问期间，双方签署协议。",
    "The 100-day campaign opened.",  # no event's span
    "A one-day seminar.",  # a day is a day
    "The offer is valid until July 28.",  # no event's running
    "The conference runs until July 20.",  # before the day read
    "Ministers met for talks.",
])
def test_no_span_where_the_words_give_none(text: str) -> None:
    assert span_said(text, date(2025, 7, 26)) is None


def test_new_event_from_text_proposes_the_span_and_says_from_what(sample_store: Store) -> None:
    with sample_store.session() as session:
        opened = propose_event(session, "Summit opens in Kazan\n\nThe two-day summit "
                                        "opened on 5 July 2025 in Kazan.")
        closed = propose_event(session, "2025年9月19日，为期三天的论坛在南宁闭幕。")
        spanned = propose_event(session, "The forum was held from 12 to 14 March 2025; the "
                                         "three-day visit ended there.")
    assert (opened.date, opened.date_found) == ("2025-07-05/2025-07-06",
                                                "5 July 2025 … two-day")
    assert opened.place == "Kazan"
    assert closed.date == "2025-09-17/2025-09-19"
    assert spanned.date == "2025-03-12/2025-03-14"  # a span read stays as it is
