"""The frame the event and participant forms share.

A heading that says whether there are unsaved changes, a line for errors that
belong to no one field, Save and Revert, Esc to revert, and the question
before unsaved edits would be lost.  Edits stay in the form until Save, which
stores them through ``Editor`` as one undoable step.

Signals: ``dirty_changed(bool)``; ``saved(str)`` with the record's id.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.changes import ChangeReport, Problem, ValidationError
from desktop.core.operations import Operations
from desktop.ui.change_bus import Editor
from desktop.ui.date_field import ERROR_STYLE
from desktop.ui.error_reports import report_failure
from desktop.ui.read_only_form import lock_form
from desktop.ui.tooltip_text import as_written

# The least width a form asks of its pane (see RecordForm.minimumSizeHint).
MOST_NARROW = 300
UNSAVED = " — <span style='color:#b9770e'>unsaved changes</span>"


class RecordForm(QScrollArea):
    dirty_changed = Signal(bool)
    saved = Signal(str)
    open_event = Signal(str)  # an event the form names, to be shown in the list and form

    def __init__(self, editor: Editor, *, save_text: str) -> None:
        super().__init__()
        self.editor = editor
        self.store = editor.ops.store
        self.record_id: str | None = None
        self.read_only = self.store.read_only  # shown, not edited (see read_only_form)
        self._dirty = False
        self._loading = False
        self.setWidgetResizable(True)
        # Not a stop of Tab of its own (a scroll area takes the focus by
        # default): Tab from the list goes straight to the first field.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Fields that do not fit (a pane squeezed below them) are a scroll away,
        # never cut off unseen; a long title wraps (see state_label).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        body = QWidget()
        outer = QVBoxLayout(body)
        self.note_label = QLabel()  # said about the record shown (see show_note)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("background: #e8f0fe; color: #1a3d6d; padding: 6px;")
        self.note_label.hide()
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)  # a 300-character title must not widen the form
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        self.fields = QFormLayout()
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a pane too narrow for a long label ("Parent organisation") beside
        # its field, the field goes under it, rather than past the pane's edge.
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.revert_button = QPushButton("Revert")
        self.revert_button.setToolTip("Drop unsaved edits (Esc)")
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(save_text)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        for part in (self.note_label, self.state_label, self.error_label):
            outer.addWidget(part)
        outer.addLayout(self.fields)
        outer.addLayout(buttons)
        outer.addStretch(1)
        self.setWidget(body)
        revert = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        revert.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        revert.activated.connect(self.revert)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the fields can be, up to MOST_NARROW: a pane dragged
        narrow keeps every field in view.  Asking more would make the window
        outgrow a 1280-pixel screen; below its fields' width the form scrolls
        sideways instead."""
        hint = super().minimumSizeHint()
        body = self.widget()
        if body is not None:
            scroll_bar = self.verticalScrollBar().sizeHint().width()
            fields = body.minimumSizeHint().width() + scroll_bar + 2 * self.frameWidth()
            hint.setWidth(max(hint.width(), min(fields, MOST_NARROW)))
        return hint

    def focus_field(self, field: QWidget) -> None:
        """Give ``field`` the keyboard and bring it into view: a form scrolled
        down to its sources stayed there for a new event, while its title,
        out of sight, took what was typed."""
        self.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_note(self, text: str) -> None:
        """A note above the form (several events chosen, say); none when empty."""
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    # -- what a form provides ---------------------------------------------------

    def load(self, record_id: str | None) -> None:
        raise NotImplementedError

    def has_changes(self) -> bool:
        raise NotImplementedError

    def store_edits(self, ops: Operations) -> tuple[str, ChangeReport]:
        """Apply the form's edits through the operations; the record's id and report."""
        raise NotImplementedError

    def heading(self) -> str:
        raise NotImplementedError

    def edit_description(self) -> str:
        return f"Edit “{self.heading()}”"

    def problems_before_saving(self) -> list[Problem]:
        return []

    def show_problems(self, problems: list[Problem]) -> None:
        self.error_label.setText("; ".join(str(p) for p in problems))
        self.error_label.show()

    def clear_problems(self) -> None:
        self.error_label.hide()

    # -- shared behaviour ---------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty

    def edited(self) -> None:
        if not self._loading:
            self.set_dirty(self.has_changes())

    def set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        title = self.heading()
        shown = html.escape(title if len(title) <= 90 else title[:89] + "…")
        self.state_label.setText(f"<b>{shown}</b>{UNSAVED if dirty else ''}")
        self.state_label.setToolTip(as_written(title))
        self.save_button.setEnabled(dirty or self.record_id is None)
        self.revert_button.setEnabled(dirty)
        if self.read_only:  # after each load: its cells are new
            lock_form(self)
        if changed:
            self.dirty_changed.emit(dirty)

    def save(self) -> bool:
        """Store the edits as one undoable step; show what is wrong if refused."""
        self.clear_problems()
        early = self.problems_before_saving()
        if early:
            self.show_problems(early)
            return False
        result: list[str] = []

        def operation(ops: Operations) -> ChangeReport:
            record_id, report = self.store_edits(ops)
            result.append(record_id)
            return report

        try:
            self.editor.apply(operation, self.edit_description())
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return False
        except Exception as exc:  # the store failed: said, and the edits kept
            # A full disk, a file made read-only or damaged underneath: the
            # operation's transaction stored nothing.  The form keeps what was
            # typed, and "not saved" reaches whoever asked (closing the window
            # after "Save your changes?" stays open).
            report_failure(type(exc), exc, exc.__traceback__,
                           kept="The form keeps what you typed.")
            return False
        self.load(result[0])
        self.saved.emit(result[0])
        return True

    def revert(self) -> None:
        self.load(self.record_id)

    def confirm_leave(self) -> bool:
        """Before the form shows another record or closes: save, discard or stay."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self, "Unsaved changes", f"Save your changes to “{self.heading()}”?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False
