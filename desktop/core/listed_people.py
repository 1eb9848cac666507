"""A person as an event page lists its speakers, one to a line: "Dr. Nanjala
Nyabola, Director, Advox", "Professor Xue Lan, Dean, Schwarzman College,
Tsinghua University", "Chair: Alex Krasodomski, Senior Research Associate,
Chatham House" — the name, the post, the body they hold it at, each after a
comma, where running text would say "…, director of Advox"."""

from __future__ import annotations

import re

from desktop.core.likely_kind import likely_kind
from desktop.core.new_participant import NewName

_LISTED_PERSON = re.compile(
    r"\s*(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|H\.\s?E)\.?\s+)*"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s+"
    r"(?P<post>[A-Z][^,;]{1,60}?),\s+(?P<body>[A-Z][^;]{1,120}?)[\s.]*")
# A post's words (a name is none of these: "Wang Yi, Li Qiang, Xi Jinping" are three)
_POST_WORDS = re.compile(
    r"\b(?:director|dean|ceo|cto|coo|cfo|chair\w*|president|head|fellow|associate|professor"
    r"|minister|secretary|officer|manager|founder|researcher|analyst|lead|partner|advis[eo]r"
    r"|editor|ambassador|counsel+or|coordinator|representative|vice|deputy|chief|senior"
    r"|principal|lecturer|scientist|economist|engineer|governor|commissioner|rector)\b",
    re.IGNORECASE)


# A post's word then a name of two or more words: "Economy Minister Axel Kicillof"
_HOLDER_AFTER_POST = re.compile(rf"(?i:{_POST_WORDS.pattern})\s+"
                                r"(?P<holder>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)$")


# "A, President, CEAB and Prof Dr B, Director, RISE, BUET": two listed, "and" apart
_AND_ANOTHER = re.compile(r"\s+and\s+(?=(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+)*"
                         r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3},\s+[A-Z][^,;]{1,60}?,\s)")


def listed_pair(piece: str) -> list[tuple[int, NewName]]:
    """The two people a piece lists "and" apart, each with post and body
    (where each starts, and who), or none."""
    for join in _AND_ANOTHER.finditer(piece):
        first, second = listed_person(piece[:join.start()]), listed_person(piece[join.end():])
        if first is not None and second is not None:
            return [(0, first), (join.end(), second)]
    return []


def listed_person(piece: str) -> NewName | None:
    """The person a line listing one names, with post and body; None for
    words of any other shape."""
    listed = _LISTED_PERSON.fullmatch(piece)
    if listed is None or re.search(r",\s+and\s", listed.group("body")):
        return None  # (", and Professor Tan Wei …": a list goes on)
    name, post = listed.group("name"), listed.group("post").strip()
    if likely_kind(name) != "person" or not _POST_WORDS.search(post):
        return None
    if _POST_WORDS.search(name) or ((after := _HOLDER_AFTER_POST.search(post)) and not (
            _POST_WORDS.search(after.group("holder")))):
        # ("Cabinet Chief Jorge Capitanich, Economy Minister Axel Kicillof, …": people
        # each named after a post, a list of them)
        return None
    body = listed.group("body").strip(" ,.")
    if _A_SECOND_POST.match(body):
        # ("Wang Zhengwei, Special Envoy of President Xi, CPPCC Vice Chairman and Director of
        # the …": a second post, not a body)
        return NewName(name, "person", position=f"{post}; {body}")
    return NewName(name, "person", position=post, affiliation=body)


# A post opening what would be the body, a body's acronym before it at most
_A_SECOND_POST = re.compile(rf"(?:[A-Z]{{2,}}\s+)?(?i:{_POST_WORDS.pattern})")
