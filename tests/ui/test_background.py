"""Long work beside the window: the progress dialog, Cancel, Escape."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from desktop.core.progress import Progress
from desktop.ui import background
from desktop.ui.background import Cancelled, run_in_background
from desktop.ui.main_window import MainWindow


def _shown(window: MainWindow) -> list[QProgressDialog]:
    return [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def test_escape_asks_to_cancel_and_the_dialog_stays_until_the_work_stops(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    release = threading.Event()
    stopped_at: list[int] = []
    after_escape: list[tuple[bool, str]] = []

    def work(progress: Progress) -> str:
        for step in range(1, 4):
            stopped_at.append(step)
            progress(step, 3)  # raises once Cancel was asked for
            release.wait(5)
        return "finished"

    def press_escape() -> None:
        dialog = _shown(window)[0]
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        after_escape.append((dialog.isVisible(), dialog.labelText()))
        release.set()

    QTimer.singleShot(100, press_escape)
    with pytest.raises(Cancelled):
        run_in_background(window, "Working…", work)
    assert after_escape == [(True, "Working…\nCancelling…")]
    assert stopped_at == [1, 2]  # stopped at the report after the Escape
    assert _shown(window) == []


def test_work_that_cannot_stop_part_way_shows_no_cancel_button(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    seen: list[list[str]] = []

    def look() -> None:
        seen.extend([b.text() for b in d.findChildren(QPushButton) if b.isVisible()]
                     for d in _shown(window))

    def work(_progress: Progress) -> int:
        time.sleep(0.4)
        return 42

    QTimer.singleShot(150, look)
    assert run_in_background(window, "Checking…", work, cancellable=False) == 42
    assert seen == [[]]  # the dialog was there, with nothing to press


def test_quick_work_leaves_no_dialog_to_show_itself_later(window: MainWindow) -> None:
    """Work done before the dialog was due (a small file read as a dialog
    opens) must not leave it to appear over the next dialog, whose event loop
    runs before the finished one is deleted."""
    seen: list[list[QProgressDialog]] = []
    window_loop = QEventLoop()

    def open_a_dialog() -> None:  # as an action of the window does
        assert run_in_background(window, "Reading…", lambda _progress: 7) == 7
        next_dialog = QEventLoop()  # as its exec() runs one
        QTimer.singleShot(background.SHOW_AFTER_MS + 300, next_dialog.quit)
        next_dialog.exec()
        seen.append(_shown(window))
        window_loop.quit()

    QTimer.singleShot(0, open_a_dialog)
    window_loop.exec()
    assert seen == [[]]


def test_work_in_stages_says_what_each_stage_counts(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.core.progress import announce

    monkeypatch.setattr(background, "SHOW_AFTER_MS", 0)
    labels: list[str] = []
    step = threading.Event()

    def work(progress: Progress) -> str:
        for counted, total in (("events read", 40), ("pairs of titles compared", 900)):
            announce(progress, counted)
            progress(total // 2, total)
            step.clear()
            step.wait(5)
        return "done"

    def look() -> None:
        shown = _shown(window)
        if shown and " of " in shown[0].labelText() and (
                not labels or labels[-1] != shown[0].labelText()):
            labels.append(shown[0].labelText())
            step.set()
        if len(labels) < 2:
            QTimer.singleShot(20, look)
        else:
            step.set()

    QTimer.singleShot(20, look)
    assert run_in_background(window, "Looking for duplicate events…", work,
                             "pairs compared") == "done"
    assert labels == ["Looking for duplicate events…\n20 of 40 events read",
                      "Looking for duplicate events…\n450 of 900 pairs of titles compared"]


def test_the_work_and_its_result_are_let_go_once_the_caller_is_done_with_them(
        window: MainWindow) -> None:
    """An import's plan is the result of its reading: kept, every import in a
    session would have stayed in memory."""
    import gc
    import weakref

    class Plan:
        pass

    class Held:
        pass

    held = [Held()]  # what the work holds (an import's file, the window's store)
    plan = run_in_background(window, "Reading…", lambda _progress: (held, Plan())[1])
    plan_gone, held_gone = weakref.ref(plan), weakref.ref(held[0])
    del plan
    held.clear()
    gc.collect()
    assert plan_gone() is None and held_gone() is None
