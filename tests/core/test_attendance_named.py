"""How many attended, read off a report where it says so in so many words."""

from __future__ import annotations

import pytest

from desktop.core.attendance_named import attendance_named


@pytest.mark.parametrize(("text", "number", "qualifier", "written"), [
    ("The event brought together approximately 150 attendees including envoys.", 150,
     "approximately", "approximately 150 attendees"),
    ("The forum drew more than 3,000 participants from 40 countries.", 3000, "more_than",
     "more than 3,000 participants"),
    ("Some 200 Chinese and foreign guests attended.", 200, "approximately",
     "Some 200 Chinese and foreign guests"),
    ("150+ participants joined online.", 150, "at_least", "150+ participants"),
    ("The 2025 forum hosted 60 delegates.", 60, "exact", "60 delegates"),
    ("The dialogue was attended by more than 200 officials, scholars and business leaders.",
     200, "more_than", "attended by more than 200 officials"),
    ("Two ministers attended the seminar, along with some 80 experts.", 80, "approximately",
     "attended the seminar, along with some 80 experts"),
    ("约150人参加了论坛。", 150, "approximately", "约150人"),
    ("来自40多个国家和地区的1000余名嘉宾出席开幕式。", 1000, "more_than", "1000余名嘉宾"),
    ("共有300名代表参会。", 300, "exact", "300名代表"),
    ("论坛吸引了1.5万人参加", 15000, "exact", "1.5万人"),
    # people of other kinds, said as attending
    ("Around 120 officials and researchers attended the opening.", 120, "approximately",
     "Around 120 officials and researchers attended"),
    ("More than 300 experts from 20 countries took part.", 300, "more_than",
     "More than 300 experts from 20 countries took part"),
    # the first count of people, not of countries before it
    ("Envoys of more than 40 countries and about 500 delegates met.", 500, "approximately",
     "about 500 delegates"),
])
def test_the_number_a_report_says_attended(text: str, number: int, qualifier: str,
                                           written: str) -> None:
    found = attendance_named(text)
    assert found is not None
    assert (found.number, found.qualifier, found.written) == (number, qualifier, written)


@pytest.mark.parametrize("text", [
    "representatives from more than 40 countries attended",  # countries, not people
    "over 800 companies and more than 3,000 exhibits",
    "逾3万人次参观。",  # visits counted, not people
    "数百人参加",  # several hundred: no one number
    "In 2025 people met in Luoyang.",  # a year
    "In 2025 many delegates came.",
    # the seed page's WAIC: a date's year, its comma read as a thousands' one
    "held from July 28 to July 30, 2025, with participation from representatives from "
    "more than 40 countries",
    "The ministry bought 2,000 GPUs.",
    "10 officials signed the pact.",  # not said as attending
    "20 countries attended.",
    "The forum was attended by officials from 30 countries.",
])
def test_what_is_no_number_of_people_attending(text: str) -> None:
    assert attendance_named(text) is None
