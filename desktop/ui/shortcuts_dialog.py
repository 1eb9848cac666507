"""Help ▸ Keyboard shortcuts (F1): every key the window answers to, read from
its menus (so the list stays true as actions are added) and followed by the
keys that belong to a list, the timeline or a dialog rather than a menu."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

# Keys that are not on a menu, where they work.
OTHER_KEYS = (
    ("Lists", (("Enter", "open the selected event (or participant) in the form"),
               ("Delete", "delete the chosen events or participants, after asking"),
               ("Letters", "begin a new search with them"),
               ("Shift-click, Ctrl-click, Ctrl+A", "choose several rows"),
               ("Ctrl+C", "copy the chosen rows, tab-separated"),
               ("Tab, Shift+Tab", "leave the list for the next or previous field (the "
                                  "arrows move in it)"))),
    ("Search and forms", (("Esc", "clear the search, or drop the form's unsaved edits"),
                          ("↓, Enter in the search", "go on to the list of what it found"),
                          ("Alt+letter", "go to the form's field of that underlined letter"),
                          ("Delete, Backspace", "remove the current row of the form's "
                                                "participants, sources or related events"))),
    ("Timeline", (("Wheel, + / −", "zoom around the pointer"),
                  ("Drag, ← / →", "move in time (with Shift: a page)"),
                  ("Shift+wheel, ↑ / ↓", "scroll the lanes"),
                  ("Home", "show everything"),
                  ("Ctrl+G", "go to a date"),
                  ("Ctrl+← / →", "select the previous or next event in the lane"),
                  ("Ctrl+↑ / ↓", "select the event nearest in time in the lane above "
                                 "or below"),
                  ("Ctrl-click", "choose an event with the others, or no longer"),
                  ("Enter, double-click", "edit the selected event"),
                  ("Delete", "delete the chosen events, after asking"),
                  ("Right-click, menu key", "the event's or the lane's menu"))),
    ("Vocabularies", (("Enter, F2, double-click", "rename the value"),
                      ("Delete", "remove the value, if nothing has it"))),
    ("Who works with whom", (("→ / ←", "move from participant to participant"),
                             ("Enter, double-click", "choose the participant's events"),
                             ("Esc", "let go of the participant"))),
)


def _menu_keys(menu: QMenu) -> list[tuple[str, str]]:
    """(keys, what they do) for each action of the menu and its submenus."""
    found: list[tuple[str, str]] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += _menu_keys(submenu)
        elif not action.shortcut().isEmpty():
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            found.append((action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                          text.rstrip("…").strip()))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle("Keyboard shortcuts")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Keys", "Does"])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName("Keyboard shortcuts")
        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu) and (found := _menu_keys(menu)):
                self._group(action.text().replace("&", "") + " menu", found)
        for title, keys in OTHER_KEYS:
            self._group(title, list(keys))
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(close)
        # Wide enough for the longest line whole (at 640 pixels some were cut
        # at the edge), if the screen has room; each line's tooltip holds it too.
        self.tree.resizeColumnToContents(1)
        lines = self.tree.columnWidth(0) + self.tree.columnWidth(1)
        chrome = self.tree.verticalScrollBar().sizeHint().width() + 2 * self.tree.frameWidth()
        margins = layout.contentsMargins()
        wanted = lines + chrome + margins.left() + margins.right() + 8
        screen = QGuiApplication.primaryScreen()
        room = screen.availableGeometry().width() * 9 // 10 if screen is not None else wanted
        self.resize(max(640, min(wanted, room)), 640)

    def _group(self, title: str, keys: list[tuple[str, str]]) -> None:
        heading = QTreeWidgetItem(self.tree, [title, ""])
        font = heading.font(0)
        font.setBold(True)
        heading.setFont(0, font)
        for key, does in keys:
            line = QTreeWidgetItem(heading, [key, does])
            line.setToolTip(1, does)

    def rows(self) -> list[tuple[str, str]]:
        """Every (keys, does) line, for whoever reads the list (and tests)."""
        lines: list[tuple[str, str]] = []
        for number in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(number)
            for child in (group.child(n) for n in range(group.childCount())) if group else ():
                if child is not None:
                    lines.append((child.text(0), child.text(1)))
        return lines
