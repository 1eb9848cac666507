"""A chronology with the saved copies it cites, in one zip to hand over: each
source links to its copy, and a copy not on this computer is said missing."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.exchange.evidence_pack import write_evidence_pack
from desktop.core.filters import EventFilter
from desktop.core.operations import Operations
from desktop.core.saved_copies import SavedCopies, package_name


def _cited(ops: Operations, tmp_path: Path) -> tuple[str, str]:
    """Two events: one citing a page kept here, one a copy that is not (it
    came with a colleague's JSON file); the kept copy's (sha256, name)."""
    page = tmp_path / "新华社 forum.html"
    page.write_text("<html>中老人工智能合作论坛 opens in Vientiane</html>", encoding="utf-8")
    sha256, name = SavedCopies(ops.store.path).add(page)
    (forum,) = ops.create_event({"title": "中老人工智能合作论坛", "date": "2025-07-28",
                                 "country": "LA"}).ids("event")
    ops.add_source(forum, {"publisher": "Xinhua", "url": "https://example.org/forum",
                           "copy_sha256": sha256, "copy_name": name})
    (summit,) = ops.create_event({"title": "BRICS Summit", "date": "2025-07-06",
                                  "country": "BR"}).ids("event")
    ops.add_source(summit, {"publisher": "Reuters", "copy_sha256": "ab" * 32,
                            "copy_name": "reuters.pdf"})
    return sha256, name


def test_the_pack_holds_the_chronology_and_the_copies_it_links_to(
        ops: Operations, tmp_path: Path) -> None:
    sha256, name = _cited(ops, tmp_path)
    target = tmp_path / "report.zip"
    with ops.store.session() as session:
        assert write_evidence_pack(session, target, None, ops.store.path) == 2
    with zipfile.ZipFile(target) as pack:
        names = set(pack.namelist())
        page = pack.read("chronology.html").decode("utf-8")
        kept = f"files/{package_name(sha256, name)}"
        assert names == {"chronology.html", kept, "files/MISSING.txt"}
        assert pack.read(kept) == SavedCopies(ops.store.path).find(sha256, name).read_bytes()
        assert "reuters.pdf" in pack.read("files/MISSING.txt").decode("utf-8")
    # the forum's source links to its copy in the pack, beside its web address
    assert re.search(rf'example.org/forum</a> \(<a href="{re.escape(kept)}">saved copy</a>\)',
                     page)
    assert "中老人工智能合作论坛" in page


def test_a_pack_of_some_events_holds_their_copies_alone(
        ops: Operations, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _cited(ops, tmp_path)
    target = tmp_path / "brazil.zip"
    with ops.store.session() as session:
        write_evidence_pack(session, target, EventFilter(country=frozenset({"BR"})),
                            ops.store.path)
    with zipfile.ZipFile(target) as pack:
        assert set(pack.namelist()) == {"chronology.html", "files/MISSING.txt"}
    cli = tmp_path / "all.zip"
    assert main(["export", str(cli), "--format", "pack", "--db", str(ops.store.path)]) == 0
    assert "Wrote 2 events" in capsys.readouterr().out
    with zipfile.ZipFile(cli) as pack:
        assert len(pack.namelist()) == 3
