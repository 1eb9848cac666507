"""Whom a participant in many events is most often with is read beside the
window: the form shows its fields and events at once, the partners a moment
later, and those of the participant shown last only."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.participant_form_data import often_with as partners_of
from desktop.ui import latest_query, participant_form
from desktop.ui.main_window import MainWindow
from tests.ui.test_participant_form import _open_participant, _plain

READ_SECONDS = 0.4


@pytest.fixture
def slow_partners_beside(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every participant's partners read beside the window (as for one in
    10 000 events), each read as slow as at 100 000; returns the threads
    that read them."""
    monkeypatch.setattr(latest_query, "BESIDE_FROM", 0)
    threads: list[str] = []
    real = participant_form.often_with

    def slowly(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        time.sleep(READ_SECONDS)
        return real(*args, **kwargs)

    monkeypatch.setattr(participant_form, "often_with", slowly)
    return threads


def test_partners_come_beside_the_form(qtbot: QtBot, window: MainWindow,
                                       slow_partners_beside: list[str]) -> None:
    _open_participant(qtbot, window, "reform commission")
    form = window.participant_form
    qtbot.waitUntil(lambda: form.roles.text() not in ("", "…"))
    started = time.perf_counter()
    assert form.often_with.text() == "…"  # still being read
    assert form.name.text() == "National Development and Reform Commission"
    qtbot.waitUntil(lambda: form.often_with.text() != "…", timeout=5000)
    assert time.perf_counter() - started < READ_SECONDS + 2
    assert "China" in _plain(form.often_with.text())
    assert slow_partners_beside == ["latest-query"]  # not the window's thread


def test_only_the_last_participants_partners_are_shown(
        qtbot: QtBot, window: MainWindow, slow_partners_beside: list[str]) -> None:
    _open_participant(qtbot, window, "reform commission")
    form = window.participant_form
    qtbot.waitUntil(lambda: form.roles.text() not in ("", "…"))
    first = form.record_id
    _open_participant(qtbot, window, "Wang Yi")  # while the commission's are read
    assert form.record_id != first
    qtbot.waitUntil(lambda: len(slow_partners_beside) == 2 and form.often_with.text() != "…",
                    timeout=5000)
    qtbot.wait(int(READ_SECONDS * 1000) + 200)  # the first answer, had it been shown
    assert form.record_id is not None
    with window.store.session() as session:
        for participant_id, expected in ((form.record_id, True), (first, False)):
            assert participant_id is not None
            names = "; ".join(f"{name} ({shared:,})" for _id, name, shared in
                              partners_of(session, participant_id))
            assert (_plain(form.often_with.text()) == names) is expected
