"""What the dialogs that change many records at once share: fields that start
at "leave as it is", and row labels whose Alt+letter reaches their field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

KEEP = "\x00keep"  # a choice meaning "leave each record's value as it is"


def keep_combo(choices: list[tuple[str, str | None]]) -> QComboBox:
    """A choice of values, first of all "leave as it is" (``KEEP``)."""
    combo = QComboBox()
    combo.addItem("leave as it is", KEEP)
    for label, value in choices:
        combo.addItem(label, value)
    return combo


def chosen_values(combos: dict[str, QComboBox]) -> dict[str, Any]:
    """The value of each combo not left "as it is", by field name."""
    return {name: combo.currentData() for name, combo in combos.items()
            if combo.currentData() != KEEP}


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A row's label whose mnemonic (Alt+letter) goes to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
