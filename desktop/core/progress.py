"""How long work reports how far it is.

``progress(done, total)`` is called now and then (``total`` 0 while it is not
known); it may raise to cancel the work, which then undoes what it began: an
import's transaction rolls back, an export's unfinished file is removed.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
