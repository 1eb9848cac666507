"""What a pasted news item says about itself rather than about the event: its
byline and publication stamp ("By Reuters Staff", "Published: 2 June 2025",
"发布时间：2025-06-02 10:30"), the date in its web address, and the
dateline that opens its first paragraph ("VIENTIANE, March 14 (Xinhua) --",
"新华社南宁9月18日电": see ``datelines``).

Pages copied from a browser start with such lines as often as with the
headline, and their dates are the article's, not the event's: the headline is
the first line that is none of them, their date is the source's publication
date, and the event's date is read from the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.core.datelines import dateline_span, filed_day, one_day, wire_publisher

# A line that labels itself as the article's: a byline (a name after "By", not
# "By 2030, …"), a stamp, a credit; English or Chinese (either script).
_LABELLED = re.compile(
    r"(?:by\s+(?![\d\W])"
    r"|(?:published|updated|posted|last\s+updated|first\s+published)(?:\s+on)?\b"
    r"(?!\s+(?:date|time)\b)\s*[:：]?"  # ("Published Date:2018-08-24": below)
    # ("Information for the Press N°: 123", "Press Release No. 45")
    r"|(?:information\s+for\s+the\s+press|press\s+release|news\s+release)\b[^\n]{0,20}$"
    # (a byline's second line: "Staff Writer of the Tsinghua News Center")
    r"|(?:staff\s+writer|staff\s+reporter|correspondent)\b[^\n]{0,60}$"
    # (a reporter's name in capitals and where he writes from: "from ARMANDO DOMINGOS in
    # Maputo, Mozambique"; a paper's bureau: "Mozambique Bureau")
    r"|from\s+(?-i:[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){1,3})\s+in\s+[^\n]{2,40}$"
    r"|(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+Bureau)$"
    # (a photo's caption: "FILE- President … (L) and …", "FILE PHOTO: …")
    r"|(?-i:FILE)(?:\s+(?-i:PHOTO))?\s*[-–—:]"
    # (a page's trail to the article: "Home > China News", "当前位置：首页 > 新闻")
    r"|(?:home|首页|首頁)\s*[>»›]|(?:当前位置|當前位置|您的位置|you\s+are\s+here)\s*[:：]"
    # (or the site's sections a slash apart: "China / Politics", "News / World / Asia")
    r"|(?-i:(?:[A-Z][\w&'-]*(?:\s[A-Z&][\w&'-]*){0,2}\s/\s){1,3}[A-Z][\w&'-]*"
    r"(?:\s[A-Z&][\w&'-]*){0,2}$)"
    # ("Release Date:2023-10-17 17:18:05     Source:Xinhua")
    r"|(?:(?:release|publication|publish(?:ed)?|posting)\s+(?:date|time)"
    r"|date|source|photo|image|editor|reporter|written\s+by"
    r"|发布时间|发布日期|更新时间|时间|日期|来源|作者|编辑|责任编辑|记者|本报记者|图片来源"
    r"|文章日期|文章来源|文章來源|发稿时间|發稿時間"
    r"|發[布佈]時間|發[布佈]日期|更新時間|時間|來源|編輯|責任編輯|記者|本報記者|圖片來源)\s*[:：])",
    re.IGNORECASE)
_UPDATED = re.compile(r"(?:updated|更新时间|更新時間)\s*[:：]?\s*$", re.IGNORECASE)
# What a stamp adds after its date: a time, a time zone, "Updated … ago".
_STAMP_REST = re.compile(
    r"(?:[\s\d:.,|/+\-–—()]|am\b|pm\b|a\.m\.|p\.m\.|gmt|utc|cst|bst|est|edt|hkt|sgt"
    r"|updated|ago|hours?|hrs?|mins?|minutes?|published|北京时间|北京時間|台北時間)*",
    re.IGNORECASE)
# A date in a news site's address: /20250314/, /2025/0314/, /202503/14/, /2025-03-14/
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-]?(\d\d)[/-]?(\d\d)(?=[/_.-]|$)")


# Who published it, where the article says so: "Source: Xinhua | Editor: …",
# 来源：新华社, a wire dateline "VIENTIANE, March 14 (Xinhua) --" or 新华社南宁9月18日电.
_SOURCE_LABEL = re.compile(r"(?:source|来源|來源)\s*[:：]\s*(?P<name>.+?)\s*"
                           r"(?:[|｜　]|\s{2}|\s+\S+\s*[:：]|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    headline: str  # "" when the text has no headline line of its own
    body: str  # the text without the lines about the article
    published: str  # the publication day (EDTF), "" when nothing says
    publisher: str = ""  # "" when the article does not say


MAX_HEADLINE = 300
# The sections that end a press release, about the companies and whom to ask:
# "About Huawei", "About the Digital Economy Promotion Agency", "Media contact:"
_ABOUT_SECTION = re.compile(r"(?:About|ABOUT)\s+(?:the\s+)?[A-Z][^\n.!?]{0,70}:?"
                            r"|(?i:(?:media|press)\s+(?:contacts?|enquiries|inquiries))\s*:.*")
# A first line of sentences is the first paragraph, not a headline: a headline
# has no 。 (2023年12月5日至6日，…论坛在乌鲁木齐举行。来自…), nor two
# sentences ending in a full stop
_PARAGRAPH = re.compile(r"[。！？]|[.!?]\s+[A-Z][^\n]*[.:]$")
_LONGEST_DATE = 8  # words
# An event's page gives where and when it is in labelled lines ("Date: …",
# "Venue: …"), and may label its headline ("Event: …")
_VENUE_LABEL = re.compile(r"(?:venue|location|place|where|地点|地點)\s*[:：]", re.IGNORECASE)
_EVENT_DATE_LABEL = re.compile(r"(?:date|dates|when|时间|日期|時間)\s*[:：]", re.IGNORECASE)
_PAGE_LABEL = re.compile(r"^(?:event|活动|活動)\s*[:：]\s*", re.IGNORECASE)
# A line in brackets alone over a syndicated item: "(MENAFN- APO Group)" (its
# opening bracket lost too: "MENAFN - Jordan News Agency)"); a page's tools or
# trail ("Home / International / … Tools: Save | Print | E-mail | Most Read",
# "Adjust font size:", "You are here")
_THE_PAGES_OWN = re.compile(
    r"[(（]?[^()（）\n]{2,40}[)）]|(?:\s*[^|\s][^|\n]{0,60}\|){3,}[^|\n]{0,40}|[|\s]+"
    # (a site's trail of sections: "English>>Foreign Affairs"; a label alone: "Latest
    # News:"; the site and the stamp: "//english.dbw.cn 2016-09-27 12:52:16 |")
    r"|[^>\n]{1,30}(?:\s*(?:>>|»)\s*[^>\n]{1,30}){1,4}"
    # (not an event page's heading: "Speakers:")
    r"|(?i:latest\s+news|related(?:\s+(?:news|stories|articles))?|tags?"
    r"|share|read\s+more|most\s+read|top\s+stories)\s*:|//[\w.-]+\.\w+.*"
    r"|(?i:adjust\s+font\s+size|font\s+size|you\s+are\s+here|share\s+this"
    r"|print\s+this\s+(?:page|article))\s*:?")
# A photo's caption closes with its credit: "At the signing ceremony. (Photo: VNA)",
# "… (Source: VNA)", "… (right). — VNA/VNS Photo Dương Giang", "… (图片来源：新华社)"
_CAPTION = re.compile(r"(?:[(（]\s*(?:photo|source|image|picture|图|图片|圖片|图片来源|圖片來源)"
                      r"\s*[:：/]?[^()（）]{1,60}[)）]|\[(?:photo|image)\s*[:/][^\[\]]{1,40}\]"
                      r"|[-–—]\s*\S{1,20}\s+photo(?:\s+by)?(?:\s+\S+){0,4}"
                      # (or "… on July 23, 2018. PHOTO | URUGWIRO")
                      r"|[.\s](?-i:PHOTO)\s*[|:]\s*[^|\n]{1,40})\s*$", re.IGNORECASE)


def read_article(text: str, url: str = "") -> Article:
    """Tell the lines about the article from the rest: the headline is the
    first other line (when more follow it); the publication day is the
    earliest those lines give, else the address's, else the day of an update."""
    lines = [line.strip() for line in text.strip().splitlines()]
    boilerplate = next((number for number, line in enumerate(lines)
                        if number > 1 and _ABOUT_SECTION.fullmatch(line)), None)
    if boilerplate is not None:  # a press release's "About Huawei" and what follows
        lines = lines[:boilerplate]
    about = [line for line in lines if line and (_LABELLED.match(line) or _is_stamp(line)
                                                 or _THE_PAGES_OWN.fullmatch(line))]
    papers = [line for number, line in enumerate(lines) if _PAPER_AND_TOWN.fullmatch(line)
              and 0 < number < len(lines) - 1 and lines[number - 1] in about
              and _LABELLED.match(lines[number + 1])]
    about += papers
    if any(_VENUE_LABEL.match(line) for line in lines):
        # an event's page: its "Date:" (beside "Venue:") is the event's, not the page's
        about = [line for line in about if not _EVENT_DATE_LABEL.match(line)]
    filled = [line for line in lines if line and line not in about]
    # A photo's caption stays in the body (it names who is in the picture) but
    # is no headline: the first other line is tried.
    uncaptioned = [line for line in filled if not _CAPTION.search(line)]
    first = next(iter(uncaptioned), "")
    # A line opening with a wire's dateline is the item's first paragraph.
    headline = (_PAGE_LABEL.sub("", first) if len(uncaptioned) > 1 and len(first) <= MAX_HEADLINE
                and dateline_span(first) is None and not _PARAGRAPH.search(first)
                and not _a_sentence(first) else "")
    days = [found for line in about if (found := _day_in(line)) is not None]
    stamped = sorted(day for day, is_update in days if not is_update)
    updated = sorted(day for day, is_update in days if is_update)
    # (a caption above the first paragraph would be read as its first sentence,
    # and hide the dateline that opens it: captions close the body)
    captions = [line for line in filled if _CAPTION.search(line)]
    body = "\n".join([line for line in lines if line not in about and line not in captions]
                     + captions).strip()
    # An update's day is later than the publication the address or a dateline names.
    published = (next(iter(stamped), "") or url_day(url) or filed_day(body)
                 or next(iter(updated), ""))
    # ("Six new agreements have been signed between Kenya and China.": a title has no
    # full stop of its own; "… Co." and "U.S." keep theirs)
    headline = _CLOSING_STOP.sub("", _CLOSING_BARS.sub("", _PICTURES.sub("", headline)))
    return Article(headline, body, published, _publisher(about, body) or "".join(
        _PAPER_AND_TOWN.sub(r"\g<paper>", paper) for paper in papers[:1]))


