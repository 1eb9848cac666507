"""The line under a timeline picture says what it shows — the search and
filters, the lanes and colours, the database and the day — so that a
picture in a report is not read as the whole dataset when it is a part."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.date_text import span_in_words
from desktop.core.filters import EventFilter
from desktop.core.models import Participant
from desktop.core.timeline import Grouping
from desktop.ui.main_window import MainWindow
from desktop.ui.timeline_frame import HEADER_W
from desktop.ui.timeline_picture import picture_caption, picture_image
from desktop.ui.timeline_picture_dialog import PictureOptions


def _today() -> str:
    """Today as a caption writes it, read when the caption is (not when the
    tests are collected: a run may cross midnight)."""
    return span_in_words(date.today(), date.today(), "day")


def _timeline_of_review_in_china(qtbot: QtBot, window: MainWindow) -> None:
    """The timeline of the events of China that need review, lanes by
    country, coloured by status."""
    window.tabs.setCurrentWidget(window.timeline)
    canvas = window.timeline.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.width() > HEADER_W)
    window.filter_panel.apply_filter(EventFilter(country=frozenset({"CN"}),
                                                 status=frozenset({"needs_review"})))
    window.timeline.set_grouping("country")
    window.timeline.colours.setCurrentIndex(window.timeline.colours.findData("status"))
    canvas.fit_all()


def test_the_caption_names_the_filters_lanes_colours_and_source(
        qtbot: QtBot, window: MainWindow) -> None:
    _timeline_of_review_in_china(qtbot, window)
    assert picture_caption(window.timeline.data) == (
        "Status: needs review; country: China. Lanes by country; colours by status. "
        f"From demo.sqlite, {_today()}.")
    window.filter_panel.clear()
    window.timeline.set_grouping("none")
    window.timeline.colours.setCurrentIndex(window.timeline.colours.findData("lane"))
    assert picture_caption(window.timeline.data) == f"Every event. From demo.sqlite, {_today()}."


def test_the_export_asks_the_width_and_the_caption_and_draws_it_under_the_picture(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _timeline_of_review_in_china(qtbot, window)
    asked: list[tuple[int, str]] = []

    def answer(dialog: PictureOptions, width: int, caption: str | None) -> QDialog.DialogCode:
        box, line = dialog.findChild(QSpinBox, "picture_width"), dialog.findChild(
            QLineEdit, "picture_caption")
        assert box is not None and line is not None
        asked.append((box.value(), line.text()))
        box.setValue(width)
        if caption is not None:
            line.setText(caption)
        return QDialog.DialogCode.Accepted

    def export(name: str, width: int, caption: str | None) -> Path:
        path = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            lambda *_args, **_kw: (str(path), "PNG picture (*.png)"))
        monkeypatch.setattr(PictureOptions, "exec",
                            lambda dialog: answer(dialog, width, caption))
        window.timeline.ask_and_export()
        return path

    svg = export("review.svg", 1200, None)  # the caption as offered
    assert asked[0] == (1600, picture_caption(window.timeline.data))
    assert "Status: needs review; country: China." in svg.read_text(encoding="utf-8")
    with_caption = QImage(str(export("with.png", 1400, None)))
    without = QImage(str(export("without.png", 1400, "")))
    assert with_caption.width() == without.width() == 1400
    assert with_caption.height() > without.height() + 10  # the line under it
    # The band under the picture holds dark text only when there is a caption.
    band = [with_caption.pixelColor(x, y).lightness()
            for x in range(0, 700) for y in range(without.height(), with_caption.height())]
    assert min(band) < 160
    renamed = export("mine.svg", 1200, "Figure 3: reviews pending in China")
    assert "Figure 3: reviews pending in China" in renamed.read_text(encoding="utf-8")


def test_a_copied_picture_has_the_caption_under_it(qtbot: QtBot, window: MainWindow) -> None:
    _timeline_of_review_in_china(qtbot, window)
    QGuiApplication.clipboard().clear()
    window.menus.copy_timeline.trigger()
    copied = QGuiApplication.clipboard().image()
    panel = window.timeline
    bare = picture_image(panel.data, panel.canvas.current_viewport(), copied.width(),
                         panel.canvas.font(), "", **panel._marks())
    assert copied.height() > bare.height() + 10


def test_lanes_by_participant_are_counted(qtbot: QtBot, window: MainWindow) -> None:
    data = window.timeline.data
    with window.store.session() as session:
        ids = tuple(session.scalars(select(Participant.id).limit(3)))
    data.set_grouping(Grouping("participant", ids[:1]))
    assert picture_caption(data) == (
        f"Every event. Lanes for 1 participant. From demo.sqlite, {_today()}.")
    data.set_grouping(Grouping("participant", ids))
    assert "Lanes for 3 participants." in picture_caption(data)
    # one of them merged into another: two lanes, two participants
    window.editor.apply(lambda ops: ops.merge_participants(ids[0], ids[1]), "Merge")
    data.invalidate()
    assert "Lanes for 2 participants." in picture_caption(data)
