"""A country typed into the form and confirmed with Enter is the country
saved, as one chosen from the list is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.models import Event
from desktop.ui.country_field import CountryField
from desktop.ui.main_window import MainWindow


def test_a_country_typed_and_entered_is_its_code(qtbot: QtBot) -> None:
    field = CountryField()
    qtbot.addWidget(field)
    count = field.count()
    for typed, code in (("Laos", "LA"), ("vn", "VN"), ("老挝", "LA")):
        field.setFocus()
        field.lineEdit().selectAll()
        if typed.isascii():
            qtbot.keyClicks(field.lineEdit(), typed)
        else:  # as an input method commits it (QTest types ASCII alone)
            field.lineEdit().insert(typed)
        qtbot.keyClick(field.lineEdit(), Qt.Key.Key_Return)
        assert field.code() == code, typed
    assert field.count() == count  # Enter adds no country of its own to the list


def test_a_new_event_keeps_the_country_typed_and_entered(
        qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    form = window.form
    window.new_event()
    qtbot.keyClicks(form.title, "China-Laos digital economy forum")
    qtbot.keyClicks(form.date, "March 2025")
    form.country.setFocus()
    qtbot.keyClicks(form.country.lineEdit(), "Laos")
    qtbot.keyClick(form.country.lineEdit(), Qt.Key.Key_Return)
    form.save()
    with window.store.session() as session:
        saved = session.scalars(select(Event.country).where(
            Event.title == "China-Laos digital economy forum")).one()
    assert saved == "LA"
    assert form.country.currentText() == "Laos (LA)"


def test_a_country_is_offered_by_its_chinese_names(qtbot: QtBot) -> None:
    """Enter took 老挝, but the list offered nothing for it, as if it named no
    country; it offers the country's Chinese names, and "lao" finds Laos once."""
    field = CountryField()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    line = field.lineEdit()
    event = QInputMethodEvent()
    event.setCommitString("寮國")  # as an input method commits it
    QApplication.sendEvent(line, event)
    completer = field.completer()
    shown = completer.popup().model()
    assert [shown.index(row, 0).data() for row in range(shown.rowCount())] == [
        "寮國 · 老挝 · 老撾 (LA)"]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert (field.code(), field.currentText()) == ("LA", "Laos (LA)")
    line.selectAll()
    qtbot.keyClicks(line, "lao")
    assert [shown.index(row, 0).data() for row in range(shown.rowCount())] == ["Laos (LA)"]
