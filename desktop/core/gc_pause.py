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


@contextmanager
def fewer_collections() -> Iterator[None]:
    global _depth, _saved
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
