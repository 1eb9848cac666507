"""A window in a process of its own, for ``test_cycle_collection``:
``python -m tests.ui.closed_dialog_worker FOLDER``.

It opens Tools ▸ Tidy places… on the sample, closes it as the analyst does
(Cancel), then does what a read beside the window does — makes many objects
on another thread — with Python's cycle collector as eager as it goes, and
lets the window's event loop run.  It prints whether the closed dialog was
freed (it is deleted as it closes, ``desktop.ui.modal``; what is left of it
for the collector is Python's side alone), and ``survived`` at the end; a
crash (the window's thread deleting the dialog's widgets a second time)
ends it with a signal.
"""

from __future__ import annotations

import gc
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction

from desktop.core.gc_pause import settle
from desktop.ui.place_dialog import PlaceDialog
from tests.ui.window_process import close_and_end, open_sample, run_events


def main(folder: Path) -> None:
    app, window = open_sample(folder)
    freed: list[bool] = []

    def cancel_when_shown() -> None:
        dialog = next((widget for widget in app.topLevelWidgets()
                       if isinstance(widget, PlaceDialog) and widget.isVisible()), None)
        if dialog is None:  # the spellings are still being found
            QTimer.singleShot(100, cancel_when_shown)
            return
        dialog.destroyed.connect(lambda: freed.append(True))
        dialog.reject()

    tidy = next(action for action in window.findChildren(QAction)
                if action.text() == "&Tidy places…")
    QTimer.singleShot(200, cancel_when_shown)
    tidy.trigger()  # the first time reads the towns, which then stay
    # As the app does once its window is up: what is alive now is set aside, so
    # that Python's heuristics let every full collection to come run.
    gc.collect()
    settle()
    gc.collect()
    freed.clear()
    QTimer.singleShot(200, cancel_when_shown)
    tidy.trigger()
    run_events(app, 0.2)

    def read_beside() -> None:
        thresholds = gc.get_threshold()
        gc.set_threshold(1, 1, 1)  # a collection, of every generation, at each new object
        try:
            [[number] for number in range(2000)]
        finally:
            gc.set_threshold(*thresholds)

    worker = threading.Thread(target=read_beside)
    worker.start()
    worker.join()
    run_events(app, 0.5)
    gc.collect()  # on the window's thread, as its timer does
    print("dialog freed" if freed else "dialog kept", flush=True)
    close_and_end(window)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
