"""One place where edits happen, are announced, and can be undone.

Every edit from the UI goes through ``Editor.apply``, which runs an operation,
puts it on the undo stack and broadcasts its ChangeReport; the list, the form
and the timeline refresh from that broadcast and never call each other.

An import that adds records (thousands of them, written in bulk) cannot be
taken back record by record: its step on the undo stack puts back the backup
made before it.  Left off the stack, it would leave the steps before it there,
each to be undone over what the import changed since.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.backup import restore_backup
from desktop.core.changes import ChangeReport, ValidationError
from desktop.core.models import new_id
from desktop.core.operations import Operations
from desktop.core.store_file import StoreError
from desktop.core.undo import invert

# From this many changed records an undo or redo runs beside the window (3 000
# events take about a second, 100 000 about 17 s).
LONG_UNDO = 2000


class Editor(QObject):
    """Signals: ``changed(ChangeReport)`` after every edit, undo and redo;
    ``brought_back(ChangeReport)`` after it when an undo or redo made records
    again (a delete undone, a new event redone), for the lists to choose them;
    ``failed(str)`` when an undo or redo could not be applied; ``told(str)``
    what an undo or redo of an import did, for the status bar."""

    changed = Signal(object)
    brought_back = Signal(object)
    failed = Signal(str)
    told = Signal(str)

    def __init__(self, ops: Operations) -> None:
        super().__init__()
        self.ops = ops
        self.undo_stack = QUndoStack(self)
        # How a long undo or redo runs (the window sets a progress dialog beside
        # it); by default, in place.
        self.run_long: Callable[[str, Callable[[], ChangeReport]], ChangeReport] = (
            lambda _label, work: work())

    def apply(self, operation: Callable[[Operations], ChangeReport],
              description: str = "Edit") -> ChangeReport:
        """Run an operation (raising ValidationError if it is refused)."""
        report = operation(self.ops)
        if report:
            if not report.reset:
                self.undo_stack.push(_OperationCommand(self, description, report))
            self.changed.emit(report)
        return report

    def push_restorable(self, description: str, before: Path) -> None:
        """Put on the undo stack a step just applied (a bulk import) that is
        undone by putting back ``before``, the backup made before it."""
        self.undo_stack.push(_RestoringCommand(self, description, before))


class _OperationCommand(QUndoCommand):
    """An applied operation; undo applies its inverse, redo the inverse of that."""

    def __init__(self, editor: Editor, description: str, report: ChangeReport) -> None:
        super().__init__(description)
        self._editor = editor
        self._last = report
        self._applied = True  # the operation already ran when it was pushed

    def redo(self) -> None:
        if self._applied:
            return
        self._swap()
        self._applied = True

    def undo(self) -> None:
        self._swap()
        self._applied = False

    def _swap(self) -> None:
        last, ops = self._last, self._editor.ops
        try:
            if len(last.changes) >= LONG_UNDO:  # a change of thousands of events
                verb = "Redoing" if not self._applied else "Undoing"
                self._last = self._editor.run_long(f"{verb} “{self.text()}”…",
                                                   lambda: invert(ops, last))
            else:
                self._last = invert(ops, last)
        except ValidationError as exc:
            self.setObsolete(True)
            self._editor.failed.emit(f"Could not {'redo' if not self._applied else 'undo'} "
                                     f"“{self.text()}”: {exc}")
            return
        self._editor.changed.emit(self._last)
        if any(change.action == "create" for change in self._last.changes):
            self._editor.brought_back.emit(self._last)


class EventSelection(QObject):
    """The event the analyst is looking at, shared by the list, form and timeline.

    Signals: ``current_changed(str | None)`` when another event becomes current.
    """

    current_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.current: str | None = None

    def set_current(self, event_id: str | None) -> None:
        if event_id != self.current:
            self.current = event_id
            self.current_changed.emit(event_id)


class _RestoringCommand(QUndoCommand):
    """A step undone by putting back the backup made before it, and redone by
    putting back the one made, as it was undone, of the database it left.
    The undo stack's order sees to it that the database is as the step left
    it (or as its undo did) whenever it is undone (or redone)."""

    def __init__(self, editor: Editor, description: str, before: Path) -> None:
        super().__init__(description)
        self._editor = editor
        self._other = before  # the backup to put back next
        self._applied = True  # the step already ran when it was pushed

    def redo(self) -> None:
        if not self._applied:
            self._swap("before-redo")

    def undo(self) -> None:
        self._swap("before-undo")

    def _swap(self, reason: str) -> None:
        action, verb = ("undo", "Undoing") if self._applied else ("redo", "Redoing")
        database = self._editor.ops.store.path
        kept: list[Path] = []

        def work() -> ChangeReport:
            kept.append(restore_backup(self._other, database, reason))
            return ChangeReport(new_id(), reset=True)

        try:
            report = self._editor.run_long(f"{verb} “{self.text()}”…", work)
        except (StoreError, OSError) as exc:
            self.setObsolete(True)
            self._editor.failed.emit(
                f"Could not {action} “{self.text()}”: {exc} (File ▸ Backups… "
                "lists the backups there are)")
            return
        self._other = kept[0]
        self._applied = not self._applied
        self._editor.changed.emit(report)
        # Over the import's own message, which said Undo takes it back.
        self._editor.told.emit(
            f"{'Redid' if self._applied else 'Undid'} “{self.text()}”: the database is as it was "
            f"{'after' if self._applied else 'before'} it (as it was until now is kept in "
            f"{kept[0]}).")

