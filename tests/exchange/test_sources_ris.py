"""The events' sources as RIS for a reference manager: each source once, its
date at its precision, the events it is cited for, its saved copy linked."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.db import Store
from desktop.core.exchange.sources_ris import read_ris, write_sources_ris
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


ZOTERO = """TY  - NEWS
TI  - China and Laos open an AI innovation centre
AU  - Wang, Lei
AU  - Smith, Jane
T2  - Xinhua
DA  - 2025/02/23/
PY  - 2025
UR  - https://example.org/laos-ai
Y2  - 2025-02-24 09:30:00
N1  - <p>quotes the minister</p>
L1  - {pdf}
ER  -

TY  - ELEC
TI  - Centre page
UR  - https://example.org/centre
DA  - 2025/02//
L1  - file:///nowhere/else.pdf
ER  -
"""


def test_references_from_a_reference_manager_are_read_as_sources(tmp_path: Path) -> None:
    pdf = tmp_path / "laos ai.pdf"
    pdf.write_bytes(b"%PDF-1.4 the article")
    article, page = read_ris(ZOTERO.format(pdf=pdf.as_uri()))
    assert (article.publisher, article.title, article.url) == (
        "Xinhua", "China and Laos open an AI innovation centre", "https://example.org/laos-ai")
    assert (article.published, article.accessed) == ("2025-02-23", "2025-02-24")
    assert article.note == "By Wang, Lei; Smith, Jane <p>quotes the minister</p>"
    assert article.files == [pdf]
    assert (page.published, page.files, page.publisher) == ("2025-02", [], "")


def test_the_apps_own_ris_reads_back_as_the_same_sources(ops: Operations,
                                                         tmp_path: Path) -> None:
    (event,) = ops.create_event({"title": "Summit"}).ids("event")
    ops.add_source(event, {"publisher": "Reuters", "title": "Leaders meet",
                           "url": "https://example.org/a", "published": "2025-06",
                           "accessed": "2025-07-01", "note": "the communiqué"})
    out = io.BytesIO()
    with ops.store.session() as session:
        write_sources_ris(session, out, None, ops.store.path)
    (again,) = read_ris(out.getvalue().decode("utf-8"))
    assert (again.publisher, again.title, again.url, again.published, again.accessed,
            again.note) == ("Reuters", "Leaders meet", "https://example.org/a", "2025-06",
                            "2025-07-01", "the communiqué")  # not its "Cited for:" line


def test_a_linked_file_that_holds_no_article_is_not_taken(tmp_path: Path) -> None:
    key = tmp_path / "id_ed25519"
    key.write_text("-----BEGIN OPENSSH PRIVATE KEY-----")
    page = tmp_path / "notes.txt"
    page.write_text("the article's text")
    text = (f"TY  - ELEC\nTI  - Looks harmless\nL1  - {key.as_uri()}\nL1  - {page}\n"
            "ER  -\n")
    (reference,) = read_ris(text)
    assert reference.files == [page]
