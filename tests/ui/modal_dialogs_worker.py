"""A window in a process of its own, for ``test_modal_dialogs``:
``python -m tests.ui.modal_dialogs_worker FOLDER``.

It opens each of the Tools menu's dialogs on the sample twice, closes it as
the analyst does (Escape), and has Python's cycle collector run on the
window's thread after each, as the window's timer does.  It prints how many
dialogs the window still holds after each round, then ``survived``; a crash
(the collector deleting a closed dialog's widgets) ends it with a signal.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from tests.ui.window_process import close_and_end, open_sample, run_events

# The modal dialogs of the Tools menu (those the analyst opens, uses, closes).
OPENED = ("Find duplicate &participants…", "Find duplicate &events…",
          "Find &mentions in all events…", "&Tidy places…", "Tidy ta&gs…", "Vocabular&ies…",
          "Gaps in the d&ata…", "&Keyboard shortcuts")


def main(folder: Path) -> None:
    app, window = open_sample(folder)
    actions = {action.text(): action for action in window.findChildren(QAction)}

    def close_what_is_open() -> None:
        dialog = app.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            dialog.reject()
        QTimer.singleShot(100, close_what_is_open)

    QTimer.singleShot(100, close_what_is_open)
    for _round in range(2):
        for text in OPENED:
            actions[text].trigger()
            run_events(app, 0.1)
            gc.collect()
        print(len(window.findChildren(QDialog)), flush=True)
    close_and_end(window)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
