"""A chronology for a report: the events in date order, as HTML or Markdown.

What an analyst pastes into a brief: under a heading per year, each event's
date in words ("28–30 July 2025", "February 2025", "2025, uncertain"), its
title, type and place, its summary, its participants with their roles, the
events it is related to ("Part of: BRICS Summit, 6–7 July 2025") and its
sources with their links.  HTML opens in a browser, Word or LibreOffice
(and prints on A4 without cut lines); Markdown goes into a wiki or a
Markdown editor.  Events without a known start come last, under "Date
unknown".

Events are read a thousand at a time through the JSON export's queries
(``json_records_sql``), so memory stays flat; only participants' names are
held (a dictionary of the participants the events name).  Every text is
escaped for its format; a source's link is made only of an http(s) URL.
"""

from __future__ import annotations

import html
import io
import json
import re
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import IO, Any, BinaryIO

import orjson
from sqlalchemy.orm import Session

from desktop.core.countries import country_name
from desktop.core.date_text import describe
from desktop.core.dates import parse_edtf
from desktop.core.exchange.document_sql import chunks_of, participant_ids
from desktop.core.exchange.json_export import connection_of, exported_event_ids
from desktop.core.exchange.json_records_sql import event_lines
from desktop.core.filter_words import filter_in_words
from desktop.core.filters import ChosenEvents, ExportScope
from desktop.core.progress import Progress
from desktop.core.relation_labels import label_of
from desktop.core.saved_copies import package_name
from desktop.core.wording import counted

UNDATED = "Date unknown"
FORMATS = ("html", "markdown")
_ORDER = ("ORDER BY date_start IS NULL, date_start, date_end, lower(title), seq")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")
_STYLE = """
body { font-family: "Noto Serif", "Source Han Serif", "Songti SC", "SimSun", Georgia, serif;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.45; color: #202124; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.3em; border-bottom: 1px solid #ccc; margin-top: 1.6em; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.2em; }
time { font-weight: normal; color: #5f6368; }
.scope, .meta { color: #5f6368; margin: 0.2em 0; }
.who { margin: 0.3em 0; }
ol.sources { font-size: 0.9em; color: #3c4043; margin: 0.3em 0; }
article { break-inside: avoid; page-break-inside: avoid; }
a { color: #1a5fb4; overflow-wrap: anywhere; }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; }
dl.facts dt { font-weight: bold; } dl.facts dd { margin: 0; }
"""


