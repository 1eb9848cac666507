"""The Qt user interface over ``desktop.core``.

The Qt-free modules the window needs for its first frame are imported here,
before any module of this package imports PySide6: once PySide6 is loaded it
inspects the source of every module imported after it, which costs the start-up
about ten milliseconds for these (see ``app``), and kept their source in memory
for the life of the process, which ``pyside_hook`` stops.
"""

import desktop.core.filters
import desktop.core.list_sql
import desktop.core.resources
import desktop.core.store_file  # noqa: F401
from desktop.ui.pyside_hook import read_sources_without_keeping_them

read_sources_without_keeping_them()