# AllAfrica's line of the paper and its town, between the day and the byline ("23 December
# 2019", "Forum on China-Africa Cooperation (Beijing)", "By Xinhua"): about the article
_PAPER_AND_TOWN = re.compile(r"(?P<paper>[A-Z][^()\n]{1,80}?)\s+\([A-Z][\w'’ .-]{1,30}\)")


# (a page's note that pictures go with it: "(组图)", "（图）", "[视频]")
_PICTURES = re.compile(r"[^\S\n]*[(（\[【](?:组图|組圖|图|圖|多图|多圖|视频|視頻|高清组图)[)）\]】]"
                       r"[^\S\n]*$", re.MULTILINE)


def without_picture_notes(text: str) -> str:
    """The text without a line's closing note that pictures go with it
    (肖千大使会见南澳州州督孙芳安(组图)), no part of the names before it."""
    return _PICTURES.sub("", text)
_CLOSING_BARS = re.compile(r"\s*\|[\s|]*$")  # ("… former President | |||||||||||")
_CLOSING_STOP = re.compile(r"(?<![A-Z])(?<!\bCo)(?<!\bLtd)(?<!\bInc)(?<!\bCorp)(?<!\bJr)\.$")


def _a_sentence(line: str) -> bool:
    """A long line closed by a full stop is the first paragraph's sentence
    ("China and ASEAN nations launched … on Thursday, establishing …"):
    a headline is shorter and closes with none."""
    return line.endswith(".") and len(line.split()) >= _SENTENCE_WORDS


