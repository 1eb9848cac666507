"""Who hosted, chaired or organised an event as a report says it in the active
voice: "Shanghai's government hosted the conference", "MIIT co-organised the
forum", "CDRI held a two-day workshop" (see ``roles_named``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop.core.english_clauses import FULL_STOP, SENTENCE_START
from desktop.core.english_posts import ADDRESS, APPOSITIVE
from desktop.core.said_before import said_before
from desktop.core.talks_named import LONGEST_WHO
from desktop.core.who_did import who_did

# "Shanghai's government hosted the conference", "MIIT co-organised the forum"
_ENGLISH_ACTIVE = re.compile(
    r"\s+(?:also\s+|(?P<jointly>jointly\s+))?"
    # ("Deputy Minister Phan Tam and CAC Vice Minister Wang Jingtao co-chaired the forum")
    # ("The Minister for Foreign Affairs …, Simeón Oyono Esono Angüe, oversaw the meeting")
    r"(?:(?P<verb>co-?hosted|hosted|co-?organi[sz]ed|organi[sz]ed|co-?chaired|chaired"
    r"|oversaw|presided\s+over)"
    r"\s+(?:the|a|an|this|its)\b"
    # a headline's "India's IT Ministry Hosts DeepSeek", "MIIT organises a forum"
    r"|(?P<now>co-?hosts|hosts|co-?organi[sz]es|organi[sz]es)\s+(?:(?:the|a|an|this|its)\b"
    r"|(?-i:[A-Z])))",
    re.IGNORECASE)
# "CDRI held a two-day workshop on …": its host (and "A and B held …" its
# co-hosts), when the sentence names no other host ("South Korea and China held
# a seminar …, hosted by KIEP": KIEP); not "held talks" nor "a meeting with"
_ENGLISH_HELD = re.compile(
    # ("… held Friday a summit meeting in …")
    r"\s+(?:also\s+|jointly\s+)?(?:held|holds|hold|convened|convenes)\s+"
    r"(?:(?:on\s+)?(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+)?"
    r"(?:a|an|the|its|their)\s+"
    # (not "held a press conference with …": those who spoke to the press after)
    r"(?!(?:joint\s+)?(?:press|news)\s+(?:conferences?|briefings?))"
    r"(?:[\w'’-]+\s+){0,4}?(?:workshops?|forums?|seminars?|conferences?|symposi(?:um|a)"
    r"|dialogues?|roundtables?|summits?|ceremon(?:y|ies)|trainings?|webinars?|sessions?"
    r"|exhibitions?|expos?|fairs?|festivals?|courses?|hackathons?|competitions?|events?"
    # ("… Chen Hai, Chinese Ambassador to Myanmar, held a reception marking …")
    r"|receptions?|banquets?|galas?)\b",
    re.IGNORECASE)
_OTHER_HOST = re.compile(r"\b(?:(?:co-?)?hosted|(?:co-?)?organi[sz]ed|(?:co-?)?chaired|sponsored)"
                         r"\s+(?:jointly\s+)?by\b", re.IGNORECASE)
_WITH_PARTNER = re.compile(r",?\s*\bin\s+(?:close\s+)?(?:collaboration|co-?operation|partnership"
                           r"|conjunction)\s+with\s+[^,]*,?", re.IGNORECASE)
_SENTENCE_END = re.compile(FULL_STOP + r"(?=\s|$)|[!?。！？\n](?:\s|$)")


def hosts_named(text: str) -> Iterator[tuple[int, str, str]]:
    """(where, role, the words naming who) for each host, co-host or organiser
    the text names before what they did."""
    for start, match, who in said_before(text, _ENGLISH_ACTIVE, SENTENCE_START,
                                         LONGEST_WHO):
        did = " ".join((match.group("verb") or match.group("now")).lower().split()).replace(
            "organis", "organiz").replace("coh", "co-h").replace("coc", "co-c")
        role = {"hosted": "host", "hosts": "host", "co-hosted": "co-host",
                "chaired": "host", "co-chaired": "co-host", "oversaw": "host",
                "presided over": "host",
                "co-hosts": "co-host", "organized": "organizer", "organizes": "organizer"}.get(
            did, "co-organizer")
        if match.group("jointly") and not role.startswith("co-"):
            role = f"co-{role}"  # "A and B jointly organized a roundtable"
        yield start, role, who_did(who)
    for start, match, who in said_before(text, _ENGLISH_HELD, SENTENCE_START,
                                         LONGEST_WHO):
        end = _SENTENCE_END.search(text, match.end())
        if not _OTHER_HOST.search(text, start, end.start() if end else len(text)):
            # (with whom, said between commas, co-organised it: "A, in
            # collaboration with B, held …" — A hosted it alone)
            who = _WITH_PARTNER.sub(" ", who_did(who)).strip(" ,")
            yield start, "co-host" if _several(who) else "host", who


def _several(who: str) -> bool:
    """Whether the words name more than one: "Kenya and Ethiopia", "A, B",
    "NDRC and the Ministry …" (not "Ministry of Post and Telecommunications")."""
    if APPOSITIVE.fullmatch(re.sub(rf"^\s*(?:{ADDRESS}\s+)+", "", who.strip(" ,"))):
        return False  # ("H.E. Mr. Chen Hai, Chinese Ambassador to Myanmar,": one, and their post)
    if "," in who or re.search(r"\s(?:and|&)\s+the\s", who):
        return True
    joined = re.search(r"\s(?:and|&)\s", who)
    return joined is not None and not re.search(r"\s(?:of|for)\s", who[:joined.start()])
