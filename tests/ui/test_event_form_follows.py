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


def test_an_edition_of_its_series_retitled_or_added_elsewhere_is_shown(
        qtbot: QtBot, window: MainWindow) -> None:
    """WAIC 2023 → 2024 → 2025: the 2025 form names 2023, related only
    through 2024; it follows 2023's retitling, and a fourth edition joined to
    2023, though neither is a relation of its own."""
    qtbot.waitUntil(lambda: window.is_ready)
    made = {}
    for year in (2022, 2023, 2024, 2025):
        made[year] = window.editor.apply(lambda ops, year=year: ops.create_event(
            {"title": f"WAIC {year}", "date": f"{year}-07-04"}), "New").ids("event").pop()
    for year in (2024, 2025):
        window.editor.apply(lambda ops, year=year: ops.relate(
            made[year], {"related": made[year - 1], "kind": "same_series"}), "Relate")
    window.events_view.selectRow(titles(window).index("WAIC 2025"))
    series = window.form.related.series
    assert series.text().startswith("Series of 3: ") and "WAIC 2023" in series.text()

    window.editor.apply(lambda ops: ops.update_event(made[2023], {"title": "WAIC 2023 (6th)"}),
                        "Rename")
    assert "WAIC 2023 (6th)" in series.text()
    window.editor.apply(lambda ops: ops.relate(
        made[2023], {"related": made[2022], "kind": "same_series"}), "Relate")
    assert series.text().startswith("Series of 4: ") and "WAIC 2022" in series.text()
    assert window.form.title.text() == "WAIC 2025"
