"""The main window: menus, the events list and a status bar.

Signals: none of its own; it listens to the widgets it holds.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
)

from desktop import __version__
from desktop.core.db import Store
from desktop.ui.event_table_model import EventTableModel


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, note: str = "") -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(f"Engagement Curator — {store.path.name}")
        self.events_model = EventTableModel(store)
        self.events_view = self._make_events_view()
        self.setCentralWidget(self.events_view)
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
        widths = (170, 420, 130, 170, 170, 70, 95, 100, 130)
        for column, width in enumerate(widths):
            view.setColumnWidth(column, width)
        return view

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

