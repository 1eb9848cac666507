"""The words naming who did what a verb says, read back from the verb to the
start of its clause: the names before "signed", 签署, 出席 (``roles_named``,
``chinese_roles``)."""

from __future__ import annotations

import re
from collections.abc import Iterator


def said_before(text: str, verb: re.Pattern[str], clause_start: re.Pattern[str],
                longest: int) -> Iterator[tuple[int, re.Match[str], str]]:
    """(where the names start, the verb's match, the words naming who) for
    each of the verb's matches: the words from the clause's start (or the
    verb matched before) up to the verb, at most ``longest`` characters and
    at least two.  The verb is found first and the names read back from it:
    a pattern of the names before the verb, tried at every character of a
    long page, took forty times as long."""
    floor = 0
    for match in verb.finditer(text):
        start = max(floor, match.start() - longest)
        for stop in clause_start.finditer(text, start, match.start()):
            start = stop.end()
        floor = match.end()
        who = text[start:match.start()]
        if len(who.strip()) >= 2:
            yield start, match, who
