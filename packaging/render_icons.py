"""Render the application icon from its SVG source into the sizes desktops,
Windows and macOS ask for: ``python packaging/render_icons.py``.

Writes ``resources/icons/hicolor/<n>x<n>/apps/engagement-curator.png`` (the
freedesktop icon theme layout), ``engagement-curator.ico`` and
``engagement-curator.icns``.  The outputs are committed; run this again
after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
NAME = "engagement-curator"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / f"{NAME}.svg"))
    if not renderer.isValid():
        print("the SVG icon cannot be read", file=sys.stderr)
        return 1
    images = {}
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        images[size] = image
    images[256].save(str(ICONS / f"{NAME}.ico"))
    images[512].save(str(ICONS / f"{NAME}.icns"))
    del app
    print(f"wrote {len(SIZES)} PNG sizes, .ico and .icns into {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
