"""The fields a table of events can fill, and the column names each is
guessed from, in English and Chinese (the column-mapping dialog shows the
guess; the analyst may choose other columns)."""

from __future__ import annotations

import re
from collections.abc import Mapping

# The columns of participants in one role, and the role each links its names in
# (unless a name's brackets give another: "MIIT (co-host)").  A Chinese list
# names them as the page does: 主办 hosts, 承办 the executive organisers, 协办
# the co-organisers.
ROLE_COLUMNS = {"hosts": "host", "co_hosts": "co-host", "organizers": "organizer",
                "executive_organizers": "executive organizer",
                "co_organizers": "co-organizer", "signatories": "signatory",
                "witnesses": "witness", "speakers": "speaker"}
FIELDS = ("id", "title", "native_title", "date", "end_date", "date_note", "place", "country",
          "summary", "participants", *ROLE_COLUMNS, "tags", "category", "event_type",
          "status", "attendance", "attendance_qualifier", "notes", "source_url",
          "source_publisher")
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "uuid"),
    "title": ("title", "name", "event", "event name", "event title", "activity",
              "activity name", "english title", "title in english", "标题", "活动", "名称",
              "英文标题", "英文名称", "活动名称", "会议名称", "事件", "事件名称", "项目名称",
              "活动标题", "agreement", "agreement name", "agreement title", "签约项目",
              "协议名称"),
    "native_title": ("native title", "original title", "title (original)", "chinese title",
                     "title in chinese", "中文标题", "中文名称", "原文标题", "原标题"),
    "date": ("date", "dates", "when", "date(s)", "event date", "日期", "时间", "start date",
             "start", "from", "date from", "begin date", "开始日期", "开始时间", "起始日期",
             "活动日期", "活动时间", "举办日期", "举办时间", "会议时间", "会议日期",
             # a list of agreements
             "date signed", "signing date", "date of signing", "签署日期", "签约日期",
             "签署时间"),
    # a table giving the first and last days in two columns ("Start date", "End date")
    "end_date": ("end date", "end", "to", "date to", "until", "结束日期", "结束时间",
                 "截止日期"),
    "date_note": ("date note", "date notes"),
    "place": ("place", "location", "city", "venue", "where", "地点", "城市", "举办地点", "举办地",
              "活动地点", "会议地点", "举办城市"),
    "country": ("country", "country code", "nation", "country/region", "国家", "国别",
                "国家/地区", "国家和地区", "host country", "举办国", "举办国家"),
    "summary": ("summary", "description", "details", "abstract", "摘要", "简介", "内容",
                "活动内容", "主要内容", "内容摘要", "概要", "概述"),
    "participants": ("participants", "attendees", "who", "parties", "participating parties",
                     "参与者", "参加者", "参与方", "参加方", "参与单位", "参加单位", "参会方",
                     "参会单位", "参与机构", "参会人员", "出席人员"),
    # columns of participants in one role (ROLE_COLUMNS)
    "hosts": ("host", "hosts", "host(s)", "hosted by", "主办", "主办方", "主办单位", "主辦",
              "主辦單位"),
    # (a header's underscores are spaces: "co_hosts" is "co hosts")
    "co_hosts": ("co-host", "co-hosts", "co-host(s)", "co-hosted by", "cohost", "cohosts",
                 "co host", "co hosts",
                 "联合主办", "联合主办方", "联合主办单位", "共同主办", "共同主办方",
                 "共同主办单位"),
    "organizers": ("organizer", "organizers", "organizer(s)", "organiser", "organisers",
                   "organiser(s)", "organized by", "organised by", "组织方", "组织单位"),
    "executive_organizers": ("executive organizer", "executive organizers",
                             "executive organizer(s)", "executive organiser",
                             "executive organisers", "executive organiser(s)", "承办", "承办方",
                             "承办单位", "承辦", "承辦單位"),
    "co_organizers": ("co-organizer", "co-organizers", "co-organizer(s)", "co-organiser",
                      "co-organisers", "co-organiser(s)", "co-organized by", "co-organised by",
                      "co organizer", "co organizers", "co organiser", "co organisers",
                      "协办", "协办方", "协办单位", "協辦", "協辦單位"),
    "signatories": ("signatories", "signatory", "signatory parties", "signed by", "签署方",
                    "签约方", "签署单位", "签约单位", "签署机构"),
    "witnesses": ("witnesses", "witness", "witnessed by", "见证", "见证方", "见证人",
                  "见证单位", "见证嘉宾"),
    "speakers": ("speakers", "speaker", "speaker(s)", "presenters", "keynote speakers",
                 "panelists", "panellists", "发言人", "发言嘉宾", "演讲嘉宾", "演讲人", "主讲人",
                 "致辞嘉宾"),
    "tags": ("tags", "keywords", "labels", "标签", "关键词", "关键字"),
    "category": ("category", "activity category", "类别", "分类", "活动类别"),
    "event_type": ("type", "event type", "kind", "类型", "活动类型", "活动形式", "形式"),
    "status": ("status", "状态"),
    "attendance": ("attendance", "attendees number", "number of attendees", "人数",
                   "参会人数", "参加人数", "出席人数"),
    "attendance_qualifier": ("attendance qualifier",),
    "notes": ("notes", "note", "comments", "remarks", "备注", "附注", "说明"),
    "source_url": ("source", "source url", "source link", "url", "link", "链接", "来源",
                   "来源链接", "原文链接", "网址", "新闻链接"),
    "source_publisher": ("publisher", "source publisher", "outlet", "媒体", "来源媒体",
                         "发布媒体", "发布机构"),
}


