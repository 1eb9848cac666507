"""Fewer runs of Python's cycle collector while an import reads or stores
hundreds of thousands of records.

Planning an import builds a dict or list for every record, link and source
of the file and of ours, millions of objects that plain reference counting
frees; none of them forms a cycle.  The collector still runs every 700 new
objects and, now and then, walks every object the program holds — the
window's and SQLAlchemy's too: a quarter of the time of planning the merge of
100 000 events.  While an import works, the objects already there are set
aside (``gc.freeze``: they are not walked again) and the collector runs a
hundred times less often; both are put back when it ends, even by an error.
Nested and concurrent uses share one pause.

Once the window is up, what it holds for the session (its widgets' wrappers,
SQLAlchemy's mappings, the list's rows) is set aside for good (``settle``):
every full collection walked it all, ~40 ms at 100 000 events, once every few
searches; 3 ms once set aside.  An import's pause then ends with what is
alive set aside again, after one full collection of what it left.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# New objects between runs of the youngest generation (Python's default: 700).
_BULK_THRESHOLD = 70_000

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] = gc.get_threshold()
_settled = False  # what was alive when the window was up is set aside (settle)
# The one thread that collects, when one is named (collect_here_only).
_collector: threading.Thread | None = None
_tidy_due = False  # a pause ended on another thread: its full collection is due


@contextmanager
def fewer_collections() -> Iterator[None]:
    global _depth, _saved, _tidy_due
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(_BULK_THRESHOLD, _saved[1], _saved[2])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)
                gc.unfreeze()
                if _collector not in (None, threading.current_thread()):
                    _tidy_due = _settled  # for the collecting thread's next call
                elif _settled:
                    gc.collect()  # the pause's garbage is not set aside with the rest
                    gc.freeze()


def settle() -> None:
    """Set aside every object alive now from the full collections to come."""
    global _settled
    with _lock:
        _settled = True
        if _depth == 0:
            gc.freeze()


def unsettle() -> None:
    """Let the collector walk them again (the window closed: they may go)."""
    global _settled
    with _lock:
        _settled = False
        if _depth == 0:
            gc.unfreeze()


def collect_here_only() -> None:
    """From now on, collect cycles only when this thread calls ``collect_if_due``."""
    global _collector
    with _lock:
        _collector = threading.current_thread()
        gc.disable()


def collect_anywhere() -> None:
    """Let Python collect cycles by itself again, on any thread."""
    global _collector, _tidy_due
    with _lock:
        _collector, _tidy_due = None, False
        gc.enable()


def collect_if_due() -> int:
    """Collect what Python would have collected by now by itself: the oldest
    generation whose count passed its threshold (for the youngest, the objects
    made since it was last collected; for an older one, the collections of
    the one younger since); return how many objects were freed."""
    global _tidy_due
    with _lock:
        tidy, _tidy_due = _tidy_due and _depth == 0, _tidy_due and _depth != 0
    if tidy:  # an import's pause ended: as it would have on this thread
        freed = gc.collect()
        with _lock:
            if _settled and _depth == 0:
                gc.freeze()
        return freed
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
    if not due or due[0] != 0:
        return 0
    return gc.collect(due[-1])
