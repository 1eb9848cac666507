"""Long work (imports, exports) on a worker thread behind a progress dialog.

The window keeps repainting while the work runs, and Cancel is honoured at
the work's next progress report: the work raises ``Cancelled`` from there,
which rolls an import's transaction back or removes an export's unfinished
file.  The dialog is modal to the window, so nothing can be edited meanwhile.

The caller waits in a local event loop, so it reads as a plain call that
returns the work's result (or raises what the work raised).  The work opens
its own database sessions: the store's connections may be used from any
thread, one thread at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.progress import Progress

T = TypeVar("T")
# How long the work may run before the dialog shows (a small file never shows it).
SHOW_AFTER_MS = 400


class Cancelled(Exception):
    """The analyst pressed Cancel."""


class _Worker(QThread, Generic[T]):
    progressed = Signal(int, int)
    # What the reports after it count, for work in stages (``progress.announce``).
    counting = Signal(str)

    def __init__(self, work: Callable[[Progress], T]) -> None:
        super().__init__()
        self.work = work
        self.cancel = threading.Event()
        self.result: T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.work(_Reporter(self))
        except BaseException as exc:  # handed to the waiting caller, raised there
            self.error = exc

    def report(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled
        self.progressed.emit(done, total)


class _Reporter:
    """The progress the work is given: called with how far it is, and told
    what it counts when it goes on to another stage (``says``)."""

    def __init__(self, worker: _Worker[Any]) -> None:
        self.worker = worker

    def __call__(self, done: int, total: int) -> None:
        self.worker.report(done, total)

    def says(self, counted: str) -> None:
        if self.worker.cancel.is_set():
            raise Cancelled
        self.worker.counting.emit(counted)


class _WorkDialog(QProgressDialog):
    """Escape and the window's close button ask to cancel, like the Cancel
    button; the dialog stays until the work has stopped."""

    def reject(self) -> None:
        self.canceled.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.canceled.emit()


def run_in_background(parent: QWidget, label: str, work: Callable[[Progress], T],
                      unit: str = "records", *, cancellable: bool = True) -> T:
    """Run ``work(progress)`` on a worker thread while a progress dialog shows
    ``label`` and how far it is; return its result.  Work that reports no
    progress cannot stop part-way: it runs with ``cancellable`` off (a busy
    dialog without a Cancel button)."""
    dialog = _WorkDialog(label, "Cancel", 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    # At its minimum, the dialog shows itself once SHOW_AFTER_MS have passed
    # even if no progress comes (reading a file whose size in records is not
    # known); otherwise only a report could make it show.
    dialog.setValue(0)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    # Cancel does not hide the dialog: it stays, modal, until the work has
    # stopped (a chunk later, or once a long statement ends).
    dialog.canceled.disconnect(dialog.cancel)
    worker: _Worker[T] = _Worker(work)
    running = True
    counted = unit

    def count(what: str) -> None:
        nonlocal counted
        if running and not worker.cancel.is_set():
            counted = what
            # Until the stage's first report: a busy bar, not the last stage's.
            dialog.setLabelText(f"{label}\n{what}")
            dialog.setMaximum(0)
            dialog.setValue(0)

    def show(done: int, total: int) -> None:
        if not running or worker.cancel.is_set():
            return  # a report still queued when the work ended or was cancelled
        if total:
            # Once all are through, an import still builds its indexes (seconds
            # at 100 000 events): say so rather than sit at 100 %.
            finishing = "; finishing…" if done >= total else ""
            dialog.setLabelText(f"{label}\n{done:,} of {total:,} {counted}{finishing}")
            dialog.setMaximum(total)
            dialog.setValue(done)
        else:  # the total is not known yet: a busy bar and the count so far
            dialog.setLabelText(f"{label}\n{done:,} {counted} read")

    def cancel() -> None:
        if not cancellable:
            return
        worker.cancel.set()
        dialog.setLabelText(f"{label}\nCancelling…")
        dialog.setCancelButtonText("")  # nothing more to press

    worker.progressed.connect(show)
    worker.counting.connect(count)
    dialog.canceled.connect(cancel)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    loop.exec()
    worker.wait()
    running = False
    # The connections hold the functions above, which hold the worker: let go
    # of them, or the worker, its work and its result (an import's whole
    # plan) were never freed.
    for signal in (worker.progressed, worker.counting, worker.finished, dialog.canceled):
        signal.disconnect()
    # reset() stops the timer that would show the dialog SHOW_AFTER_MS after
    # it began: quick work is done before then, and the dialog, deleted only
    # when the window's event loop next runs, would otherwise appear over the
    # next dialog (whose own loop runs first) and block it.
    dialog.reset()
    dialog.hide()  # not close(): closing is how the analyst asks to cancel
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]
