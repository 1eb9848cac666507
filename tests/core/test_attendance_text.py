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
])
def test_a_cell_that_is_not_one_whole_number_is_refused_with_the_reason(text: str,
                                                                        reason: str) -> None:
    with pytest.raises(ValueError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        read_attendance(text)
