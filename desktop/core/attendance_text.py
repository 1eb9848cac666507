"""How many people attended, as a spreadsheet cell says it: "about 150",
"more than 3,000", "150+", "约3000人", "3万", and pandas' "150.0".

A number is read only when it is one whole number of people, and a word that
says "fewer than" is refused: the store can say exact, approximately, more
than or at least, and a cell read as anything else would be a wrong figure.
"""

from __future__ import annotations

import re

from desktop.core.dates import half_width

_QUALIFIER_WORDS = (
    ("at_least", ("at least", "no fewer than", "not less than", "≥", ">=", "至少", "不少于",
                  "不少於", "上千", "上万", "上百")),
    ("more_than", ("more than", "over", ">", "超过", "超過", "逾", "多于", "多於")),
    ("approximately", ("approximately", "approx", "about", "around", "some", "roughly",
                       "nearly", "almost", "circa", "c.", "ca.", "~", "or so", " odd", "约",
                       "大约", "約", "大約", "近", "左右", "上下")),
)
# The store has no "fewer than" or "at most": such a cell is refused, not read
# as the number ("no more than 500" and 不超过 were read as more than 500).
_FEWER_WORDS = ("less than", "fewer than", "under", "below", "<", "up to", "at most",
                "no more than", "not more than", "不到", "少于", "不足", "不超过", "不多于",
                "最多", "至多")
_UNITS = {"万": 10_000, "千": 1_000, "百": 100, "k": 1_000, "thousand": 1_000}
_NUMBER = re.compile(r"\d[\d,.\u00a0\u202f ]*")
_UNIT_AFTER = re.compile(r"\s*(万|千|百|k\b|thousand\b)")
# 余 or 多 after the number: "2万余人", "3000多人", more than it
_ODD_AFTER = re.compile(r"\s*[余多]")
# A number in Chinese numerals, as the press writes round ones: 两千, 近千人
# (a unit alone is one of it: 千 is a thousand).
_CHINESE_NUMBER = re.compile(r"[零一二两三四五六七八九十百千万]+")


def read_attendance(text: str) -> tuple[int, str]:
    """(number, qualifier) of a cell; ValueError says why it is not one."""
    lowered = " ".join(half_width(text).lower().split())  # "１，２００" as "1,200"
    at_least = any(word in lowered for word in _QUALIFIER_WORDS[0][1])  # "no fewer than"
    if not at_least and any(word in lowered for word in _FEWER_WORDS):
        raise ValueError(f"'{text}' says fewer than a number, which cannot be stored: write "
                         "the number with 'approximately', or put the words in the notes")
    numbers = [match for match in _NUMBER.finditer(lowered) if match.group().strip(" ,.")]
    if not numbers and len(written := _CHINESE_NUMBER.findall(lowered)) == 1:
        start = lowered.index(written[0])
        if lowered[:start].endswith(("数", "几", "若干")):  # 数百人: several hundred
            raise ValueError(f"'{text}' is not one number of people")
        number, end = _chinese(written[0], text), start + len(written[0])
    elif len(numbers) != 1:
        raise ValueError(f"'{text}' is not one number of people" + (
            " (a range can go in the notes)" if len(numbers) > 1 else ""))
    else:
        found = numbers[0]
        if lowered[:found.start()].rstrip().endswith(("-", "\u2212")):
            raise ValueError(f"'{text}' is not a number of people (it is below zero)")
        unit = _UNIT_AFTER.match(lowered, found.end())
        number = _number(found.group().strip(" ,."), _UNITS[unit[1]] if unit else 1, text)
        end = unit.end() if unit else found.end()
    qualifier = next((name for name, words in _QUALIFIER_WORDS
                      if any(word in lowered for word in words)), "exact")
    if lowered[end:].lstrip().startswith("+"):
        qualifier = "at_least"  # "150+"
    elif qualifier == "exact" and _ODD_AFTER.match(lowered, end):
        qualifier = "more_than"
    return number, qualifier


# Written out here rather than with cn2an: a count of people is a few
# numerals and units, and that library pulls in pkg_resources and a YAML reader.
_CHINESE_DIGITS = {character: value for value, characters in enumerate(
    ("零〇", "一", "二两", "三", "四", "五", "六", "七", "八", "九")) for character in characters}
_CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}


def _chinese(written: str, text: str) -> int:
    """两千 2000, 一千五 1500 (the last digit in the unit below), 十万 100000."""
    total = section = digit = 0
    last_unit = 0
    for character in written:
        if character in _CHINESE_DIGITS:
            digit = _CHINESE_DIGITS[character]
        elif character in _CHINESE_UNITS:
            section += (digit or 1) * _CHINESE_UNITS[character]
            digit, last_unit = 0, _CHINESE_UNITS[character]
        elif character == "万":
            total += ((section + digit) or 1) * 10_000
            section = digit = last_unit = 0
        else:
            raise ValueError(f"'{text}' is not one number of people")
    if digit and written[-1] in _CHINESE_DIGITS and len(written) > 1 and (
            written[-2] in _CHINESE_UNITS or written[-2] == "万"):
        digit *= (last_unit or 10_000) // 10  # 一千五: fifteen hundred
    return total + section + digit


def _number(digits: str, unit: int, text: str) -> int:
    digits = digits.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in digits:  # 1 000, grouped by thousands; else two numbers
        if not re.fullmatch(r"\d{1,3}( \d{3})+", digits):
            raise ValueError(f"'{text}' is not one number of people")
        digits = digits.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", digits):  # 3,000
        return int(digits.replace(",", "")) * unit
    if unit == 1 and re.fullmatch(r"\d{1,3}(\.\d{3})+", digits):  # 3.000, as in Germany
        return int(digits.replace(".", ""))
    if re.fullmatch(r"\d+(\.\d+)?", digits):
        value = float(digits) * unit  # 1.5万; pandas' 150.0
        if value == int(value):
            return int(value)
    raise ValueError(f"'{text}' is not a whole number of people")
