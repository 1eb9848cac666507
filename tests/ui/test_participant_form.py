"""The participant form, driven through its widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.conftest import narrow_form, search, titles, type_text


def _open_participant(qtbot: QtBot, window: MainWindow, query: str) -> None:
    window.tabs.setCurrentIndex(1)
    search(qtbot, window, query)
    window.participants_view.selectRow(0)


def test_participant_form_shows_and_saves_every_field(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    _open_participant(qtbot, window, "石中军")
    form = window.participant_form
    assert window.details.currentWidget() is form
    assert form.name.text() == "Shi Zhongjun" and form.native_name.text() == "石中軍"
    assert form.aliases.toPlainText() == "石中军"
    assert form.position.text() == "Secretary General"
    assert form.affiliation.text() == "ASEAN-China Centre"
    events = form.events.model()
    assert [events.index(r, 1).data() for r in range(events.rowCount())] == [
        "2025 ASEAN-China Media Cooperation Forum"]
    assert events.index(0, 2).data() == "speaker (key participant)"
    form.aliases.moveCursor(form.aliases.textCursor().MoveOperation.End)
    qtbot.keyClick(form.aliases, Qt.Key.Key_Return)
    type_text(qtbot, form.aliases, "SHI Zhongjun")
    form.affiliation.clear()
    type_text(qtbot, form.affiliation, "中国外文局")
    form.affiliation._suggest(form.affiliation.text())
    form.affiliation._chosen("China International Communications Group (中國外文局)")
    assert form.is_dirty()
    assert form.save()
    assert form.aliases.toPlainText() == "石中军\nSHI Zhongjun"
    assert form.affiliation.text() == "China International Communications Group"
    history = window.history
    whats = [history.item(r, 2).text() for r in range(history.rowCount())]
    assert "aliases" in whats and "affiliation" in whats
    window.editor.undo_stack.undo()
    assert form.affiliation.text() == "ASEAN-China Centre"
    assert form.aliases.toPlainText() == "石中军"


def test_ctrl_s_saves_the_form_in_view(qtbot: QtBot, window: MainWindow) -> None:
    _open_participant(qtbot, window, "石中军")
    form = window.participant_form
    type_text(qtbot, form.position, " (acting)")
    assert form.is_dirty()
    qtbot.keyClick(form.position, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty()
    window.participant_form.load(form.record_id)
    assert form.position.text() == "Secretary General (acting)"
    # the Event tab again: Ctrl+S saves the event's form
    window.tabs.setCurrentIndex(0)
    window.events_view.selectRow(0)
    qtbot.waitUntil(lambda: window.details.currentWidget() is window.form)
    event_form = window.form
    event_form.notes.setFocus()
    type_text(qtbot, event_form.notes, "Seen again.")
    assert event_form.is_dirty()
    qtbot.keyClick(event_form.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not event_form.is_dirty() and "Seen again." in event_form.notes.toPlainText()


def test_a_refused_participant_edit_says_why(qtbot: QtBot, window: MainWindow) -> None:
    _open_participant(qtbot, window, "Donghao")
    form = window.participant_form
    form.kind.setCurrentIndex(form.kind.findData("person"))
    assert not form.save()
    assert "only an organisation or group has a parent" in form.error_label.text()


def test_enter_or_a_double_click_on_an_event_of_theirs_opens_it(qtbot: QtBot,
                                                                  window: MainWindow) -> None:
    _open_participant(qtbot, window, "NDRC")
    form = window.participant_form
    events = form.events.model()
    assert events.rowCount() == 2
    assert form.events_caption.text() == "Events (2)"
    waic = next(events.index(row, 1) for row in range(2)
                if events.index(row, 1).data().startswith("8th World"))
    assert waic.data(Qt.ItemDataRole.ToolTipRole).endswith("\n世界人工智能大会")  # its native title
    target = events.index(1, 1).data()
    form.events.setCurrentIndex(events.index(1, 1))
    form.events.setFocus()
    qtbot.keyClick(form.events, Qt.Key.Key_Return)  # as a double-click does
    assert window.tabs.currentWidget() is window.events_view
    assert window.form.title.text() == target
    assert window.events_view.currentIndex().row() == titles(window).index(target)
    assert window.details.currentWidget() is window.form


def test_the_form_says_whom_a_participant_is_most_often_with(
        qtbot: QtBot, window: MainWindow) -> None:
    # Wang Yi joins two of NDRC's events: the one it shares most.
    with window.store.session() as session:
        from sqlalchemy import select

        from desktop.core.models import EventParticipant, Participant

        ndrc, wang = (session.scalars(select(Participant.id).where(
            Participant.name == name)).one() for name in (
            "National Development and Reform Commission", "Wang Yi"))
        events = session.scalars(select(EventParticipant.event_id).where(
            EventParticipant.participant_id == ndrc)).all()
    assert len(events) == 2
    window.editor.apply(lambda ops: ops.link_events(events, wang), "Wang Yi")
    _open_participant(qtbot, window, "reform commission")
    label = window.participant_form.often_with
    qtbot.waitUntil(lambda: label.text() not in ("", "…"))
    shown = _plain(label.text())
    assert shown.startswith("Wang Yi (2); ")
    assert all(part.endswith("(1)") for part in shown.split("; ")[1:])


def test_the_form_says_which_roles_a_participant_held_and_when(
        qtbot: QtBot, window: MainWindow) -> None:
    _open_participant(qtbot, window, "reform commission")
    form = window.participant_form
    qtbot.waitUntil(lambda: form.roles.text() not in ("", "…"))  # just after the form
    # NDRC: signatory of the Brazil pact and co-organiser of WAIC, both in 2025.
    assert form.roles.text() == "co-organizer (1); signatory (1)"
    assert form.years.text() == "2025: 2"


def test_the_form_names_those_under_an_organisation(qtbot: QtBot,
                                                   window: MainWindow) -> None:
    _open_participant(qtbot, window, "Sberbank")
    form = window.participant_form
    assert form.fields.isRowVisible(form.under)
    assert _plain(form.under.text()) == "2: Alexander Vedyakhin; German Gref"  # affiliated
    _open_participant(qtbot, window, "Alexander Vedyakhin")
    assert not form.fields.isRowVisible(form.under)  # nobody is under a person here


def test_a_participant_the_form_names_opens_from_its_link(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    _open_participant(qtbot, window, "Sberbank")  # the search finds Sberbank alone
    form = window.participant_form
    assert window.participants_model.rowCount() == 1
    # Tab to the first name under it, then Enter, as with a link in a browser
    form.under.setFocus()
    qtbot.keyClick(form.under, Qt.Key.Key_Tab)
    qtbot.keyClick(form.under, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.name.text() == "Alexander Vedyakhin")
    assert window.search_box.text() == ""  # the search that hid it was set aside
    current = window.participants_view.currentIndex().row()
    assert window.participants_model.index(current, 1).data() == "Alexander Vedyakhin"


def _plain(rich: str) -> str:
    """A label's text as it reads, without its links' markup."""
    return QTextDocumentFragment.fromHtml(rich).toPlainText()


def test_their_events_titles_take_the_forms_width(qtbot: QtBot, window: MainWindow) -> None:
    narrow_form(window, 400)
    _open_participant(qtbot, window, "NDRC")
    table = window.participant_form.events
    title = table.model().index(0, 1).data()
    # Beside its caption, the table left a title ~120 pixels ("African Nations Pledge …").
    assert table.columnWidth(1) >= 180
    assert table.fontMetrics().horizontalAdvance(title[:28]) <= table.columnWidth(1)


def test_what_a_participant_did_is_said_only_of_one_in_events(
        qtbot: QtBot, window: MainWindow) -> None:
    _open_participant(qtbot, window, "石中军")
    form = window.participant_form
    rows = (form.roles, form.years, form.often_with)
    assert all(form.fields.isRowVisible(label) for label in rows)
    window.menus.new_participant.trigger()  # in no event: no rows saying nothing
    assert not any(form.fields.isRowVisible(label) for label in rows)


def test_enter_on_the_participants_list_edits_the_participant_in_the_form(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.events_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    view = window.participants_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    shown = window.participant_form.name.text()
    assert shown
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.focusWidget() is window.participant_form.name
    assert window.details.currentWidget() is window.participant_form
    assert window.tabs.currentWidget() is view  # its events are a double-click away


def _choose_first_offered(qtbot: QtBot, field: QLineEdit, typed: str) -> None:
    """Type in an affiliation or parent field and take the first organisation offered."""
    field.clear()
    type_text(qtbot, field, typed)
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_an_affiliation_or_parent_chosen_gives_its_country(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    _open_participant(qtbot, window, "石中军")
    form = window.participant_form
    assert form.country.code() == "" and form.country_hint.isHidden()
    _choose_first_offered(qtbot, form.affiliation, "中国外文局")
    assert form.affiliation.text() == "China International Communications Group (中國外文局)"
    assert form.country.code() == "CN"
    assert form.country_hint.text() == ("Country filled in as its affiliation, China"
                                        " International Communications Group, is in China.")
    assert form.save()
    form.load(form.record_id)
    assert form.country.code() == "CN" and form.country_hint.isHidden()
    # A country already given is kept, whatever the organisation chosen.
    form.country.set_code("LA")
    _choose_first_offered(qtbot, form.affiliation, "国家发展改革委")
    assert form.affiliation.text().startswith("National Development and Reform Commission")
    assert form.country.code() == "LA" and form.country_hint.isHidden()
    form.revert()
    # An organisation's parent likewise.
    _open_participant(qtbot, window, "China-Laos Artificial Intelligence")
    assert form.kind.currentData() == "organization" and form.country.code() == ""
    _choose_first_offered(qtbot, form.parent_org, "Ministry of Science and Technology")
    assert form.country.code() == "CN"
    assert form.country_hint.text() == ("Country filled in as its parent organisation,"
                                        " Ministry of Science and Technology, is in China.")
