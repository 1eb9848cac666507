"""An event type ticked in the filter and merged into another (Tools ▸
Vocabularies…): the other is ticked instead, and the list shows the events
of both — the one merged away was no value left to untick."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import VocabularyTerm
from desktop.ui.main_window import MainWindow


def _term(window: MainWindow, value: str) -> str:
    with window.store.session() as session:
        return session.scalars(select(VocabularyTerm.id).where(
            VocabularyTerm.vocabulary == "event_type", VocabularyTerm.value == value)).one()


def _ticked(window: MainWindow) -> list[str]:
    types = window.filter_panel.facet_lists["event_type"]
    return [types.item(row).text() for row in range(types.count())
            if types.item(row).checkState() == Qt.CheckState.Checked]


def test_a_ticked_type_merged_into_another_is_followed_by_the_filter(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    types = window.filter_panel.facet_lists["event_type"]
    forum = next(row for row in range(types.count()) if types.item(row).text() == "forum (1)")
    types.item(forum).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: window.events_model.rowCount() == 1)

    window.editor.apply(lambda ops: ops.merge_terms(_term(window, "forum"),
                                                    _term(window, "conference")), "Merge")
    qtbot.waitUntil(lambda: window.events_model.rowCount() == 2)
    qtbot.waitUntil(lambda: _ticked(window) == ["conference (2)"])
    assert window.filter_panel.event_filter.event_type == {_term(window, "conference")}
