"""The name a text gives the event it reports, for a title when the text has
no headline line: "The 2025 China-ASEAN Digital Ministers' Forum opened in
Nanning …" is the "2025 China-ASEAN Digital Ministers' Forum";
2025年4月10日，中国—上海合作组织人工智能合作论坛在天津开幕 the 中国—上海合作组织人工智能合作论坛.

Only a name in the text's first sentence that ends in a word for an event
(Forum, Summit, 论坛, 峰会 …) and is what the sentence is about (its subject,
before the verb saying it opened, was held or signed) counts: "officials
discussed the Belt and Road Forum" names no event of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A capitalised name, with the small words a name holds and a year or an
# ordinal before it ("2025 China-ASEAN Digital Ministers' Forum", "8th World
# Artificial Intelligence Conference", "Forum on China-Africa Cooperation Summit")
_ENGLISH_EVENT = re.compile(
    r"(?:(?:\d{4}|\d{1,3}(?:st|nd|rd|th))\s+)?(?:[A-Z][\w'’-]*"
    r"(?:\s+(?:(?:on|of|for|the|in|and|&)\s+)*(?:[A-Z0-9][\w'’-]*))*?"
    r"\s+)?(?:Forum|Conference|Summit|Seminar|Symposium|Workshop|Meeting|Dialogue|Expo"
    r"|Exhibition|Fair|Congress|Festival|Roundtable|Round\s+Table|Week|Games|Assembly"
    r"|Session|Talks)\b"
    # (or opening with it: "Forum on China-ASEAN Technology Transfer and
    # Collaborative Innovation 2025", "… Roundtable on Artificial Intelligence")
    # (or whose it is: "Annual Meeting of the New Champions", "Summit of the Americas")
    r"(?:\s+(?:on|of\s+the)\s+[A-Z][\w'’-]*(?:\s+(?:(?:of|for|the|and|&)\s+)*[A-Z0-9][\w'’-]*)*)?")
# The longest such name from where one starts ("Roundtable Dialogue Conference",
# not its "Roundtable Dialogue")
_LONGEST_EVENT = re.compile(_ENGLISH_EVENT.pattern.replace("))*?", "))*", 1))
# A word the subject may open with after "the": "The inaugural …", "the annual …"
_OPENING_WORD = re.compile(r"\s*\b(?:inaugural|first|annual|latest|new)$")
# "Ministers and officials … attend the China-ASEAN Ministerial Roundtable on
# Artificial Intelligence in Nanning": the event they came to
# (not one attended before: "…, who arrived in Beijing after attending the Boao Forum")
_ATTENDED = re.compile(r"\b(?<!after\s)(?<!before\s)(?:attend|attends|attended|attending"
                       r"|(?:spoke|speaking|met)\s+at"
                       r"|took\s+part\s+in|participated\s+in)\s+the\s+$", re.IGNORECASE)
# "… during the 8th meeting of the Kazakh-Chinese Business Council": a body's
# meeting, named by the body (after the words saying one was there)
_ORDINAL_WORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual"
                 r"|inaugural)")
_BODY_MEETING = re.compile(
    rf"(?:(?:\d{{1,3}}(?:st|nd|rd|th)|{_ORDINAL_WORD})\s+)?"
    r"(?:meeting|session|plenary(?:\s+session)?)\s+of\s+the\s+"
    r"[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|&)\s+)*[A-Z][\w'’-]*)*?\s+"
    r"(?:Council|Committee|Commission|Board|Working\s+Group|Joint\s+Group)\b")
_AT_THE = re.compile(r"\b(?<!after\s)(?<!before\s)(?:during|at|in|to\s+attend|attended|attending"
                     r"|chaired|co-chaired)"
                     rf"\s+(?P<the>the)\s+(?:{_ORDINAL_WORD}\s+)?$", re.IGNORECASE)
# "… programmes announced by President Xi Jinping during the 8th Ministerial
# Conference of FOCAC": an earlier event the item recalls, not its own
_RECALLED = re.compile(r"\b(?:announced|proposed|put\s+forward|pledged)"
                       r"(?:\s+by\s+[^,.;]{1,80}?)?\s*$"
                       # ("… said the agreement followed a meeting at the Forum on …")
                       r"|\bfollow(?:ed|s|ing|ed\s+up\s+on)\s[^,.;]{1,80}$", re.IGNORECASE)
_SENTENCES_LOOKED_AT = 3
# …opened, was held, convened, took place, kicked off: the subject's verb
_ENGLISH_VERB = re.compile(
    # ("a Roundtable Dialogue Conference between the Government and CEOs … took place")
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*[^,]{1,80},\s*|between\s+[^,.;]{1,80}?\s+)?"
    r"(?:was\s+|is\s+|will\s+be\s+)?"
    r"(?:opened|opens|open|held|convened|convenes|took\s+place|takes\s+place|kicked\s+off"
    r"|kicks\s+off|began|begins|started|starts|closed|closes|concluded|concludes|wrapped\s+up"
    r"|was|is)\b")
# 第二届中国—中亚峰会, 2025中国—东盟人工智能合作论坛: a name ending in a word for an event
# (第二期…研讨班开班式: the course, its opening ceremony left off)
_CHINESE_EVENT = re.compile(
    r"(?P<name>(?:第[一二三四五六七八九十百\d]+[届屆期]|\d{4}(?:年)?)?"
    r"[\u4e00-\u9fff—\-–·“”《》A-Za-z0-9]{2,40}?"
    r"(?:论坛|論壇|峰会|峰會|研讨会|研討會|博览会|博覽會|展览会|展覽會|大会|大會|对话会|對話會"
    r"|交流会|交流會|座谈会|座談會|会议|會議|培训班|培訓班|研讨班|研討班|研修班|周|週))"
    r"(?:开幕式|開幕式|开班式|開班式|启动仪式|啟動儀式)?")
# …在天津开幕, 于6月17日举行, 开幕: where the subject ends
# (以线上方式召开: held online)
_CHINESE_VERB = re.compile(r"\d{1,2}(?:月\d{1,2})?日|在|于|於|日前|近日|今天|昨天|\s|开幕|開幕"
                           r"|以(?=[\u4e00-\u9fff]{1,6}方式)"
                           r"|举行|舉行|召开|召開|闭幕|閉幕|举办|舉辦|启动|啟動")
# 由中国国际经济交流中心主办的“…论坛”: who held it, before the name (or its
# theme: 以“开放合作·互利共赢”为主题的2024四川国际友城合作与发展大会)
_CHINESE_BY = re.compile(r"^(?:由[^，。,“”《》]{2,40}?(?:联合|共同)?"
                         r"(?:主办|主辦|承办|承辦|举办|舉辦|指导|指導|协办|協辦|支持)的"
                         r"|以[“《][^“”《》]{1,30}[”》][为為](?:主题|主題)的)")
# the name in quotation marks or title marks, the subject all but them
_CHINESE_QUOTED = re.compile(r"[“《]([^“”《》]{2,40})[”》]")
# (not the dot of a company's "Co., Ltd." before what it did: "… Co., Ltd. have signed")
# (not a form of address's full stop: "… Ambassador to Rwanda Mr. Wang Xuekun and …")
SENTENCE_END = re.compile(r"(?<!\bCo)(?<!\bLtd)(?<!\bInc)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)"
                          r"(?<!\bProf)(?<!\bHon)(?<!\bAmb)(?<!\bSt)"
                          # (nor an initial's: "Dr the Hon. Keith Rowley, M.P. led …")
                          r"(?<!\b[A-Z]\.[A-Z])[.!?](?:\s|$)|[。！？\n]"
                          r"|(?:(?<=\bCo)|(?<=\bLtd)|(?<=\bInc))\.(?:\s+(?![a-z])|$)")
# What a Chinese sentence may open with before its subject: a day and a comma
_CHINESE_OPENING = re.compile(
    r"^(?:\s|[，,：:]|当地时间|當地時間|北京时间|北京時間|\d{4}年(?=\d{1,2}月)|\d{1,2}月|\d{1,2}日|[上下]午|晚间?|当天|當天|今天|昨天|近日|日前"
    # (a span: 12月5日至6日; the reporter's name after a wire's dateline: （记者林昊）)
    r"|[至到](?=\d)|[（(][^（）()]{1,20}[）)])*")


def event_name(text: str) -> str:
    """The name the first sentence of ``text`` gives the event it is
    about, or "" when it gives none so (in English, the first of three
    sentences that gives one, or the event they say people attended)."""
    stripped = text.strip()
    end = SENTENCE_END.search(stripped)
    sentence = stripped[:end.start()] if end else stripped
    if mostly_chinese(sentence):
        return _chinese_name(sentence)
    sentences = [sentence]
    while end is not None and len(sentences) < _SENTENCES_LOOKED_AT:
        start = end.end()
        end = SENTENCE_END.search(stripped, start)
        sentences.append(stripped[start:end.start() if end else len(stripped)])
    return (next((name for each in sentences if (name := _english_name(each))), "")
            or next((name for each in sentences if (name := _attended(each))), ""))


_AFTER_A_PREPOSITION = re.compile(r"\b(?:at|in|on|of|to|from|for|during|with|by|after|before)"
                                  r"\s+the$")


def _english_names(sentence: str) -> Iterator[re.Match[str]]:
    """The names in a sentence, each of two words or more ("Forum" alone is none)."""
    return (found for found in _ENGLISH_EVENT.finditer(sentence)
            if len(found.group().split()) > 1)


def _english_name(sentence: str) -> str:
    for found in _english_names(sentence):
        before = sentence[:found.start()].strip().lower()
        before = _OPENING_WORD.sub("", before)  # "The inaugural …"
        # the sentence's subject: at its start, after "The", a day or a place
        if before and not before.endswith((",", "the", "its", "this year's", "—", "–", "-")) and (
                not re.search(r"(?:^|\s)an?$", before)):  # ("…, a Roundtable … took place")
            continue
        if _AFTER_A_PREPOSITION.search(before):
            continue  # (no subject: "… a meeting at the Forum on …, held in Beijing")
        for named in (found, _LONGEST_EVENT.match(sentence, found.start())):
            # (not "The Conference was attended by …": "Conference" alone names none)
            if named and _ENGLISH_VERB.match(sentence, named.end()) and len(
                    (name := re.sub(r"^The\s+", "", named.group())).split()) > 1:
                return name
    return ""


def _attended(sentence: str) -> str:
    """The event a sentence says people attend ("… attend the X Roundtable in …"),
    or a body's meeting it says something was done at."""
    for found in _english_names(sentence):
        if _ATTENDED.search(sentence, 0, found.start()):
            return found.group()
    for found in (*_english_names(sentence), *_BODY_MEETING.finditer(sentence)):
        if (at := _AT_THE.search(sentence, 0, found.start())) and not _RECALLED.search(
                sentence, 0, at.start()):
            # ("during the second Pak-China B2B Conference": its ordinal too)
            named = sentence[at.end("the"):found.end()].strip()
            return named[:1].upper() + named[1:] if found.group()[:1].isupper() else named
    return ""


def _chinese_name(sentence: str) -> str:
    opening = _CHINESE_OPENING.match(sentence)
    rest = sentence[opening.end() if opening else 0:]
    verb = _CHINESE_VERB.search(rest)
    if verb is None or verb.start() == 0:
        return ""
    subject = _CHINESE_BY.sub("", rest[:verb.start()])
    found = _CHINESE_EVENT.fullmatch(subject)
    if found is None and (quoted := _CHINESE_QUOTED.fullmatch(subject)):
        found = _CHINESE_EVENT.fullmatch(quoted.group(1))
    return found.group("name") if found else ""


def mostly_chinese(text: str) -> bool:
    """Whether most of the letters of ``text`` are Chinese characters."""
    letters = [ch for ch in text if ch.isalpha()]
    han = sum(1 for ch in letters if "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")
    return bool(letters) and han * 2 > len(letters)