def chronology_ids(connection: sqlite3.Connection, event_ids: list[str] | None) -> list[str]:
    """The events (all, or these) in the chronology's order: by first day,
    then last day and title; those without a known start last."""
    if event_ids is None:
        return [row[0] for row in connection.execute(f"SELECT id FROM events {_ORDER}")]
    ordered: list[tuple[Any, ...]] = []
    for chunk in chunks_of(event_ids):
        ordered += connection.execute(
            "SELECT date_start IS NULL, date_start, date_end, lower(title), seq, id "
            "FROM events WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(chunk),))
    ordered.sort(key=lambda row: tuple("" if v is None else v for v in row[:5]))
    return [row[5] for row in ordered]


def write_chronology_of(session: Session, out: BinaryIO, event_filter: ExportScope = None,
                        *, kind: str = "html", scope: str = "",
                        progress: Progress | None = None) -> int:
    """The chronology of every event, or of those the filter keeps (or the
    events chosen); return the number of events.  Its first line says which
    ("12 events: search “Laos”; country: Laos"), so that a report built on a
    part of the dataset does not read as built on the whole."""
    filtered = event_filter is not None and not event_filter.is_empty()
    ids = exported_event_ids(session, event_filter) if filtered else None
    return write_chronology(connection_of(session), out, ids, kind=kind, scope=scope,
                            kept_by=kept_by(session, event_filter), progress=progress)


def kept_by(session: Session, event_filter: ExportScope) -> str:
    """What chose the events of a chronology, in words ("" for all of them)."""
    if isinstance(event_filter, ChosenEvents):
        return "chosen in the list"
    return filter_in_words(session, event_filter, sentence=False) if event_filter else ""


def write_chronology(connection: sqlite3.Connection, out: IO[bytes],
                     event_ids: list[str] | None, *, kind: str = "html", title: str = "",
                     scope: str = "", facts: Sequence[tuple[str, str]] = (),
                     progress: Progress | None = None, link_copies: bool = False,
                     kept_by: str = "") -> int:
    """Write the chronology of every event (``event_ids`` None) or of these;
    return the number of events.  ``kept_by``: what chose them, said after
    their count (unless ``scope`` says it all).  ``facts`` (label, text) come before the
    events (a participant's profile: its names, roles, years).  With
    ``link_copies`` each source with a saved copy links to it in ``files/``
    beside the chronology (a pack, see ``evidence_pack``)."""
    if kind not in FORMATS:
        raise ValueError(f"a chronology is written as {' or '.join(FORMATS)}, not {kind}")
    ordered = chronology_ids(connection, event_ids)
    names = _participant_names(connection, event_ids)
    writer = _Html(out) if kind == "html" else _Markdown(out)
    count = counted(len(ordered), "event")
    writer.start(title or "Chronology",
                 scope or (f"{count}: {kept_by}" if kept_by else count))
    writer.facts([(label, text) for label, text in facts if text])
    heading: str | None = None
    done = 0
    for event in _events_in_order(connection, ordered):
        year = _year(event)
        if year != heading:
            heading = year
            writer.year(year)
        writer.event(_entry(event, names, link_copies))
        done += 1
        if progress is not None and done % 1000 == 0:
            progress(done, len(ordered))
    writer.finish()
    return done


def event_texts(connection: sqlite3.Connection, event_id: str) -> tuple[str, str]:
    """One event as the chronology writes it, as an HTML fragment and as
    Markdown: what a report quotes of it, to paste into Word or a wiki."""
    names = _participant_names(connection, [event_id])
    texts = []
    for writer_class in (_Html, _Markdown):
        out = io.BytesIO()
        for event in _events_in_order(connection, [event_id]):
            writer_class(out).event(_entry(event, names))
        texts.append(out.getvalue().decode("utf-8").strip())
    return texts[0], texts[1]


def _events_in_order(connection: sqlite3.Connection, ordered: list[str]
                     ) -> Iterator[dict[str, Any]]:
    """The events' records (as the JSON document has them), in this order."""
    for chunk in chunks_of(ordered):
        place = {event_id: index for index, event_id in enumerate(chunk)}
        records = [orjson.loads(line) for line in event_lines(connection, chunk)]
        records.sort(key=lambda record: place[record["id"]])
        related = _related_of(connection, chunk)
        for record in records:
            record["_related"] = related.get(record["id"], [])
        yield from records


def _related_of(connection: sqlite3.Connection, chunk: list[str]) -> dict[str, list[str]]:
    """Each event's relations, held by it or naming it, as the chronology
    says them: "Part of: BRICS Summit, 6–7 July 2025", by the other's date."""
    found: dict[str, list[tuple[str, str]]] = {}
    for own, other, held in (("event_id", "related_id", True),
                             ("related_id", "event_id", False)):
        for event_id, kind, title, edtf, start in connection.execute(
                f"SELECT r.{own}, r.kind, e.title, e.date_edtf, e.date_start "
                f"FROM event_relations AS r JOIN events AS e ON e.id = r.{other} "
                f"WHERE r.{own} IN (SELECT value FROM json_each(?))", (json.dumps(chunk),)):
            parsed = _parsed(edtf)
            when = f", {describe(parsed, brief=True)}" if parsed is not None else ""
            found.setdefault(event_id, []).append(
                (start or "9999", f"{label_of(kind, held)}: {title}{when}"))
    return {event_id: [text for _start, text in sorted(items)]
            for event_id, items in found.items()}


def _participant_names(connection: sqlite3.Connection, event_ids: list[str] | None
                       ) -> dict[str, str]:
    """The names the events' participants are given: "Shi Zhongjun (石中軍)"."""
    wanted = participant_ids(connection, event_ids)
    names: dict[str, str] = {}
    for chunk in chunks_of(wanted):
        for pid, name, native in connection.execute(
                "SELECT id, name, native_name FROM participants "
                "WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(chunk),)):
            names[pid] = f"{name} ({native})" if native and native != name else name
    return names


def _year(event: dict[str, Any]) -> str:
    parsed = _parsed(event.get("date"))
    return str(parsed.start.year) if parsed is not None and parsed.start else UNDATED


def _parsed(edtf: str | None) -> Any:
    if not edtf:
        return None
    try:
        return parse_edtf(edtf)
    except ValueError:
        return None


def _date_words(event: dict[str, Any]) -> str:
    parsed = _parsed(event.get("date"))
    return describe(parsed, brief=True) if parsed is not None else "no date"


def _meta(event: dict[str, Any]) -> str:
    """Type, place and country: "conference · Shanghai, China"."""
    place = event.get("place") or ""
    country = country_name(event.get("country")) if event.get("country") else ""
    if country and country.casefold() not in place.casefold():
        place = f"{place}, {country}" if place else country
    return " · ".join(part for part in (event.get("event_type") or "", place) if part)


def _today() -> str:
    today = date.today()
    return f"{today.day} {today:%B %Y}"  # not %-d: Windows has no such code


@dataclass(frozen=True)
class _Entry:
    """What the chronology says of one event, before it is written as HTML or
    Markdown: each part that is there, in the order both write them."""

    when: str  # the date in words
    title: str  # with its native title: "China–ASEAN AI Forum (中国—东盟人工智能论坛)"
    meta: str  # type and place
    date_note: str
    paragraphs: list[str]  # the summary's
    who: list[str]  # "Shi Zhongjun (石中軍) (speaker)"
    related: list[str]  # "Part of: BRICS Summit, 6–7 July 2025"
    sources: list[tuple[str, str, str]]  # words, link, the saved copy's file (in a pack)


def _entry(event: dict[str, Any], names: dict[str, str], link_copies: bool = False) -> _Entry:
    who = [names.get(link["participant"], "") + (f" ({link['role']})" if link.get("role")
                                                 else "")
           + (f", {link['note']}" if link.get("note") else "")
           for link in event["participants"] if names.get(link["participant"])]
    title = event["title"] + (f" ({event['native_title']})" if event.get("native_title")
                              else "")
    return _Entry(_date_words(event), title, _meta(event), event.get("date_note") or "",
                  [line for line in (event.get("summary") or "").split("\n") if line.strip()],
                  who, event.get("_related", []),
                  [(*_source_parts(source), _copy_file(source) if link_copies else "")
                   for source in event.get("sources") or []])


COPIES = "files"  # the folder of a pack's saved copies, beside its chronology


def _copy_file(source: dict[str, Any]) -> str:
    """Where a pack keeps the source's saved copy, beside the chronology."""
    sha256 = source.get("copy_sha256")
    return f"{COPIES}/{package_name(sha256, source.get('copy_name') or '')}" if sha256 else ""


def _source_parts(source: dict[str, Any]) -> tuple[str, str]:
    """A source's words ("Xinhua, “AI forum opens”, 26 July 2025 — on the
    opening") and its link (an http(s) URL, else nothing)."""
    published = _parsed(source.get("published"))
    words = [source.get("publisher") or "",
             f"“{source['title']}”" if source.get("title") else "",
             describe(published, brief=True) if published is not None else ""]
    text = ", ".join(w for w in words if w)
    if source.get("note"):
        text += f" — {source['note']}" if text else source["note"]
    url = source.get("url") or ""
    return text, url if re.match(r"https?://", url) else ""


class _Writer:
    def __init__(self, out: IO[bytes]) -> None:
        self.out = out

    def write(self, text: str) -> None:
        self.out.write(text.encode("utf-8"))


class _Html(_Writer):
    def start(self, title: str, scope: str) -> None:
        self.write(f"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                   f"<title>{html.escape(title)}</title>\n<style>{_STYLE}</style>\n"
                   f"</head>\n<body>\n<h1>{html.escape(title)}</h1>\n"
                   f"<p class=\"scope\">{html.escape(scope)}. Written "
                   f"{_today()} by Engagement Curator.</p>\n")

    def facts(self, facts: list[tuple[str, str]]) -> None:
        if facts:
            self.write("<dl class=\"facts\">\n" + "".join(
                f"<dt>{html.escape(label)}</dt><dd>{html.escape(text)}</dd>\n"
                for label, text in facts) + "</dl>\n")

    def year(self, year: str) -> None:
        self.write(f"<h2>{html.escape(year)}</h2>\n")

    def event(self, entry: _Entry) -> None:
        e = html.escape
        lines = [f"<article>\n<h3><time>{e(entry.when)}</time> · {e(entry.title)}</h3>"]
        if entry.meta:
            lines.append(f"<p class=\"meta\">{e(entry.meta)}</p>")
        if entry.date_note:
            lines.append(f"<p class=\"meta\">Date: {e(entry.date_note)}</p>")
        lines += [f"<p>{e(paragraph)}</p>" for paragraph in entry.paragraphs]
        if entry.who:
            lines.append(f"<p class=\"who\"><strong>Participants:</strong> "
                         f"{e('; '.join(entry.who))}</p>")
        lines += [f"<p class=\"meta\">{e(related)}</p>" for related in entry.related]
        if entry.sources:
            items = []
            for words, url, copy in entry.sources:
                link = f"<a href=\"{e(url)}\">{e(url)}</a>" if url else ""
                kept = f" (<a href=\"{e(copy)}\">saved copy</a>)" if copy else ""
                items.append(f"<li>{e(words)}{', ' if words and link else ''}{link}{kept}</li>")
            lines.append("<ol class=\"sources\">" + "".join(items) + "</ol>")
        lines.append("</article>\n")
        self.write("\n".join(lines))

    def finish(self) -> None:
        self.write("</body>\n</html>\n")


def _md(text: str) -> str:
    """Text that Markdown shows as it is (no emphasis, links or headings made)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


class _Markdown(_Writer):
    def start(self, title: str, scope: str) -> None:
        self.write(f"# {_md(title)}\n\n{_md(scope)}. Written {_today()} "
                   "by Engagement Curator.\n\n")

    def facts(self, facts: list[tuple[str, str]]) -> None:
        if facts:
            self.write("".join(f"**{_md(label)}:** {_md(text)}  \n" for label, text in facts)
                       + "\n")

    def year(self, year: str) -> None:
        self.write(f"## {_md(year)}\n\n")

    def event(self, entry: _Entry) -> None:
        lines = [f"### {_md(entry.when)} — {_md(entry.title)}", ""]
        if entry.meta:
            lines += [f"*{_md(entry.meta)}*", ""]
        if entry.date_note:
            lines += [f"*Date: {_md(entry.date_note)}*", ""]
        for paragraph in entry.paragraphs:
            lines += [_md(paragraph), ""]
        if entry.who:
            lines += [f"**Participants:** {_md('; '.join(entry.who))}", ""]
        for related in entry.related:
            lines += [f"*{_md(related)}*", ""]
        for number, (words, url, copy) in enumerate(entry.sources, 1):
            # An autolink ends at a space or ">": those are written escaped.
            link = "<" + url.replace(" ", "%20").replace(">", "%3E") + ">" if url else ""
            kept = f" ([saved copy]({copy}))" if copy else ""
            lines.append(f"{number}. {_md(words)}{', ' if words and link else ''}{link}{kept}")
        if entry.sources:
            lines.append("")
        self.write("\n".join(lines) + "\n")

    def finish(self) -> None:
        pass
