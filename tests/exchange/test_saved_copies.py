"""Saved copies of sources: stored once by their SHA-256 beside the database,
named in the JSON document, carried and checked by the Data Package."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core.bootstrap import create_database
from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.event_form_data import SourceData, load_event, save_event
from desktop.core.exchange.datapackage import write_datapackage
from desktop.core.exchange.datapackage_reader import plan_datapackage
from desktop.core.exchange.json_import import apply_import
from desktop.core.models import Event
from desktop.core.operations import Operations
from desktop.core.saved_copies import SavedCopies, copies_folder, copies_stored_text
from desktop.core.undo import invert
from tests.exchange.test_json import export, import_into, validate

WAIC = "8th World Artificial Intelligence Conference (WAIC 2025)"
ARTICLE = "WAIC 2025 opens — 世界人工智能大会开幕".encode() * 50


def _attach(store: Store, tmp_path: Path) -> tuple[str, str]:
    """Attach a saved copy to WAIC's first source through the form's data; the
    copy's SHA-256 and the event's id."""
    original = tmp_path / "Xinhua article.PDF"
    original.write_bytes(ARTICLE)
    sha, name = SavedCopies(store.path).add(original)
    ops = Operations(store, "Analyst")
    with store.session() as session:
        event_id = session.scalars(select(Event.id).where(Event.title == WAIC)).one()
        loaded = load_event(session, event_id)
    assert loaded is not None
    edited = loaded.copy()
    edited.sources[0].copy_sha256, edited.sources[0].copy_name = sha, name
    save_event(ops, event_id, loaded, edited)
    return sha, event_id


def test_a_copy_is_stored_once_under_its_sha256_and_named_by_the_source(
        sample_store: Store, tmp_path: Path) -> None:
    sha, event_id = _attach(sample_store, tmp_path)
    assert sha == hashlib.sha256(ARTICLE).hexdigest()
    stored = copies_folder(sample_store.path) / f"{sha}.pdf"
    assert stored.read_bytes() == ARTICLE
    again = tmp_path / "the same.pdf"
    again.write_bytes(ARTICLE)
    assert SavedCopies(sample_store.path).add(again)[0] == sha
    assert [p.name for p in copies_folder(sample_store.path).iterdir()] == [stored.name]
    with sample_store.session() as session:
        loaded = load_event(session, event_id)
    assert loaded is not None
    assert (loaded.sources[0].copy_sha256, loaded.sources[0].copy_name) == (
        sha, "Xinhua article.PDF")


def test_a_source_may_be_only_a_saved_copy_and_undo_takes_it_back(
        sample_store: Store, tmp_path: Path) -> None:
    sha, event_id = _attach(sample_store, tmp_path)
    ops = Operations(sample_store, "Analyst")
    with sample_store.session() as session:
        loaded = load_event(session, event_id)
    assert loaded is not None
    edited = loaded.copy()
    edited.sources.append(SourceData(copy_sha256=sha, copy_name="scan.png"))
    _id, report = save_event(ops, event_id, loaded, edited)
    assert _sources(sample_store, event_id)[-1] == (sha, "scan.png")
    invert(ops, report)
    assert len(_sources(sample_store, event_id)) == len(loaded.sources)


def _sources(store: Store, event_id: str) -> list[tuple[str, str]]:
    with store.session() as session:
        loaded = load_event(session, event_id)
    assert loaded is not None
    return [(source.copy_sha256, source.copy_name) for source in loaded.sources]


def test_the_json_document_names_a_copy_only_where_there_is_one(
        sample_store: Store, tmp_path: Path) -> None:
    sha, _event_id = _attach(sample_store, tmp_path)
    document = export(sample_store)
    validate(document)
    sources = [s for e in document["events"] for s in e["sources"]]
    named = [s for s in sources if "copy_sha256" in s]
    assert [(s["copy_sha256"], s["copy_name"]) for s in named] == [(sha, "Xinhua article.PDF")]
    assert all("copy_name" not in s for s in sources if s not in named)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    empty = create_database(elsewhere / "copy.sqlite")
    import_into(empty, document)
    with empty.session() as session:
        event_id = session.scalars(select(Event.id).where(Event.title == WAIC)).one()
        loaded = load_event(session, event_id)
    assert loaded is not None and loaded.sources[0].copy_sha256 == sha
    # The JSON names the copy without carrying it.
    assert SavedCopies(empty.path).find(sha, "Xinhua article.PDF") is None


@pytest.mark.parametrize("zipped", [False, True])
def test_the_package_carries_the_copies_and_the_import_stores_them(
        sample_store: Store, tmp_path: Path, zipped: bool) -> None:
    sha, _event_id = _attach(sample_store, tmp_path)
    package = tmp_path / ("dataset.zip" if zipped else "dataset")
    with sample_store.session() as session:
        write_datapackage(session, package)
    if zipped:
        with zipfile.ZipFile(package) as archive:
            assert f"files/{sha}.pdf" in archive.namelist()
    else:
        assert (package / "files" / f"{sha}.pdf").read_bytes() == ARTICLE
    elsewhere = tmp_path / "colleague"
    elsewhere.mkdir()
    target = create_database(elsewhere / "theirs.sqlite")
    with target.session() as session:
        plan = plan_datapackage(session, package)
    apply_import(Operations(target, "Importer"), plan, "fail")
    assert copies_stored_text(plan.copies_stored) == (
        " 1 saved copy of sources stored beside the database.")
    assert SavedCopies(target.path).find(sha, "x.pdf") is not None
    assert (copies_folder(target.path) / f"{sha}.pdf").read_bytes() == ARTICLE
    # Exported again from there: the same package, copy and all.
    again = tmp_path / "again"
    with target.session() as session:
        write_datapackage(session, again)
    assert (again / "files" / f"{sha}.pdf").read_bytes() == ARTICLE


def test_a_copy_altered_in_the_package_refuses_the_import(sample_store: Store,
                                                          tmp_path: Path) -> None:
    sha, _event_id = _attach(sample_store, tmp_path)
    package = tmp_path / "dataset"
    with sample_store.session() as session:
        write_datapackage(session, package)
    (package / "files" / f"{sha}.pdf").write_bytes(b"something else")
    elsewhere = tmp_path / "colleague"
    elsewhere.mkdir()
    target = create_database(elsewhere / "theirs.sqlite")
    with target.session() as session:
        plan = plan_datapackage(session, package)
    with pytest.raises(ValidationError) as refused:
        apply_import(Operations(target, "Importer"), plan, "fail")
    assert str(refused.value) == (f"dataset: files/{sha}.pdf: its bytes are not the saved copy "
                                  "its name says: the package is damaged or was altered")
    with target.session() as session:
        assert session.scalars(select(Event.id)).all() == []
    assert not copies_folder(target.path).exists() or not any(
        copies_folder(target.path).iterdir())


def test_the_database_check_names_a_damaged_copy(sample_store: Store, tmp_path: Path) -> None:
    from desktop.core.integrity import check_database

    sha, _event_id = _attach(sample_store, tmp_path)
    sample_store.close()
    assert check_database(sample_store.path) == []
    (copies_folder(sample_store.path) / f"{sha}.pdf").write_bytes(b"damaged")
    assert check_database(sample_store.path) == [
        f"saved copy files/{sha}.pdf is damaged: its bytes are not the copy its name says"]


def test_a_page_is_saved_from_its_address(sample_store: Store, web_page: str) -> None:
    from desktop.core.saved_copies import CopyError, fetch_copy

    sha, name = fetch_copy(f"{web_page}/news/waic.html", sample_store.path)
    assert name == "waic.html"
    stored = SavedCopies(sample_store.path).find(sha, name)
    assert stored is not None and "世界人工智能大会" in stored.read_text(encoding="utf-8")
    _sha, listing = fetch_copy(f"{web_page}/news/", sample_store.path)
    assert listing == "news.html"  # named by its path, with the ending its type calls for
    with pytest.raises(CopyError, match="could not be saved"):
        fetch_copy(f"{web_page}/nothing-here.pdf", sample_store.path)
    with pytest.raises(CopyError, match="not a web address"):
        fetch_copy("file:///etc/passwd", sample_store.path)