_SENTENCE_WORDS = 15


def _publisher(about: list[str], body: str) -> str:
    """The publisher a source line names, else the wire of the first dateline."""
    for line in about:
        label = _SOURCE_LABEL.search(line)
        if label is not None:
            return label.group("name")
    return wire_publisher(body).strip()


def _leading_day(text: str) -> tuple[str, int] | None:
    """The day the text starts with, and how many of its words say it."""
    # ("Wednesday, 16. Sep 2020": a day with the full stop of an ordinal)
    words = _ORDINAL_STOP.sub(r"\1", text).split()
    for length in range(min(_LONGEST_DATE, len(words)), 0, -1):
        day = one_day(" ".join(words[:length]).rstrip(",.;:|"))
        if day is not None:
            return day, length
    return None


_ORDINAL_STOP = re.compile(r"\b(\d{1,2})\.(?=\s+[A-Za-z])")
# (a Chinese day with its time written on: 2023年03月07日09:31)
_DAY_THEN_TIME = re.compile(r"([日号])(?=\d{1,2}:\d{2})")
# (or the time alone before the day: "13:18, December 22, 2011")
_WIRE_AND_TIME = re.compile(r"^(?:\(?[A-Z][A-Za-z]+\)\s*)?\d{1,2}:\d{2}\s*,?\s*")


