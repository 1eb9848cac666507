"""The event form's help as one types: the places already written offered,
the country other events at that place have filled in, and the stored events
a new one may be named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import place_countries
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_text


def _new_event(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.form.title, "AI capacity workshop")


def test_the_places_written_are_offered_as_one_types(qtbot: QtBot, window: MainWindow) -> None:
    _new_event(qtbot, window)
    form = window.form
    qtbot.mouseClick(form.place, Qt.MouseButton.LeftButton)
    assert form.place.hasFocus()
    type_text(qtbot, form.place, "PENH")  # any part of the name, any case
    assert form.place_list.offered()[0] == "Phnom Penh · 1 event"
    form.place.clear()
    type_text(qtbot, form.place, "henan")
    assert form.place_list.offered()[0] == "Luoyang, Henan Province · 1 event"
    form.place.clear()
    type_text(qtbot, form.place, "万")  # in either Chinese script, as a word in Chinese begins
    assert "" not in form.place_list.offered()


def _offered_towns(qtbot: QtBot, window: MainWindow, typed: str) -> list[str]:
    """The list offered for ``typed`` in a new event's place, once the towns are read."""
    place_countries.prepare()
    _new_event(qtbot, window)
    form = window.form
    qtbot.mouseClick(form.place, Qt.MouseButton.LeftButton)
    type_text(qtbot, form.place, typed)
    qtbot.waitUntil(form.place.completer().popup().isVisible)
    return form.place_list.offered()


