"""The main window: menus, the events list and a status bar.

Signals: none of its own; it listens to the widgets it holds.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
)

from desktop import __version__
from desktop.core.db import Store
from desktop.ui.event_preview import EventPreview
from desktop.ui.event_table_model import EventTableModel


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, note: str = "") -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(f"Engagement Curator — {store.path.name}")
        self.events_model = EventTableModel(store)
        self.events_view = self._make_events_view()
        self.preview = EventPreview(store)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.events_view)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.splitter)
        self.events_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._make_menus()
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().showMessage(note or str(store.path))
        self._update_count()
        self._restore_geometry()

    def _make_events_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.events_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = (170, 380, 120, 150, 150, 60, 90, 100, 120)
        for column, width in enumerate(widths):
            view.setColumnWidth(column, width)
        return view

    def selected_event_id(self) -> str | None:
        rows = self.events_view.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(Qt.ItemDataRole.UserRole)
        return str(value) if value else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.preview.show_event(self.selected_event_id())

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu("&View")
        reload_action = QAction("&Reload", self)
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_action.triggered.connect(self.reload)
        view_menu.addAction(reload_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About Engagement Curator", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def reload(self) -> None:
        self.events_model.reload()
        self._update_count()

    def _update_count(self) -> None:
        count = self.events_model.rowCount()
        self.count_label.setText(f"{count} event{'s' if count != 1 else ''}")

    def _about(self) -> None:
        QMessageBox.about(self, "About Engagement Curator",
                          f"Engagement Curator {__version__}\n\n"
                          "Curate datasets of international engagement activities.\n"
                          f"Database: {self.store.path}")

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)

