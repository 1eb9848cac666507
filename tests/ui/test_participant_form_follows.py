"""The participant form shown beside the list follows edits made elsewhere:
its events list keeps their titles and dates as they are now, through a save
in the event form and its undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Participant
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import titles, type_text

FORUM = "2025 ASEAN-China Media Cooperation Forum"


def _events_shown(window: MainWindow) -> list[tuple[str, str]]:
    model = window.participant_form.events.model()
    return [(model.index(row, 0).data(), model.index(row, 1).data())
            for row in range(model.rowCount())]


def test_an_event_renamed_and_redated_shows_so_in_its_participants_form(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    with window.store.session() as session:
        centre = session.scalar(select(Participant.id)
                                .where(Participant.name == "ASEAN-China Centre"))
    window.participant_form.load(centre)  # the Participant tab, as left shown
    assert (("2025-05-25", FORUM)) in _events_shown(window)
    window.events_view.selectRow(titles(window).index(FORUM))
    form = window.form
    form.title.selectAll()
    type_text(qtbot, form.title, "Media Forum, renamed")
    form.date.line.selectAll()
    type_text(qtbot, form.date.line, "2025-06")
    qtbot.keyClick(form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ("2025-06", "Media Forum, renamed") in _events_shown(window)
    window.menus.undo.trigger()
    assert ("2025-05-25", FORUM) in _events_shown(window)
