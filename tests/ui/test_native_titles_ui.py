"""The native title as the analyst meets it: a field of the form under the
title, a list column shown from the header's menu, the title's tooltip."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from desktop.ui.main_window import MainWindow
from desktop.ui.table_views import RecordTableView
from tests.ui.conftest import search, titles, type_text

FORUM = "2025 ASEAN-China Media Cooperation Forum"
WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"


def _native_column(window: MainWindow) -> int:
    keys = [key for key, _title in window.events_model.columns]
    return keys.index("native_title")


def test_the_form_shows_and_saves_the_native_title_found_by_search_after(
        qtbot: QtBot, window: MainWindow) -> None:
    form = window.form
    window.events_view.setFocus()
    window.events_view.selectRow(titles(window).index(WAIC))
    assert form.native_title.text() == "世界人工智能大会"
    window.events_view.selectRow(titles(window).index(FORUM))
    assert form.native_title.text() == ""
    form.title.setFocus()
    qtbot.keyClick(form, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Nat&ive title
    assert form.native_title.hasFocus()
    type_text(qtbot, form.native_title, "2025中國—東盟媒體合作論壇")
    assert form.is_dirty()
    qtbot.keyClick(form.native_title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not form.is_dirty()
    search(qtbot, window, "媒体合作论坛")  # simplified finds what was typed traditional
    assert titles(window) == [FORUM]


def _column_menu_choices(window: MainWindow, choose: str) -> dict[str, bool]:
    """The header's right-click menu: each column with its tick; ``choose``
    is clicked."""
    shown: dict[str, bool] = {}

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            shown[action.text()] = action.isChecked()
            if action.text() == choose:
                action.trigger()
        menu.close()

    QTimer.singleShot(50, read_menu)
    window.events_view._column_menu(window.events_view.horizontalHeader().rect().center())
    return shown


def test_the_native_title_column_is_hidden_at_first_and_shown_from_the_header_menu(
        qtbot: QtBot, window: MainWindow) -> None:
    view, model = window.events_view, window.events_model
    column = _native_column(window)
    assert view.isColumnHidden(column)
    assert _column_menu_choices(window, "Native title")["Native title"] is False
    assert not view.isColumnHidden(column)
    row = titles(window).index(WAIC)
    assert model.index(row, column).data() == "世界人工智能大会"
    # the title's tooltip names it too, for when the column is hidden
    assert model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) == f"{WAIC}\n世界人工智能大会"
    view.save_layout()
    again = RecordTableView(model, "events_table", ())
    assert not again.isColumnHidden(column)  # the layout saved keeps it shown


def test_a_layout_saved_before_the_column_existed_is_not_put_on_the_wrong_columns(
        window: MainWindow) -> None:
    view = window.events_view
    header = view.horizontalHeader()
    header.hideSection(0)  # a layout with the date hidden ...
    state = header.saveState()
    settings = QSettings()
    settings.setValue("events_table/header", QByteArray(state))
    settings.remove("events_table/columns")  # ... saved by a version without the column
    again = RecordTableView(window.events_model, "events_table", ())
    assert not again.isColumnHidden(0)  # set aside: the defaults instead
    assert again.isColumnHidden(_native_column(window))
