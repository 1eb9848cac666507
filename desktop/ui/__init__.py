"""The Qt user interface over ``desktop.core``.

The Qt-free modules the window needs for its first frame are imported here,
before any module of this package imports PySide6: once PySide6 is loaded it
inspects the source of every module imported after it, which costs the start-up
about ten milliseconds for these (see ``app``).
"""

import desktop.core.filters
import desktop.core.list_sql
import desktop.core.resources
import desktop.core.store_file  # noqa: F401
