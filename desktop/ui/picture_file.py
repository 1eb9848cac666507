"""Writing a picture (PNG or SVG) whole or not at all: painted into a
temporary file beside the target and renamed into place, so a failure or a
full disk leaves no partial file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QImage, QImageWriter, QPaintDevice
from PySide6.QtSvg import QSvgGenerator


class PictureError(Exception):
    """The picture could not be written; the message says why."""


# The most pixels an image may have: Qt reads none above 256 MiB by default
# (QImageReader.allocationLimit), nor do many viewers open one — a poster of
# 8 000 × 8 000.  A timeline by tag 20 000 pixels wide took 2.7 GiB and half a
# minute to write an image nothing opened.
MAX_PIXELS = 256 * 1024 * 1024 // 4


def check_image_size(width: int, height: int, shorter: str = "") -> None:
    """Refuse an image too large to open (``shorter``: how to make it less tall)."""
    if width * height > MAX_PIXELS:
        raise PictureError(
            f"A picture of {width:,} × {height:,} pixels is too large for an image "
            f"({width * height / 1e6:,.0f} million pixels; at most {MAX_PIXELS / 1e6:.0f} "
            f"million): choose a smaller width{shorter}, or save it as SVG, which has no "
            "such limit.")


# What a save dialog offers for a picture, and the endings it may take.
PICTURE_FILTERS = "PNG picture (*.png);;SVG picture (*.svg)"
PICTURE_ENDINGS = (".png", ".svg")


def picture_kind(path: Path) -> str:
    """".png" or ".svg", from the file's name."""
    kind = path.suffix.lower()
    if kind not in (".png", ".svg"):
        raise PictureError(f"{path.name}: choose a name ending in .png or .svg.")
    return kind


def write_picture(path: Path, width: int, height: int, title: str,
                  paint: Callable[[QPaintDevice], None], shorter: str = "") -> None:
    """Paint a ``width`` × ``height`` picture with ``paint`` (given the device
    to open a painter on) into ``path`` (``shorter``: see ``check_image_size``)."""
    kind = picture_kind(path)
    if kind != ".svg":
        check_image_size(width, height, shorter)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                         suffix=".partial")
    os.close(handle)
    try:
        if kind == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(temporary)
            generator.setSize(QSize(width, height))
            generator.setViewBox(QRectF(0, 0, width, height))
            generator.setTitle(title)
            paint(generator)
        else:
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            paint(image)
            writer = QImageWriter(temporary, QByteArray(b"png"))
            if not writer.write(image):
                raise PictureError(f"Could not write {path}: {writer.errorString()}")
        if os.path.getsize(temporary) == 0:
            raise PictureError(f"Could not write {path}: the disk may be full.")
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
