"""The timeline tab: lane grouping, navigation buttons, the overview strip
above the lanes, and the canvas."""

from __future__ import annotations

import math
from datetime import date
from operator import add
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSettings, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.date_text import span_in_words
from desktop.core.dates import DateError
from desktop.core.db import Store
from desktop.core.timeline import LANE_GROUPS, SHARED_LANES, Grouping
from desktop.core.timeline_colours import COLOUR_GROUPS
from desktop.core.timeline_layout import MAX_DAY, MIN_DAY
from desktop.core.wording import counted
from desktop.ui.colours import NEUTRAL, ink_for
from desktop.ui.date_field import read_typed_date
from desktop.ui.eliding_label import ElidingLabel
from desktop.ui.file_places import dated_name, remember_folder, start_folder, with_ending
from desktop.ui.modal import modal
from desktop.ui.participant_chooser import ParticipantChooser
from desktop.ui.picture_file import PICTURE_ENDINGS, PICTURE_FILTERS
from desktop.ui.timeline_canvas import TimelineCanvas
from desktop.ui.timeline_data import TimelineData
from desktop.ui.timeline_frame import AXIS_H, HEADER_W
from desktop.ui.timeline_picture import (
    MAX_WIDTH,
    MIN_WIDTH,
    PictureError,
    export_picture,
    picture_caption,
    picture_image,
)
from desktop.ui.timeline_picture_dialog import PictureOptions
from desktop.ui.timeline_scrollbar import LanesScrollBar

OVERVIEW_H = 38
PARTICIPANTS = "Participants…"  # the lanes' item that asks for the participants
_LANES_KEY, _COLOURS_KEY, _NATIVE_KEY = "timeline/lanes", "timeline/colours", "timeline/native"


