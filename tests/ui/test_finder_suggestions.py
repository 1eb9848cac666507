"""The fields that find a participant as it is typed offer every one the
search finds — by an alias ("NDRC"), or in the other Chinese script (中国外文
for 中國外文局) — not only those whose label holds the very text typed: the
popup showed only "Create new participant: 中国外文", and taking it made a
second China International Communications Group.  A choice taken from the
popup with the keyboard is added once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.models import Participant
from desktop.ui.batch_edit import BatchEditDialog
from desktop.ui.link_editor import LinkEditor
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import search, titles, type_text

CICG = "China International Communications Group (中國外文局)"
NDRC = "National Development and Reform Commission (国家发展和改革委员会)"
FORUM = "2025 ASEAN-China Media Cooperation Forum"


def _offered(completer: QCompleter) -> list[str]:
    """What the popup lists, as the analyst sees it."""
    shown = completer.popup().model()
    return [shown.index(row, 0).data() for row in range(shown.rowCount())]


def _participants(window: MainWindow) -> int:
    with window.store.session() as session:
        return session.scalar(select(func.count()).select_from(Participant)) or 0


def _forums_participants(window: MainWindow) -> LinkEditor:
    """The forum's participants in the form, the window in front."""
    window.activateWindow()
    window.events_view.setFocus()
    window.events_view.selectRow(titles(window).index(FORUM))
    return window.form.links


def test_the_event_forms_finder_offers_a_participant_by_alias_and_other_script(
        qtbot: QtBot, window: MainWindow) -> None:
    links = _forums_participants(window)
    before = _participants(window)
    type_text(qtbot, links.finder, "NDRC")
    assert _offered(links.completer)[0] == NDRC
    links.finder.clear()
    type_text(qtbot, links.finder, "中国外文")
    assert links.completer.popup().isVisible()
    assert _offered(links.completer) == [CICG, "Create new participant: 中国外文"]
    # the first offered, chosen with the keyboard: added once (it came twice,
    # and its label stayed in the finder), and no new participant is made
    def named(name: str) -> int:
        return [link.name for link in links.links].count(name)

    already = named("China International Communications Group")
    popup = links.completer.popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: links.finder.text() == "")
    assert named("China International Communications Group") == already + 1
    assert _participants(window) == before


def test_change_selected_events_offers_a_participant_by_alias(
        qtbot: QtBot, window: MainWindow) -> None:
    terms: dict[str, list[str]] = {"category": [], "event_type": [], "role": ["co-host"]}
    dialog = BatchEditDialog(window, window.store, 2, terms, [])
    qtbot.addWidget(dialog)
    field = dialog.add_participant
    type_text(qtbot, field.line, "NDRC")
    completer = field.line.completer()
    assert completer is not None and _offered(completer) == [NDRC]


def test_an_affiliation_is_offered_in_the_other_script(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    window.activateWindow()
    window.tabs.setCurrentIndex(1)
    search(qtbot, window, "石中军")
    window.participants_view.selectRow(0)
    affiliation: QLineEdit = window.participant_form.affiliation
    affiliation.clear()
    type_text(qtbot, affiliation, "中国外文")
    completer = affiliation.completer()
    assert completer is not None and _offered(completer) == [CICG]


def test_a_participant_chosen_from_the_popup_with_the_keyboard_is_added_once(
        qtbot: QtBot, window: MainWindow) -> None:
    links = _forums_participants(window)
    count = len(links.links)
    type_text(qtbot, links.finder, "Wang")
    popup = links.completer.popup()
    assert _offered(links.completer)[0] == "Wang Yi (王毅)"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: links.finder.text() == "")
    assert [link.name for link in links.links[count:]] == ["Wang Yi"]
    # and a related event chosen so leaves the finder empty
    related = window.form.related
    type_text(qtbot, related.finder, "WAIC")
    qtbot.keyClick(related.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(related.completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: related.finder.text() == "")
    assert related.relations[-1].other_title.startswith("8th World")


def test_the_finder_offers_our_brazilian_ministry_for_brazils_ministry(
        qtbot: QtBot, window: MainWindow) -> None:
    """Typed as an article writes it, "Brazil's Ministry of Science", the
    sample's "Ministry of Science, Technology and Innovation (Brazil)" is
    offered first, and Enter links it rather than making a new participant."""
    links = _forums_participants(window)
    before = _participants(window)
    type_text(qtbot, links.finder, "Brazil's Ministry of Science")
    assert _offered(links.completer) == [
        "Ministry of Science, Technology and Innovation (Brazil) "
        "(Ministério da Ciência, Tecnologia e Inovação)",
        "Create new participant: Brazil's Ministry of Science"]
    links.completer.popup().hide()
    qtbot.keyClick(links.finder, Qt.Key.Key_Return)
    assert links.links[-1].name == "Ministry of Science, Technology and Innovation (Brazil)"
    assert links.finder.text() == "" and _participants(window) == before