# (or the paper's name and a colon: "Sierra Leone Telegraph: 7 September 2019:")
_PAPER_AND_COLON = re.compile(r"^[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,4}\s*:\s+"
                              r"(?=\d|[A-Z][a-z]+\.?\s+\d)")


def _is_stamp(line: str) -> bool:
    """A date, with a time and "Updated … ago" at most: a stamp without a
    label; or followed by labelled parts ("2025年10月5日 08:21　来源：人民网",
    as Chinese news sites print the line under the headline)."""
    # (People's Daily's "(Xinhua) 10:34, March 15, 2025": the wire and the time first)
    line = _PAPER_AND_COLON.sub("", _WIRE_AND_TIME.sub("", _DAY_THEN_TIME.sub(r"\1 ", line)))
    found = _leading_day(line)
    if found is None:
        return False
    rest = " ".join(line.split()[found[1]:])
    stamp_rest = _STAMP_REST.match(rest)
    after = rest[stamp_rest.end() if stamp_rest else 0:]
    return not after or _LABELLED.match(after) is not None


def _day_in(line: str) -> tuple[str, bool] | None:
    """The first day a line about the article gives — after its label (which
    Chinese writes without a space), else at any word — and whether it is
    the day of an update ("… Updated 15 March 2025")."""
    line = _DAY_THEN_TIME.sub(r"\1 ", line)
    label = _LABELLED.match(line)
    starts = [(line[:label.end()], line[label.end():])] if label else []
    words = line.split()
    starts += [(" ".join(words[:index]), " ".join(words[index:])) for index in range(len(words))]
    # (a label after another: "文章来源:河南省外事网 发布日期:2025-07-25")
    starts += [(before + text[:again.end()], text[again.end():]) for before, text in starts[1:]
               if (again := _LABELLED.match(text))]
    for before, text in starts:
        found = _leading_day(text)
        if found is not None:
            return found[0], bool(_UPDATED.search(before))
    return None


def url_day(url: str) -> str:
    """The day a news site's address names (/20250314/, /2025/0314/), or ""."""
    match = _URL_DATE.search(url)
    if match is None:
        return ""
    try:
        return date(*map(int, match.groups())).isoformat()
    except ValueError:
        return ""
