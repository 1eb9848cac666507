"""Failures no form expects, said in a message box rather than only on a
terminal nobody watches.

PySide6 hands an exception raised in a slot (a Save pressed on a full disk)
to ``sys.excepthook`` and carries on, so without this the analyst saw
nothing and could believe the edit stored.  The box says what went wrong
and what to do (``core.failures``); the details hold the traceback.  A
failure on a worker thread is said on the window's thread; while one box
is open, further failures are only printed (one cause often fails again).
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.ui.modal import run_modal


class _Reporter(QObject):
    failed = Signal(str, str, str)  # headline, advice, details

    def __init__(self) -> None:
        super().__init__()
        self.showing = False
        # Emitted from any thread, shown on this object's (the window's) once the
        # slot that failed has returned.
        self.failed.connect(self.show, Qt.ConnectionType.QueuedConnection)

    def show(self, headline: str, advice: str, details: str) -> None:
        if self.showing:
            return
        self.showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, "Engagement Curator", headline,
                              QMessageBox.StandardButton.Close, QApplication.activeWindow())
            box.setInformativeText(advice)
            # Room for the advice on two or three lines, not five.
            box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel "
                              "{ min-width: 26em; }")
            box.setDetailedText(details)
            run_modal(box)
        finally:
            self.showing = False


_reporter: _Reporter | None = None


def report_failure(kind: type[BaseException], exc: BaseException,
                   trace: TracebackType | None, kept: str = "") -> None:
    """``sys.excepthook``: print the traceback, and say it in a box (``kept``:
    what the analyst has not lost, said after the advice)."""
    details = "".join(traceback.format_exception(kind, exc, trace))
    sys.stderr.write(details)
    if _reporter is None or isinstance(exc, KeyboardInterrupt):
        return
    # Imported here: it imports SQLAlchemy, which the window's first frame is
    # drawn without (app.py).
    from desktop.core.failures import failure_in_words

    failure = failure_in_words(exc)
    advice = f"{failure.advice} {kept}" if kept else failure.advice
    _reporter.failed.emit(failure.headline, advice, details)


def install_failure_reports() -> None:
    """Say unexpected failures in a box from now on (once the application exists)."""
    global _reporter
    if _reporter is None:
        _reporter = _Reporter()
    sys.excepthook = report_failure
