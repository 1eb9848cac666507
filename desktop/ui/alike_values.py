"""Asked before a category, event type, role or organisation type is added,
or renamed, so that it looks like one already there ("cohost" beside
"co-host"): two names of one thing split the events between them, and are
merged later by hand."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.db import Store
from desktop.core.fields import term_named
from desktop.core.models import VocabularyTerm
from desktop.core.vocabularies import values_alike
from desktop.ui.modal import modal


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
    with modal(box):
        clicked = box.clickedButton()
    if clicked is use:
        return alike[0], False
    if clicked is add:
        return typed, True
    return None


def rename_or_merge(parent: QWidget, store: Store, vocabulary: str, old: str, value: str,
                    one: str) -> tuple[str, str] | None:
    """What renaming ``old`` as ``value`` is to do: ``("rename", value)``, or
    ``("merge", other)`` when ``value`` is another value already there, or
    looks like one ("co-host" renamed "Cohost" beside "cohost") and the
    analyst chooses to merge into it; None when the analyst cancels."""
    typed = " ".join(value.split())
    with store.session() as session:
        same_id = term_named(session, vocabulary, typed)
        same = session.get(VocabularyTerm, same_id) if same_id else None
        if same is not None and same.value != old:
            alike, exact = [same.value], True
        else:
            alike = [other for other in values_alike(session, vocabulary, typed)
                     if other != old]
            exact = False
    if not alike:
        return "rename", typed
    said = (f"“{alike[0]}” is already a {one}." if exact else
            f"“{typed}” looks like the {one} “{alike[0]}”, already there.")
    box = QMessageBox(QMessageBox.Icon.Question, f"Rename {one}", said,
                      QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(
        f"Merge “{old}” into “{alike[0]}”, so that what has either has “{alike[0]}”"
        + ("?" if exact else f", or rename it “{typed}” anyway?"))
    merge = box.addButton(f"Merge into “{alike[0]}”", QMessageBox.ButtonRole.AcceptRole)
    rename = None if exact else box.addButton(f"Rename to “{typed}”",
                                              QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(merge)
    with modal(box):
        clicked = box.clickedButton()
    if clicked is merge:
        return "merge", alike[0]
    if rename is not None and clicked is rename:
        return "rename", typed
    return None
