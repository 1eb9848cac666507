"""How many people attended, as a spreadsheet cell says it: "about 150",
"more than 3,000", "150+", "约3000人", "3万", and pandas' "150.0".

A number is read only when it is one whole number of people, and a word that
says "fewer than" is refused: the store can say exact, approximately, more
than or at least, and a cell read as anything else would be a wrong figure.
"""

from __future__ import annotations

import re

_QUALIFIER_WORDS = (
    ("more_than", ("more than", "over", ">", "超过", "逾", "多于")),
    ("at_least", ("at least", "no fewer than", "not less than", "≥", ">=", "至少", "不少于")),
    ("approximately", ("approximately", "approx", "about", "around", "some", "roughly",
                       "nearly", "almost", "circa", "c.", "ca.", "~", "约", "大约", "近",
                       "左右")),
)
# The store has no "fewer than": such a cell is refused, not read as the number.
_FEWER_WORDS = ("less than", "fewer than", "under", "below", "<", "不到", "少于", "不足")
_UNITS = {"万": 10_000, "千": 1_000, "百": 100, "k": 1_000, "thousand": 1_000}
_NUMBER = re.compile(r"\d[\d,.\u00a0\u202f ]*")
_UNIT_AFTER = re.compile(r"\s*(万|千|百|k\b|thousand\b)")


def read_attendance(text: str) -> tuple[int, str]:
    """(number, qualifier) of a cell; ValueError says why it is not one."""
    lowered = " ".join(text.lower().split())
    at_least = any(word in lowered for word in _QUALIFIER_WORDS[1][1])  # "no fewer than"
    if not at_least and any(word in lowered for word in _FEWER_WORDS):
        raise ValueError(f"'{text}' says fewer than a number, which cannot be stored: write "
                         "the number with 'approximately', or put the words in the notes")
    numbers = [match for match in _NUMBER.finditer(lowered) if match.group().strip(" ,.")]
    if len(numbers) != 1:
        raise ValueError(f"'{text}' is not one number of people" + (
            " (a range can go in the notes)" if len(numbers) > 1 else ""))
    found = numbers[0]
    unit = _UNIT_AFTER.match(lowered, found.end())
    number = _number(found.group().strip(" ,."), _UNITS[unit[1]] if unit else 1, text)
    qualifier = next((name for name, words in _QUALIFIER_WORDS
                      if any(word in lowered for word in words)), "exact")
    if lowered[found.end():].lstrip().startswith("+"):
        qualifier = "at_least"  # "150+"
    return number, qualifier


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
