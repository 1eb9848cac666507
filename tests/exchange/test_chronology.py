"""The chronology for a report: date order, words for dates, participants and
sources, safe HTML and Markdown whatever the titles hold."""

from __future__ import annotations

import io
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from sqlalchemy import select, text

from desktop.core.db import Store
from desktop.core.exchange.chronology import UNDATED, write_chronology_of
from desktop.core.filters import ChosenEvents, EventFilter
from desktop.core.models import Event
from desktop.core.operations import Operations


def _write(store: Store, kind: str, scope: EventFilter | ChosenEvents | None = None) -> str:
    out = io.BytesIO()
    with store.session() as session:
        write_chronology_of(session, out, scope, kind=kind)
    return out.getvalue().decode("utf-8")


class _Outline(HTMLParser):
    """The headings, paragraphs and links of an HTML page, as text."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[tuple[str, str]] = []
        self.links: list[str] = []
        self.scripts = 0
        self._tag: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h2", "h3", "p", "li"):
            self._tag = tag
            self.parts.append((tag, ""))
        if tag == "a":
            self.links.append(dict(attrs).get("href") or "")
        self.scripts += tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == self._tag:
            self._tag = None

    def handle_data(self, data: str) -> None:
        if self._tag is not None:
            tag, text = self.parts[-1]
            self.parts[-1] = (tag, text + data)


def _outline(page: str) -> _Outline:
    parser = _Outline()
    parser.feed(page)
    return parser


def test_the_sample_in_date_order_under_its_years(sample_store: Store) -> None:
    page = _outline(_write(sample_store, "html"))
    assert [text for tag, text in page.parts if tag == "h2"] == ["2024", "2025"]
    titles = [text for tag, text in page.parts if tag == "h3"]
    assert len(titles) == 8
    assert titles[0] == ("5 September 2024 · African Nations Pledge AI Cooperation with China "
                         "(FOCAC Summit 2024)")
    # A month-only date in words, without "month only"; a range as the day span.
    assert any(title.startswith("February 2025 · Sberbank") for title in titles)
    # with its native title, where it has one
    assert ("26–30 July 2025 · 8th World Artificial Intelligence Conference (WAIC 2025) "
            "(世界人工智能大会)") in titles
    texts = " ".join(text for _, text in page.parts)
    assert "Shi Zhongjun (石中軍) (speaker)" in texts
    assert "summit · Beijing, China" in texts
    assert ("li", "CNN, July 2025 — on the robot demonstrations") in page.parts


def test_each_event_says_what_it_is_related_to_from_either_side(sample_store: Store) -> None:
    page = _outline(_write(sample_store, "html"))
    start = page.parts.index(("h3", "9 December 2024 · China-ASEAN AI Development and "
                                    "Governance Cooperation Seminar "
                                    "(中國-東盟人工智能發展與治理合作研討會)"))
    end = next(n for n, (tag, _text) in enumerate(page.parts) if tag == "h3" and n > start)
    # The seminar holds no relation: the two events naming it are said, by date.
    assert [text for _tag, text in page.parts[start:end] if text.startswith("Related")] == [
        "Related to: China and Laos Build AI Innovation Cooperation Center, 23 February 2025",
        "Related to: 2025 ASEAN-China Media Cooperation Forum, 25 May 2025"]
    markdown = _write(sample_store, "markdown")
    assert ("*Related to: China-ASEAN AI Development and Governance Cooperation Seminar, "
            "9 December 2024*") in markdown


def test_hostile_titles_and_links_stay_text(ops: Operations) -> None:
    event = ops.create_event({"title": "<script>alert(1)</script> *Bold* [x](y) # & Co",
                              "date": "2025-05-25", "summary": "Line one\nLine <two>"})
    event_id = event.ids("event").pop()
    ops.add_source(event_id, {"publisher": "Evil", "url": "https://example.org/evil"})
    ops.add_source(event_id, {"title": "Good", "url": "https://example.org/good"})
    # As a file edited by hand could leave them (the form refuses such addresses).
    with ops.store.session() as session, session.begin():
        session.execute(text("UPDATE sources SET url = 'javascript:alert(1)' "
                             "WHERE publisher = 'Evil'"))
        session.execute(text("UPDATE sources SET url = 'https://example.org/a b>c' "
                             "WHERE title = 'Good'"))
    page = _outline(_write(ops.store, "html"))
    assert page.scripts == 0
    assert [text for tag, text in page.parts if tag == "h3"] == [
        "25 May 2025 · <script>alert(1)</script> *Bold* [x](y) # & Co"]
    assert page.links == ["https://example.org/a b>c"]  # no link made of the javascript:
    assert ("p", "Line <two>") in page.parts
    markdown = _write(ops.store, "markdown")
    assert ("### 25 May 2025 — \\<script\\>alert(1)\\</script\\> \\*Bold\\* \\[x\\](y) \\# & Co"
            in markdown)
    assert "<https://example.org/a%20b%3Ec>" in markdown
    assert "javascript:" not in markdown and "\n1. Evil\n" in markdown
    assert "\n1 event. Written" in markdown


def test_undated_events_come_last_and_a_choice_holds_only_its_events(
        sample_store: Store) -> None:
    ops = Operations(sample_store, "Analyst")
    undated = ops.create_event({"title": "A meeting of unknown date"}).ids("event").pop()
    page = _outline(_write(sample_store, "html"))
    headings = [text for tag, text in page.parts if tag == "h2"]
    assert headings[-1] == UNDATED
    assert [text for tag, text in page.parts if tag == "h3"][-1] == (
        "no date · A meeting of unknown date")
    chosen = _outline(_write(sample_store, "html", ChosenEvents((undated,))))
    assert [text for tag, text in chosen.parts if tag == "h3"] == [
        "no date · A meeting of unknown date"]
    searched = _write(sample_store, "markdown", EventFilter(text="ASEAN"))
    assert searched.count("\n### ") == 3


def test_its_first_line_says_what_chose_the_events(sample_store: Store) -> None:
    """A report built on a part of the dataset says which part."""
    searched = _write(sample_store, "markdown", EventFilter(text="ASEAN",
                                                            country=frozenset({"LA"})))
    assert "\n1 event: search “ASEAN”; country: Laos. Written " in searched
    with sample_store.session() as session:
        first = session.scalars(select(Event.id).order_by(Event.title)).first()
    assert first is not None
    chosen = _write(sample_store, "html", ChosenEvents((first,)))
    assert '<p class="scope">1 event: chosen in the list. Written ' in chosen
    assert '<p class="scope">8 events. Written ' in _write(sample_store, "html")


def test_the_command_line_writes_a_chronology_named_by_its_ending(
        sample_store: Store, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    done = subprocess.run([sys.executable, "-m", "desktop", "export", str(target),
                           "--db", str(sample_store.path), "--query", "forum"],
                          capture_output=True, text=True, check=True)
    assert done.stdout.startswith("Wrote ")
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Chronology\n") and "### " in text


def test_one_event_as_the_chronology_writes_it_for_the_clipboard(
        sample_store: Store) -> None:
    from sqlalchemy import select

    from desktop.core.exchange.chronology import event_texts
    from desktop.core.exchange.json_export import connection_of
    from desktop.core.models import Event

    with sample_store.session() as session:
        laos = session.scalars(select(Event.id).where(
            Event.title == "China and Laos Build AI Innovation Cooperation Center")).one()
        as_html, as_text = event_texts(connection_of(session), laos)
    outline = _outline(as_html)
    assert outline.parts[0] == ("h3", "23 February 2025 · China and Laos Build AI Innovation "
                                      "Cooperation Center")
    assert "<html" not in as_html and "<h2>" not in as_html  # the event alone
    assert as_text.startswith("### 23 February 2025 — China and Laos Build AI Innovation "
                              "Cooperation Center")
    assert "*Related to: China-ASEAN AI Development and Governance Cooperation Seminar, " \
           "9 December 2024*" in as_text
