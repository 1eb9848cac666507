"""Running SQLite statements in a second thread while the first prepares more.

A bulk import spends about as long in Python (reading and checking records)
as SQLite spends building the trigram index of their texts.  One statement
indexes many texts with the GIL released, so on a machine with two cores the
two overlap.  (Many small statements, such as an ``executemany`` of rows, do
not gain: the thread waits for the GIL between every row.)

The thread runs its jobs through the caller's own DB-API connection, inside
the caller's transaction, so an import stays all or nothing.  The caller must
not use that connection while a job is pending: it checks ``busy`` or calls
``drain`` first.  An error in a job is raised again in the caller, as it was,
at every later ``submit`` or ``drain``; no job after it is run.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any

Job = Callable[[Any], None]  # given a cursor of the connection
_STOP = None
# Jobs waiting at most: the caller blocks beyond that rather than queue more.
_WAITING = 2


class WriteBehind:
    """One thread running jobs in order against one connection."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self._jobs: queue.Queue[Job | None] = queue.Queue(maxsize=_WAITING)
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None

    def submit(self, job: Job) -> None:
        """Run ``job`` after those before it; raise the error of any job that failed."""
        self._raise_error()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="write-behind", daemon=True)
            self._thread.start()
        self._jobs.put(job)

    def busy(self) -> bool:
        """Whether a job submitted is not done yet."""
        with self._jobs.mutex:
            return self._jobs.unfinished_tasks > 0

    def drain(self) -> None:
        """Wait until every job submitted is done; raise the error of any that failed."""
        if self._thread is not None:
            self._jobs.join()
        self._raise_error()

    def close(self) -> None:
        """Stop the thread once its jobs are done (or, after an error, skipped).
        Raises nothing: called on the way out of an import that may be failing."""
        if self._thread is not None:
            self._jobs.put(_STOP)
            self._thread.join()
            self._thread = None

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        cursor = self._connection.cursor()
        while True:
            job = self._jobs.get()
            try:
                if job is _STOP:
                    return
                if self._error is None:  # after a failure the rest are skipped
                    job(cursor)
            except BaseException as exc:  # handed to the caller's thread
                self._error = exc
            finally:
                self._jobs.task_done()
