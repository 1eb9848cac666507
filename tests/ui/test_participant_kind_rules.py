"""The participant form refuses making an organisation its staff work for a
person, saying who works for it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Participant
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import search


def test_an_organisation_with_staff_made_a_person_is_refused_naming_them(
        qtbot: QtBot, window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    search(qtbot, window, "Sberbank")
    window.participants_view.selectRow(0)
    form = window.participant_form
    form.kind.setCurrentIndex(form.kind.findData("person"))
    assert not form.save()
    assert ("Alexander Vedyakhin, German Gref have it as affiliation or parent: only an "
            "organisation or group can be one") in form.error_label.text()
    with window.store.session() as session:
        kinds = dict(session.execute(select(Participant.name, Participant.kind)).all())
    assert kinds["Sberbank"] == "organization"
