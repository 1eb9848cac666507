"""Who did something and to whom, in English: "A visited B", "A received B",
"After presenting her credentials to B, A told …" (``doer_and_other``), and
an envoy who "was accredited as the new ambassador of China to …"
(``accredited``), and "Meeting A on March 27, B conveyed …" (``met_first``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.english_clauses import CLAUSE_END, SENTENCE_START
from desktop.core.said_before import said_before
from desktop.core.talks_named import LONGEST_WHO
from desktop.core.who_did import who_did


def doer_and_other(text: str, verb: re.Pattern[str], doer: str, other: str,
                   cut: re.Pattern[str] | None = None) -> Iterator[tuple[int, str, str]]:
    """Who did it (from the sentence's start to ``verb``) with role ``doer``, and
    whom it was done with or to (from the verb to the clause's end, or to ``cut``)
    with role ``other``."""
    last: tuple[int, int, str] | None = None  # (where the verb ended, where who starts, who)
    for start, match, who in said_before(text, verb, SENTENCE_START, LONGEST_WHO):
        end = CLAUSE_END.search(text, match.end())
        whom = text[match.end():end.start() if end else len(text)]
        if last and last[0] == start and _AND_THEN.fullmatch(who):
            # ("… presenting her credentials to A and calling on B": A is whom the first was
            # done to, the one who did both the same)
            who, start = last[2], last[1]
            whom = whom[:comma] if (comma := whom.find(", ")) >= 0 else whom
        elif _OPENING_CLAUSE.fullmatch(who):
            if (comma := whom.find(", ")) >= 0 and (
                    subject := _SUBJECT.match(text, match.end() + comma + 2)):
                # "After presenting her credentials to …, Wei told …": who did it opens
                # the sentence's main clause, after the comma
                start, who = subject.start(), subject.group()
                whom = whom[:comma]
            else:
                who = ""
        if who:
            yield start, doer, who_did(who)
        last = (match.end(), start, who)
        yield match.end(), other, whom[:found.start()] if cut and (
            found := cut.search(whom)) else whom


# "After presenting …, Wei told …": a clause opening the sentence with what was
# done; the one who did it is the main clause's subject, in capitals after the comma
_OPENING_CLAUSE = re.compile(r"\s*(?:After|Before|Upon|On|While|Since)\s*")
_AND_THEN = re.compile(r"[^,;]*\s+and\s*")
_SUBJECT = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
# "Guo Wei was accredited as the new ambassador of China to Seychelles on Tuesday"
_ACCREDITED = re.compile(r"\s+(?:was|has\s+been|is)\s+(?:formally\s+|officially\s+)?accredited"
                         r"\s+as\s+(?P<post>(?:the\s+|an?\s+)?[^,.;\n]{3,100}?)"
                         r"(?=\s+(?:on|in|at|during|by|after|before)\b|\s*[,.;\n]|$)",
                         re.IGNORECASE)


def accredited(text: str) -> Iterator[tuple[int, str, str]]:
    """(where, "participant", the words naming who and the post they were
    accredited to) for each envoy the text says was accredited."""
    for start, match, who in said_before(text, _ACCREDITED, SENTENCE_START, LONGEST_WHO):
        yield start, "participant", f"{who_did(who).strip()}, {match.group('post')}"


# "Meeting Honduran Foreign Minister Eduardo Reina on March 27, Chinese Vice President Han
# Zheng conveyed …": a sentence opening with whom its subject met
_MEETING_FIRST = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:When\s+|While\s+)?[Mm]eeting\s+"
                            r"(?:with\s+)?(?P<whom>[A-Z][^,;.\n]{2,120}?),\s+"
                            r"(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


def met_first(text: str) -> Iterator[tuple[int, str, str]]:
    """(where, "participant", the words naming who) for both sides of a meeting
    a sentence opens with."""
    for match in _MEETING_FIRST.finditer(text):
        yield match.start("whom"), "participant", who_did(match.group("whom"))
        yield match.start("who"), "participant", match.group("who")
