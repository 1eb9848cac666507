"""Asked before a category, event type, role or organisation type is added
that looks like one already there ("cohost" beside "co-host"): two names of
one thing split the events between them, and are merged later by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.db import Store
from desktop.core.vocabularies import values_alike


def value_to_add(parent: QWidget, store: Store, vocabulary: str, value: str,
                 one: str) -> tuple[str, bool] | None:
    """The value to use and whether it is new: ``(value, True)`` to add the
    value typed, ``(existing, False)`` to use the one it looks like; None
    when the analyst cancels."""
    typed = " ".join(value.split())
    with store.session() as session:
        alike = values_alike(session, vocabulary, typed)
    if not alike:
        return typed, True
    others = "".join(f", “{other}”" for other in alike[1:])
    box = QMessageBox(QMessageBox.Icon.Question, f"Add {one}",
                      f"“{typed}” looks like the {one} “{alike[0]}”{others}, already there.",
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(f"Use “{alike[0]}”, or add “{typed}” as another {one}?")
    use = box.addButton(f"Use “{alike[0]}”", QMessageBox.ButtonRole.AcceptRole)
    add = box.addButton(f"Add “{typed}”", QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(use)
    box.exec()
    if box.clickedButton() is use:
        return alike[0], False
    if box.clickedButton() is add:
        return typed, True
    return None
