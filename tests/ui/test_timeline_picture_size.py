"""A timeline picture too large to open is refused with what to do, before
gigabytes are spent on it; the same picture as SVG is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.core.operations import Operations
from desktop.ui.picture_file import MAX_PIXELS
from desktop.ui.timeline_picture_dialog import PictureOptions
from tests.ui.conftest import timeline_with_tag_lanes


def test_a_png_of_many_lanes_at_the_widest_is_refused_and_an_svg_written(
        qtbot: QtBot, ops: Operations, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = timeline_with_tag_lanes(qtbot, ops, 110, (1000, 600))  # every lane drawn
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))

    def export(name: str) -> Path:
        path = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *_args, **_kw: (str(path), ""))

        def widest(dialog: PictureOptions) -> QDialog.DialogCode:
            box = dialog.findChild(QSpinBox, "picture_width")
            assert box is not None
            box.setValue(box.maximum())
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(PictureOptions, "exec", widest)
        panel.ask_and_export()
        return path

    png = export("topics.png")
    assert not png.exists() and not list(tmp_path.glob(".topics.png*"))
    [warning] = warnings
    assert warning.startswith("A picture of 20,000 × ")
    assert (f"at most {MAX_PIXELS / 1e6:.0f} million): choose a smaller width or fold some "
            "lanes (click their headers), or save it as SVG") in warning
    svg = export("topics.svg")
    assert svg.exists() and "topic 109" in svg.read_text(encoding="utf-8")
    assert len(warnings) == 1
