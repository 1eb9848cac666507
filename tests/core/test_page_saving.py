"""Saving the pages of the sources without a saved copy, while there is a
network: each address fetched once, every source giving it keeps the copy."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core.models import Source
from desktop.core.operations import Operations
from desktop.core.page_saving import fetch_pages, keep_copies, pages_to_save
from desktop.core.saved_copies import SavedCopies


def test_the_pages_are_saved_once_and_kept_by_every_source(ops: Operations,
                                                           web_page: str) -> None:
    (waic,) = ops.create_event({"title": "WAIC 2025"}).ids("event")
    (forum,) = ops.create_event({"title": "Governance forum"}).ids("event")
    article = f"{web_page}/news/waic.html"
    ops.add_source(waic, {"publisher": "Xinhua", "url": article})
    ops.add_source(forum, {"publisher": "Xinhua", "url": article})  # the same page
    ops.add_source(forum, {"publisher": "CGTN", "url": f"{web_page}/news/removed.html"})
    ops.add_source(forum, {"publisher": "Interview notes"})  # no address: nothing to save
    with ops.store.session() as session:
        pages = pages_to_save(session, None)
        assert pages_to_save(session, [waic]) == pages[:1]
    assert [(page.event_title, page.url) for page in pages] == [
        ("WAIC 2025", article), ("Governance forum", article),
        ("Governance forum", f"{web_page}/news/removed.html")]
    seen: list[tuple[int, int]] = []
    result = fetch_pages(pages, ops.store.path, lambda done, total: seen.append((done, total)))
    assert seen[-1] == (2, 2)  # two addresses, the article fetched once
    assert list(result.failed) == [f"{web_page}/news/removed.html"]
    assert result.failed[f"{web_page}/news/removed.html"].endswith("could not be saved: "
                                                                  "File not found")
    assert len(result.copies) == 2 and len(set(result.copies.values())) == 1
    report = keep_copies(ops, result.copies)
    assert len(report.changes) == 2
    with ops.store.session() as session:
        kept = {source.url: (source.copy_sha256, source.copy_name)
                for source in session.scalars(select(Source)) if source.copy_sha256}
        assert pages_to_save(session, None) == pages[2:]  # the one that failed is left
    sha256, name = kept[article]
    assert name == "waic.html"
    copy = SavedCopies(ops.store.path).find(sha256, name)
    assert copy is not None and "世界人工智能大会" in copy.read_text(encoding="utf-8")


def test_the_command_line_saves_the_pages_and_names_what_failed(
        ops: Operations, web_page: str, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop.cli import main

    (event,) = ops.create_event({"title": "WAIC 2025"}).ids("event")
    ops.add_source(event, {"url": f"{web_page}/news/waic.html"})
    ops.add_source(event, {"url": f"{web_page}/news/removed.html"})
    assert main(["save-pages", "--db", str(ops.store.path)]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "1 of 2 pages saved, kept by 1 source"
    assert f"not saved\t{web_page}/news/removed.html\t" in captured.err
    with ops.store.session() as session:
        assert [page.url for page in pages_to_save(session, None)] == [
            f"{web_page}/news/removed.html"]
