"""The fields a table of events can fill, and the column names each is
guessed from, in English and Chinese (the column-mapping dialog shows the
guess; the analyst may choose other columns)."""

from __future__ import annotations

FIELDS = ("id", "title", "native_title", "date", "end_date", "date_note", "place", "country",
          "summary", "participants", "hosts", "organizers", "tags", "category", "event_type",
          "status", "attendance", "attendance_qualifier", "notes", "source_url",
          "source_publisher")
_HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "uuid"),
    "title": ("title", "name", "event", "event name", "activity", "english title",
              "title in english", "标题", "活动", "名称", "英文标题", "英文名称"),
    "native_title": ("native title", "original title", "title (original)", "chinese title",
                     "title in chinese", "中文标题", "中文名称", "原文标题", "原标题"),
    "date": ("date", "dates", "when", "date(s)", "日期", "时间", "start date", "start",
             "from", "date from", "begin date", "开始日期", "开始时间", "起始日期"),
    # a table giving the first and last days in two columns ("Start date", "End date")
    "end_date": ("end date", "end", "to", "date to", "until", "结束日期", "结束时间",
                 "截止日期"),
    "date_note": ("date note", "date notes"),
    "place": ("place", "location", "city", "venue", "地点", "城市", "举办地点", "举办地"),
    "country": ("country", "country code", "国家", "host country", "举办国", "举办国家"),
    "summary": ("summary", "description", "details", "abstract", "摘要", "简介"),
    "participants": ("participants", "attendees", "who", "parties", "参与者", "参加者"),
    # columns of participants in one role: each name is linked in it, unless
    # its brackets give another ("MIIT (co-host)")
    "hosts": ("host", "hosts", "host(s)", "hosted by", "主办", "主办方", "主办单位"),
    "organizers": ("organizer", "organizers", "organizer(s)", "organiser", "organisers",
                   "organiser(s)", "organized by", "organised by", "组织方", "组织单位"),
    "tags": ("tags", "keywords", "labels", "标签", "关键词"),
    "category": ("category", "activity category", "类别"),
    "event_type": ("type", "event type", "kind", "类型"),
    "status": ("status",),
    "attendance": ("attendance", "attendees number", "number of attendees", "人数"),
    "attendance_qualifier": ("attendance qualifier",),
    "notes": ("notes", "note", "comments", "备注"),
    "source_url": ("source", "source url", "url", "link", "链接", "来源"),
    "source_publisher": ("publisher", "source publisher", "outlet", "媒体"),
}


def _normal(header: str) -> str:
    return " ".join(header.replace("_", " ").strip().lower().split())


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """For each field, the column whose header names it (first match wins)."""
    mapping: dict[str, str] = {}
    for field_name, words in _HEADER_WORDS.items():
        for header in headers:
            if _normal(header) in words and header not in mapping.values():
                mapping[field_name] = header
                break
    return mapping
