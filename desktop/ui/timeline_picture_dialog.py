"""What File ▸ Export timeline picture… asks once the file is named: the
picture's width, and the line under it saying what it shows (filled in
from the search, filters, lanes and colours; edit it, or empty it for none)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.ui.dialog_buttons import ok_cancel
from desktop.ui.timeline_picture import MAX_WIDTH, MIN_WIDTH


class PictureOptions(QDialog):
    def __init__(self, parent: QWidget | None, width: int, caption: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export timeline picture")
        self.width_box = QSpinBox()
        self.width_box.setObjectName("picture_width")
        self.width_box.setRange(MIN_WIDTH, MAX_WIDTH)
        self.width_box.setSingleStep(100)
        self.width_box.setSuffix(" pixels")
        self.width_box.setValue(width)
        self.caption = QLineEdit(caption)
        self.caption.setObjectName("picture_caption")
        self.caption.setClearButtonEnabled(True)
        self.caption.setMinimumWidth(min(640, self.caption.fontMetrics().horizontalAdvance(
            caption) + 40))
        self.caption.setCursorPosition(0)
        note = QLabel("The line under the picture says what it shows, so that a reader of "
                      "a report does not take a part of the dataset for the whole. Edit it, "
                      "or empty it for none.")
        note.setWordWrap(True)
        buttons = ok_cancel(self, "Export")
        form = QFormLayout(self)
        form.addRow("Width", self.width_box)
        form.addRow("Line under it", self.caption)
        form.addRow(note)
        form.addRow(buttons)

    def chosen(self) -> tuple[int, str]:
        """The width, and the caption ("" for none)."""
        return self.width_box.value(), self.caption.text().strip()
