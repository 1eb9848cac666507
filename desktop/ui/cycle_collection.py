"""Python's cycle collector run on the window's thread only, while a window is open.

Python collects cycles on whichever thread happens to pass its threshold:
often a read beside the window (the facets' tallies, the timeline's lanes)
or an import's worker.  When what it frees there holds a Qt object (a
dialog closed a moment ago, and its widgets), PySide6 hands the deletion
to the window's thread, which then deleted the objects twice and crashed
the whole app.  So while a window is open the collector does not run by
itself: a timer on the window's thread runs it as often as Python would
have (see ``gc_pause.collect_if_due``), and every other thread only frees
what plain reference counting frees, which never deletes a widget there.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop.core.gc_pause import collect_anywhere, collect_here_only, collect_if_due

# How often the collector's thresholds are looked at: a look costs a
# microsecond; below the threshold nothing is collected.
LOOK_EVERY_MS = 100

_open: set[int] = set()  # the windows (by id) that keep collection here
_timer: QTimer | None = None


def collect_here_while_open(window: QObject) -> None:
    """Collect cycles only on this thread, the window's, until ``window`` is
    closed (``window_closed``) or deleted — and every other window so held."""
    global _timer
    if _timer is None:
        collect_here_only()
        _timer = QTimer(QCoreApplication.instance())
        _timer.setInterval(LOOK_EVERY_MS)
        _timer.timeout.connect(collect_if_due)
        _timer.start()
    _open.add(id(window))
    # A partial of the id, not of the window: it must not keep the window alive.
    window.destroyed.connect(partial(window_closed, id(window)))


def window_closed(window_id: int) -> None:
    """A window is closed: once none is left, Python collects by itself again."""
    global _timer
    _open.discard(window_id)
    if not _open and _timer is not None:
        _timer.stop()
        _timer.deleteLater()
        _timer = None
        collect_anywhere()