def _choose(qtbot: QtBot, window: MainWindow, label: str) -> None:
    popup = window.form.place.completer().popup()
    row = window.form.place_list.offered().index(label)
    popup.setCurrentIndex(popup.model().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_a_town_is_offered_with_its_country_and_gives_it(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    offered = _offered_towns(qtbot, window, "Luang")
    assert offered[0] == "Luang Prabang — Laos"  # no event is there yet
    assert "Luangwa — Zambia" in offered
    _choose(qtbot, window, "Luang Prabang — Laos")
    form = window.form
    assert form.place.text() == "Luang Prabang"  # the name alone
    qtbot.waitUntil(lambda: form.country.code() == "LA")
    assert form.place_hint.text() == "Country filled in as Luang Prabang is in Laos."


def test_a_province_is_offered_and_gives_its_country(qtbot: QtBot, window: MainWindow) -> None:
    offered = _offered_towns(qtbot, window, "Hain")
    assert offered[0] == "Hainan — China (province)"
    _choose(qtbot, window, "Hainan — China (province)")
    form = window.form
    assert form.place.text() == "Hainan"
    qtbot.waitUntil(lambda: form.country.code() == "CN")
    assert form.place_hint.text() == "Country filled in as Hainan is in China."


def test_choosing_one_of_several_towns_so_named_gives_its_country(
        qtbot: QtBot, window: MainWindow) -> None:
    offered = _offered_towns(qtbot, window, "Cambridge")
    assert offered[:3] == ["Cambridge — United Kingdom", "Cambridge — Canada",
                           "Cambridge — United States"]  # the largest first
    _choose(qtbot, window, "Cambridge — United States")
    form = window.form
    assert form.place.text() == "Cambridge"
    qtbot.waitUntil(lambda: form.country.code() == "US")
    assert form.place_hint.text() == "Country filled in as Cambridge is in United States."
    # A country chosen already is kept.
    form.place.clear()
    type_text(qtbot, form.place, "Cambri")
    qtbot.waitUntil(form.place.completer().popup().isVisible)
    _choose(qtbot, window, "Cambridge — Canada")
    qtbot.waitUntil(form.place_hint.isVisible)
    assert form.country.code() == "US"
    assert form.place_hint.text() == "Cambridge is in Canada, not United States: check the country."


def test_a_town_already_written_is_offered_once_and_chinese_names_too(
        qtbot: QtBot, window: MainWindow) -> None:
    offered = _offered_towns(qtbot, window, "Vient")
    assert offered == ["Vientiane · 1 event"]  # the sample's place; its town not again
    form = window.form
    form.place.clear()
    type_text(qtbot, form.place, "萬象")  # traditional characters find the simplified name
    qtbot.waitUntil(lambda: bool(form.place_list.offered()))
    assert form.place_list.offered()[0] == "万象 (Vientiane) — Laos"
    form.place.clear()
    # Beijing's names in other languages are not offered as they begin ("Dai Dou")…
    type_text(qtbot, form.place, "Dai D")
    assert not any("Beijing" in line for line in form.place_list.offered())
    type_text(qtbot, form.place, "ou")  # … but typed whole, that is the town meant
    assert "Dai Dou (Beijing) — China" in form.place_list.offered()


def test_a_country_fills_in_the_country_its_other_events_have(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    _new_event(qtbot, window)
    form = window.form
    assert form.country.code() == ""
    type_text(qtbot, form.place, "Vien")
    # Picked from the places offered as one types.
    popup = form.place.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert popup.model().index(0, 0).data() == "Vientiane · 1 event"
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.place.text() == "Vientiane"
    qtbot.waitUntil(lambda: form.country.code() == "LA")
    assert form.country.code() == "LA"
    assert form.place_hint.isVisible()
    assert form.place_hint.text() == "Country filled in as 1 other event at Vientiane has it."
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty()
    with window.store.session() as session:
        from desktop.core.models import Event

        saved = session.query(Event).filter(Event.title == "AI capacity workshop").one()
        assert (saved.place, saved.country) == ("Vientiane", "LA")
    # Another event shows no hint; a country already chosen is never replaced.
    _new_event(qtbot, window)
    assert not form.place_hint.isVisible()
    type_text(qtbot, form.place, "Phnom Penh")
    form.place.completer().popup().hide()
    qtbot.keyClick(form.place, Qt.Key.Key_Return)  # typed in full
    assert form.country.code() == "KH" and form.place_hint.isVisible()
    form.place.clear()
    form.country.set_code("TH")
    type_text(qtbot, form.place, "Vientiane")
    form.place.completer().popup().hide()
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    # … but a place in another country is said to be, since one of the two is wrong
    assert form.country.code() == "TH" and form.place_hint.isVisible()
    assert form.place_hint.text() == "Vientiane is in Laos, not Thailand: check the country."
    form.country.set_code("LA")  # the analyst mends it: the word goes
    assert not form.place_hint.isVisible()
    form.place.clear()
    type_text(qtbot, form.place, "Lancang Hall, Thailand")
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    assert form.place_hint.text() == "The place names Thailand, not Laos: check the country."
    form.place.clear()
    type_text(qtbot, form.place, "Cambridge")  # may be anywhere: nothing to say
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    assert form.country.code() == "LA" and not form.place_hint.isVisible()
    form.country.set_code("TH")
    # A place no event has: the country of its town, said so.
    form.country.set_code("")
    form.place.clear()
    type_text(qtbot, form.place, "Kunming")
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.country.code() == "CN")
    assert form.place_hint.text() == "Country filled in as Kunming is in China."
    # A town several countries have: they are named, and none chosen.
    form.country.set_code("")
    form.place.clear()
    type_text(qtbot, form.place, "Cambridge")
    assert not form.place_hint.isVisible()  # the line goes as the place is edited
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    qtbot.waitUntil(form.place_hint.isVisible)
    assert form.place_hint.text() == ("Several countries have a Cambridge (United Kingdom,"
                                      " Canada, United States and 1 other): choose its country.")
    assert form.country.code() == ""
    # Nor does a place that names no town.
    form.place.clear()
    type_text(qtbot, form.place, "Lancang Hall")
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    assert form.country.code() == "" and not form.place_hint.isVisible()


def test_the_first_town_looked_up_is_answered_beside_the_window(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The towns are read into the cache the first time (a second or two):
    the window goes on meanwhile, and the country comes when they are read."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert not place_countries.is_prepared()
    _new_event(qtbot, window)
    form = window.form
    type_text(qtbot, form.place, "Luang Prabang")
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    assert form.country.code() == ""  # not yet
    qtbot.waitUntil(lambda: form.country.code() == "LA", timeout=20_000)
    assert form.place_hint.text() == "Country filled in as Luang Prabang is in Laos."
    # A place changed while they were read is not given the first one's country.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "again"))
    form.country.set_code("")
    form.place.clear()
    type_text(qtbot, form.place, "Siem Reap")
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    type_text(qtbot, form.place, " Airport Hall")
    qtbot.wait(100)
    qtbot.waitUntil(lambda: not form.place_country._query.busy, timeout=20_000)
    assert form.country.code() == "" and not form.place_hint.isVisible()


def test_a_new_event_names_the_stored_events_it_may_be(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.waitUntil(lambda: window.is_ready)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.form
    type_text(qtbot, form.title, "World Artificial Intelligence Conference 2025")
    type_text(qtbot, form.date.line, "July 28-30, 2025")
    qtbot.waitUntil(form.likely.isVisible, timeout=3000)  # when typing pauses
    text = form.likely.text()
    assert "8th World Artificial Intelligence Conference (WAIC 2025)" in text
    assert "similar titles" in text and "overlapping dates" in text
    # Another title on the same dates: nothing to say.
    form.title.clear()
    type_text(qtbot, form.title, "Sberbank board meeting")
    qtbot.waitUntil(lambda: not form.likely.isVisible(), timeout=3000)
    form.title.clear()
    type_text(qtbot, form.title, "World Artificial Intelligence Conference")
    qtbot.waitUntil(form.likely.isVisible, timeout=3000)
    # Its link opens the stored event, once the draft is dropped.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Discard)
    waic = text.split('href="')[1].split('"')[0]
    form.likely.linkActivated.emit(waic)
    assert form.event_id == waic
    assert form.title.text() == "8th World Artificial Intelligence Conference (WAIC 2025)"
    assert not form.likely.isVisible()  # a stored event is not checked
