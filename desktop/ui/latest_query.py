"""A read of the store beside the window, of which only the latest is wanted.

Counting the facets of a search that finds 50 000 of 100 000 events takes
0.4 s; done on the window's thread after every search, it froze the typing.
A ``LatestQuery`` runs such a read on a worker thread with a session of its
own (the store's connections may be used from any thread, one at a time, and
SQLite in WAL mode lets it read beside the window's writes), one read at a
time.  A read asked for while one runs waits for it; a later one replaces it,
and the result of a read overtaken by a later request is dropped, so what is
shown is always the answer to the latest question.

A small read is quicker done than handed over: the caller decides which
reads go beside the window (``request(..., beside=False)`` reads at once).
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.core.db import Store

Read = Callable[["Session"], Any]
# A read over more events than this goes beside the window (the facets of a
# search's result, the timeline's lanes and an event's likely editions in a
# database): below it, a read takes a few hundredths of a second and is
# quicker done than handed over.
BESIDE_FROM = 10_000
# Every LatestQuery alive, for ``wait_for_reads``.
_ALL: weakref.WeakSet[LatestQuery] = weakref.WeakSet()


def beside(events: int) -> bool:
    """Whether a read over ``events`` events goes beside the window."""
    return events > BESIDE_FROM


def wait_for_reads(store: Store) -> None:
    """Let every read of ``store`` beside the window end (before it is closed)."""
    for query in list(_ALL):
        if query.store is store:
            query.wait()


class LatestQuery(QObject):
    """``ready(object)``: the result of the latest request, in the window's
    thread; ``failed(object)``: the exception its read raised (raised again
    there after the signal)."""

    ready = Signal(object)
    failed = Signal(object)
    _finished = Signal(int, object, object)  # request number, result, error

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._asked = 0  # the number of the latest request
        self._thread: threading.Thread | None = None
        self._waiting: tuple[int, Read] | None = None
        self._finished.connect(self._on_finished)
        _ALL.add(self)

    @property
    def busy(self) -> bool:
        """Whether a read is running or waiting (the result shown is older)."""
        return self._thread is not None or self._waiting is not None

    def request(self, read: Read, *, beside: bool = True) -> None:
        self._asked += 1
        if not beside:
            self._waiting = None  # answered here: what waits is older
            with self.store.session() as session:
                result = read(session)
            self.ready.emit(result)
            return
        if self._thread is not None:
            self._waiting = (self._asked, read)
            return
        self._start(self._asked, read)

    def wait(self) -> None:
        """Let a running read end and drop any waiting one (before the store
        is closed: a read must not be left using its connection).  Its
        result, still on its way, is dropped."""
        self._waiting = None
        self._asked += 1
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _start(self, number: int, read: Read) -> None:
        self._thread = threading.Thread(target=self._run, args=(number, read), daemon=True,
                                        name="latest-query")
        self._thread.start()

    def _run(self, number: int, read: Read) -> None:
        try:
            with self.store.session() as session:
                result = read(session)
        except Exception as exc:  # raised again in the window's thread
            self._answer(number, None, exc)
            return
        self._answer(number, result, None)

    def _answer(self, number: int, result: object, error: object) -> None:
        # Deleted meanwhile (with the widget that asked, or the app at its
        # end), it cannot be told: no one is left to want the answer.
        with contextlib.suppress(RuntimeError):
            self._finished.emit(number, result, error)

    def _on_finished(self, number: int, result: object, error: object) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(*waiting)
        if number != self._asked:
            return  # overtaken: a later request's answer follows
        if isinstance(error, BaseException):
            self.failed.emit(error)
            raise error
        self.ready.emit(result)
