"""The main window's menus and their actions.

Every menu is there from the first frame (the window must not jump when the
store arrives); the actions that need the store stay off until ``enable``.
The actions call the window's methods when triggered, so the panes they reach
may be built after the menus.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop import __version__
from desktop.ui.database_files import DatabaseActions, remember_database
from desktop.ui.modal import modal, run_modal

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QUndoView

    from desktop.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None


class WindowMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.store_actions: list[QAction] = []
        self.undo_view: QUndoView | None = None  # made when first shown
        bar = window.menuBar()
        self._file_menu(bar.addMenu("&File"))
        self._edit_menu(bar.addMenu("&Edit"))
        self._view_menu(bar.addMenu("&View"))
        self._tools_menu(bar.addMenu("&Tools"))
        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self._show_shortcuts,
                     QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, "&About Engagement Curator", self._about)

    def _file_menu(self, menu: QMenu) -> None:
        w = self.window
        self.databases = DatabaseActions(w, w.path)
        self.databases.add_to(menu)
        if not w.read_only:  # a backup opened to look at is not a dataset to go back to
            remember_database(w.path)
        menu.addSeparator()
        self.new = self._action(menu, "&New event", w.new_event, QKeySequence.StandardKey.New,
                                store=True)
        self.new_from_text = self._action(menu, "New event from te&xt…",
                                          self._new_event_from_text, "Ctrl+Shift+N", store=True)
        self.new_participant = self._action(menu, "New &participant", self._new_participant,
                                            "Ctrl+Shift+P", store=True)
        # The form in view: the participant's when the Participant tab is showing.
        self.save = self._action(menu, "&Save", lambda: (
            w.participant_form if w.details.currentWidget() is w.participant_form
            else w.form).save(), QKeySequence.StandardKey.Save, store=True)
        menu.addSeparator()
        self.import_ = self._action(menu, "&Import…", lambda: w.exchange.ask_and_import(),
                                    "Ctrl+I", store=True)
        self.paste_rows = self._action(menu, "Import rows from the c&lipboard…",
                                       lambda: w.exchange.paste_table(), "Ctrl+Shift+V",
                                       store=True)
        self._action(menu, "&Export…", lambda: w.exchange.ask_and_export(
            w.events_model.event_filter, w.events_model.rowCount(), w.events_model.total,
            w.batch.selected_ids, w.batch.count()), "Ctrl+E", store=True)
        self._action(menu, "Export &timeline picture…", lambda: w.timeline.ask_and_export(),
                     store=True)
        menu.addSeparator()
        self._action(menu, "&Backups…", lambda: w.maintenance.show_backups(), store=True)
        menu.addSeparator()
        self._action(menu, "&Quit", w.close, QKeySequence.StandardKey.Quit)

    def _edit_menu(self, menu: QMenu) -> None:
        w = self.window
        # Connected to the undo stack by ``follow``; enabled while it has a step.
        self.undo = QAction("&Undo", self)
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo = QAction("&Redo", self)
        self.redo.setShortcuts(redo_keys(QKeySequence(QKeySequence.StandardKey.Redo)))
        for action in (self.undo, self.redo):
            action.setEnabled(False)
            menu.addAction(action)
        menu.addSeparator()
        self._action(menu, "&Find…", w.focus_search, QKeySequence.StandardKey.Find)
        self._action(menu, "&Preferences…", self.edit_preferences,
                     QKeySequence.StandardKey.Preferences, store=True)
        self.duplicate = self._action(menu, "D&uplicate event", w.duplicate_current_event,
                                      "Ctrl+D", store=True)
        self.copy_for_report = self._action(menu, "C&opy event for a report",
                                            self._copy_event, "Ctrl+Shift+C", store=True)
        self.copy_timeline = self._action(menu, "Copy time&line picture",
                                          lambda: w.timeline.copy_picture(), store=True)
        self.verify = self._action(menu, "&Verify and go to the next event",
                                   self._verify_and_next, store=True)
        # Return on the main keys, Enter on the number pad
        self.verify.setShortcuts([QKeySequence("Ctrl+Shift+Return"),
                                  QKeySequence("Ctrl+Shift+Enter")])
        self.change_selected = self._action(menu, "C&hange selected events…",
                                            lambda: w.batch.change_selected(), "Ctrl+Shift+E",
                                            store=True)
        # Ctrl+H; Qt's standard "Replace" key is none at all on some Linux
        # desktops, and Cmd+H hides an app on macOS, which keeps its own.
        self.replace = self._action(menu, "Find and re&place in selected events…",
                                    lambda: w.batch.replace_in_selected(),
                                    QKeySequence.StandardKey.Replace if sys.platform == "darwin"
                                    else "Ctrl+H", store=True)
        self.delete = self._action(menu, "&Delete selected events…",
                                   lambda: w.batch.deletion.delete_selected(), store=True)
        delete_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), w.events_view)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(
            lambda: w.batch.deletion.delete_selected() if w.is_ready else None)

    def _view_menu(self, menu: QMenu) -> None:
        w = self.window
        for index, (label, keys) in enumerate((("&Events", "Ctrl+1"),
                                               ("&Participants", "Ctrl+2"),
                                               ("&Timeline", "Ctrl+3"))):
            self._action(menu, label, partial(self._show_view, index), keys)
        self._action(menu, "&Clear filters", lambda: w.filter_panel.clear(), store=True)
        self._action(menu, "Undo &history", self.show_undo_history, store=True)
        self._action(menu, "&Activity…", self._show_activity, "Ctrl+Shift+H", store=True)
        self._action(menu, "&Reload", w.reload, QKeySequence.StandardKey.Refresh, store=True)

    def _show_view(self, index: int) -> None:
        """Show a tab and put the keys on it: Ctrl+1 from the form went to the
        Events tab but left the keys in the form, so ↓ did not move through
        the list.  From the search box they stay there, for the search to be
        typed on while its events are looked at."""
        w = self.window
        w.tabs.setCurrentIndex(index)
        if not w.is_ready or w.search_box.hasFocus():
            return
        view = w.tabs.currentWidget()
        target = w.timeline.canvas if view is w.timeline else view
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _tools_menu(self, menu: QMenu) -> None:
        w = self.window
        self._action(menu, "&Check database", lambda: w.maintenance.check(), store=True)
        self._action(menu, "Gaps in the d&ata…", self._show_gaps, store=True)
        menu.addSeparator()  # the sources' web addresses and saved copies
        self._action(menu, "Check source &links…", self._check_links, store=True)
        self.save_pages = self._action(menu, "&Save the sources' pages…", self._save_pages,
                                       store=True)
        self._action(menu, "&Find in saved copies…", self._find_in_copies, "Ctrl+Shift+F",
                     store=True)
        menu.addSeparator()
        self._action(menu, "Find duplicate &participants…",
                     lambda: self._find_duplicates("participant"), store=True)
        self._action(menu, "Find duplicate &events…", lambda: self._find_duplicates("event"),
                     store=True)
        self._action(menu, "Find &mentions in all events…", lambda: self._find_mentions(None),
                     store=True)
        self._action(menu, "Find mentions in this e&vent…", lambda: self._find_mentions(
            [w.selection.current] if w.selection.current else []), store=True)
        self.tidy_places = self._action(menu, "&Tidy places…", lambda: self._tidy("place"),
                                        store=True)
        self.tidy_tags = self._action(menu, "Tidy ta&gs…", lambda: self._tidy("tag"),
                                      store=True)
        self.tidy_publishers = self._action(menu, "Tidy pu&blishers…",
                                            lambda: self._tidy("publisher"), store=True)
        self._action(menu, "Vocabular&ies…", self._show_vocabularies, store=True)
        menu.addSeparator()
        self._action(menu, "C&ount events by period…", self._show_tally, "Ctrl+Shift+T",
                     store=True)
        self._action(menu, "&Who works with whom…", self._show_network, "Ctrl+Shift+W",
                     store=True)
        self._action(menu, "Compare two pe&riods…", self._compare_periods, store=True)

    def show_undo_history(self) -> None:
        if self.undo_view is None:
            # Imported here: creating these classes' enums costs the first frame 4 ms.
            from PySide6.QtWidgets import QDockWidget, QUndoView

            self.undo_view = QUndoView(self.window.editor.undo_stack)
            self.undo_view.setEmptyLabel("Opened the database")
            dock = QDockWidget("Undo history", self.window)
            dock.setObjectName("undo_history")
            dock.setWidget(self.undo_view)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        parent = self.undo_view.parentWidget()
        if parent is not None:
            parent.show()

    def edit_preferences(self) -> None:
        from desktop.ui.preferences import PreferencesDialog, analyst_name

        w = self.window
        if run_modal(PreferencesDialog(w)):
            w.editor.ops.analyst = analyst_name()
        w.statusBar().showMessage(f"Edits are recorded as {w.editor.ops.analyst or '—'}", 5000)

    def _tidy(self, kind: str) -> None:
        from desktop.ui.place_dialog import PlaceDialog

        # the spellings are found beside the window before the dialog shows
        run_modal(PlaceDialog(self.window.editor, self.window, kind))

    def _find_duplicates(self, kind: str) -> None:
        # Imported here: fuzzy matching is not needed to open the window.
        from desktop.ui.identity_dialogs import DuplicatesDialog

        run_modal(DuplicatesDialog(self.window.editor, kind, self.window))

    def _find_mentions(self, event_ids: list[str] | None) -> None:
        from desktop.ui.mentions_dialog import MentionsDialog

        run_modal(MentionsDialog(self.window.editor, event_ids, self.window))

    def _show_vocabularies(self) -> None:
        from desktop.ui.vocabulary_dialog import show_vocabularies

        show_vocabularies(self.window.editor, self.window)

    def _show_gaps(self) -> None:
        from desktop.ui.gaps_dialog import GapsDialog

        run_modal(GapsDialog(self.window))  # the gaps are counted beside the window first

    def _find_in_copies(self) -> None:
        from desktop.ui.copy_search_dialog import find_in_saved_copies

        self.copy_search = find_in_saved_copies(self.window)

    def _save_pages(self) -> None:
        from desktop.ui.page_saving_actions import save_source_pages

        save_source_pages(self.window)

    def _check_links(self) -> None:
        from desktop.ui.link_check_dialog import check_source_links

        self.link_check = check_source_links(self.window)

    def _show_activity(self) -> None:
        from desktop.ui.activity_dialog import show_activity

        show_activity(self.window)

    def _about(self) -> None:
        QMessageBox.about(self.window, "About Engagement Curator",
                          f"Engagement Curator {__version__}\n\n"
                          "Curate datasets of international engagement activities.\n"
                          f"Database: {self.window.path}\n\n"
                          "Towns: GeoNames (geonames.org), CC BY 4.0.")

    def _show_shortcuts(self) -> None:
        from desktop.ui.shortcuts_dialog import ShortcutsDialog

        run_modal(ShortcutsDialog(self.window))

    def _show_network(self) -> None:
        from desktop.ui.network_dialog import show_network

        show_network(self.window)

    def _compare_periods(self) -> None:
        from desktop.ui.network_change_dialog import show_network_change

        show_network_change(self.window)

    def _show_tally(self) -> None:
        from desktop.ui.tally_dialog import show_tally

        show_tally(self.window)

    def _copy_event(self) -> None:
        """The current event as the chronology writes it, on the clipboard: as
        HTML for Word or LibreOffice, as Markdown text for everything else."""
        from PySide6.QtCore import QMimeData
        from PySide6.QtGui import QGuiApplication

        from desktop.core.exchange.chronology import event_texts
        from desktop.core.exchange.json_export import connection_of

        w = self.window
        event_id = w.selection.current
        if event_id is None:
            w.statusBar().showMessage("Choose an event to copy first", 5000)
            return
        with w.store.session() as session:
            as_html, as_text = event_texts(connection_of(session), event_id)
        mime = QMimeData()
        mime.setHtml(as_html)
        mime.setText(as_text)
        QGuiApplication.clipboard().setMimeData(mime)
        w.statusBar().showMessage("Copied the event as the chronology writes it (paste it "
                                  "into a report)", 5000)

    def _verify_and_next(self) -> None:
        from desktop.ui.review_flow import verify_and_next

        verify_and_next(self.window)

    def _new_participant(self) -> None:
        """An empty participant form: an organisation to name as a parent or an
        affiliation, or a person, before any event of theirs is entered."""
        w = self.window
        form = w.participant_form
        if not form.confirm_leave():
            return
        # The list's current row too: clicked again, it was not shown (not a change).
        w.participants_view.selectionModel().clear()
        form.load(None)
        w.history.show_record(None)  # the History tab is the form's record's: none yet
        w.details.setCurrentWidget(form)
        form.focus_field(form.name)

    def _new_event_from_text(self) -> None:
        """Paste a text, and start a new event in the form with what it says."""
        from PySide6.QtWidgets import QDialog

        from desktop.ui.event_from_text_dialog import EventFromTextDialog

        w = self.window
        dialog = EventFromTextDialog(w.store, w)
        with modal(dialog) as answer:
            if answer != QDialog.DialogCode.Accepted:
                return
            if dialog.as_page:
                w.exchange.import_page(dialog.items, dialog.page_source())
                return
            w.new_event()  # asks about unsaved edits first
            if w.form.record_id is None and not w.form.is_dirty():
                w.form.start_new(dialog.event_data())
                if dialog.proposal.native_title:  # a Chinese headline: the title to write
                    w.form.title.selectAll()

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                shortcut: Shortcut = None, *, store: bool = False) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        if store:
            action.setEnabled(False)
            self.store_actions.append(action)
        return action

    @property
    def editing_actions(self) -> list[QAction]:
        """What a read-only window keeps off (the operations refuse edits anyway)."""
        return [self.new, self.new_from_text, self.new_participant, self.save, self.import_,
                self.paste_rows,
                self.duplicate, self.verify, self.change_selected,
                self.replace, self.delete, self.tidy_places, self.tidy_tags,
                self.tidy_publishers, self.save_pages]

    def enable(self, *, read_only: bool) -> None:
        """The store is attached: its actions on, but for edits in a read-only
        window and Delete, which waits for an event to be chosen."""
        editing = self.editing_actions
        for action in self.store_actions:
            action.setEnabled(not (read_only and action in editing))
        self.delete.setEnabled(False)
        self.duplicate.setEnabled(False)
        self.change_selected.setEnabled(False)

    def follow(self, stack: QUndoStack) -> None:
        self.undo.triggered.connect(stack.undo)
        self.redo.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        # Bound methods, not lambdas: Qt drops them with the window.
        stack.undoTextChanged.connect(self._undo_text_changed)
        stack.redoTextChanged.connect(self._redo_text_changed)

    def _undo_text_changed(self, text: str) -> None:
        self.undo.setText(f"&Undo {text}".strip())

    def _redo_text_changed(self, text: str) -> None:
        self.redo.setText(f"&Redo {text}".strip())


def redo_keys(systems_redo: QKeySequence) -> list[QKeySequence]:
    """Ctrl+Shift+Z everywhere, and the system's own Redo key (Ctrl+Y on
    Windows) — each once.  On Linux the system's own is Ctrl+Shift+Z: given
    twice, the key was "ambiguous" to Qt and redid nothing."""
    keys = [QKeySequence("Ctrl+Shift+Z")]
    return keys if systems_redo in keys or systems_redo.isEmpty() else [*keys, systems_redo]
