"""The events' sources as RIS for a reference manager: each source once, its
date at its precision, the events it is cited for, its saved copy linked."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.db import Store
from desktop.core.exchange.sources_ris import write_sources_ris
from desktop.core.operations import Operations
from desktop.core.saved_copies import SavedCopies


def _records(text: str) -> list[dict[str, list[str]]]:
    """RIS records as tag -> values, as a reference manager reads them."""
    records: list[dict[str, list[str]]] = []
    current: dict[str, list[str]] = {}
    for line in text.split("\r\n"):
        if not line.strip():
            continue
        tag, value = line[:2], line[6:]
        assert line[2:6] == "  - ", line
        if tag == "ER":
            records.append(current)
            current = {}
        else:
            current.setdefault(tag, []).append(value)
    return records


def test_each_source_is_one_reference_citing_its_events(ops: Operations,
                                                        tmp_path: Path) -> None:
    (summit,) = ops.create_event({"title": "BRICS Summit", "date": "2025-07-06/2025-07-07"}
                                 ).ids("event")
    (signing,) = ops.create_event({"title": "Signing of the AI memorandum",
                                   "date": "2025-07-07"}).ids("event")
    article = {"publisher": "Xinhua", "title": "Leaders meet in Rio\nfor the summit",
               "url": "https://example.org/rio", "published": "2025-07-07",
               "accessed": "2025-07-08", "note": "lists the signatories"}
    ops.add_source(summit, article)
    ops.add_source(signing, {**article, "note": ""})  # the same article, cited again
    copy = tmp_path / "agenda.pdf"
    copy.write_bytes(b"%PDF-1.4 the agenda")
    sha256, name = SavedCopies(ops.store.path).add(copy)
    ops.add_source(summit, {"url": "https://example.org/agenda", "published": "2025-06",
                            "copy_sha256": sha256, "copy_name": name})
    out = io.BytesIO()
    with ops.store.session() as session:
        assert write_sources_ris(session, out, None, ops.store.path) == 2
    news, page = _records(out.getvalue().decode("utf-8"))
    assert news["TY"] == ["NEWS"] and news["T2"] == ["Xinhua"] and news["PB"] == ["Xinhua"]
    assert news["TI"] == ["Leaders meet in Rio for the summit"]  # a field is one line
    assert (news["PY"], news["DA"], news["Y2"]) == (["2025"], ["2025/07/07/"], ["2025/07/08"])
    assert news["N1"] == ["lists the signatories", "Cited for: BRICS Summit "
                          "(2025-07-06/2025-07-07); Signing of the AI memorandum (2025-07-07)"]
    assert page["TY"] == ["ELEC"] and page["DA"] == ["2025/06//"]  # a month stays a month
    assert page["L1"] == [SavedCopies(ops.store.path).path_of(sha256, name).as_uri()]


def test_the_command_line_writes_the_sources_of_the_events_it_narrows_to(
        sample_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "sources.ris"
    assert main(["export", str(target), "--db", str(sample_store.path)]) == 0
    assert capsys.readouterr().out.startswith("Wrote 4 sources to")
    assert main(["export", str(target), "--country", "RU", "--db",
                 str(sample_store.path)]) == 0
    assert capsys.readouterr().out.startswith("Wrote 1 source to")
    (reuters,) = _records(target.read_bytes().decode("utf-8"))
    assert reuters["T2"] == ["Reuters"] and reuters["DA"] == ["2025/02//"]
    assert reuters["N1"][0] == "interview with Alexander Vedyakhin"
