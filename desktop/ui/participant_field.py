"""One existing participant, found as you type any of its names.

The batch dialog adds a participant to, or removes one from, every selected
event: it needs one participant, not a new one, so the field resolves what
is typed — a suggestion chosen, or text that names exactly one participant —
and says beside it whom it found or why it found no one.

Signals: ``changed()`` whenever what the field resolves to may have changed.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.db import Store
from desktop.core.event_form_data import ParticipantChoice, find_participants
from desktop.ui.finder_choice import found_completer


class ParticipantField(QWidget):
    changed = Signal()

    def __init__(self, store: Store, placeholder: str) -> None:
        super().__init__()
        self.store = store
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.setClearButtonEnabled(True)
        # Keep a reference to the completer's model, or it silently matches nothing.
        self.suggestions = QStringListModel(self)
        completer = found_completer(self.suggestions, self)
        self.line.setCompleter(completer)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.found.setEnabled(False)  # drawn greyed: a remark, not a field
        self.found.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.found)
        self._choices: dict[str, ParticipantChoice] = {}
        self._chosen: ParticipantChoice | None = None
        self.line.textChanged.connect(self._resolve)

    def chosen(self) -> ParticipantChoice | None:
        """The participant the text names, if it names exactly one."""
        return self._chosen

    def is_unresolved(self) -> bool:
        """Something is typed that names no one participant."""
        return bool(self.line.text().strip()) and self._chosen is None

    def _resolve(self, text: str) -> None:
        typed = text.strip()
        with self.store.session() as session:
            found = find_participants(session, typed) if typed else []
        if typed not in self._choices:  # not a suggestion just taken: new suggestions
            self._choices = {choice.label(): choice for choice in found}
            self.suggestions.setStringList(list(self._choices))
        self._chosen = self._choices.get(typed) or _the_one(typed, found)
        if not typed:
            message = ""
        elif self._chosen is not None:
            message = f"→ {self._chosen.label()}"
        elif not found:
            message = "No participant has this name. Create one in the Participants tab."
        else:
            message = f"{len(found)}{'+' if len(found) >= 30 else ''} participants match: " \
                      "choose one from the list."
        self.found.setText(message)
        self.found.setVisible(bool(message))
        self.changed.emit()


def _the_one(typed: str, found: list[ParticipantChoice]) -> ParticipantChoice | None:
    """The participant the text names: the only one found, or the only one
    whose name or native name it is in full (an "NDRC" among longer names)."""
    if len(found) == 1:
        return found[0]
    whole = [choice for choice in found if typed.casefold() in (
        choice.name.casefold(), choice.native_name.casefold())]
    return whole[0] if len(whole) == 1 else None
