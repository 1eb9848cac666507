"""Who held talks or met, in English, for ``roles_named``: "Wang Yi held talks
with Thongloun Sisoulith", "Lula met with Xi" — both sides took part (from the
clause's start to the verb, and after it to the clause's end), with the ways
reports name them: "Wang, who is also …, met with", "The Premier of …, Li
Qiang, and the Chairman of …, Zhao Leji, held …", "Dr. Amr Talaat, Minister of
… met with", "Ambassador of … to Sri Lanka, Qi Zhenhong, met with"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.countries import named_country
from desktop.core.countries_named import PEOPLES_ADJECTIVE
from desktop.core.english_clauses import (
    CLAUSE_END,
    CLAUSE_START,
    SENTENCE_START,
    recalled,
)
from desktop.core.english_meetings import DELEGATION_OF, LED_BY, TALKS
from desktop.core.english_posts import APPOSITIVE, TITLE
from desktop.core.respective_posts import RESPECTIVE
from desktop.core.said_before import said_before
from desktop.core.who_did import who_did

# The most characters read back from a verb for who did it (a list of four
# people with their posts and bodies runs past 200)
LONGEST_WHO = 320
# A post opening the words (who was met names no one but by a comma before it)
_A_POST_FIRST = re.compile(rf"\s*{TITLE}\s+(?i:of|for)\s")
# (after a dateline too, its dash or the blanks it is read as: "Seoul, 12 March
# 2023 - Park Jin, the …")
# (and after who led a delegation: "a delegation led by Liu Junfeng, Vice President of …, met")
# (or after the day the sentence opens with: "On May 26, Kandhi A. Elieisar, secretary …")
_HOLDER_BEFORE = re.compile(r"(?:^\s*|[.;:\n]\s*|\s[-–—]+\s+|\s\s|\b(?:led|headed)\s+by\s+"
                            r"|(?<=\d),\s+)"
                            r"((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+"
                            # (an initial in it: "Kandhi A. Elieisar, secretary of …, met")
                            # (the words of one line: not a byline's "By Xinhua" above it)
                            r"(?:[^\S\n]+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}),\s*$")
# (and whose it is, after where: "During his visit to Geneva, Switzerland, Indonesia’s
# Minister of Communication and Informatics, Budi Arie Setiadi, held …")
# ("The Chinese Foreign Minister, Qin Gang, met …": a people's post, with nothing after it)
# (and after an opening phrase: "On this day, the special representative of …, Ambassador Qiu
# Xiaoqi, held a meeting with …")
_POST_BEFORE_HOLDER = re.compile(rf"(?:^\s*|[.;:\n]\s*|\band\s+|,\s+(?=[A-Z][\w-]*['’]s\s)"
                                 # ("Last Friday, a special representative of …, Mr. Yang
                                 # Jiechi, met with …")
                                 r"|,\s+(?=(?:[Tt]he|an?)\s)"
                                 # (or a wire's bracket and a dash: "Mogadishu(SONNA)-Chinese
                                 # Ambassador to Somalia, H.E. Fei Shengchao on Tuesday had …")
                                 r"|\s[-–—]+\s+|\s\s|\)[-–—]+\s*)"
                                 rf"((?:[Tt]he\s+|an?\s+)?(?:(?:[A-Z][\w-]*['’]s\s+"
                                 rf"|{PEOPLES_ADJECTIVE.pattern}\s+)?{TITLE}\s+(?:of|to|for)\s+"
                                 rf"[^,.;:\n]{{1,80}}|(?:[A-Z][\w-]*['’]s|{PEOPLES_ADJECTIVE.pattern})"
                                 rf"\s+{TITLE})),\s*$")


# A name alone (its form of address and particles too: "Dr. Abdullatif bin Rashid Al Zayani")
_HOLDER_ALONE = re.compile(r"\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|H\.\s?E)\.?\s+)?[A-Z][\w'’-]*"
                           r"(?:\s+(?:(?:bin|binti|ibn|al|de|da|van|von)\s+)?[A-Z][\w'’-]*){1,4},?\s*")
_WHEN_ALONE = re.compile(r"\s*(?:(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
                         r"|yesterday|today|earlier\s+today)\s*", re.IGNORECASE)


def talks_named(text: str) -> Iterator[tuple[int, str, str]]:
    """(where, "participant", the words naming who) for each side of talks held."""
    for start, match, who in said_before(text, TALKS, CLAUSE_START, LONGEST_WHO):
        sentence = _sentence_before(text, match.start())
        if _WHEN_ALONE.fullmatch(who) and sentence < start:
            # ("A, Crown Prince and Senior Minister …, on Saturday had an audience with B":
            # who is named before when, from the sentence's start)
            who = text[sentence:start].rstrip().rstrip(",")
            start = sentence
        if recalled(text, match.start()):
            continue  # ("In December last year, A met with B in Riyadh": an earlier meeting)
        if _AN_EARLIER_STOP.search(text, sentence, match.start()):
            continue  # (talks held on a visit before: "… after completing his visit to India
            # where he held talks with …")
        if _RELATIVE.match(who) and (described := _described_before(text, start)):
            # "…, according to Qin Gang, the Chinese State Councilor and Foreign Minister, who
            # met with": the one the post is of, and the post
            start, who = described
        elif _RELATIVE.match(who) and (
                named := _NAMED_BEFORE.search(text, max(0, start - 60), start)):
            # "Wang, who is also a member of the political bureau of …, met with": Wang
            start, who = named.start(1), named.group(1)
        elif RESPECTIVE.fullmatch(text[sentence:match.start()].strip()):
            # "The Chinese and Nepalese Foreign Ministers, A and B, held talks": both
            start, who = sentence, text[sentence:match.start()]
        elif _POSTS_THEN_NAMES.fullmatch(text, sentence, match.start()):
            # "The Premier of …, Li Qiang, and the Chairman of …, Zhao Leji, held …":
            # each post before its holder
            start, who = sentence, text[sentence:match.start()]
        elif _NAMES_LISTED.fullmatch(text, sentence, match.start()):
            # ("Delegations from Laos, Cambodia, China and Vietnam met in …": all of them,
            # commas apart)
            start, who = sentence, text[sentence:match.start()]
        elif _COUNTRIES_LISTED.fullmatch(text, sentence, match.start()) and all(
                named_country(side.strip()) for side in text[sentence:match.start()].split(",")):
            # (a headline's "China, Angola hold meeting on …": both)
            start, who = sentence, text[sentence:match.start()]
        elif re.match(r"\s*and\b", who):
            # ("China's top diplomat, Wang Yi, and South Korean Foreign Minister … met in
            # …": the first named before the commas, from the sentence's start)
            start, who = sentence, text[sentence:match.start()]
        elif (holder := _HOLDER_BEFORE.search(text, max(0, start - 80), start)) and (
                _A_POST_FIRST.match(who) or APPOSITIVE.fullmatch(
                    f"{holder.group(1)}, {who.strip().rstrip(',').rstrip()}")):
            # "Dr. Amr Talaat, Minister of … met with", "Park Jin, the South Korean
            # foreign minister, met": the post's holder, named before it
            start, who = holder.start(1), f"{holder.group(1)}, {who.strip()}"
        elif (post := _POST_BEFORE_HOLDER.search(text, max(0, start - 120), start)) and (
                _HOLDER_ALONE.fullmatch(who_did(who))):
            # "Ambassador of … to Sri Lanka, Qi Zhenhong, met with": the post before the name
            start, who = post.start(1), f"{post.group(1)}, {who.strip()}"
            if post.group().startswith("and"):
                # ("A and the Foreign Minister of Mongolia, B jointly met": both)
                start, who = sentence, text[sentence:match.start()]
        if not who_did(who).strip() and (named := _NAMED_BEFORE.search(
                text, max(0, start - 80), start)):
            # "President Bola Tinubu, on Wednesday, held a bilateral meeting with": who is
            # named before when
            start, who = named.start(1), named.group(1)
        yield start, "participant", who_did(who)
        end = CLAUSE_END.search(text, match.end())
        if end and end.group() == ";":
            # (those met listed ";" apart, each with their posts, to the sentence's end)
            end = _LIST_END.search(text, end.end())
        # (not where, a venue and its town: "… at the Presidential Villa, Abuja")
        met = _VENUE_AT_END.sub("", text[match.end():end.start() if end else len(text)])
        if (party := _DELEGATION_OF.match(met)) is not None:
            # "met with a delegation of the U.S.-China Business Council led by its chairman
            # Ryan McCarthy": the body took part, who led it stood for it
            led = LED_BY.search(met, party.end())
            yield (match.end() + party.end(), "participant",
                   met[party.end():led.start() if led else len(met)])
            if led is not None:
                yield match.end() + led.end(), "representative", met[led.end():]
            continue
        yield match.end(), "participant", _one_people_for_all(met)


# A headline's two countries a comma apart ("China, Angola hold talks")
_COUNTRIES_LISTED = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s*[A-Z][\w'’.-]*"
                               r"(?:\s+[A-Z][\w'’.-]*)?\s*")
# A sentence opening with names alone, commas apart, up to what they did
# (each word whole, possessive: a word in capitals is not read as letters one by one, which
# took half a minute on "… Crown PRINCE AND SENIOR MINISTER AT THE …")
_NAMES_LISTED = re.compile(r"\s*(?:(?:[A-Z][\w'’.-]*+|of|from|the|and|&)(?:\s*,)?\s*){3,}")


def _one_people_for_all(met: str) -> str:
    """Those met, each post after the first said of the first's people, where the
    first alone names it: "Tanzanian President Samia Suluhu Hassan and Prime
    Minister Kassim Majaliwa" are both Tanzania's (the side met is one country's)."""
    first = _PEOPLES_POST.match(met)
    if first is None:
        return met
    return met[:first.end()] + _NEXT_POST.sub(
        lambda after: f"{after.group()}{first.group('people')} ", met[first.end():])


