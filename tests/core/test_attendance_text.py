"""Attendance as spreadsheet cells give it: one whole number and what it means."""

from __future__ import annotations

import pytest

from desktop.core.attendance_text import read_attendance


@pytest.mark.parametrize(("text", "number", "qualifier"), [
    ("150", 150, "exact"),
    ("150.0", 150, "exact"),  # pandas writes a column with gaps as floats: it was 1500
    ("1,500", 1500, "exact"), ("1.500", 1500, "exact"), ("1 000", 1000, "exact"),
    ("about 150", 150, "approximately"), ("c. 300", 300, "approximately"),
    ("~300", 300, "approximately"), ("约3000人", 3000, "approximately"),
    ("200 左右", 200, "approximately"), ("nearly 200", 200, "approximately"),
    ("more than 40", 40, "more_than"), ("超过200人", 200, "more_than"),
    ("at least 50", 50, "at_least"), ("no fewer than 20", 20, "at_least"),
    ("150+", 150, "at_least"),
    ("3万", 30_000, "exact"), ("1.5万", 15_000, "exact"), ("2千", 2000, "exact"),
    ("5k", 5000, "exact"),
    # 余 and 多 after the number: more than it (1500-odd people)
    ("1500余人", 1500, "more_than"), ("3000多人", 3000, "more_than"),
    ("2万余人", 20_000, "more_than"),
    ("100 or so", 100, "approximately"), ("1000 odd", 1000, "approximately"),
    # round numbers in Chinese numerals, as the press writes them
    ("近千人", 1000, "approximately"), ("上千人", 1000, "at_least"),
    ("千余人", 1000, "more_than"), ("两千", 2000, "exact"), ("一千五百人", 1500, "exact"),
    ("一千五", 1500, "exact"), ("约两万人", 20_000, "approximately"),
    ("十余人", 10, "more_than"),
    # typed by an input method in full-width mode
    ("１５０", 150, "exact"), ("约１，２００人", 1200, "approximately"),
])
def test_a_cell_gives_a_number_and_its_qualifier(text: str, number: int,
                                                  qualifier: str) -> None:
    assert read_attendance(text) == (number, qualifier)


@pytest.mark.parametrize(("text", "reason"), [
    ("less than 50", "says fewer than a number, which cannot be stored"),  # was 50 exactly
    ("under 30", "says fewer than a number"),
    ("150-200", "is not one number of people (a range can go in the notes)"),
    ("12.5", "is not a whole number of people"),
    ("dozens", "is not one number of people"),
    ("数百人", "is not one number of people"),  # several hundred
    # at most a number: read as "more than" before, by the words inside them
    ("no more than 500", "says fewer than a number"), ("不超过500人", "says fewer than"),
    ("up to 500", "says fewer than a number"),
    ("-5", "is not a number of people (it is below zero)"),
])
def test_a_cell_that_is_not_one_whole_number_is_refused_with_the_reason(text: str,
                                                                        reason: str) -> None:
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_attendance(text)
