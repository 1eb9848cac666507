"""Dates: EDTF validation, derived bounds, and dates as articles write them."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.dates import DateError, parse_edtf
from desktop.core.friendly_dates import to_edtf


@pytest.mark.parametrize(("text", "expected"), [
    ("25 May 2025", "2025-05-25"),
    ("May 25, 2025", "2025-05-25"),
    ("February 2025", "2025-02"),
    ("Feb 2025", "2025-02"),
    ("2025", "2025"),
    ("July 28 to July 30, 2025", "2025-07-28/2025-07-30"),
    ("July 28-30, 2025", "2025-07-28/2025-07-30"),
    ("May 21-25, 2018", "2018-05-21/2018-05-25"),
    ("April 30-May 3, 2018", "2018-04-30/2018-05-03"),
    ("Sept 12\u201315, 2017", "2017-09-12/2017-09-15"),
    ("2025-07-28/30", "2025-07-28/2025-07-30"),
    ("2025-07-28 \u2013 2025-07-30", "2025-07-28/2025-07-30"),
    ("28\u201330 July 2025", "2025-07-28/2025-07-30"),
    ("December 9, 2024", "2024-12-09"),
    ("Sept. 5th, 2024", "2024-09-05"),
    ("in January 2025", "2025-01"),
    ("2025年5月25日", "2025-05-25"),
    ("2025年7月28日至30日", "2025-07-28/2025-07-30"),
    # a dash or a tilde between the parts of a date in characters, as 至
    ("2025年7月28-30日", "2025-07-28/2025-07-30"),
    ("2025年7月28日—30日", "2025-07-28/2025-07-30"),
    ("2025年7月28日～8月2日", "2025-07-28/2025-08-02"),
    ("2025年12月30日-2026年1月2日", "2025-12-30/2026-01-02"),
    ("2025年7-8月", "2025-07/2025-08"),
    # typed by an input method in full-width mode: stored in EDTF's ASCII digits
    ("２０２５年６月１２日", "2025-06-12"),
    ("２０２５－０６－１２", "2025-06-12"),
    ("２０２５年７月２８日～８月２日", "2025-07-28/2025-08-02"),
    ("２０２５／７／２８", "2025-07-28"),
    ("２０２５", "2025"),
    ("2025年7月至8月", "2025-07/2025-08"),
    ("2025年7月至8月2日", "2025-07/2025-08-02"),
    # the year first, then dots or slashes, as Chinese documents write it
    ("2025.7", "2025-07"),
    ("2025.10", "2025-10"),
    ("2025/7", "2025-07"),  # it said "(read as 2025/202507) is not a date"
    ("2025/07", "2025-07"),
    ("2025-07/08", "2025-07/2025-08"),
    ("2025.7.28-30", "2025-07-28/2025-07-30"),
    ("2025/7/28-30", "2025-07-28/2025-07-30"),
    ("2025.7.28—8.2", "2025-07-28/2025-08-02"),
    # a half year, and the time of day after a date, as Chinese reports give them
    ("2025年上半年", "2025-40"),
    ("2025年下半年", "2025-41"),
    ("H1 2025", "2025-40"),
    ("second half of 2025", "2025-41"),
    ("2025年7月28日上午", "2025-07-28"),
    ("2025年7月28日下午3时30分", "2025-07-28"),
    ("2025年7月28日上午9时至30日", "2025-07-28/2025-07-30"),
    ("circa 2025", "2025~"),
    ("2018-2020", "2018/2020"),
    # as spreadsheets and data tools write them
    ("05/25/2025", "2025-05-25"),
    ("25/05/2025", "2025-05-25"),
    ("5/5/2025", "2025-05-05"),
    ("2025/5/25", "2025-05-25"),
    ("2025.05.25", "2025-05-25"),
    ("25.05.2025", "2025-05-25"),
    ("5/2025", "2025-05"),
    ("2025-05-25 00:00:00", "2025-05-25"),
    ("2025-05-25T14:30:00Z", "2025-05-25"),
    ("5/25/2025 0:00", "2025-05-25"),  # Excel's date and time
    ("25/05/2025 14:30", "2025-05-25"),
    ("May 25, 2025 2:30 pm", "2025-05-25"),
    ("20250525", "2025-05-25"),  # ISO 8601 basic, as data tools write it
    # a hyphen joining a month name and a year is not a range ("Feb to 2025")
    ("Feb-2025", "2025-02"),
    ("Sept-2017", "2017-09"),
    ("25-Feb-2025", "2025-02-25"),
    ("Feb-Mar 2025", "2025-02/2025-03"),
    # a weekday printed with the date, checked against it
    ("Sunday, May 25, 2025", "2025-05-25"),
    ("Sun 25 May 2025", "2025-05-25"),
    ("2025-05-25 (Sunday)", "2025-05-25"),
    ("2025年5月25日（星期日）", "2025-05-25"),
    ("Monday 28 to Wednesday 30 July 2025", "2025-07-28/2025-07-30"),
    ("Monday, 28-30 July 2025", "2025-07-28/2025-07-30"),
    ("between 28 and 30 July 2025", "2025-07-28/2025-07-30"),
    # a year and the next, as school and financial years are written
    ("2024/25", "2024/2025"),
    ("2024\u201325", "2024/2025"),
    ("2019-20", "2019/2020"),
    ("2011-12", "2011-12"),  # with a hyphen and up to 12, a month
    # seasons, quarters and decades in words
    ("spring 2025", "2025-21"),
    ("Autumn of 2024", "2024-23"),
    ("Q1 2025", "2025-33"),
    ("2025年春季", "2025-21"),
    ("2025年第三季度", "2025-35"),
    ("the 1990s", "199X"),
    # two numeric dates as a range, either telling the other's order
    ("25/05/2025 - 27/05/2025", "2025-05-25/2025-05-27"),
    ("01/05/2025 \u2013 27/05/2025", "2025-05-01/2025-05-27"),
    ("5/25/2025-5/27/2025", "2025-05-25/2025-05-27"),
    ("25.05.2025 to 27.05.2025", "2025-05-25/2025-05-27"),
    ("12/2024-1/2025", "2024-12/2025-01"),
    # a question mark after a date as written: uncertain
    ("May 2025?", "2025-05?"),
    ("25-27 May 2025?", "2025-05-25?/2025-05-27?"),
    ("circa May 2025?", "2025-05%"),
    # a month's ten-day periods (旬): days 1-10, 11-20, 21 to its end
    ("2025年7月上旬", "2025-07-01/2025-07-10"),
    ("2025年7月中旬", "2025-07-11/2025-07-20"),
    ("2025年7月下旬", "2025-07-21/2025-07-31"),
    ("2024年2月下旬", "2024-02-21/2024-02-29"),
    # "about" before an ISO date, or written after a Chinese one; either end of a span
    ("circa 2025-09-01", "2025-09-01~"),
    ("约2025年9月1日", "2025-09-01~"),
    ("大约2025年9月", "2025-09~"),
    ("2025年左右", "2025~"),
    ("2025年9月1日前后", "2025-09-01~"),
    ("约2025年9月1日至3日", "2025-09-01~/2025-09-03~"),
    ("about 1 to 3 September 2025", "2025-09-01~/2025-09-03~"),
    # quarters and halves as reports and spreadsheets write them
    ("2025-Q3", "2025-35"),
    ("2025Q3", "2025-35"),
    ("Q3/2025", "2025-35"),
    ("3Q 2025", "2025-35"),
    ("2025年Q3", "2025-35"),
    ("2025-H1", "2025-40"),
    ("2H 2025", "2025-41"),
    # a month's halves, the first quarters, a range of months with 至
    ("2025年9月上半月", "2025-09-01/2025-09-15"),
    ("2024年2月下半月", "2024-02-16/2024-02-29"),
    ("2025年前三季度", "2025-01/2025-09"),
    ("2025年1至9月", "2025-01/2025-09"),
    # decades written in Chinese
    ("1990年代", "199X"),
    ("上世纪90年代", "199X"),
    ("20世纪90年代", "199X"),
    # still going on: an open end after the start
    ("since 2023", "2023/.."),
    ("Since September 2023", "2023-09/.."),
    ("2023–present", "2023/.."),
    ("2023 to date", "2023/.."),
    ("from 2023 onwards", "2023/.."),
    ("September 2023 – ongoing", "2023-09/.."),
    ("2025-05-01 to present", "2025-05-01/.."),
    ("since about 2023", "2023~/.."),
    ("2023年至今", "2023/.."),
    ("2020年以来", "2020/.."),
    ("自2023年9月以来", "2023-09/.."),
    ("2023年起", "2023/.."),
    ("从2023年9月起至今", "2023-09/.."),
    ("2023年9月迄今", "2023-09/.."),
])
def test_friendly_forms_become_edtf(text: str, expected: str) -> None:
    assert to_edtf(text).edtf == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("2025-13", "month 13 does not exist"),
    ("2025-29-25", "'2025-29-25': month 29 does not exist"),  # a season has no days
    ("2025年29月28日", "'2025年29月28日': month 29 does not exist"),
    ("2025年7-29月", "'2025年7-29月': month 29 does not exist"),  # not a season's code
    ("2025年21月", "'2025年21月': month 21 does not exist"),
    ("25/29/1999", "\\(read as 1999-29-25\\): month 29 does not exist"),
    ("2025-07-28/2025-29-30", "month 29 does not exist"),
    ("2025-02-30", "February 2025 has 28 days"),
    ("Feb 30, 2025", "February 2025 has 28 days"),
    ("2025/2024", "is before the start"),
    ("July 30 to July 28, 2025", "is before the start"),
    ("Smarch 2025", "'smarch' is not a month name"),
    ("01/02/2025", "ambiguous: write 2025-01-02 \\(month first\\) or 2025-02-01"),
    ("05/25/25", "write the year in full"),
    ("Feb-25", "'Feb-25': write the year in full \\(is 25 1925 or 2025\\?\\)"),  # Excel's mmm-yy
    ("25-Feb-25", "write the year in full"),
    ("Monday, May 25, 2025", "'Monday, May 25, 2025': 25 May 2025 is a Sunday, not a Monday"),
    ("2025年5月25日 星期一", "25 May 2025 is a Sunday, not a Monday"),
    ("Tuesday 28 to Wednesday 30 July 2025", "28 July 2025 is a Monday, not a Tuesday"),
    ("20251325", "month 13 does not exist"),
    # EDTF's season code or two years: asked, not guessed
    ("2025-26", "'2025-26' is ambiguous: write 2025/2026 for the years, or the season in "
                "words \\(e.g. 'spring 2025'\\)"),
    ("mid-2025", "'mid' is vague: write the dates it covers"),
    ("2025年7月底", "'end' is vague: write the dates it covers \\(e.g. 2025-07-21/2025-07-31\\)"),
    ("2025年年底", "'end' is vague: write the dates it covers \\(e.g. 2025-09/2025-12\\)"),
    ("90年代", "'90年代'"),  # no century: not guessed
    ("2025年中", "'mid' is vague: write the dates it covers \\(e.g. 2025-05/2025-08\\)"),
    ("2025年9月中", "'mid' is vague: write the dates it covers \\(e.g. 2025-09-11/2025-09-20\\)"),
    ("2025年底前", "'end' is vague: write the dates it covers \\(e.g. 2025-09/2025-12\\)"),
    ("early summer 2025", "'early' is vague: write the dates it covers \\(e.g. 2025-06\\)"),
    ("2025年夏初", "'early' is vague: write the dates it covers \\(e.g. 2025-06\\)"),
    # the example is in the span the rest of the text names
    ("late May 2025", "\\(e.g. 2025-05-21/2025-05-31\\) and keep the words in the date note"),
    # a vague word run into a number, as a page pasted without spaces has it (the
    # example's reading found it again, without end)
    ("parameters,late10,372 2025", "'late' is vague"),
    ("early 2025", "\\(e.g. 2025-01/2025-04\\)"),
    ("mid Q2 2025", "\\(e.g. 2025-05\\)"),
    ("5月25日", "'5月25日': no year given"),
    ("7月28日～8月2日", "'7月28日～8月2日': no year given"),  # not "more than one range"
    ("7月28-30日", "no year given"),
    ("7月", "'7月': no year given"),
    ("2025/13", "'2025/13': month 13 does not exist"),
    # EDTF's year 0 (1 BC), earlier and five-digit years: no day of them can be
    # stored or drawn (they were kept with no bounds, 0000/2025 as an open start)
    ("0000-05-25", "'0000-05-25': dates run from the year 1 to the year 9999, not 0"),
    ("0000/2025", "'0000/2025': dates run from the year 1 to the year 9999, not 0"),
    ("-0005", "'-0005': dates run from the year 1 to the year 9999, not -5"),  # not 5
    ("Y12000", "not 12000"),
    ("2025/21", "'2025/21': month 21 does not exist"),  # not spring, as 2025-21 is
    ("01/02/2025 - 03/02/2025", "'01/02/2025' is ambiguous"),
    ("31/02/2025", "'31/02/2025' \\(read as 2025-02-31\\): February 2025 has 28 days"),
    ("31 February 2025", "'31 February 2025' \\(read as 2025-02-31\\): February"),
    # year first with slashes, as Chinese documents write it: the reason, not "not a date"
    ("2025/2/30", "'2025/2/30' \\(read as 2025-02-30\\): February 2025 has 28 days"),
    ("2025/13/01", "'2025/13/01' \\(read as 2025-13-01\\): month 13 does not exist"),
    ("../2025-02-30", "'../2025-02-30': February 2025 has 28 days"),
    ("13/2025", "month 13 does not exist"),
    ("2025-05-25 25:00", "not part of a date"),
    ("", "empty"),
    ("hello", "not a month name or a date word"),
    ("since 2023-2024", "still going on has one start"),
    # EDTF cannot qualify a season: said so, not "(read as 2025-35?) is not a date"
    ("2025-Q3?", "'2025-Q3\\?': a season, quarter or half year cannot be marked uncertain or "
                 "approximate: write Q3 2025 and say so in the date note"),
    ("about spring 2025", "cannot be marked uncertain or approximate: write Spring 2025"),
    ("Q5 2025", "'Q5 2025': a year has quarters Q1 to Q4"),
    ("2025-H3", "'2025-H3': a year has halves H1 and H2"),
    ("9月下旬", "'9月下旬': no year given"),  # was "'月下旬' is not part of a date"
    ("2023年后", "not part of a date"),  # after 2023: no date says when
    ("since", "not a month name or a date word"),
])
def test_invalid_dates_are_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(DateError, match=reason):
        to_edtf(text)


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("2025-05-25", date(2025, 5, 25), date(2025, 5, 25), "day"),
    ("2025-02", date(2025, 2, 1), date(2025, 2, 28), "month"),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
    ("2025", date(2025, 1, 1), date(2025, 12, 31), "year"),
    ("2025-07-28/2025-07-30", date(2025, 7, 28), date(2025, 7, 30), "day"),
    ("2025-07/2025-08-15", date(2025, 7, 1), date(2025, 8, 15), "month"),
    ("2025-07-28/..", date(2025, 7, 28), None, "day"),
    ("../2025-07", None, date(2025, 7, 31), "month"),
    ("202X", date(2020, 1, 1), date(2029, 12, 31), "decade"),
    ("2025-21", date(2025, 3, 1), date(2025, 5, 31), "season"),
    # unknown digits reach back to the year 1, where their range would start at 0
    ("00XX", date(1, 1, 1), date(99, 12, 31), "century"),
    ("0XXX", date(1, 1, 1), date(999, 12, 31), "unknown"),
    # a year wholly unknown has no day to be placed by, as no date
    ("XXXX", None, None, "unknown"),
    ("XXXX-05", None, None, "unknown"),
])
def test_bounds_and_precision(text: str, start: date | None, end: date | None,
                              precision: str) -> None:
    parsed = parse_edtf(text)
    assert (parsed.start, parsed.end, parsed.precision) == (start, end, precision)


def test_qualifiers_and_open_ends_are_kept() -> None:
    uncertain = parse_edtf("2025?")
    assert uncertain.edtf == "2025?" and uncertain.uncertain and not uncertain.approximate
    approximate = parse_edtf("2025-07~")
    assert approximate.approximate and not approximate.uncertain
    both = parse_edtf("2025-07-26/2025-07-30%")
    assert both.uncertain and both.approximate and both.is_interval
    open_end = parse_edtf("2025-07-28/..")
    assert open_end.open_end and not open_end.open_start
    assert parse_edtf("1984?/2004~").uncertain


def test_fast_path_agrees_with_the_edtf_library() -> None:
    import edtf

    for text in ("2025", "2025-02", "2024-02-29", "2025-07-28/2025-07-30", "2025?",
                 "2025-07-28/..", "2019-12/2020-01"):
        ours = parse_edtf(text)
        theirs = edtf.parse_edtf(text)
        lower = theirs.lower_strict()
        assert ours.start == date(lower[0], lower[1], lower[2])
        upper = theirs.upper_strict()
        if ours.end is None:
            assert isinstance(upper, float)
        else:
            assert ours.end == date(upper[0], upper[1], upper[2])


@pytest.mark.parametrize(("edtf", "said"), [
    ("2025-21", "Spring 2025: 1 March – 31 May 2025"),
    ("2025-33", "Q1 2025: 1 January – 31 March 2025"),
    ("2025-02", "February 2025, month only"),
])
def test_a_season_or_quarter_is_said_in_words(edtf: str, said: str) -> None:
    from desktop.core.date_text import describe
    from desktop.core.season_names import season_words

    assert describe(parse_edtf(edtf)) == said
    assert season_words(edtf) == (said.split(":")[0] if ":" in said else None)


@pytest.mark.parametrize(("edtf", "said"), [
    ("2023/..", "from 2023, open end"),
    ("2023-09/..", "from September 2023, open end"),
    ("2025-07-28/..", "from 28 July 2025, open end"),
    ("../2025-03", "until March 2025, open start"),
])
def test_an_open_end_is_said_to_the_precision_it_is_written_to(edtf: str, said: str) -> None:
    """Not "from 1 January 2023", a day no one wrote."""
    from desktop.core.date_text import describe

    assert describe(parse_edtf(edtf)) == said


def test_reading_a_date_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    """The EDTF library prints its attempts for some text; the command line's
    output must stay the app's own."""
    with pytest.raises(DateError):
        to_edtf("..//..")
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(("cell", "expected"), [
    ("Feb-25", "2025-02"),  # Excel's mmm-yy
    ("45802", "2025-05-25"),  # Excel's number for the day, in a cell formatted as a number
    ("45802.75", "2025-05-25"),  # ... with the time of day
    ("2025.0", "2025"),  # a year column with gaps, as pandas writes it
])
def test_a_spreadsheet_cell_is_read_as_the_spreadsheet_meant_it(cell: str,
                                                                 expected: str) -> None:
    assert to_edtf(cell, excel_years=True).edtf == expected
    with pytest.raises(DateError):  # typed, none of them is a date
        to_edtf(cell)


def test_edtf_in_full_width_digits_is_read_in_ascii() -> None:
    """A file or a field holding EDTF typed in full-width digits is stored as
    EDTF is written, not as typed (it was, and every reader refused it)."""
    parsed = parse_edtf("２０２５-０６-１２/２０２５-０６-１４")
    assert parsed.edtf == "2025-06-12/2025-06-14"
    assert (parsed.start, parsed.end) == (date(2025, 6, 12), date(2025, 6, 14))
