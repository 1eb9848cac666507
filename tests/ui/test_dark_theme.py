"""Under a dark desktop theme the pictures on screen (the timeline and its
overview, the network of who works with whom, the chart of the counts) are
drawn on the theme's dark paper in light ink; a picture copied or saved for
a report stays dark ink on white paper; under a light theme nothing changes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.network_dialog import show_network
from desktop.ui.tally_chart import save_chart
from desktop.ui.tally_dialog import show_tally
from desktop.ui.timeline_frame import HEADER_W


@pytest.fixture
def dark_theme(qapp: QApplication) -> Iterator[None]:
    """The application's palette as a dark desktop theme hands it over."""
    before = QPalette(qapp.palette())
    dark = QPalette(before)
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.AlternateBase, "#262626"),
                         (QPalette.ColorRole.Text, "#e8e8e8"),
                         (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e8e8e8")):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)
    yield
    qapp.setPalette(before)


def _paper(image: QImage) -> QColor:
    """The commonest colour of a picture: what it is drawn on."""
    counts = Counter(image.pixelColor(x, y).rgb() for x in range(0, image.width(), 3)
                     for y in range(0, image.height(), 3))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _light_share(image: QImage) -> float:
    """The share of a picture's pixels that are light (text on dark paper)."""
    pixels = [image.pixelColor(x, y).lightness() for x in range(0, image.width(), 2)
              for y in range(0, image.height(), 2)]
    return sum(1 for value in pixels if value > 170) / len(pixels)


def _shown(qtbot: QtBot, widget: QWidget) -> QImage:
    qtbot.waitUntil(lambda: widget.isVisible() and widget.width() > 100)
    return widget.grab().toImage()


def _timeline_by_country(qtbot: QtBot, window: MainWindow) -> QImage:
    window.tabs.setCurrentWidget(window.timeline)
    canvas = window.timeline.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.width() > HEADER_W)
    window.timeline.set_grouping("country")
    canvas.fit_all()
    return _shown(qtbot, canvas)


@pytest.mark.usefixtures("dark_theme")
def test_the_timeline_is_dark_on_screen_and_its_copied_picture_white(
        qtbot: QtBot, window: MainWindow) -> None:
    canvas = _timeline_by_country(qtbot, window)
    assert _paper(canvas).lightness() < 60
    # The titles, the lane names and the axis are written in light ink.
    lanes = canvas.copy(0, 0, canvas.width(), canvas.height() // 2)
    assert _light_share(lanes) > 0.01
    assert _paper(_shown(qtbot, window.timeline.overview)).lightness() < 80
    # A picture for a report: dark ink on white paper, whatever the theme.
    window.timeline.copy_picture()
    picture = QGuiApplication.clipboard().image()
    assert not picture.isNull()
    assert _paper(picture) == QColor("white")


def test_under_a_light_theme_the_timeline_stays_white(
        qtbot: QtBot, window: MainWindow) -> None:
    assert _paper(_timeline_by_country(qtbot, window)) == QColor("white")


@pytest.mark.usefixtures("dark_theme")
def test_the_network_and_the_counts_chart_are_dark_on_screen(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    network = show_network(window)
    qtbot.addWidget(network)
    assert _paper(_shown(qtbot, network.canvas)).lightness() < 60
    assert _light_share(_shown(qtbot, network.canvas)) > 0.005  # the names
    network.close()
    tally = show_tally(window)
    qtbot.addWidget(tally)
    tally.views.setCurrentWidget(tally.chart)
    chart = _shown(qtbot, tally.chart)
    assert _paper(chart).lightness() < 60
    assert _light_share(chart) > 0.002  # the title, the legend
    # Saved for a report, the chart is on white paper.
    assert tally.chart.series is not None
    save_chart(tmp_path / "counts.png", tally.chart.series, tally.chart.title, tally.font())
    assert _paper(QImage(str(tmp_path / "counts.png"))) == QColor("white")
    tally.close()
