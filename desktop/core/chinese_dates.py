"""Dates as Chinese documents write them — 2025年7月28日至30日, 2025年7月下旬,
2025年第三季度, 2025年上半年, 下午3时 — rewritten as the ISO-like text the
friendly date reader (friendly_dates) understands: "2025-07-28 to 30".
"""

from __future__ import annotations

import calendar
import re

from desktop.core.dates import WEEKDAY_NAMES, DateError
from desktop.core.spreadsheet_dates import day_text

_CJK_WEEKDAY = re.compile(r"[(（]?(?:星期|礼拜|禮拜|周|週)([一二三四五六日天])[)）]?")
_CJK_SEASONS = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}
_CJK_VAGUE = {"初": "early", "底": "end", "末": "end"}
# A month's three ten-day periods (旬) are days 1-10, 11-20 and 21 to its end:
# dates, not vague words.
_CJK_TEN_DAYS = re.compile(r"(\d{4})年(\d{1,2})月([上中下])旬")
# A month's halves (上半月, 下半月): days 1-15 and 16 to its end.
_CJK_HALF_MONTH = re.compile(r"(\d{4})年(\d{1,2})月([上下])半月")
_CJK_TIME_OF_DAY = re.compile(
    r"\s*(?:上午|下午|中午|晚上|晚|早上|凌晨|傍晚)?\s*\d{1,2}[时点](?:\d{1,2}分|半)?"
    r"|\s*(?:上午|下午|中午|晚上|早上|凌晨|傍晚)")
_CJK_DASH = r"\s*[-‐‑‒–—―~～〜－]+\s*"
_CJK_DASH_AFTER_DAY = re.compile(rf"(月\d{{1,2}})[日号]?{_CJK_DASH}(?=\d)")
_CJK_DASH_AFTER_MARK = re.compile(rf"([日号月年]){_CJK_DASH}(?=\d)")
_CJK_DASH_IN_MONTHS = re.compile(rf"(年\d{{1,2}}){_CJK_DASH}(\d{{1,2}}月)")
_CJK_VAGUE_WORD = re.compile("|".join(_CJK_VAGUE))
_AROUND_AFTER = re.compile(r"\s*(?:左右|前后|前後)$")
# 1990年代, 20世纪90年代, 上世纪90年代 (the last century: the 20th, as these
# dates are written now); 90年代 alone names no century, and is refused.
_CJK_DECADE = re.compile(r"(?:(\d{3})0|(?:(\d{2})|上)世[纪紀](\d)0)年代")


def _cjk_month(number: str, typed: str) -> str:
    """A month written with 月, two digits: one of the twelve, never one of
    EDTF's season codes (2025-21) that its digits would make."""
    if not 1 <= int(number) <= 12:
        raise DateError(f"'{typed}': month {int(number)} does not exist (use 1 to 12)")
    return f"{int(number):02d}"


