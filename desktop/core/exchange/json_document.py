"""Reading the app's own JSON document (``format_version`` 1) into the store.

The document holds vocabularies, participants and events (with their links,
sources and figures), every record under its UUID.  Loading goes through the
operations layer in one batch: the whole document goes in, or nothing does.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop.core.changes import ChangeReport, Problem, ValidationError
from desktop.core.operations import Operations
from desktop.core.vocabularies import add_missing_terms

FORMAT_NAME = "engagement-curator"
FORMAT_VERSION = 1
_PARTICIPANT_REFERENCES = ("affiliation", "parent")
_EVENT_CHILDREN = ("participants", "sources", "figures")


def read_document(path: Path) -> dict[str, Any]:
    """Parse and check the envelope of a JSON document; raise with the reason."""
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError.single(str(path), f"cannot be read as JSON: {exc}") from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ValidationError.single(str(path), "is not an Engagement Curator JSON document")
    version = document.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise ValidationError.single(
            str(path), f"has format_version {version}; this version of the app reads "
            f"up to {FORMAT_VERSION}. Update the app to import it.")
    return document


def _located(where: str, error: ValidationError) -> ValidationError:
    return ValidationError([Problem(f"{where}.{p.field}" if p.field else where, p.message)
                            for p in error.problems])


def _records(document: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    records = document.get(key, [])
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise ValidationError.single(key, "must be a list of objects")
    return records


def load_document(ops: Operations, document: Mapping[str, Any]) -> ChangeReport:
    """Add every record of the document to the store, in one transaction."""
    participants = _records(document, "participants")
    events = _records(document, "events")
    vocabularies = document.get("vocabularies", {})
    with ops.batch() as report:
        if isinstance(vocabularies, dict):
            add_missing_terms(ops, vocabularies)
        for index, record in enumerate(participants):
            values = {k: v for k, v in record.items()
                      if k != "id" and k not in _PARTICIPANT_REFERENCES}
            try:
                ops.create_participant(values, record_id=record.get("id"))
            except ValidationError as error:
                raise _located(f"participants[{index}]", error) from None
        # References are set once every participant exists, whatever the order.
        for index, record in enumerate(participants):
            references = {k: record[k] for k in _PARTICIPANT_REFERENCES if record.get(k)}
            if references:
                try:
                    ops.update_participant(record["id"], references)
                except ValidationError as error:
                    raise _located(f"participants[{index}]", error) from None
        for index, record in enumerate(events):
            try:
                _load_event(ops, record)
            except ValidationError as error:
                raise _located(f"events[{index}]", error) from None
    return report


def _load_event(ops: Operations, record: Mapping[str, Any]) -> None:
    values = {k: v for k, v in record.items() if k != "id" and k not in _EVENT_CHILDREN}
    event_id = ops.create_event(values, record_id=record.get("id")).ids("event").pop()
    children = (("participants", _load_link), ("sources", _load_source),
                ("figures", _load_figure))
    for key, load in children:
        items = record.get(key, [])
        if not isinstance(items, list):
            raise ValidationError.single(key, "must be a list of objects")
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise ValidationError.single(f"{key}[{index}]", "must be an object")
            try:
                load(ops, event_id, item)
            except ValidationError as error:
                raise _located(f"{key}[{index}]", error) from None


def _load_link(ops: Operations, event_id: str, link: dict[str, Any]) -> None:
    participant = link.get("participant")
    if not isinstance(participant, str):
        raise ValidationError.single("participant", "needs a participant id")
    values = {k: v for k, v in link.items() if k not in ("participant", "id")}
    ops.link(event_id, participant, values, record_id=link.get("id"))


def _load_source(ops: Operations, event_id: str, source: dict[str, Any]) -> None:
    ops.add_source(event_id, {k: v for k, v in source.items() if k != "id"},
                   record_id=source.get("id"))


def _load_figure(ops: Operations, event_id: str, figure: dict[str, Any]) -> None:
    ops.add_figure(event_id, {k: v for k, v in figure.items() if k != "id"},
                   record_id=figure.get("id"))
