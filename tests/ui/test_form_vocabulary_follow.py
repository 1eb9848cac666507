"""The event form shown keeps its category and type when their value is
renamed or merged into another elsewhere (Tools ▸ Vocabularies…, or an undo):
the combo showed nothing, and saving the form then cleared the event's type."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Event, VocabularyTerm
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import titles

FORUM = "2025 ASEAN-China Media Cooperation Forum"


def _term(window: MainWindow, vocabulary: str, value: str) -> str:
    with window.store.session() as session:
        return session.scalars(select(VocabularyTerm.id).where(
            VocabularyTerm.vocabulary == vocabulary, VocabularyTerm.value == value)).one()


def _type_stored(window: MainWindow) -> str | None:
    with window.store.session() as session:
        return session.scalar(select(VocabularyTerm.value).join(
            Event, Event.event_type_id == VocabularyTerm.id).where(Event.title == FORUM))


def test_a_renamed_type_is_shown_renamed_and_kept_on_saving(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(titles(window).index(FORUM))
    form = window.form
    assert form.event_type.currentText() == "forum"
    window.editor.apply(lambda ops: ops.rename_term(_term(window, "event_type", "forum"),
                                                    "public forum"), "Rename")
    assert form.event_type.currentText() == "public forum"
    assert not form.is_dirty()

    # with unsaved edits in the form: they stay, and so does the type
    form.place.setText("Luoyang, Henan")
    window.editor.apply(lambda ops: ops.rename_term(
        _term(window, "event_type", "public forum"), "forum (public)"), "Rename")
    assert form.event_type.currentText() == "forum (public)"
    assert form.place.text() == "Luoyang, Henan" and form.is_dirty()
    assert form.save()
    assert _type_stored(window) == "forum (public)"


def test_a_type_merged_into_another_is_shown_as_that_one_in_a_form_with_edits(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(titles(window).index(FORUM))
    form = window.form
    form.place.setText("Luoyang, Henan")
    window.editor.apply(lambda ops: ops.merge_terms(
        _term(window, "event_type", "forum"), _term(window, "event_type", "conference")),
        "Merge")
    assert form.event_type.currentText() == "conference"
    assert form.save()
    assert _type_stored(window) == "conference"


def test_a_role_renamed_or_merged_away_is_shown_so_in_a_form_with_edits(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(titles(window).index(FORUM))
    form = window.form
    table = form.links.table
    rows = range(table.rowCount())
    assert "speaker" in [table.cellWidget(row, 1).currentText() for row in rows]
    form.place.setText("Luoyang, Henan")  # unsaved
    window.editor.apply(lambda ops: ops.rename_term(_term(window, "role", "speaker"),
                                                    "speaker (panel)"), "Rename")
    shown = [table.cellWidget(row, 1).currentText() for row in rows]
    assert "speaker (panel)" in shown and "speaker" not in shown
    window.editor.apply(lambda ops: ops.merge_terms(_term(window, "role", "speaker (panel)"),
                                                    _term(window, "role", "host")),
                        "Merge")
    shown = [table.cellWidget(row, 1).currentText() for row in rows]
    assert "host" in shown and "speaker (panel)" not in shown
    assert form.place.text() == "Luoyang, Henan"
    assert form.save()  # not refused for a role no longer known


def test_a_form_without_edits_shows_a_renamed_value_at_once(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.events_view.selectRow(titles(window).index(FORUM))
    window.editor.apply(lambda ops: ops.rename_term(
        _term(window, "category", "AI Engagement Activity"), "AI engagement"), "Rename")
    assert window.form.category.currentText() == "AI engagement"
    assert not window.form.is_dirty()


def test_a_participant_forms_organisation_type_follows_a_rename_while_edited(
        qtbot: QtBot, window: MainWindow) -> None:
    from desktop.core.models import Participant

    qtbot.waitUntil(lambda: window.is_ready)
    with window.store.session() as session:
        cas = session.scalars(select(Participant.id).where(
            Participant.name == "Chinese Academy of Sciences")).one()
    form = window.participant_form
    form.load(cas)
    assert form.org_type.currentText() == "academic"
    form.position.setText("")  # nothing for an organisation; the notes are the edit
    form.notes.setPlainText("Checked against its website")
    assert form.is_dirty()
    window.editor.apply(lambda ops: ops.rename_term(_term(window, "org_type", "academic"),
                                                    "academic institution"), "Rename")
    assert form.org_type.currentText() == "academic institution"
    assert form.notes.toPlainText() == "Checked against its website"
    assert form.save()
    with window.store.session() as session:
        assert session.scalar(select(VocabularyTerm.value).join(
            Participant, Participant.org_type_id == VocabularyTerm.id).where(
            Participant.id == cas)) == "academic institution"
