"""A finder line's popup, and the choice taken from it once and then cleared away.

The popup shows what the app's own search found (by alias, in either Chinese
script) as it is: Qt's filtering again by the text typed left only "Create
new participant" for "中国外文" or "NDRC".

Chosen with the keyboard (↓, then Enter), the choice came twice: the line's
own Enter took the label ↓ had written into it, and then the popup reported
the same choice — the participant was added twice.  And Qt writes the
choice's label into the line after reporting it, so the line was left
showing what had already been added, to be added again by the next Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QLineEdit


def found_completer(found: QStringListModel, parent: QObject) -> QCompleter:
    """A completer listing ``found`` (a search's answers) unfiltered."""
    completer = QCompleter(found, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    return completer


class ChoiceTaken:
    """Say ``took(label)`` when a choice is added, and ask ``again(label)``
    before taking one: the same choice coming again before anything else is
    typed (or the window does anything else) is the same choice."""

    def __init__(self, finder: QLineEdit) -> None:
        self.finder = finder
        self.label: str | None = None
        finder.textEdited.connect(self._typed)

    def took(self, label: str) -> None:
        self.label = label
        self.finder.clear()
        QTimer.singleShot(0, self.finder, self._after)  # dropped should the line go

    def again(self, label: str) -> bool:
        """Whether ``label`` is the choice just taken."""
        if self.label is None or label != self.label:
            return False
        self.finder.clear()
        return True

    def _after(self) -> None:
        if self.label is not None and self.finder.text() == self.label:
            self.finder.clear()  # the label Qt wrote after the choice
        self.label = None

    def _typed(self, _text: str) -> None:
        self.label = None
