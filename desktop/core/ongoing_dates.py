"""Dates of what is still going on: "since 2023", "2023–present", "from
September 2023 onwards", 2023年至今, 2020年以来, 2023年9月起.

A joint centre, a programme or a standing dialogue runs from its start with
no end yet; EDTF writes that as an open end, "2023/..", which the timeline
draws fading out.  The date reader reads what is left once the words that
say so are taken off, and opens its end.
"""

from __future__ import annotations

import re

# After the start: "- present", "to date", "onwards", "ongoing", 至今 (which
# the Chinese reader has made "to 今"), 迄今, 以来, 起.
_STILL_GOING = re.compile(
    r"\s*(?:(?:-|to|until|till)\s*(?:the\s+)?(?:present|now|today|date|今|ongoing)"
    r"|onwards?|ongoing|present|以来|迄今|至今|起)$")
_SINCE = re.compile(r"since\s+")
_FROM = re.compile(r"(?:from\s+|从|自)")


# What every such date has (a cheap test before the patterns: most dates have none)
_MARKS = ("since", "present", "onward", "ongoing", "date", "now", "today", "今", "以来", "起")


def may_go_on(normal: str) -> bool:
    """Whether ``normal`` may be a date of what is still going on."""
    return any(mark in normal for mark in _MARKS)


def ongoing_start(normal: str) -> str | None:
    """The start of a date written as still going on, or None when it is not
    written so.  ``normal`` is the date reader's lower-case text, its Chinese
    years and months already made Latin ("2023-09以来")."""
    since = _SINCE.match(normal)
    if since is not None:
        rest, marked = normal[since.end():], True
    else:
        start = _FROM.match(normal)
        rest, marked = normal[start.end() if start else 0:], False
    while (end := _STILL_GOING.search(rest)) is not None and end.start() > 0:
        rest, marked = rest[:end.start()].rstrip(), True
    return rest if marked and rest else None
