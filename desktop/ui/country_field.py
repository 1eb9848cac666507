"""A country chooser: type part of an ISO 3166 name or code to find it."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from desktop.core.countries import UnknownCountry, all_countries, chinese_names, country_code


class CountryField(QComboBox):
    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        # Enter on a typed name chooses the country it names: inserted as an
        # item of its own, "Laos" was a choice with no code, saved as none.
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", "")
        for code, name in all_countries():
            self.addItem(f"{name} ({code})", code)
        # "lao" or "LA" finds "Laos (LA)", and 老挝 or 寮國 "寮國 · 老挝 · 老撾 (LA)":
        # the Chinese names are offered too (Enter took them, but the list offered
        # nothing for them, as if they named no country).
        # Filled when a first letter is typed: reading the Chinese names took
        # ~20-30 ms, which opening the window need not spend.
        self.names = QStringListModel(self)  # kept, or it matches nothing
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        # after the combo's own answer, which finds no item of the Chinese names
        completer.activated.connect(self._choose_offered)
        # Sized for a usual name, not for the longest of 249 ("South Georgia and the
        # South Sandwich Islands (GS)"), which made every form holding the field at
        # least 340 px wide; the list that drops down still shows whole names.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0)
                                    + self.view().verticalScrollBar().sizeHint().width())
        line = self.lineEdit()
        if line is not None:
            line.editingFinished.connect(self._choose_typed)
            line.textEdited.connect(self._offer_names)

    def _choose_typed(self) -> None:
        """Show a country typed ("laos", "老挝", "LA") as the list names it."""
        code = self.code()
        found = self.findData(code) if code else -1
        if found > 0 and found != self.currentIndex():
            self.setCurrentIndex(found)

    def _offer_names(self) -> None:
        """Fill the list it offers when a first letter is typed (the completer
        looked already, at nothing: it looks again)."""
        if not self.names.rowCount():
            self.names.setStringList(list(_offered_names()))
            completer = self.completer()
            if completer is not None:
                completer.complete()

    def _choose_offered(self, offered: str) -> None:
        """The country of an offered name ("寮國 · 老挝 · 老撾 (LA)")."""
        found = self.findData(offered.rsplit("(", 1)[-1].rstrip(")"))
        if found > 0:
            self.setCurrentIndex(found)

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(max(0, self.findData(code)))

    def code(self) -> str:
        """The chosen country's code; typed text that is no country is returned as
        it is, so that saving refuses it with the reason."""
        text = self.currentText().strip()
        if self.itemText(self.currentIndex()) == text and self.currentData() is not None:
            return str(self.currentData())
        if not text:
            return ""
        try:
            return country_code(text.rsplit("(", 1)[-1].rstrip(")") if "(" in text else text)
        except UnknownCountry:
            return text


@cache  # the same for every field
def _offered_names() -> tuple[str, ...]:
    """Each country as the list names it, and, for those with Chinese names,
    those names (the shortest few) with its code, as the list ends its name
    (not the English name again: "lao" would find Laos twice)."""
    offered = []
    for code, name in all_countries():
        offered.append(f"{name} ({code})")
        chinese = sorted(chinese_names(code), key=len)[:3]
        if chinese:
            offered.append(f"{' · '.join(chinese)} ({code})")
    return tuple(offered)
