"""A foreign table's categories, event types and roles, read against the
vocabularies.

A value the vocabulary has is taken in its spelling there, whatever the case;
a Chinese word for one of the default values is taken as that value ("论坛"
is a forum, "（主办）" a host), in either character set; any other category
or event type is new, and added to its vocabulary when the table is
imported (vocabularies are the analyst's to extend; refusing the table for
a "workshop" would leave no way in).  A role the vocabulary does not have
stays with the participant as a note, as before.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core.former_terms import former_values
from desktop.core.models import VocabularyTerm
from desktop.core.search import fold

# Chinese words (simplified; traditional is folded to it) for default values.
CHINESE_WORDS: dict[str, dict[str, str]] = {
    "event_type": {
        "论坛": "forum", "峰会": "summit", "会议": "conference", "大会": "conference",
        "研讨会": "seminar", "签约": "agreement signing", "签署": "agreement signing",
        "协议签署": "agreement signing", "签约仪式": "agreement signing",
        "合作": "partnership", "伙伴关系": "partnership", "发布": "announcement",
        "宣布": "announcement", "联合中心": "joint centre", "模型部署": "model deployment",
        "访问": "visit", "考察": "visit",
    },
    "role": {
        "主办": "host", "主办方": "host", "主办单位": "host", "联合主办": "co-host",
        "共同主办": "co-host", "协办": "co-organizer", "协办方": "co-organizer",
        "协办单位": "co-organizer", "承办": "executive organizer",
        "承办方": "executive organizer", "承办单位": "executive organizer",
        "组织": "organizer", "组织方": "organizer", "签署方": "signatory",
        "签约方": "signatory", "见证": "witness", "见证人": "witness", "发言": "speaker",
        "演讲": "speaker", "演讲嘉宾": "speaker", "发言人": "spokesperson", "出席": "attendee",
        "参加": "participant", "参与": "participant", "参与方": "participant",
        "代表": "representative", "提及": "mentioned",
    },
}
# English words a table writes for a default role in other words.
ENGLISH_ROLES = {"keynote": "speaker", "keynote speaker": "speaker", "panelist": "speaker",
                 "panellist": "speaker", "signer": "signatory", "chair": "host",
                 "co-chair": "co-host", "guest": "attendee", "delegate": "attendee"}
ADDABLE = ("category", "event_type")
# "Name (role)", in either kind of brackets; the name may hold brackets of its own.
NAME_WITH_ROLE = re.compile(
    r"^(?P<name>.*?)\s*[(（](?P<role>(?:[^()（）]|[(（][^()（）]*[)）])*)[)）]\s*$")
# The fixed statuses in Chinese (simplified; traditional is folded to it).
CHINESE_STATUSES = {"草稿": "draft", "待审": "needs_review", "待审核": "needs_review",
                    "需审核": "needs_review", "待核实": "needs_review", "已核实": "verified",
                    "已核验": "verified", "已验证": "verified", "已确认": "verified"}


def status_of(text: str) -> str:
    """A status cell as the store takes it: one of ours, or its Chinese word."""
    return CHINESE_STATUSES.get(fold(text), text)


class TableTerms:
    """The vocabularies as one pass over a table reads them, and the new
    categories and event types it finds."""

    def __init__(self, session: Session) -> None:
        self.known: dict[str, dict[str, str]] = {name: {} for name in (*ADDABLE, "role")}
        for vocabulary, value in session.execute(
                select(VocabularyTerm.vocabulary, VocabularyTerm.value).where(
                    VocabularyTerm.vocabulary.in_(list(self.known)))):
            self.known[vocabulary][value.casefold()] = value
        # An old name of a value renamed or merged away here is that value.
        for (vocabulary, folded), value in former_values(session).items():
            if vocabulary in self.known:
                self.known[vocabulary].setdefault(folded, value)
        # "co-organiser", "Co organizer", "coorganizer" are our "co-organizer"
        self.loose = {name: {_loosely(key): value for key, value in values.items()}
                      for name, values in self.known.items()}
        self.new: dict[str, dict[str, str]] = {name: {} for name in ADDABLE}

    def _known(self, vocabulary: str, text: str) -> str | None:
        text = " ".join(text.split())  # as the vocabulary keeps its values
        known = self.known[vocabulary]
        if (value := known.get(text.casefold())) is not None:
            return value
        if (value := self.loose[vocabulary].get(_loosely(text))) is not None:
            return value
        english = CHINESE_WORDS.get(vocabulary, {}).get(fold(text))
        if english is None and vocabulary == "role":
            english = ENGLISH_ROLES.get(text.casefold())
        return known.get(english.casefold()) if english else None

    def value(self, vocabulary: str, text: str) -> str:
        """A category's or event type's value; a new one is noted to be added."""
        text = " ".join(text.split())  # a line break in a cell is a space in the vocabulary
        found = self._known(vocabulary, text)
        if found is not None:
            return found
        return self.new[vocabulary].setdefault(text.casefold(), text)

    def role(self, text: str) -> str | None:
        return self._known("role", text)

    def added(self) -> dict[str, list[str]]:
        """The new values, by vocabulary, in the spelling first met."""
        return {name: list(values.values()) for name, values in self.new.items() if values}


def _loosely(text: str) -> str:
    """A value as spelt either side of the Atlantic, with or without its
    hyphens and spaces: "co-organiser" and "Co organizer", "Joint Center" and
    "joint centre" alike."""
    return re.sub(r"[\s-]", "", text.casefold()).replace("organis", "organiz").replace(
        "center", "centre")