class OverviewStrip(QWidget):
    """The density of the whole filtered set, with the visible range marked;
    pressing or dragging moves the visible range there."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__()
        self.canvas = canvas
        self.setFixedHeight(OVERVIEW_H)
        self.setToolTip("The whole selection over time; drag the frame to move the view")
        canvas.viewport_changed.connect(self.update)

    def span(self) -> tuple[float, float] | None:
        extent = self.canvas.data.extent()
        if extent is None:
            return None
        viewport = self.canvas.current_viewport()
        first, last = min(extent[0], viewport.start), max(extent[1], viewport.end)
        margin = (last - first) * 0.02
        return first - margin, last + margin

    def _x(self, day: float, span: tuple[float, float]) -> float:
        width = max(1, self.width() - HEADER_W)
        return HEADER_W + (day - span[0]) / (span[1] - span[0]) * width

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        ink = ink_for(self.palette())
        painter.fillRect(self.rect(), ink.panel)
        data = self.canvas.data
        span = self.span()
        painter.setPen(ink.muted)
        # (while the lanes are read beside the window, those before)
        total = sum(lane.count for lane in data.lanes) if data.loaded or data.pending else 0
        painter.drawText(QRectF(8, 0, HEADER_W - 12, OVERVIEW_H),
                         Qt.AlignmentFlag.AlignVCenter,
                         "reading…" if not data.read_once and data.pending else
                         # An event with two tags (or two chosen participants) sits
                         # in two lanes: then the sum counts lane entries.
                         (f"All {total:,}" if data.grouping.by not in SHARED_LANES
                          else f"{total:,} in lanes")
                         + (f" · {data.index.undated:,} undated"
                                             if data.index.undated else ""))
        if span is None:
            painter.end()
            return
        width = max(1, self.width() - HEADER_W)
        bin_count = max(1, width // 2)
        bins: list[float] = list(data.index.bins(None, span[0], span[1], bin_count))
        spread = data.index.spread(None, span[0], span[1], bin_count)
        if spread is not None:  # month- and year-only dates spread over their period
            bins = list(map(add, bins, spread))
        top = max(bins, default=0) or 1
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(NEUTRAL)
        bar_width = width / len(bins)
        for index, share in enumerate(bins):
            if share:
                height = max(1.5, (OVERVIEW_H - 8) * share / top)
                painter.drawRect(QRectF(HEADER_W + index * bar_width, OVERVIEW_H - 4 - height,
                                        bar_width, height))
        viewport = self.canvas.current_viewport()
        left, right = self._x(viewport.start, span), self._x(viewport.end, span)
        painter.setBrush(QColor(66, 133, 244, 50))
        painter.setPen(QPen(QColor("#1a73e8"), 1.5))
        painter.drawRect(QRectF(left, 1, max(right - left, 3), OVERVIEW_H - 3))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._move_to(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._move_to(event.position())

    def _move_to(self, position: QPointF) -> None:
        span = self.span()
        if span is None or position.x() < HEADER_W:
            return
        width = max(1, self.width() - HEADER_W)
        day = span[0] + (position.x() - HEADER_W) / width * (span[1] - span[0])
        self.canvas.set_viewport(self.canvas.current_viewport().centred_on(day))


class TimelinePanel(QWidget):
    message = Signal(str)  # what a picture's export did, for the window's status bar

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.data = TimelineData(store)
        self.canvas = TimelineCanvas(self.data)
        self.overview = OverviewStrip(self.canvas)
        # Choosing "Participants…" (again) asks which participants get a lane.
        self.lanes = _NarrowCombo([(PARTICIPANTS if key == "participant" else label, key)
                                    for key, label in LANE_GROUPS.items()], 9)
        self.lanes.setAccessibleName("Lanes by")
        self.lanes.setToolTip("What each lane holds; “Participants…” asks for the participants "
                              "that get a lane each")
        self.colours = _NarrowCombo([(label, key) for key, label in COLOUR_GROUPS.items()], 7)
        self.colours.setAccessibleName("Colours by")
        self.colours.setToolTip("Colour the events by another field than their lane: lanes by "
                                "country and colours by event type show what kind of events "
                                "each country had (the legend names the colours)")
        self.native = QCheckBox("Native titles")
        self.native.setToolTip("Label the events by their native titles where they have one "
                               "(for a picture in a report in Chinese)")
        self.info = ElidingLabel()  # must not widen the pane: the form beside it would shrink

        # A tool bar rather than a row of controls: what a narrow pane has no
        # room for goes under its » button.  The row's ~720 pixels were the
        # least width of the tabs beside the list, and so made the window at
        # least 1 265 pixels wide, on whichever tab (wider than a laptop
        # screen at 125 %, or half of any screen).
        tools = QToolBar()
        for label, combo in (("Lanes", self.lanes), ("Colours", self.colours)):
            buddy = QLabel(label)
            buddy.setBuddy(combo)
            tools.addWidget(buddy)
            tools.addWidget(combo)
        for text, tip, slot in (("−", "Zoom out (−)", lambda: self.canvas.zoom(1 / 1.5)),
                                ("+", "Zoom in (+)", lambda: self.canvas.zoom(1.5)),
                                ("Fit all", "Show every event (Home)", self.canvas.fit_all),
                                ("Go to date…", "Centre on a date (Ctrl+G)", self.ask_date),
                                ("Picture…", "Export the visible range as a PNG or SVG "
                                 "picture (File ▸ Export timeline picture…)",
                                 self.ask_and_export)):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            tools.addWidget(button)
        tools.addWidget(self.native)
        # The tools keep the room they ask for while there is any; the range
        # shown beside them takes what is left (and gives way first).
        self.info.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.info.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
        bar = QHBoxLayout()
        bar.addWidget(tools)
        bar.addWidget(self.info, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(bar)
        layout.addWidget(self.overview)
        lanes = QHBoxLayout()
        lanes.setSpacing(0)
        lanes.addWidget(self.canvas, 1)
        self.lanes_scroll = LanesScrollBar(self.canvas)
        beside_lanes = QVBoxLayout()  # from the axis down, as tall as the lanes
        beside_lanes.setContentsMargins(0, AXIS_H, 0, 0)
        beside_lanes.addWidget(self.lanes_scroll)
        beside_lanes.addStretch(1)
        lanes.addLayout(beside_lanes)
        layout.addLayout(lanes, 1)

        go_to_date = QShortcut(QKeySequence("Ctrl+G"), self, self.ask_date)
        go_to_date.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._restore_choices()
        self.lanes.currentIndexChanged.connect(self._lanes_changed)
        self.lanes.activated.connect(self._lanes_chosen)
        self.colours.currentIndexChanged.connect(self._colours_changed)
        self.native.toggled.connect(self._native_toggled)
        self.canvas.viewport_changed.connect(self._show_info)

    def _restore_choices(self) -> None:
        """The lanes, colours and titles chosen last time (an analyst who reads
        by country reads by country again).  Lanes by participant are not
        restored: the participants were another database's, perhaps."""
        settings = QSettings()
        lanes = str(settings.value(_LANES_KEY, "none"))
        colours = str(settings.value(_COLOURS_KEY, "lane"))
        if lanes in LANE_GROUPS and lanes != "participant":
            self.lanes.setCurrentIndex(self.lanes.findData(lanes))
            self.data.set_grouping(Grouping(lanes))
        if colours in COLOUR_GROUPS:
            self.colours.setCurrentIndex(self.colours.findData(colours))
            self.data.set_colour_by(colours)
        native = settings.value(_NATIVE_KEY, False, type=bool)
        self.native.setChecked(bool(native))
        self.data.set_native_titles(bool(native))

    def _native_toggled(self, native: bool) -> None:
        QSettings().setValue(_NATIVE_KEY, native)
        self.data.set_native_titles(native)
        self.canvas.refresh(edited=False)

    def set_grouping(self, by: str) -> None:
        """Lanes by ``by``, as choosing it does (by participant: asking for
        them when none is chosen yet)."""
        self.lanes.setCurrentIndex(self.lanes.findData(by))
        if by == "participant" and not self.data.grouping.participants:
            self.ask_participants()

    def _lanes_changed(self) -> None:
        by = str(self.lanes.currentData())
        QSettings().setValue(_LANES_KEY, by)
        self.data.set_grouping(Grouping(by, self.data.grouping.participants))
        self.canvas.refresh(edited=False)

    def _lanes_chosen(self) -> None:
        """The analyst chose an item, perhaps the one shown: "Participants…"
        asks for them each time."""
        if self.lanes.currentData() == "participant":
            self.ask_participants()

    def set_colours(self, by: str) -> None:
        self.colours.setCurrentIndex(self.colours.findData(by))

    def _colours_changed(self) -> None:
        QSettings().setValue(_COLOURS_KEY, str(self.colours.currentData()))
        self.data.set_colour_by(str(self.colours.currentData()))
        self.canvas.refresh(edited=False)

    def ask_participants(self) -> None:
        chooser = ParticipantChooser(self.data.store, self.data.grouping.participants, self)
        with modal(chooser) as answer:
            chosen = chooser.chosen() if answer else None
        if chosen is not None:
            self.data.choose_participants(chosen)
            self.canvas.refresh(edited=False)

    def ask_date(self) -> None:
        """Ctrl+G: centre on a date; a date not understood is asked again, with
        the reason above the text as typed."""
        prompt = "Date (for example 2025-07, 28 July 2025, 2019, today):"
        label, text = prompt, ""
        while True:
            text, ok = QInputDialog.getText(self, "Go to date", label, text=text)
            if not ok or not text.strip():
                return
            try:
                parsed = read_typed_date(text.strip())
            except DateError as exc:
                label = f"{exc}\n\n{prompt}"
                continue
            break
        if parsed.start is None and parsed.end is None:
            return
        start = (parsed.start or parsed.end)
        end = (parsed.end or parsed.start)
        assert start is not None and end is not None
        self.canvas.show_days(start.toordinal(), end.toordinal() + 1)

    def _show_info(self) -> None:
        if not self.isVisible():
            return
        frame = self.canvas.current_frame()
        viewport = frame.viewport
        first = date.fromordinal(max(MIN_DAY, int(viewport.start)))
        # the view ends before the day its end falls on begins
        last = date.fromordinal(max(first.toordinal(),
                                    min(math.ceil(viewport.end) - 1, MAX_DAY)))
        shown = (f"{frame.in_view:,} in lanes" if self.data.grouping.by in SHARED_LANES
                 else counted(frame.in_view, "event"))
        dates = span_in_words(first, last, "day")
        if self.data.pending:  # the picture before, while the lanes are read beside
            shown += " · reading…"
        self.info.setText(f"{dates} · {shown}", dates,
                          span_in_words(first, last, "month"),
                          span_in_words(first, last, "year"))

    def ask_and_export(self) -> None:
        """File ▸ Export timeline picture: the visible range, at a chosen width."""
        path_text, chosen = QFileDialog.getSaveFileName(
            self, "Export timeline picture",
            str(start_folder("pictures") / dated_name("timeline", ".png")),
            PICTURE_FILTERS)
        if not path_text:
            return
        path = with_ending(path_text, chosen, PICTURE_ENDINGS)
        remember_folder("pictures", path)
        options = PictureOptions(self, max(1600, self.canvas.width()),
                                 picture_caption(self.data))
        with modal(options) as answer:
            picture = options.chosen() if answer == QDialog.DialogCode.Accepted else None
        if picture is not None:
            self.export_to(path, *picture)

    def export_to(self, path: Path, width: int, caption: str = "") -> bool:
        """Write the picture, with ``caption`` under it if any."""
        try:
            size = export_picture(self.data, self.canvas.current_viewport(), path, width,
                                  self.canvas.font(), caption, **self._marks())
        except (PictureError, OSError) as exc:
            QMessageBox.warning(self, "Export timeline picture", str(exc))
            return False
        self.message.emit(f"Saved {path} ({size[0]} × {size[1]} pixels)")
        return True

    def copy_picture(self) -> None:
        """Edit ▸ Copy timeline picture: the visible range as the screen shows
        it (every lane in full, the legend below, the line saying what it
        shows under it) on the clipboard, for pasting into a report."""
        width = min(MAX_WIDTH, max(MIN_WIDTH, self.canvas.width()))
        try:
            image = picture_image(self.data, self.canvas.current_viewport(), width,
                                  self.canvas.font(), picture_caption(self.data),
                                  **self._marks())
        except PictureError as exc:
            QMessageBox.warning(self, "Copy timeline picture", str(exc))
            return
        QGuiApplication.clipboard().setImage(image)
        self.message.emit(f"Copied the timeline picture ({image.width()} × {image.height()} "
                          "pixels): paste it into a report")

    def _marks(self) -> dict[str, Any]:
        """What a picture marks and how deep its lanes are, as on screen."""
        return {"selected": self.canvas.selected, "chosen": self.canvas.chosen,
                "related": self.canvas.related, "max_rows": self.canvas.rows_per_lane(),
                "band_h": self.canvas.band_height()}


class _NarrowCombo(QComboBox):
    """A combo box ``letters`` wide (enough for "Participants…" or "Event
    type"), its list as wide as its longest item, and its current item's text
    elided where it is longer: the timeline's bar must leave the form beside
    it room on a 1280-pixel screen."""

    def __init__(self, items: list[tuple[str, str]], letters: int) -> None:
        super().__init__()
        for label, key in items:
            self.addItem(label, key)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(letters)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)

    def paintEvent(self, _event: QPaintEvent) -> None:
        # As QComboBox paints itself, but for the text, elided to its field
        # ("Participants' co…" rather than cut at a letter).
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, field.width())
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
