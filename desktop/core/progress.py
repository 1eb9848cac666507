"""How long work reports how far it is.

``progress(done, total)`` is called now and then (``total`` 0 while it is not
known); it may raise to cancel the work, which then undoes what it began: an
import's transaction rolls back, an export's unfinished file is removed.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


def announce(progress: Progress | None, counted: str) -> None:
    """Say what the reports that follow count ("events read", "pairs of
    titles compared"), to a progress that can show it (it has ``says``).
    Work in stages reports each in its own numbers; a plain callable is told
    the numbers alone."""
    says = getattr(progress, "says", None)
    if callable(says):
        says(counted)
