"""Who took part by video, as a report says it right after their name: "San
Lwin (via video)", "MIIT joining via video", "addressed the forum via video
link", 以视频方式致辞, 发表视频致辞 — for the note of that participant's link
to the event (``REMOTE_NOTE``)."""

from __future__ import annotations

import re
from collections.abc import Collection

from desktop.core.name_forms import past_a_chinese_title
from desktop.core.search import fold

# "San Lwin (via video)", "MIIT joining via video", 以视频方式: how one took
# part, the link's note
_REMOTE = re.compile(r"\s*[(（]\s*(?:via|by)\s+video(?:\s*link|conference)?\s*[)）]"
                     r"|,?\s+(?:who\s+)?(?:joined|joining|took\s+part|taking\s+part"
                     r"|participated|participating|spoke|speaking|attended|attending"
                     r"|appeared|appearing)\s+(?:via|by)\s+video(?:\s*link|conference)?\b"
                     # "addressed the forum via video", "delivered a speech by video link"
                     r"|,?\s+(?:who\s+)?(?:addressed|addressing|delivered|delivering|gave|giving"
                     r"|made|making)\s+(?:[\w'-]+\s+){1,4}?(?:via|by)\s+video"
                     r"(?:\s*link|conference)?\b"
                     r"|\s*[(（]\s*(?:视频|視頻|线上|線上|以视频方式|以視頻方式)\s*[)）]"
                     r"|\s*(?:以视频方式|以視頻方式|通过视频|通過視頻)"
                     # 王毅发表视频致辞, 作视频讲话
                     r"|\s*(?:发表|發表|作|进行|進行)?\s*(?:视频|視頻)(?:致辞|致辭|讲话|講話|演讲|演講"
                     r"|发言|發言|连线|連線)", re.IGNORECASE)
# A meeting or a call held by video ("met via video link", "held a video call",
# 举行视频会晤): all people named in its sentence took part so (not a country
# named there, "Brazil's Lula": the people its side sent did)
_VIDEO_MEETING = re.compile(
    r"[^.。!?！？;；\n]*(?:\b(?:met|meets|meet|held\s+talks|talked|spoke|conferred)\s+"
    r"(?:(?:on\s+)?\w+day\s+)?(?:(?:via|by|through)\s+(?:a\s+)?video(?:\s*link|\s*conference)?"
    r"|virtually)\b|\b(?:held|had|holds|has)\s+(?:a\s+)?(?:video\s+(?:call|conference|meeting|talks)"
    r"|virtual\s+(?:meeting|talks|summit))\b"
    r"|(?:举行|進行|进行)?(?:视频|視頻)(?:会晤|會晤|会谈|會談|通话|通話|会见|會見)"
    r"|以(?:视频|視頻)方式(?:会见|會見|会晤|會晤|会谈|會談))[^.。!?！？;；\n]*", re.IGNORECASE)
REMOTE_NOTE = "via video"
# What every way of saying so holds (a text without it is not searched further)
_VIDEO = re.compile("video|视频|視頻|线上|線上", re.IGNORECASE)


def says_by_video(text: str) -> bool:
    """Whether the text may say someone took part by video (``remote_named``
    finds none in a text that does not)."""
    return _VIDEO.search(text) is not None


def remote_named(text: str, names: dict[str, list[str]],
                 people: Collection[str] = ()) -> set[str]:
    """The participants (of ``names``, their names by id) the text says took
    part by video: the words right after one of their names say so, or, of
    ``people`` (ids), their sentence says they met by video.  Those
    words are found first, and the names read back from them: most texts
    say none, and a short name ("Li") is in many words."""
    folded = fold(text)
    ends: set[int] = set()  # where a name said to be remote would end
    for said in _REMOTE.finditer(folded) if says_by_video(folded) else ():
        ends.add(said.start())
        # 李强总理以视频方式致辞: what the title is said of, the name
        ends.update(end for end in range(max(0, said.start() - 6), said.start())
                    if past_a_chinese_title(folded, end) == said.start())
    # (all sides of a meeting held by video, anywhere in its sentence)
    meetings = [(said.start(), said.end()) for said in _VIDEO_MEETING.finditer(folded)] if (
        says_by_video(folded) or "virtual" in folded) else []
    remote: set[str] = set()
    for participant_id, spellings in names.items() if ends or meetings else ():
        keys = {fold(spelling) for spelling in spellings}
        if any(key and folded.endswith(key, 0, end) and _a_word_from(folded, end - len(key), key)
               for key in keys for end in ends) or (participant_id in people and any(
                _named_within(folded, key, start, end) for key in keys if key
                for start, end in meetings)):
            remote.add(participant_id)
    return remote


def _named_within(folded: str, key: str, start: int, end: int) -> bool:
    """Whether the name ``key`` is written, as a word, between ``start`` and ``end``."""
    found = folded.find(key, start, end)
    while found >= 0:
        if _a_word_from(folded, found, key) and not (
                key.isascii() and found + len(key) < len(folded)
                and folded[found + len(key)].isalnum()):
            return True
        found = folded.find(key, found + 1, end)
    return False


def _a_word_from(folded: str, start: int, key: str) -> bool:
    """A Latin name as a word of its own: not "li" of "Mali"."""
    return not (key.isascii() and start > 0 and folded[start - 1].isalnum())
