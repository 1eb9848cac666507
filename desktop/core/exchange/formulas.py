"""Keeping a spreadsheet from running a CSV cell as a formula, and undoing it.

Excel, LibreOffice and Google Sheets run a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab, CR, LF or ``|``.  Such a cell is written with a leading
apostrophe, unless it is a pure number ("-42", "+3.5e2"); the app takes the
apostrophe off again when it reads its own file.
"""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "|")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d+)*|\d*\.\d+)([eE][+-]?\d+)?")


def neutralise(value: str) -> str:
    """Keep a spreadsheet from running a cell as a formula."""
    if value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def restore(value: str) -> str:
    """Undo ``neutralise`` when the app reads its own file back."""
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value