def chinese_to_latin(text: str) -> str:
    """Rewrite 2025年7月28日至30日 as ISO-like text the rest understands."""
    if text.isascii():
        return text  # most dates: none of the rewriting below applies
    typed = text
    # "About" written after the date (2025年左右, 9月1日前后), or as 大约 before it.
    text, around = _AROUND_AFTER.subn("", text.strip())
    text = ("circa " if around else "") + text.replace("大约", "约").replace("大約", "约")
    text = re.sub(r"年年([初底末])", r"年\1", text)  # 2025年年底 is 2025年底
    text = re.sub(r"([初底末])前$", r"\1", text)  # 年底前, "by the end of": as vague
    # 年中, 9月中 (not 中旬): the middle of it, vague as "mid-2025" is
    text = re.sub(r"(?<=[年月])中(?!旬)", " mid ", text)
    # 2025年1至9月: the months' range, as 2025年1-9月 is
    text = re.sub(r"(\d{4})年(\d{1,2})\s*[至到]\s*(?=\d{1,2}月)", r"\1年\2月至", text)
    # 前三季度, 前两季度: the first quarters, in months
    text = re.sub(r"(\d{4})年?前([二两三2-3])季度", _first_quarters, text)
    text = _CJK_DECADE.sub(_decade, text)
    # A dash or a tilde between the parts of a date written in characters is
    # 至: "2025年7月28-30日", "7月28日～8月2日", "2025年7-8月".  Read as they
    # stand, its "-" ran into the ISO dates they are rewritten as.
    text = _CJK_DASH_AFTER_DAY.sub(r"\1日至", text)
    text = _CJK_DASH_AFTER_MARK.sub(r"\1至", text)
    text = _CJK_DASH_IN_MONTHS.sub(r"\1月至\2", text)
    text = _CJK_TEN_DAYS.sub(_ten_days, text)
    text = _CJK_HALF_MONTH.sub(_half_month, text)

    def month(number: str) -> str:
        return _cjk_month(number, typed)

    text = re.sub(r"(\d{4})年(\d{1,2})月\s*至\s*(\d{1,2})月(?![\d上中下])",  # 2025年7月至8月
                  lambda m: f"{m[1]}-{month(m[2])}/{m[1]}-{month(m[3])}", text)
    text = re.sub(r"(\d{4})年(\d{1,2})月(\d{1,2})[日号]",
                  lambda m: f"{m[1]}-{month(m[2])}-{int(m[3]):02d}", text)
    text = re.sub(r"(\d{4})年(\d{1,2})月", lambda m: f"{m[1]}-{month(m[2])}", text)
    text = re.sub(r"(\d{1,2})月(\d{1,2})[日号]",
                  lambda m: f"{month(m[1])}-{int(m[2]):02d}", text)
    text = re.sub(r"(\d{4})年?第?([一二三四1-4])季度",
                  lambda m: f"q{'一二三四1234'.index(m[2]) % 4 + 1} {m[1]}", text)
    text = re.sub(r"(\d{4})年?([上下])半年", lambda m: f"h{'上下'.index(m[2]) + 1} {m[1]}", text)
    # The time of day after a date: 上午, 下午9时30分 (as "10:00" is, below)
    text = _CJK_TIME_OF_DAY.sub("", text)
    text = re.sub(r"(\d{4})年?([春夏秋冬])(?:季|天)?",
                  lambda m: f"{_CJK_SEASONS[m[2]]} {m[1]}", text)
    text = _CJK_VAGUE_WORD.sub(lambda m: f" {_CJK_VAGUE[m[0]]} ", text)
    text = _CJK_WEEKDAY.sub(lambda m: f" {WEEKDAY_NAMES['一二三四五六日天'.index(m[1]) % 7]} ",
                            text)
    text = re.sub(r"(\d{4})年", r"\1", text)
    text = re.sub(r"(\d{1,2})[日号]", r"\1", text)
    text = re.sub(r"\s*(?:至|到)\s*", " to ", text)
    return text.replace("约", "circa ").replace("約", "circa ")


def _ten_days(found: re.Match[str]) -> str:
    """2025年7月下旬 as 2025-07-21/2025-07-31."""
    year, month = int(found[1]), int(found[2])
    first = 1 + 10 * "上中下".index(found[3])
    last = (first + 9 if first < 21 else
            calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 31)
    return f"{day_text(year, month, first)}/{day_text(year, month, last)}"


def _decade(found: re.Match[str]) -> str:
    """1990年代, 20世纪90年代, 上世纪90年代 as "1990s"."""
    if found[1] is not None:
        return f"{found[1]}0s"
    century = int(found[2]) if found[2] is not None else 20
    return f"{century - 1}{found[3]}0s"


def _half_month(found: re.Match[str]) -> str:
    """2025年7月下半月 as 2025-07-16/2025-07-31."""
    year, month = int(found[1]), int(found[2])
    if found[3] == "上":
        return f"{day_text(year, month, 1)}/{day_text(year, month, 15)}"
    last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 31
    return f"{day_text(year, month, 16)}/{day_text(year, month, last)}"


def _first_quarters(found: re.Match[str]) -> str:
    """2025年前三季度 as 2025-01/2025-09."""
    quarters = {"二": 2, "两": 2, "2": 2, "三": 3, "3": 3}[found[2]]
    return f"{found[1]}-01/{found[1]}-{3 * quarters:02d}"
