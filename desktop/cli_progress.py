"""Progress of the command line's long work, on a terminal only.

``curator export`` and ``curator import`` rewrite one line of standard error
("Importing 42,000 of 100,000 records") as they go, and clear it when done, so
what stays on screen is the command's own output.  When standard error is not
a terminal (a script, a pipe, a log file) nothing is written.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from desktop.core.progress import Progress


@contextmanager
def terminal_progress(verb: str, unit: str) -> Iterator[Progress | None]:
    """A progress callback writing "<verb> <done> of <total> <unit>" (or
    "<verb> <done> <unit>" while the total is not known), or None."""
    stream = sys.stderr
    if not stream.isatty():
        yield None
        return

    def report(done: int, total: int) -> None:
        text = f"{verb} {done:,} of {total:,} {unit}" if total else f"{verb} {done:,} {unit}"
        if total and done >= total:
            text += "; finishing…"  # an import still builds its indexes
        stream.write(f"\r{text}\x1b[K")  # back to the start, clear what is left
        stream.flush()

    try:
        yield report
    finally:
        stream.write("\r\x1b[K")
        stream.flush()
