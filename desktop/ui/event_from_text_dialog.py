"""File ▸ New event from text…: paste a news item or a paragraph of a report,
see what the app reads off it (``event_from_text``), and start a new event in
the form with it, to check, complete and save — or not.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import place_countries
from desktop.core.by_video import REMOTE_NOTE
from desktop.core.countries import country_name
from desktop.core.date_text import describe
from desktop.core.datelines import month_of_dateline
from desktop.core.dates import parse_edtf
from desktop.core.db import Store
from desktop.core.event_form_data import EventFormData, LinkData, SourceData
from desktop.core.event_from_text import ProposedEvent, propose_event
from desktop.core.name_finding import NameFinder
from desktop.core.new_participant import NewName
from desktop.core.page_items import page_items, page_source
from desktop.core.place_countries import PlaceCountry
from desktop.core.saved_copies import CopyError
from desktop.core.web_article import WebArticle, read_web_article, web_address
from desktop.core.wording import KIND_LABELS
from desktop.ui.background import run_in_background
from desktop.ui.latest_query import LatestQuery

MAX_PASTED = 20_000  # characters read as one item: a news item, not a book
MAX_PAGE = 200_000  # characters of a page listing activities (a year's roundup)
NOTES_HEADING = "Pasted text:"


class EventFromTextDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("New event from text")
        self.resize(760, 560)
        self.proposal = ProposedEvent()
        self._names: NameFinder | None = None
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("Paste the text of a news item or a report here: its "
                                     "headline on the first line, then the paragraph — or "
                                     "only its web address, to read the page.")
        clipboard = QGuiApplication.clipboard().text()
        if clipboard.strip() and len(clipboard) <= MAX_PAGE:
            self.text.setPlainText(clipboard)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.found.setTextFormat(Qt.TextFormat.RichText)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(300)
        self._later.timeout.connect(self.read)
        self.text.textChanged.connect(self._later.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.fill = buttons.addButton("Fill in a new event",
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.fill.setDefault(True)
        # A page listing several activities, each under its headline: one event each.
        self.items: list[str] = []
        self.read_text = ""  # what the proposal was read from
        self.page_text = ""  # the whole text, of a page of activities
        self.as_page = False
        self.import_page = buttons.addButton("Import as events…",
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.import_page.clicked.connect(self._take_as_page)
        self.import_page.hide()
        # A web address alone: its page read, and saved as the source's copy.
        self.read_page = buttons.addButton("Read the page",
                                           QDialogButtonBox.ButtonRole.ActionRole)
        self.read_page.setToolTip("Ctrl+Enter")
        self.read_page.clicked.connect(self._read_the_page)
        self.read_page.hide()
        self.fetched: WebArticle | None = None
        # Enter writes a line break in the text: Ctrl+Enter fills in the event.
        self.fill.setToolTip("Ctrl+Enter")
        self.text.installEventFilter(self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel("The app fills in what it can read for sure — the headline, the first "
                       "date, a place and its country, how many attended (where it says so), "
                       "participants already in the database and the roles it says they had "
                       "(and those it gives a role, or quotes with their posts, that are "
                       "not, as new ones), the source "
                       "(its address, publisher and day, as the page gives them) — and keeps "
                       "the text in the notes. Check it in the form, write the summary, and "
                       "save.")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.found)
        layout.addWidget(buttons)
        self.read()
        if not place_countries.is_prepared():
            # The towns a place's country is read from, read beside the
            # dialog the first time (a second or two); the text read again then.
            self._towns = LatestQuery(store, self)
            self._towns.ready.connect(lambda _file: self.read())
            self._towns.request(lambda _session: place_countries.prepare())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.text and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self._fill_when_ready()
            return True
        return super().eventFilter(watched, event)

    def _fill_when_ready(self) -> None:
        self._later.stop()
        self.read()  # what was typed last, not what the pause before read
        if web_address(self.text.toPlainText()):
            self._read_the_page()
        elif self.fill.isEnabled():
            self.accept()

    def _read_the_page(self) -> None:
        """Fetch the page at the address typed, save it, and put its article in
        the text (to read as any pasted text; the copy goes with the source)."""
        url = web_address(self.text.toPlainText())
        if not url:
            return
        try:
            article = run_in_background(
                self, f"Reading {url}…",
                lambda _progress: read_web_article(url, self.store.path), cancellable=False)
        except CopyError as exc:
            QMessageBox.warning(self, "Read the page", f"{exc}\n\nCopy the article's text "
                                "from the browser and paste it here instead.")
            return
        self.fetched = article
        self.text.setPlainText(article.text)
        self._later.stop()
        self.read()

    def read(self) -> None:
        """Read the text again and say what was found."""
        text = self.text.toPlainText()[:MAX_PAGE]
        self.items = page_items(text)
        # of a page of several activities, the first is what "Fill in" takes
        self.read_text = (self.items[0] if self.items else text.strip())[:MAX_PASTED]
        self.page_text = text
        with self.store.session() as session:
            if self._names is None:  # built once: the participants do not change meanwhile
                self._names = NameFinder(session)
            self.proposal = propose_event(session, self.read_text, self._names)
        address = web_address(text)
        self.read_page.setVisible(bool(address))
        self.fill.setEnabled(bool(text.strip()) and not address)
        self.import_page.setVisible(bool(self.items))
        self.import_page.setText(f"Import as {len(self.items)} events…")
        said = found_text(self.proposal) if text.strip() else ""
        if said and self.fetched is not None and self.fetched.url == self.proposal.url:
            said += (f" — the page saved as {html.escape(self.fetched.copy_name)}, kept with "
                     "the source")
        if address:
            said = ("<b>This is a web address</b>: “Read the page” (Ctrl+Enter) saves the "
                    "page, as the source's copy, and reads its article here.")
        if self.items:
            said = (f"<b>This text lists {len(self.items)} activities, each under its "
                    f"headline</b>: “Import as {len(self.items)} events” makes one of each "
                    "(they are listed before anything is stored). The first reads:<br>"
                    + said)
        self.found.setText(said)

    def page_source(self) -> tuple[str, str]:
        """The address and publisher of the page of activities, for its items."""
        return page_source(self.page_text, self.items)

    def _take_as_page(self) -> None:
        self._later.stop()
        self.read()
        if self.items:
            self.as_page = True
            self.accept()

    def event_data(self) -> EventFormData:
        """The new event as the form takes it."""
        p = self.proposal
        data = EventFormData()
        data.values.update(title=p.title, native_title=p.native_title, event_type=p.event_type,
                           date=p.date, place=p.place, country=p.country,
                           attendance=p.attendance.number if p.attendance else None,
                           attendance_qualifier=p.attendance.qualifier if p.attendance else None,
                           notes=f"{NOTES_HEADING}\n{self.read_text}")
        data.links = [LinkData(pid, name, native, role=p.roles.get(pid, ""),
                               note=REMOTE_NOTE if pid in p.remote else "")
                      for pid, name, native in p.participants]
        # those not in the database yet, stored with the event when it is
        # saved (the form lists them as new; a row removed there is not added)
        data.links += [LinkData("", new.name, new.native_name, role=new.role,
                                note=REMOTE_NOTE if new.remote else "",
                                new_kind=new.kind, new_values=new.fields(),
                                new_affiliation=_name_of(new.new_body(p.new_names)))
                       for new in p.new_names]
        if p.url or p.published or p.publisher:
            # the article's headline is its title: a day alone (a dateline's,
            # "Kuala Lumpur, 14 March 2025 —") is no source the form can store
            # the page read from its address is kept with the source
            kept = self.fetched if self.fetched and self.fetched.url == p.url else None
            data.sources = [SourceData(publisher=p.publisher,
                                       title="" if p.title_is_name else p.title, url=p.url,
                                       published=p.published,
                                       copy_sha256=kept.copy_sha256 if kept else "",
                                       copy_name=kept.copy_name if kept else "")]
        return data


def _name_of(new: NewName | None) -> str:
    return new.name if new is not None else ""


def _new_text(new: NewName) -> str:
    """"Ministry of Digital (Malaysia) (new organisation, signatory)"."""
    e = html.escape
    name = e(new.name) + (f" ({e(new.native_name)})" if new.native_name else "")
    # (of two posts, the first is of the body: "secretary of …; chairman of …")
    first, *others = new.position.split("; ")
    post = "; ".join([f"{first} of {new.affiliation}" if new.affiliation else first, *others])
    said = [f"new {KIND_LABELS.get(new.kind, new.kind).lower()}",
            f"also “{new.alias}”" if new.alias else "", post,
            # (one the text quotes: the analyst gives the role)
            new.role or ("no role said" if new.kind == "person" else ""),
            REMOTE_NOTE if new.remote else "",
            f"or “{new.alike.name}” here?" if new.alike is not None else ""]
    return f"{name} ({e(', '.join(word for word in said if word))})"


_QUALIFIER_WORDS = {"approximately": "approximately ", "more_than": "more than ",
                    "at_least": "at least "}


def _said_of(p: ProposedEvent, participant_id: str) -> str:
    """" (co-host, via video)": the role and the way of taking part the text says."""
    said = [p.roles.get(participant_id, ""), REMOTE_NOTE if participant_id in p.remote else "",
            f"written “{p.written_as[participant_id]}”" if participant_id in p.written_as
            else ""]
    return f" ({html.escape(', '.join(word for word in said if word))})" if any(said) else ""


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_TYPE_NAMED_IN = {"headline": "named in the headline", "name": "named in the event's name",
                  "first sentence": "named in the first sentence"}


def found_text(p: ProposedEvent) -> str:
    """What was read off the text, a line a field, as rich text."""
    e = html.escape
    missing = "<i>none found</i>"
    when = missing
    if p.date:
        when = f"{e(describe(parse_edtf(p.date), brief=True))} (from “{e(p.date_found)}”"
        if p.counted_from:
            when += (f", counted from {e(describe(parse_edtf(p.counted_from), brief=True))},"
                     " the day of the item)")
        elif p.dated_by_publication and month_of_dateline(p.date_found):
            when += ", the month of its dateline and the year it was published)"
        elif month_of_dateline(p.date_found):  # (12日 … 2024: the year of the event's name)
            when += ", the month of its dateline and the year of the event's name)"
        else:  # (a dateline that names its year, "DILI, 18 october 2023", needs no other)
            when += " and the year it was published)" if p.dated_by_publication and not (
                _A_YEAR.search(p.date_found)) else ")"
    if not p.date and p.yearless:
        when = (f"{missing}: “{e(p.yearless)}” names no year, and the text no day it was "
                "published (type the date in the form)")
    where = missing
    if not p.place and p.country:  # "a meeting in Brazil"
        where = f"{missing}; the country: {e(country_name(p.country))} (where it was held)"
    if p.place:
        where = e(p.place)
        if p.country_events:
            where += (f", {e(country_name(p.country))} (as {p.country_events:,} event"
                      f"{'' if p.country_events == 1 else 's'} there)")
        elif p.place_country is not None:
            where += _place_country_text(p.place_country)
    attended = missing
    if p.attendance is not None:
        said = _QUALIFIER_WORDS.get(p.attendance.qualifier, "")
        attended = (f"{said}{p.attendance.number:,} (from “{e(p.attendance.written)}”)")
    names = "; ".join(e(name) + _said_of(p, pid) for pid, name, _native in p.participants)
    names = names or missing
    title = e(p.title) or "<i>none: the text has no headline line</i>"
    if p.title_is_name:
        title += " (the event's name in the text, which has no headline line)"
    if p.native_title:
        title += " (and as the native title, to keep when you write the title in English)"
    rows = [("Title", title),
            ("Type", f"{e(p.event_type)} ({_TYPE_NAMED_IN[p.type_named_in]})"
             if p.event_type else missing),
            ("Date", when), ("Place", where), ("Attendance", attended),
            (f"Participants ({len(p.participants)})", names),
            *([(f"Not yet in the database ({len(p.new_names)}; added when the event is "
                "saved — remove a row in the form to leave one out)",
                "; ".join(_new_text(new) for new in p.new_names))] if p.new_names else []),
            ("Source", source_text(p) or missing)]
    return "<br>".join(f"<b>{label}:</b> {value}" for label, value in rows)


def _place_country_text(named: PlaceCountry) -> str:
    """The country the place gives, and what of the place gave it."""
    e = html.escape
    if named.code is not None:
        said = "named in the place" if named.names_country else f"where {e(named.name)} is"
        if named.named_in_text:
            said = f"of the countries with a {e(named.name)}, the one the text names"
        return f", {e(country_name(named.code))} ({said})"
    return (f" (several countries have a {e(named.name)}: {e(named.countries_said())};"
            " no country filled in)")


def source_text(p: ProposedEvent) -> str:
    """The source read off the text: publisher, address and publication day."""
    parts = [html.escape(part) for part in (p.publisher, p.url) if part]
    if p.published:
        parts.append(f"published {html.escape(describe(parse_edtf(p.published), brief=True))}")
    return ", ".join(parts)
