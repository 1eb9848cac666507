"""The participant form shows the fields that describe its kind: a person's
position and affiliation, an organisation's or group's parent and type,
neither for a country — but never hides a value already entered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.participant_form import ParticipantForm
from tests.ui.conftest import search, type_text


def _shown(form: ParticipantForm) -> set[str]:
    fields = {"position": form.position, "affiliation": form.affiliation,
              "parent": form.parent_org, "org_type": form.org_type}
    return {name for name, widget in fields.items() if form.fields.isRowVisible(widget)}


def _open(qtbot: QtBot, window: MainWindow, query: str, name: str) -> ParticipantForm:
    window.tabs.setCurrentIndex(1)
    search(qtbot, window, query)
    model = window.participants_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == name)
    window.participants_view.selectRow(row)
    form = window.participant_form
    qtbot.waitUntil(lambda: form.name.text() == name)
    return form


def test_each_kind_shows_its_own_fields(qtbot: QtBot, window: MainWindow) -> None:
    form = _open(qtbot, window, "石中军", "Shi Zhongjun")
    assert _shown(form) == {"position", "affiliation"}
    form = _open(qtbot, window, "Donghao", "Donghao Lansheng Group")
    assert _shown(form) == {"parent", "org_type"}
    form = _open(qtbot, window, "FOCAC", "African nations at FOCAC 2024")
    assert _shown(form) == {"parent", "org_type"}
    form = _open(qtbot, window, "Cambodia", "Cambodia")
    assert _shown(form) == set()


def test_tab_from_a_countrys_country_goes_to_its_notes(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    form = _open(qtbot, window, "Cambodia", "Cambodia")
    window.activateWindow()
    form.country.setFocus()
    qtbot.keyClick(form.country, Qt.Key.Key_Tab)
    focused: QWidget | None = form.focusWidget()
    assert focused is form.notes


def test_choosing_another_kind_shows_its_fields_and_keeps_what_was_typed(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    window.menus.new_participant.trigger()
    form = window.participant_form
    assert form.record_id is None
    assert _shown(form) == {"position", "affiliation"}  # a new one is a person
    type_text(qtbot, form.name, "Kingdom of Cambodia delegation")
    form.kind.setCurrentIndex(form.kind.findData("organization"))
    assert _shown(form) == {"parent", "org_type"}
    form.kind.setCurrentIndex(form.kind.findData("country"))
    assert _shown(form) == set()
    form.kind.setCurrentIndex(form.kind.findData("person"))
    type_text(qtbot, form.position, "Head of delegation")
    form.kind.setCurrentIndex(form.kind.findData("group"))
    # the position typed stays in sight, to be kept or cleared
    assert _shown(form) == {"position", "parent", "org_type"}
    assert form.position.text() == "Head of delegation"
