"""Tab from pane to pane in the order the window is laid out.

Qt's Tab follows the order the widgets were made in.  The window makes its
panes once the store is open, so the events list was followed by the tab bar
above it, the search box and the filters, and the form it opens was
seventeen presses of Tab away.  Within a pane Tab keeps Qt's order (the
forms set their own); when it would leave the pane, it goes to the first
widget of the next pane instead (Shift+Tab: to the last of the one before).
The chain itself is left as it is: moving every widget of a built window in
it is fragile (a widget that takes no focus is never moved, and a table
whose viewport was moved broke).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSplitter, QStackedWidget, QTabWidget, QWidget


def _takes_tab(widget: QWidget, window: QWidget) -> bool:
    """Whether Tab can stop at ``widget``, as Qt decides it: a widget that
    passes its focus to another is reached through that one instead."""
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.focusProxy() is None
            and widget.isVisibleTo(window) and widget.isEnabled())


def _pane_of(widget: QWidget, panes: Sequence[QWidget]) -> int:
    """The index of the first pane holding ``widget``; past the last for a
    widget in none of them (a dock)."""
    return next((index for index, pane in enumerate(panes)
                 if pane is widget or pane.isAncestorOf(widget)), len(panes))


def _stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab can stop at, in the window's chain from its start."""
    stops: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _step in range(10_000):  # a chain is a ring; the bound only guards
        if widget is None or widget is window:
            break
        if _takes_tab(widget, window):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def across_panes(window: QWidget, panes: Sequence[QWidget], forward: bool) -> QWidget | None:
    """Where Tab (or Shift+Tab) goes from the focused widget when Qt's next
    stop is in another pane: the first (last) stop of the next (previous)
    pane that has one.  None when Tab stays in its pane: Qt's own step."""
    focused = QApplication.focusWidget()
    if focused is None or not window.isAncestorOf(focused):
        return None
    stops = _stops(window)
    if len(stops) < 2:
        return None
    at = stops.index(focused) if focused in stops else None
    if at is None:
        return None
    qt_next = stops[(at + (1 if forward else -1)) % len(stops)]
    here = _pane_of(focused, panes)
    if _pane_of(qt_next, panes) == here:
        return None
    groups = len(panes) + 1
    for step in range(1, groups + 1):
        pane = (here + (step if forward else -step)) % groups
        in_pane = [stop for stop in stops if _pane_of(stop, panes) == pane]
        if in_pane:
            return in_pane[0] if forward else in_pane[-1]
    return None


def laid_out(search: QWidget, sides: QSplitter, tabs: QTabWidget,
             details: QTabWidget) -> list[QWidget]:
    """The main window's panes in the order Tab goes through them: the
    search (its bar), the filters (the splitter's first pane), the tab bar and the
    list (or the participants or the timeline), the form the list opens,
    then the form's tab bar."""
    panes = [search.parentWidget() or search, sides.widget(0), tabs.tabBar(),
             tabs.findChild(QStackedWidget), details.findChild(QStackedWidget),
             details.tabBar()]
    return [pane for pane in panes if pane is not None]


def tab_to_next_pane(window: QWidget, panes: Sequence[QWidget], forward: bool) -> bool:
    """Move the focus as Tab (Shift+Tab) does when it leaves a pane; False
    when it stays in its pane, for Qt to take its own step."""
    target = across_panes(window, panes, forward)
    if target is None:
        return False
    target.setFocus(Qt.FocusReason.TabFocusReason if forward
                    else Qt.FocusReason.BacktabFocusReason)
    return True
