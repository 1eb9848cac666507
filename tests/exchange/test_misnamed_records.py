"""A document whose records name other records (a link's participant, a
relation's event, a participant's parent) or vocabulary terms by anything but
a text is refused while it is planned, each place named; it used to stop the
import with an uncaught error, or once the analyst had agreed to its plan."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.core.bootstrap import create_database
from desktop.core.changes import ValidationError
from desktop.core.db import Store
from desktop.core.exchange.datapackage import write_datapackage
from desktop.core.exchange.datapackage_reader import plan_datapackage
from desktop.core.exchange.json_import import plan_file, plan_import
from desktop.core.models import Event, VocabularyTerm
from tests.exchange.test_json import export, import_into


def _refusal(store: Store, document: dict[str, Any]) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        import_into(store, document, policy="theirs")
    return [str(problem) for problem in caught.value.problems]


def _counts(store: Store) -> tuple[int, int]:
    with store.session() as session:
        return (session.scalar(select(func.count()).select_from(Event)) or 0,
                session.scalar(select(func.count()).select_from(VocabularyTerm)) or 0)


def test_records_named_by_a_list_or_an_object_are_refused_new_or_changed(
        sample_store: Store, tmp_path: Path) -> None:
    document = export(sample_store)
    links = document["events"][0]["participants"]
    links[0]["participant"] = [links[0]["participant"]]
    document["events"][1]["participants"][0]["id"] = {}
    document["events"][2]["related"] = [{"event": 7, "kind": "follow-up"}]
    document["participants"][0]["parent"] = ["ASEAN"]
    empty = create_database(tmp_path / "empty.sqlite")
    for store in (empty, sample_store):  # every record new; every record one of ours
        before = _counts(store)
        assert _refusal(store, document) == [
            "participants[0].parent: must be a text or null, not a list",
            "events[0].participants[0].participant: must be a text, not a list",
            "events[1].participants[0].id: must be a text, not an object",
            "events[2].related[0].event: must be a text, not a number"]
        assert _counts(store) == before
    empty.close()


def test_a_link_or_relation_naming_null_is_refused_where_one_left_out_is_no_change(
        sample_store: Store, tmp_path: Path) -> None:
    """Null as a link's participant, in one of our events, reached the store as
    a link to no participant (an uncaught warning of SQLAlchemy's, a crash to
    come); left out, it is no change, as the merge has always read files."""
    document = export(sample_store)
    document["events"][5]["participants"][1]["participant"] = None
    document["events"][2]["related"] = [{"event": None, "kind": "follow-up"}]
    empty = create_database(tmp_path / "empty.sqlite")
    for store in (empty, sample_store):
        before = _counts(store)
        assert _refusal(store, document) == [
            "events[2].related[0].event: is required",
            "events[5].participants[1].participant: is required"]
        assert _counts(store) == before
    empty.close()
    left_out = export(sample_store)
    del left_out["events"][5]["participants"][1]["participant"]
    with sample_store.session() as session:
        assert plan_import(session, left_out).nothing_to_do() is not None


def test_vocabulary_terms_that_are_not_texts_are_refused_before_the_plan(
        sample_store: Store, tmp_path: Path) -> None:
    document = export(sample_store)
    document["vocabularies"]["role"] += [None, "  "]
    document["vocabularies"]["event_type"] = "forum"
    document["vocabularies"]["colour"] = ["red"]
    path = tmp_path / "terms.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with sample_store.session() as session, pytest.raises(ValidationError) as caught:
        plan_file(session, path)
    roles = len(document["vocabularies"]["role"])
    assert [str(problem) for problem in caught.value.problems] == [
        'terms.json: vocabularies.event_type: must be a list of texts, not the text "forum"',
        f"terms.json: vocabularies.role[{roles - 2}]: must be a text, not null",
        f"terms.json: vocabularies.role[{roles - 1}]: is empty",
        "terms.json: vocabularies.colour: is not a vocabulary of format_version 1 "
        "(category, event_type, role, org_type)"]
    document["vocabularies"] = ["forum"]
    assert _refusal(sample_store, document) == [
        "vocabularies: must be an object of lists of texts, not a list"]


def test_a_data_package_with_a_term_that_is_not_a_text_names_its_descriptor(
        sample_store: Store, tmp_path: Path) -> None:
    package = tmp_path / "package"
    with sample_store.session() as session:
        write_datapackage(session, package)
    descriptor_path = package / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    descriptor["engagement-curator"]["vocabularies"]["org_type"].append(3)
    descriptor_path.write_text(json.dumps(descriptor), encoding="utf-8")
    terms = len(descriptor["engagement-curator"]["vocabularies"]["org_type"])
    empty = create_database(tmp_path / "empty.sqlite")
    with empty.session() as session, pytest.raises(ValidationError) as caught:
        plan_datapackage(session, package)
    assert [str(problem) for problem in caught.value.problems] == [
        f"package: datapackage.json: engagement-curator.vocabularies.org_type[{terms - 1}]: "
        "must be a text, not a number"]
    descriptor["engagement-curator"] = "1"
    descriptor_path.write_text(json.dumps(descriptor), encoding="utf-8")
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
    with empty.session() as session, pytest.raises(ValidationError) as caught:
        plan_datapackage(session, package)
    assert [str(problem) for problem in caught.value.problems] == [
        'package: datapackage.json: engagement-curator: must be an object, not the text "1"']
    empty.close()