_PEOPLES_POST = re.compile(rf"(?:the\s+)?(?P<people>{PEOPLES_ADJECTIVE.pattern})\s+{TITLE}\b")
# (a post right after "and" or a comma, no people of its own before it)
_NEXT_POST = re.compile(rf"(?:,\s+|\s+and\s+)(?:the\s+)?(?={TITLE}\b)")


_AN_EARLIER_STOP = re.compile(r"\b(?:after\s+(?:completing|concluding|wrapping\s+up|ending)"
                             r"|(?:previous|earlier|last)\s+(?:visit|trip|stop))\b[^.;]*"
                             r"\bwhere\s+(?:he|she|they)\s*$")
_VENUE_AT_END = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z][^,;\n]*,\s+[A-Z][\w'’-]*"
                           r"(?:\s+[A-Z][\w'’-]*)?\s*$")
_DELEGATION_OF = re.compile(DELEGATION_OF + r"(?:the\s+)?", re.IGNORECASE)
_LIST_END = re.compile(r"(?<![A-Z])\.(?:\s|$)|[!?\n]|,\s+among\s+others")
_RELATIVE = re.compile(r"\s*(?:who|which)(?:\s|$)")
_NAMED_BEFORE = re.compile(r"([A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,3}),\s*$")


def _described_before(text: str, end: int) -> tuple[int, str] | None:
    """Where a name and its post between commas start, right before ``end``, and
    the words ("Qin Gang, the Chinese State Councilor and Foreign Minister,"); None
    when the words there are of no such shape."""
    window = text[max(0, end - 160):end]
    if not window.rstrip().endswith(","):
        return None
    for name in _A_NAMES_START.finditer(window):
        if APPOSITIVE.fullmatch(words := window[name.start():].rstrip().rstrip(",")):
            return end - len(window) + name.start(), words
    return None


_A_NAMES_START = re.compile(r"(?<![\w'’.-])[A-Z]")


def _sentence_before(text: str, end: int) -> int:
    """Where the sentence holding ``end`` starts (at most ``LONGEST_WHO`` before)."""
    start = max(0, end - LONGEST_WHO)
    for stop in SENTENCE_START.finditer(text, start, end):
        start = stop.end()
    return start


# Posts, each with what it is of and then its holder after a comma
_POST_THEN_HOLDER = (rf"(?:[Tt]he\s+)?(?:{PEOPLES_ADJECTIVE.pattern}\s+)?{TITLE}\s+(?:of|to|for)\s+"
                     r"[^,.;:\n]{1,120},\s+"
                     r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}")
_POSTS_THEN_NAMES = re.compile(rf"\s*{_POST_THEN_HOLDER}(?:,?\s+and\s+{_POST_THEN_HOLDER})*,?\s*")


