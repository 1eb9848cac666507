"""An Undo button for a modal dialog that edits (Tools ▸ Vocabularies…, Tidy
places…): the window's Edit ▸ Undo is out of reach while it is open, and a
merge the analyst regrets at once should not wait for the dialog to close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton

from desktop.ui.busy_cursor import busy_cursor
from desktop.ui.change_bus import Editor


class DialogUndo(QPushButton):
    """Takes back the steps made while the dialog is open, newest first (not
    those made before it opened, which are the window's to undo); ``after``
    hears what it took back (the undo text), to show the dialog again."""

    def __init__(self, editor: Editor, after: Callable[[str], None]) -> None:
        super().__init__("&Undo")
        self.editor, self.after = editor, after
        stack = editor.undo_stack
        self.floor = stack.index()  # the steps before the dialog opened
        stack.indexChanged.connect(self.follow)
        stack.canUndoChanged.connect(self.follow)
        stack.undoTextChanged.connect(self.follow)
        self.clicked.connect(self.undo)
        self.follow()

    def follow(self, *_args: object) -> None:
        stack = self.editor.undo_stack
        mine = stack.canUndo() and stack.index() > self.floor
        self.setEnabled(mine and not self.editor.ops.store.read_only)
        self.setToolTip(f"Undo {stack.undoText()}" if mine else "")

    def undo(self) -> None:
        stack = self.editor.undo_stack
        if not (stack.canUndo() and stack.index() > self.floor):
            return
        what = stack.undoText()
        with busy_cursor():  # a merge of thousands of records takes a second or two back
            stack.undo()
        self.after(what)
