"""The event form's sources: attach a saved copy of the article, save it with
the event, open it with the system's program for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from desktop.core.saved_copies import copies_folder
from desktop.ui.main_window import MainWindow
from desktop.ui.source_editor import COPY
from tests.ui.conftest import titles

WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"


def test_attach_save_and_open_a_saved_copy(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "xinhua.pdf"
    article.write_bytes(b"%PDF-1.4 the article as it was read")
    monkeypatch.setattr("desktop.ui.source_editor.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(article), "Any file (*)"))
    opened: list[QUrl] = []
    monkeypatch.setattr("desktop.ui.source_editor.QDesktopServices.openUrl", opened.append)
    window.events_view.selectRow(titles(window).index(WAIC))
    editor = window.form.sources
    editor.table.setCurrentCell(0, 0)
    editor.ask_and_attach()  # the "Attach copy…" button
    assert editor.table.item(0, COPY).text() == "xinhua.pdf"
    assert window.form.is_dirty()
    assert window.form.save()
    assert window.form.sources.table.item(0, COPY).text() == "xinhua.pdf"  # as stored
    window.form.sources.table.setCurrentCell(0, COPY)
    window.form.sources.open_copy()  # the "Open copy" button
    (url,) = opened
    stored = Path(url.toLocalFile())
    assert stored.parent == copies_folder(window.store.path)
    assert stored.read_bytes() == article.read_bytes()
    article.unlink()  # the copy does not depend on the file attached
    assert stored.is_file()


def test_a_file_dropped_on_a_source_is_its_saved_copy(qtbot: QtBot, window: MainWindow,
                                                      tmp_path: Path) -> None:
    article = tmp_path / "人民日报 page.html"
    article.write_text("<html>the page as it was</html>", encoding="utf-8")
    window.events_view.selectRow(titles(window).index(WAIC))
    table = window.form.sources.table
    assert _drop(table, article, row=1)  # the source's, not the window's import
    qtbot.waitUntil(lambda: table.item(1, COPY).text() == "人民日报 page.html")
    assert window.form.sources.sources[1].copy_name == "人民日报 page.html"
    assert window.form.sources.sources[0].copy_sha256 == ""


def test_save_page_keeps_the_page_at_the_sources_url(qtbot: QtBot, window: MainWindow,
                                                     web_page: str) -> None:
    from desktop.ui.source_editor import HEADERS

    window.events_view.selectRow(titles(window).index(WAIC))
    table = window.form.sources.table
    url_column = HEADERS.index("URL")
    table.item(0, url_column).setText(f"{web_page}/news/waic.html")  # as typed in the cell
    table.setCurrentCell(0, url_column)
    assert window.form.sources.save_page()  # the "Save page" button
    assert table.item(0, COPY).text() == "waic.html"
    assert window.form.save()


def test_a_ris_file_dropped_on_the_sources_adds_its_references(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from tests.exchange.test_sources_ris import ZOTERO

    pdf = tmp_path / "laos ai.pdf"
    pdf.write_bytes(b"%PDF-1.4 the article")
    references = tmp_path / "Exported Items.ris"
    references.write_text(ZOTERO.format(pdf=pdf.as_uri()), encoding="utf-8")
    window.events_view.selectRow(titles(window).index(WAIC))
    editor = window.form.sources
    before = len(editor.sources)
    table = editor.table
    assert _drop(table, references, row=0)
    qtbot.waitUntil(lambda: len(editor.sources) == before + 2)
    added = editor.sources[before]
    assert (added.publisher, added.url, added.published) == (
        "Xinhua", "https://example.org/laos-ai", "2025-02-23")
    assert table.item(before, COPY).text() == "laos ai.pdf"  # the PDF Zotero kept
    assert editor.sources[0].copy_sha256 == ""  # the row it fell on is left as it was
    assert window.form.save()
    assert len(window.form.sources.sources) == before + 2  # stored with the event


def _drop(table: QTableWidget, path: Path, *, row: int) -> bool:
    """Drag ``path`` from a file manager onto the table's ``row``, as a mouse
    does (enter, then drop); whether the table took it."""
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    position = QPointF(table.visualRect(table.model().index(row, 0)).center())
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(table.viewport(), enter)
    drop = QDropEvent(position, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(table.viewport(), drop)
    return enter.isAccepted() and drop.isAccepted()
