"""The text of the sources' saved copies, read once and searched: what the
articles said, found in any case and either Chinese character set."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.copy_texts import (
    CopyTexts,
    extract_text,
    saved_copies_named,
    sources_citing,
)
from desktop.core.operations import Operations
from desktop.core.saved_copies import SavedCopies
from desktop.core.search import fold

PAGE = ("<html><head><title>WAIC 2025 opens</title><style>p {color: red}</style>"
        "<script>var tracking = 'hidden words';</script></head><body>"
        "<h1>World AI Conference opens in Shanghai</h1>"
        "<p>Premier Li Qiang proposed a global AI cooperation organisation.</p>"
        "<p>世界人工智能合作組織將總部設在上海。</p></body></html>")


def pdf_file(path: Path, text: str) -> Path:
    """A one-page PDF holding ``text``, as a printer driver writes one (Qt's)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(QRectF(0, 0, 9000, 2000), text)
    painter.end()
    return path


def test_the_text_of_a_page_a_pdf_and_a_text_file_is_read(qapp: object,
                                                           tmp_path: Path) -> None:
    page = tmp_path / "waic.html"
    page.write_text(PAGE, encoding="utf-8")
    text = extract_text(page)
    assert "Premier Li Qiang proposed" in text and "WAIC 2025 opens" in text
    assert "hidden words" not in text and "color" not in text
    pdf = pdf_file(tmp_path / "forum.pdf", "Vice Minister Wang Lei spoke at the 中老人工智能 "
                                           "forum in Vientiane.")
    assert "Vientiane" in extract_text(pdf)
    notes = tmp_path / "notes.txt"
    notes.write_text("Interview notes: 王磊", encoding="utf-16")
    assert extract_text(notes) == "Interview notes: 王磊"
    picture = tmp_path / "screenshot.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert extract_text(picture) == ""
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    assert extract_text(broken) == ""


def test_the_chinese_of_a_pdf_is_read_as_characters(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtGui import QFontDatabase

    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        # Without one the PDF holds no glyph for its Chinese (.ci/run installs one).
        pytest.skip("no font that writes Chinese is installed")
    pdf = pdf_file(tmp_path / "forum.pdf", "Vice Minister Wang Lei spoke at the 中老人工智能 "
                                           "forum in Vientiane.")
    assert "中老人工智能" in fold(extract_text(pdf))  # its CJK radicals read as characters

def test_the_copies_holding_every_term_are_found_with_their_events(
        ops: Operations, tmp_path: Path) -> None:
    copies = SavedCopies(ops.store.path)
    page = tmp_path / "waic.html"
    page.write_text(PAGE, encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("Li Qiang met the delegation.", encoding="utf-8")
    page_copy, notes_copy = copies.add(page), copies.add(notes)
    (waic,) = ops.create_event({"title": "WAIC 2025", "date": "2025-07-26"}).ids("event")
    (meeting,) = ops.create_event({"title": "Delegation meeting"}).ids("event")
    for event, (sha256, name), publisher in ((waic, page_copy, "Xinhua"),
                                             (meeting, notes_copy, "Notes"),
                                             (meeting, page_copy, "Xinhua")):
        ops.add_source(event, {"publisher": publisher, "copy_sha256": sha256,
                               "copy_name": name})
    texts = CopyTexts(ops.store.path)
    with ops.store.session() as session:
        named = saved_copies_named(session)
    assert sorted(named) == sorted([page_copy, notes_copy])
    assert texts.read(texts.missing(named)) == 2
    assert texts.missing(named) == []  # read once
    both = texts.search("li qiang")
    assert {match.sha256 for match in both} == {page_copy[0], notes_copy[0]}
    (only_page,) = texts.search('"global AI cooperation" qiang')
    assert only_page.sha256 == page_copy[0]
    assert "Premier Li Qiang proposed a global AI cooperation organisation." in (
        only_page.snippet)
    # the page writes 組織 and 總部 (traditional): a simplified query finds them
    (chinese,) = texts.search("组织 总部")
    assert chinese.sha256 == page_copy[0] and "合作組織" in chinese.snippet
    assert texts.search("Vientiane") == [] and texts.search("  ") == []
    # read as the list's search is: a term left out, either of two terms
    (only_notes,) = texts.search("qiang -premier")
    assert only_notes.sha256 == notes_copy[0]
    assert {m.sha256 for m in texts.search("delegation OR 总部")} == {page_copy[0],
                                                                      notes_copy[0]}
    assert texts.search("Vientiane OR 万象") == []
    with ops.store.session() as session:
        cited = sources_citing(session, [page_copy[0]])
    assert [(c.event_title, c.publisher) for c in cited] == [("WAIC 2025", "Xinhua"),
                                                             ("Delegation meeting", "Xinhua")]


def test_a_copy_whose_file_is_gone_is_left_for_later(ops: Operations) -> None:
    texts = CopyTexts(ops.store.path)
    assert texts.read([("0" * 64, "gone.pdf")]) == 0
    assert texts.missing([("0" * 64, "gone.pdf")]) == [("0" * 64, "gone.pdf")]
