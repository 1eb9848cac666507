"""The event form shown follows edits of what it names: a participant renamed
in the participant form, an event it is related to retitled elsewhere, and
the undo of either."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Event, Participant
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import titles, type_text

FORUM = "2025 ASEAN-China Media Cooperation Forum"
SEMINAR = "China-ASEAN AI Development and Governance Cooperation Seminar"


def _participants_shown(window: MainWindow) -> list[str]:
    model = window.form.links.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _related_shown(window: MainWindow) -> list[str]:
    table = window.form.related.table
    return [table.item(row, 1).text() for row in range(table.rowCount())]


def test_a_participant_renamed_in_its_form_is_renamed_in_the_event_shown(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(titles(window).index(FORUM))
    assert any(name.startswith("ASEAN-China Centre") for name in _participants_shown(window))
    with window.store.session() as session:
        centre = session.scalar(select(Participant.id)
                                .where(Participant.name == "ASEAN-China Centre"))
    form = window.participant_form
    form.load(centre)
    window.details.setCurrentWidget(form)  # the Participant tab
    form.name.selectAll()
    type_text(qtbot, form.name, "ASEAN-China Centre (Beijing)")
    qtbot.keyClick(form.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert any(name.startswith("ASEAN-China Centre (Beijing)")
               for name in _participants_shown(window))
    window.menus.undo.trigger()
    assert not any("(Beijing)" in name for name in _participants_shown(window))


def test_a_related_event_retitled_elsewhere_is_retitled_in_the_event_shown(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(titles(window).index(FORUM))
    assert _related_shown(window) == [f"{SEMINAR} (2024-12-09)"]
    with window.store.session() as session:
        seminar = session.scalar(select(Event.id).where(Event.title == SEMINAR))
    window.editor.apply(lambda ops: ops.update_event(seminar, {"title": "Seminar, renamed"}),
                        "Rename")  # as Find and replace, or a merge, would
    assert _related_shown(window) == ["Seminar, renamed (2024-12-09)"]
    assert window.selection.current is not None and window.form.event_id is not None
    assert window.form.title.text() == FORUM  # still the forum shown
