"""A window in a process of its own, for ``test_menu_monkey``:
``python -m tests.ui.menu_monkey_worker FOLDER SEED STEPS``.

It does what a hurried analyst might, at random (but the same for a seed):
any menu command, any enabled button of any window or dialog shown, keys
pressed in whatever has the focus, while a worker thread makes objects as
the reads beside the window do; every dialog is closed (or, now and then,
accepted) a moment after it opens.  Files are never chosen, questions are
answered No, and no other window or program is started.  It prints
``survived`` at the end; a crash ends it with a signal, and an unexpected
error is written to stderr as a traceback (``error_reports``).
"""

from __future__ import annotations

import random
import re
import sys
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QInputDialog, QMessageBox
from shiboken6 import isValid

from desktop.ui import database_files, maintenance_actions
from tests.ui.window_process import close_and_end, open_sample, run_events

# Commands and buttons left out: they end the app, replace its database or
# start another window.
LEFT_OUT = re.compile(r"Quit|&Close|Close window|Open|&New database|Restore|Recent|^&\d ")
KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Return, Qt.Key.Key_Escape,
        Qt.Key.Key_A, Qt.Key.Key_1, Qt.Key.Key_Space, Qt.Key.Key_Backspace,
        Qt.Key.Key_PageDown, Qt.Key.Key_Right, Qt.Key.Key_Delete)
MODIFIERS = (Qt.KeyboardModifier.NoModifier,) * 4 + (Qt.KeyboardModifier.ControlModifier,
                                                      Qt.KeyboardModifier.ShiftModifier)


def _no(*_args: Any, **_kwargs: Any) -> Any:
    return QMessageBox.StandardButton.No


def _nothing_chosen() -> None:
    """File choosers cancelled, questions answered No, nothing started."""
    QFileDialog.getSaveFileName = lambda *_a, **_k: ("", "")  # type: ignore[method-assign]
    QFileDialog.getOpenFileName = lambda *_a, **_k: ("", "")  # type: ignore[method-assign]
    QFileDialog.getOpenFileNames = lambda *_a, **_k: ([], "")  # type: ignore[method-assign]
    QFileDialog.getExistingDirectory = lambda *_a, **_k: ""  # type: ignore[method-assign]
    for name in ("question", "warning", "information", "critical"):
        setattr(QMessageBox, name, _no)
    QInputDialog.getText = lambda *_a, **_k: ("", False)  # type: ignore[method-assign]
    QInputDialog.getItem = lambda *_a, **_k: ("", False)  # type: ignore[method-assign]
    QDesktopServices.openUrl = lambda *_a, **_k: True  # type: ignore[method-assign]
    database_files.open_window_on = lambda *_a, **_k: None  # type: ignore[assignment]
    maintenance_actions.open_window_on = lambda *_a, **_k: None  # type: ignore[assignment]


def main(folder: Path, seed: int, steps: int) -> None:
    _nothing_chosen()
    chance = random.Random(seed)
    app, window = open_sample(folder)
    commands = [action for action in window.findChildren(QAction)
                if action.text() and action.menu() is None
                and not LEFT_OUT.search(action.text())]
    done = threading.Event()

    def churn() -> None:
        while not done.is_set():
            [[number] for number in range(3000)]
            time.sleep(0.002)

    threading.Thread(target=churn, daemon=True).start()

    def close_what_is_open() -> None:
        shown = app.activeModalWidget()
        if shown is not None and shown.isVisible() and chance.random() < 0.5:
            if not isinstance(shown, QDialog):
                shown.close()
            elif chance.random() < 0.8:
                shown.reject()
            else:
                shown.accept()
        QTimer.singleShot(chance.randint(20, 300), close_what_is_open)

    QTimer.singleShot(100, close_what_is_open)
    for _step in range(steps):
        roll = chance.random()
        if roll < 0.3:
            buttons = [button for top in app.topLevelWidgets() if top.isVisible()
                       for button in top.findChildren(QAbstractButton)
                       if button.isVisible() and button.isEnabled()
                       and not LEFT_OUT.search(button.text())]
            if buttons:
                chance.choice(buttons).click()
        elif roll < 0.55:
            target = app.focusWidget() or window
            key, modifier = chance.choice(KEYS), chance.choice(MODIFIERS)
            if isValid(target) and target.isVisible():
                QTest.keyClick(target, key, modifier)
        else:
            command = chance.choice(commands)
            if isValid(command) and command.isEnabled():
                if chance.random() < 0.3:
                    window.events_view.selectRow(chance.randint(0, 5))
                command.trigger()
        run_events(app, chance.random() * 0.2)
    done.set()
    close_and_end(window)


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))
