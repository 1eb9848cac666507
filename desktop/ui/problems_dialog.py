"""The problems a file was refused for, listed whole, to read and to copy.

A message box showed the first 30 lines and said nothing of the rest; an
analyst mending a colleague's package in a spreadsheet wants every file, row
and field, and to keep the list beside the spreadsheet while mending.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import Problem
from desktop.core.wording import counted
from desktop.ui.modal import run_modal

# The most problems a reader gathers before it stops (bulk.MAX_PROBLEMS is the
# highest): a list that long may not be all there is.
_MANY = 50


class ProblemsDialog(QDialog):
    """``problems`` under a line saying what was not done and how many there are."""

    def __init__(self, parent: QWidget | None, title: str, done: str,
                 problems: Sequence[Problem]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        lines = [str(problem) for problem in problems]
        more = (" (the first found: more may follow once these are mended)"
                if len(lines) >= _MANY else "")
        heading = QLabel(f"{done} {counted(len(lines), 'problem')}{more}:")
        heading.setObjectName("problems_heading")
        heading.setWordWrap(True)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setObjectName("problems")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        metrics = QFontMetrics(self.text.font())
        self.text.setMinimumSize(metrics.horizontalAdvance("x") * 90,
                                 metrics.lineSpacing() * min(max(len(lines), 3), 16) + 12)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton("Copy", QDialogButtonBox.ButtonRole.ActionRole)
        copy.setObjectName("copy_problems")
        copy.setToolTip("Copy the problems, a line each, to mend the file beside them")
        copy.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.text.toPlainText() + "\n")


def show_problems(parent: QWidget | None, title: str, done: str,
                  problems: Sequence[Problem], *, lead: str = "") -> None:
    """Tell the analyst what was refused: one problem in a message (after
    ``lead``), several in a list under ``done``."""
    if len(problems) == 1:
        QMessageBox.warning(parent, title, f"{lead}{problems[0]}")
        return
    run_modal(ProblemsDialog(parent, title, done, problems))
