"""The event form's sources: publisher, title, URL, dates, note, and a saved
copy of the article (a PDF, a saved page, a screenshot; see saved_copies),
attached from a file (Attach copy…, or a file dropped on a source's row) and
opened with the system's program for it.  References exported from a
reference manager as RIS (From RIS…, or the .ris file dropped on the sources)
become sources, the files linked to them their saved copies.

Signals: ``edited()`` whenever a source is added, removed or changed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.db import Store
from desktop.core.event_form_data import SOURCE_KEYS, SourceData
from desktop.core.exchange.sources_ris import read_ris
from desktop.core.saved_copies import SavedCopies, fetch_copy
from desktop.ui.background import run_in_background
from desktop.ui.column_shares import ReadableWidths
from desktop.ui.file_drop import FileDrop
from desktop.ui.file_places import remember_folder, start_folder
from desktop.ui.row_editing import (
    button_row,
    delete_key_removes,
    for_a_row,
    remove_current_row,
    tab_through,
)
from desktop.ui.tooltip_text import as_written

HEADERS = ("Publisher", "Title", "URL", "Published", "Accessed", "Note", "Copy")
COPY = len(SOURCE_KEYS)  # the saved copy's column, after the typed ones
COPIES = "copies"  # the folder copies are attached from


class SourceEditor(QWidget):
    edited = Signal()

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.sources: list[SourceData] = []
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().setVisible(False)
        # Each column wide enough to read a usual value (a date whole); a narrow
        # form scrolls the table sideways.  The copy's name is read in its tooltip.
        ReadableWidths(self.table, (110, 180, 150, 90, 90, 120, 48))
        # a narrow form: a header too long for its column ends in "…", not mid-letter
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setMinimumWidth(200)
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(self._cell_changed)
        self.table.setToolTip("Published: a date (EDTF or as printed); accessed: the day "
                              "you read it")
        # Three buttons a row at most, so that the form fits a pane ~380 px wide:
        # adding and removing sources, then their links, then their saved copies.
        rows = (button_row((("Add source", self.add),
                            ("From RIS…", self.ask_and_add_references),
                            ("Remove", self.remove_current))),
                button_row((("Open link", self.open_current), ("Save page", self.save_page))),
                button_row((("Attach copy…", self.ask_and_attach),
                            ("Open copy", self.open_copy))))
        delete_key_removes(self.table, self.remove_current)
        tab_through(self.table)
        sources = lambda: self.sources  # noqa: E731 - the list is replaced at each load
        for_a_row(self.table, rows[0], "Remove", sources)
        for_a_row(self.table, rows[1], "Open link", sources,
                  lambda row: self.sources[row].url.startswith(("http://", "https://")))
        for_a_row(self.table, rows[1], "Save page", sources,
                  lambda row: bool(self.sources[row].url))
        for_a_row(self.table, rows[2], "Open copy", sources,
                  lambda row: bool(self.sources[row].copy_sha256))
        # A file dropped on a row is that source's saved copy (on the empty
        # space below them, a new source's): not the window's import.
        self.drop = FileDrop(self.table.viewport(), lambda path: path.is_file(),
                             self._dropped)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        for row in rows:
            layout.addLayout(row)

    def set_sources(self, sources: list[SourceData]) -> None:
        self.sources = sources
        self._fill()

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.sources))
        for row, source in enumerate(self.sources):
            for column, key in enumerate(SOURCE_KEYS):
                self.table.setItem(row, column, QTableWidgetItem(getattr(source, key)))
            copy = QTableWidgetItem(source.copy_name or ("saved" if source.copy_sha256 else ""))
            copy.setFlags(copy.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if source.copy_sha256:
                copy.setToolTip(as_written(f"{source.copy_name}\nSHA-256 {source.copy_sha256}"))
            self.table.setItem(row, COPY, copy)
        self.table.blockSignals(False)

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if item.column() < COPY:
            setattr(self.sources[item.row()], SOURCE_KEYS[item.column()], item.text())
            self.edited.emit()

    def add(self) -> None:
        self.sources.append(SourceData())
        self._fill()
        self.table.setCurrentCell(len(self.sources) - 1, 0)
        item = self.table.item(len(self.sources) - 1, 0)
        if item is not None:
            self.table.editItem(item)
        self.edited.emit()

    def remove_current(self) -> None:
        if remove_current_row(self.table, self.sources):
            self._fill()
            self.edited.emit()

    def open_current(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.sources) and self.sources[row].url.startswith(("http://",
                                                                             "https://")):
            QDesktopServices.openUrl(QUrl(self.sources[row].url, QUrl.ParsingMode.StrictMode))

    def _dropped(self, path: Path, where: QPointF) -> None:
        """A RIS file adds its references; any other file is a saved copy."""
        if path.suffix.lower() == ".ris":
            self.add_references(path)
        else:
            self._attach_at(self.table.rowAt(int(where.y())), path)

    def ask_and_add_references(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Add sources from a reference manager", str(start_folder(COPIES)),
            "References (*.ris);;Any file (*)")
        if path:
            remember_folder(COPIES, Path(path))
            self.add_references(Path(path))

    def add_references(self, path: Path) -> int:
        """Each reference of the RIS file as a new source, its first linked
        file (when on this computer) its saved copy; how many were added."""
        try:
            references = read_ris(path.read_text(encoding="utf-8-sig", errors="replace"))
        except OSError as exc:
            QMessageBox.warning(self, "Sources", f"{path.name} cannot be read: {exc}")
            return 0
        copies = SavedCopies(self.store.path)
        for reference in references:
            source = SourceData(**{key: getattr(reference, key) for key in SOURCE_KEYS})
            for linked in reference.files[:1]:
                # too large, or unreadable: the source stays, without a copy
                with contextlib.suppress(OSError):
                    source.copy_sha256, source.copy_name = copies.add(linked)
            self.sources.append(source)
        if not references:
            QMessageBox.information(self, "Sources", f"{path.name} holds no reference (a RIS "
                                    "file, as Zotero or EndNote export one, is expected).")
            return 0
        self._fill()
        self.table.setCurrentCell(len(self.sources) - 1, 0)
        self.edited.emit()
        return len(references)

    def _attach_at(self, row: int, path: Path) -> None:
        self.table.setCurrentCell(row, COPY if row >= 0 else -1)
        self.attach(path)

    def ask_and_attach(self) -> None:
        """Attach a file as the saved copy of the current source (a new source
        when there is none)."""
        path, _ = QFileDialog.getOpenFileName(self, "Attach a saved copy of the source",
                                              str(start_folder(COPIES)), "Any file (*)")
        if path:
            remember_folder(COPIES, Path(path))
            self.attach(Path(path))

    def save_page(self) -> bool:
        """Save the page at the current source's URL as its saved copy (when
        there is a network)."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.sources) or not self.sources[row].url:
            QMessageBox.information(self, "Saved copy", "Choose a source with a URL first.")
            return False
        url = self.sources[row].url
        try:
            sha, name = run_in_background(
                self, f"Saving {url}…", lambda _progress: fetch_copy(url, self.store.path),
                "bytes", cancellable=False)
        except OSError as exc:
            QMessageBox.warning(self, "Saved copy", str(exc))
            return False
        return self._set_copy(row, sha, name)

    def attach(self, path: Path) -> bool:
        try:
            sha, name = SavedCopies(self.store.path).add(path)
        except OSError as exc:
            QMessageBox.warning(self, "Saved copy", f"{path.name} was not attached: {exc}")
            return False
        return self._set_copy(self.table.currentRow(), sha, name)

    def _set_copy(self, row: int, sha: str, name: str) -> bool:
        """The saved copy of the source in ``row`` (a new source when none is)."""
        if not 0 <= row < len(self.sources):
            self.sources.append(SourceData())
            row = len(self.sources) - 1
        self.sources[row].copy_sha256, self.sources[row].copy_name = sha, name
        self._fill()
        self.table.setCurrentCell(row, COPY)
        self.edited.emit()
        return True

    def open_copy(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.sources) or not self.sources[row].copy_sha256:
            return
        source = self.sources[row]
        found = SavedCopies(self.store.path).find(source.copy_sha256, source.copy_name)
        if found is None:
            QMessageBox.information(
                self, "Saved copy", f"The saved copy {source.copy_name} is not on this "
                "computer: it came with a JSON file, which names copies without carrying "
                "them (a Data Package carries them).")
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(found)))
