"""A read-only view of the selected event: what it is, who took part, sources."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser

from desktop.core.countries import country_name
from desktop.core.db import Store
from desktop.core.queries import EventDetail, event_detail

_QUALIFIER_WORDS = {"exact": "", "approximately": "approximately ",
                    "more_than": "more than ", "at_least": "at least "}
_STATUS_LABELS = {"draft": "Draft", "needs_review": "Needs review", "verified": "Verified"}


def _figure(value: int, qualifier: str | None, unit: str) -> str:
    return f"{_QUALIFIER_WORDS.get(qualifier or 'exact', '')}{value:,} {unit}"


def render_event(detail: EventDetail) -> str:
    """The event as simple HTML (QTextBrowser's rich-text subset)."""
    facts = []
    date_text = escape(detail.date or "undated")
    if detail.date_note:
        date_text += f" <i>({escape(detail.date_note)})</i>"
    facts.append(("Date", date_text))
    where = ", ".join(p for p in (detail.place, country_name(detail.country)) if p)
    if where:
        facts.append(("Where", escape(where)))
    kind = " · ".join(p for p in (detail.event_type, detail.category) if p)
    if kind:
        facts.append(("Kind", escape(kind)))
    facts.append(("Status", _STATUS_LABELS.get(detail.status, detail.status)))
    figures = [_figure(detail.attendance, detail.attendance_qualifier, "attendees")
               ] if detail.attendance is not None else []
    figures += [_figure(*figure) for figure in detail.figures]
    if figures:
        facts.append(("Figures", escape("; ".join(figures))))
    if detail.tags:
        facts.append(("Tags", escape(", ".join(detail.tags))))
    rows = "".join(f"<tr><td><b>{label}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"
                   for label, value in facts)
    parts = [f"<h2>{escape(detail.title)}</h2>", f"<table>{rows}</table>"]
    if detail.summary:
        parts.append(f"<p>{escape(detail.summary)}</p>")
    if detail.links:
        items = []
        for link in detail.links:
            name = escape(link.name)
            if link.native_name:
                name += f" ({escape(link.native_name)})"
            extra = " — ".join(escape(p) for p in (link.role, link.note) if p)
            items.append(f"<li>{name}{' — ' + extra if extra else ''}</li>")
        parts.append(f"<h3>Participants ({len(detail.links)})</h3><ul>{''.join(items)}</ul>")
    if detail.sources:
        items = []
        for publisher, title, url, published in detail.sources:
            text = escape(" · ".join(p for p in (publisher, title, published) if p))
            if url:
                text += f' <a href="{escape(url, quote=True)}">{escape(url)}</a>'
            items.append(f"<li>{text}</li>")
        parts.append(f"<h3>Sources</h3><ul>{''.join(items)}</ul>")
    if detail.notes:
        parts.append(f"<h3>Notes</h3><p>{escape(detail.notes)}</p>")
    return "".join(parts)


class EventPreview(QTextBrowser):
    """Shows one event; ``show_event(None)`` shows a hint instead."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self.setOpenExternalLinks(True)
        self.show_event(None)

    def show_event(self, event_id: str | None) -> None:
        detail = None
        if event_id is not None:
            with self._store.session() as session:
                detail = event_detail(session, event_id)
        if detail is None:
            self.setHtml("<p><i>Select an event to see its details.</i></p>")
        else:
            self.setHtml(render_event(detail))
