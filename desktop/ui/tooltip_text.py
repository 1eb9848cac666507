"""Tooltips that show a name or title as written.

Qt shows a tooltip as rich text when it looks like markup (``Qt.mightBeRichText``:
a tag it knows before the first line break, or "&lt;"): an event titled
"<b>R&D</b> Lab opening" had the tooltip "R&D Lab opening" in bold, and "a &lt; b"
read "a < b".  Such a text is escaped and set in a paragraph that keeps its line
breaks and does not wrap, as a plain tooltip does (a rich one wraps at a third of
the width); any other is left as it is.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt


def as_written(text: str) -> str:
    """``text`` as a tooltip shows it word for word."""
    if not Qt.mightBeRichText(text):
        return text
    return f"<p style='white-space:pre'>{html.escape(text)}</p>"