# What a header adds in brackets: "Date (YYYY-MM-DD)", "日期（公历）", "Link [1]".
_BRACKETED = re.compile(r"\s*[(（\[【][^)）\]】]*[)）\]】]\s*")


def _normal(header: str) -> str:
    return " ".join(header.replace("_", " ").strip().lower().split())


# The words that give a header away when no field's whole name matches it
# ("Event country", "Who took part", "Participating organisations", 参与国家),
# tried only on the columns left over.
_TELLING_WORDS: dict[str, tuple[str, ...]] = {
    # first: "Participating countries", 参与国家 list participants, not the event's country
    "participants": ("participants", "participating", "took part", "attendees", "参与", "参加",
                     "出席"),
    "country": ("country", "nation", "国家", "国别"),
    # a co- role before its plain one, whose words it holds ("Co-hosted by")
    "co_hosts": ("co-host", "co-hosts", "co-hosted", "co-hosting", "联合主办", "共同主办"),
    "hosts": ("host", "hosts", "hosted", "hosting", "主办"),
    "co_organizers": ("co-organiser", "co-organisers", "co-organizer", "co-organizers",
                      "co-organised", "co-organized", "协办"),
    "executive_organizers": ("executive organiser", "executive organisers",
                             "executive organizer", "executive organizers", "承办"),
    "organizers": ("organiser", "organisers", "organizer", "organizers", "organised",
                   "organized"),
    # not "signed" or "witnessed" alone: "Date signed" is a date
    "signatories": ("signatory", "signatories", "signed by", "签署方", "签约方"),
    "witnesses": ("witness", "witnesses", "witnessed by", "见证"),
    "speakers": ("speaker", "speakers", "presenter", "presenters", "panelist", "panelists",
                 "发言", "演讲", "致辞"),
    "place": ("location", "city", "venue", "地点", "城市"),
    "summary": ("summary", "description", "摘要", "简介"),
    "notes": ("notes", "comments", "remarks", "备注"),
}


def _told(header: str, telling_words: Mapping[str, tuple[str, ...]]) -> str | None:
    """The field a header's words tell: the first field's words it holds,
    but where several fields' do, the one its head word names (an English
    header's last word, a Chinese one's end: "Host nation" is a country,
    "Host organisation" a host); None when none."""
    normal = _normal(_BRACKETED.sub(" ", header))
    held = [name for name, words in telling_words.items()
            if any((re.search(rf"(?<!\w){re.escape(word)}(?!\w)", normal) if word.isascii()
                    else word in normal) for word in words)]
    if len(held) > 1 and held[0] != "participants":
        last = normal.split()[-1] if normal.split() else ""
        headed = [name for name in held if any(
            last == word if word.isascii() else normal.endswith(word)
            for word in telling_words[name])]
        held = headed or held
    return held[0] if held else None


def guess_columns(headers: list[str], header_words: Mapping[str, tuple[str, ...]],
                  telling_words: Mapping[str, tuple[str, ...]] | None = None
                  ) -> dict[str, str]:
    """For each field, the column its words name: a header as it is, or but
    for what it adds in brackets ("Date (YYYY-MM-DD)"; "Host(s)" is a word),
    or by its last part after a dot ("location.city", a key inside a record).
    A field's words are tried in their order, the telling before the loose:
    of "姓名" and "英文名", the name is the English one.  Then each column
    left over, in the table's order, fills the field its words tell
    (``telling_words``, see ``_told``) if that field has none yet."""
    forms = [(header, {_normal(header), _normal(_BRACKETED.sub(" ", _normal(header))),
                       _normal(header.rpartition(".")[2])})  # "location.city" (json_table)
             for header in headers]
    mapping: dict[str, str] = {}
    for field_name, words in header_words.items():
        for word in map(_normal, words):
            found = next((header for header, names in forms
                          if word in names and header not in mapping.values()), None)
            if found is not None:
                mapping[field_name] = found
                break
    if telling_words:
        for header in headers:
            if header and header not in mapping.values():
                told = _told(header, telling_words)
                if told is not None and told not in mapping:
                    mapping[told] = header
    return mapping


def over_guess(given: Mapping[str, str], guessed: Mapping[str, str]) -> dict[str, str]:
    """The fields ``given`` (``--map``) their columns, the others the columns
    their headers name: a column given to a field is no other field's, and a
    field given no column (``--map notes=``) is left out."""
    taken = set(given.values())
    mapping = {name: column for name, column in guessed.items()
               if name not in given and column not in taken}
    mapping.update((name, column) for name, column in given.items() if column)
    return mapping


def mapping_note(mapping: Mapping[str, str], headers: list[str]) -> str:
    """Which column each field is read from, and the columns left out, for
    the command line to say (a guess is seen before it is relied on)."""
    field_of = {column: field_name for field_name, column in mapping.items()}
    read = ", ".join(f"{field_of[header]} from {header!r}" for header in headers
                     if header in field_of)  # in the table's order, as the analyst reads it
    left = [repr(header) for header in headers if header and header not in mapping.values()]
    return f"read: {read or 'nothing'}" + (f"; left out: {', '.join(left)}" if left else "")


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """For each field of an event, the column whose header names it, or,
    of those left, the one column whose header has a word telling it."""
    return guess_columns(headers, _HEADER_WORDS, _TELLING_WORDS)
