"""Short texts laid out once and drawn again from that layout.

``QPainter.drawText`` shapes its text every time it is called; a timeline
frame draws the same titles, ticks and lane names at every zoom or pan step,
and shaping was most of a month view's painting.  ``QStaticText`` keeps the
shaped glyphs: 64 titles were drawn again in 2.0 ms instead of 4.2–5.2 ms.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QPainter, QStaticText, QTextLayout

# Enough for every text of a few screens at any zoom; past it the cache starts
# again rather than grow with every title the analyst scrolls past.
_MOST = 4096
_LAID_OUT: dict[tuple[str, str], tuple[QStaticText, float]] = {}


def draw_text(painter: QPainter, x: float, baseline: float, text: str) -> None:
    """Draw ``text`` in the painter's font and pen, starting at ``x`` on the
    line ``baseline``: where ``painter.drawText(QPointF(x, baseline), text)``
    would."""
    font = painter.font()
    key = (_key_of(font), text)
    laid_out = _LAID_OUT.get(key)
    if laid_out is None:
        if len(_LAID_OUT) >= _MOST:
            _LAID_OUT.clear()
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)  # "<b>" in a title is text
        static.prepare(font=font)
        laid_out = _LAID_OUT[key] = (static, _ascent(text, font))
    static, ascent = laid_out
    painter.drawStaticText(QPointF(x, baseline - ascent), static)


# The last few fonts drawn with and their keys: ``QFont.key`` takes ~5 µs, as
# long as drawing a laid-out title, and a frame draws in two or three fonts.
_KEYS: list[tuple[QFont, str]] = []


def _key_of(font: QFont) -> str:
    for known, key in _KEYS:
        if known == font:
            return key
    key = font.key()
    _KEYS.insert(0, (QFont(font), key))
    del _KEYS[4:]
    return key


def _ascent(text: str, font: QFont) -> float:
    """How far the text's line reaches above its baseline: more than the
    font's own ascent when a fallback font draws some characters (Chinese in
    a Latin font), and a static text is placed by the top of that line."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return line.ascent()
