"""File ▸ New event from text…: a pasted news item becomes a new event in the
form, to check and save; the form names the stored event it may already be."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import place_countries
from desktop.core.models import Event, EventParticipant, Participant, VocabularyTerm
from desktop.ui.event_from_text_dialog import NOTES_HEADING, EventFromTextDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import titles

NEWS = ("8th World Artificial Intelligence Conference opens\n\n"
        "The 8th World Artificial Intelligence Conference (世界人工智能大会) opened in Shanghai "
        "on July 28, 2025. The National Development and Reform Commission and the Ministry "
        "of Science and Technology took part. https://example.org/waic")


def _action(window: MainWindow) -> QAction:
    action = next(action for action in window.findChildren(QAction)
                  if action.text() == "New event from te&xt…")
    assert action.shortcut().toString() == "Ctrl+Shift+N"
    return action


def _open_and_fill(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                   before: Callable[[EventFromTextDialog], object]) -> None:
    """The dialog opened (on the clipboard's text), ``before`` done in it as
    the analyst would, and "Fill in a new event" clicked."""
    def act_and_fill(dialog: EventFromTextDialog) -> QDialog.DialogCode:
        before(dialog)
        qtbot.mouseClick(dialog.fill, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(EventFromTextDialog, "exec", act_and_fill)
    _action(window).trigger()


def _paste_and_fill(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                    text: str) -> list[str]:
    """The text copied, the dialog opened on it and "Fill in a new event"
    clicked; what the dialog said it read."""
    QGuiApplication.clipboard().setText(text)
    shown: list[str] = []

    def read(dialog: EventFromTextDialog) -> None:
        assert dialog.text.toPlainText() == text  # the clipboard, pasted already
        dialog.read()
        shown.append(dialog.found.text())

    _open_and_fill(qtbot, window, monkeypatch, read)
    return shown


def test_a_pasted_news_item_becomes_a_new_event_to_check(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    shown = _paste_and_fill(qtbot, window, monkeypatch, NEWS)
    assert "28 July 2025 (from “July 28, 2025”)" in shown[0]
    assert "Shanghai, China (as 1 event there)" in shown[0]
    form = window.form
    assert form.record_id is None and form.is_dirty()
    assert form.title.text() == "8th World Artificial Intelligence Conference opens"
    assert form.event_type.currentText() == "conference"
    assert (form.date.text(), form.place.text(), form.country.code()) == (
        "2025-07-28", "Shanghai", "CN")
    assert [link.name for link in form.links.links] == [
        "National Development and Reform Commission", "Ministry of Science and Technology"]
    assert form.sources.sources[0].url == "https://example.org/waic"
    assert form.notes.toPlainText() == f"{NOTES_HEADING}\n{NEWS}"
    # Already here under another title: the form says so at once.
    assert not form.likely.isHidden() and "WAIC 2025" in form.likely.text()
    assert form.save()
    assert "8th World Artificial Intelligence Conference opens" in titles(window)


def test_a_place_no_event_has_gives_the_country_of_its_town(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """The first time, the towns are read beside the dialog; what it says
    is read again when they are."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    qtbot.waitUntil(lambda: window.is_ready)
    text = ("Mountain AI dialogue opens\n\nThe dialogue was held in Davos on"
            " January 20, 2025.")
    QGuiApplication.clipboard().setText(text)
    shown: list[str] = []

    def wait(dialog: EventFromTextDialog) -> None:
        shown.append(dialog.found.text())
        qtbot.waitUntil(lambda: "Switzerland" in dialog.found.text(), timeout=20_000)
        shown.append(dialog.found.text())

    _open_and_fill(qtbot, window, monkeypatch, wait)
    assert "<b>Place:</b> Davos<br>" in shown[0]
    assert "<b>Place:</b> Davos, Switzerland (where Davos is)<br>" in shown[1]
    assert (window.form.place.text(), window.form.country.code()) == ("Davos", "CH")
    # A town of several countries' names them, and fills in none.
    shown.clear()
    monkeypatch.setattr(EventFromTextDialog, "exec", lambda dialog: (
        shown.append(dialog.found.text()), QDialog.DialogCode.Rejected)[1])
    QGuiApplication.clipboard().setText(text.replace("Davos", "Hyderabad"))
    window.form.revert()
    _action(window).trigger()
    assert ("<b>Place:</b> Hyderabad (several countries have a Hyderabad: India, Pakistan;"
            " no country filled in)<br>") in shown[0]
    # Of those countries, the one the text names is filled in, and said why.
    shown.clear()
    QGuiApplication.clipboard().setText(text.replace("Davos", "Hyderabad") + (
        " Pakistani officials opened it."))
    monkeypatch.setattr(EventFromTextDialog, "exec", lambda dialog: (
        shown.append(dialog.found.text()), QDialog.DialogCode.Accepted)[1])
    window.form.revert()
    _action(window).trigger()
    assert ("<b>Place:</b> Hyderabad, Pakistan (of the countries with a Hyderabad, the one the"
            " text names)<br>") in shown[0]
    assert (window.form.place.text(), window.form.country.code()) == ("Hyderabad", "PK")
    monkeypatch.setattr(EventFromTextDialog, "exec", lambda dialog: (
        shown.append(dialog.found.text()), QDialog.DialogCode.Rejected)[1])
    # A country alone, where it says the event was held.
    shown.clear()
    QGuiApplication.clipboard().setText("Kenya AI pact\n\nDuring a meeting in Kenya on"
                                        " July 5, 2025, the two sides signed a pact.")
    _action(window).trigger()
    assert ("<b>Place:</b> <i>none found</i>; the country: Kenya (where it was held)<br>"
            in shown[0])


def test_the_number_said_to_attend_fills_the_attendance_and_its_qualifier(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed page's "approximately 150 attendees" was left for the analyst
    to type again."""
    qtbot.waitUntil(lambda: window.is_ready)
    text = ("Media forum meets in Luoyang\n\nThe forum convened on May 25, 2025, in Luoyang. "
            "It brought together approximately 150 attendees from all 10 ASEAN member "
            "states and more than 40 countries' media.")
    shown = _paste_and_fill(qtbot, window, monkeypatch, text)
    assert "Attendance:</b> approximately 150 (from “approximately 150 attendees”)" in shown[0]
    form = window.form
    assert (form.attendance.text(), form.qualifier.currentData()) == ("150", "approximately")
    assert form.save()
    form.revert()
    shown = _paste_and_fill(qtbot, window, monkeypatch, "论坛在南宁举行\n\n2025年9月18日，"
                            "来自40多个国家和地区的1000余名嘉宾出席论坛。")
    assert "Attendance:</b> more than 1,000 (from “1000余名嘉宾”)" in shown[0]
    assert (form.attendance.text(), form.qualifier.currentData()) == ("1000", "more_than")


def test_the_roles_the_text_states_fill_the_participants_roles(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    text = ("论坛在南宁举行\n\n2025年9月18日，论坛在南宁举行。本届论坛由中国外文局和中国—东盟中心"
            "联合主办，老挝以视频方式出席。")
    shown = _paste_and_fill(qtbot, window, monkeypatch, text)
    assert "China International Communications Group (co-host)" in shown[0]
    assert "Laos (attendee, via video)" in shown[0]  # 以视频方式出席
    links = {link.name: (link.role, link.note) for link in window.form.links.links}
    assert links == {"China International Communications Group": ("co-host", ""),
                     "ASEAN-China Centre": ("co-host", ""), "Laos": ("attendee", "via video")}


def test_a_chinese_headline_fills_the_native_title_and_the_title_to_retype(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    shown = _paste_and_fill(qtbot, window, monkeypatch,
                            "中老人工智能创新合作中心在万象揭牌\n\n2025年2月23日揭牌。")
    assert "and as the native title" in shown[0]
    form = window.form
    assert form.native_title.text() == form.title.text() == "中老人工智能创新合作中心在万象揭牌"
    assert form.title.hasFocus() and form.title.selectedText() == form.title.text()


@pytest.mark.parametrize(("text", "said"), [
    ("China-ASEAN AI Forum opens\n\nIt opened on 3 May 2025.",
     "forum (named in the headline)"),
    # no headline line: the name the text gives the event, and its word
    ("2025年5月3日，中国—东盟人工智能论坛在南宁举行。来自十国的代表出席。",
     "forum (named in the event's name)"),
    ("Leaders gather\n\nThe China-ASEAN AI Forum opened on 3 May 2025.",
     "forum (named in the first sentence)"),
])
def test_the_dialog_says_where_the_event_type_was_named(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, text: str,
        said: str) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    shown = _paste_and_fill(qtbot, window, monkeypatch, text)
    assert f"Type: {said}" in shown[0].replace("<b>", "").replace("</b>", "")
    assert window.form.event_type.currentText() == "forum"


def test_cancelling_changes_nothing(qtbot: QtBot, window: MainWindow,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    heading = window.form.heading()
    monkeypatch.setattr(EventFromTextDialog, "exec",
                        lambda dialog: QDialog.DialogCode.Rejected)
    _action(window).trigger()
    assert window.form.heading() == heading and not window.form.is_dirty()


def test_ctrl_enter_fills_in_the_event_from_what_was_typed_last(
        qtbot: QtBot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("")
    dialog = EventFromTextDialog(window.store, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.text.toPlainText() == "" and not dialog.fill.isEnabled()
    dialog.text.setPlainText(NEWS)  # pasted; Ctrl+Enter before the pause reads it
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.event_data().values["date"] == "2025-07-28"


def test_a_page_copied_with_its_stamp_gives_the_headline_the_dateline_and_the_publication(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    page = ("Updated 15 March 2025 09:12 GMT+8\n"
            "China, Laos sign MoU on AI cooperation\n"
            "VIENTIANE, March 14 (Xinhua) -- China and Laos signed a memorandum.\n"
            "https://english.news.cn/20250314/8d1c/c.html")
    shown = _paste_and_fill(qtbot, window, monkeypatch, page)
    assert "14 March 2025 (from “March 14” and the year it was published)" in shown[0]
    # the address's day, not the update's
    assert "Xinhua, https://english.news.cn/20250314/8d1c/c.html, published 14 March 2025" in (
        shown[0])
    form = window.form
    assert form.title.text() == "China, Laos sign MoU on AI cooperation"
    assert form.date.text() == "2025-03-14"
    source = form.sources.sources[0]
    assert (source.publisher, source.url, source.published) == (
        "Xinhua", "https://english.news.cn/20250314/8d1c/c.html", "2025-03-14")


@pytest.mark.parametrize(("page", "said", "edtf"), [
    # filed on Friday 14 March about what was signed "on Thursday": the 13th, not
    # the dateline's day (the day the item was filed)
    ("China, Laos sign MoU on AI cooperation\n"
     "VIENTIANE, March 14 (Xinhua) -- China and Laos on Thursday signed a memorandum.\n"
     "https://english.news.cn/20250314/8d1c/c.html",
     "13 March 2025 (from “on Thursday”, counted from 14 March 2025, the day of the item)",
     "2025-03-13"),
    # the line under the headline gives the source and its day
    ("中老人工智能创新合作中心揭牌\n2025年10月05日 08:21　来源：人民网－人民日报\n"
     "本报万象10月4日电 昨天，中老人工智能创新合作中心在万象揭牌。",
     "3 October 2025 (from “昨天”, counted from 4 October 2025, the day of the item)"
     "<br><b>Place:</b> Vientiane", "2025-10-03"),  # 万象, as the sample writes it
    # a day without its month: the dateline's
    # a length beside the day: the span, and both phrases
    ("Forum on AI opens in Nanning\n\nThe two-day China-ASEAN AI Cooperation Forum opened in "
     "Nanning on 18 September 2025.",
     "18–19 September 2025 (from “18 September 2025 … two-day”)", "2025-09-18/2025-09-19"),
    # a day without a year, and nothing to read the year from: said, and left to type
    ("Laos and China open AI lab\n\nVIENTIANE, Oct 9 (Xinhua) -- A joint laboratory was "
     "inaugurated here on Thursday.",
     "<i>none found</i>: “Oct 9” names no year, and the text no day it was published", ""),
    ("中老人工智能合作论坛在万象举行\n"
     "本报万象9月3日电（记者张三）中老人工智能合作论坛2日在万象举行。\n"
     "http://paper.people.com.cn/rmrb/html/2025-09/04/nw.D110000renmrb_20250904_1-03.htm",
     "2 September 2025 (from “2日”, the month of its dateline and the year it was published)",
     "2025-09-02"),
    # a dateline with its year, before a day said further on: no other year needed
    ("DILI, 18 october 2023 (TATOLI) – The Chinese Ambassador met the Prime Minister.\n\n"
     "She said the leaders' meeting last month opened new ways.",
     "18 October 2023 (from “DILI, 18 october 2023 (TATOLI)”)", "2023-10-18"),
    # no day of publication: the year the event's name gives
    ("中新网成都11月12日电 (记者 张三)以“开放合作”为主题的2024四川国际友城合作与发展大会"
     "12日在成都启幕。",
     "12 November 2024 (from “12日 … 2024”, the month of its dateline and the year of the "
     "event's name)", "2024-11-12"),
])
def test_an_items_day_is_read_as_it_names_it(qtbot: QtBot, window: MainWindow,
                                             monkeypatch: pytest.MonkeyPatch, page: str,
                                             said: str, edtf: str) -> None:
    place_countries.prepare()  # the towns, as the dialog reads them beside the window
    qtbot.waitUntil(lambda: window.is_ready)
    shown = _paste_and_fill(qtbot, window, monkeypatch, page)
    assert said in shown[0]
    assert window.form.date.text() == edtf
    if "人民网－人民日报" in page:
        assert "人民网－人民日报, published 5 October 2025" in shown[0]


def test_a_page_of_several_activities_is_imported_as_one_event_each(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seed page lists eight activities, each under its headline: the
    dialog read the first alone.  Those stored already (the sample holds the
    page) are left out after asking; the others go through the import."""
    from desktop.ui.csv_import_dialog import CsvImportDialog
    from desktop.ui.exchange_dialogs import ImportDialog

    qtbot.waitUntil(lambda: window.is_ready)
    page = ("Skip to main content\nSource: Example Institute\nhttps://example.org/activities\n\n"
            "Activity Category: AI Engagement Activity\n\n"
            "2025 ASEAN-China Media Cooperation Forum\n\n" + _SEED_FORUM + "\n\n"
            "Digital skills workshop opens in Vientiane\n\nA digital skills workshop opened in "
            "Vientiane on November 3, 2025, co-hosted by the National Development and Reform "
            "Commission and Laos, with about 60 participants.\n\n"
            "Laos AI lab signs pact with Chinese Academy of Sciences\n\nOn 12 November 2025 "
            "in Vientiane the lab and the Chinese Academy of Sciences signed a memorandum of "
            "understanding on training, witnessed by Zhang Ming, vice chairman of the "
            "National Development and Reform Commission.")
    QGuiApplication.clipboard().setText(page)
    asked: list[str] = []

    def read_the_page(dialog: EventFromTextDialog) -> QDialog.DialogCode:
        dialog.read()
        assert "This text lists 3 activities" in dialog.found.text()
        # the first activity read, not the page's own lines
        assert "<b>Title:</b> 2025 ASEAN-China Media Cooperation Forum" in dialog.found.text()
        assert dialog.import_page.text() == "Import as 3 events…"
        qtbot.mouseClick(dialog.import_page, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode(dialog.result())

    def left_out(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(EventFromTextDialog, "exec", read_the_page)
    monkeypatch.setattr(QMessageBox, "question", left_out)
    monkeypatch.setattr(CsvImportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(ImportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    before = len(titles(window))
    _action(window).trigger()
    assert "2025 ASEAN-China Media Cooperation Forum" in asked[0]  # the sample's, here
    shown = titles(window)
    assert len(shown) == before + 2
    window.events_view.selectRow(shown.index("Digital skills workshop opens in Vientiane"))
    form = window.form
    assert (form.date.text(), form.attendance.text(), form.status.currentData()) == (
        "2025-11-03", "60", "needs_review")
    assert {link.name: link.role for link in form.links.links} == {
        "National Development and Reform Commission": "co-host", "Laos": "co-host"}
    assert "workshop opened in Vientiane" in form.notes.toPlainText()
    window.events_view.selectRow(shown.index(
        "Laos AI lab signs pact with Chinese Academy of Sciences"))
    assert form.event_type.currentText() == "agreement signing"
    assert form.date.text() == "2025-11-12"
    # the page the activities were read from is their source
    assert [(source.url, source.publisher) for source in form.sources.sources] == [
        ("https://example.org/activities", "Example Institute")]
    # someone new the page names is stored as it describes him, not by name alone
    assert {link.name: link.role for link in form.links.links}["Zhang Ming"] == "witness"
    with window.store.session() as session:
        zhang = session.scalars(select(Participant).where(Participant.name == "Zhang Ming")).one()
        body = session.get(Participant, zhang.affiliation_id)
        assert (zhang.kind, zhang.position, body.name if body else None) == (
            "person", "vice chairman", "National Development and Reform Commission")


_SEED_FORUM = ("The 2025 ASEAN-China Media Cooperation Forum convened on May 25, 2025, in "
               "Luoyang, Henan Province, with approximately 150 attendees, co-hosted by the "
               "ASEAN-China Centre and China International Communications Group.")


def test_participants_the_text_names_that_are_not_in_the_database_are_added_as_new(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    text = ("Malaysia and China Sign MoU on Digital Economy\n\n"
            "Kuala Lumpur, 14 March 2025 — Malaysia's Ministry of Digital and China's Ministry "
            "of Commerce signed a memorandum of understanding. The signing was witnessed by "
            "Prime Minister Anwar Ibrahim and Vice Premier Ding Xuexiang.")
    shown = _paste_and_fill(qtbot, window, monkeypatch, text)
    assert "Not yet in the database (4;" in shown[0]
    assert "Ministry of Digital (Malaysia) (new organisation, signatory)" in shown[0]
    assert "Anwar Ibrahim (new person, Prime Minister, witness)" in shown[0]
    form = window.form
    table = form.links.table
    labels = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert labels == ["Malaysia", "China",
                      "Ministry of Digital (Malaysia)  — new organisation",
                      "Ministry of Commerce (China)  — new organisation",
                      "Anwar Ibrahim  — new person", "Ding Xuexiang  — new person"]
    # what each new one is stored with shows on its row
    assert table.item(2, 0).toolTip().endswith("; country: Malaysia")
    assert table.item(4, 0).toolTip().endswith("; post: Prime Minister")
    # the analyst leaves the vice premier out: his row removed with Delete
    table.setFocus()
    table.setCurrentCell(5, 0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert table.rowCount() == 5
    # the source is the article, its day the dateline's
    assert [(source.title, source.published) for source in form.sources.sources] == [
        ("Malaysia and China Sign MoU on Digital Economy", "2025-03-14")]
    assert form.save()
    with window.store.session() as session:
        added = {p.name: (p.kind, p.country, p.position) for p in session.scalars(
            select(Participant).where(Participant.name.in_(
                ["Ministry of Digital (Malaysia)", "Ministry of Commerce (China)",
                 "Anwar Ibrahim", "Ding Xuexiang"])))}
        roles = dict(session.execute(
            select(Participant.name, VocabularyTerm.value)
            .join(EventParticipant, EventParticipant.participant_id == Participant.id)
            .join(Event, Event.id == EventParticipant.event_id)
            .join(VocabularyTerm, VocabularyTerm.id == EventParticipant.role_id)
            .where(Event.title == "Malaysia and China Sign MoU on Digital Economy")).all())
    assert added == {"Ministry of Digital (Malaysia)": ("organization", "MY", ""),
                     "Ministry of Commerce (China)": ("organization", "CN", ""),
                     "Anwar Ibrahim": ("person", None, "Prime Minister")}
    assert roles["Anwar Ibrahim"] == "witness"
    assert roles["Ministry of Digital (Malaysia)"] == "signatory"


def test_a_new_person_of_a_new_body_is_stored_with_it_as_affiliation(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    text = ("Forum on digital skills held in Hanoi\n\n"
            "The forum was co-hosted by the Example Institute of Things and the China "
            "International Communications Group on 3 June 2025. Key participants included "
            "President Zhang Wei of the Example Institute of Things and Director Lin Fang "
            "of the China International Communications Group.")
    shown = _paste_and_fill(qtbot, window, monkeypatch, text)
    assert ("Zhang Wei (new person, President of Example Institute of Things, participant)"
            in shown[0])
    assert window.form.save()
    with window.store.session() as session:
        people = {person.name: person.affiliation_id for person in session.scalars(
            select(Participant).where(Participant.name.in_(["Zhang Wei", "Lin Fang"])))}
        ids = dict(session.execute(select(Participant.name, Participant.id).where(
            Participant.name.in_(["Example Institute of Things",
                                  "China International Communications Group"]))).all())
    assert people == {"Zhang Wei": ids["Example Institute of Things"],
                      "Lin Fang": ids["China International Communications Group"]}


def test_a_web_address_is_read_as_its_pages_article_and_the_page_kept_with_the_source(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        web_page: str, tmp_path: Path) -> None:
    from tests.core.test_web_article import ARTICLE

    qtbot.waitUntil(lambda: window.is_ready)
    (tmp_path / "site" / "news" / "dialogue.html").write_text(ARTICLE, encoding="utf-8")
    url = f"{web_page}/news/dialogue.html"
    QGuiApplication.clipboard().setText(url)  # a link copied
    said: list[str] = []

    def read_the_page(dialog: EventFromTextDialog) -> None:
        dialog.read()
        assert not dialog.read_page.isHidden() and not dialog.fill.isEnabled()
        said.append(dialog.found.text())
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.text.toPlainText().startswith(
            "China, Vietnam hold AI cooperation dialogue in Hanoi\n")
        assert dialog.read_page.isHidden()
        said.append(dialog.found.text())

    _open_and_fill(qtbot, window, monkeypatch, read_the_page)
    assert "This is a web address" in said[0]
    assert "<b>Title:</b> China, Vietnam hold AI cooperation dialogue in Hanoi" in said[1]
    assert said[1].endswith("— the page saved as dialogue.html, kept with the source")
    form = window.form
    assert (form.title.text(), form.date.text()) == (
        "China, Vietnam hold AI cooperation dialogue in Hanoi", "2025-10-15")
    source, = form.sources.sources
    assert (source.publisher, source.url, source.published, source.copy_name) == (
        "Xinhua", url, "2025-10-15", "dialogue.html")
    assert form.save()


def test_a_web_address_that_cannot_be_read_is_said_and_the_text_left_as_it_was(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        web_page: str) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    url = f"{web_page}/news/removed.html"
    QGuiApplication.clipboard().setText(url)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(str(args[2])))

    def read_the_page(dialog: EventFromTextDialog) -> QDialog.DialogCode:
        qtbot.mouseClick(dialog.read_page, Qt.MouseButton.LeftButton)
        assert dialog.text.toPlainText() == url
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(EventFromTextDialog, "exec", read_the_page)
    _action(window).trigger()
    assert url in warned[0] and "paste it here instead" in warned[0]


def test_the_short_name_a_text_gives_a_new_body_is_shown_and_stored_as_its_alias(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    text = ("中国信通院与马来西亚数字经济机构签署合作备忘录\n\n"
            "2025年5月20日，中国信息通信研究院（中国信通院）与马来西亚数字经济机构在吉隆坡签署"
            "人工智能合作备忘录。中国信通院院长余晓晖代表中方签约。")
    shown = _paste_and_fill(qtbot, window, monkeypatch, text)
    # one body, by its full name, its short name said beside it; its head of it
    assert "中国信息通信研究院 (new organisation, also “中国信通院”, signatory)" in shown[0]
    assert ("Yu Xiaohui (余晓晖) (new person, 院长 of 中国信息通信研究院, representative)"
            in shown[0])
    assert window.form.save()
    with window.store.session() as session:
        academy = session.scalars(select(Participant).where(
            Participant.name == "中国信息通信研究院")).one()
        head = session.scalars(select(Participant).where(Participant.native_name == "余晓晖")).one()
        aliases = [alias.alias for alias in academy.aliases]
        assert (aliases, academy.country) == (["中国信通院"], "CN")
        assert head.affiliation_id == academy.id


def test_an_official_the_text_quotes_is_offered_without_a_role_and_stored_with_both_posts(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    text = ("Guangxi hosts AI roundtable\n\n"
            "The China-ASEAN Roundtable on Artificial Intelligence was held in Nanning on "
            "18 September 2025. Chen Gang, secretary of the CPC Guangxi Zhuang Autonomous "
            "Regional Committee and chairman of the Standing Committee of Guangxi People's "
            "Congress, said Guangxi would build a regional hub.")
    shown = _paste_and_fill(qtbot, window, monkeypatch, text)
    # quoted, not said to have spoken there: the analyst gives the role
    assert ("Chen Gang (new person, secretary of CPC Guangxi Zhuang Autonomous Regional "
            "Committee; chairman of the Standing Committee of Guangxi People&#x27;s Congress, "
            "no role said)") in shown[0]
    assert {link.name: link.role for link in window.form.links.links}["Chen Gang"] == ""
    assert window.form.save()
    with window.store.session() as session:
        chen = session.scalars(select(Participant).where(Participant.name == "Chen Gang")).one()
        assert (chen.position, chen.country) == (
            "secretary; chairman of the Standing Committee of Guangxi People's Congress", "CN")
