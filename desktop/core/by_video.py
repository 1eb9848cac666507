"""Who took part by video, as a report says it right after their name: "San
Lwin (via video)", "MIIT joining via video", "addressed the forum via video
link", 以视频方式致辞, 发表视频致辞 — for the note of that participant's link
to the event (``REMOTE_NOTE``)."""

from __future__ import annotations

import re

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
REMOTE_NOTE = "via video"
# What every way of saying so holds (a text without it is not searched further)
_VIDEO = re.compile("video|视频|視頻|线上|線上", re.IGNORECASE)


def says_by_video(text: str) -> bool:
    """Whether the text may say someone took part by video (``remote_named``
    finds none in a text that does not)."""
    return _VIDEO.search(text) is not None


def remote_named(text: str, names: dict[str, list[str]]) -> set[str]:
    """The participants (of ``names``, their names by id) the text says took
    part by video: the words right after one of their names say so.  Those
    words are found first, and the names read back from them: most texts
    say none, and a short name ("Li") is in many words."""
    folded = fold(text)
    ends: set[int] = set()  # where a name said to be remote would end
    for said in _REMOTE.finditer(folded) if says_by_video(folded) else ():
        ends.add(said.start())
        # 李强总理以视频方式致辞: what the title is said of, the name
        ends.update(end for end in range(max(0, said.start() - 6), said.start())
                    if past_a_chinese_title(folded, end) == said.start())
    remote: set[str] = set()
    for participant_id, spellings in names.items() if ends else ():
        keys = {fold(spelling) for spelling in spellings}
        if any(key and folded.endswith(key, 0, end) and _a_word_from(folded, end - len(key), key)
               for key in keys for end in ends):
            remote.add(participant_id)
    return remote


def _a_word_from(folded: str, start: int, key: str) -> bool:
    """A Latin name as a word of its own: not "li" of "Mali"."""
    return not (key.isascii() and start > 0 and folded[start - 1].isalnum())
