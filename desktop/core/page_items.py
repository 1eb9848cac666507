"""A page that lists several activities — each a headline over its paragraph,
as the seed page and many a ministry's or think tank's roundup do — read as
one item per headline, and written as a table of events for the import.

A headline is a short line that ends no sentence, followed by a paragraph;
the page's own lines ("Skip to main content", "Activity Category: AI
Engagement Activity") are followed by none and start no item.  Two items at
least must give a day or a month: an article's subheadings date nothing.  The table
carries what New event from text reads off each item (``propose_event``)
and the item's text as its notes, so that the import's column mapping,
checks, list of new events and all-or-nothing store them.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.core.article_lines import read_article
from desktop.core.datelines import names_a_yearless_day
from desktop.core.dates import DateError, parse_edtf
from desktop.core.event_from_text import ProposedEvent, first_url, propose_event
from desktop.core.first_dates import first_date
from desktop.core.likely_events import events_like
from desktop.core.name_finding import NameFinder
from desktop.core.new_participant import NewName

_LONGEST_HEADLINE = 160
_SHORTEST_PARAGRAPH = 120
_ENDS_A_SENTENCE = re.compile(r"[.!?。！？:：;；,，]$")
# the page's labels: "Activity Category: …", "Date: …"
_LABEL = re.compile(r"^[^:：]{1,30}[:：]")
# a roundup's numbering before a headline: "1. ", "(2) ", 一、, （三）
_NUMBERED = re.compile(r"^(?:\(?\d{1,2}[.)、]\s*|[一二三四五六七八九十]+、\s*"
                       r"|[（(][一二三四五六七八九十\d]+[)）]\s*)")
NOTES_HEADING = "From the pasted page:"
COLUMNS = ("title", "native title", "event type", "date", "place", "country", "participants",
           "attendance", "attendance qualifier", "source url", "source publisher", "status",
           "notes")


def page_items(text: str) -> list[str]:
    """The items of a page, each its headline and the lines below it up to
    the next headline; [] when it holds fewer than two."""
    lines = [line.strip() for line in text.splitlines()]
    filled = [index for index, line in enumerate(lines) if line]
    starts = [index for position, index in enumerate(filled)
              if _is_headline(lines[index]) and position + 1 < len(filled)
              and _is_paragraph(lines[filled[position + 1]])]
    if len(starts) < 2:
        return []
    ends = [*starts[1:], len(lines)]
    items = ["\n".join(_NUMBERED.sub("", line, count=1) if index == start else line
                       for index, line in enumerate(lines[start:end], start) if line)
             for start, end in zip(starts, ends, strict=True)]
    # An article's subheadings ("Background", "Reactions") are no activities:
    # a page of activities dates two of them at least, each its own.
    dated = [item for item in items if ((found := first_date(item)) and "-" in found[0])
             or names_a_yearless_day(item)]
    return items if len(dated) >= 2 else []


def _is_headline(line: str) -> bool:
    return (0 < len(line) <= _LONGEST_HEADLINE and not _ENDS_A_SENTENCE.search(line)
            and not _LABEL.match(line))


def _is_paragraph(line: str) -> bool:
    """A paragraph's line: 120 characters, or 40 written mostly in Chinese
    (which says as much in a third of them) ending a sentence."""
    if len(line) >= _SHORTEST_PARAGRAPH:
        return True
    chinese = sum(1 for char in line if "\u4e00" <= char <= "\u9fff")
    return (len(line) >= _SHORTEST_PARAGRAPH // 3 and chinese * 2 > len(line)
            and line.endswith(("。", "！", "？", "”", "」")))


_A_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class PageTable:
    text: str  # CSV, its header row first; "" when every item is here already
    rows: int
    here_already: list[str]  # the titles of items stored already (and as what, if another)
    # the participants the table names that are not in the database yet, by
    # name, as the text describes them (native name, country, post, body):
    # the import stores them so (a table's cell holds a name and a role)
    described: dict[str, NewName] = field(default_factory=dict)


def page_source(text: str, items: list[str]) -> tuple[str, str]:
    """The web address and publisher the page gives above its first item (as
    a page read from its address does: the address, "Source: …"), the source
    of each item that names none of its own; ("", "") when it gives none."""
    if not items:
        return "", ""
    first = items[0].splitlines()[0]
    lines = text.splitlines()
    top = next((index for index, line in enumerate(lines) if first in line), 0)
    header = "\n".join(lines[:top])
    url = first_url(header)
    return url, read_article(header, url).publisher if url else ""


def items_table(session: Session, items: list[str],
                source: tuple[str, str] = ("", "")) -> PageTable:
    """The items as a CSV table of events, a row each, with a header row the
    import maps by itself; each new event needs review.  ``source``: the
    page's address and publisher (``page_source``), for the items naming none.  An item stored
    already (under its title, or one alike, on its days) is left out: the
    import would take the page's reading over the event as curated here, or
    store it twice."""
    names = NameFinder(session)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    rows, here = 0, []
    described: dict[str, NewName] = {}
    # A roundup names its activities' days without the year the page gives
    # once ("3月18日至19日"): read near the day of the item before.
    near = ""
    for item in items:
        proposal = propose_event(session, item, names, near)
        if _A_DAY.fullmatch(proposal.date[:10]):
            near = proposal.date[:10]
        stored = _stored_as(session, proposal)
        if stored is not None:
            here.append(proposal.title if stored == proposal.title
                        else f"{proposal.title} (as “{stored}”)")
            continue
        writer.writerow(_row(proposal, item, source))
        rows += 1
        for new in _new_in_table(proposal):
            described.setdefault(new.name, new)
    return PageTable(out.getvalue() if rows else "", rows, here, described)


def _stored_as(session: Session, proposal: ProposedEvent) -> str | None:
    """The title of the stored event the item is (as Find duplicate events
    scores a pair: "8th World Artificial Intelligence Conference" is the
    stored "… (WAIC 2025)" of the same days), or None."""
    try:
        parsed = parse_edtf(proposal.date) if proposal.date else None
    except DateError:
        parsed = None
    if parsed is None or parsed.start is None:
        return None
    end = parsed.end or parsed.start
    like = events_like(session, proposal.title, parsed.start.isoformat(), end.isoformat(),
                       proposal.country or None, [pid for pid, _n, _nn in proposal.participants],
                       limit=1, native_title=proposal.native_title, edtf=proposal.date,
                       precision=parsed.precision)
    return like[0].title if like else None


def _row(proposal: ProposedEvent, item: str, source: tuple[str, str]) -> list[str]:
    attendance = proposal.attendance
    # "Name (role); Name", as a table's participants cell is read (a name
    # holding the separator would be read as two: it is left to the form)
    named = [name + (f" ({proposal.roles[pid]})" if pid in proposal.roles else "")
             for pid, name, _native in proposal.participants]
    # those not in the database yet, made by the import (with the role the
    # text gives them: a name's own brackets, "(Malaysia)", are then no note)
    named += [f"{new.name} ({new.role})" for new in _new_in_table(proposal)]
    participants = "; ".join(name for name in named if ";" not in name)
    return [proposal.title, proposal.native_title, proposal.event_type, proposal.date,
            proposal.place, proposal.country, participants,
            str(attendance.number) if attendance else "",
            attendance.qualifier if attendance else "",
            *((proposal.url, proposal.publisher) if proposal.url else source),
            "needs review", f"{NOTES_HEADING}\n{item}"]


def _new_in_table(proposal: ProposedEvent) -> list[NewName]:
    """The participants not in the database yet that the item's row names:
    those the text gives a role (a name holding the cell's separator is left
    to the form)."""
    return [new for new in proposal.new_names if new.role and ";" not in new.name]
