"""Python's cycle collector runs on the window's thread only while a window
is open: freed on a worker thread, a closed dialog's widgets were deleted a
second time by the window's thread and the app crashed."""

from __future__ import annotations

import gc
import threading
import weakref
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from tests.ui.window_process import printed_by


def test_a_closed_dialog_is_not_freed_beside_the_window_and_the_app_survives(
        qapp: QApplication, tmp_path: Path) -> None:
    assert printed_by("closed_dialog_worker", tmp_path)[:2] == ["dialog freed", "survived"]


class _Node:
    other: object = None


def _cycle_made_beside(kept: list[object]) -> weakref.ref[_Node]:
    """A cycle left on a worker thread, which then makes (and keeps in
    ``kept``) many more objects than the collector lets pass uncollected."""
    made: list[weakref.ref[_Node]] = []

    def work() -> None:
        first, second = _Node(), _Node()
        first.other, second.other = second, first
        made.append(weakref.ref(first))
        del first, second
        kept.extend([number] for number in range(20 * gc.get_threshold()[0]))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    return made[0]


def test_while_the_window_is_open_cycles_are_freed_on_its_thread_alone(
        qtbot: QtBot, window: MainWindow) -> None:
    kept: list[object] = []
    gone = _cycle_made_beside(kept)
    assert gone() is not None  # not collected on the worker, however many objects it made
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)  # the window's thread did


def test_once_the_window_is_closed_python_collects_by_itself_again(
        qtbot: QtBot, window: MainWindow) -> None:
    assert not gc.isenabled()
    window.form.revert()
    window.participant_form.revert()
    window.close()
    assert gc.isenabled()
    assert _cycle_made_beside([])() is None  # on the worker, as Python does
